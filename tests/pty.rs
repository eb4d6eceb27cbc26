//! End to end: the real `irf` binary in a pseudo-terminal (portable-pty), its output
//! parsed by a terminal emulator (vt100). A reader thread drains the PTY into the
//! parser and a raw byte log; the test waits for text on the parsed screen, types keys,
//! and checks that quitting exits cleanly and leaves the alternate screen.
//!
//! Each run gets its own temp HOME (no user keymap or config) and TERM=xterm-256color.
//! Timeouts are generous (20 s) because CI machines are slow; a passing run takes well
//! under a second per test.

mod support;

use std::time::Duration;

use support::pty::Tui;

const TIMEOUT: Duration = Duration::from_secs(20);

fn last_index(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

#[test]
fn demo_session_switches_panes_opens_help_and_quits_cleanly() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("demo.sqlite");
    let db = db.to_str().expect("utf-8 path");
    let mut tui = Tui::spawn(&["--demo", "--db", db], home.path(), "pty-test", 100, 30);

    tui.wait_for("Årshjul", TIMEOUT);
    tui.wait_for("Bruker:", TIMEOUT);

    tui.press("2");
    tui.wait_for("Årsrapporter ·", TIMEOUT);

    tui.press("?");
    tui.wait_for("Hjelp – taster", TIMEOUT);
    tui.press("\x1b");
    tui.wait_until("the help to close", TIMEOUT, |s| {
        !s.contents().contains("Hjelp – taster")
    });

    tui.press("q");
    let status = tui.wait_exit(TIMEOUT);
    assert!(
        status.success(),
        "irf exited with {status:?}; the screen:\n{}",
        tui.contents()
    );

    assert!(
        !tui.alternate_screen(),
        "still on the alternate screen after quitting"
    );
    let raw = tui.raw();
    let entered = last_index(&raw, b"\x1b[?1049h").expect("never entered the alternate screen");
    let left = last_index(&raw, b"\x1b[?1049l").expect("never left the alternate screen");
    assert!(
        left > entered,
        "the last enter ({entered}) comes after the last leave ({left})"
    );
}

#[test]
fn english_ui_shows_english_tabs() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("demo.sqlite");
    let db = db.to_str().expect("utf-8 path");
    let mut tui = Tui::spawn(
        &["--demo", "--lang", "en", "--db", db],
        home.path(),
        "pty-test",
        100,
        30,
    );

    tui.wait_for("Annual cycle", TIMEOUT);
    tui.wait_for("User:", TIMEOUT);

    tui.press("q");
    let status = tui.wait_exit(TIMEOUT);
    assert!(
        status.success(),
        "irf exited with {status:?}; the screen:\n{}",
        tui.contents()
    );
    assert!(!tui.alternate_screen());
}
