//! The lists that read all the data (the season summary, the money, the renewals, the
//! reference groups' breaches) computed aside in a thread (see `store::background`):
//! the same rows as computed in place, never rows computed before a change, a key
//! that never waits for them, and a view just left shown again without computing.

mod support;

use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use irf::keymap::Keymap;
use irf::store::{Counted, ListFilter, ListKind, OpenMode, Row, Store};
use ratatui::crossterm::event::KeyCode;
use support::db::{temp_db, today};

const ASIDE: [ListKind; 4] = [
    ListKind::Summary,
    ListKind::Money,
    ListKind::Renewals,
    ListKind::Breaches,
];

/// A generated database and two stores on it: one computing in place, one computing
/// aside with its thread held (one job for each `()` sent).
fn stores() -> (tempfile::TempDir, Store, Store, Sender<()>) {
    let (dir, path) = temp_db();
    let mut here = Store::open(&path, OpenMode::ReadWrite).unwrap();
    here.generate_large(5, today()).unwrap();
    let aside = Store::open(&path, OpenMode::ReadWrite).unwrap();
    aside.compute_in_background();
    let release = aside.gate_background();
    (dir, here, aside, release)
}

fn filter() -> ListFilter {
    ListFilter {
        year: irf::domain::current_season(today()),
        today: today(),
        ..Default::default()
    }
}

const NOT_YET: Counted = Counted {
    rows: 0,
    exact: false,
};

/// Counts `kind` on `store` until the count is final (each call waits up to 50 ms).
fn count_until_done(store: &Store, kind: ListKind, f: &ListFilter) -> usize {
    for _ in 0..400 {
        let counted = store
            .list_count_until(kind, f, Instant::now() + Duration::from_millis(50))
            .unwrap();
        if counted.exact {
            return counted.rows;
        }
        assert_eq!(counted, NOT_YET, "{kind:?}: no rows before they come");
    }
    panic!("{kind:?} was not computed in 20 s");
}

fn all(store: &Store, kind: ListKind, f: &ListFilter) -> Vec<Row> {
    store.list_window(kind, f, 0, 100_000).unwrap()
}

#[test]
fn each_list_computed_aside_has_the_rows_computed_in_place() {
    let (_dir, here, aside, release) = stores();
    let f = filter();
    for kind in ASIDE {
        let waited = aside
            .list_count_until(kind, &f, Instant::now() + Duration::from_millis(5))
            .unwrap();
        assert_eq!(waited, NOT_YET, "{kind:?}: held, so not there yet");
        release.send(()).unwrap();
        let want = here.list_count(kind, &f).unwrap();
        assert_eq!(count_until_done(&aside, kind, &f), want, "{kind:?}");
        let (got, want) = (all(&aside, kind, &f), all(&here, kind, &f));
        assert!(
            got == want,
            "{kind:?}: {} rows against {}",
            got.len(),
            want.len()
        );
    }
    for kind in [ListKind::Summary, ListKind::Money, ListKind::Renewals] {
        assert!(
            !all(&here, kind, &f).is_empty(),
            "{kind:?} has rows to compare"
        );
    }
    // Kept: asked again, all four are there at once, with no job run (none released).
    for kind in ASIDE {
        let counted = aside.list_count_until(kind, &f, Instant::now()).unwrap();
        assert!(counted.exact, "{kind:?} is kept");
    }
}

#[test]
fn rows_computed_before_a_change_are_never_shown() {
    let (_dir, mut colleague, aside, release) = stores();
    let f = filter();
    let before = all(&colleague, ListKind::Summary, &f);
    assert_eq!(
        aside
            .list_count_until(ListKind::Summary, &f, Instant::now())
            .unwrap(),
        NOT_YET
    );
    // The thread computes the summary as it is now; then a colleague marks ten of the
    // season's reports reviewed, which the summary counts.
    release.send(()).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(aside.outside_changes().unwrap().is_none(), "nothing yet");
    review_ten(&mut colleague, &f);
    let after = all(&colleague, ListKind::Summary, &f);
    assert!(colleague.outside_changes().unwrap().is_none(), "its own");
    assert!(before != after, "the change shows in the summary");
    assert!(aside.outside_changes().unwrap().is_some(), "seen");
    release.send(()).unwrap();
    count_until_done(&aside, ListKind::Summary, &f);
    assert!(
        all(&aside, ListKind::Summary, &f) == after,
        "the summary after the change"
    );
    // The store's own write drops what it kept: the summary is computed again.
    drop(release);
    let mut aside = aside;
    review_ten(&mut aside, &f);
    assert!(colleague.outside_changes().unwrap().is_some());
    let again = all(&colleague, ListKind::Summary, &f);
    assert!(again != after, "the write shows in the summary");
    count_until_done(&aside, ListKind::Summary, &f);
    assert!(
        all(&aside, ListKind::Summary, &f) == again,
        "the summary after the write"
    );
}

/// Marks ten of the season's received reports reviewed, as one bulk write.
fn review_ten(store: &mut Store, f: &ListFilter) {
    let ids = received_reports(store, f);
    let versions = store.report_versions(&ids).unwrap();
    store
        .bulk_reports(
            &versions,
            irf::store::BulkChange::Status(irf::domain::ReportStatus::Reviewed),
            today(),
        )
        .unwrap();
}

/// Ten of the season's received reports, not yet reviewed.
fn received_reports(store: &Store, f: &ListFilter) -> Vec<i64> {
    let expected = ListFilter {
        queue: irf::domain::QueueFilter {
            status: Some(irf::domain::ReportStatus::Received),
            ..Default::default()
        },
        ..f.clone()
    };
    let ids: Vec<i64> = store
        .list_window(ListKind::Reports, &expected, 0, 10)
        .unwrap()
        .iter()
        .map(Row::id)
        .collect();
    assert_eq!(ids.len(), 10);
    ids
}

#[test]
fn the_key_that_opens_the_summary_does_not_wait_and_the_rows_come_while_no_key_waits() {
    let (_dir, here, aside, release) = stores();
    let f = filter();
    let want = here.list_count(ListKind::Summary, &f).unwrap();
    assert!(want > 0);
    let mut app = irf::app::App::new(
        aside,
        Keymap::defaults(),
        irf::i18n::Lang::Nb,
        today(),
        false,
    );
    support::app::key(&mut app, KeyCode::Char('2'));
    support::app::key(&mut app, KeyCode::Char('v'));
    assert_eq!(app.state.list().kind, ListKind::Summary);
    assert!(app.state.list().counting, "computing after the key");
    assert!(app.next_wake().is_some(), "the loop is asked to call back");
    let screen = support::app::screen(&mut app, 120, 30);
    assert!(screen.contains("Beregner …"), "it says so:\n{screen}");
    release.send(()).unwrap();
    let started = Instant::now();
    while app.state.list().counting {
        app.tick(Instant::now());
        assert!(started.elapsed() < Duration::from_secs(20), "the rows come");
    }
    assert_eq!(app.state.list().total, want);
    assert!(app.next_wake().is_none(), "an idle app sleeps");
    let screen = support::app::screen(&mut app, 120, 30);
    assert!(screen.contains(&format!("1 av {want}")), "{screen}");
    // The queue and back: the summary is kept, shown at once with no job run.
    support::app::key(&mut app, KeyCode::Char('v'));
    assert_eq!(app.state.list().kind, ListKind::Reports);
    support::app::key(&mut app, KeyCode::Char('v'));
    assert_eq!(app.state.list().kind, ListKind::Summary);
    assert!(!app.state.list().counting, "kept");
    assert_eq!(app.state.list().total, want);
}

#[test]
fn the_panes_counts_beside_a_thread_are_right_after_each_change_here_and_elsewhere() {
    let (_dir, mut colleague, aside, release) = stores();
    drop(release);
    let mut aside = aside;
    let f = filter();
    let kinds = [
        ListKind::Contacts,
        ListKind::Units,
        ListKind::Cases,
        ListKind::Reports,
    ];
    let year = f.year;
    let check = |aside: &Store, colleague: &Store| {
        for kind in kinds {
            assert_eq!(
                aside.list_count(kind, &f).unwrap(),
                colleague.list_count(kind, &f).unwrap(),
                "{kind:?}"
            );
        }
        assert_eq!(
            aside.report_counts(year, None, None).unwrap(),
            colleague.report_counts(year, None, None).unwrap()
        );
    };
    check(&aside, &colleague);
    assert!(colleague.outside_changes().unwrap().is_none());
    assert!(aside.outside_changes().unwrap().is_none());
    // Its own write: a new contact, ten reports reviewed.
    let contacts = aside.list_count(ListKind::Contacts, &f).unwrap();
    let reviewed = |s: &Store| s.report_counts(year, None, None).unwrap();
    let before = reviewed(&aside);
    let new_id = aside
        .insert_contact(&irf::store::ContactEdit {
            name: "Åse Ødegård".into(),
            ..Default::default()
        })
        .unwrap();
    review_ten(&mut aside, &f);
    assert!(colleague.outside_changes().unwrap().is_some());
    assert_eq!(
        aside.list_count(ListKind::Contacts, &f).unwrap(),
        contacts + 1
    );
    assert_ne!(reviewed(&aside), before, "the reviews are counted");
    check(&aside, &colleague);
    // A colleague's: the contact removed again.
    let (_, version) = colleague.contact(new_id).unwrap();
    colleague.delete_contact(new_id, version).unwrap();
    assert!(aside.outside_changes().unwrap().is_some());
    assert_eq!(aside.list_count(ListKind::Contacts, &f).unwrap(), contacts);
    check(&aside, &colleague);
}
