//! Unit tests of the keymap's internals; the public behaviour is tested in
//! `tests/keymap.rs` too.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use strum::IntoEnumIterator;

use super::error::line_column;
use super::*;

fn key(name: &str) -> KeyCombo {
    KeyCombo::parse(name).unwrap()
}

#[test]
fn the_built_in_file_parses_with_no_error() {
    let (map, err) = Keymap::from_sources(DEFAULT_KEYMAP, None);
    assert_eq!(err, None);
    assert_eq!(map.lookup(Context::Global, &key("q")), Some(Action::Quit));
    assert_eq!(map.lookup(Context::List, &key("G")), Some(Action::Last));
    assert_eq!(
        map.lookup(Context::Filter, &key("enter")),
        Some(Action::Open)
    );
    assert!(
        map.tables.iter().all(|t| !t.is_empty()),
        "every context has bindings"
    );
}

#[test]
fn default_key_names_avoid_altgr_characters() {
    // Checks the names as written too, so a named key can't hide a forbidden char.
    let forbidden = "[]{}\\|@$~^´`";
    let root: toml::Table = DEFAULT_KEYMAP.parse().unwrap();
    let mut count = 0;
    for table in root.values() {
        for name in table.as_table().unwrap().keys() {
            assert!(
                !name.chars().any(|c| forbidden.contains(c)),
                "{name:?} needs AltGr"
            );
            count += 1;
        }
    }
    assert!(count > 40);
}

#[test]
fn every_action_is_bound_by_default() {
    let map = Keymap::defaults();
    let bound: Vec<Action> = map.tables.iter().flatten().map(|(_, a)| *a).collect();
    for action in Action::iter() {
        assert!(bound.contains(&action), "{action:?} has no default key");
    }
}

#[test]
fn a_broken_built_in_file_gives_an_empty_map() {
    let (map, err) = Keymap::from_sources("[list\n", None);
    assert_eq!(map, Keymap::default());
    assert!(err.is_some());
    let (map, err) = Keymap::from_sources("", None);
    assert_eq!((map, err), (Keymap::default(), None));
}

#[test]
fn merge_keeps_the_place_of_a_replaced_key_and_appends_new_ones() {
    let user = "[list]\n\"x\" = \"first\"\n\"g\" = \"last\"\n\"home\" = \"none\"\n";
    let (map, err) = Keymap::from_sources(DEFAULT_KEYMAP, Some((Path::new("k.toml"), user)));
    assert_eq!(err, None);
    let list = &map.tables[Context::List.index()];
    let pos = |k: &str| list.iter().position(|(c, _)| *c == key(k));
    assert_eq!(pos("g"), Some(4), "g keeps its place");
    assert_eq!(pos("x"), Some(list.len() - 1), "new keys go last");
    assert_eq!(pos("home"), None);
    assert_eq!(
        map.keys_for(Context::List, Action::Last),
        vec![key("g"), key("G"), key("end")]
    );
    assert_eq!(map.keys_for(Context::List, Action::First), vec![key("x")]);
}

#[test]
fn none_for_an_unbound_key_is_harmless() {
    let user = "[filter]\n\"f5\" = \"none\"\n";
    let (map, err) = Keymap::from_sources(DEFAULT_KEYMAP, Some((Path::new("k.toml"), user)));
    assert_eq!((map, err), (Keymap::defaults(), None));
}

#[test]
fn line_and_column_count_characters_from_one() {
    let text = "ab\nçd\n\nx";
    assert_eq!(line_column(text, 0), (1, 1));
    assert_eq!(line_column(text, 1), (1, 2));
    assert_eq!(line_column(text, 3), (2, 1));
    assert_eq!(line_column(text, 5), (2, 2), "ç is two bytes, one column");
    assert_eq!(line_column(text, 4), (2, 1), "inside a char: its start");
    assert_eq!(line_column(text, 8), (4, 1));
    assert_eq!(line_column(text, 999), (4, 2), "past the end: clamped");
}

#[test]
fn non_utf8_files_are_located_at_the_first_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keymap.toml");
    std::fs::write(&path, b"[list]\n\"j\" = \"op\xffen\"\n").unwrap();
    let (map, err) = Keymap::load(Some(&path));
    assert_eq!(map, Keymap::defaults());
    let err = err.unwrap();
    assert!(matches!(err.kind, KeymapErrorKind::Syntax(_)));
    assert_eq!((err.line, err.column), (2, 10));
}

#[test]
fn huge_files_are_refused_without_reading_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keymap.toml");
    let mut text = "[list]\n".to_string();
    text.push_str(&"# padding\n".repeat(120_000));
    std::fs::write(&path, text).unwrap();
    let (map, err) = Keymap::load(Some(&path));
    assert_eq!(map, Keymap::defaults());
    assert!(matches!(err.unwrap().kind, KeymapErrorKind::Syntax(m) if m.contains("larger")));
}

#[test]
fn key_order_follows_labels_and_agrees_with_equality() {
    let mut keys = vec![
        key("j"),
        key("G"),
        key("enter"),
        key("ctrl-k"),
        key("Ctrl-K"),
    ];
    keys.sort();
    keys.dedup();
    let labels: Vec<String> = keys.iter().map(KeyCombo::display).collect();
    assert_eq!(labels, ["Ctrl-K", "Enter", "G", "j"]);
    let odd = KeyCombo::from_event(&KeyEvent::new(KeyCode::Null, KeyModifiers::NONE));
    assert_ne!(odd.cmp(&key("j")), std::cmp::Ordering::Equal);
}

#[test]
fn labels_of_less_common_keys() {
    assert_eq!(key("alt-x").display(), "Alt-X");
    assert_eq!(key("ctrl-shift-up").display(), "Ctrl-Shift-↑");
    assert_eq!(key("?").display(), "?");
    assert_eq!(key("delete").display(), "Del");
    let odd = KeyCombo::from_event(&KeyEvent::new(KeyCode::Null, KeyModifiers::NONE));
    assert_eq!(odd.display(), "Null");
}

#[test]
fn shifted_non_letters_are_refused_with_advice() {
    let err = KeyCombo::parse("shift-1").unwrap_err();
    assert!(err.contains("shifted character"), "{err}");
    assert_eq!(key("shift-ø"), key("Ø"));
    assert_eq!(key("ctrl-Ø"), key("ctrl-ø"));
}

#[test]
fn error_messages_are_plain_sentences() {
    let path = Path::new("/tmp/km.toml");
    let e = KeymapError {
        path: path.to_path_buf(),
        line: 2,
        column: 1,
        kind: KeymapErrorKind::DuplicateKey {
            key: "Ctrl-K".into(),
            context: "list".into(),
        },
    };
    let text = e.to_string();
    assert!(
        text.starts_with("/tmp/km.toml line 2, column 1: "),
        "{text}"
    );
    assert!(
        text.contains("\"Ctrl-K\" is bound twice in [list]"),
        "{text}"
    );
    assert!(text.ends_with("; the defaults are used"), "{text}");
    let kinds = [
        KeymapErrorKind::Syntax("x".into()),
        KeymapErrorKind::UnknownContext("x".into()),
        KeymapErrorKind::UnknownAction("x".into()),
        KeymapErrorKind::UnknownKey("x".into()),
        KeymapErrorKind::NotAString,
    ];
    let mut texts: Vec<String> = kinds.iter().map(ToString::to_string).collect();
    texts.dedup();
    assert_eq!(texts.len(), kinds.len());
}

#[test]
fn context_names_round_trip() {
    for ctx in Context::ALL {
        assert_eq!(Context::from_name(ctx.name()), Some(ctx));
        assert_eq!(ctx.to_string(), ctx.name());
    }
    assert_eq!(Context::from_name("Global"), None);
}
