//! Meeting mode on the projector: the demo's next meeting stepped through with the
//! arrows, nothing deleted or edited by the keys that would elsewhere, IRF's decision
//! recorded from it (back on the same item afterwards), and the screen at 80×24 and
//! 200×60 (insta).

mod support;

use irf::app::{Action, App, Mode};
use irf::domain::CaseStatus;
use irf::i18n::Lang;
use irf::keymap::Context;
use ratatui::crossterm::event::KeyCode;
use support::app::{key, press, screen, screen_app, type_text};

fn meeting_mode(lang: Lang) -> (tempfile::TempDir, App) {
    let (dir, mut app) = screen_app(lang);
    press(&mut app, Context::Global, Action::PaneCases);
    press(&mut app, Context::List, Action::MeetingMode);
    assert_eq!(app.state.mode(), Mode::Meeting, "{:?}", app.state.message);
    (dir, app)
}

#[test]
fn the_agenda_is_stepped_through_and_nothing_destructive_works() {
    let (_dir, mut app) = meeting_mode(Lang::Nb);
    let items = app.state.meeting().unwrap().agenda.items.len();
    assert!(items >= 2);
    key(&mut app, KeyCode::Right);
    assert_eq!(app.state.meeting().unwrap().position, 1);
    for _ in 0..10 {
        key(&mut app, KeyCode::Right);
    }
    assert_eq!(app.state.meeting().unwrap().position, items - 1);
    key(&mut app, KeyCode::Left);
    assert_eq!(app.state.meeting().unwrap().position, items - 2);
    let cases_before: Vec<_> = app
        .state
        .meeting()
        .unwrap()
        .agenda
        .items
        .iter()
        .map(|c| (c.id, c.status))
        .collect();
    for c in ['d', 'e', 'n', 'x', 'D', 'E', 's', 'a', 'K', 'J'] {
        key(&mut app, KeyCode::Char(c));
        assert_eq!(app.state.mode(), Mode::Meeting, "{c} left meeting mode");
    }
    key(&mut app, KeyCode::Delete);
    let agenda = app
        .store
        .agenda(app.state.meeting().unwrap().agenda.meeting)
        .unwrap();
    let after: Vec<_> = agenda.items.iter().map(|c| (c.id, c.status)).collect();
    assert_eq!(after, cases_before, "nothing changed");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(!app.state.quit);
}

#[test]
fn a_decision_is_recorded_from_meeting_mode() {
    let (_dir, mut app) = meeting_mode(Lang::Nb);
    key(&mut app, KeyCode::Right);
    let id = app.state.meeting().unwrap().agenda.items[1].id;
    key(&mut app, KeyCode::Char('b'));
    assert_eq!(app.state.mode(), Mode::Dialog);
    // The decision text is the last field; add to the proposal it starts from.
    let last = app.state.dialog().unwrap().fields.len() - 1;
    for _ in 0..last {
        key(&mut app, KeyCode::Tab);
    }
    type_text(&mut app, " Enstemmig.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Meeting, "{:?}", app.state.message);
    let view = app.state.meeting().unwrap();
    assert_eq!(view.position, 1, "back on the same item");
    assert_eq!(view.agenda.items[1].status, CaseStatus::Decided);
    let case = app.store.case(id).unwrap();
    assert!(
        case.sections[4].ends_with("Enstemmig."),
        "{}",
        case.sections[4]
    );
}

#[test]
fn the_decision_just_recorded_on_the_projector_can_be_undone_there() {
    let (_dir, mut app) = meeting_mode(Lang::Nb);
    key(&mut app, KeyCode::Right);
    let id = app.state.meeting().unwrap().agenda.items[1].id;
    let before = app.store.case(id).unwrap();
    key(&mut app, KeyCode::Char('b'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.store.case(id).unwrap().status, CaseStatus::Decided);
    press(&mut app, Context::Global, Action::Undo);
    assert_eq!(app.state.mode(), Mode::Meeting, "still on the projector");
    let after = app.store.case(id).unwrap();
    assert_eq!(after.status, before.status, "{:?}", app.state.message);
    assert_eq!(after.sections, before.sections);
    let view = app.state.meeting().unwrap();
    assert_eq!(
        view.agenda.items[1].status, before.status,
        "the projector shows it"
    );
    assert!(
        app.state
            .message
            .as_ref()
            .is_some_and(|m| m.text.starts_with("Angret"))
    );
}

#[test]
fn meeting_mode_at_80x24_and_200x60() {
    let (_dir, mut app) = meeting_mode(Lang::Nb);
    insta::assert_snapshot!("meeting_80x24", screen(&mut app, 80, 24));
    key(&mut app, KeyCode::Right);
    insta::assert_snapshot!("meeting_200x60", screen(&mut app, 200, 60));
    let (_dir, mut en) = meeting_mode(Lang::En);
    let text = screen(&mut en, 80, 24);
    assert!(
        text.contains("Proposed decision".to_uppercase().as_str()),
        "{text}"
    );
    for w in [1, 10, 30, 50, 79] {
        for h in [1, 3, 8, 14] {
            assert!(!screen(&mut app, w, h).is_empty());
        }
    }
}
