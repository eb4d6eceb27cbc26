//! A filter with many hits is read in steps (see `store::steps`): what it finds, in what
//! order, and how many, are the same as when it is read at once, between the steps
//! (the rows found so far, in order) and at the end, for windows inside and beyond the
//! first rows the steps keep. The app shows the rows found so far, says it is still
//! searching, and reads on while no key is waiting.

mod support;

use std::time::Instant;

use irf::domain::{QueueFilter, QueueSort, Region, ReportStatus};
use irf::keymap::Keymap;
use irf::store::{ListFilter, ListKind, OpenMode, Row, Store};
use ratatui::crossterm::event::KeyCode;
use support::db::{temp_db, today};

/// A generated database (1,000 units with a season each, 2,500 contacts, cases) and
/// two stores on it: one reading every filter at once, one reading filters with more
/// than 20 hits in steps of 50 hits, keeping the first 60 rows.
fn stores() -> (tempfile::TempDir, Store, Store) {
    let (dir, path) = temp_db();
    let mut once = Store::open(&path, OpenMode::ReadWrite).unwrap();
    once.generate_large(5, today()).unwrap();
    let stepped = Store::open(&path, OpenMode::ReadWrite).unwrap();
    stepped.read_in_steps(20, 50, 60);
    (dir, once, stepped)
}

fn filter(text: &str, queue: QueueFilter) -> ListFilter {
    ListFilter {
        text: text.to_string(),
        year: irf::domain::current_season(today()),
        today: today(),
        queue,
    }
}

fn ids(rows: &[Row]) -> Vec<i64> {
    rows.iter().map(Row::id).collect()
}

/// The lists and filters compared: short and long texts, the queue whole, narrowed and
/// sorted by a column of its own (the open follow-ups are ordered by column number).
fn cases() -> Vec<(ListKind, ListFilter)> {
    let narrowed = QueueFilter {
        region: Some(Region::Hso),
        status: Some(ReportStatus::Expected),
        sort: QueueSort::Status,
        descending: true,
        ..Default::default()
    };
    let by_follow_ups = QueueFilter {
        sort: QueueSort::FollowUps,
        ..Default::default()
    };
    let open = QueueFilter::default();
    vec![
        (ListKind::Contacts, filter("h", open.clone())),
        (ListKind::Contacts, filter("an", open.clone())),
        (ListKind::Contacts, filter("hansen", open.clone())),
        (ListKind::Contacts, filter("olsen k", open.clone())),
        (ListKind::Units, filter("tjeneste 0", open.clone())),
        (ListKind::Cases, filter("sak", open.clone())),
        (ListKind::Reports, filter("tjeneste 0", open.clone())),
        (ListKind::Reports, filter("t", open)),
        (ListKind::Reports, filter("for fag", narrowed)),
        (ListKind::Reports, filter("tjeneste", by_follow_ups)),
    ]
}

#[test]
fn a_filter_read_in_steps_finds_what_reading_at_once_finds_in_the_same_order() {
    let (_dir, once, stepped) = stores();
    let mut in_steps = 0;
    for (kind, f) in cases() {
        let want_total = once.list_count(kind, &f).unwrap();
        let want = once.list_window(kind, &f, 0, 100_000).unwrap();
        assert_eq!(want.len(), want_total, "{kind:?} {:?}", f.text);
        let want_ids = ids(&want);
        // Step by step: the rows found so far only grow, and the first rows are always
        // in list order and among the rows to be found.
        let mut calls = 0;
        let mut last = 0;
        let counted = loop {
            let c = stepped.list_count_until(kind, &f, Instant::now()).unwrap();
            calls += 1;
            assert!(
                c.rows >= last,
                "{kind:?} {:?}: {} after {last}",
                f.text,
                c.rows
            );
            last = c.rows;
            let first = ids(&stepped.list_window(kind, &f, 0, 40).unwrap());
            let positions: Vec<usize> = first
                .iter()
                .map(|id| want_ids.iter().position(|w| w == id).expect("a row found"))
                .collect();
            assert!(
                positions.is_sorted(),
                "{kind:?} {:?}: {positions:?}",
                f.text
            );
            assert_eq!(first.len(), c.rows.min(40), "{kind:?} {:?}", f.text);
            if c.exact {
                break c;
            }
        };
        if calls > 2 {
            in_steps += 1;
        }
        assert_eq!(counted.rows, want_total, "{kind:?} {:?}", f.text);
        // Windows inside the first rows kept, across their end, and beyond it.
        for (offset, limit) in [(0, 40), (25, 30), (50, 60), (900, 50), (0, 100_000)] {
            let got = stepped.list_window(kind, &f, offset, limit).unwrap();
            let want: Vec<i64> = want_ids.iter().skip(offset).take(limit).copied().collect();
            assert_eq!(ids(&got), want, "{kind:?} {:?} at {offset}", f.text);
        }
        assert_eq!(stepped.list_ids(kind, &f).unwrap(), want_ids);
    }
    assert!(
        in_steps >= 6,
        "most filters were read in several steps: {in_steps}"
    );
}

#[test]
fn counting_at_once_on_a_store_that_reads_in_steps_reads_them_all() {
    let (_dir, once, stepped) = stores();
    for (kind, f) in cases() {
        // Counted to the end in one call (as the shell does), then a window.
        stepped.forget_hits();
        assert_eq!(
            stepped.list_count(kind, &f).unwrap(),
            once.list_count(kind, &f).unwrap(),
            "{kind:?} {:?}",
            f.text
        );
        let want = ids(&once.list_window(kind, &f, 0, 30).unwrap());
        assert_eq!(ids(&stepped.list_window(kind, &f, 0, 30).unwrap()), want);
        // A window first, with nothing read yet: the filter is read at once.
        stepped.forget_hits();
        assert_eq!(ids(&stepped.list_window(kind, &f, 0, 30).unwrap()), want);
    }
}

#[test]
fn the_app_shows_what_it_found_so_far_and_reads_on_while_no_key_is_waiting() {
    let (_dir, once, stepped) = stores();
    // One hit a step: a key cannot read a thousand hits.
    stepped.read_in_steps(20, 1, 400);
    let mut app = irf::app::App::new(
        stepped,
        Keymap::defaults(),
        irf::i18n::Lang::Nb,
        today(),
        false,
    );
    support::app::key(&mut app, KeyCode::Char('4'));
    support::app::key(&mut app, KeyCode::Char('/'));
    support::app::type_text(&mut app, "a");
    let f = app.state.list().filter.clone();
    let want = once.list_count(ListKind::Contacts, &f).unwrap();
    assert!(want > 20, "{want}");
    assert!(app.state.list().counting, "still reading after the key");
    assert!(app.next_wake().is_some(), "the loop is asked to call back");
    let screen = support::app::screen(&mut app, 120, 30);
    assert!(
        screen.contains("så langt, søker videre"),
        "the header says the count is not final:\n{screen}"
    );
    let mut ticks = 0;
    while app.state.list().counting {
        assert!(
            app.tick(Instant::now()),
            "a tick that reads has something to draw"
        );
        ticks += 1;
        assert!(ticks < 10_000, "reading ends");
    }
    assert!(ticks > 1, "read over several ticks: {ticks}");
    assert_eq!(app.state.list().total, want);
    assert!(
        !app.tick(Instant::now()),
        "nothing more to read, nothing to draw"
    );
    assert!(app.next_wake().is_none(), "an idle app sleeps");
    let screen = support::app::screen(&mut app, 120, 30);
    assert!(screen.contains(&format!("1 av {want}")), "{screen}");
    // One more letter, then G: the last row, the rest read first.
    support::app::type_text(&mut app, "n");
    assert!(app.state.list().counting, "a new text is read anew");
    support::app::key(&mut app, KeyCode::Enter);
    support::app::key(&mut app, KeyCode::Char('G'));
    let f = app.state.list().filter.clone();
    assert_eq!(f.text, "an");
    let want = once.list_count(ListKind::Contacts, &f).unwrap();
    assert!(!app.state.list().counting, "G read to the end");
    assert_eq!(app.state.list().selected + 1, want);
    let last = once
        .list_window(ListKind::Contacts, &f, want - 1, 1)
        .unwrap();
    assert_eq!(
        app.state.list().selected_row().map(Row::id),
        last.first().map(Row::id)
    );
}

#[test]
fn a_colleagues_change_to_the_reports_makes_a_queue_read_in_steps_start_again() {
    let (_dir, mut colleague, stepped) = stores();
    let narrowed = QueueFilter {
        status: Some(ReportStatus::Expected),
        ..Default::default()
    };
    let f = filter("tjeneste 0", narrowed);
    let first = stepped
        .list_count_until(ListKind::Reports, &f, Instant::now())
        .unwrap();
    assert!(!first.exact, "a step read, more to come");
    assert!(stepped.outside_changes().unwrap().is_none(), "nothing yet");
    // Ten of the expected reports are received by a colleague.
    let expected: Vec<i64> = colleague
        .list_window(ListKind::Reports, &f, 0, 10)
        .unwrap()
        .iter()
        .map(Row::id)
        .collect();
    let versions = colleague.report_versions(&expected).unwrap();
    colleague
        .bulk_reports(
            &versions,
            irf::store::BulkChange::Received(today()),
            today(),
        )
        .unwrap();
    assert!(stepped.outside_changes().unwrap().is_some(), "seen");
    let want = colleague.list_count(ListKind::Reports, &f).unwrap();
    assert_eq!(stepped.list_count(ListKind::Reports, &f).unwrap(), want);
    let got = ids(&stepped.list_window(ListKind::Reports, &f, 0, 40).unwrap());
    assert!(
        got.iter().all(|id| !expected.contains(id)),
        "the received are gone"
    );
    assert_eq!(
        got,
        ids(&colleague.list_window(ListKind::Reports, &f, 0, 40).unwrap())
    );
}
