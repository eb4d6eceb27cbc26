//! The real binary in a pseudo-terminal: a comment being typed in the review form is
//! kept as a draft at once when the connection drops (SIGHUP), and comes back in the
//! form when the program starts again.

use std::path::Path;

use crate::support::pty::Tui;
use crate::support::session::{TIMEOUT, demo_db, quit, signal, spawn_demo};

/// The demo of today with the sarcoma service's report of the season received.
fn demo_with_received_report(home: &Path) -> std::path::PathBuf {
    let db = demo_db(home);
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
    crate::support::session::drafts(db, "report", "comment:K01")
}

/// Starts the program, finds the sarcoma report in Årsrapporter and opens its review.
fn open_review(db: &Path, home: &Path) -> Tui {
    let mut tui = spawn_demo(db, home, &[], (100, 30));
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
    signal(tui.pid(), "HUP");
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
    quit(&mut again);
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
