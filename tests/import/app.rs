//! The import in the Årsrapporter pane, headless: `I` opens the dialog, a file that
//! cannot be read keeps the dialog with the sentence, the dry run is shown before
//! anything is written, Enter on a plan with problems writes nothing, Esc cancels.

use irf::app::{Action, Mode};
use irf::keymap::Context;
use irf::store::Row;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::TABLES;
use super::support::app::{demo_app, press, type_text};
use super::support::db::dump;

fn enter(app: &mut irf::app::App) {
    app.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
}

/// Opens the dialog in Årsrapporter and sends `file` (kind and year as they open).
fn import(app: &mut irf::app::App, file: &std::path::Path) {
    press(app, Context::Global, Action::PaneReports);
    press(app, Context::List, Action::Import);
    assert_eq!(app.state.mode(), Mode::Dialog);
    type_text(app, file.to_str().unwrap());
    enter(app);
}

/// The status of a unit's report in the rows the list has read, if it has read it.
fn listed_status(app: &irf::app::App, topic: &str) -> Option<String> {
    app.state.list().window.iter().find_map(|row| match row {
        Row::Report(r) if r.unit.ends_with(topic) => Some(format!("{:?}", r.status)),
        _ => None,
    })
}

#[test]
fn the_dry_run_comes_first_and_enter_applies_it() {
    let (dir, mut app) = demo_app();
    let file = dir.path().join("r.csv");
    std::fs::write(&file, "Enhet;Mottatt\nAldring og helse;03.02.2026\n").unwrap();
    let db = app.store.path().to_path_buf();
    let before = dump(&db, &TABLES);
    import(&mut app, &file);
    assert_eq!(app.state.mode(), Mode::Import);
    let view = app.state.import_view().cloned().unwrap();
    assert_eq!(
        view.lines,
        vec![
            "linje 2: Aldring og helse – endres: status, mottatt".to_string(),
            "0 nye, 1 endres, 0 uendret.".to_string(),
        ]
    );
    assert_eq!(dump(&db, &TABLES), before, "the dry run wrote");
    enter(&mut app);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(
        app.state.message.as_ref().map(|m| m.text.as_str()),
        Some("Importert: 1 poster skrevet.")
    );
    // The list was read again: it shows the new status.
    assert_eq!(
        listed_status(&app, "aldring og helse").as_deref(),
        Some("Received")
    );
    // The dialog remembers the file; the same import again changes nothing.
    press(&mut app, Context::List, Action::Import);
    assert_eq!(app.state.dialog().unwrap().value(0), file.to_str().unwrap());
    enter(&mut app);
    let after = dump(&db, &TABLES);
    enter(&mut app);
    assert_eq!(
        app.state.message.as_ref().map(|m| m.text.as_str()),
        Some("Ingen endringer: databasen har allerede det filen sier.")
    );
    assert_eq!(dump(&db, &TABLES), after);
}

#[test]
fn problems_are_listed_and_enter_writes_nothing_esc_cancels() {
    let (dir, mut app) = demo_app();
    let file = dir.path().join("r.csv");
    std::fs::write(
        &file,
        "Enhet;Mottatt\nAldring og helse;31.02.2026\nSarkomer;03.02.2026\n",
    )
    .unwrap();
    let db = app.store.path().to_path_buf();
    let before = dump(&db, &TABLES);
    import(&mut app, &file);
    assert_eq!(app.state.mode(), Mode::Import);
    let lines = app.state.import_view().cloned().unwrap().lines;
    assert_eq!(
        lines[0],
        "linje 2, kolonne «Mottatt»: «31.02.2026» er ingen dag som finnes (sjekk dag og måned)."
    );
    enter(&mut app);
    assert_eq!(app.state.mode(), Mode::Import, "Enter on problems stays");
    assert!(app.state.message.as_ref().unwrap().is_error);
    press(&mut app, Context::Filter, Action::Back);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(
        app.state.message.as_ref().map(|m| m.text.as_str()),
        Some("Import avbrutt; ingenting er skrevet.")
    );
    assert_eq!(dump(&db, &TABLES), before);
}

#[test]
fn a_missing_file_keeps_the_dialog_with_the_sentence() {
    let (dir, mut app) = demo_app();
    import(&mut app, &dir.path().join("finnes-ikke.csv"));
    assert_eq!(app.state.mode(), Mode::Dialog);
    let message = app.state.message.clone().unwrap();
    assert!(message.is_error);
    assert!(
        message.text.starts_with("Det finnes ingen fil der."),
        "{}",
        message.text
    );
    // Elsewhere than Årsrapporter, I says where it is.
    press(&mut app, Context::Filter, Action::Back);
    press(&mut app, Context::Global, Action::PaneContacts);
    press(&mut app, Context::List, Action::Import);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(
        app.state.message.as_ref().map(|m| m.text.as_str()),
        Some("Import fra fil (I) finnes i Årsrapporter.")
    );
}

#[test]
fn the_dry_run_on_an_80_column_screen() {
    let (dir, mut app) = super::support::app::screen_app(irf::i18n::Lang::Nb);
    let file = dir.path().join("r.csv");
    std::fs::write(
        &file,
        "Tittel\nEnhet;Mottatt;Kommentar\nAldring og helse;31.02.2026;x\nSarkomer;03.02.2026;\n\
         Sarkomer;03.02.2026;\nSum;;\n",
    )
    .unwrap();
    import(&mut app, &file);
    let screen = super::support::app::screen(&mut app, 80, 24);
    for line in [
        "┌ Prøvekjøring: r.csv ─",
        "│overskriften står på linje 2; linjene over er hoppet over.",
        "│kolonnen «Kommentar» er ikke brukt.",
        "│linje 6: summeringsrad hoppet over.",
        "│linje 3, kolonne «Mottatt»: «31.02.2026» er ingen dag som finnes",
        "│linje 5, kolonne «Enhet»: «Sarkomer» står allerede på linje 4; ta den",
        "│2 problem(er) i filen. Ingenting er skrevet; rett filen og prøv igjen.",
        "│Esc lukker · ↑ ↓ blar",
    ] {
        assert!(
            screen.contains(line),
            "{line:?} not on the screen:\n{screen}"
        );
    }
}
