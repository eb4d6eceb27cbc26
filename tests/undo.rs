//! Undo at the store level: each covered write is reverted as a new write with its own
//! audit rows (action `undo`), a bulk action as one step, a deleted contact comes back
//! with its ties and in search, an undo of an undo redoes; and the refusals: another
//! user's later change (a conflict that changes nothing), someone else's write, a write
//! undone already, a kind of write undo does not cover.

mod support;

use std::path::Path;

use irf::domain::{
    Answer, CaseStatus, Code, IrfAnswer, Refusal, ReportStatus, UndoRefusal, follow_up,
};
use irf::i18n::{Lang, refusal_text};
use irf::store::{BulkChange, ContactEdit, Store, StoreError, UndoStep};

use support::db::{demo_store, dump, ola_and_kari, raw, temp_db, today};

/// The first report (by id) in `status` of a competence service.
fn report_in(path: &Path, status: &str) -> i64 {
    raw(path)
        .query_row(
            "SELECT r.id FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE r.status = ?1 AND u.kind = 'kompetanse' ORDER BY r.year DESC, r.id LIMIT 1",
            [status],
            |r| r.get(0),
        )
        .unwrap()
}

fn version(path: &Path, table: &str, id: i64) -> i64 {
    raw(path)
        .query_row(
            &format!("SELECT version FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

fn step(store: &mut Store) -> UndoStep {
    store.take_last_write().expect("the write gives a step")
}

fn undo_refusal<T: std::fmt::Debug>(r: Result<T, StoreError>) -> UndoRefusal {
    match r {
        Err(StoreError::Refused(Refusal::Undo(r))) => r,
        other => panic!("expected an undo refusal, got {other:?}"),
    }
}

/// Every table undo may touch, without versions (which an undo moves on).
const STATE: [&str; 9] = [
    "SELECT id, unit_id, year, status, received_on, reviewer_region, statement_received,
            assessment FROM annual_reports ORDER BY id",
    "SELECT report_id, item_code, answer, comment FROM report_answers ORDER BY 1, 2",
    "SELECT id, report_id, text, owner_region, due_on, done, item_code FROM follow_ups ORDER BY id",
    "SELECT id, name, organisation, region_code, email, phone, os_user FROM contacts ORDER BY id",
    "SELECT contact_id, role, unit_id FROM contact_roles ORDER BY 1, 2, 3",
    "SELECT id, unit_id, contact_id, name, region_code, role, user_rep, chair
       FROM reference_group_members ORDER BY id",
    "SELECT * FROM case_links ORDER BY 1, 2, 3",
    "SELECT id, status, decision, irf_answer, title FROM cases ORDER BY id",
    "SELECT id, step, irf_rank, irf_decision, contact_id FROM applications ORDER BY id",
];

fn state(path: &Path) -> String {
    let mut all = STATE.to_vec();
    all.push(
        "SELECT id, unit_id, starts_on, ends_on, renewal_state, decision, decided_on
           FROM network_periods ORDER BY id",
    );
    all.push("SELECT id, irf_answer FROM phase_outs ORDER BY id");
    dump(path, &all)
}

#[test]
fn a_status_change_is_undone_as_a_new_write_and_redone_by_undoing_the_undo() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let id = report_in(&path, "under_vurdering");
    let v = version(&path, "annual_reports", id);
    let before = state(&path);
    let saved = store.finish_review(id, v).unwrap();
    assert_ne!(saved.status, ReportStatus::InReview);
    let changed = state(&path);
    let s = step(&mut store);
    let undone = store.undo(s).unwrap();
    assert_eq!(state(&path), before);
    assert_eq!(undone.reverted, s);
    assert!(
        undone
            .records
            .contains(&irf::store::HistoryTarget::Report(id))
    );
    // A new write: its own audit row, naming the write it reverts; the version moves on.
    let (action, undoes): (String, i64) = raw(&path)
        .query_row(
            "SELECT action, undoes FROM audit_log ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((action.as_str(), undoes), ("undo", s.write));
    assert_eq!(version(&path, "annual_reports", id), v + 2);
    // The undo is not an undo step itself; its step comes back in `Undone` (redo).
    assert_eq!(store.take_last_write(), None);
    store.undo(undone.step).unwrap();
    assert_eq!(state(&path), changed);
    // Undone once, not twice.
    assert!(matches!(
        undo_refusal(store.undo(s)),
        UndoRefusal::AlreadyUndone { .. }
    ));
}

#[test]
fn a_bulk_action_is_one_step_and_its_undo_restores_every_report() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let ids: Vec<i64> = {
        let conn = raw(&path);
        let mut stmt = conn
            .prepare("SELECT id FROM annual_reports WHERE status = 'forventet' ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert!(ids.len() >= 10, "{ids:?}");
    let before = state(&path);
    let versions = store.report_versions(&ids).unwrap();
    let on = today() - chrono::Days::new(3);
    let outcome = store
        .bulk_reports(&versions, BulkChange::Received(on), today())
        .unwrap();
    assert_eq!(outcome.applied, ids.len());
    let received: i64 = raw(&path)
        .query_row(
            "SELECT count(*) FROM annual_reports WHERE received_on = ?1",
            [on],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(received as usize, ids.len());
    let s = step(&mut store);
    let undone = store.undo(s).unwrap();
    assert_eq!(undone.records.len(), ids.len());
    assert_eq!(state(&path), before, "every report is as it was");

    // A bulk status change on the received reports, undone likewise.
    let ids: Vec<i64> = ids.into_iter().take(4).collect();
    let versions = store.report_versions(&ids).unwrap();
    store
        .bulk_reports(&versions, BulkChange::Received(on), today())
        .unwrap();
    let _ = step(&mut store);
    let after_received = state(&path);
    let versions = store.report_versions(&ids).unwrap();
    let outcome = store
        .bulk_reports(
            &versions,
            BulkChange::Status(ReportStatus::Expected),
            today(),
        )
        .unwrap();
    assert_eq!(outcome.applied, 4);
    let s = step(&mut store);
    store.undo(s).unwrap();
    assert_eq!(state(&path), after_received);
}

#[test]
fn a_checklist_answer_is_undone_and_the_report_moves_back() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let id = report_in(&path, "mottatt");
    let before = state(&path);
    let v = version(&path, "annual_reports", id);
    let saved = store
        .save_answer(id, v, "K01", 0, Some(Answer::Ja), "dekkende")
        .unwrap();
    assert_eq!(saved.status, ReportStatus::InReview);
    let first = step(&mut store);
    let after_first = state(&path);
    store
        .save_answer(
            id,
            saved.report_version,
            "K01",
            saved.version,
            Some(Answer::Nei),
            "",
        )
        .unwrap();
    let second = step(&mut store);
    store.undo(second).unwrap();
    assert_eq!(state(&path), after_first, "the answer is Ja again");
    store.undo(first).unwrap();
    assert_eq!(
        state(&path),
        before,
        "no answer, and the report is mottatt again"
    );
}

#[test]
fn follow_ups_added_edited_ticked_and_deleted_come_back_as_they_were() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let id = report_in(&path, "under_vurdering");
    let v = version(&path, "annual_reports", id);
    let before = state(&path);
    let item = follow_up("Avklar ansvar mot HF", "HV", "15.03.2027", Some("K04")).unwrap();
    let (fid, saved) = store.add_follow_up(id, v, &item).unwrap();
    let add = step(&mut store);
    let added = state(&path);
    let edited = follow_up("Avklar ansvar", "HN", "", None).unwrap();
    let saved = store
        .edit_follow_up(fid, saved.version, saved.report_version, &edited)
        .unwrap();
    let edit = step(&mut store);
    store.undo(edit).unwrap();
    assert_eq!(state(&path), added, "the edit is undone");
    let fv = version(&path, "follow_ups", fid);
    let saved = store
        .set_follow_up_done(fid, fv, saved.report_version + 1, true)
        .unwrap();
    let done = state(&path);
    let _ = step(&mut store);
    store
        .delete_follow_up(fid, saved.version, saved.report_version)
        .unwrap();
    let delete = step(&mut store);
    store.undo(delete).unwrap();
    assert_eq!(state(&path), done, "back with its id, text and done mark");
    assert!(
        raw(&path)
            .query_row(
                "SELECT 1 FROM follow_ups WHERE id = ?1 AND done = 1",
                [fid],
                |_| Ok(())
            )
            .is_ok()
    );
    // Undoing the add while it has been changed since is refused: its tick is newer.
    assert!(matches!(store.undo(add), Err(StoreError::Conflict { .. })));
    assert_eq!(state(&path), done);
    let _ = before;
}

#[test]
fn a_contact_edit_and_a_contact_deletion_with_its_ties_are_undone() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let contact: i64 = raw(&path)
        .query_row(
            "SELECT contact_id FROM applications WHERE contact_id IS NOT NULL ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // Ties of every kind: a role (the demo's), a reference-group seat, a case link.
    let unit: i64 = raw(&path)
        .query_row("SELECT id FROM units ORDER BY id LIMIT 1", [], |r| r.get(0))
        .unwrap();
    raw(&path)
        .execute(
            "INSERT INTO contact_roles (contact_id, role, unit_id) VALUES (?1, 'enhetsleder', ?2)",
            (contact, unit),
        )
        .unwrap();
    raw(&path)
        .execute(
            "INSERT INTO reference_group_members (unit_id, contact_id, name, region_code, role, chair)
             VALUES (?1, ?2, 'Seat', 'HN', 'lege', 1)",
            (unit, contact),
        )
        .unwrap();
    let case_version = store.case(4).unwrap().version;
    store
        .link_case(4, case_version, "contact", contact)
        .unwrap();
    // And the national coordinator of an ERN membership.
    raw(&path)
        .execute(
            "INSERT INTO ern_memberships (ern, unit_id, status, coordinator_id)
             VALUES ('ERN-RND', ?1, 'sokt', ?2)",
            (unit, contact),
        )
        .unwrap();
    let coordinated = |path: &Path| -> Option<i64> {
        raw(path)
            .query_row(
                "SELECT coordinator_id FROM ern_memberships WHERE ern = 'ERN-RND' AND unit_id = ?1",
                [unit],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert!(
        store
            .contact_ties(contact)
            .unwrap()
            .iter()
            .any(|t| t.role == "ern_koordinator"),
        "the coordinator's tie is named before a deletion"
    );
    let (mut edit, v) = store.contact(contact).unwrap();
    let name = edit.name.clone();
    let before = state(&path);
    edit.email = "ny.adresse@demo.example".into();
    let v = store.update_contact(contact, v, &edit).unwrap();
    let s = step(&mut store);
    store.undo(s).unwrap();
    assert_eq!(state(&path), before, "the edit is undone");

    store.delete_contact(contact, v + 1).unwrap();
    assert_eq!(coordinated(&path), None);
    assert!(
        store
            .search(&name, 5)
            .unwrap()
            .iter()
            .all(|h| h.id != contact)
    );
    let s = step(&mut store);
    store.undo(s).unwrap();
    assert_eq!(state(&path), before, "the contact is back with every tie");
    assert_eq!(
        coordinated(&path),
        Some(contact),
        "coordinating the membership again"
    );
    assert!(
        store
            .search(&name, 5)
            .unwrap()
            .iter()
            .any(|h| h.id == contact),
        "and in search"
    );
    let (back, _) = store.contact(contact).unwrap();
    assert_eq!(back.name, name);
}

#[test]
fn a_deleted_contact_whose_id_went_to_someone_new_is_not_brought_back() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let max: i64 = raw(&path)
        .query_row("SELECT max(id) FROM contacts", [], |r| r.get(0))
        .unwrap();
    let (_, v) = store.contact(max).unwrap();
    store.delete_contact(max, v).unwrap();
    let s = step(&mut store);
    let new = store
        .insert_contact(&ContactEdit {
            name: "Ny Person".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(new, max, "SQLite hands the highest id out again");
    let before = state(&path);
    assert_eq!(undo_refusal(store.undo(s)), UndoRefusal::IdTaken);
    assert_eq!(state(&path), before);
}

#[test]
fn an_irf_decision_and_what_it_did_to_the_linked_records_are_undone() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    for (case, answer) in [
        (1, None),
        (2, Some(IrfAnswer::Supports)),
        (3, Some(IrfAnswer::Rejects)),
    ] {
        let before = state(&path);
        let periods = dump(&path, &["SELECT count(*) FROM network_periods"]);
        let c = store.case(case).unwrap();
        assert_eq!(c.status, CaseStatus::OnAgenda);
        store
            .record_decision(case, c.version, "IRF vedtok saken.", answer, today())
            .unwrap();
        assert_eq!(store.case(case).unwrap().status, CaseStatus::Decided);
        assert_ne!(state(&path), before);
        let s = step(&mut store);
        store.undo(s).unwrap();
        assert_eq!(state(&path), before, "case {case}");
        assert_eq!(
            dump(&path, &["SELECT count(*) FROM network_periods"]),
            periods
        );
        assert_eq!(store.case(case).unwrap().status, CaseStatus::OnAgenda);
    }
}

#[test]
fn undo_is_refused_after_another_users_change_and_nothing_changes() {
    let (_dir, path) = temp_db();
    let (mut ola, mut kari) = ola_and_kari(&path);
    let id = report_in(&path, "under_vurdering");
    let v = version(&path, "annual_reports", id);
    ola.finish_review(id, v).unwrap();
    let s = step(&mut ola);
    // Kari may not undo Ola's change.
    assert_eq!(
        undo_refusal(kari.undo(s)),
        UndoRefusal::NotYours { by: "ola".into() }
    );
    kari.save_assessment(id, v + 1, "Kari vurderte videre.")
        .unwrap();
    let before = state(&path);
    let rows = dump(&path, &["SELECT count(*) FROM audit_log"]);
    match ola.undo(s) {
        Err(StoreError::Conflict {
            by,
            at,
            id: conflict_id,
            ..
        }) => {
            assert_eq!(by, "kari");
            assert!(at.ends_with('Z'), "{at}");
            assert_eq!(conflict_id, id);
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(state(&path), before);
    assert_eq!(dump(&path, &["SELECT count(*) FROM audit_log"]), rows);
}

#[test]
fn writes_undo_does_not_cover_are_refused_with_a_sentence() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let case = store.case(4).unwrap();
    store.delete_case(4, case.version).unwrap();
    let s = step(&mut store);
    let before = state(&path);
    let why = undo_refusal(store.undo(s));
    assert_eq!(why, UndoRefusal::NotCovered);
    assert!(store.can_undo(s).is_err());
    assert_eq!(state(&path), before);
    let nb = refusal_text(Lang::Nb, &Refusal::Undo(why.clone()));
    let en = refusal_text(Lang::En, &Refusal::Undo(why));
    assert!(nb.contains("kan ikke angres"), "{nb}");
    assert!(en.contains("can't be undone"), "{en}");
    // An unknown step.
    assert_eq!(
        undo_refusal(store.undo(UndoStep { write: 999_999 })),
        UndoRefusal::Nothing
    );
}

#[test]
fn housekeeping_and_writes_that_changed_nothing_give_no_step() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let _ = store.take_last_write();
    store.save_draft("case", 4, "background", "tekst").unwrap();
    assert_eq!(store.take_last_write(), None);
    store.mark_closed(chrono::Utc::now()).unwrap();
    assert_eq!(store.take_last_write(), None);
    let id = report_in(&path, "vurdert");
    let v = version(&path, "annual_reports", id);
    // Finishing a finished review writes nothing.
    store.finish_review(id, v).unwrap();
    assert_eq!(store.take_last_write(), None);
    let region = irf::domain::Region::from_code("HV").unwrap();
    store.set_user_region(region).unwrap();
    assert_eq!(store.take_last_write(), None);
}
