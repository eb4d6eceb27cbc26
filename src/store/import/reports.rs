//! The plan for a reports file: each row's unit found, its report for the year made or
//! brought up to date. A received date moves an expected report to received; a status
//! in the file is taken only when it is further along than the stored one, so an old
//! export imported again never undoes the review work done since.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use super::apply::{Op, ReportFields};
use super::{Change, Effect, ImportPlan, Seen, Units, merged};
use crate::domain::{Code, Region, ReportStatus};
use crate::import::{Field, Kind, Parsed, Problem, ProblemKind, ReportLine};
use crate::store::Result;

/// A stored report.
struct Stored {
    id: i64,
    version: i64,
    fields: ReportFields,
}

fn stored(conn: &Connection, unit_id: i64, year: i32) -> Result<Option<Stored>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, version, status, received_on, reviewer_region, statement_received
               FROM annual_reports WHERE unit_id = ?1 AND year = ?2",
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
            })
        })
        .optional()?)
}

/// The status a row asks for: its own, else received when it has a received date.
fn asked_status(line: &ReportLine) -> Option<ReportStatus> {
    line.status
        .or_else(|| line.received.map(|_| ReportStatus::Received))
}

pub fn plan(conn: &Connection, parsed: &Parsed<ReportLine>) -> Result<ImportPlan> {
    let units = Units::load(conn)?;
    let column = parsed.column_name(&Field::Unit);
    let mut problems = Vec::new();
    let mut changes = Vec::new();
    let mut ops = Vec::new();
    let mut seen = Seen::new();
    for line in &parsed.lines {
        let unit = match units.find(&line.unit) {
            Ok(u) => u,
            Err(kind) => {
                problems.push(Problem::at(line.line, column, kind));
                continue;
            }
        };
        if let Err(first) = seen.check((unit.id, line.year), line.line) {
            problems.push(Problem::at(
                line.line,
                column,
                ProblemKind::DuplicateUnit {
                    name: line.unit.clone(),
                    first,
                },
            ));
            continue;
        }
        let asked = asked_status(line);
        let effect = match stored(conn, unit.id, line.year)? {
            None => {
                let fields = ReportFields {
                    status: asked.unwrap_or(ReportStatus::Expected).code(),
                    received: line.received,
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
                let current =
                    ReportStatus::from_code(old.fields.status).unwrap_or(ReportStatus::Expected);
                let new = ReportFields {
                    status: asked.filter(|s| *s > current).unwrap_or(current).code(),
                    received: line.received.or(old.fields.received),
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
