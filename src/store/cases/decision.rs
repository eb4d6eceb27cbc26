//! Recording IRF's decision on a case, and what the decision does to the records the
//! case links to, all in the decision's transaction with an audit row for each:
//!
//! | case type   | linked records                  | change                                   |
//! |-------------|---------------------------------|------------------------------------------|
//! | `rangering` | applications at `klar_for_irf`  | step → `rangert` (places kept)           |
//! | `fornyelse` | network periods                 | `renewal_state` from IRF's answer: `stotter` → `fornyet` and the next 5-year period is created (same frame and coordinating HF; an overlap refuses the decision), `avviser` → `avsluttet`, `regional_vurdering` → `under_evaluering`; `decision` = the decision's text; `decided_on` = today |
//! | `avvikling` | phase-outs                      | `irf_answer` = IRF's answer              |
//! | the others  | –                               | nothing beyond the case                  |
//!
//! A renewal case that links no network period but links units (as the demo's does)
//! acts on each linked unit's latest period; a phase-out case without a linked phase-out
//! acts on each linked unit's latest phase-out. Applications at other steps are left as
//! they are, and so are network periods already decided, or in years 1–4 after a
//! renewal (recorded in Fornyelser before the case was decided): see
//! `store::renewals::apply_case_answer`.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction};
use serde_json::json;

use super::Case;
use super::read::load_case;
use crate::domain::{
    ApplicationStep, CaseRefusal, CaseStatus, CaseType, Code, IrfAnswer, Section, answers_apply,
    check_section,
};
use crate::store::renewals::{apply_case_answer, write_irf_answer};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store};

/// The ids of the records of kind `entity` the case links to.
fn linked(case: &Case, entity: &str) -> Vec<i64> {
    case.links
        .iter()
        .filter(|l| l.entity == entity)
        .map(|l| l.id)
        .collect()
}

/// The linked records of kind `entity`, or else the latest of that kind for each
/// linked unit (`latest_sql` takes the unit's id and gives one id or none).
fn linked_or_by_unit(
    tx: &Transaction<'_>,
    case: &Case,
    entity: &str,
    latest_sql: &str,
) -> Result<Vec<i64>> {
    let mut ids = linked(case, entity);
    if ids.is_empty() {
        let mut stmt = tx.prepare_cached(latest_sql)?;
        for unit in linked(case, "unit") {
            if let Some(id) = stmt.query_row([unit], |r| r.get(0)).optional()? {
                ids.push(id);
            }
        }
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Linked applications at `klar_for_irf` move to `rangert`.
fn rank_applications(tx: &Transaction<'_>, audit: &mut Vec<AuditEntry>, case: &Case) -> Result<()> {
    let ready = ApplicationStep::ReadyForIrf.code();
    let ranked = ApplicationStep::RankedByIrf.code();
    for id in linked(case, "application") {
        let moved = tx.execute(
            "UPDATE applications SET step = ?1, version = version + 1
              WHERE id = ?2 AND step = ?3",
            (ranked, id, ready),
        )?;
        if moved > 0 {
            reindex_one(tx, SearchKind::Application, id)?;
            audit.push(AuditEntry {
                entity: "application",
                entity_id: Some(id),
                action: "step",
                old: Some(json!({ "step": ready })),
                new: Some(json!({ "step": ranked, "case": case.id })),
            });
        }
    }
    Ok(())
}

/// The network periods take IRF's answer as their renewal state, with the decision;
/// "supports" creates each one's next period.
fn renew_periods(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    case: &Case,
    answer: IrfAnswer,
    decision: &str,
    today: NaiveDate,
) -> Result<()> {
    let periods = linked_or_by_unit(
        tx,
        case,
        "network_period",
        "SELECT id FROM network_periods WHERE unit_id = ?1 ORDER BY starts_on DESC, id DESC LIMIT 1",
    )?;
    for id in periods {
        apply_case_answer(tx, audit, id, (answer, decision, today), case.id)?;
    }
    Ok(())
}

/// The phase-outs take IRF's answer.
fn answer_phase_outs(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    case: &Case,
    answer: IrfAnswer,
) -> Result<()> {
    let phase_outs = linked_or_by_unit(
        tx,
        case,
        "phase_out",
        "SELECT id FROM phase_outs WHERE unit_id = ?1 ORDER BY id DESC LIMIT 1",
    )?;
    for id in phase_outs {
        let old: Option<String> = tx.query_row(
            "SELECT irf_answer FROM phase_outs WHERE id = ?1",
            [id],
            |r| r.get(0),
        )?;
        write_irf_answer(
            tx,
            audit,
            (id, old.as_deref()),
            answer,
            ("case", json!(case.id)),
        )?;
    }
    Ok(())
}

impl Store {
    /// Records IRF's decision on a case read at `version`: the decision's text (cleaned
    /// as a section, not empty), IRF's answer and the status `vedtatt`, and updates the
    /// linked records as the module's table says (`today` is the date recorded on a
    /// network period). The case must be on an agenda (`satt_opp`); `answer` is
    /// required for a renewal or phase-out and refused for any other type.
    pub fn record_decision(
        &mut self,
        case_id: i64,
        version: i64,
        decision: &str,
        answer: Option<IrfAnswer>,
        today: NaiveDate,
    ) -> Result<()> {
        let text = check_section(Section::Decision, decision)?;
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", case_id, version)?;
            let case = load_case(tx, case_id)?;
            if case.status != CaseStatus::OnAgenda {
                return Err(CaseRefusal::NotDecidable {
                    status: case.status,
                }
                .into());
            }
            let case_type = case.case_type;
            match (answers_apply(case_type), answer) {
                (true, None) => return Err(CaseRefusal::AnswerMissing { case_type }.into()),
                (false, Some(_)) => {
                    return Err(CaseRefusal::AnswerNotForType { case_type }.into());
                }
                _ => {}
            }
            if text.trim().is_empty() {
                return Err(CaseRefusal::EmptyDecision.into());
            }
            tx.execute(
                "UPDATE cases SET decision = ?1, irf_answer = ?2, status = ?3,
                        version = version + 1
                  WHERE id = ?4",
                (
                    &text,
                    answer.map(Code::code),
                    CaseStatus::Decided.code(),
                    case_id,
                ),
            )?;
            reindex_one(tx, SearchKind::Case, case_id)?;
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(case_id),
                action: "decision",
                old: Some(json!({
                    "status": case.status.code(), "decision": case.section(Section::Decision),
                    "irf_answer": case.irf_answer.map(Code::code),
                })),
                new: Some(json!({
                    "status": CaseStatus::Decided.code(), "decision": text,
                    "irf_answer": answer.map(Code::code),
                })),
            });
            match (case_type, answer) {
                (CaseType::ApplicationRanking, _) => rank_applications(tx, audit, &case)?,
                (CaseType::NetworkRenewal, Some(a)) => {
                    renew_periods(tx, audit, &case, a, &text, today)?;
                }
                (CaseType::PhaseOut, Some(a)) => answer_phase_outs(tx, audit, &case, a)?,
                _ => {}
            }
            Ok(())
        })
    }
}
