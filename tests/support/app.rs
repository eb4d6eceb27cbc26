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
