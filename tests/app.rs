//! The headless app: the state machine driven with keys taken from the keymap, so a
//! change of default bindings cannot silently break what the tests cover.

use irf::app::{Action, Mode, PaletteItem, Pane};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::Row;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod support;
use support::app::{demo_app, demo_on, press, today, type_text};

#[test]
fn the_pane_keys_switch_panes_and_read_their_lists() {
    let (_dir, mut app) = demo_app();
    assert_eq!(app.state.pane, Pane::Cycle);
    for (action, pane) in [
        (Action::PaneReports, Pane::Reports),
        (Action::PaneRenewals, Pane::Renewals),
        (Action::PaneContacts, Pane::Contacts),
        (Action::PaneCases, Pane::Cases),
        (Action::PaneUnits, Pane::Units),
        (Action::PaneCycle, Pane::Cycle),
    ] {
        press(&mut app, Context::Global, action);
        assert_eq!(app.state.pane, pane);
        assert!(app.state.list().total > 0, "{pane:?} has rows");
        assert!(app.state.list().selected_row().is_some());
    }
    press(&mut app, Context::Global, Action::NextPane);
    assert_eq!(app.state.pane, Pane::Reports);
    press(&mut app, Context::Global, Action::PrevPane);
    press(&mut app, Context::Global, Action::PrevPane);
    assert_eq!(app.state.pane, Pane::Units);
}

#[test]
fn the_cycle_opens_at_today() {
    let (_dir, app) = demo_app();
    match app.state.list().selected_row() {
        Some(Row::Due(row)) => assert!(row.date >= today(), "{row:?}"),
        other => panic!("expected a due row, got {other:?}"),
    }
}

#[test]
fn moving_keeps_the_selection_inside_the_list_and_on_screen() {
    let (_dir, mut app) = demo_on(Action::PaneUnits);
    let total = app.state.list().total;
    press(&mut app, Context::List, Action::MoveDown);
    assert_eq!(app.state.list().selected, 1);
    press(&mut app, Context::List, Action::Last);
    assert_eq!(app.state.list().selected, total - 1);
    press(&mut app, Context::List, Action::MoveDown);
    assert_eq!(app.state.list().selected, total - 1, "no move past the end");
    let list = app.state.list();
    assert!(list.top <= list.selected && list.selected < list.top + 10);
    press(&mut app, Context::List, Action::PageUp);
    assert_eq!(app.state.list().selected, total - 11);
    press(&mut app, Context::List, Action::First);
    assert_eq!(app.state.list().selected, 0);
    press(&mut app, Context::List, Action::MoveUp);
    assert_eq!(app.state.list().selected, 0);
    assert!(
        app.state.list().detail.is_some(),
        "the selected row's detail is read"
    );
}

#[test]
fn open_shows_the_detail_and_back_returns() {
    let (_dir, mut app) = demo_on(Action::PaneCases);
    press(&mut app, Context::List, Action::Open);
    assert_eq!(app.state.mode(), Mode::Detail);
    press(&mut app, Context::Detail, Action::MoveDown);
    assert_eq!(app.state.list().detail_scroll, 1, "j scrolls the detail");
    assert_eq!(
        app.state.list().selected,
        0,
        "and does not move the selection"
    );
    press(&mut app, Context::Detail, Action::Back);
    assert_eq!(app.state.mode(), Mode::List);
}

#[test]
fn the_filter_narrows_as_you_type_and_esc_clears_it() {
    let (_dir, mut app) = demo_on(Action::PaneUnits);
    let all = app.state.list().total;
    press(&mut app, Context::List, Action::Filter);
    assert_eq!(app.state.mode(), Mode::Filter);
    type_text(&mut app, "sarkom");
    assert_eq!(app.state.list().total, 1);
    assert!(
        app.state
            .list()
            .selected_row()
            .unwrap()
            .title()
            .contains("sarkomer")
    );
    // Letters are text while filtering: `q` does not quit.
    type_text(&mut app, "q");
    assert!(!app.state.quit);
    assert_eq!(app.state.list().total, 0);
    app.on_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    assert_eq!(app.state.list().total, 1);
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(
        app.state.list().filter.text,
        "sarkom",
        "Enter keeps the filter"
    );
    press(&mut app, Context::List, Action::Back);
    assert_eq!(app.state.list().total, all, "Esc clears it");
}

#[test]
fn help_opens_scrolls_and_closes() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::Help);
    assert_eq!(app.state.mode(), Mode::Help);
    press(&mut app, Context::Help, Action::MoveDown);
    assert_eq!(app.state.help_scroll(), 1);
    press(&mut app, Context::Global, Action::PaneUnits);
    assert_eq!(
        app.state.pane,
        Pane::Cycle,
        "pane keys do nothing under help"
    );
    press(&mut app, Context::Help, Action::Back);
    assert_eq!(app.state.mode(), Mode::List);
}

#[test]
fn the_palette_finds_and_runs_an_action() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::Palette);
    assert_eq!(app.state.mode(), Mode::Palette);
    type_text(&mut app, "kontakt");
    assert_eq!(
        app.state.palette().unwrap().items.first(),
        Some(&PaletteItem::Action(Action::PaneContacts))
    );
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(app.state.pane, Pane::Contacts);
}

#[test]
fn years_change_in_the_report_pane_only() {
    let (_dir, mut app) = demo_on(Action::PaneReports);
    let season = app.state.list().filter.year;
    assert_eq!(season, 2025);
    let now = app.state.list().total;
    press(&mut app, Context::List, Action::PrevYear);
    assert_eq!(app.state.list().filter.year, season - 1);
    assert!(app.state.list().total > 0 && app.state.list().total <= now + 1);
    press(&mut app, Context::List, Action::NextYear);
    press(&mut app, Context::List, Action::NextYear);
    assert_eq!(app.state.list().total, 0, "no reports yet for next season");
    press(&mut app, Context::Global, Action::PaneUnits);
    press(&mut app, Context::List, Action::NextYear);
    assert!(
        app.state.message.is_some(),
        "the units pane says it has no years"
    );
}

#[test]
fn quit_sets_quit() {
    let (_dir, mut app) = demo_app();
    assert!(!app.state.quit);
    press(&mut app, Context::Global, Action::Quit);
    assert!(app.state.quit);
}

#[test]
fn an_unbound_key_changes_nothing() {
    let (_dir, mut app) = demo_app();
    let changed = app.on_key(KeyEvent::new(KeyCode::F(12), KeyModifiers::NONE));
    assert!(!changed, "no redraw for a key that does nothing");
}

#[test]
fn a_bad_user_keymap_is_explained_in_the_ui_language() {
    let path = std::path::Path::new("/home/anne/.config/irf/keymap.toml");
    let (keymap, error) = Keymap::from_sources(
        irf::keymap::DEFAULT_KEYMAP,
        Some((path, "[list]\n\"j\" = \"mvoe_down\"\n")),
    );
    let error = error.expect("an unknown action is an error");
    assert_eq!(keymap, Keymap::defaults(), "the defaults are used");
    let text = irf::i18n::keymap_error_text(Lang::Nb, &error);
    assert!(text.contains("keymap.toml"), "{text}");
    assert!(text.contains("linje 2"), "{text}");
    assert!(text.contains("mvoe_down"), "{text}");
    assert!(text.contains("Standardtastene brukes"), "{text}");
}

/// A terminal sends Alt-q as Esc and q; an Esc and the key after it that reach the
/// program together read as Alt-q. Nothing is bound to Alt-q, so it is the Esc and q.
#[test]
fn an_esc_and_a_key_that_arrive_together_are_both_taken() {
    let alt = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT);
    let plain = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    let open_filter = || {
        let (dir, mut app) = demo_on(Action::PaneContacts);
        press(&mut app, Context::List, Action::Filter);
        type_text(&mut app, "ø");
        assert_eq!(app.state.mode(), Mode::Filter);
        (dir, app)
    };
    let (_a, mut together) = open_filter();
    let (_b, mut apart) = open_filter();
    assert!(together.on_key(alt('j')));
    apart.on_key(esc);
    apart.on_key(plain('j'));
    for app in [&together, &apart] {
        assert_eq!(app.state.mode(), Mode::List, "Esc left the filter line");
        assert_eq!(app.state.list().selected, 1, "and j moved down");
    }
    assert_eq!(
        together.state.list().filter.text,
        apart.state.list().filter.text
    );
    assert!(!together.state.quit);
    together.on_key(alt('q'));
    assert!(together.state.quit, "Alt-q from the list is Esc, then quit");
}

#[test]
fn an_alt_key_a_user_bound_is_not_split() {
    let (keymap, error) = Keymap::from_sources(
        irf::keymap::DEFAULT_KEYMAP,
        Some((
            std::path::Path::new("keymap.toml"),
            "[global]\n\"alt-q\" = \"help\"\n",
        )),
    );
    assert!(error.is_none(), "{error:?}");
    let (_dir, mut app) = demo_app();
    app.keymap = keymap;
    app.on_key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT));
    assert!(!app.state.quit, "Alt-q is the user's help key");
    assert_eq!(app.state.mode(), Mode::Help);
}
