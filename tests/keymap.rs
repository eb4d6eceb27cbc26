//! The keymap through its public API: defaults, key names, merging a user's file over
//! the defaults, and every kind of bad file.

use std::path::Path;

use irf::app::Action;
use irf::keymap::{Context, KeyCombo, Keymap, KeymapError, KeymapErrorKind};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use strum::IntoEnumIterator;

const DEFAULT: &str = include_str!("../keymaps/default.toml");
const VIM: &str = include_str!("../keymaps/vim.toml");

fn key(name: &str) -> KeyCombo {
    match KeyCombo::parse(name) {
        Ok(k) => k,
        Err(e) => panic!("{name:?} should parse: {e}"),
    }
}

/// The keymap from a user file's text over the defaults.
fn with_user(text: &str) -> (Keymap, Option<KeymapError>) {
    Keymap::from_sources(
        DEFAULT,
        Some((Path::new("/home/u/.config/irf/keymap.toml"), text)),
    )
}

/// The error of a user file's text; also checks that the map is the pure defaults.
fn error_of(text: &str) -> KeymapError {
    let (map, err) = with_user(text);
    assert_eq!(map, Keymap::defaults(), "a bad file must give the defaults");
    match err {
        Some(e) => e,
        None => panic!("expected an error for {text:?}"),
    }
}

#[test]
fn defaults_parse_cleanly_and_have_the_documented_bindings() {
    let (map, err) = Keymap::from_sources(DEFAULT, None);
    assert_eq!(err, None);
    assert_eq!(map, Keymap::defaults());
    let expect = [
        (Context::Global, "q", Action::Quit),
        (Context::Global, "ctrl-c", Action::Quit),
        (Context::Global, "?", Action::Help),
        (Context::Global, "1", Action::PaneCycle),
        (Context::Global, "6", Action::PaneUnits),
        (Context::Global, "tab", Action::NextPane),
        (Context::Global, "backtab", Action::PrevPane),
        (Context::Global, ":", Action::Palette),
        (Context::Global, "ctrl-k", Action::Palette),
        (Context::Global, "ctrl-r", Action::Reload),
        (Context::List, "j", Action::MoveDown),
        (Context::List, "G", Action::Last),
        (Context::List, "g", Action::First),
        (Context::List, "ctrl-d", Action::PageDown),
        (Context::List, "enter", Action::Open),
        (Context::List, "/", Action::Filter),
        (Context::List, "<", Action::PrevYear),
        (Context::List, ">", Action::NextYear),
        (Context::Detail, "backspace", Action::Back),
        (Context::Detail, "pagedown", Action::PageDown),
        (Context::Help, "q", Action::Back),
        (Context::Help, "?", Action::Back),
        (Context::Filter, "esc", Action::Back),
        (Context::Filter, "enter", Action::Open),
    ];
    for (ctx, name, action) in expect {
        assert_eq!(map.lookup(ctx, &key(name)), Some(action), "{ctx:?} {name}");
    }
}

#[test]
fn defaults_have_no_duplicate_keys_in_a_context() {
    let map = Keymap::defaults();
    for ctx in Context::ALL {
        let keys: Vec<KeyCombo> = map.bindings(ctx).into_iter().map(|(k, _)| k).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(keys.len(), unique.len(), "{ctx:?} has a key twice");
    }
}

#[test]
fn no_default_needs_altgr_on_a_norwegian_keyboard() {
    let forbidden = [
        '[', ']', '{', '}', '\\', '|', '@', '$', '~', '^', '´', '`', '€', '£',
    ];
    let map = Keymap::defaults();
    let mut checked = 0;
    for ctx in Context::ALL {
        for (combo, action) in map.bindings(ctx) {
            if let KeyCode::Char(c) = combo.code() {
                assert!(
                    !forbidden.contains(&c),
                    "{ctx:?}: {c:?} ({action:?}) needs AltGr"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "only {checked} character keys checked");
}

#[test]
fn every_action_has_a_default_key() {
    let map = Keymap::defaults();
    for action in Action::iter() {
        let bound = Context::ALL
            .into_iter()
            .any(|ctx| !map.keys_for(ctx, action).is_empty());
        assert!(bound, "no default key for {}", action.name());
    }
}

#[test]
fn key_names_parse_with_case_and_modifiers() {
    let none = KeyModifiers::NONE;
    let ctrl = KeyModifiers::CONTROL;
    let table = [
        ("a", KeyCode::Char('a'), none),
        ("G", KeyCode::Char('G'), none),
        ("shift-g", KeyCode::Char('G'), none),
        ("?", KeyCode::Char('?'), none),
        ("/", KeyCode::Char('/'), none),
        ("<", KeyCode::Char('<'), none),
        ("-", KeyCode::Char('-'), none),
        ("1", KeyCode::Char('1'), none),
        ("space", KeyCode::Char(' '), none),
        ("Enter", KeyCode::Enter, none),
        ("ESC", KeyCode::Esc, none),
        ("tab", KeyCode::Tab, none),
        ("backtab", KeyCode::BackTab, none),
        ("shift-tab", KeyCode::BackTab, none),
        ("backspace", KeyCode::Backspace, none),
        ("delete", KeyCode::Delete, none),
        ("insert", KeyCode::Insert, none),
        ("up", KeyCode::Up, none),
        ("down", KeyCode::Down, none),
        ("left", KeyCode::Left, none),
        ("right", KeyCode::Right, none),
        ("home", KeyCode::Home, none),
        ("end", KeyCode::End, none),
        ("PageUp", KeyCode::PageUp, none),
        ("pagedown", KeyCode::PageDown, none),
        ("f1", KeyCode::F(1), none),
        ("F12", KeyCode::F(12), none),
        ("ctrl-k", KeyCode::Char('k'), ctrl),
        ("Ctrl-K", KeyCode::Char('k'), ctrl),
        ("ctrl--", KeyCode::Char('-'), ctrl),
        ("alt-x", KeyCode::Char('x'), KeyModifiers::ALT),
        ("shift-up", KeyCode::Up, KeyModifiers::SHIFT),
        ("CTRL-ALT-Delete", KeyCode::Delete, ctrl | KeyModifiers::ALT),
    ];
    for (name, code, modifiers) in table {
        let k = key(name);
        assert_eq!((k.code(), k.modifiers()), (code, modifiers), "{name}");
    }
    assert_ne!(key("g"), key("G"));
    assert_eq!(key("ctrl-k"), key("Ctrl-K"));
    for bad in [
        "", "ctrl-", "shift-", "hyper-k", "pagedwn", "f13", "f0", "jj", "shift-1",
    ] {
        assert!(KeyCombo::parse(bad).is_err(), "{bad:?} should not parse");
    }
}

#[test]
fn key_labels_are_short() {
    let table = [
        ("j", "j"),
        ("G", "G"),
        ("enter", "Enter"),
        ("esc", "Esc"),
        ("tab", "Tab"),
        ("shift-tab", "Shift-Tab"),
        ("up", "↑"),
        ("down", "↓"),
        ("pagedown", "PgDn"),
        ("pageup", "PgUp"),
        ("home", "Home"),
        ("end", "End"),
        ("ctrl-k", "Ctrl-K"),
        ("space", "Space"),
        ("f1", "F1"),
    ];
    for (name, label) in table {
        assert_eq!(key(name).display(), label, "{name}");
    }
}

#[test]
fn terminal_events_match_parsed_names() {
    let ev = |code, modifiers| KeyCombo::from_event(&KeyEvent::new(code, modifiers));
    let shift = KeyModifiers::SHIFT;
    let ctrl = KeyModifiers::CONTROL;
    assert_eq!(ev(KeyCode::Char('G'), shift), key("G"));
    assert_eq!(ev(KeyCode::Char('G'), KeyModifiers::NONE), key("G"));
    assert_eq!(ev(KeyCode::Char('?'), shift), key("?"));
    assert_eq!(ev(KeyCode::Char('K'), ctrl), key("ctrl-k"));
    assert_eq!(ev(KeyCode::Char('K'), ctrl | shift), key("ctrl-k"));
    assert_eq!(ev(KeyCode::Char('k'), ctrl), key("Ctrl-K"));
    assert_eq!(ev(KeyCode::BackTab, shift), key("backtab"));
    assert_eq!(ev(KeyCode::BackTab, shift), key("shift-tab"));
    assert_eq!(ev(KeyCode::Tab, shift), key("backtab"));
    assert_eq!(ev(KeyCode::Down, KeyModifiers::NONE), key("down"));
    assert_ne!(ev(KeyCode::Char('g'), KeyModifiers::NONE), key("G"));
    let map = Keymap::defaults();
    assert_eq!(
        map.lookup(Context::List, &ev(KeyCode::Char('G'), shift)),
        Some(Action::Last)
    );
}

#[test]
fn user_bindings_override_unbind_and_keep_the_rest() {
    let (map, err) =
        with_user("[list]\n\"j\" = \"page_down\"\n\"/\" = \"none\"\n\"x\" = \"open\"\n");
    assert_eq!(err, None);
    assert_eq!(map.lookup(Context::List, &key("j")), Some(Action::PageDown));
    assert_eq!(map.lookup(Context::List, &key("/")), None);
    assert_eq!(map.lookup(Context::List, &key("x")), Some(Action::Open));
    // Untouched defaults stay, in this context and others.
    assert_eq!(map.lookup(Context::List, &key("k")), Some(Action::MoveUp));
    assert_eq!(
        map.lookup(Context::Detail, &key("j")),
        Some(Action::MoveDown)
    );
    assert_eq!(
        map.keys_for(Context::List, Action::Filter),
        Vec::<KeyCombo>::new()
    );
    // The user file's spelling of a default key replaces it rather than doubling it.
    let (map, err) = with_user("[global]\n\"Ctrl-K\" = \"reload\"\n");
    assert_eq!(err, None);
    assert_eq!(
        map.lookup(Context::List, &key("ctrl-k")),
        Some(Action::Reload)
    );
    assert_eq!(
        map.keys_for(Context::Global, Action::Palette),
        vec![key(":")]
    );
}

#[test]
fn contexts_fall_back_to_global_except_filter() {
    let map = Keymap::defaults();
    assert_eq!(map.lookup(Context::List, &key("q")), Some(Action::Quit));
    assert_eq!(
        map.lookup(Context::Detail, &key("1")),
        Some(Action::PaneCycle)
    );
    assert_eq!(
        map.lookup(Context::Help, &key("q")),
        Some(Action::Back),
        "help shadows q"
    );
    assert_eq!(
        map.lookup(Context::Filter, &key("q")),
        None,
        "q is text in the filter"
    );
    assert_eq!(map.lookup(Context::Filter, &key("ctrl-c")), None);
    assert_eq!(map.lookup(Context::List, &key("z")), None);
    assert_eq!(
        map.keys_for(Context::List, Action::Quit),
        vec![key("q"), key("ctrl-c")]
    );
    assert_eq!(
        map.keys_for(Context::Help, Action::Quit),
        vec![key("ctrl-c")]
    );
    assert!(map.keys_for(Context::Filter, Action::Quit).is_empty());
}

#[test]
fn bindings_are_grouped_by_action_in_enum_order() {
    let bindings = Keymap::defaults().bindings(Context::List);
    let actions: Vec<Action> = bindings.iter().map(|(_, a)| *a).collect();
    let mut sorted = actions.clone();
    sorted.sort();
    assert_eq!(actions, sorted);
    let down: Vec<KeyCombo> = bindings
        .iter()
        .filter(|(_, a)| *a == Action::MoveDown)
        .map(|(k, _)| *k)
        .collect();
    assert_eq!(
        down,
        vec![key("j"), key("down")],
        "file order within an action"
    );
}

#[test]
fn a_syntax_error_points_at_the_line() {
    let e = error_of("[list]\n\"j\" = \"move_down\"\n\"k\" = \n");
    assert!(matches!(e.kind, KeymapErrorKind::Syntax(_)), "{e:?}");
    assert_eq!(e.line, 3);
    let e = error_of("[list\n");
    assert!(matches!(e.kind, KeymapErrorKind::Syntax(_)), "{e:?}");
    assert_eq!(e.line, 1);
}

#[test]
fn an_unknown_context_is_reported_where_it_is() {
    let e = error_of("[list]\n\"j\" = \"move_down\"\n\n[lsit]\n\"k\" = \"move_up\"\n");
    assert_eq!(e.kind, KeymapErrorKind::UnknownContext("lsit".into()));
    assert_eq!((e.line, e.column), (4, 2));
}

#[test]
fn an_unknown_action_is_reported_at_its_value() {
    let e = error_of("# mine\n[list]\n\"j\" = \"mvoe_down\"\n");
    assert_eq!(e.kind, KeymapErrorKind::UnknownAction("mvoe_down".into()));
    assert_eq!((e.line, e.column), (3, 7));
    assert_eq!(
        e.to_string(),
        "/home/u/.config/irf/keymap.toml line 3, column 7: unknown action \"mvoe_down\"; \
         the defaults are used"
    );
}

#[test]
fn an_unknown_key_is_reported_at_its_name() {
    let e = error_of("[detail]\n  \"pgae-down\" = \"page_down\"\n");
    assert_eq!(e.kind, KeymapErrorKind::UnknownKey("pgae-down".into()));
    assert_eq!((e.line, e.column), (2, 3));
}

#[test]
fn two_spellings_of_one_key_are_a_duplicate() {
    let e = error_of("[global]\n\"ctrl-k\" = \"palette\"\n\"Ctrl-K\" = \"quit\"\n");
    let kind = KeymapErrorKind::DuplicateKey {
        key: "Ctrl-K".into(),
        context: "global".into(),
    };
    assert_eq!(e.kind, kind);
    assert_eq!((e.line, e.column), (3, 1));
    let e = error_of("[list]\n\"shift-tab\" = \"back\"\n\"backtab\" = \"open\"\n");
    let kind = KeymapErrorKind::DuplicateKey {
        key: "backtab".into(),
        context: "list".into(),
    };
    assert_eq!(e.kind, kind);
    assert_eq!((e.line, e.column), (3, 1));
}

#[test]
fn a_value_that_is_not_a_string_is_reported() {
    let e = error_of("[list]\n\"j\" = 5\n");
    assert_eq!(e.kind, KeymapErrorKind::NotAString);
    assert_eq!((e.line, e.column), (2, 7));
    let e = error_of("[list]\n\"k\" = \"move_up\"\n\"j\" = { action = \"open\" }\n");
    assert_eq!(e.kind, KeymapErrorKind::NotAString);
    assert_eq!(e.line, 3);
    let e = error_of("[list]\n\"j\" = [\"open\"]\n");
    assert_eq!(e.kind, KeymapErrorKind::NotAString);
}

#[test]
fn the_first_error_in_the_file_is_reported() {
    // The table is sorted by name internally; the report must follow the file.
    let e = error_of("[list]\n\"z\" = \"nope\"\n\"a\" = \"nada\"\n");
    assert_eq!(e.kind, KeymapErrorKind::UnknownAction("nope".into()));
    assert_eq!(e.line, 2);
    let e = error_of("[zz]\n\"j\" = \"open\"\n[aa]\n\"k\" = \"open\"\n");
    assert_eq!(e.kind, KeymapErrorKind::UnknownContext("zz".into()));
}

#[test]
fn the_vim_preset_loads_over_the_defaults() {
    let (map, err) = with_user(VIM);
    assert_eq!(err, None);
    assert_ne!(map, Keymap::defaults());
    assert_eq!(map.lookup(Context::List, &key("l")), Some(Action::Open));
    assert_eq!(map.lookup(Context::List, &key("h")), Some(Action::Back));
    assert_eq!(
        map.lookup(Context::List, &key("ctrl-f")),
        Some(Action::PageDown)
    );
    assert_eq!(
        map.lookup(Context::List, &key("j")),
        Some(Action::MoveDown),
        "defaults kept"
    );
}

#[test]
fn load_reads_a_file_and_a_missing_file_is_no_error() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let missing = dir.path().join("keymap.toml");
    let (map, err) = Keymap::load(Some(&missing));
    assert_eq!(err, None);
    assert_eq!(map, Keymap::defaults());
    assert_eq!(Keymap::load(None), (Keymap::defaults(), None));

    std::fs::write(&missing, "[list]\n\"x\" = \"quit\"\n").unwrap_or_else(|e| panic!("{e}"));
    let (map, err) = Keymap::load(Some(&missing));
    assert_eq!(err, None);
    assert_eq!(map.lookup(Context::List, &key("x")), Some(Action::Quit));

    std::fs::write(&missing, "[list]\n\"x\" = \"qiut\"\n").unwrap_or_else(|e| panic!("{e}"));
    let (map, err) = Keymap::load(Some(&missing));
    assert_eq!(map, Keymap::defaults());
    let err = err.unwrap_or_else(|| panic!("expected an error"));
    assert_eq!(err.path, missing);
    assert_eq!(err.kind, KeymapErrorKind::UnknownAction("qiut".into()));
}

#[test]
fn garbage_does_not_panic_and_gives_the_defaults() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("keymap.toml");
    let mut seed: u32 = 12345;
    for round in 0..200 {
        let len = (round * 37) % 700;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (seed >> 16) as u8
            })
            .collect();
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let (map, err) = Keymap::load(Some(&path));
        if len > 0 {
            assert!(err.is_some(), "round {round}: random bytes accepted");
            assert_eq!(map, Keymap::defaults());
        }
    }
    // Odd but valid TOML of the wrong shape.
    for text in [
        "",
        "x = 1",
        "list = 3",
        "[list]\n[list.j]\na = 1",
        "[[list]]\n",
        "\u{feff}",
    ] {
        let (map, _) = with_user(text);
        assert!(map.lookup(Context::Global, &key("q")).is_some(), "{text:?}");
    }
    // A directory where the file should be.
    let (map, err) = Keymap::load(Some(dir.path()));
    assert_eq!(map, Keymap::defaults());
    assert!(err.is_some());
}
