//! The phase-out assessment of a competence service whose term has ended: the host
//! region's recommendation (tasks, outcome, transitional years) and IRF's answer.
//!
//! "Each region's own assessment first" (`regional_vurdering`) is recorded as the
//! answer and sends the phase-out back to the recommendation step with its outcome
//! kept: the regions assess that recommendation, it may be edited, and IRF answers
//! again. "Supports" and "rejects" are final: no edit or answer after them.

use rusqlite::{Connection, OptionalExtension, Row as SqlRow};
use serde_json::json;

use crate::domain::{
    Code, IrfAnswer, PhaseOutOutcome, PhaseOutStep, RenewalRefusal, UnitKind,
    check_phase_out_answer, check_phase_out_edit, check_transition,
};
use crate::store::mappers::opt_code_col;
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store, StoreError};

/// A phase-out assessment, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseOut {
    /// Its id.
    pub id: i64,
    /// The competence service.
    pub unit_id: i64,
    /// The service's name.
    pub unit: String,
    /// The tasks that go on in ordinary operation (principle 1).
    pub tasks: String,
    /// The recommended outcome; `None` while the recommendation is being written.
    pub outcome: Option<PhaseOutOutcome>,
    /// Years of transitional funding (0–2).
    pub transition_years: u32,
    /// The host region's recommendation (*innstilling*).
    pub recommendation: String,
    /// IRF's last answer.
    pub irf_answer: Option<IrfAnswer>,
    /// Where it is, from the outcome and the answer.
    pub step: PhaseOutStep,
    /// The row's version, to pass back with an edit or an answer.
    pub version: i64,
}

/// The editable fields of a phase-out, as typed in a form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PhaseOutEdit {
    /// The tasks that go on in ordinary operation.
    pub tasks: String,
    /// The recommended outcome (`None` while undecided).
    pub outcome: Option<PhaseOutOutcome>,
    /// Years of transitional funding, at most 2.
    pub transition_years: u32,
    /// The recommendation's text.
    pub recommendation: String,
}

const SELECT: &str = "SELECT p.id, p.unit_id, u.name, p.tasks, p.outcome, p.transition_years,
        p.recommendation, p.irf_answer, p.version
   FROM phase_outs p JOIN units u ON u.id = p.unit_id";

fn map(r: &SqlRow<'_>) -> rusqlite::Result<PhaseOut> {
    let outcome = opt_code_col(r, 4)?;
    let irf_answer = opt_code_col(r, 7)?;
    Ok(PhaseOut {
        id: r.get(0)?,
        unit_id: r.get(1)?,
        unit: r.get(2)?,
        tasks: r.get(3)?,
        outcome,
        transition_years: r.get(5)?,
        recommendation: r.get(6)?,
        irf_answer,
        step: PhaseOutStep::of(outcome, irf_answer),
        version: r.get(8)?,
    })
}

/// The latest phase-out of unit `unit_id`, if any.
fn latest(conn: &Connection, unit_id: i64) -> Result<Option<PhaseOut>> {
    let sql = format!("{SELECT} WHERE p.unit_id = ?1 ORDER BY p.id DESC LIMIT 1");
    Ok(conn.query_row(&sql, [unit_id], map).optional()?)
}

fn by_id(conn: &Connection, id: i64) -> Result<PhaseOut> {
    let sql = format!("{SELECT} WHERE p.id = ?1");
    conn.query_row(&sql, [id], map)
        .optional()?
        .ok_or(StoreError::NotFound {
            entity: "phase_out",
            id,
        })
}

/// Checks that unit `unit_id` exists and is a national competence service; another
/// kind is refused with `refusal` of its kind (what is being recorded differs).
pub(super) fn competence_unit(
    conn: &Connection,
    unit_id: i64,
    refusal: fn(String) -> RenewalRefusal,
) -> Result<()> {
    let kind: Option<String> = conn
        .query_row("SELECT kind FROM units WHERE id = ?1", [unit_id], |r| {
            r.get(0)
        })
        .optional()?;
    match kind {
        None => Err(StoreError::NotFound {
            entity: "unit",
            id: unit_id,
        }),
        Some(k) if k == UnitKind::Competence.code() => Ok(()),
        Some(kind) => Err(refusal(kind).into()),
    }
}

fn audit_json(p: &PhaseOut) -> serde_json::Value {
    json!({
        "tasks": p.tasks, "outcome": p.outcome.map(Code::code),
        "transition_years": p.transition_years, "recommendation": p.recommendation,
        "irf_answer": p.irf_answer.map(Code::code),
    })
}

impl Store {
    /// The latest phase-out assessment of unit `unit_id`; `None` if it has none yet.
    pub fn phase_out(&self, unit_id: i64) -> Result<Option<PhaseOut>> {
        latest(&self.conn, unit_id)
    }

    /// Saves unit `unit_id`'s phase-out read at `version`: version 0 creates it when
    /// the unit has none (a competence service only). Refused: more than 2 years of
    /// transitional funding, an edit after IRF supported or rejected it. Returns its id.
    pub fn save_phase_out(&mut self, unit_id: i64, version: i64, e: &PhaseOutEdit) -> Result<i64> {
        self.write(|tx, audit| {
            competence_unit(tx, unit_id, |kind| RenewalRefusal::NotCompetenceService {
                kind,
            })?;
            let old = match latest(tx, unit_id)? {
                Some(old) => {
                    check_version(tx, "phase_outs", "phase_out", old.id, version)?;
                    Some(old)
                }
                None if version != 0 => {
                    return Err(StoreError::NotFound {
                        entity: "phase_out",
                        id: unit_id,
                    });
                }
                None => None,
            };
            if let Some(old) = &old {
                check_phase_out_edit(old.step)?;
            }
            check_transition(e.transition_years)?;
            let values = (
                e.tasks.as_str(),
                e.outcome.map(Code::code),
                e.transition_years,
                e.recommendation.as_str(),
            );
            let id = match &old {
                Some(old) => {
                    tx.execute(
                        "UPDATE phase_outs SET tasks = ?1, outcome = ?2, transition_years = ?3,
                                recommendation = ?4, version = version + 1
                          WHERE id = ?5",
                        (values.0, values.1, values.2, values.3, old.id),
                    )?;
                    old.id
                }
                None => {
                    tx.execute(
                        "INSERT INTO phase_outs (unit_id, tasks, outcome, transition_years,
                                                 recommendation)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        (unit_id, values.0, values.1, values.2, values.3),
                    )?;
                    tx.last_insert_rowid()
                }
            };
            let new = by_id(tx, id)?;
            audit.push(AuditEntry {
                entity: "phase_out",
                entity_id: Some(id),
                action: if old.is_some() { "update" } else { "insert" },
                old: old.as_ref().map(audit_json),
                new: Some(audit_json(&new)),
            });
            Ok(id)
        })
    }

    /// Records IRF's `answer` to phase-out `id` read at `version`. It needs a
    /// recommended outcome and no final answer yet; `regional_vurdering` sends it back
    /// to the recommendation step with the outcome kept (see the module docs).
    pub fn record_phase_out_answer(
        &mut self,
        id: i64,
        version: i64,
        answer: IrfAnswer,
    ) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "phase_outs", "phase_out", id, version)?;
            let old = by_id(tx, id)?;
            check_phase_out_answer(old.outcome, old.step)?;
            let step = format!("{:?}", PhaseOutStep::of(old.outcome, Some(answer)));
            write_irf_answer(
                tx,
                audit,
                (id, old.irf_answer.map(Code::code)),
                answer,
                ("step", json!(step)),
            )
        })
    }
}

/// Writes IRF's `answer` on phase-out `id` (which had the answer `old`) with its audit
/// row; `also` is one more thing the row tells (the case decided, or the step the
/// phase-out moves to).
pub(in crate::store) fn write_irf_answer(
    tx: &Connection,
    audit: &mut Vec<AuditEntry>,
    (id, old): (i64, Option<&str>),
    answer: IrfAnswer,
    also: (&str, serde_json::Value),
) -> Result<()> {
    tx.execute(
        "UPDATE phase_outs SET irf_answer = ?1, version = version + 1 WHERE id = ?2",
        (answer.code(), id),
    )?;
    let mut new = json!({ "irf_answer": answer.code() });
    new[also.0] = also.1;
    audit.push(AuditEntry {
        entity: "phase_out",
        entity_id: Some(id),
        action: "irf_answer",
        old: Some(json!({ "irf_answer": old })),
        new: Some(new),
    });
    Ok(())
}
