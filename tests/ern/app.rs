//! The ERN memberships driven by keys on the demo: the palette reaching the list, a
//! new membership of the unit selected in Tjenester saved with its audit row and a
//! "mente du" for a misspelt network, a refused save keeping the dialog and the data,
//! the list's change (and a stale version as a conflict) and the unit's detail
//! showing the memberships with their flags.

use irf::app::{Action, App, Mode, PaletteItem, Purpose};
use irf::keymap::Context;
use irf::store::Row;
use ratatui::crossterm::event::KeyCode;

use super::support::app::{demo_app, demo_on, key, message, press, screen, select_by, type_text};

fn palette(app: &mut App, query: &str, want: Action) {
    press(app, Context::Global, Action::Palette);
    type_text(app, query);
    assert_eq!(
        app.state.palette().unwrap().items.first(),
        Some(&PaletteItem::Action(want)),
        "{query}"
    );
    press(app, Context::Filter, Action::Open);
}

/// Selects the unit whose name ends with `ending` in Tjenester.
fn select_unit(app: &mut App, ending: &str) -> i64 {
    select_by(app, ending, 200, |row| match row {
        Row::Unit(u) if u.name.ends_with(ending) => Some(u.id),
        _ => None,
    })
}

#[test]
fn a_new_membership_of_the_selected_unit_is_saved_and_a_misspelt_network_gets_a_suggestion() {
    let (_dir, mut app) = demo_on(Action::PaneUnits);
    let unit = select_unit(&mut app, "døvblinde");
    assert!(app.store.unit_ern_memberships(unit).unwrap().is_empty());
    press(&mut app, Context::List, Action::NewErn);
    assert_eq!(app.state.mode(), Mode::Dialog);
    let dialog = app.state.dialog().unwrap().clone();
    assert_eq!(dialog.purpose, Purpose::NewErn { unit });
    assert_eq!(
        dialog.fields[3].value, "23.11.2026",
        "the status date offered"
    );
    type_text(&mut app, "ERN-EYYE");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        message(&app),
        "ERN-medlemskapet ERN-EYYE er lagt til. «ERN-EYYE» er ikke blant de 24 ERN-ene. Mente du «ERN EYE»?"
    );
    let erns = app.store.unit_ern_memberships(unit).unwrap();
    assert_eq!(erns.len(), 1);
    assert_eq!(
        app.store.audit_count("ern_membership", erns[0].id).unwrap(),
        1
    );
    // The detail shows it with its flags, marked as breaches are.
    press(&mut app, Context::List, Action::Open);
    let shown = screen(&mut app, 160, 48);
    assert!(shown.contains("ERN-medlemskap"), "{shown}");
    assert!(shown.contains("• ERN-EYYE"), "{shown}");
    assert!(shown.contains("! ingen nasjonal koordinator"), "{shown}");
}

#[test]
fn a_refused_save_keeps_the_dialog_and_the_data() {
    let (_dir, mut app) = demo_on(Action::PaneUnits);
    let unit = select_unit(&mut app, "døvblinde");
    press(&mut app, Context::List, Action::NewErn);
    type_text(&mut app, "ERN EYE");
    // The end (field 4) before the status date.
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "01.01.2020");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(
        message(&app).starts_with("Medlemskapet slutter 01.01.2020"),
        "{}",
        message(&app)
    );
    assert!(app.store.unit_ern_memberships(unit).unwrap().is_empty());
    // A date that cannot be read names its field.
    app.state.dialog_mut().unwrap().fields[4].value = "snart".into();
    key(&mut app, KeyCode::Enter);
    assert!(
        message(&app).contains("«snart» i feltet Til er ingen dato"),
        "{}",
        message(&app)
    );
    assert!(app.store.unit_ern_memberships(unit).unwrap().is_empty());
}

#[test]
fn new_membership_outside_tjenester_says_where_it_works() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::List, Action::NewErn);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(
        message(&app).starts_with("Velg tjenesten i Tjenester først"),
        "{}",
        message(&app)
    );
}

#[test]
fn the_palette_opens_the_list_and_a_change_is_saved_or_a_conflict() {
    let (_dir, mut app) = demo_app();
    palette(&mut app, "ERN-medlemskap: nettverk", Action::Ern);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert_eq!(app.state.dialog().unwrap().purpose, Purpose::ErnList);
    let first = app.store.ern_memberships().unwrap()[0].clone();
    key(&mut app, KeyCode::Enter);
    let dialog = app.state.dialog().unwrap().clone();
    assert_eq!(
        dialog.purpose,
        Purpose::EditErn {
            id: first.id,
            version: first.version,
            unit: first.unit_id
        }
    );
    // Someone else saves it first: Enter is a conflict, then saves over it knowingly.
    let mut other =
        irf::store::Store::open(app.store.path(), irf::store::OpenMode::ReadWrite).unwrap();
    other.set_user("kari");
    let theirs = irf::store::ErnEdit {
        ern: first.ern.clone(),
        unit_id: first.unit_id,
        hf_id: first.hf.as_ref().map(|h| h.0),
        status: first.status,
        starts_on: first.starts_on,
        ends_on: first.ends_on,
        coordinator_id: first.coordinator.as_ref().map(|c| c.0),
        note: "Kari var først".into(),
    };
    other
        .update_ern_membership(first.id, first.version, &theirs)
        .unwrap();
    for _ in 0..6 {
        key(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, "Bekreftet 2026");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.state.mode(),
        Mode::Dialog,
        "a conflict keeps the dialog"
    );
    assert!(message(&app).contains("kari"), "{}", message(&app));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{}", message(&app));
    let now = app.store.ern_membership(first.id).unwrap();
    assert_eq!(now.note, "Bekreftet 2026");
    assert_eq!(now.version, first.version + 2);
}
