//! The plan for a reports file: each row's unit found, its report for the year made or
//! brought up to date under the queue's rules (`domain::queue`). A received date is
//! taken as the queue's "mark received" takes it (not after today, not before the year
//! reported on ended) and moves an expected report to received (the date of a report
//! already received may be corrected this way); a status in the file is taken only when it is further along than the
//! stored one, so an old export imported again never undoes the review work done
//! since, and then only as the queue's "set status" allows it (`vurdert`, `oppfolging`
//! and `lukket` need the report received; `vurdert` no open follow-up, `oppfolging`
//! some, `lukket` none). A refusal is a problem naming the row's cell.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use super::apply::{Op, ReportFields};
use super::{Change, Effect, ImportPlan, Units, merged};
use crate::domain::{Code, Region, ReportStatus, receive_report, report_status_change};
use crate::import::{Field, Kind, Parsed, Problem, ProblemKind, ReportLine};
use crate::store::Result;

/// A stored report.
struct Stored {
    id: i64,
    version: i64,
    fields: ReportFields,
    open_follow_ups: i64,
}

fn stored(conn: &Connection, unit_id: i64, year: i32) -> Result<Option<Stored>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, version, status, received_on, reviewer_region, statement_received,
                    (SELECT count(*) FROM follow_ups f WHERE f.report_id = r.id AND f.done = 0)
               FROM annual_reports r WHERE unit_id = ?1 AND year = ?2",
        )?
        .query_row((unit_id, year), |r| {
            let status: String = r.get(2)?;
            let reviewer: Option<String> = r.get(4)?;
            Ok(Stored {
                id: r.get(0)?,
                version: r.get(1)?,
                fields: ReportFields {
                    status: ReportStatus::from_code(&status)
                        .unwrap_or(ReportStatus::Expected)
                        .code(),
                    received: r.get::<_, Option<NaiveDate>>(3)?,
                    reviewer: reviewer
                        .as_deref()
                        .and_then(Region::from_code)
                        .map(Code::code),
                    statement: r.get(5)?,
                },
                open_follow_ups: r.get(6)?,
            })
        })
        .optional()?)
}

/// The status and received date the row gives a report now at `status`, received on
/// `received`, with `open` follow-ups not done; a refusal is pushed as a problem on the
/// cell at fault.
struct Next {
    status: ReportStatus,
    received: Option<NaiveDate>,
}

fn next(
    line: &ReportLine,
    parsed: &Parsed<ReportLine>,
    now: Next,
    open: i64,
    today: NaiveDate,
    problems: &mut Vec<Problem>,
) -> Next {
    let Next {
        mut status,
        mut received,
    } = now;
    let refused = |why, column: &str, problems: &mut Vec<Problem>, received| {
        let kind = ProblemKind::Refused {
            why,
            year: line.year,
            received,
        };
        problems.push(Problem::at(line.line, column, kind));
    };
    if let Some(on) = line.received
        && received != Some(on)
    {
        // A received report may have its date corrected from the file (eRapport's list
        // is where the date comes from); the date must still be one the queue takes.
        match receive_report(status, None, line.year, on, today) {
            Ok(s) => {
                status = s;
                received = Some(on);
            }
            Err(why) => refused(
                why,
                parsed.column_name(&Field::Received),
                problems,
                received,
            ),
        }
    }
    if let Some(to) = line.status
        && to > status
    {
        // A report the file gives a received date counts as received.
        let from = if status == ReportStatus::Expected && received.is_some() {
            ReportStatus::Received
        } else {
            status
        };
        let open = usize::try_from(open).unwrap_or(0);
        match report_status_change(from, to, open) {
            Ok(()) => status = to,
            Err(why) => refused(why, parsed.column_name(&Field::Status), problems, received),
        }
    }
    Next { status, received }
}

pub fn plan(
    conn: &Connection,
    parsed: &Parsed<ReportLine>,
    today: NaiveDate,
) -> Result<ImportPlan> {
    let units = Units::load(conn)?;
    let (rows, mut problems) = super::rows_by_unit(
        &units,
        parsed,
        |row| (row.line, row.unit.as_str()),
        |row, unit| (unit.id, row.year),
    );
    let mut changes = Vec::new();
    let mut ops = Vec::new();
    for (line, unit) in rows {
        let found = stored(conn, unit.id, line.year)?;
        let now = found.as_ref().map_or(
            Next {
                status: ReportStatus::Expected,
                received: None,
            },
            |old| Next {
                status: ReportStatus::from_code(old.fields.status)
                    .unwrap_or(ReportStatus::Expected),
                received: old.fields.received,
            },
        );
        let open = found.as_ref().map_or(0, |old| old.open_follow_ups);
        let before = problems.len();
        let next = next(line, parsed, now, open, today, &mut problems);
        if problems.len() > before {
            continue;
        }
        let effect = match found {
            None => {
                let fields = ReportFields {
                    status: next.status.code(),
                    received: next.received,
                    reviewer: line.reviewer.map(Code::code),
                    statement: line.statement.unwrap_or(false),
                };
                ops.push(Op::InsertReport {
                    unit_id: unit.id,
                    year: line.year,
                    fields,
                });
                Effect::New
            }
            Some(old) => {
                let new = ReportFields {
                    status: next.status.code(),
                    received: next.received,
                    reviewer: line.reviewer.map(Code::code).or(old.fields.reviewer),
                    statement: line.statement.unwrap_or(old.fields.statement),
                };
                let mut changed = Vec::new();
                if new.status != old.fields.status {
                    changed.push("status");
                }
                if new.received != old.fields.received {
                    changed.push("received_on");
                }
                if new.reviewer != old.fields.reviewer {
                    changed.push("reviewer_region");
                }
                if new.statement != old.fields.statement {
                    changed.push("statement_received");
                }
                if changed.is_empty() {
                    Effect::Unchanged
                } else {
                    ops.push(Op::UpdateReport {
                        id: old.id,
                        version: old.version,
                        old: old.fields,
                        new,
                    });
                    Effect::Changed(changed)
                }
            }
        };
        changes.push(Change {
            line: line.line,
            unit: unit.name.clone(),
            effect,
        });
    }
    Ok(ImportPlan {
        kind: Kind::Reports,
        changes,
        problems: merged(parsed.problems.clone(), problems),
        notes: parsed.notes.clone(),
        ops,
    })
}
