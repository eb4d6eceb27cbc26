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
    store
        .seed_demo(&irf::demo::plan_in(
            today(),
            irf::demo::SeasonPhase::Reviewing,
        ))
        .unwrap();
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
    store
        .seed_demo(&irf::demo::plan_in(
            today(),
            irf::demo::SeasonPhase::Reviewing,
        ))
        .unwrap();
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

/// Presses `code` without modifiers.
pub fn key(app: &mut App, code: KeyCode) {
    app.on_key(KeyEvent::new(code, KeyModifiers::NONE));
}

/// Moves from the first row down to the first row that `pick` gives an id for, and
/// returns that id; panics naming `what` when no row in the first `rows` has one.
pub fn select_by(
    app: &mut App,
    what: &str,
    rows: usize,
    pick: impl Fn(&irf::store::Row) -> Option<i64>,
) -> i64 {
    press(app, Context::List, Action::First);
    for _ in 0..rows {
        if let Some(id) = app.state.list().selected_row().and_then(&pick) {
            return id;
        }
        press(app, Context::List, Action::MoveDown);
    }
    panic!("no row {what:?}");
}

/// The message line's text (panics when there is none).
pub fn message(app: &App) -> &str {
    &app.state.message.as_ref().unwrap().text
}

/// The question the open confirmation asks (panics when none is open).
pub fn question(app: &App) -> &str {
    &app.state.confirm().unwrap().question
}

/// Selects the first Fornyelser row of `network` kind whose unit name contains `part`;
/// returns the unit's id.
pub fn select_renewal(app: &mut App, part: &str, network: bool) -> i64 {
    select_by(app, part, 200, |row| match row {
        irf::store::Row::Renewal(r) if r.unit.contains(part) && r.is_network == network => {
            Some(r.unit_id)
        }
        _ => None,
    })
}

/// Selects the Fornyelser (or Perioder) row of unit `unit`.
pub fn select_renewal_of(app: &mut App, unit: i64) {
    select_by(app, &format!("for unit {unit}"), 200, |row| match row {
        irf::store::Row::Renewal(r) if r.unit_id == unit => Some(unit),
        _ => None,
    });
}

/// A demo app (as [`demo_app`]) on the pane `pane` switches to.
pub fn demo_on(pane: Action) -> (tempfile::TempDir, App) {
    let (dir, mut app) = demo_app();
    press(&mut app, Context::Global, pane);
    (dir, app)
}
