//! The writes of an import plan, run inside the one transaction of `Store::write`, each
//! with its audit row; edits of existing rows check the version the plan read.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction};
use serde_json::{Value, json};

use crate::domain::{Code, ReportStatus};
use crate::store::reviews::{ANSWER, REPORT};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version, conflict};
use crate::store::{Result, StoreError};

/// The fields of an annual report an import sets.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportFields {
    pub status: &'static str,
    pub received: Option<NaiveDate>,
    pub reviewer: Option<&'static str>,
    pub statement: bool,
}

impl ReportFields {
    pub fn json(&self) -> Value {
        json!({
            "status": self.status, "received_on": self.received.map(|d| d.to_string()),
            "reviewer_region": self.reviewer, "statement_received": self.statement,
        })
    }
}

/// The fields of a unit an import sets.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitFields {
    pub name: String,
    pub kind: &'static str,
    pub hf_id: Option<i64>,
    pub region: &'static str,
    pub approved: Option<NaiveDate>,
    pub function: Option<&'static str>,
    pub term: Option<NaiveDate>,
    pub fte: Option<f64>,
    pub ern: Option<String>,
}

impl UnitFields {
    pub fn json(&self) -> Value {
        json!({
            "name": self.name, "kind": self.kind, "hf_id": self.hf_id, "region": self.region,
            "approved_on": self.approved.map(|d| d.to_string()), "function": self.function,
            "term_ends_on": self.term.map(|d| d.to_string()), "fte": self.fte, "ern": self.ern,
        })
    }
}

/// One checklist answer to write: code, answer, and the stored answer and version
/// when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOp {
    pub code: String,
    pub answer: &'static str,
    pub old: Option<(Option<String>, i64)>,
}

/// One write of a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// A new annual report.
    InsertReport {
        unit_id: i64,
        year: i32,
        fields: ReportFields,
    },
    /// New values for an existing report read at `version`.
    UpdateReport {
        id: i64,
        version: i64,
        old: ReportFields,
        new: ReportFields,
    },
    /// A new unit.
    InsertUnit(UnitFields),
    /// New values for an existing unit read at `version`.
    UpdateUnit {
        id: i64,
        version: i64,
        old: UnitFields,
        new: UnitFields,
    },
    /// A new ERN membership of unit `unit` (`None`: the unit the op before inserted).
    InsertErn {
        unit: Option<i64>,
        ern: String,
        status: crate::domain::ErnStatus,
        hf_id: Option<i64>,
    },
    /// Checklist answers of one existing report (a `mottatt` report moves to
    /// `under_vurdering`, as the review form moves it).
    Answers { report: i64, answers: Vec<AnswerOp> },
}

/// Runs every op; pushes one audit row per record written.
pub fn run(tx: &Transaction<'_>, ops: &[Op], audit: &mut Vec<AuditEntry>) -> Result<usize> {
    let mut written = 0;
    let mut last_unit = None;
    for op in ops {
        match op {
            Op::InsertReport {
                unit_id,
                year,
                fields,
            } => {
                let id = insert_report(tx, *unit_id, *year, fields)?;
                audit.push(entry(REPORT, id, "import", None, Some(fields.json())));
                written += 1;
            }
            Op::UpdateReport {
                id,
                version,
                old,
                new,
            } => {
                check_version(tx, "annual_reports", REPORT, *id, *version)?;
                if new.status != old.status {
                    still_allowed(tx, *id, new.status)?;
                }
                tx.execute(
                    "UPDATE annual_reports SET status = ?2, received_on = ?3, reviewer_region = ?4,
                            statement_received = ?5, version = version + 1 WHERE id = ?1",
                    (id, new.status, new.received, new.reviewer, new.statement),
                )?;
                audit.push(entry(
                    REPORT,
                    *id,
                    "import",
                    Some(old.json()),
                    Some(new.json()),
                ));
                written += 1;
            }
            Op::InsertUnit(u) => {
                tx.execute(
                    "INSERT INTO units (name, kind, hf_id, region_code, approved_on, function,
                                        term_ends_on, fte, ern)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    (
                        &u.name, u.kind, u.hf_id, u.region, u.approved, u.function, u.term, u.fte,
                        &u.ern,
                    ),
                )?;
                let id = tx.last_insert_rowid();
                reindex_one(tx, SearchKind::Unit, id)?;
                audit.push(entry("unit", id, "import", None, Some(u.json())));
                written += 1;
                last_unit = Some(id);
            }
            Op::InsertErn {
                unit,
                ern,
                status,
                hf_id,
            } => {
                let Some(unit) = unit.or(last_unit) else {
                    continue;
                };
                crate::store::ern::import_row(tx, unit, ern, *status, *hf_id, audit)?;
                written += 1;
            }
            Op::UpdateUnit {
                id,
                version,
                old,
                new,
            } => {
                check_version(tx, "units", "unit", *id, *version)?;
                tx.execute(
                    "UPDATE units SET kind = ?2, hf_id = ?3, region_code = ?4, approved_on = ?5,
                            function = ?6, term_ends_on = ?7, fte = ?8, ern = ?9,
                            version = version + 1 WHERE id = ?1",
                    (
                        id,
                        new.kind,
                        new.hf_id,
                        new.region,
                        new.approved,
                        new.function,
                        new.term,
                        new.fte,
                        &new.ern,
                    ),
                )?;
                reindex_one(tx, SearchKind::Unit, *id)?;
                audit.push(entry(
                    "unit",
                    *id,
                    "import",
                    Some(old.json()),
                    Some(new.json()),
                ));
                written += 1;
            }
            Op::Answers { report, answers } => {
                written += write_answers(tx, *report, answers, audit)?;
            }
        }
    }
    Ok(written)
}

/// Checks again, inside the write, that report `id` may take `status`: a follow-up
/// added or done since the plan (which does not change the report's version) may
/// have changed what the rules allow; then it is a conflict.
fn still_allowed(tx: &Transaction<'_>, id: i64, status: &str) -> Result<()> {
    let open: i64 = tx.query_row(
        "SELECT count(*) FROM follow_ups WHERE report_id = ?1 AND done = 0",
        [id],
        |r| r.get(0),
    )?;
    let to = ReportStatus::from_code(status).unwrap_or(ReportStatus::Expected);
    let now: String = tx.query_row(
        "SELECT status FROM annual_reports WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    // Received by this import (the date is written in the same change).
    let from = match ReportStatus::from_code(&now) {
        Some(ReportStatus::Expected) | None => ReportStatus::Received,
        Some(s) => s,
    };
    let open = usize::try_from(open).unwrap_or(0);
    match crate::domain::report_status_change(from, to, open) {
        Ok(()) => Ok(()),
        Err(_) => Err(conflict(tx, REPORT, id)?),
    }
}

/// Writes the answers of report `id`, one audit row each, and moves a `mottatt`
/// report to `under_vurdering`. A report closed (or made expected again) since the
/// plan was made is a conflict naming who changed it.
fn write_answers(
    tx: &Transaction<'_>,
    id: i64,
    answers: &[AnswerOp],
    audit: &mut Vec<AuditEntry>,
) -> Result<usize> {
    let status: Option<String> = tx
        .query_row(
            "SELECT status FROM annual_reports WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    let status = status
        .as_deref()
        .and_then(ReportStatus::from_code)
        .ok_or(StoreError::NotFound { entity: REPORT, id })?;
    if crate::domain::can_edit(status).is_err() {
        return Err(conflict(tx, REPORT, id)?);
    }
    let mut written = 0;
    for a in answers {
        write_answer(tx, id, a)?;
        let old = a
            .old
            .as_ref()
            .map(|(answer, _)| json!({ "item": a.code, "answer": answer }));
        audit.push(AuditEntry {
            entity: ANSWER,
            entity_id: Some(id),
            action: "import",
            old,
            new: Some(json!({ "item": a.code, "answer": a.answer })),
        });
        written += 1;
    }
    if let Some(to) = crate::domain::status_after_save(status) {
        tx.execute(
            "UPDATE annual_reports SET status = ?2, version = version + 1 WHERE id = ?1",
            (id, to.code()),
        )?;
        audit.push(entry(
            REPORT,
            id,
            "status",
            Some(json!({ "status": status.code() })),
            Some(json!({ "status": to.code() })),
        ));
    }
    Ok(written)
}

fn entry(
    entity: &'static str,
    id: i64,
    action: &'static str,
    old: Option<Value>,
    new: Option<Value>,
) -> AuditEntry {
    AuditEntry {
        entity,
        entity_id: Some(id),
        action,
        old,
        new,
    }
}

fn insert_report(tx: &Transaction<'_>, unit_id: i64, year: i32, f: &ReportFields) -> Result<i64> {
    tx.execute(
        "INSERT INTO annual_reports (unit_id, year, status, received_on, reviewer_region,
                                     statement_received)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        (unit_id, year, f.status, f.received, f.reviewer, f.statement),
    )?;
    Ok(tx.last_insert_rowid())
}

/// Inserts an answer, or updates it if it still has the version the plan read. An
/// answer saved by someone else since (a row where the plan saw none, or a newer
/// version) is a conflict naming who saved it.
fn write_answer(tx: &Transaction<'_>, report_id: i64, a: &AnswerOp) -> Result<()> {
    let expected = a.old.as_ref().map(|(_, v)| *v);
    let n = tx.execute(
        "INSERT INTO report_answers (report_id, item_code, answer) VALUES (?1, ?2, ?3)
         ON CONFLICT (report_id, item_code) DO UPDATE
            SET answer = excluded.answer, version = version + 1
          WHERE version = ?4",
        (report_id, &a.code, a.answer, expected),
    )?;
    if n == 0 {
        return Err(conflict(tx, ANSWER, report_id)?);
    }
    Ok(())
}
