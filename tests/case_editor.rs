//! Writing a case in the Saker pane, driven by keys: text typed is kept as a draft
//! once typing stops (and on every change of section and on Esc), comes back when the
//! case is opened again — also in a new process — and Ctrl-S saves it with a version
//! check whose conflict shows both texts and lets the user keep theirs or take the
//! other. Paste and the external editor's text land in the section.

mod support;

use std::time::Instant;

use irf::app::{AUTOSAVE, Action, App, Mode};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{OpenMode, Store};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::app::{key, press, today, type_text};

fn open(path: &std::path::Path) -> App {
    let store = Store::open(path, OpenMode::ReadWrite).unwrap();
    let mut app = App::new(store, Keymap::defaults(), Lang::Nb, today(), true);
    app.set_page_rows(10);
    app
}

fn demo(dir: &tempfile::TempDir) -> (std::path::PathBuf, App) {
    let path = dir.path().join("demo.sqlite");
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store
        .seed_demo(&irf::demo::plan_in(
            today(),
            irf::demo::SeasonPhase::Reviewing,
        ))
        .unwrap();
    drop(store);
    let app = open(&path);
    (path, app)
}

fn ctrl(app: &mut App, c: char) {
    app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

/// Opens the editor on the first case of the Saker pane; returns its id.
fn edit_first_case(app: &mut App) -> i64 {
    press(app, Context::Global, Action::PaneCases);
    press(app, Context::List, Action::First);
    let id = app.state.list().selected_row().expect("a case").id();
    press(app, Context::List, Action::Edit);
    assert_eq!(app.state.mode(), Mode::Editor);
    id
}

fn text(app: &App) -> String {
    let editor = app.state.editor().unwrap();
    editor.text(editor.section)
}

#[test]
fn typed_text_is_kept_after_a_pause_and_comes_back_in_a_new_process() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut app) = demo(&dir);
    let id = edit_first_case(&mut app);
    type_text(&mut app, "Midt i en setning om æøå");
    assert!(app.next_wake().is_some(), "a draft waits to be kept");
    // Not yet: the pause is shorter than the autosave delay.
    app.tick(Instant::now());
    let drafts = |path: &std::path::Path| -> i64 {
        support::db::raw(path)
            .query_row(
                "SELECT count(*) FROM drafts WHERE entity = 'case'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(drafts(&path), 0);
    app.tick(Instant::now() + AUTOSAVE);
    assert_eq!(drafts(&path), 1);
    assert!(app.next_wake().is_none());
    drop(app); // as if the process died: nothing else is written

    let mut again = open(&path);
    let notice = again
        .state
        .message
        .clone()
        .expect("the start says text was kept");
    assert!(notice.text.contains("Ulagret tekst"), "{}", notice.text);
    let reopened = edit_first_case(&mut again);
    assert_eq!(reopened, id);
    assert!(
        text(&again).contains("Midt i en setning om æøå"),
        "{}",
        text(&again)
    );
    // Saving makes the draft go.
    ctrl(&mut again, 's');
    assert_eq!(drafts(&path), 0);
    let stored = again.store.case(id).unwrap();
    assert!(stored.sections[0].contains("Midt i en setning om æøå"));
}

#[test]
fn esc_and_a_change_of_section_keep_the_text_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut app) = demo(&dir);
    let id = edit_first_case(&mut app);
    type_text(&mut app, "Bakgrunnstekst");
    ctrl(&mut app, 'n');
    assert_eq!(app.state.editor().unwrap().section, 1);
    type_text(&mut app, "Vurdering her");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.state.mode(), irf::app::Mode::List);
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let bg = store.load_draft("case", id, "background").unwrap().unwrap();
    let assessment = store.load_draft("case", id, "assessment").unwrap().unwrap();
    assert!(bg.contains("Bakgrunnstekst") && assessment.contains("Vurdering her"));
}

#[test]
fn a_conflict_shows_both_and_the_user_chooses() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut app) = demo(&dir);
    let id = edit_first_case(&mut app);
    type_text(&mut app, "Min tekst. ");
    // Someone else saves the same section meanwhile.
    let mut other = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let case = other.case(id).unwrap();
    other
        .save_section(
            id,
            case.version,
            irf::domain::Section::Background,
            "Deres tekst.",
        )
        .unwrap();
    ctrl(&mut app, 's');
    let conflict = app
        .state
        .editor()
        .unwrap()
        .conflict
        .clone()
        .expect("a conflict");
    assert_eq!(conflict.theirs, "Deres tekst.");
    assert!(text(&app).starts_with("Min tekst."), "what was typed stays");
    assert_eq!(
        other.case(id).unwrap().sections[0],
        "Deres tekst.",
        "nothing overwritten"
    );
    // Take theirs, then change it and save over the now-current version.
    ctrl(&mut app, 't');
    assert_eq!(text(&app), "Deres tekst.");
    type_text(&mut app, "Tillegg. ");
    ctrl(&mut app, 's');
    assert!(app.state.editor().unwrap().conflict.is_none());
    assert_eq!(other.case(id).unwrap().sections[0], "Tillegg. Deres tekst.");
}

#[test]
fn keeping_mine_after_a_conflict_saves_it_over_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut app) = demo(&dir);
    let id = edit_first_case(&mut app);
    type_text(&mut app, "Min versjon. ");
    let mut other = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let case = other.case(id).unwrap();
    other
        .save_section(id, case.version, irf::domain::Section::Background, "Deres.")
        .unwrap();
    ctrl(&mut app, 's');
    assert!(app.state.editor().unwrap().conflict.is_some());
    ctrl(&mut app, 's');
    assert!(other.case(id).unwrap().sections[0].starts_with("Min versjon."));
}

#[test]
fn paste_and_the_external_editor_put_text_in_the_section() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, mut app) = demo(&dir);
    edit_first_case(&mut app);
    let long = "linje\tmed tab\r\n".repeat(2000);
    assert!(app.on_paste(&long));
    assert!(text(&app).contains("linje    med tab\nlinje"));
    ctrl(&mut app, 'o');
    let request = app
        .state
        .external_edit
        .take()
        .expect("a request to the terminal");
    assert!(request.text.contains("linje    med tab"));
    app.external_done(Ok("Fra editoren\n".into()));
    assert_eq!(text(&app), "Fra editoren");
    app.external_done(Err("Editoren «x» finnes ikke".into()));
    assert_eq!(
        text(&app),
        "Fra editoren",
        "a failed editor leaves the text"
    );
    assert!(app.state.message.as_ref().unwrap().is_error);
}

#[test]
fn a_megabyte_of_long_lines_is_kept_and_over_the_limit_refused_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut app) = demo(&dir);
    let id = edit_first_case(&mut app);
    // 101 lines of 10,000 characters, control characters and an escape sequence in it.
    let line = format!("{}\u{1b}[2J\u{7}", "æ".repeat(10_000));
    let pasted = vec![line; 101].join("\n");
    app.on_paste(&pasted);
    assert!(!support::app::screen(&mut app, 80, 24).is_empty());
    ctrl(&mut app, 's');
    let msg = app.state.message.clone().unwrap();
    assert!(msg.is_error, "over the limit is refused: {}", msg.text);
    assert!(
        text(&app).len() > 1_000_000,
        "what was pasted stays in the editor"
    );
    key(&mut app, KeyCode::Esc);
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let draft = store.load_draft("case", id, "background").unwrap().unwrap();
    assert!(draft.chars().count() > 1_000_000, "and is kept as a draft");
}
