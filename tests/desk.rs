//! The shared desk in the TUI: Ctrl-Z undoes the user's own last change (a bulk action
//! as one step) and Ctrl-Y does it again; an undo after a colleague's change is refused
//! and nothing changes; `H` shows the selected record's history, a page at a time;
//! `S` lists what others changed since one last closed irf, and Enter goes there.

mod support;

use irf::app::{Action, App, Mode, Overlay, Pane};
use irf::domain::ReportStatus;
use irf::keymap::Context;
use irf::store::{BulkChange, OpenMode, Row, Store};
use support::app::{demo_app, message, press, screen, screen_app};
use support::db::today;

fn kari(app: &App) -> Store {
    let mut store = Store::open(app.store.path(), OpenMode::ReadWrite).unwrap();
    store.set_user("kari");
    store
}

fn received_on(app: &App, id: i64) -> Option<String> {
    support::db::raw(app.store.path())
        .query_row(
            "SELECT received_on FROM annual_reports WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

/// The queue, every row in the window, and the ids of the first `n` expected reports.
fn expected_reports(app: &mut App, n: usize) -> Vec<i64> {
    press(app, Context::Global, Action::PaneReports);
    app.set_page_rows(300);
    let ids: Vec<i64> = app
        .state
        .list()
        .window
        .iter()
        .filter_map(|r| match r {
            Row::Report(r) if r.status == ReportStatus::Expected => Some(r.id),
            _ => None,
        })
        .take(n)
        .collect();
    assert_eq!(ids.len(), n, "the demo has {n} expected reports");
    ids
}

fn select_id(app: &mut App, id: i64) {
    let list = app.state.list();
    let index = list.window.iter().position(|r| r.id() == id).unwrap() + list.window_start;
    support::app::select_by(app, "the report", index + 1, |r| {
        (r.id() == id).then_some(id)
    });
}

/// Marks `ids` and marks them received today through the dialog.
fn mark_received(app: &mut App, ids: &[i64]) {
    for id in ids {
        select_id(app, *id);
        press(app, Context::List, Action::ToggleMark);
    }
    press(app, Context::List, Action::MarkReceived);
    assert_eq!(app.state.mode(), Mode::Dialog);
    press(app, Context::Filter, Action::Open);
    for id in ids {
        assert!(received_on(app, *id).is_some(), "report {id} received");
    }
}

#[test]
fn a_bulk_received_is_one_undo_step_and_redo_does_it_again() {
    let (_dir, mut app) = demo_app();
    let ids = expected_reports(&mut app, 3);
    mark_received(&mut app, &ids);
    assert_eq!(
        app.state.undo.len(),
        1,
        "one step for the whole bulk action"
    );

    press(&mut app, Context::Global, Action::Undo);
    for id in &ids {
        assert_eq!(received_on(&app, *id), None, "report {id} set back");
    }
    assert!(
        message(&app).starts_with("Angret (Ctrl-Y gjør om igjen)"),
        "{}",
        message(&app)
    );
    assert!(message(&app).contains("3 poster"), "{}", message(&app));
    // The list on screen shows it at once.
    let shown = app.state.list().window.iter().find(|r| r.id() == ids[0]);
    assert!(matches!(shown, Some(Row::Report(r)) if r.received_on.is_none()));

    press(&mut app, Context::Global, Action::Redo);
    for id in &ids {
        assert!(
            received_on(&app, *id).is_some(),
            "report {id} received again"
        );
    }
    assert!(
        message(&app).starts_with("Gjort om igjen"),
        "{}",
        message(&app)
    );

    // What was redone can be undone again; then nothing is left.
    press(&mut app, Context::Global, Action::Undo);
    assert_eq!(received_on(&app, ids[0]), None);
    press(&mut app, Context::Global, Action::Undo);
    assert!(
        message(&app).starts_with("Ingenting å angre"),
        "{}",
        message(&app)
    );
}

#[test]
fn an_undo_after_a_colleagues_change_is_refused_with_who_and_nothing_changes() {
    let (_dir, mut app) = demo_app();
    let ids = expected_reports(&mut app, 1);
    mark_received(&mut app, &ids);
    let mut kari = kari(&app);
    let versions = kari.report_versions(&ids).unwrap();
    kari.bulk_reports(
        &versions,
        BulkChange::Status(ReportStatus::InReview),
        today(),
    )
    .unwrap();
    let before = received_on(&app, ids[0]);

    press(&mut app, Context::Global, Action::Undo);
    let msg = app.state.message.clone().unwrap();
    assert!(msg.is_error, "{}", msg.text);
    assert!(msg.text.contains("kari"), "{}", msg.text);
    assert_eq!(received_on(&app, ids[0]), before, "nothing changed");
    // The refused step is gone: the next Ctrl-Z has nothing older to take back.
    press(&mut app, Context::Global, Action::Undo);
    assert!(
        message(&app).starts_with("Ingenting å angre"),
        "{}",
        message(&app)
    );
}

#[test]
fn the_history_shows_who_changed_what_in_the_uis_words() {
    let (_dir, mut app) = screen_app(irf::i18n::Lang::Nb);
    let ids = expected_reports(&mut app, 1);
    mark_received(&mut app, &ids);
    select_id(&mut app, ids[0]);
    press(&mut app, Context::List, Action::History);
    assert_eq!(app.state.mode(), Mode::History);
    let Some(Overlay::History(view)) = &app.state.overlay else {
        panic!("no history");
    };
    let text: Vec<&str> = view.lines.iter().map(|l| l.text.as_str()).collect();
    let first = text[0];
    assert!(first.contains(app.store.user()), "{first}");
    let date = irf::i18n::Lang::Nb.date(today());
    assert!(
        text.iter()
            .any(|l| l.contains("Mottatt") && l.contains(&date)),
        "received date as dd.mm.åååå: {text:#?}"
    );
    assert!(
        !text.iter().any(|l| l.contains('{')),
        "never raw JSON: {text:#?}"
    );
    let shown = screen(&mut app, 80, 24);
    assert!(shown.contains("Historikk for årsrapport"), "{shown}");
    assert!(shown.contains(&date), "{shown}");
    // Esc gives the keyboard back to the list.
    press(&mut app, Context::Detail, Action::Back);
    assert_eq!(app.state.mode(), Mode::List);
}

#[test]
fn a_long_history_is_read_a_page_at_a_time_as_one_scrolls() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    let id = app.state.list().selected_row().unwrap().id();
    // 250 edits of one contact's phone, by someone else.
    let mut kari = kari(&app);
    for n in 0..250 {
        let (mut edit, version) = kari.contact(id).unwrap();
        edit.phone = format!("+47 900 00 {n:03}");
        kari.update_contact(id, version, &edit).unwrap();
    }
    app.look_outside();
    press(&mut app, Context::List, Action::History);
    let entries = |app: &App| match &app.state.overlay {
        Some(Overlay::History(v)) => (v.entries, v.before.is_some()),
        _ => panic!("no history"),
    };
    assert_eq!(entries(&app), (100, true), "the first page only");
    for _ in 0..2000 {
        press(&mut app, Context::Detail, Action::PageDown);
        if !entries(&app).1 {
            break;
        }
    }
    let (n, more) = entries(&app);
    assert!(!more && n == 250, "every entry read in the end: {n}");
}

#[test]
fn since_last_lists_others_changes_by_pane_and_enter_goes_to_the_record() {
    let (_dir, mut app) = demo_app();
    app.store
        .mark_closed(chrono::Utc::now() - chrono::Duration::minutes(5))
        .unwrap();
    let ids = expected_reports(&mut app, 1);
    let mut kari = kari(&app);
    let versions = kari.report_versions(&ids).unwrap();
    kari.bulk_reports(&versions, BulkChange::Received(today()), today())
        .unwrap();
    // Away from the report, in another pane.
    press(&mut app, Context::Global, Action::PaneUnits);
    press(&mut app, Context::List, Action::SinceLast);
    assert_eq!(app.state.mode(), Mode::SinceLast);
    let Some(Overlay::SinceLast(view)) = &app.state.overlay else {
        panic!("no view");
    };
    assert!(!view.first_time);
    assert_eq!(view.count, 1, "{:#?}", view.items);
    assert_eq!(view.items[0].user, "kari");
    let shown = screen(&mut app, 100, 30);
    assert!(shown.contains("Årsrapporter (1)"), "{shown}");
    assert!(shown.contains("kari registrerte"), "{shown}");

    press(&mut app, Context::Detail, Action::Open);
    assert_eq!(app.state.pane, Pane::Reports);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(app.state.list().selected_row().map(Row::id), Some(ids[0]));
}

#[test]
fn a_total_has_no_history_and_says_so() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneRenewals);
    press(&mut app, Context::List, Action::NextView);
    assert!(matches!(
        app.state.list().selected_row(),
        Some(Row::Money(_))
    ));
    press(&mut app, Context::List, Action::History);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(
        message(&app).contains("ingen historikk"),
        "{}",
        message(&app)
    );
}

#[test]
fn a_history_at_80x24() {
    let (_dir, mut app) = screen_app(irf::i18n::Lang::Nb);
    app.store.set_user("tester");
    let ids = expected_reports(&mut app, 1);
    mark_received(&mut app, &ids);
    // A fixed moment, shown in this machine's time zone: the snapshot holds "HH:MM".
    support::db::sql(
        app.store.path(),
        "UPDATE audit_log SET at = '2026-03-02T09:15:00Z' WHERE entity = 'annual_report';",
    );
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T09:15:00Z").unwrap();
    let local = at.with_timezone(&chrono::Local).format("%H:%M").to_string();
    select_id(&mut app, ids[0]);
    press(&mut app, Context::List, Action::History);
    let shown = screen(&mut app, 80, 24).replace(&local, "HH:MM");
    insta::assert_snapshot!("history_80x24", shown);
}
