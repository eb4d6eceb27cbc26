//! Phase-outs: the transition limit, IRF's answers ("each region's own assessment
//! first" returns it with the outcome kept; "supports" and "rejects" are final), a new
//! phase-out without an outcome, and the unit that may be phased out.

use std::path::Path;

use irf::domain::{IrfAnswer, PhaseOutOutcome, PhaseOutStep, RenewalRefusal};
use irf::store::{PhaseOutEdit, StoreError};

use super::support::db::{demo_store, raw, temp_db};
use super::{dump, refusal};

/// The demo's competence service with a phase-out, and one without.
fn phase_out_units(path: &Path) -> (i64, i64) {
    let conn = raw(path);
    let with: i64 = conn
        .query_row("SELECT unit_id FROM phase_outs", [], |r| r.get(0))
        .unwrap();
    let without: i64 = conn
        .query_row(
            "SELECT id FROM units WHERE kind = 'kompetanse'
                AND id NOT IN (SELECT unit_id FROM phase_outs) ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    (with, without)
}

#[test]
fn phase_out_transition_is_at_most_two_years() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let (unit_id, _) = phase_out_units(&path);
    let p = store
        .phase_out(unit_id)
        .unwrap()
        .expect("the demo's phase-out");
    assert_eq!(p.outcome, Some(PhaseOutOutcome::OrdinaryOperation));
    assert_eq!(p.step, PhaseOutStep::AwaitingIrf);
    let mut edit = PhaseOutEdit {
        tasks: p.tasks.clone(),
        outcome: Some(PhaseOutOutcome::Network),
        transition_years: 3,
        recommendation: p.recommendation.clone(),
    };
    let before = dump(&path);
    assert_eq!(
        refusal(store.save_phase_out(unit_id, p.version, &edit)),
        RenewalRefusal::TransitionTooLong { years: 3 }
    );
    assert_eq!(dump(&path), before);
    edit.transition_years = 2;
    assert_eq!(
        store.save_phase_out(unit_id, p.version, &edit).unwrap(),
        p.id
    );
    let saved = store.phase_out(unit_id).unwrap().unwrap();
    assert_eq!(saved.transition_years, 2);
    assert_eq!(saved.outcome, Some(PhaseOutOutcome::Network));
    assert_eq!(saved.version, p.version + 1);
    // The old version is now stale.
    assert!(matches!(
        store.save_phase_out(unit_id, p.version, &edit),
        Err(StoreError::Conflict { .. })
    ));
}

#[test]
fn phase_out_answers_regional_assessment_returns_then_support_is_final() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let (unit_id, _) = phase_out_units(&path);
    let p = store.phase_out(unit_id).unwrap().unwrap();

    store
        .record_phase_out_answer(p.id, p.version, IrfAnswer::RegionalAssessmentFirst)
        .unwrap();
    let back = store.phase_out(unit_id).unwrap().unwrap();
    assert_eq!(back.step, PhaseOutStep::RegionalAssessment);
    assert_eq!(back.irf_answer, Some(IrfAnswer::RegionalAssessmentFirst));
    // The outcome the regions assess is kept, and it may be edited again.
    assert_eq!(back.outcome, p.outcome);
    let edit = PhaseOutEdit {
        tasks: "Registeret videreføres.".into(),
        outcome: back.outcome,
        transition_years: 1,
        recommendation: back.recommendation.clone(),
    };
    store.save_phase_out(unit_id, back.version, &edit).unwrap();
    let edited = store.phase_out(unit_id).unwrap().unwrap();
    assert_eq!(edited.tasks, "Registeret videreføres.");

    store
        .record_phase_out_answer(edited.id, edited.version, IrfAnswer::Supports)
        .unwrap();
    let done = store.phase_out(unit_id).unwrap().unwrap();
    assert_eq!(done.step, PhaseOutStep::Supported);
    assert_eq!(store.audit_count("phase_out", p.id).unwrap(), 3);

    let before = dump(&path);
    assert_eq!(
        refusal(store.record_phase_out_answer(done.id, done.version, IrfAnswer::Rejects)),
        RenewalRefusal::PhaseOutDecided
    );
    assert_eq!(
        refusal(store.save_phase_out(unit_id, done.version, &edit)),
        RenewalRefusal::PhaseOutDecided
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn a_new_phase_out_needs_an_outcome_before_irf_answers() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let (_, unit_id) = phase_out_units(&path);
    assert_eq!(store.phase_out(unit_id).unwrap(), None);
    let id = store
        .save_phase_out(
            unit_id,
            0,
            &PhaseOutEdit {
                tasks: "Undervisning.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let p = store.phase_out(unit_id).unwrap().unwrap();
    assert_eq!(
        (p.id, p.step, p.version),
        (id, PhaseOutStep::Recommendation, 1)
    );
    let before = dump(&path);
    assert_eq!(
        refusal(store.record_phase_out_answer(id, 1, IrfAnswer::Supports)),
        RenewalRefusal::NoOutcome
    );
    // Only a competence service is phased out.
    let network: i64 = raw(&path)
        .query_row(
            "SELECT id FROM units WHERE kind = 'nettverk' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        refusal(store.save_phase_out(network, 0, &PhaseOutEdit::default())),
        RenewalRefusal::NotCompetenceService {
            kind: "nettverk".into()
        }
    );
    assert_eq!(dump(&path), before);
    // With an outcome, IRF may answer.
    let edit = PhaseOutEdit {
        outcome: Some(PhaseOutOutcome::Ends),
        ..Default::default()
    };
    store.save_phase_out(unit_id, 1, &edit).unwrap();
    store
        .record_phase_out_answer(id, 2, IrfAnswer::Rejects)
        .unwrap();
    assert_eq!(
        store.phase_out(unit_id).unwrap().unwrap().step,
        PhaseOutStep::Rejected
    );
}
