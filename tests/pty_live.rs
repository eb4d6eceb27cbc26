//! The shared desk end to end: two real `irf` binaries in pseudo-terminals on one
//! database file. One deletes a contact; the other's screen drops the row and says who
//! removed it, within a few seconds and without a key; and while nothing changes, an
//! idle program writes nothing to its terminal.

mod support;

use std::time::Duration;

use support::pty::Tui;

const TIMEOUT: Duration = Duration::from_secs(20);

#[test]
fn a_deletion_in_one_program_shows_in_the_other_without_a_key() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("demo.sqlite");
    let db = db.to_str().expect("utf-8 path");
    let mut anne = Tui::spawn(&["--demo", "--db", db], home.path(), "anne", 100, 30);
    anne.wait_for("Bruker:", TIMEOUT);
    let mut kari = Tui::spawn(&["--db", db], home.path(), "kari", 100, 30);
    kari.wait_for("Bruker:", TIMEOUT);
    for tui in [&mut anne, &mut kari] {
        tui.press("4");
        tui.wait_for("Kontakter · ", TIMEOUT);
    }
    // Anne is idle now: her screen settles and then stays byte for byte quiet.
    anne.settle(Duration::from_millis(500), TIMEOUT);
    let quiet = anne.bytes();
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(anne.bytes(), quiet, "an idle program wrote to its terminal");

    // Kari deletes the first contact.
    kari.press("d");
    kari.wait_for("Slette «", TIMEOUT);
    kari.press("\r");
    kari.wait_for("Slettet", TIMEOUT);

    // Anne, who stood on the same person, sees it without pressing anything: one
    // contact fewer, and a sentence saying who removed it.
    anne.wait_for_all(
        &["Kontakter · 1 av 35", "kari fjernet posten du sto på"],
        TIMEOUT,
    );
    for tui in [&mut anne, &mut kari] {
        tui.press("q");
        assert!(tui.wait_exit(TIMEOUT).success());
    }
}
