//! IRF's decision: the status and text on the case, IRF's answer where it applies,
//! and what the decision does to the linked applications, network periods and
//! phase-outs, each with its audit row; a decided case keeps what was decided.

use std::path::Path;

use irf::domain::{CaseRefusal, CaseStatus as S, CaseType, IrfAnswer, MeetingKind, Section};

use super::support::db::{demo_store, raw, temp_db, today};
use super::{dump, edit, first_id, later, new_case, new_meeting, put_on, refusal};

/// (step, version) of an application.
fn application(path: &Path, id: i64) -> (String, i64) {
    raw(path)
        .query_row(
            "SELECT step, version FROM applications WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
}

/// (renewal_state, decision, decided_on, version) of a network period.
fn period(path: &Path, id: i64) -> (String, String, Option<String>, i64) {
    raw(path)
        .query_row(
            "SELECT renewal_state, decision, decided_on, version FROM network_periods WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap()
}

/// IRF's answer on a phase-out.
fn phase_out_answer(path: &Path, id: i64) -> Option<String> {
    raw(path)
        .query_row(
            "SELECT irf_answer FROM phase_outs WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

/// How many audit rows `entity` `id` has with `action`.
fn audited(path: &Path, entity: &str, id: i64, action: &str) -> i64 {
    raw(path)
        .query_row(
            "SELECT count(*) FROM audit_log WHERE entity = ?1 AND entity_id = ?2 AND action = ?3",
            (entity, id, action),
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn a_ranking_decision_ranks_the_applications_ready_for_irf() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let ready = first_id(&path, "applications", "step = 'klar_for_irf'");
    let anchoring = first_id(&path, "applications", "step = 'forankring'");
    let ranked = first_id(&path, "applications", "step = 'rangert'");
    let links = [
        ("application", ready),
        ("application", anchoring),
        ("application", ranked),
    ];
    let m = new_meeting(&mut store, MeetingKind::Irf, later(7));
    let c = new_case(
        &mut store,
        "Rangering 2026",
        CaseType::ApplicationRanking,
        &links,
    );
    let c = put_on(&mut store, m, c.id);
    let (before_ready, before_anchoring, before_ranked) = (
        application(&path, ready),
        application(&path, anchoring),
        application(&path, ranked),
    );

    let before = dump(&path);
    let r = store.record_decision(
        c.id,
        c.version,
        "Rangert.",
        Some(IrfAnswer::Supports),
        today(),
    );
    assert_eq!(
        refusal(r),
        CaseRefusal::AnswerNotForType {
            case_type: CaseType::ApplicationRanking
        }
    );
    assert_eq!(dump(&path), before);

    store
        .record_decision(
            c.id,
            c.version,
            "IRF slutter seg til rangeringen.",
            None,
            today(),
        )
        .unwrap();
    let decided = store.case(c.id).unwrap();
    assert_eq!(decided.status, S::Decided);
    assert_eq!(
        decided.section(Section::Decision),
        "IRF slutter seg til rangeringen."
    );
    assert_eq!(decided.irf_answer, None);
    assert_eq!(decided.version, c.version + 1);
    assert_eq!(
        application(&path, ready),
        ("rangert".to_string(), before_ready.1 + 1)
    );
    assert_eq!(application(&path, anchoring), before_anchoring);
    assert_eq!(application(&path, ranked), before_ranked);
    assert_eq!(audited(&path, "application", ready, "step"), 1);
    assert_eq!(audited(&path, "application", anchoring, "step"), 0);
    assert_eq!(audited(&path, "case", c.id, "decision"), 1);
}

#[test]
fn a_renewal_decision_sets_each_period_by_irfs_answer() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let m = new_meeting(&mut store, MeetingKind::Irf, later(7));
    let answers = [
        (IrfAnswer::Supports, "fornyet"),
        (IrfAnswer::Rejects, "avsluttet"),
        (IrfAnswer::RegionalAssessmentFirst, "under_evaluering"),
    ];
    for (i, (answer, state)) in answers.into_iter().enumerate() {
        let pid: i64 = raw(&path)
            .query_row(
                "SELECT id FROM network_periods ORDER BY id LIMIT 1 OFFSET ?1",
                [i as i64],
                |r| r.get(0),
            )
            .unwrap();
        let old = period(&path, pid);
        let c = new_case(
            &mut store,
            &format!("Fornyelse {i}"),
            CaseType::NetworkRenewal,
            &[("network_period", pid)],
        );
        let c = put_on(&mut store, m, c.id);
        if i == 0 {
            let before = dump(&path);
            let r = store.record_decision(c.id, c.version, "Vedtak.", None, today());
            assert_eq!(
                refusal(r),
                CaseRefusal::AnswerMissing {
                    case_type: CaseType::NetworkRenewal
                }
            );
            assert_eq!(dump(&path), before);
        }
        let text = format!("IRF gir svar {i}.");
        store
            .record_decision(c.id, c.version, &text, Some(answer), today())
            .unwrap();
        assert_eq!(
            period(&path, pid),
            (
                state.to_string(),
                text,
                Some(today().to_string()),
                old.3 + 1
            ),
            "{answer:?}"
        );
        assert_eq!(store.case(c.id).unwrap().irf_answer, Some(answer));
        assert_eq!(audited(&path, "network_period", pid, "irf_decision"), 1);
    }
}

#[test]
fn the_demo_renewal_linked_to_its_unit_renews_the_units_latest_period() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let case_id = first_id(&path, "cases", "case_type = 'fornyelse'");
    let unit = first_id(
        &path,
        "units",
        &format!(
            "id IN (SELECT entity_id FROM case_links WHERE case_id = {case_id} AND entity = 'unit')"
        ),
    );
    let pid = first_id(&path, "network_periods", &format!("unit_id = {unit}"));
    let others = dump(&path)
        .lines()
        .filter(|l| l.contains("lopende"))
        .count();
    let c = store.case(case_id).unwrap();
    store
        .record_decision(
            c.id,
            c.version,
            "IRF støtter fornyelse.",
            Some(IrfAnswer::Supports),
            today(),
        )
        .unwrap();
    assert_eq!(period(&path, pid).0, "fornyet");
    // The other periods are as they were; the renewal adds the next one, running.
    assert_eq!(
        dump(&path)
            .lines()
            .filter(|l| l.contains("lopende"))
            .count(),
        others + 1
    );
}

#[test]
fn a_phase_out_decision_gives_the_phase_out_irfs_answer() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let po = first_id(&path, "phase_outs", "1");
    assert_eq!(phase_out_answer(&path, po), None);
    // The demo's case links the unit, not the phase-out.
    let demo_case = first_id(&path, "cases", "case_type = 'avvikling'");
    let c = store.case(demo_case).unwrap();
    let answer = Some(IrfAnswer::RegionalAssessmentFirst);
    store
        .record_decision(
            c.id,
            c.version,
            "IRF ønsker faglig vurdering.",
            answer,
            today(),
        )
        .unwrap();
    assert_eq!(
        phase_out_answer(&path, po).as_deref(),
        Some("regional_vurdering")
    );
    // A case linking the phase-out itself, when it returns.
    let m = new_meeting(&mut store, MeetingKind::Irf, later(40));
    let again = new_case(
        &mut store,
        "Avvikling igjen",
        CaseType::PhaseOut,
        &[("phase_out", po)],
    );
    assert!(again.section(Section::Background).contains("- Avvikling: "));
    let again = put_on(&mut store, m, again.id);
    store
        .record_decision(
            again.id,
            again.version,
            "IRF avviser.",
            Some(IrfAnswer::Rejects),
            today(),
        )
        .unwrap();
    assert_eq!(phase_out_answer(&path, po).as_deref(), Some("avviser"));
    assert_eq!(audited(&path, "phase_out", po, "irf_answer"), 2);
}

#[test]
fn only_a_case_on_an_agenda_is_decided_and_a_decided_case_keeps_what_was_decided() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let m = new_meeting(&mut store, MeetingKind::Irf, later(7));
    let other = new_meeting(&mut store, MeetingKind::Irf, later(70));
    let c = new_case(&mut store, "Mandat for ny tjeneste", CaseType::Mandate, &[]);
    let before = dump(&path);
    assert_eq!(
        refusal(store.record_decision(c.id, c.version, "Vedtak.", None, today())),
        CaseRefusal::NotDecidable { status: S::Draft }
    );
    let c = put_on(&mut store, m, c.id);
    let before_empty = dump(&path);
    assert_eq!(
        refusal(store.record_decision(c.id, c.version, " \n\t\u{1b}[2J", None, today())),
        CaseRefusal::EmptyDecision
    );
    assert_eq!(dump(&path), before_empty);
    assert_ne!(dump(&path), before);

    store
        .record_decision(c.id, c.version, "IRF fastsetter mandatet.", None, today())
        .unwrap();
    let c = store.case(c.id).unwrap();
    let title = "Mandat for ny tjeneste".to_string();
    let before = dump(&path);
    assert_eq!(
        refusal(store.update_case(c.id, c.version, &edit("Nytt", CaseType::Mandate))),
        CaseRefusal::Decided {
            title: title.clone()
        }
    );
    assert_eq!(
        refusal(store.save_section(c.id, c.version, Section::Proposal, "Endret")),
        CaseRefusal::Decided {
            title: title.clone()
        }
    );
    assert_eq!(
        refusal(store.remove_from_agenda(c.id, c.version)),
        CaseRefusal::Decided {
            title: title.clone()
        }
    );
    assert_eq!(
        refusal(store.add_to_agenda(other, c.id, c.version)),
        CaseRefusal::OnAgenda {
            title: title.clone(),
            meeting_date: later(7)
        }
    );
    assert_eq!(
        refusal(store.record_decision(c.id, c.version, "Igjen.", None, today())),
        CaseRefusal::NotDecidable { status: S::Decided }
    );
    assert_eq!(dump(&path), before);
    // The decision's wording and the attachments can still be corrected.
    let v = store
        .save_section(
            c.id,
            c.version,
            Section::Decision,
            "IRF fastsetter mandatet (rettet).",
        )
        .unwrap();
    store
        .save_section(c.id, v, Section::Attachments, "Mandatet")
        .unwrap();
    let c = store.case(c.id).unwrap();
    assert_eq!(
        c.section(Section::Decision),
        "IRF fastsetter mandatet (rettet)."
    );
    assert_eq!(c.status, S::Decided);
}
