//! The shared desk: two people on one file. What one commits shows in the other's
//! program at its next look (the event loop looks once a second), on the same record,
//! with a sentence saying what came in; an open form is never disturbed but says that
//! its record changed; a selected record that is deleted leaves the cursor on its
//! neighbour; the program's own writes cause no second re-read; a file upgraded by a
//! newer irf is written to no more.

mod support;

use irf::app::{Action, App, Mode, Pane};
use irf::domain::ReportStatus;
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{BulkChange, OpenMode, Row, Store};
use support::app::{demo_app, press, type_text};
use support::db::today;

/// A second person ("kari") on the same file as `app`.
fn kari(app: &App) -> Store {
    let mut store = Store::open(app.store.path(), OpenMode::ReadWrite).unwrap();
    store.set_user("kari");
    store
}

fn report_row(app: &App, status: ReportStatus) -> Option<(i64, usize)> {
    let list = app.state.list();
    list.window.iter().enumerate().find_map(|(i, r)| match r {
        Row::Report(r) if r.status == status => Some((r.id, list.window_start + i)),
        _ => None,
    })
}

fn status_of(app: &App, id: i64) -> Option<ReportStatus> {
    app.state.list().window.iter().find_map(|r| match r {
        Row::Report(r) if r.id == id => Some(r.status),
        _ => None,
    })
}

#[test]
fn a_report_marked_received_elsewhere_shows_without_a_key() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneReports);
    app.set_page_rows(200);
    let (expected, _) = report_row(&app, ReportStatus::Expected).expect("an expected report");
    // Stand on another report, which must stay selected.
    let other = app
        .state
        .list()
        .window
        .iter()
        .find(|r| r.id() != expected)
        .map(Row::id)
        .unwrap();
    let index = app
        .state
        .list()
        .window
        .iter()
        .position(|r| r.id() == other)
        .unwrap();
    for _ in 0..index {
        press(&mut app, Context::List, Action::MoveDown);
    }
    assert_eq!(app.state.list().selected_row().map(Row::id), Some(other));
    assert!(!app.look_outside(), "nothing happened yet");

    let mut kari = kari(&app);
    let versions = kari.report_versions(&[expected]).unwrap();
    let outcome = kari
        .bulk_reports(&versions, BulkChange::Received(today()), today())
        .unwrap();
    assert_eq!(outcome.applied, 1);

    assert!(app.look_outside(), "the commit is noticed");
    assert_eq!(status_of(&app, expected), Some(ReportStatus::Received));
    assert_eq!(app.state.list().selected_row().map(Row::id), Some(other));
    let message = app.state.message.clone().expect("a sentence").text;
    assert_eq!(message, "kari merket 1 rapport mottatt.");
    // The header's counts per status follow the move, as a fresh count has them.
    let year = app.state.list().filter.year;
    let fresh = |app: &App| {
        let store = Store::open(app.store.path(), OpenMode::ReadOnly).unwrap();
        store.report_counts(year, None, None).unwrap()
    };
    assert_eq!(app.state.queue_counts, fresh(&app));
    let received = |app: &App| {
        app.state
            .queue_counts
            .iter()
            .find(|(s, _)| *s == ReportStatus::Received)
            .map(|(_, n)| *n)
    };
    let before = received(&app);
    let versions = kari.report_versions(&[expected]).unwrap();
    kari.bulk_reports(
        &versions,
        BulkChange::Status(ReportStatus::Expected),
        today(),
    )
    .unwrap();
    assert!(app.look_outside());
    assert_eq!(received(&app), before.map(|n| n - 1));
    assert_eq!(app.state.queue_counts, fresh(&app));
    assert!(!app.look_outside(), "seen once, not again");
}

#[test]
fn the_programs_own_writes_cause_no_second_reread() {
    let (_dir, mut app) = demo_app();
    assert!(!app.look_outside());
    let Some(Row::Due(_)) = app.state.list().selected_row() else {
        panic!("the timeline's list opens first");
    };
    press(&mut app, Context::Global, Action::PaneUnits);
    press(&mut app, Context::List, Action::Edit);
    assert_eq!(app.state.mode(), Mode::Edit);
    type_text(&mut app, " mer");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert!(!app.look_outside(), "our own save is not news");
}

#[test]
fn an_open_form_keeps_what_was_typed_and_says_its_record_changed() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneUnits);
    let Some(Row::Unit(unit)) = app.state.list().selected_row().cloned() else {
        panic!("a unit");
    };
    press(&mut app, Context::List, Action::Edit);
    type_text(&mut app, "Mitt utkast");
    let typed = app.state.edit().unwrap().text.clone();

    let mut kari = kari(&app);
    let (_, version) = kari.unit_notes(unit.id).unwrap();
    kari.update_unit_notes(unit.id, version, "Karis notat")
        .unwrap();

    assert!(app.look_outside());
    assert_eq!(app.state.mode(), Mode::Edit, "the box stays open");
    assert_eq!(
        app.state.edit().unwrap().text,
        typed,
        "nothing typed is touched"
    );
    let notice = app.state.notice.clone().expect("the box says it");
    assert!(notice.starts_with("Endret av kari kl. "), "{notice}");
    // Saving now meets the version rules, as before: a conflict, nothing overwritten.
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.store.unit_notes(unit.id).unwrap().0, "Karis notat");
    assert!(app.state.edit().unwrap().conflict.is_some());
    // Leaving the box takes the notice with it.
    press(&mut app, Context::Filter, Action::Back);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(app.state.notice, None);
}

#[test]
fn a_selected_contact_deleted_elsewhere_leaves_the_cursor_on_its_neighbour() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    press(&mut app, Context::List, Action::MoveDown);
    let index = app.state.list().selected;
    let Some(Row::Contact(gone)) = app.state.list().selected_row().cloned() else {
        panic!("a contact");
    };
    let total = app.state.list().total;
    let mut kari = kari(&app);
    let (_, version) = kari.contact(gone.id).unwrap();
    kari.delete_contact(gone.id, version).unwrap();

    assert!(app.look_outside());
    let list = app.state.list();
    assert_eq!(list.total, total - 1);
    assert_eq!(list.selected, index, "the neighbour took its place");
    assert_ne!(list.selected_row().map(Row::id), Some(gone.id));
    let message = app.state.message.clone().unwrap().text;
    assert!(
        message.starts_with("kari fjernet posten du sto på"),
        "{message}"
    );
}

#[test]
fn a_decision_recorded_elsewhere_appears_on_the_projector() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneCases);
    press(&mut app, Context::List, Action::MeetingMode);
    assert_eq!(app.state.mode(), Mode::Meeting, "{:?}", app.state.message);
    let shown = app.state.meeting().unwrap().agenda.items[0].clone();
    assert!(shown.sections[4].is_empty(), "not decided yet");

    let mut kari = kari(&app);
    let version = kari.case(shown.id).unwrap().version;
    kari.record_decision(
        shown.id,
        version,
        "IRF slutter seg til forslaget.",
        None,
        today(),
    )
    .unwrap();

    assert!(app.look_outside());
    let view = app.state.meeting().unwrap();
    assert_eq!(view.position, 0, "the same item");
    assert_eq!(view.agenda.items[0].id, shown.id);
    assert_eq!(
        view.agenda.items[0].sections[4],
        "IRF slutter seg til forslaget."
    );
}

#[test]
fn another_pane_is_read_again_when_shown() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    let total = app.state.list().total;
    press(&mut app, Context::Global, Action::PaneUnits);
    let mut kari = kari(&app);
    let Some(Row::Contact(c)) = app.state.lists[Pane::Contacts.index()]
        .window
        .first()
        .cloned()
    else {
        panic!("a contact");
    };
    let (_, version) = kari.contact(c.id).unwrap();
    kari.delete_contact(c.id, version).unwrap();
    assert!(app.look_outside());
    press(&mut app, Context::Global, Action::PaneContacts);
    assert_eq!(app.state.list().total, total - 1);
}

#[test]
fn a_file_upgraded_by_a_newer_irf_is_written_to_no_more() {
    let (_dir, mut app) = demo_app();
    let newer = irf::store::LATEST_VERSION + 1;
    {
        let conn = rusqlite::Connection::open(app.store.path()).unwrap();
        conn.pragma_update(None, "user_version", newer).unwrap();
    }
    assert!(app.look_outside());
    let message = app.state.message.clone().unwrap();
    assert!(message.is_error);
    assert!(
        message.text.contains("start irf på nytt"),
        "{}",
        message.text
    );
    let unit = match app.store.list_window(
        irf::store::ListKind::Units,
        &app.state.lists[Pane::Units.index()].filter,
        0,
        1,
    ) {
        Ok(rows) => rows[0].id(),
        Err(e) => panic!("{e}"),
    };
    let (notes, version) = app.store.unit_notes(unit).unwrap();
    let refused = app.store.update_unit_notes(unit, version, "ny tekst");
    assert!(matches!(
        refused,
        Err(irf::store::StoreError::NewerSchema { .. })
    ));
    assert_eq!(
        app.store.unit_notes(unit).unwrap().0,
        notes,
        "nothing written"
    );
}

#[test]
fn the_english_ui_says_it_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store
        .seed_demo(&irf::demo::plan_in(
            today(),
            irf::demo::SeasonPhase::Reviewing,
        ))
        .unwrap();
    let mut app = App::new(store, Keymap::defaults(), Lang::En, today(), true);
    press(&mut app, Context::Global, Action::PaneContacts);
    let mut kari = kari(&app);
    let Some(Row::Contact(c)) = app.state.list().window.last().cloned() else {
        panic!("a contact");
    };
    let (mut edit, version) = kari.contact(c.id).unwrap();
    edit.phone = "22 22 22 22".into();
    kari.update_contact(c.id, version, &edit).unwrap();
    assert!(app.look_outside());
    assert_eq!(
        app.state.message.clone().unwrap().text,
        "kari changed 1 contact."
    );
}
