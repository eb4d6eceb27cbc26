//! Applications for new national services in the store: adding and editing them (HF and
//! contact matched by name), the anchoring answers, the step guard with and without a
//! written override, IRF's round (places, moves, decisions) and the drafted ranking
//! case (in `ranking`). Every refusal is checked to leave the data as it was.
//!
//! The demo has four applications: at `forankring` (HSØ; HN has not answered), at
//! `klar_for_irf` (HV, no place yet), at `regional_vurdering` (HMN, no anchoring rows)
//! and at `rangert` (HN, place 1).

use std::path::Path;

use chrono::NaiveDate;
use irf::domain::{AnchoringView, ApplicationRefusal, ApplicationStep as Step, Refusal, Region};
use irf::store::{Application, ApplicationEdit, Store, StoreError};

#[path = "applications/ranking.rs"]
mod ranking;
mod support;
use support::db::{audit_actions, demo_store, raw, temp_db, today};

/// The refusal in a store result, or a panic saying what came instead.
fn refusal<T: std::fmt::Debug>(r: irf::store::Result<T>) -> ApplicationRefusal {
    match r {
        Err(StoreError::Refused(Refusal::Application(a))) => a,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// Every application, anchoring, case and audit row as text, to show a refused
/// change wrote nothing.
fn dump(path: &Path) -> String {
    support::db::dump(
        path,
        &[
            "SELECT id, title, applicant_hf, region_code, proposed_kind, received_on, step,
                contact_id, irf_rank, override_reason, version, irf_decision, irf_note
           FROM applications ORDER BY id",
            "SELECT application_id, region_code, view, answered_on, note, version
           FROM anchorings ORDER BY 1, 2",
            "SELECT id, title, background FROM cases ORDER BY id",
            "SELECT count(*), max(id), NULL FROM audit_log",
        ],
    )
}

/// The demo application at `step`.
fn at(store: &Store, path: &Path, step: Step) -> Application {
    let id: i64 = raw(path)
        .query_row(
            "SELECT id FROM applications WHERE step = ?1",
            [irf::domain::Code::code(step)],
            |r| r.get(0),
        )
        .unwrap();
    store.application(id).unwrap()
}

fn days_ago(n: u64) -> NaiveDate {
    today().checked_sub_days(chrono::Days::new(n)).unwrap()
}

fn edit(title: &str, hf: &str) -> ApplicationEdit {
    ApplicationEdit {
        title: title.into(),
        hf: hf.into(),
        proposed_kind: "kompetanse".into(),
        received_on: Some(days_ago(5)),
        contact: String::new(),
    }
}

fn titles(apps: &[Application]) -> Vec<(String, Option<i64>)> {
    apps.iter().map(|a| (a.title.clone(), a.irf_rank)).collect()
}

#[test]
fn a_new_application_matches_its_names_and_awaits_three_answers() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let contact: String = raw(&path)
        .query_row("SELECT name FROM contacts ORDER BY id LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    let mut e = edit(
        "  Nasjonal kompetansetjeneste for søvnapné  ",
        "HELSE BERGEN hf",
    );
    e.contact = irf::domain::fold(&contact).to_uppercase();
    let id = store.insert_application(&e).unwrap();
    let app = store.application(id).unwrap();
    assert_eq!(app.title, "Nasjonal kompetansetjeneste for søvnapné");
    assert_eq!(app.hf.as_deref(), Some("Helse Bergen HF"));
    assert_eq!(app.region, Region::Hv);
    assert_eq!(app.step, Step::Received);
    assert_eq!(app.contact.as_deref(), Some(contact.as_str()));
    let pending: Vec<_> = app
        .anchorings
        .iter()
        .map(|a| (a.region, a.view, a.version))
        .collect();
    assert_eq!(
        pending,
        [Region::Hso, Region::Hmn, Region::Hn].map(|r| (r, AnchoringView::Pending, 1))
    );
    assert_eq!(app.unanswered().len(), 3);
    assert_eq!(audit_actions(&path, "application", id), ["insert"]);
    assert_eq!(audit_actions(&path, "anchoring", id).len(), 3);
    let hits = store.search("sovnapne", 5).unwrap();
    assert!(hits.iter().any(|h| h.id == id), "{hits:?}");
}

#[test]
fn unknown_names_and_kinds_are_refused_with_a_suggestion() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let before = dump(&path);
    assert_eq!(
        refusal(store.insert_application(&edit(" ", "Helse Bergen HF"))),
        ApplicationRefusal::EmptyTitle
    );
    assert_eq!(
        refusal(store.insert_application(&edit("Ny tjeneste", "Helse Bergn"))),
        ApplicationRefusal::UnknownHf {
            typed: "Helse Bergn".into(),
            suggestion: Some("Helse Bergen HF".into())
        }
    );
    let mut bad_kind = edit("Ny tjeneste", "Helse Bergen HF");
    bad_kind.proposed_kind = "nettverk".into();
    assert_eq!(
        refusal(store.insert_application(&bad_kind)),
        ApplicationRefusal::UnknownKind {
            typed: "nettverk".into()
        }
    );
    let contact: String = raw(&path)
        .query_row("SELECT name FROM contacts ORDER BY id LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    let mut typo = edit("Ny tjeneste", "Helse Bergen HF");
    typo.contact = format!("{}x", contact);
    match refusal(store.insert_application(&typo)) {
        ApplicationRefusal::UnknownContact { typed, suggestion } => {
            assert_eq!(typed, typo.contact);
            assert_eq!(suggestion.as_deref(), Some(contact.as_str()));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(dump(&path), before);
}

#[test]
fn the_same_title_from_the_same_applicant_is_refused() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let ready = at(&store, &path, Step::ReadyForIrf);
    let hf = ready.hf.clone().unwrap();
    let before = dump(&path);
    let shouted = ready.title.to_uppercase().replace('Ø', "O");
    assert_eq!(
        refusal(store.insert_application(&edit(&shouted, &hf))),
        ApplicationRefusal::Duplicate {
            title: ready.title.clone(),
            hf: hf.clone()
        }
    );
    // Renaming another of the same applicant's applications to it is refused too.
    let other = store
        .insert_application(&edit("Et annet navn", &hf))
        .unwrap();
    let other_app = store.application(other).unwrap();
    assert!(matches!(
        refusal(store.update_application(other, other_app.version, &edit(&ready.title, &hf))),
        ApplicationRefusal::Duplicate { .. }
    ));
    // The same title from another applicant is fine, and so is saving it unchanged.
    store
        .insert_application(&edit(&ready.title, "Helse Stavanger HF"))
        .unwrap();
    let mut same = edit(&ready.title, &hf);
    same.proposed_kind = ready.proposed_kind.clone();
    same.received_on = ready.received_on;
    store
        .update_application(ready.id, ready.version, &same)
        .unwrap();
    assert_ne!(dump(&path), before);
}

#[test]
fn editing_checks_the_version_and_moves_anchorings_with_the_region() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let app = at(&store, &path, Step::RegionalAssessment);
    assert_eq!(app.region, Region::Hmn);
    assert!(app.anchorings.iter().all(|a| a.version == 0));
    let e = edit(&app.title, "Nordlandssykehuset HF");
    store.update_application(app.id, app.version, &e).unwrap();
    let before = dump(&path);
    assert!(matches!(
        store.update_application(app.id, app.version, &e),
        Err(StoreError::Conflict { .. })
    ));
    assert_eq!(dump(&path), before);
    let moved = store.application(app.id).unwrap();
    assert_eq!(moved.region, Region::Hn);
    assert_eq!(moved.version, app.version + 1);
    let regions: Vec<_> = moved.anchorings.iter().map(|a| a.region).collect();
    assert_eq!(regions, [Region::Hso, Region::Hv, Region::Hmn]);
    assert_eq!(moved.anchoring(Region::Hmn).unwrap().version, 1);
    assert_eq!(audit_actions(&path, "application", app.id), ["update"]);
}

#[test]
fn a_received_date_after_an_answer_is_refused() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let app = at(&store, &path, Step::Anchoring);
    let mut e = edit(&app.title, app.hf.as_deref().unwrap());
    e.proposed_kind = app.proposed_kind.clone();
    e.received_on = Some(today());
    let before = dump(&path);
    assert_eq!(
        refusal(store.update_application(app.id, app.version, &e)),
        ApplicationRefusal::AnswerBeforeReceived {
            answered: days_ago(10),
            received: today()
        }
    );
    assert_eq!(dump(&path), before);
    e.received_on = Some(days_ago(10));
    store.update_application(app.id, app.version, &e).unwrap();
}

#[test]
fn the_round_needs_every_answer_or_a_written_reason() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let app = at(&store, &path, Step::Anchoring);
    let before = dump(&path);
    for reason in [None, Some("   ")] {
        assert_eq!(
            refusal(store.set_step(app.id, app.version, Step::ReadyForIrf, reason)),
            ApplicationRefusal::AnchoringMissing {
                regions: vec![Region::Hn]
            }
        );
    }
    assert_eq!(dump(&path), before);
    let reason = "HN gir sitt svar muntlig i IRF-møtet";
    store
        .set_step(app.id, app.version, Step::ReadyForIrf, Some(reason))
        .unwrap();
    let moved = store.application(app.id).unwrap();
    assert_eq!(moved.step, Step::ReadyForIrf);
    assert_eq!(moved.override_reason.as_deref(), Some(reason));
    // At the end of the round: after place 1 (the ranked demo application).
    assert_eq!(moved.irf_rank, Some(2));
    let logged: String = raw(&path)
        .query_row(
            "SELECT new_value FROM audit_log WHERE entity = 'application' AND entity_id = ?1
                AND action = 'override_step'",
            [app.id],
            |r| r.get(0),
        )
        .unwrap();
    assert!(logged.contains(reason), "{logged}");
    assert!(logged.contains("\"HN\""), "{logged}");
    // Going back before the round gives up the place and the reason.
    store
        .set_step(app.id, moved.version, Step::Anchoring, None)
        .unwrap();
    let back = store.application(app.id).unwrap();
    assert_eq!((back.irf_rank, back.override_reason), (None, None));
}

#[test]
fn once_answered_the_application_goes_on_without_a_reason() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let app = at(&store, &path, Step::Anchoring);
    let hn = app.anchoring(Region::Hn).unwrap().version;
    store
        .answer_anchoring(
            app.id,
            Region::Hn,
            hn,
            AnchoringView::Supports,
            Some(today()),
            "",
        )
        .unwrap();
    store
        .set_step(app.id, app.version, Step::ReadyForIrf, None)
        .unwrap();
    let moved = store.application(app.id).unwrap();
    assert_eq!(
        (moved.step, moved.override_reason),
        (Step::ReadyForIrf, None)
    );
    assert_eq!(audit_actions(&path, "application", app.id), ["step"]);
}

#[test]
fn hdir_decides_only_after_the_application_is_sent() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let app = at(&store, &path, Step::ReadyForIrf);
    let before = dump(&path);
    assert_eq!(
        refusal(store.set_step(app.id, app.version, Step::Approved, Some("fordi"))),
        ApplicationRefusal::DecisionBeforeDirectorate {
            step: Step::ReadyForIrf
        }
    );
    assert_eq!(
        refusal(store.set_step(app.id, app.version, Step::ReadyForIrf, None)),
        ApplicationRefusal::SameStep {
            step: Step::ReadyForIrf
        }
    );
    assert_eq!(dump(&path), before);
    store
        .set_step(app.id, app.version, Step::SentToDirectorate, None)
        .unwrap();
    store
        .set_step(app.id, app.version + 1, Step::Approved, None)
        .unwrap();
    assert_eq!(store.application(app.id).unwrap().step, Step::Approved);
}

#[test]
fn anchoring_answers_are_checked_and_versioned() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let app = at(&store, &path, Step::Anchoring);
    let hn = app.anchoring(Region::Hn).unwrap().version;
    let before = dump(&path);
    let yes = AnchoringView::Supports;
    assert_eq!(
        refusal(store.answer_anchoring(app.id, Region::Hso, 1, yes, Some(today()), "")),
        ApplicationRefusal::OwnRegion {
            region: Region::Hso
        }
    );
    assert_eq!(
        refusal(store.answer_anchoring(app.id, Region::Hn, hn, yes, None, "")),
        ApplicationRefusal::AnswerWithoutDate { region: Region::Hn }
    );
    let early = app.received_on.unwrap().pred_opt().unwrap();
    assert_eq!(
        refusal(store.answer_anchoring(app.id, Region::Hn, hn, yes, Some(early), "")),
        ApplicationRefusal::AnswerBeforeReceived {
            answered: early,
            received: app.received_on.unwrap()
        }
    );
    assert_eq!(dump(&path), before);
    let audited = audit_actions(&path, "anchoring", app.id).len();
    let view = AnchoringView::SupportsWithRemarks;
    store
        .answer_anchoring(
            app.id,
            Region::Hn,
            hn,
            view,
            Some(today()),
            "Avklar ansvar.",
        )
        .unwrap();
    let answered = store.application(app.id).unwrap();
    let a = answered.anchoring(Region::Hn).unwrap();
    assert_eq!(
        (a.view, a.answered_on, a.note.as_str()),
        (view, Some(today()), "Avklar ansvar.")
    );
    assert_eq!(a.version, hn + 1);
    assert_eq!(audit_actions(&path, "anchoring", app.id).len(), audited + 1);
    // Someone else answered since `hn` was read: a conflict, nothing written.
    let before = dump(&path);
    let stale = store.answer_anchoring(
        app.id,
        Region::Hn,
        hn,
        AnchoringView::DoesNotSupport,
        Some(today()),
        "",
    );
    assert!(
        matches!(
            stale,
            Err(StoreError::Conflict {
                entity: "anchoring",
                ..
            })
        ),
        "{stale:?}"
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn a_region_without_a_row_answers_from_version_zero() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let app = at(&store, &path, Step::RegionalAssessment);
    let no = AnchoringView::DoesNotSupport;
    store
        .answer_anchoring(app.id, Region::Hv, 0, no, Some(today()), "")
        .unwrap();
    assert_eq!(
        store
            .application(app.id)
            .unwrap()
            .anchoring(Region::Hv)
            .unwrap()
            .version,
        1
    );
    assert!(matches!(
        store.answer_anchoring(app.id, Region::Hv, 0, no, Some(today()), ""),
        Err(StoreError::Conflict { .. })
    ));
}
