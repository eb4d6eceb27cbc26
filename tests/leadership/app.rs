//! The leadership periods driven by keys on the demo (made for 23 November 2026, when
//! Helse Midt-Norge leads in the demo's rotation): the palette reaching both dialogs,
//! a save writing its audit row, a refused save keeping the dialog and the data, the
//! list's change and history, and the leading region as the status line, a new case
//! and a new meeting get it.

use irf::app::{Action, App, Mode, Overlay, PaletteItem, Purpose};
use irf::domain::{Code, Region};
use irf::keymap::Context;
use irf::store::{HistoryTarget, ListKind};
use ratatui::crossterm::event::KeyCode;

use super::support::app::{demo_app, demo_on, key, message, press, screen, type_text};
use super::support::db::d;

/// Opens the palette, types `query` and runs its first action, which must be `want`.
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

/// Moves the dialog's focus to field `i` (from the first).
fn to_field(app: &mut App, i: usize) {
    for _ in 0..i {
        key(app, KeyCode::Tab);
    }
}

fn audit_rows(app: &App) -> usize {
    app.store
        .leadership_periods()
        .unwrap()
        .iter()
        .map(|p| {
            app.store
                .history(HistoryTarget::Leadership(p.id), None, 100)
                .unwrap()
                .entries
                .len()
        })
        .sum()
}

#[test]
fn the_palette_opens_a_new_period_and_saving_it_writes_an_audit_row() {
    let (_dir, mut app) = demo_app();
    let before = app.store.leadership_periods().unwrap();
    let last = before.last().unwrap().clone();
    let audits = audit_rows(&app);
    palette(&mut app, "ny ledelsesperiode", Action::NewLeadership);
    assert_eq!(app.state.mode(), Mode::Dialog);
    let dialog = app.state.dialog().unwrap().clone();
    assert_eq!(dialog.purpose, Purpose::NewLeadership);
    // Prefilled: the day after the last period ends, two years, the next region.
    assert_eq!(dialog.fields[0].value, "HV", "after {:?}", last.region);
    assert_eq!(dialog.fields[1].value, "01.01.2031");
    assert_eq!(dialog.fields[2].value, "31.12.2032");
    to_field(&mut app, 3);
    type_text(&mut app, "IRF 20.11.2030");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        message(&app),
        "Ledelsesperioden er lagt til: HV 01.01.2031–31.12.2032."
    );
    let after = app.store.leadership_periods().unwrap();
    assert_eq!(after.len(), before.len() + 1);
    let new = after.last().unwrap();
    assert_eq!(
        (new.region, new.decision.as_str()),
        (Region::Hv, "IRF 20.11.2030")
    );
    assert_eq!(audit_rows(&app), audits + 1);
    let page = app
        .store
        .history(HistoryTarget::Leadership(new.id), None, 10)
        .unwrap();
    assert_eq!(page.entries.len(), 1);
    assert_eq!(page.entries[0].action, "insert");
    // Undo takes the new period away again, and redo brings it back with its id.
    press(&mut app, Context::Global, Action::Undo);
    assert!(
        message(&app).starts_with("Angret") && message(&app).contains("HV 2031–2032"),
        "{}",
        message(&app)
    );
    assert_eq!(app.store.leadership_periods().unwrap(), before);
    press(&mut app, Context::Global, Action::Redo);
    let spans = |periods: Vec<irf::store::LeadershipPeriod>| -> Vec<_> {
        periods.into_iter().map(|p| (p.id, p.span())).collect()
    };
    assert_eq!(
        spans(app.store.leadership_periods().unwrap()),
        spans(after),
        "{}",
        message(&app)
    );
}

#[test]
fn a_refused_period_keeps_the_dialog_and_changes_nothing() {
    let (_dir, mut app) = demo_app();
    let before = app.store.leadership_periods().unwrap();
    press(&mut app, Context::List, Action::NewLeadership);
    assert_eq!(app.state.mode(), Mode::Dialog);
    // A month after the last period ends: a gap.
    to_field(&mut app, 1);
    type_text(&mut app, "01.02.2031");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    let m = app.state.message.clone().unwrap();
    assert!(m.is_error);
    assert!(
        m.text
            .starts_with("Da ville ingen region lede fra 01.01.2031 til 31.01.2031"),
        "{}",
        m.text
    );
    assert_eq!(app.state.dialog().unwrap().fields[1].value, "01.02.2031");
    // A date that does not exist names its field.
    to_field(&mut app, 1);
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "31.02.2031");
    key(&mut app, KeyCode::Enter);
    assert!(message(&app).contains("i feltet Til"), "{}", message(&app));
    assert_eq!(app.store.leadership_periods().unwrap(), before);
    // In English too.
    let (_dir, mut en) = demo_app();
    en.state.lang = irf::i18n::Lang::En;
    press(&mut en, Context::List, Action::NewLeadership);
    to_field(&mut en, 2);
    type_text(&mut en, "01.01.2030");
    key(&mut en, KeyCode::Enter);
    assert!(
        message(&en).starts_with("The period ends on 2030-01-01 but starts on 2031-01-01."),
        "{}",
        message(&en)
    );
}

#[test]
fn the_list_changes_a_period_and_shows_its_history() {
    let (_dir, mut app) = demo_app();
    palette(&mut app, "ledelsesperioder", Action::Leadership);
    let dialog = app.state.dialog().unwrap().clone();
    assert_eq!(dialog.purpose, Purpose::LeadershipList);
    // On the period covering today: Helse Midt-Norge's.
    let hmn = app.store.leadership_on(d(2026, 11, 23)).unwrap().unwrap();
    assert_eq!(hmn.region, Region::Hmn);
    assert_eq!(dialog.fields[0].value, hmn.id.to_string());
    assert_eq!(dialog.fields[1].value, "edit");
    key(&mut app, KeyCode::Enter);
    let dialog = app.state.dialog().unwrap().clone();
    assert!(matches!(dialog.purpose, Purpose::EditLeadership { id, .. } if id == hmn.id));
    to_field(&mut app, 4);
    type_text(&mut app, "Vedtatt i IRF");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        app.store.leadership_period(hmn.id).unwrap().note,
        "Vedtatt i IRF"
    );

    // The list again: its history, with the change in it.
    press(&mut app, Context::List, Action::Leadership);
    to_field(&mut app, 1);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    assert_eq!(app.state.dialog().unwrap().fields[1].value, "history");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::History);
    let Some(Overlay::History(view)) = &app.state.overlay else {
        panic!("a history");
    };
    assert!(view.title.contains("ledelsesperiode"), "{}", view.title);
    let text: Vec<&str> = view.lines.iter().map(|l| l.text.as_str()).collect();
    assert!(text.iter().any(|l| l.contains("Vedtatt i IRF")), "{text:?}");
    let drawn = screen(&mut app, 100, 30);
    assert!(
        drawn.contains("Historikk for ledelsesperiode: HMN 2025–2026"),
        "{drawn}"
    );
    assert!(drawn.contains("→ Vedtatt i"), "{drawn}");
}

#[test]
fn deleting_the_middle_period_is_refused_and_the_last_can_go() {
    let (_dir, mut app) = demo_app();
    let before = app.store.leadership_periods().unwrap();
    press(&mut app, Context::List, Action::Leadership);
    to_field(&mut app, 1);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    // HMN's period (today's) is in the middle: asked, then refused.
    let dialog = app.state.dialog().unwrap().clone();
    assert!(matches!(dialog.purpose, Purpose::DeleteLeadership { .. }));
    assert!(
        dialog.title.starts_with("Slette ledelsesperioden HMN"),
        "{}",
        dialog.title
    );
    key(&mut app, KeyCode::Enter);
    assert!(
        message(&app).starts_with("Da ville ingen region lede"),
        "{}",
        message(&app)
    );
    assert_eq!(app.store.leadership_periods().unwrap(), before);
    key(&mut app, KeyCode::Esc);
    // The last one (from the list, chosen with ←) goes.
    press(&mut app, Context::List, Action::Leadership);
    let options = match &app.state.dialog().unwrap().fields[0].kind {
        irf::app::FieldKind::Choice(o) => o.clone(),
        irf::app::FieldKind::Text => panic!("a choice"),
    };
    let at = options
        .iter()
        .position(|(id, _)| *id == app.state.dialog().unwrap().fields[0].value)
        .unwrap();
    for _ in at..options.len() - 1 {
        key(&mut app, KeyCode::Right);
    }
    to_field(&mut app, 1);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        app.store.leadership_periods().unwrap().len(),
        before.len() - 1
    );
}

#[test]
fn the_leading_region_of_the_day_is_the_default() {
    let (_dir, mut app) = demo_on(Action::PaneCases);
    // The status line: today's leader.
    assert_eq!(app.state.leading.as_deref(), Some("HMN"));
    // A new case: today's leader.
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.dialog().unwrap().fields[2].value, "HMN");
    key(&mut app, KeyCode::Esc);
    // A new meeting in January 2027 is chaired by Helse Nord, whose period it is in.
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Meetings);
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.dialog().unwrap().fields[4].value, "HMN");
    type_text(&mut app, "12.01.2027");
    to_field(&mut app, 2);
    type_text(&mut app, "Tromsø");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let chair = |app: &App, place: &str| {
        app.store
            .meetings()
            .unwrap()
            .into_iter()
            .find(|m| m.place == place)
            .unwrap()
            .chair
    };
    assert_eq!(chair(&app, "Tromsø"), Some(Region::Hn));
    // A chair the user chose is kept, whatever the day.
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "13.01.2027");
    to_field(&mut app, 2);
    type_text(&mut app, "Bergen");
    to_field(&mut app, 2);
    key(&mut app, KeyCode::Left);
    let chosen = app.state.dialog().unwrap().fields[4].value.clone();
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        chair(&app, "Bergen").map(|r| r.code().to_string()),
        Some(chosen.clone())
    );
    assert_eq!(chosen, "HV");
}

#[test]
fn the_timeline_shows_the_hand_over_in_its_year() {
    let (_dir, mut app) = demo_app();
    assert_eq!(app.state.pane, irf::app::Pane::Cycle);
    let drawn = screen(&mut app, 200, 50);
    assert!(!drawn.contains("Ny ledelse"), "2026 has none: {drawn}");
    press(&mut app, Context::List, Action::NextYear);
    let drawn = screen(&mut app, 200, 50);
    assert!(drawn.contains("│ 01 Ny ledelse…│"), "{drawn}");
    // A quarter at 80 columns has room for the whole label.
    let drawn = screen(&mut app, 80, 24);
    assert!(drawn.contains("01 Ny ledelse: HMN → HN"), "{drawn}");
}
