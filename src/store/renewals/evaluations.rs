//! A regional competence service's comprehensive evaluation every 5 years: recording
//! one (date, outcome, note) moves the next due date to 5 years after it (see
//! `domain::next_evaluation`; `store::terms` and the Fornyelser list read the latest).

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde_json::json;

use crate::domain::{Code, EvaluationOutcome, RenewalRefusal, UnitKind, check_evaluation_date};
use crate::store::calendar::parse_date;
use crate::store::mappers::code_col;
use crate::store::write::AuditEntry;
use crate::store::{Result, Store, StoreError};

/// One evaluation as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// Its id.
    pub id: i64,
    /// The regional competence service.
    pub unit_id: i64,
    /// When it was held.
    pub evaluated_on: NaiveDate,
    /// What it concluded.
    pub outcome: EvaluationOutcome,
    /// A note (what changes, where the report is).
    pub note: String,
}

/// Checks that unit `unit_id` is a regional competence service; gives its approval.
fn regional_unit(conn: &Connection, unit_id: i64) -> Result<Option<NaiveDate>> {
    let found: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT kind, approved_on FROM units WHERE id = ?1",
            [unit_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match found {
        None => Err(StoreError::NotFound {
            entity: "unit",
            id: unit_id,
        }),
        Some((kind, approved)) if kind == UnitKind::RegionalCompetence.code() => {
            Ok(parse_date(approved.as_deref()))
        }
        Some((kind, _)) => Err(RenewalRefusal::NotRegionalService { kind }.into()),
    }
}

impl Store {
    /// The evaluations of unit `unit_id`, the latest first.
    pub fn evaluations(&self, unit_id: i64) -> Result<Vec<Evaluation>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, unit_id, evaluated_on, outcome, note FROM regional_evaluations
              WHERE unit_id = ?1 ORDER BY evaluated_on DESC, id DESC",
        )?;
        let rows = stmt.query_map([unit_id], |r| {
            Ok(Evaluation {
                id: r.get(0)?,
                unit_id: r.get(1)?,
                evaluated_on: parse_date(r.get::<_, Option<String>>(2)?.as_deref())
                    .unwrap_or_default(),
                outcome: code_col(r, 3)?,
                note: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Records an evaluation of regional competence service `unit_id` held on
    /// `evaluated_on` (not after `today`, not before the approval); the next one falls
    /// due 5 years after it. Returns its id.
    pub fn record_evaluation(
        &mut self,
        unit_id: i64,
        evaluated_on: NaiveDate,
        outcome: EvaluationOutcome,
        note: &str,
        today: NaiveDate,
    ) -> Result<i64> {
        let note = note.trim();
        self.write(|tx, audit| {
            let approved = regional_unit(tx, unit_id)?;
            check_evaluation_date(evaluated_on, approved, today)?;
            tx.execute(
                "INSERT INTO regional_evaluations (unit_id, evaluated_on, outcome, note)
                 VALUES (?1, ?2, ?3, ?4)",
                (unit_id, evaluated_on, outcome.code(), note),
            )?;
            let id = tx.last_insert_rowid();
            audit.push(AuditEntry {
                entity: "regional_evaluation",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(json!({
                    "unit_id": unit_id, "evaluated_on": evaluated_on.to_string(),
                    "outcome": outcome.code(), "note": note,
                })),
            });
            Ok(id)
        })
    }
}
