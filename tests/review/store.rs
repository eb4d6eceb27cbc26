//! The review in the store: the checklist valid for the unit's kind and the report's
//! year, answers and the assessment saved with audit rows and version checks (a stale
//! version is a conflict that changes nothing), follow-ups added, ticked off and
//! deleted with the report's status following, finishing and closing, and drafts.

use std::path::Path;

use irf::domain::{
    Answer, Code, FollowUpItem, Refusal, Region, ReportStatus, ReviewRefusal, follow_up,
};
use irf::store::{REVIEW_DRAFT, Store, StoreError};

use crate::support::db::{audit_actions, demo_store, dump, raw, temp_db};

/// The first report (by id) of a unit of `kind` in `status`, in the current season.
pub fn report_of(path: &Path, kind: &str, status: &str) -> i64 {
    raw(path)
        .query_row(
            "SELECT r.id FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE u.kind = ?1 AND r.status = ?2 ORDER BY r.year DESC, r.id LIMIT 1",
            (kind, status),
            |r| r.get(0),
        )
        .unwrap()
}

fn status(path: &Path, id: i64) -> String {
    raw(path)
        .query_row(
            "SELECT status FROM annual_reports WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

fn refusal<T: std::fmt::Debug>(r: Result<T, StoreError>) -> ReviewRefusal {
    match r {
        Err(StoreError::Refused(Refusal::Review(r))) => r,
        other => panic!("expected a review refusal, got {other:?}"),
    }
}

const TABLES: [&str; 4] = [
    "SELECT * FROM annual_reports ORDER BY id",
    "SELECT * FROM report_answers ORDER BY report_id, item_code",
    "SELECT * FROM follow_ups ORDER BY id",
    "SELECT count(*) FROM audit_log",
];

fn plan(text: &str) -> FollowUpItem {
    follow_up(text, "HV", "15.03.2027", Some("K09")).unwrap()
}

#[test]
fn the_checklist_is_the_kinds_latest_valid_for_the_year() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let id = report_of(&path, "kompetanse", "mottatt");
    let review = store.review(id).unwrap();
    let codes: Vec<&str> = review.items.iter().map(|i| i.code.as_str()).collect();
    let expected: Vec<String> = (1..=18).map(|n| format!("K{n:02}")).collect();
    assert_eq!(codes, expected);
    assert_eq!(
        review.items[8].text_nb,
        "Er det fastsatt resultatmål for tjenesten?"
    );
    assert_eq!(review.status, ReportStatus::Received);
    assert_eq!((review.answered(), review.open_follow_ups()), (0, 0));

    let net = store
        .review(report_of(&path, "nettverk", "mottatt"))
        .unwrap();
    let codes: Vec<&str> = net.items.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, ["N01", "N02", "N03", "N04"]);
    let treat = store
        .review(report_of(&path, "behandling", "mottatt"))
        .unwrap();
    assert_eq!(treat.items.len(), 4);
    assert_eq!(treat.items[0].code, "B01");

    // A list edited as data from the report's year on replaces the old one for that
    // year and later, not for the years before.
    let conn = raw(&path);
    conn.execute_batch(&format!(
        "INSERT INTO checklists (id, kind, valid_from, name) VALUES (90, 'kompetanse', {}, 'Ny');
         INSERT INTO checklist_items (checklist_id, code, text_nb, text_en, sort) VALUES
            (90, 'K02', 'Andre', 'Second', 2), (90, 'K01', 'Første', 'First', 1);",
        review.year
    ))
    .unwrap();
    let now = store.review(id).unwrap();
    let texts: Vec<&str> = now.items.iter().map(|i| i.text_nb.as_str()).collect();
    assert_eq!(texts, ["Første", "Andre"]);
    assert_eq!(now.checklist.as_deref(), Some("Ny"));
    let older = report_of(&path, "kompetanse", "lukket");
    let older_year: i32 = conn
        .query_row(
            "SELECT year FROM annual_reports WHERE id = ?1",
            [older],
            |r| r.get(0),
        )
        .unwrap();
    if older_year < review.year {
        assert_eq!(store.review(older).unwrap().items.len(), 18);
    }
}

#[test]
fn an_answer_is_saved_with_its_audit_row_and_moves_the_report_into_review() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let id = report_of(&path, "kompetanse", "mottatt");
    let review = store.review(id).unwrap();
    let saved = store
        .save_answer(id, review.version, "K03", 0, Some(Answer::Delvis), "Uklart")
        .unwrap();
    assert_eq!(saved.version, 1);
    assert_eq!(saved.status, ReportStatus::InReview);
    assert_eq!(saved.report_version, review.version + 1);
    assert_eq!(status(&path, id), "under_vurdering");
    let again = store.review(id).unwrap();
    assert_eq!(again.items[2].answer, Some(Answer::Delvis));
    assert_eq!(again.items[2].comment, "Uklart");
    assert_eq!(again.version, review.version + 1);
    assert_eq!(audit_actions(&path, "report_answer", id), ["insert"]);
    assert_eq!(audit_actions(&path, "annual_report", id), ["status"]);

    // The same answer again writes nothing; a change bumps the row's version.
    let before = dump(&path, &TABLES);
    store
        .save_answer(id, again.version, "K03", 1, Some(Answer::Delvis), "Uklart")
        .unwrap();
    assert_eq!(dump(&path, &TABLES), before);
    let next = store
        .save_answer(id, again.version, "K03", 1, Some(Answer::Ja), "Uklart")
        .unwrap();
    assert_eq!((next.version, next.report_version), (2, again.version));
    assert_eq!(
        audit_actions(&path, "report_answer", id),
        ["insert", "update"]
    );
}

#[test]
fn a_stale_answer_or_assessment_is_a_conflict_that_changes_nothing() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let id = report_of(&path, "kompetanse", "under_vurdering");
    let review = store.review(id).unwrap();
    store.set_user("kari");
    store
        .save_answer(id, review.version, "K18", 0, Some(Answer::Ja), "")
        .unwrap();
    let after_kari = store
        .save_assessment(id, review.version, "Kari skrev")
        .unwrap();
    store.set_user("ola");
    let before = dump(&path, &TABLES);
    // Ola read the review before Kari saved.
    match store.save_answer(id, review.version, "K18", 0, Some(Answer::Nei), "") {
        Err(StoreError::Conflict { by, .. }) => assert_eq!(by, "kari"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    match store.save_assessment(id, review.version, "Ola skrev") {
        Err(StoreError::Conflict { by, entity, .. }) => {
            assert_eq!((by.as_str(), entity), ("kari", "annual_report"))
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(dump(&path, &TABLES), before);
    let now = store.review(id).unwrap();
    assert_eq!(now.assessment, "Kari skrev");
    let k18 = now.items.iter().find(|i| i.code == "K18").unwrap();
    assert_eq!(k18.answer, Some(Answer::Ja));
    // Read again, Ola's save goes through.
    let saved = store
        .save_assessment(id, after_kari.report_version, "Ola skrev")
        .unwrap();
    assert_eq!(saved.version, after_kari.report_version + 1);
}

#[test]
fn refused_answers_leave_the_data_as_it_was() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let expected = report_of(&path, "kompetanse", "forventet");
    let closed = report_of(&path, "kompetanse", "lukket");
    let open = report_of(&path, "kompetanse", "mottatt");
    let before = dump(&path, &TABLES);
    let v = |s: &Store, id| s.review(id).unwrap().version;
    let (ve, vc, vo) = (v(&store, expected), v(&store, closed), v(&store, open));
    assert_eq!(
        refusal(store.save_answer(expected, ve, "K01", 0, Some(Answer::Ja), "")),
        ReviewRefusal::NotReceived
    );
    assert_eq!(
        refusal(store.save_answer(closed, vc, "K01", 0, Some(Answer::Ja), "")),
        ReviewRefusal::Closed
    );
    assert_eq!(
        refusal(store.save_assessment(closed, vc, "x")),
        ReviewRefusal::Closed
    );
    assert_eq!(
        refusal(store.save_answer(open, vo, "X99", 0, Some(Answer::Ja), "")),
        ReviewRefusal::UnknownItem { code: "X99".into() }
    );
    assert_eq!(
        refusal(store.add_follow_up(expected, ve, &plan("Be om plan"))),
        ReviewRefusal::NotReceived
    );
    assert_eq!(
        refusal(store.close_report(open, vo)),
        ReviewRefusal::NotFinished
    );
    assert_eq!(dump(&path, &TABLES), before);
}

#[test]
fn follow_ups_are_added_ticked_off_and_deleted_and_the_status_follows() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let id = report_of(&path, "kompetanse", "under_vurdering");
    let v0 = store.review(id).unwrap().version;
    let (f, saved) = store.add_follow_up(id, v0, &plan("Be om plan")).unwrap();
    assert_eq!((saved.version, saved.report_version), (1, v0));
    assert_eq!(saved.status, ReportStatus::InReview);
    let review = store.review(id).unwrap();
    let stored = &review.follow_ups[0];
    assert_eq!(stored.id, f);
    assert_eq!(stored.owner, Some(Region::Hv));
    assert_eq!(
        stored.due_on.map(|d| d.to_string()).as_deref(),
        Some("2027-03-15")
    );
    assert_eq!(stored.item_code.as_deref(), Some("K09"));
    assert!(!stored.done);

    // Finished with one open: oppfølging; closing is refused until it is done.
    let fin = store.finish_review(id, v0).unwrap();
    assert_eq!(fin.status, ReportStatus::FollowUpOpen);
    assert_eq!(status(&path, id), "oppfolging");
    assert_eq!(
        refusal(store.close_report(id, fin.version)),
        ReviewRefusal::FollowUpsOpen { open: 1 }
    );
    // Done: nothing open, so vurdert; then it can be closed.
    let done = store.set_follow_up_done(f, 1, fin.version, true).unwrap();
    assert_eq!(done.version, 2);
    assert_eq!(done.status, ReportStatus::Reviewed);
    assert_eq!(done.report_version, fin.version + 1);
    // A stale follow-up version is a conflict.
    assert!(matches!(
        store.set_follow_up_done(f, 1, done.report_version, false),
        Err(StoreError::Conflict { .. })
    ));
    // Editing it (read at 2) to the same values writes nothing.
    let audits = audit_actions(&path, "follow_up", f).len();
    store
        .edit_follow_up(f, 2, done.report_version, &plan("Be om plan"))
        .unwrap();
    assert_eq!(audit_actions(&path, "follow_up", f).len(), audits);
    let edited = store
        .edit_follow_up(f, 2, done.report_version, &plan("Be om ny plan"))
        .unwrap();
    assert_eq!(edited.version, 3);
    let closed = store.close_report(id, done.report_version).unwrap();
    assert_eq!(closed.status, ReportStatus::Closed);
    assert_eq!(
        refusal(store.delete_follow_up(f, 3, closed.report_version)),
        ReviewRefusal::Closed
    );
    assert_eq!(
        audit_actions(&path, "follow_up", f),
        ["insert", "done", "update"]
    );
    assert_eq!(
        audit_actions(&path, "annual_report", id),
        ["status", "status", "status"]
    );
}

#[test]
fn a_new_follow_up_on_a_finished_review_reopens_follow_up_and_deleting_it_ends_it() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let id = report_of(&path, "kompetanse", "vurdert");
    let v0 = store.review(id).unwrap().version;
    let (f, added) = store.add_follow_up(id, v0, &plan("Sjekk K09")).unwrap();
    assert_eq!(added.status, ReportStatus::FollowUpOpen);
    assert_eq!(added.report_version, v0 + 1);
    let gone = store.delete_follow_up(f, 1, added.report_version).unwrap();
    assert_eq!(gone.status, ReportStatus::Reviewed);
    assert_eq!(status(&path, id), ReportStatus::Reviewed.code());
    assert_eq!(audit_actions(&path, "follow_up", f), ["insert", "delete"]);
    assert!(store.review(id).unwrap().follow_ups.is_empty());
    // Finishing a finished review writes nothing; an assessment over a report read
    // before the follow-up changed it is a conflict.
    let before = dump(&path, &TABLES);
    let again = store.finish_review(id, gone.report_version).unwrap();
    assert_eq!(again.status, ReportStatus::Reviewed);
    assert_eq!(dump(&path, &TABLES), before);
    assert!(matches!(
        store.save_assessment(id, v0, "gammel"),
        Err(StoreError::Conflict { .. })
    ));
}

#[test]
fn drafts_of_a_review_are_the_users_own() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let id = report_of(&path, "kompetanse", "mottatt");
    store.set_user("kari");
    store
        .save_draft(REVIEW_DRAFT, id, "comment:K05", "Halvveis")
        .unwrap();
    store
        .save_draft(REVIEW_DRAFT, id, "assessment", "Utkast")
        .unwrap();
    assert_eq!(
        store.review_drafts(id).unwrap(),
        [
            ("assessment".to_string(), "Utkast".to_string()),
            ("comment:K05".to_string(), "Halvveis".to_string())
        ]
    );
    store.set_user("ola");
    assert!(store.review_drafts(id).unwrap().is_empty());
    // Keeping a draft is not a change of the review: its status stays.
    assert_eq!(status(&path, id), "mottatt");
}
