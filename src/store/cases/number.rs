//! Case numbers: per series and year, `198/21` for IRF and `139-2021` for the AD
//! meeting. The next number is the one after the highest ever handed out in the series
//! and year: `case_numbers_used` keeps every number given, so one is never reused even
//! after its case is deleted (the highest number on a case counts too, for rows that
//! were numbered without the table, such as generated benchmark data). A case that has
//! a number keeps it.

use chrono::{Datelike, NaiveDate};
use rusqlite::Transaction;
use serde_json::json;

use super::Case;
use super::read::load_case;
use crate::domain::{CaseNumber, Code, MeetingKind, next_case_number};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store};

/// Gives `case` the next number of series `kind` in `year` and records it as used,
/// unless the case has a number: then that one is kept. Leaves the version to the
/// caller (one bump per change).
pub(super) fn give_number(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    case: &Case,
    kind: MeetingKind,
    year: i32,
) -> Result<CaseNumber> {
    if let Some(n) = case.number {
        return Ok(n);
    }
    let highest: Option<u32> = tx.query_row(
        "SELECT max(n) FROM (
             SELECT max(number) AS n FROM case_numbers_used WHERE series = ?1 AND year = ?2
             UNION ALL
             SELECT max(number) FROM cases WHERE series = ?1 AND year = ?2)",
        (kind.code(), year),
        |r| r.get(0),
    )?;
    let n = next_case_number(kind, year, highest);
    tx.execute(
        "INSERT INTO case_numbers_used (series, year, number) VALUES (?1, ?2, ?3)",
        (kind.code(), n.year, n.number),
    )?;
    tx.execute(
        "UPDATE cases SET series = ?1, number = ?2, year = ?3 WHERE id = ?4",
        (kind.code(), n.number, n.year, case.id),
    )?;
    audit.push(AuditEntry {
        entity: "case",
        entity_id: Some(case.id),
        action: "number",
        old: Some(json!({ "series": case.series, "number": null })),
        new: Some(json!({ "series": kind.code(), "number": n.to_string() })),
    });
    Ok(n)
}

impl Store {
    /// The number of a case read at `version`, giving it one if it has none: on an
    /// agenda, in the meeting's series and year (an AD meeting gives `139-2021`);
    /// otherwise in the case's own series and the year of `today`. A case that has a
    /// number keeps it (and nothing is written).
    pub fn assign_number(&mut self, id: i64, version: i64, today: NaiveDate) -> Result<CaseNumber> {
        if let Some(n) = load_case(&self.conn, id)?.number {
            return Ok(n);
        }
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", id, version)?;
            let case = load_case(tx, id)?;
            let (kind, year) = match case.meeting {
                Some((meeting, held_on)) => {
                    let kind: String =
                        tx.query_row("SELECT kind FROM meetings WHERE id = ?1", [meeting], |r| {
                            r.get(0)
                        })?;
                    (MeetingKind::from_code(&kind), held_on.year())
                }
                None => (MeetingKind::from_code(&case.series), today.year()),
            };
            let n = give_number(tx, audit, &case, kind.unwrap_or(MeetingKind::Irf), year)?;
            tx.execute("UPDATE cases SET version = version + 1 WHERE id = ?1", [id])?;
            reindex_one(tx, SearchKind::Case, id)?;
            if audit.is_empty() {
                // Numbered by someone else without a new version: say so in the log.
                audit.push(AuditEntry {
                    entity: "case",
                    entity_id: Some(id),
                    action: "number",
                    old: None,
                    new: Some(json!({ "number": n.to_string(), "kept": true })),
                });
            }
            Ok(n)
        })
    }
}
