//! The plan for a reviews file: each row's unit found, each answer checked against the
//! checklist valid for the unit's kind that year (the one with the greatest
//! `valid_from <= year`, else the kind's earliest), and written to the unit's report of the year under the review
//! form's rules: the report must exist and be received (a review needs a report, and
//! its received date is the reports import's or the queue's to set, never guessed
//! here), and not be closed (`lukket` is read only). Answers to a `mottatt` report move
//! it to `under_vurdering`, as the first answer saved in the review form does.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension};

use super::apply::{AnswerOp, Op};
use super::{Change, Effect, ImportPlan, Units, merged};
use crate::domain::{Code, ReportStatus, ReviewRefusal, can_edit, status_after_save};
use crate::import::{Field, Kind, Parsed, Problem, ProblemKind, ReviewLine};
use crate::store::Result;

/// The checklist valid for `kind` in `year`: its name and item codes.
fn checklist(conn: &Connection, kind: &str, year: i32) -> Result<Option<(String, Vec<String>)>> {
    let found = crate::store::reviews::checklist_for(conn, kind, year)?;
    let Some((id, name)) = found else {
        return Ok(None);
    };
    let mut stmt =
        conn.prepare_cached("SELECT code FROM checklist_items WHERE checklist_id = ?1")?;
    let codes = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(Some((name, codes)))
}

/// The report's stored answers (code → (answer, version)).
type StoredAnswers = HashMap<String, (Option<String>, i64)>;

/// The unit's report of the year: its id, status and answers.
fn stored(
    conn: &Connection,
    unit_id: i64,
    year: i32,
) -> Result<Option<(i64, ReportStatus, StoredAnswers)>> {
    let found: Option<(i64, String)> = conn
        .prepare_cached("SELECT id, status FROM annual_reports WHERE unit_id = ?1 AND year = ?2")?
        .query_row((unit_id, year), |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((id, status)) = found else {
        return Ok(None);
    };
    let status = ReportStatus::from_code(&status).unwrap_or(ReportStatus::Expected);
    let mut stmt = conn.prepare_cached(
        "SELECT item_code, answer, version FROM report_answers WHERE report_id = ?1",
    )?;
    let answers = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (r.get::<_, Option<String>>(1)?, r.get(2)?),
            ))
        })?
        .collect::<rusqlite::Result<StoredAnswers>>()?;
    Ok(Some((id, status, answers)))
}

pub fn plan(conn: &Connection, parsed: &Parsed<ReviewLine>, year: i32) -> Result<ImportPlan> {
    let units = Units::load(conn)?;
    let column = parsed.column_name(&Field::Unit);
    let (rows, mut problems) = super::rows_by_unit(
        &units,
        parsed,
        |row| (row.line, row.unit.as_str()),
        |_, unit| unit.id,
    );
    let mut changes = Vec::new();
    let mut ops = Vec::new();
    for (line, unit) in rows {
        let Some((list, codes)) = checklist(conn, &unit.kind, year)? else {
            if !line.answers.is_empty() {
                problems.push(Problem::at(line.line, column, ProblemKind::NoChecklist));
            }
            continue;
        };
        let mut bad = false;
        for (code, header, _) in &line.answers {
            if !codes.contains(code) {
                bad = true;
                problems.push(Problem::at(
                    line.line,
                    header,
                    ProblemKind::NotOnChecklist {
                        code: code.clone(),
                        checklist: list.clone(),
                    },
                ));
            }
        }
        if bad {
            continue;
        }
        let Some((id, status, old)) = stored(conn, unit.id, year)? else {
            if line.answers.is_empty() {
                changes.push(Change {
                    line: line.line,
                    unit: unit.name.clone(),
                    effect: Effect::Unchanged,
                });
            } else {
                problems.push(Problem::at(
                    line.line,
                    column,
                    ProblemKind::NoReport { year },
                ));
            }
            continue;
        };
        let answers: Vec<AnswerOp> = line
            .answers
            .iter()
            .filter_map(|(code, _, answer)| {
                let before = old.get(code).cloned();
                let same = before
                    .as_ref()
                    .is_some_and(|(a, _)| a.as_deref() == Some(answer.code()));
                (!same).then(|| AnswerOp {
                    code: code.clone(),
                    answer: answer.code(),
                    old: before,
                })
            })
            .collect();
        if answers.is_empty() {
            changes.push(Change {
                line: line.line,
                unit: unit.name.clone(),
                effect: Effect::Unchanged,
            });
            continue;
        }
        if let Err(why) = can_edit(status) {
            let kind = match why {
                ReviewRefusal::Closed => ProblemKind::ReportClosed { year },
                _ => ProblemKind::ReportNotReceived { year },
            };
            problems.push(Problem::at(line.line, column, kind));
            continue;
        }
        let mut fields = vec!["report_answers"];
        if status_after_save(status).is_some() {
            fields.push("status");
        }
        ops.push(Op::Answers {
            report: id,
            answers,
        });
        let effect = Effect::Changed(fields);
        changes.push(Change {
            line: line.line,
            unit: unit.name.clone(),
            effect,
        });
    }
    Ok(ImportPlan {
        kind: Kind::Reviews,
        changes,
        problems: merged(parsed.problems.clone(), problems),
        notes: parsed.notes.clone(),
        ops,
    })
}
