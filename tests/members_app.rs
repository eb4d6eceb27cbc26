//! A reference group by keys in Tjenester: adding the missing region's member takes the
//! rule break away, a new chair takes the chair from the old one, taking a member out
//! breaks the rule again, and a member without a name is refused with nothing saved.

mod support;

use irf::app::{Action, App, Mode};
use irf::domain::Breach;
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::app::{demo_app, press, type_text};

fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// The breaches of the unit of the selected breach row.
fn breaches(app: &App, unit: i64) -> Vec<Breach> {
    app.store
        .reference_groups()
        .unwrap()
        .into_iter()
        .find(|g| g.unit_id == unit)
        .map(|g| g.breaches)
        .unwrap_or_default()
}

#[test]
fn the_missing_region_is_added_and_the_break_goes() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneUnits);
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Breaches);
    // The first group that misses a region.
    press(&mut app, Context::List, Action::First);
    let mut tries = 0;
    let (unit, missing) = loop {
        tries += 1;
        assert!(tries < 100, "no group misses a region");
        let Some(Row::Breach(g)) = app.state.list().selected_row().cloned() else {
            panic!("no group misses a region");
        };
        if let Some(Breach::MissingRegion(r)) = g
            .breaches
            .iter()
            .find(|b| matches!(b, Breach::MissingRegion(_)))
        {
            break (g.unit_id, *r);
        }
        press(&mut app, Context::List, Action::MoveDown);
    };
    // A nameless member is refused.
    press(&mut app, Context::List, Action::New);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode, Mode::Dialog);
    assert!(app.state.message.as_ref().unwrap().is_error);
    let count = app.store.group_members(unit).unwrap().len();
    type_text(&mut app, "Ingrid Øvrebø");
    key(&mut app, KeyCode::Tab);
    for _ in 0..4 {
        if app.state.dialog.as_ref().unwrap().fields[1].value == irf::domain::Code::code(missing) {
            break;
        }
        key(&mut app, KeyCode::Right);
    }
    // … and make her chair.
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode, Mode::List, "{:?}", app.state.message);
    let members = app.store.group_members(unit).unwrap();
    assert_eq!(members.len(), count + 1);
    assert!(!breaches(&app, unit).contains(&Breach::MissingRegion(missing)));
    let chairs: Vec<_> = members.iter().filter(|m| m.chair).collect();
    assert_eq!(chairs.len(), 1, "one chair");
    assert_eq!(chairs[0].name, "Ingrid Øvrebø");

    // Taken out again (from the units' list), the region is missing again.
    press(&mut app, Context::List, Action::PrevView);
    assert_eq!(app.state.list().kind, ListKind::Units);
    press(&mut app, Context::List, Action::First);
    for _ in 0..200 {
        if matches!(app.state.list().selected_row(), Some(Row::Unit(u)) if u.id == unit) {
            break;
        }
        press(&mut app, Context::List, Action::MoveDown);
    }
    press(&mut app, Context::List, Action::Delete);
    assert_eq!(app.state.mode, Mode::Dialog);
    for _ in 0..50 {
        if app.state.dialog.as_ref().unwrap().fields[0]
            .shown()
            .starts_with("Ingrid Øvrebø")
        {
            break;
        }
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.store.group_members(unit).unwrap().len(), count);
    assert!(breaches(&app, unit).contains(&Breach::MissingRegion(missing)));
}
