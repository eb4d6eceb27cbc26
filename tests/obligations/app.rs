//! The obligations in the app: the palette opens a region's setting-aside (refusing
//! 4,5 % and a negative amount with a sentence, the dialog kept), the money view's
//! region line opens its own, a dialogue event without a date is refused, and the
//! report's start is edited in its dialog.

use irf::app::{Action, App, Mode, PaletteItem, Purpose};
use irf::domain::Region;
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::KeyCode;

use super::support::app::{demo_app, key, message, press, type_text};

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

fn clear(app: &mut App) {
    for _ in 0..30 {
        key(app, KeyCode::Backspace);
    }
}

#[test]
fn the_money_view_opens_the_regions_set_aside_and_refuses_bad_input() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneRenewals);
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Money);
    // The fourth line is Helse Nord, not recorded.
    for _ in 0..3 {
        press(&mut app, Context::List, Action::MoveDown);
    }
    assert!(matches!(
        app.state.list().selected_row(),
        Some(Row::Money(m)) if m.region == Some(Region::Hn) && m.line.set_aside_mnok.is_none()
    ));
    press(&mut app, Context::List, Action::SetAside);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert_eq!(
        app.state.dialog().unwrap().purpose,
        Purpose::SetAside {
            region: Region::Hn,
            year: 2026,
            version: 0
        }
    );
    assert!(
        message(&app).contains("2 % er 0,4 MNOK, 4 % er 0,7 MNOK"),
        "{}",
        message(&app)
    );
    type_text(&mut app, "4,5");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog, "refused, the dialog stays");
    assert!(
        message(&app).starts_with("4,50 % er utenfor 2–4 %"),
        "{}",
        message(&app)
    );
    clear(&mut app);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "-0,2");
    key(&mut app, KeyCode::Enter);
    assert!(
        message(&app).starts_with("Beløpet kan ikke være negativt."),
        "{}",
        message(&app)
    );
    assert_eq!(app.store.set_aside(2026, Region::Hn).unwrap(), None);
    clear(&mut app);
    type_text(&mut app, "0,7");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        message(&app),
        "Avsetningen for HN 2026 er registrert: 0,70 MNOK."
    );
    assert_eq!(
        app.store
            .money(2026)
            .unwrap()
            .region(Region::Hn)
            .set_aside_mnok,
        Some(0.7)
    );
}

#[test]
fn the_palette_adds_a_dialogue_event_and_refuses_one_without_a_date() {
    let (_dir, mut app) = demo_app();
    let before = app.store.dialogue_events(None).unwrap().len();
    palette(&mut app, "nytt dialogmøte", Action::NewDialogueEvent);
    assert_eq!(app.state.dialog().unwrap().purpose, Purpose::NewDialogue);
    clear(&mut app);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Dialogmøte om nettverk");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(
        message(&app).starts_with("Dialogmøtet trenger en dato."),
        "{}",
        message(&app)
    );
    assert_eq!(app.store.dialogue_events(None).unwrap().len(), before);
    // The cursor is on the date.
    type_text(&mut app, "02.12.2026");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        message(&app),
        "Dialogmøtet er lagt til: 02.12.2026 Dialogmøte om nettverk."
    );
    assert_eq!(app.store.dialogue_events(None).unwrap().len(), before + 1);
}

#[test]
fn the_report_dialog_moves_the_start_and_refuses_a_sent_day_before_it() {
    let (_dir, mut app) = demo_app();
    app.state.lang = irf::i18n::Lang::En;
    palette(&mut app, "status report", Action::Obligations);
    assert!(matches!(
        app.state.dialog().unwrap().purpose,
        Purpose::Obligations { .. }
    ));
    assert_eq!(app.state.dialog().unwrap().fields[0].value, "20.09.2022");
    for _ in 0..5 {
        key(&mut app, KeyCode::Tab);
    }
    clear(&mut app);
    type_text(&mut app, "01.01.2020");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(
        message(&app).starts_with("The report is marked sent on 2020-01-01"),
        "{}",
        message(&app)
    );
    assert_eq!(
        app.store.obligations().unwrap().report_sent_on,
        Some(super::d(2024, 9, 16))
    );
    clear(&mut app);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert!(
        message(&app).starts_with("Saved: the status report is due on 2024-09-20"),
        "{}",
        message(&app)
    );
    assert_eq!(app.store.obligations().unwrap().report_sent_on, None);
}
