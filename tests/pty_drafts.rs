//! Nothing typed is lost: the real binary in a pseudo-terminal, writing a case. Killed
//! with SIGKILL after the text was kept (at most two seconds after typing stops), the
//! next start offers the text back; a hang-up (SIGHUP, as when an SSH session dies)
//! keeps the text at once, even mid-sentence.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use support::pty::Tui;
use support::session::{TIMEOUT, demo_db, quit, signal, spawn_demo};

/// The background drafts of cases, as kept in the database.
fn drafts(db: &Path) -> Vec<String> {
    support::session::drafts(db, "case", "background")
}

fn start_writing(db: &Path, home: &Path) -> Tui {
    let mut tui = spawn_demo(db, home, &[], (100, 30));
    tui.wait_for_all(&["Årshjul", "Tidslinje"], TIMEOUT);
    tui.press("5");
    tui.wait_for("[Saker]", TIMEOUT);
    tui.press("e");
    tui.wait_for("Ctrl-S", TIMEOUT);
    tui
}

#[test]
fn killed_after_a_pause_the_text_comes_back() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = demo_db(home.path());
    let mut tui = start_writing(&db, home.path());
    tui.press("Halvferdig setning om Tromsø");
    let typed = Instant::now();
    let kept = loop {
        if drafts(&db)
            .iter()
            .any(|d| d.contains("Halvferdig setning om Tromsø"))
        {
            break typed.elapsed();
        }
        assert!(typed.elapsed() < TIMEOUT, "the draft was never kept");
        std::thread::sleep(Duration::from_millis(50));
    };
    eprintln!("draft kept {kept:?} after the last key");
    signal(tui.pid(), "KILL");
    tui.wait_exit(TIMEOUT);

    // The next start says text was kept, and opening the case brings it back.
    let mut again = spawn_demo(&db, home.path(), &[], (100, 30));
    again.wait_for("Ulagret tekst", TIMEOUT);
    again.press("5");
    again.wait_for("[Saker]", TIMEOUT);
    again.press("e");
    again.wait_for("Halvferdig setning om Tromsø", TIMEOUT);
    // Esc on its own (followed at once by a key it would read as Alt-key).
    again.press("\x1b");
    again.wait_for("[Saker]", TIMEOUT);
    quit(&mut again);
}

#[test]
fn a_hang_up_keeps_the_text_at_once() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = demo_db(home.path());
    let mut tui = start_writing(&db, home.path());
    tui.press("Midt i en setn");
    tui.wait_for("Midt i en setn", TIMEOUT);
    signal(tui.pid(), "HUP");
    tui.wait_exit(TIMEOUT);
    assert!(
        drafts(&db).iter().any(|d| d.contains("Midt i en setn")),
        "{:?}",
        drafts(&db)
    );
}

#[test]
fn idle_it_ends_on_a_hang_up_or_a_term_at_once() {
    for name in ["HUP", "TERM"] {
        let home = tempfile::tempdir().expect("temp HOME");
        let db = demo_db(home.path());
        let mut tui = spawn_demo(&db, home.path(), &[], (100, 30));
        tui.wait_for_all(&["Årshjul", "Tidslinje"], TIMEOUT);
        signal(tui.pid(), name);
        tui.wait_exit(Duration::from_secs(5));
    }
}
