//! Editing from the keyboard: a unit's notes, saved with a version check, a concurrent
//! change shown instead of overwritten, and drafts that keep what was typed.

use irf::app::{Action, App, Mode};
use irf::keymap::Context;
use irf::store::{OpenMode, Row, Store};

mod support;
use support::app::{demo_app, demo_on, message, press, type_text};

/// Opens the edit box on the unit whose name contains `name`.
fn edit_unit(app: &mut App, name: &str) -> i64 {
    press(app, Context::Global, Action::PaneUnits);
    press(app, Context::List, Action::Filter);
    type_text(app, name);
    press(app, Context::Filter, Action::Open);
    let id = match app.state.list().selected_row() {
        Some(Row::Unit(u)) => u.id,
        other => panic!("expected a unit, got {other:?}"),
    };
    press(app, Context::List, Action::Edit);
    assert_eq!(app.state.mode(), Mode::Edit);
    id
}

#[test]
fn editing_notes_saves_with_an_audit_row() {
    let (dir, mut app) = demo_app();
    let id = edit_unit(&mut app, "sarkom");
    type_text(&mut app, "Ny plan for 2027.");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(app.store.unit_notes(id).unwrap().0, "Ny plan for 2027.");
    assert_eq!(app.store.audit_count("unit", id).unwrap(), 1);
    drop(dir);
}

#[test]
fn a_concurrent_change_is_shown_and_nothing_is_overwritten_silently() {
    let (dir, mut app) = demo_app();
    app.store.set_user("anne");
    let id = edit_unit(&mut app, "sarkom");
    type_text(&mut app, "Annes tekst");

    // Bjørn saves the same notes from another process meanwhile.
    let mut bjorn = Store::open(&dir.path().join("demo.sqlite"), OpenMode::ReadWrite).unwrap();
    bjorn.set_user("bjørn");
    let (_, version) = bjorn.unit_notes(id).unwrap();
    bjorn
        .update_unit_notes(id, version, "Bjørns tekst")
        .unwrap();

    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::Edit, "the box stays open");
    let conflict = app
        .state
        .edit()
        .unwrap()
        .conflict
        .clone()
        .expect("a conflict");
    assert_eq!(conflict.by, "bjørn");
    assert_eq!(conflict.theirs, "Bjørns tekst");
    assert_eq!(
        app.store.unit_notes(id).unwrap().0,
        "Bjørns tekst",
        "not overwritten"
    );
    assert_eq!(
        app.state.edit().unwrap().text,
        "Annes tekst",
        "nothing typed is lost"
    );

    // Keeping mine is a second, deliberate Enter.
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(app.store.unit_notes(id).unwrap().0, "Annes tekst");
    assert_eq!(app.store.audit_count("unit", id).unwrap(), 2);
}

#[test]
fn taking_theirs_replaces_the_typed_text() {
    let (dir, mut app) = demo_app();
    let id = edit_unit(&mut app, "sarkom");
    type_text(&mut app, "min");
    let mut other = Store::open(&dir.path().join("demo.sqlite"), OpenMode::ReadWrite).unwrap();
    let (_, v) = other.unit_notes(id).unwrap();
    other.update_unit_notes(id, v, "deres").unwrap();
    press(&mut app, Context::Filter, Action::Open);
    assert!(app.state.edit().unwrap().conflict.is_some());
    press(&mut app, Context::Filter, Action::Reload);
    assert_eq!(app.state.edit().unwrap().text, "deres");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.store.unit_notes(id).unwrap().0, "deres");
}

#[test]
fn closing_the_edit_box_keeps_the_text_as_a_draft() {
    let (_dir, mut app) = demo_app();
    let id = edit_unit(&mut app, "sarkom");
    type_text(&mut app, "halvferdig");
    press(&mut app, Context::Filter, Action::Back);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(app.store.unit_notes(id).unwrap().0, "", "nothing saved");
    assert_eq!(
        app.store
            .load_draft("unit", id, "notes")
            .unwrap()
            .as_deref(),
        Some("halvferdig")
    );
    press(&mut app, Context::List, Action::Edit);
    assert_eq!(
        app.state.edit().unwrap().text,
        "halvferdig",
        "the draft comes back"
    );
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(
        app.store.load_draft("unit", id, "notes").unwrap(),
        None,
        "saved drafts are removed"
    );
}

#[test]
fn edit_elsewhere_says_where_it_works() {
    let (_dir, mut app) = demo_on(Action::PaneReports);
    press(&mut app, Context::List, Action::Edit);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(message(&app).contains("Tjenester"));
}
