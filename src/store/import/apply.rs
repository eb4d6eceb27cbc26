//! The writes of an import plan, run inside the one transaction of `Store::write`, each
//! with its audit row; edits of existing rows check the version the plan read.

use chrono::NaiveDate;
use rusqlite::Transaction;
use serde_json::{Value, json};

use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
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

/// Which report answers belong to.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportRef {
    /// An existing report.
    Existing(i64),
    /// A report to make first: unit, year, its fields.
    New(i64, i32, ReportFields),
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
    /// Checklist answers of one report.
    Answers {
        report: ReportRef,
        answers: Vec<AnswerOp>,
    },
}

/// Runs every op; pushes one audit row per record written.
pub fn run(tx: &Transaction<'_>, ops: &[Op], audit: &mut Vec<AuditEntry>) -> Result<usize> {
    let mut written = 0;
    for op in ops {
        match op {
            Op::InsertReport {
                unit_id,
                year,
                fields,
            } => {
                let id = insert_report(tx, *unit_id, *year, fields)?;
                audit.push(entry("report", id, "import", None, Some(fields.json())));
                written += 1;
            }
            Op::UpdateReport {
                id,
                version,
                old,
                new,
            } => {
                check_version(tx, "annual_reports", "report", *id, *version)?;
                tx.execute(
                    "UPDATE annual_reports SET status = ?2, received_on = ?3, reviewer_region = ?4,
                            statement_received = ?5, version = version + 1 WHERE id = ?1",
                    (id, new.status, new.received, new.reviewer, new.statement),
                )?;
                audit.push(entry(
                    "report",
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
                let id = match report {
                    ReportRef::Existing(id) => *id,
                    ReportRef::New(unit_id, year, fields) => {
                        let id = insert_report(tx, *unit_id, *year, fields)?;
                        audit.push(entry("report", id, "import", None, Some(fields.json())));
                        written += 1;
                        id
                    }
                };
                let mut old = serde_json::Map::new();
                let mut new = serde_json::Map::new();
                for a in answers {
                    write_answer(tx, id, a)?;
                    old.insert(
                        a.code.clone(),
                        json!(a.old.as_ref().and_then(|o| o.0.clone())),
                    );
                    new.insert(a.code.clone(), json!(a.answer));
                }
                audit.push(entry(
                    "report_answers",
                    id,
                    "import",
                    Some(Value::Object(old)),
                    Some(Value::Object(new)),
                ));
                written += 1;
            }
        }
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

/// Inserts an answer, or updates it if it still has the version the plan read.
fn write_answer(tx: &Transaction<'_>, report_id: i64, a: &AnswerOp) -> Result<()> {
    match &a.old {
        None => {
            tx.execute(
                "INSERT INTO report_answers (report_id, item_code, answer) VALUES (?1, ?2, ?3)",
                (report_id, &a.code, a.answer),
            )?;
        }
        Some((_, version)) => {
            let n = tx.execute(
                "UPDATE report_answers SET answer = ?3, version = version + 1
                  WHERE report_id = ?1 AND item_code = ?2 AND version = ?4",
                (report_id, &a.code, a.answer, version),
            )?;
            if n == 0 {
                return Err(StoreError::Conflict {
                    entity: "report",
                    id: report_id,
                    by: "?".into(),
                    at: String::new(),
                });
            }
        }
    }
    Ok(())
}
