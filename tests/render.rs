//! Rendered screens on ratatui's `TestBackend`: snapshots of every pane at 80×24 and
//! 160×48 (insta), no panic at any size from 1×1 up, selection visible without colour,
//! and stored text never reaching the terminal raw.

mod support;

use irf::app::{App, Mode};
use irf::i18n::Lang;
use irf::keymap::Keymap;
use irf::store::{ContactEdit, OpenMode, Store};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;
use support::app::today;
use support::app::{draw, screen};

fn demo_app(lang: Lang) -> (tempfile::TempDir, App) {
    support::app::screen_app(lang)
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn every_pane_at_80x24_and_160x48() {
    let (_dir, mut app) = demo_app(Lang::Nb);
    let panes = [
        "arshjul",
        "arsrapporter",
        "fornyelser",
        "kontakter",
        "saker",
        "tjenester",
    ];
    for (i, name) in panes.iter().enumerate() {
        app.on_key(key(char::from(b'1' + i as u8)));
        app.on_key(key('j'));
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&mut app, w, h));
        }
    }
}

#[test]
fn help_and_english_at_80x24() {
    let (_dir, mut app) = demo_app(Lang::En);
    app.on_key(key('6'));
    insta::assert_snapshot!("units_en_80x24", screen(&mut app, 80, 24));
    app.on_key(key('?'));
    assert_eq!(app.state.mode(), Mode::Help);
    insta::assert_snapshot!("help_en_80x24", screen(&mut app, 80, 24));
}

#[test]
fn no_panic_at_any_size_in_any_mode() {
    let (_dir, mut app) = demo_app(Lang::Nb);
    let modes: [&[KeyEvent]; 4] = [
        &[],
        &[KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)],
        &[key('?')],
        &[key(':')],
    ];
    for keys in modes {
        let (_d, mut app2) = demo_app(Lang::Nb);
        app2.on_key(key('5'));
        for k in keys {
            app2.on_key(*k);
        }
        for w in (1..=130).step_by(7).chain([1, 2, 49, 50, 99, 100]) {
            for h in (1..=50).step_by(5).chain([1, 13, 14]) {
                let text = screen(&mut app2, w, h);
                assert!(!text.is_empty());
            }
        }
    }
    let small = screen(&mut app, 30, 8);
    assert!(small.contains("for liten"), "{small}");
}

#[test]
fn the_selection_is_visible_without_colour() {
    let (_dir, mut app) = demo_app(Lang::Nb);
    app.on_key(key('6'));
    let terminal = draw(&mut app, 120, 30);
    let buffer = terminal.backend().buffer();
    // The first data row of the table (after tab bar, header line, border, column header).
    let cell = &buffer[(2, 4)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    assert_eq!(
        cell.fg,
        ratatui::style::Color::Reset,
        "no colour under NO_COLOR"
    );
    let unselected = &buffer[(2, 5)];
    assert!(!unselected.modifier.contains(Modifier::REVERSED));
}

#[test]
fn stored_escape_sequences_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.sqlite");
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store
        .insert_contact(&ContactEdit {
            name: "Evil\x1b[2J\x1b]0;owned\x07 Ødegård".into(),
            organisation: "Org\u{9b}31m".into(),
            ..Default::default()
        })
        .unwrap();
    let mut app = App::new(store, Keymap::load(None).0, Lang::Nb, today(), false);
    app.on_key(key('4'));
    let terminal = draw(&mut app, 120, 30);
    let mut all = String::new();
    for cell in terminal.backend().buffer().content() {
        all.push_str(cell.symbol());
    }
    assert!(all.contains("Ødegård"), "{all}");
    assert!(
        !all.chars().any(|c| c.is_control()),
        "a control character reached the buffer"
    );
    assert!(all.contains('\u{FFFD}'));
}
