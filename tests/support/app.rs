//! A headless app on a fresh demo database, and keys taken from the keymap, for the
//! tests of the state machine (`tests/app.rs`, `tests/editing.rs`, `tests/contacts.rs`).

// Each test crate that declares `mod support;` uses only part of the shared helpers.
#![allow(dead_code)]

use irf::app::{Action, App};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{OpenMode, Store};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub use super::db::today;

pub fn demo_app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store.seed_demo(&irf::demo::plan(today())).unwrap();
    let mut app = App::new(store, Keymap::defaults(), Lang::Nb, today(), true);
    app.set_page_rows(10);
    (dir, app)
}

/// Presses the first key the keymap binds to `action` in `ctx` (or globally).
pub fn press(app: &mut App, ctx: Context, action: Action) {
    let keys = app.keymap.keys_for(ctx, action);
    let combo = keys
        .first()
        .unwrap_or_else(|| panic!("no key for {action:?} in {ctx:?}"));
    app.on_key(KeyEvent::new(combo.code(), combo.modifiers()));
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

/// A demo app as the snapshot tests draw it: fixed user and file name, no colour.
pub fn screen_app(lang: Lang) -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store.seed_demo(&irf::demo::plan(today())).unwrap();
    let (keymap, error) = Keymap::load(None);
    assert!(error.is_none());
    let mut app = App::new(store, keymap, lang, today(), true);
    app.state.user = "tester".into();
    app.state.db_label = "demo.sqlite".into();
    app.state.color = false;
    (dir, app)
}

/// Draws the whole screen at `w`×`h` on ratatui's test backend.
pub fn draw(app: &mut App, w: u16, h: u16) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    app.set_page_rows(irf::ui::list_rows(w, h));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| irf::ui::view(f, app)).unwrap();
    terminal
}

/// The screen as text, one quoted line a row (insta's format for the test backend).
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    format!("{}", draw(app, w, h).backend())
}
