//! The contacts pane: the palette's jump to any record, marks, copying e-mail over
//! OSC 52, export, ties that lead on, and adding, editing and deleting people.

use irf::app::{Action, App, Mode, PaletteItem, Pane};
use irf::keymap::Context;
use irf::store::{OpenMode, Row, Store};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod support;
use support::app::{demo_app, demo_on, message, press, question, type_text};

/// The first hundred rows of Kontakter, unfiltered.
fn contact_rows(app: &irf::app::App) -> Vec<irf::store::Row> {
    let all = irf::store::ListFilter {
        text: String::new(),
        year: 2026,
        ..Default::default()
    };
    app.store
        .list_window(irf::store::ListKind::Contacts, &all, 0, 100)
        .unwrap()
}

#[test]
fn the_palette_jumps_to_any_record_by_a_sloppy_name() {
    let (_dir, mut app) = demo_app();
    press(&mut app, Context::Global, Action::Palette);
    type_text(&mut app, "SARKOM");
    let first_record = app
        .state
        .palette()
        .expect("the palette is open")
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
                ..Default::default()
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
        .palette()
        .expect("the palette is open")
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
    let (_dir, mut app) = demo_on(Action::PaneContacts);
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
    assert!(message(&app).contains('2'));

    press(&mut app, Context::List, Action::MarkAll);
    assert_eq!(app.state.list().marked.len(), app.state.list().total);
    press(&mut app, Context::List, Action::MarkAll);
    assert!(app.state.list().marked.is_empty(), "mark all again unmarks");

    press(&mut app, Context::Global, Action::PaneUnits);
    press(&mut app, Context::List, Action::CopyEmail);
    assert!(app.state.clipboard.is_none());
    assert!(message(&app).contains("Kontakter"));
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
    let (_dir, mut app) = demo_on(Action::PaneContacts);
    let rows = contact_rows(&app);
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
    assert_eq!(app.state.mode(), Mode::Detail);
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
        ..Default::default()
    };
    app.store
        .list_count(irf::store::ListKind::Contacts, &all)
        .unwrap()
}

#[test]
fn a_new_contact_is_checked_then_saved() {
    let (_dir, mut app) = demo_on(Action::PaneContacts);
    let before = count_contacts(&app);
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.mode(), Mode::Form);
    type_text(&mut app, "Øydis Hætta");
    press(&mut app, Context::Filter, Action::MoveDown);
    type_text(&mut app, "Finnmarkssykehuset HF");
    press(&mut app, Context::Filter, Action::MoveDown);
    type_text(&mut app, "HX");
    press(&mut app, Context::Filter, Action::MoveDown);
    type_text(&mut app, "oydis.demo.example");
    press(&mut app, Context::Filter, Action::Open);
    // The region is checked first: the form stays, the cursor is on the region.
    assert_eq!(app.state.mode(), Mode::Form);
    assert_eq!(app.state.form().unwrap().focus, 2);
    let msg = app.state.message.clone().unwrap();
    assert!(
        msg.is_error && msg.text.contains("HSØ, HV, HMN eller HN"),
        "{msg:?}"
    );
    app.on_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    app.on_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    type_text(&mut app, "hn");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.form().unwrap().focus, 3, "then the e-mail");
    assert!(message(&app).contains("mangler @"));
    assert_eq!(count_contacts(&app), before, "nothing written yet");
    for _ in 0.."oydis.demo.example".len() {
        app.on_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    }
    type_text(&mut app, "oydis@demo.example");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(count_contacts(&app), before + 1);
    let found = app.store.search("oydis haetta", 1).unwrap();
    let (saved, _) = app.store.contact(found[0].id).unwrap();
    assert_eq!(saved.region, Some(irf::domain::Region::Hn));
    assert_eq!(saved.email, "oydis@demo.example");
}

#[test]
fn delete_asks_first_and_removes_the_person_everywhere() {
    let (dir, mut app) = demo_on(Action::PaneContacts);
    let before = count_contacts(&app);
    // The first contact with a seat in a reference group.
    let rows = contact_rows(&app);
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
    assert_eq!(app.state.mode(), Mode::Confirm);
    assert!(question(&app).contains("tilknytninger"));
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
    let (dir, mut app) = demo_on(Action::PaneContacts);
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
    assert_eq!(app.state.mode(), Mode::Form, "the form stays open");
    assert!(message(&app).contains("bjørn"));
    assert_eq!(
        app.store.contact(id).unwrap().0.phone,
        "+47 11 11 11 11",
        "theirs is kept"
    );
    press(&mut app, Context::Filter, Action::Reload);
    assert_eq!(
        app.state.form().unwrap().fields[4],
        "+47 11 11 11 11",
        "Ctrl-R loads theirs"
    );
}

#[test]
fn a_closed_form_keeps_what_was_typed() {
    let (_dir, mut app) = demo_on(Action::PaneContacts);
    press(&mut app, Context::List, Action::New);
    type_text(&mut app, "Halvferdig Hansen");
    press(&mut app, Context::Filter, Action::Back);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(message(&app).contains("utkast"));
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.form().unwrap().fields[0], "Halvferdig Hansen");
}
