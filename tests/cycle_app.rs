//! The Årshjul pane driven by keys from the keymap: its views, adding an application,
//! recording all three other regions' anchoring, the step guard and its override,
//! ranking by keys, IRF's decision, drafting the ranking case, editing the cycle and
//! copying it to the next year, and Enter on a due item going to its record.

mod support;

use irf::app::{Action, Mode, Pane};
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::KeyCode;
use support::app::{demo_app, key, message, press, type_text};

fn list(app: &mut irf::app::App) -> Vec<Row> {
    let l = app.state.list();
    app.store
        .list_window(l.kind, &l.filter, 0, 1000)
        .expect("list")
}

fn view(app: &mut irf::app::App, kind: ListKind) {
    for _ in 0..4 {
        if app.state.list().kind == kind {
            return;
        }
        press(app, Context::List, Action::NextView);
    }
    assert_eq!(app.state.list().kind, kind);
}

fn select_title(app: &mut irf::app::App, part: &str) {
    press(app, Context::List, Action::First);
    for _ in 0..50 {
        if app
            .state
            .list()
            .selected_row()
            .is_some_and(|r| r.title().contains(part))
        {
            return;
        }
        press(app, Context::List, Action::MoveDown);
    }
    panic!("no row with {part:?}");
}

/// Clears the focused text field.
fn clear(app: &mut irf::app::App) {
    for _ in 0..200 {
        key(app, KeyCode::Backspace);
    }
}

#[test]
fn the_pane_opens_on_the_timeline_with_what_is_due() {
    let (_dir, app) = demo_app();
    assert_eq!(app.state.pane, Pane::Cycle);
    assert_eq!(app.state.list().kind, ListKind::Due);
    assert!(app.state.list().total > 0);
    // The demo has an anchoring answer pending from HN.
    assert!(
        app.state.warnings.iter().any(|w| w.contains("HN")),
        "{:?}",
        app.state.warnings
    );
    assert!(!app.state.timeline.items.is_empty());
}

#[test]
fn a_new_application_is_anchored_guarded_and_ranked() {
    let (_dir, mut app) = demo_app();
    view(&mut app, ListKind::Applications);
    let before = app.state.list().total;
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.mode(), Mode::Dialog);
    type_text(&mut app, "Nasjonal tjeneste for sjeldne søvnsykdommer");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "helse bergen");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(app.state.list().total, before + 1);

    select_title(&mut app, "søvnsykdommer");
    // Straight to "ready for IRF" without answers: refused, the dialog stays.
    press(&mut app, Context::List, Action::Step);
    for _ in 0..3 {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(app.state.message.as_ref().unwrap().is_error);
    key(&mut app, KeyCode::Esc);

    // The three other regions answer (HV applied: HSØ, HMN, HN).
    for _ in 0..3 {
        press(&mut app, Context::List, Action::Anchor);
        assert_eq!(app.state.mode(), Mode::Dialog);
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    }
    let Some(Row::Application(row)) = app.state.list().selected_row().cloned() else {
        panic!("no application selected");
    };
    assert_eq!(row.answered, 3);

    // Now the step goes through: received → … pick "klar_for_irf".
    press(&mut app, Context::List, Action::Step);
    let mut guard = 0;
    while app.state.dialog().unwrap().fields[0].value != "klar_for_irf" && guard < 10 {
        key(&mut app, KeyCode::Right);
        guard += 1;
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);

    // In the ranking it comes after the ranked ones; K moves it up one place.
    view(&mut app, ListKind::Ranking);
    let place = |app: &mut irf::app::App| {
        list(app)
            .iter()
            .position(|r| r.title().contains("søvnsykdommer"))
            .expect("in the round")
    };
    let before = place(&mut app);
    assert!(before > 0);
    select_title(&mut app, "søvnsykdommer");
    press(&mut app, Context::List, Action::RankUp);
    assert_eq!(place(&mut app), before - 1);
    assert!(
        app.state
            .list()
            .selected_row()
            .is_some_and(|r| r.title().contains("søvnsykdommer")),
        "the selection follows the moved application"
    );
}

#[test]
fn overriding_the_guard_needs_a_written_reason_and_shows_it() {
    let (_dir, mut app) = demo_app();
    view(&mut app, ListKind::Applications);
    // The demo's application at the anchoring step still lacks HN's answer.
    select_title(&mut app, "hjertesvikt");
    press(&mut app, Context::List, Action::Step);
    assert_eq!(app.state.dialog().unwrap().fields[0].value, "klar_for_irf");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog, "refused without a reason");
    assert_eq!(app.state.dialog().unwrap().focus, 1, "focus on the reason");
    type_text(&mut app, "HN har svart muntlig i møtet 20.11.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let id = app.state.list().selected_row().unwrap().id();
    let stored = app.store.application(id).unwrap();
    assert_eq!(irf::domain::Code::code(stored.step), "klar_for_irf");
    assert_eq!(
        stored.override_reason.as_deref(),
        Some("HN har svart muntlig i møtet 20.11.")
    );
}

#[test]
fn irf_decision_and_the_draft_case_land_in_cases() {
    let (_dir, mut app) = demo_app();
    view(&mut app, ListKind::Ranking);
    assert!(app.state.list().total >= 1);
    press(&mut app, Context::List, Action::First);
    press(&mut app, Context::List, Action::Decide);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Høy prioritet");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let id = app.state.list().selected_row().unwrap().id();
    assert_eq!(app.store.application(id).unwrap().irf_note, "Høy prioritet");

    // The application without a place refuses the draft until it has one.
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Cycle);
    assert!(message(&app).contains("plass"));
    press(&mut app, Context::List, Action::Last);
    press(&mut app, Context::List, Action::RankDown);
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Cases, "{:?}", app.state.message);
    let Some(Row::Case(case)) = app.state.list().selected_row().cloned() else {
        panic!("the new case is selected");
    };
    assert!(
        case.title.starts_with("Prioritering av søknader"),
        "{}",
        case.title
    );
}

#[test]
fn a_rule_milestone_is_added_and_the_cycle_copied_to_next_year() {
    let (_dir, mut app) = demo_app();
    view(&mut app, ListKind::Milestones);
    let year = app.state.list().filter.year;
    let before = app.state.list().total;
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Saksdokumenter til IRF");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "5 arbeidsdager før IRF behandler årsrapportene");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(app.state.list().total, before + 1);
    select_title(&mut app, "Saksdokumenter");
    let Some(Row::Milestone(m)) = app.state.list().selected_row().cloned() else {
        panic!("milestone selected");
    };
    assert!(m.date.is_some(), "{m:?}");

    // A rule pointing at a milestone that does not exist is refused; nothing saved.
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Feil");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "3 arbeidsdager før Finnes ikke");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(app.state.message.as_ref().unwrap().is_error);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.state.list().total, before + 1);

    // A date that does not exist names its field and saves nothing.
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Dialogmøte");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "31.02.2026");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    let msg = app.state.message.clone().unwrap();
    assert!(msg.text.contains("31.02.2026"), "{}", msg.text);
    key(&mut app, KeyCode::Esc);

    press(&mut app, Context::List, Action::CopyYear);
    assert_eq!(
        app.state.list().filter.year,
        year + 1,
        "{:?}",
        app.state.message
    );
    assert_eq!(app.state.list().total, before + 1);
    let rows = list(&mut app);
    let copied = rows
        .iter()
        .find_map(|r| match r {
            Row::Milestone(m) if m.name == "Saksdokumenter til IRF" => Some(m.clone()),
            _ => None,
        })
        .expect("copied");
    assert_eq!(
        copied.date.map(|d| chrono::Datelike::year(&d)),
        Some(year + 1)
    );
}

#[test]
fn enter_on_a_due_anchoring_goes_to_the_application() {
    let (_dir, mut app) = demo_app();
    select_title(&mut app, "hjertesvikt");
    press(&mut app, Context::List, Action::Open);
    assert_eq!(app.state.list().kind, ListKind::Applications);
    assert!(
        app.state
            .list()
            .selected_row()
            .is_some_and(|r| r.title().contains("hjertesvikt"))
    );
}

#[test]
fn an_unsaved_dialog_is_kept_as_a_draft() {
    let (_dir, mut app) = demo_app();
    view(&mut app, ListKind::Applications);
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Halvskrevet søknad");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.state.mode(), Mode::List);
    press(&mut app, Context::List, Action::New);
    assert_eq!(
        app.state.dialog().unwrap().fields[0].value,
        "Halvskrevet søknad"
    );
    clear(&mut app);
}

#[test]
fn a_conflicting_save_names_the_other_and_a_second_enter_saves_over_it() {
    let (_dir, mut app) = demo_app();
    view(&mut app, ListKind::Applications);
    select_title(&mut app, "dystoni");
    press(&mut app, Context::List, Action::Edit);
    assert_eq!(app.state.mode(), Mode::Dialog);
    // Meanwhile the same application is saved from elsewhere.
    let id = app.state.list().selected_row().unwrap().id();
    let current = app.store.application(id).unwrap();
    let edit = irf::store::ApplicationEdit {
        title: current.title.clone(),
        hf: current.hf.clone().unwrap(),
        proposed_kind: current.proposed_kind.clone(),
        received_on: current.received_on,
        contact: String::new(),
    };
    app.store
        .update_application(id, current.version, &edit)
        .unwrap();
    type_text(&mut app, " (revidert)");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog, "the first save is refused");
    let msg = app.state.message.clone().unwrap();
    assert!(msg.is_error && msg.text.contains("Enter"), "{}", msg.text);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert!(
        app.store
            .application(id)
            .unwrap()
            .title
            .ends_with("(revidert)")
    );
}

#[test]
fn a_refused_application_puts_the_cursor_on_the_field_at_fault() {
    let (_dir, mut app) = demo_app();
    view(&mut app, ListKind::Applications);
    press(&mut app, Context::List, Action::New);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Helse Bergen HF");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert_eq!(app.state.dialog().unwrap().focus, 0, "the empty title");
    type_text(&mut app, "Ny tjeneste");
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.state.dialog().unwrap().focus,
        1,
        "the unknown health trust"
    );
}
