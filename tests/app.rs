//! The headless app: the state machine driven with keys taken from the keymap, so a
//! change of default bindings cannot silently break what the tests cover.

use chrono::NaiveDate;
use irf::app::{Action, App, Mode, PaletteItem, Pane};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{OpenMode, Row, Store};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn demo_app() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store.seed_demo(&irf::demo::plan(today())).unwrap();
    let mut app = App::new(store, Keymap::defaults(), Lang::Nb, today(), true);
    app.set_page_rows(10);
    (dir, app)
}

/// Presses the first key the keymap binds to `action` in `ctx` (or globally).
fn press(app: &mut App, ctx: Context, action: Action) {
    let keys = app.keymap.keys_for(ctx, action);
    let combo = keys
        .first()
        .unwrap_or_else(|| panic!("no key for {action:?} in {ctx:?}"));
    app.on_key(KeyEvent::new(combo.code(), combo.modifiers()));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
}

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
        Some(Row::Cycle(row)) => assert!(row.date.unwrap() >= today(), "{row:?}"),
        other => panic!("expected a cycle row, got {other:?}"),
    }
}

#[test]
fn moving_keeps_the_selection_inside_the_list_and_on_screen() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneUnits);
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
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneCases);
    press(&mut app, Context::List, Action::Open);
    assert_eq!(app.state.mode, Mode::Detail);
    press(&mut app, Context::Detail, Action::MoveDown);
    assert_eq!(app.state.list().detail_scroll, 1, "j scrolls the detail");
    assert_eq!(
        app.state.list().selected,
        0,
        "and does not move the selection"
    );
    press(&mut app, Context::Detail, Action::Back);
    assert_eq!(app.state.mode, Mode::List);
}

#[test]
fn the_filter_narrows_as_you_type_and_esc_clears_it() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneUnits);
    let all = app.state.list().total;
    press(&mut app, Context::List, Action::Filter);
    assert_eq!(app.state.mode, Mode::Filter);
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
    assert_eq!(app.state.mode, Mode::List);
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
    assert_eq!(app.state.mode, Mode::Help);
    press(&mut app, Context::Help, Action::MoveDown);
    assert_eq!(app.state.help_scroll, 1);
    press(&mut app, Context::Global, Action::PaneUnits);
    assert_eq!(
        app.state.pane,
        Pane::Cycle,
        "pane keys do nothing under help"
    );
    press(&mut app, Context::Help, Action::Back);
    assert_eq!(app.state.mode, Mode::List);
}

#[test]
fn the_palette_finds_and_runs_an_action() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::Palette);
    assert_eq!(app.state.mode, Mode::Palette);
    type_text(&mut app, "kontakt");
    assert_eq!(
        app.state.palette.items.first(),
        Some(&PaletteItem::Action(Action::PaneContacts))
    );
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode, Mode::List);
    assert_eq!(app.state.pane, Pane::Contacts);
}

#[test]
fn years_change_in_the_report_pane_only() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneReports);
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

/// Opens the edit box on the unit whose name contains `name`.
fn edit_unit(app: &mut App, name: &str) -> i64 {
    press(app, Context::Global, Action::PaneUnits);
    press(app, Context::List, Action::Filter);
    type_text(app, name);
    press(app, Context::Filter, Action::Open);
    let id = match app.state.list().selected_row() {
        Some(Row::Unit(u)) => u.id,
        other => panic!("expected a unit, got {other:?}"),
    };
    press(app, Context::List, Action::Edit);
    assert_eq!(app.state.mode, Mode::Edit);
    id
}

#[test]
fn editing_notes_saves_with_an_audit_row() {
    let (dir, mut app) = demo_app();
    let id = edit_unit(&mut app, "sarkom");
    type_text(&mut app, "Ny plan for 2027.");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode, Mode::List);
    assert_eq!(app.store.unit_notes(id).unwrap().0, "Ny plan for 2027.");
    assert_eq!(app.store.audit_count("unit", id).unwrap(), 1);
    drop(dir);
}

#[test]
fn a_concurrent_change_is_shown_and_nothing_is_overwritten_silently() {
    let (dir, mut app) = demo_app();
    app.store.set_user("anne");
    let id = edit_unit(&mut app, "sarkom");
    type_text(&mut app, "Annes tekst");

    // Bjørn saves the same notes from another process meanwhile.
    let mut bjorn = Store::open(&dir.path().join("demo.sqlite"), OpenMode::ReadWrite).unwrap();
    bjorn.set_user("bjørn");
    let (_, version) = bjorn.unit_notes(id).unwrap();
    bjorn
        .update_unit_notes(id, version, "Bjørns tekst")
        .unwrap();

    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode, Mode::Edit, "the box stays open");
    let conflict = app
        .state
        .edit
        .as_ref()
        .unwrap()
        .conflict
        .clone()
        .expect("a conflict");
    assert_eq!(conflict.by, "bjørn");
    assert_eq!(conflict.theirs, "Bjørns tekst");
    assert_eq!(
        app.store.unit_notes(id).unwrap().0,
        "Bjørns tekst",
        "not overwritten"
    );
    assert_eq!(
        app.state.edit.as_ref().unwrap().text,
        "Annes tekst",
        "nothing typed is lost"
    );

    // Keeping mine is a second, deliberate Enter.
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode, Mode::List);
    assert_eq!(app.store.unit_notes(id).unwrap().0, "Annes tekst");
    assert_eq!(app.store.audit_count("unit", id).unwrap(), 2);
}

#[test]
fn taking_theirs_replaces_the_typed_text() {
    let (dir, mut app) = demo_app();
    let id = edit_unit(&mut app, "sarkom");
    type_text(&mut app, "min");
    let mut other = Store::open(&dir.path().join("demo.sqlite"), OpenMode::ReadWrite).unwrap();
    let (_, v) = other.unit_notes(id).unwrap();
    other.update_unit_notes(id, v, "deres").unwrap();
    press(&mut app, Context::Filter, Action::Open);
    assert!(app.state.edit.as_ref().unwrap().conflict.is_some());
    press(&mut app, Context::Filter, Action::Reload);
    assert_eq!(app.state.edit.as_ref().unwrap().text, "deres");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.store.unit_notes(id).unwrap().0, "deres");
}

#[test]
fn closing_the_edit_box_keeps_the_text_as_a_draft() {
    let (_dir, mut app) = demo_app();
    let id = edit_unit(&mut app, "sarkom");
    type_text(&mut app, "halvferdig");
    press(&mut app, Context::Filter, Action::Back);
    assert_eq!(app.state.mode, Mode::List);
    assert_eq!(app.store.unit_notes(id).unwrap().0, "", "nothing saved");
    assert_eq!(
        app.store
            .load_draft("unit", id, "notes")
            .unwrap()
            .as_deref(),
        Some("halvferdig")
    );
    press(&mut app, Context::List, Action::Edit);
    assert_eq!(
        app.state.edit.as_ref().unwrap().text,
        "halvferdig",
        "the draft comes back"
    );
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(
        app.store.load_draft("unit", id, "notes").unwrap(),
        None,
        "saved drafts are removed"
    );
}

#[test]
fn edit_elsewhere_says_where_it_works() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneCases);
    press(&mut app, Context::List, Action::Edit);
    assert_eq!(app.state.mode, Mode::List);
    assert!(
        app.state
            .message
            .as_ref()
            .unwrap()
            .text
            .contains("Tjenester")
    );
}

#[test]
fn the_palette_jumps_to_any_record_by_a_sloppy_name() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::Palette);
    type_text(&mut app, "SARKOM");
    let first_record = app
        .state
        .palette
        .items
        .iter()
        .position(|i| matches!(i, PaletteItem::Record(_)))
        .expect("a record matches");
    for _ in 0..first_record {
        press(&mut app, Context::Filter, Action::MoveDown);
    }
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.pane, Pane::Units);
    assert!(
        app.state
            .list()
            .selected_row()
            .unwrap()
            .title()
            .ends_with("sarkomer")
    );

    // A person, by a name typed without æøå.
    let name = match app
        .store
        .list_window(
            irf::store::ListKind::Contacts,
            &irf::store::ListFilter {
                text: String::new(),
                year: 2026,
            },
            0,
            1,
        )
        .unwrap()
        .remove(0)
    {
        Row::Contact(c) => c.name,
        other => panic!("{other:?}"),
    };
    let sloppy = irf::domain::fold(&name);
    press(&mut app, Context::Global, Action::Palette);
    type_text(&mut app, &sloppy);
    let pos = app
        .state
        .palette
        .items
        .iter()
        .position(|i| matches!(i, PaletteItem::Record(h) if h.title == name))
        .expect("found by folded name");
    for _ in 0..pos {
        press(&mut app, Context::Filter, Action::MoveDown);
    }
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.pane, Pane::Contacts);
    assert_eq!(app.state.list().selected_row().unwrap().title(), name);
}

#[test]
fn marks_copy_emails_for_outlook() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    let first = match app.state.list().selected_row() {
        Some(Row::Contact(c)) => c.email.clone(),
        other => panic!("{other:?}"),
    };
    press(&mut app, Context::List, Action::CopyEmail);
    assert_eq!(
        app.state.clipboard.as_deref(),
        Some(first.as_str()),
        "no marks: the selected one"
    );
    app.state.clipboard = None;

    press(&mut app, Context::List, Action::ToggleMark);
    press(&mut app, Context::List, Action::ToggleMark);
    assert_eq!(app.state.list().marked.len(), 2);
    assert_eq!(app.state.list().selected, 2, "marking moves on");
    press(&mut app, Context::List, Action::CopyEmail);
    let copied = app.state.clipboard.take().expect("something copied");
    let parts: Vec<&str> = copied.split("; ").collect();
    assert_eq!(parts.len(), 2, "{copied}");
    assert!(parts.contains(&first.as_str()));
    assert!(app.state.message.as_ref().unwrap().text.contains('2'));

    press(&mut app, Context::List, Action::MarkAll);
    assert_eq!(app.state.list().marked.len(), app.state.list().total);
    press(&mut app, Context::List, Action::MarkAll);
    assert!(app.state.list().marked.is_empty(), "mark all again unmarks");

    press(&mut app, Context::Global, Action::PaneUnits);
    press(&mut app, Context::List, Action::CopyEmail);
    assert!(app.state.clipboard.is_none());
    assert!(
        app.state
            .message
            .as_ref()
            .unwrap()
            .text
            .contains("Kontakter")
    );
}

#[test]
fn export_writes_csv_with_bom_and_vcard_and_never_overwrites() {
    let (dir, mut app) = demo_app();
    app.state.export_dir = dir.path().to_path_buf();
    press(&mut app, Context::Global, Action::PaneContacts);
    press(&mut app, Context::List, Action::ToggleMark);
    press(&mut app, Context::List, Action::ToggleMark);
    press(&mut app, Context::List, Action::Export);
    let csv = std::fs::read_to_string(dir.path().join("kontakter-2026-11-23.csv")).unwrap();
    assert!(csv.starts_with('\u{FEFF}'), "BOM for Excel");
    assert_eq!(
        csv.trim_end().lines().count(),
        3,
        "header and two marked contacts"
    );
    let vcf = std::fs::read_to_string(dir.path().join("kontakter-2026-11-23.vcf")).unwrap();
    assert_eq!(vcf.matches("BEGIN:VCARD").count(), 2);
    // Again: a new pair of files, the first untouched.
    press(&mut app, Context::List, Action::Export);
    assert!(dir.path().join("kontakter-2026-11-23-2.csv").exists());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("kontakter-2026-11-23.csv")).unwrap(),
        csv
    );
    // An unwritable place: a clear message, nothing half-written.
    app.state.export_dir = dir.path().join("no/such/dir");
    press(&mut app, Context::List, Action::Export);
    let msg = app.state.message.as_ref().unwrap();
    assert!(
        msg.is_error && msg.text.contains("Kunne ikke skrive"),
        "{msg:?}"
    );
}

#[test]
fn an_open_contact_leads_to_what_the_person_is_tied_to() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    let all = irf::store::ListFilter {
        text: String::new(),
        year: 2026,
    };
    let rows = app
        .store
        .list_window(irf::store::ListKind::Contacts, &all, 0, 100)
        .unwrap();
    let (index, tie_index, title) = rows
        .iter()
        .enumerate()
        .find_map(|(i, row)| {
            let ties = app.store.contact_ties(row.id()).unwrap();
            let t = ties
                .iter()
                .position(|t| matches!(t.target, Some((irf::store::SearchKind::Unit, _, _))))?;
            Some((i, t, ties[t].target.clone().unwrap().2))
        })
        .expect("a demo contact tied to a unit");
    for _ in 0..index {
        press(&mut app, Context::List, Action::MoveDown);
    }
    press(&mut app, Context::List, Action::Open);
    assert_eq!(app.state.mode, Mode::Detail);
    for _ in 0..tie_index {
        press(&mut app, Context::Detail, Action::MoveDown);
    }
    assert_eq!(app.state.list().tie_cursor, tie_index);
    press(&mut app, Context::Detail, Action::Open);
    assert_eq!(app.state.pane, Pane::Units);
    assert_eq!(app.state.list().selected_row().unwrap().title(), title);
}

fn count_contacts(app: &App) -> usize {
    let all = irf::store::ListFilter {
        text: String::new(),
        year: 2026,
    };
    app.store
        .list_count(irf::store::ListKind::Contacts, &all)
        .unwrap()
}

#[test]
fn a_new_contact_is_checked_then_saved() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    let before = count_contacts(&app);
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.mode, Mode::Form);
    type_text(&mut app, "Øydis Hætta");
    press(&mut app, Context::Filter, Action::MoveDown);
    type_text(&mut app, "Finnmarkssykehuset HF");
    press(&mut app, Context::Filter, Action::MoveDown);
    type_text(&mut app, "HX");
    press(&mut app, Context::Filter, Action::MoveDown);
    type_text(&mut app, "oydis.demo.example");
    press(&mut app, Context::Filter, Action::Open);
    // The region is checked first: the form stays, the cursor is on the region.
    assert_eq!(app.state.mode, Mode::Form);
    assert_eq!(app.state.form.as_ref().unwrap().focus, 2);
    let msg = app.state.message.clone().unwrap();
    assert!(
        msg.is_error && msg.text.contains("HSØ, HV, HMN eller HN"),
        "{msg:?}"
    );
    app.on_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    app.on_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    type_text(&mut app, "hn");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.form.as_ref().unwrap().focus, 3, "then the e-mail");
    assert!(
        app.state
            .message
            .as_ref()
            .unwrap()
            .text
            .contains("mangler @")
    );
    assert_eq!(count_contacts(&app), before, "nothing written yet");
    for _ in 0.."oydis.demo.example".len() {
        app.on_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    }
    type_text(&mut app, "oydis@demo.example");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode, Mode::List);
    assert_eq!(count_contacts(&app), before + 1);
    let found = app.store.search("oydis haetta", 1).unwrap();
    let (saved, _) = app.store.contact(found[0].id).unwrap();
    assert_eq!(saved.region, Some(irf::domain::Region::Hn));
    assert_eq!(saved.email, "oydis@demo.example");
}

#[test]
fn delete_asks_first_and_removes_the_person_everywhere() {
    let (dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    let before = count_contacts(&app);
    // The first contact with a seat in a reference group.
    let all = irf::store::ListFilter {
        text: String::new(),
        year: 2026,
    };
    let rows = app
        .store
        .list_window(irf::store::ListKind::Contacts, &all, 0, 100)
        .unwrap();
    let index = rows
        .iter()
        .position(|r| {
            app.store
                .contact_ties(r.id())
                .unwrap()
                .iter()
                .any(|t| t.role.starts_with("referansegruppe"))
        })
        .unwrap();
    let id = rows[index].id();
    for _ in 0..index {
        press(&mut app, Context::List, Action::MoveDown);
    }
    press(&mut app, Context::List, Action::Delete);
    assert_eq!(app.state.mode, Mode::Confirm);
    assert!(
        app.state
            .confirm
            .as_ref()
            .unwrap()
            .question
            .contains("tilknytninger")
    );
    press(&mut app, Context::Filter, Action::Back);
    assert_eq!(count_contacts(&app), before, "Esc deletes nothing");
    press(&mut app, Context::List, Action::Delete);
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(count_contacts(&app), before - 1);
    let conn = rusqlite::Connection::open(dir.path().join("demo.sqlite")).unwrap();
    let seats: i64 = conn
        .query_row(
            "SELECT count(*) FROM reference_group_members WHERE contact_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(seats, 0);
    assert_eq!(
        app.store.audit_count("contact", id).unwrap(),
        1,
        "the delete is audited"
    );
    assert!(
        app.store
            .search(rows[index].title(), 5)
            .unwrap()
            .iter()
            .all(|h| h.id != id)
    );
}

#[test]
fn a_contact_changed_meanwhile_is_not_overwritten() {
    let (dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    let id = app.state.list().selected_row().unwrap().id();
    press(&mut app, Context::List, Action::Edit);
    press(&mut app, Context::Filter, Action::MoveDown);
    type_text(&mut app, " (ny)");
    let mut other = Store::open(&dir.path().join("demo.sqlite"), OpenMode::ReadWrite).unwrap();
    other.set_user("bjørn");
    let (mut c, v) = other.contact(id).unwrap();
    c.phone = "+47 11 11 11 11".into();
    other.update_contact(id, v, &c).unwrap();
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode, Mode::Form, "the form stays open");
    assert!(app.state.message.as_ref().unwrap().text.contains("bjørn"));
    assert_eq!(
        app.store.contact(id).unwrap().0.phone,
        "+47 11 11 11 11",
        "theirs is kept"
    );
    press(&mut app, Context::Filter, Action::Reload);
    assert_eq!(
        app.state.form.as_ref().unwrap().fields[4],
        "+47 11 11 11 11",
        "Ctrl-R loads theirs"
    );
}

#[test]
fn a_closed_form_keeps_what_was_typed() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::PaneContacts);
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Halvferdig Hansen");
    press(&mut app, Context::Filter, Action::Back);
    assert_eq!(app.state.mode, Mode::List);
    assert!(app.state.message.as_ref().unwrap().text.contains("utkast"));
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.form.as_ref().unwrap().fields[0], "Halvferdig Hansen");
}
