//! Importing a reports file through the Årsrapporter pane, in the real binary in a
//! pseudo-terminal: `I` asks for the file, the dry run shows what changes, Enter
//! applies it, and the list shows the report's new status.

mod support;

use chrono::Datelike;
use support::session::{TIMEOUT, demo_db, quit, spawn_demo};

/// The screen line showing `unit`, if any.
fn row_of(screen: &vt100::Screen, unit: &str) -> Option<String> {
    screen
        .contents()
        .lines()
        .find(|l| l.contains(unit))
        .map(str::to_string)
}

#[test]
fn a_reports_file_imported_in_the_pane_shows_the_new_status() {
    let home = tempfile::tempdir().expect("temp HOME");
    let today = chrono::Local::now().date_naive();
    let db = demo_db(home.path());
    // The demo's current season has "aldring og helse" expected (forventet).
    let season = irf::domain::current_season(today);
    let file = home.path().join("rapporter.csv");
    std::fs::write(
        &file,
        format!("Enhet;Mottatt\nAldring og helse;03.02.{}\n", season + 1),
    )
    .expect("write the file");

    let mut tui = spawn_demo(&db, home.path(), &[], (110, 32));
    tui.wait_for_all(&["Årshjul", "Tidslinje"], TIMEOUT);
    tui.press("2");
    tui.wait_for(&format!("sesong {season}"), TIMEOUT);
    tui.press("/aldring\r");
    tui.wait_until("the expected report", TIMEOUT, |s| {
        row_of(s, "Aldring og helse").is_some_and(|r| r.contains("forventet"))
    });
    tui.press("I");
    tui.wait_for("Importer fra fil", TIMEOUT);
    tui.press(file.to_str().expect("utf-8 path"));
    tui.press("\r");
    tui.wait_for_all(
        &[
            "Prøvekjøring: rapporter.csv",
            "linje 2: Aldring og helse – endres: status, mottatt",
            "0 nye, 1 endres, 0 uendret.",
        ],
        TIMEOUT,
    );
    tui.press("\r");
    tui.wait_for("Importert: 1 poster skrevet.", TIMEOUT);
    tui.wait_until("the received report", TIMEOUT, |s| {
        row_of(s, "Aldring og helse").is_some_and(|r| r.contains("mottatt"))
    });
    // And it is in the database, received on the day the file gave.
    let conn = rusqlite::Connection::open(&db).expect("open");
    let received: String = conn
        .query_row(
            "SELECT r.received_on FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE u.name LIKE '%aldring og helse' AND r.year = ?1",
            [season],
            |r| r.get(0),
        )
        .expect("the report");
    assert_eq!(received, format!("{}-02-03", season + 1));
    assert!(today.year() >= season);
    quit(&mut tui);
}
