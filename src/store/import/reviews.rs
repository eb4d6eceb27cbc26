//! The plan for a reviews file: each row's unit found, each answer checked against the
//! checklist valid for the unit's kind that year (the one with the greatest
//! `valid_from <= year`), and written to the unit's report of the year, which is made
//! (as reviewed, `vurdert`) when the season has none yet.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension};

use super::apply::{AnswerOp, Op, ReportFields, ReportRef};
use super::{Change, Effect, ImportPlan, Seen, Units, merged};
use crate::domain::{Code, ReportStatus};
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

/// The report's id and its stored answers (code → (answer, version)).
type StoredAnswers = HashMap<String, (Option<String>, i64)>;

fn stored(conn: &Connection, unit_id: i64, year: i32) -> Result<Option<(i64, StoredAnswers)>> {
    let id: Option<i64> = conn
        .prepare_cached("SELECT id FROM annual_reports WHERE unit_id = ?1 AND year = ?2")?
        .query_row((unit_id, year), |r| r.get(0))
        .optional()?;
    let Some(id) = id else {
        return Ok(None);
    };
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
    Ok(Some((id, answers)))
}

pub fn plan(conn: &Connection, parsed: &Parsed<ReviewLine>, year: i32) -> Result<ImportPlan> {
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
        if let Err(first) = seen.check(unit.id, line.line) {
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
        let report = stored(conn, unit.id, year)?;
        let old = report.as_ref().map(|r| &r.1);
        let answers: Vec<AnswerOp> = line
            .answers
            .iter()
            .filter_map(|(code, _, answer)| {
                let before = old.and_then(|o| o.get(code)).cloned();
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
        let effect = match (&report, answers.is_empty()) {
            (_, true) => Effect::Unchanged,
            (None, false) => {
                let fields = ReportFields {
                    status: ReportStatus::Reviewed.code(),
                    received: None,
                    reviewer: None,
                    statement: false,
                };
                ops.push(Op::Answers {
                    report: ReportRef::New(unit.id, year, fields),
                    answers,
                });
                Effect::New
            }
            (Some((id, _)), false) => {
                ops.push(Op::Answers {
                    report: ReportRef::Existing(*id),
                    answers,
                });
                Effect::Changed(vec!["report_answers"])
            }
        };
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
