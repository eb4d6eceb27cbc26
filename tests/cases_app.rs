//! The Saker pane by keys: a new meeting (a date in the past refused), a new case, the
//! case put on the meeting's agenda (numbered), moved there, and IRF's decision
//! recorded.

mod support;

use chrono::Days;
use irf::app::{Action, App, Mode};
use irf::domain::{CaseStatus, Code};
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::KeyCode;
use support::app::{demo_app, demo_on, key, message, press, select_by, today, type_text};

fn select(app: &mut App, title: &str) -> i64 {
    select_by(app, title, 100, |row| {
        row.title().contains(title).then(|| row.id())
    })
}

#[test]
fn a_case_goes_on_a_new_meeting_and_is_decided() {
    let (_dir, mut app) = demo_on(Action::PaneCases);
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Meetings);
    let meetings = app.state.list().total;

    // A meeting in the past is refused and nothing is added.
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "01.01.2020");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(app.state.message.as_ref().unwrap().is_error);
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    let day = today().checked_add_days(Days::new(60)).unwrap();
    type_text(&mut app, &day.format("%d.%m.%Y").to_string());
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Bodø");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(app.state.list().total, meetings + 1);

    press(&mut app, Context::List, Action::PrevView);
    assert_eq!(app.state.list().kind, ListKind::Cases);
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Mandat for ny nasjonal tjeneste i Bodø");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let id = select(&mut app, "Mandat for ny nasjonal tjeneste i Bodø");

    // On the agenda of the new meeting: numbered, status satt_opp.
    press(&mut app, Context::List, Action::Anchor);
    assert_eq!(app.state.mode(), Mode::Dialog);
    let dialog = app.state.dialog().cloned().unwrap();
    let irf::app::FieldKind::Choice(options) = &dialog.fields[0].kind else {
        panic!("a choice of meetings");
    };
    let at = options
        .iter()
        .position(|(_, l)| l.contains("Bodø"))
        .expect("the new meeting");
    for _ in 0..at {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let case = app.store.case(id).unwrap();
    assert_eq!(
        case.status,
        CaseStatus::OnAgenda,
        "{:?}",
        case.status.code()
    );
    assert!(case.number.is_some());

    // IRF's decision: the proposal is offered as the decision text.
    select(&mut app, "Mandat for ny nasjonal tjeneste i Bodø");
    press(&mut app, Context::List, Action::Decide);
    type_text(&mut app, " Vedtatt som foreslått.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let case = app.store.case(id).unwrap();
    assert_eq!(case.status, CaseStatus::Decided);
    assert!(case.sections[4].ends_with("Vedtatt som foreslått."));
    let Some(Row::Case(_)) = app.state.list().selected_row() else {
        panic!("the list is still on cases");
    };
}

#[test]
fn the_selected_meeting_is_written_as_a_word_document_never_over_another() {
    let (_dir, mut app) = demo_app();
    let out = tempfile::tempdir().unwrap();
    app.state.export_dir = out.path().to_path_buf();
    press(&mut app, Context::Global, Action::PaneCases);
    press(&mut app, Context::List, Action::NextView);
    press(&mut app, Context::List, Action::First);
    press(&mut app, Context::List, Action::Export);
    press(&mut app, Context::List, Action::Export);
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    // "saksliste-DATE-2.docx" sorts before "saksliste-DATE.docx".
    assert!(
        names[1].starts_with("saksliste-") && names[1].ends_with(".docx"),
        "{names:?}"
    );
    assert_eq!(names[0], names[1].replace(".docx", "-2.docx"), "{names:?}");
    let bytes = std::fs::read(out.path().join(&names[1])).unwrap();
    assert_eq!(&bytes[..2], b"PK", "a zip (DOCX) file");
}

#[test]
fn a_case_is_numbered_on_request_and_keeps_its_number() {
    let (_dir, mut app) = demo_on(Action::PaneCases);
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Årsplan for arbeidsgruppen");
    key(&mut app, KeyCode::Enter);
    let id = select(&mut app, "Årsplan for arbeidsgruppen");
    assert!(app.store.case(id).unwrap().number.is_none());
    press(&mut app, Context::List, Action::AssignNumber);
    let number = app.store.case(id).unwrap().number.expect("numbered");
    assert!(message(&app).contains(&number.to_string()));
    press(&mut app, Context::List, Action::AssignNumber);
    assert_eq!(
        app.store.case(id).unwrap().number,
        Some(number),
        "kept, not renumbered"
    );
}

#[test]
fn a_case_is_linked_to_a_unit_typed_without_accents_and_unlinked() {
    let (_dir, mut app) = demo_on(Action::PaneCases);
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Mandat for sarkomnettverket");
    key(&mut app, KeyCode::Enter);
    let id = select(&mut app, "Mandat for sarkomnettverket");
    press(&mut app, Context::List, Action::Link);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "finnes ikke noe sted");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog, "an unknown name is refused");
    assert!(app.store.case(id).unwrap().links.is_empty());
    for _ in 0..30 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "sarkom");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let links = app.store.case(id).unwrap().links;
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].entity, "unit");
    assert!(irf::domain::fold(&links[0].title).contains("sarkom"));
    // The dialog offers the link for removal after the two kinds to add.
    press(&mut app, Context::List, Action::Link);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert!(app.store.case(id).unwrap().links.is_empty());
}
