//! The real binary in a pseudo-terminal: a comment being typed in the review form is
//! kept as a draft at once when the connection drops (SIGHUP), and comes back in the
//! form when the program starts again.

use std::path::Path;
use std::time::Duration;

use crate::support::pty::Tui;

const TIMEOUT: Duration = Duration::from_secs(20);

/// The demo of today with the sarcoma service's report of the season received.
fn demo_with_received_report(home: &Path) -> std::path::PathBuf {
    let db = home.join("demo.sqlite");
    let mut store = irf::store::Store::open(&db, irf::store::OpenMode::ReadWrite)
        .expect("create the demo database");
    store
        .seed_demo(&irf::demo::plan(chrono::Local::now().date_naive()))
        .expect("seed the demo database");
    drop(store);
    let changed = rusqlite::Connection::open(&db)
        .expect("open")
        .execute(
            "UPDATE annual_reports SET status = 'mottatt'
              WHERE unit_id = (SELECT id FROM units WHERE name LIKE '%for sarkomer')
                AND year = (SELECT max(year) FROM annual_reports)",
            [],
        )
        .expect("update");
    assert_eq!(changed, 1);
    db
}

fn comment_drafts(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).expect("open");
    let mut stmt = conn
        .prepare("SELECT text FROM drafts WHERE entity = 'report' AND field = 'comment:K01'")
        .expect("prepare");
    stmt.query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<Vec<String>, _>>()
        .expect("rows")
}

/// Starts the program, finds the sarcoma report in Årsrapporter and opens its review.
fn open_review(db: &Path, home: &Path) -> Tui {
    let db = db.to_str().expect("utf-8 path");
    let mut tui = Tui::spawn(&["--demo", "--db", db], home, "pty-test", 100, 30);
    tui.wait_for_all(&["Årshjul", "Tidslinje"], TIMEOUT);
    tui.press("2");
    tui.wait_for("sesong", TIMEOUT);
    tui.press("/sarkom\r");
    tui.wait_for("Sarkomer", TIMEOUT);
    tui.press("r");
    tui.wait_for("Sjekkliste", TIMEOUT);
    tui
}

#[test]
fn a_hang_up_keeps_the_comment_being_typed_and_it_comes_back() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = demo_with_received_report(home.path());
    let mut tui = open_review(&db, home.path());
    tui.press("\t");
    tui.wait_for("▶ Kommentar K01", TIMEOUT);
    tui.press("Midt i en kommentar");
    tui.wait_for("Midt i en kommentar", TIMEOUT);
    let pid = tui.pid().to_string();
    let ok = std::process::Command::new("kill")
        .args(["-HUP", pid.as_str()])
        .status()
        .expect("run kill")
        .success();
    assert!(ok);
    tui.wait_exit(TIMEOUT);
    assert_eq!(comment_drafts(&db), ["Midt i en kommentar"]);

    let mut again = open_review(&db, home.path());
    again.wait_for("Ulagret tekst fra sist er hentet fram (K01)", TIMEOUT);
    again.press("\t");
    again.wait_for("▶ Kommentar K01", TIMEOUT);
    again.press(" slutt\t");
    again.wait_for("Kommentaren til K01 er lagret.", TIMEOUT);
    // Tab moved on to the assessment: Esc leaves it, Esc again leaves the review.
    again.press("\x1b");
    again.wait_for("▶ Sjekkliste", TIMEOUT);
    again.press("\x1b");
    again.wait_for("sesong", TIMEOUT);
    again.press("q");
    assert!(again.wait_exit(TIMEOUT).success());
    let comment: String = rusqlite::Connection::open(&db)
        .expect("open")
        .query_row(
            "SELECT a.comment FROM report_answers a JOIN annual_reports r ON r.id = a.report_id
               JOIN units u ON u.id = r.unit_id
              WHERE a.item_code = 'K01' AND u.name LIKE '%sarkom%' AND r.year = 2025",
            [],
            |r| r.get(0),
        )
        .expect("the comment");
    assert_eq!(comment, "Midt i en kommentar slutt");
    assert!(comment_drafts(&db).is_empty());
}
