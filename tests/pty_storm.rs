//! The resize and key storm: the real `irf` in a pseudo-terminal gets 500 random resizes
//! (1×1 up to 300×100) interleaved with keys, in every pane and every overlay (help,
//! palette, filter, form, confirm, dialog, review, case editor, meeting mode, history,
//! "Siden sist"), in bokmål and in English. It passes when the program never dies, the
//! last frame at the final size shows the tab bar and the footer, and quitting restores
//! the terminal (alternate screen off, cursor shown).
//!
//! The keys and sizes come from a seeded generator; the seed is printed, and
//! `IRF_STORM_SEED=<n>` replays a run.

mod support;

use std::time::Duration;

use support::pty::Tui;
use support::rng::{Rng, seed};
use support::session::{TIMEOUT, demo_db, spawn_demo};

/// The ways into each overlay and focus, from the list of any pane: pane keys first.
const SCENES: &[&str] = &[
    "1",   // Årshjul
    "1v",  // its next view
    "2",   // Årsrapporter
    "2\r", // a report's review, or its detail
    "2r",  // review
    "2H",  // history
    "3\r", // Fornyelser, detail
    "4n",  // a new contact's form
    "4d",  // confirm a deletion
    "4/ø", // the filter
    "5n",  // a new case's dialog
    "5e",  // the case editor
    "5M",  // meeting mode
    "6\r", // Tjenester, detail
    "6S",  // Siden sist
    "?",   // help
    ":sa", // the palette
];

/// Keys pressed between resizes: movement, typing (never `q` on its own, which quits
/// from a list), Tab, Enter (not in the palette, where it may run "quit") and Esc;
/// arrows and page keys as escape sequences.
const KEYS: &[&str] = &[
    "j", "k", "g", "G", "\t", "\r", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1b[5~", "\x1b[6~",
    "a", "x", "ø", "Å", "1", " ", "\x7f", "v", "<", ">",
];

/// Esc three times, each alone (an Esc followed at once by another byte reads as Alt),
/// which closes any overlay, form or editor and leaves the list.
fn back(tui: &mut Tui) {
    for _ in 0..3 {
        tui.press("\x1b");
        std::thread::sleep(Duration::from_millis(3));
    }
}

/// Sends `resizes` random sizes with keys between them in `lang`'s UI, then checks the
/// last frame and a clean quit.
fn storm(args: &[&str], tab: &str, status: &str, resizes: usize) {
    let seed = seed("IRF_STORM_SEED");
    eprintln!("storm seed {seed} (replay with IRF_STORM_SEED={seed})");
    let mut rng = Rng(seed);
    let home = tempfile::tempdir().expect("temp HOME");
    let db = demo_db(home.path());
    let mut tui: Tui = spawn_demo(&db, home.path(), args, (100, 30));
    tui.wait_for(status, TIMEOUT);
    let mut done = 0;
    while done < resizes {
        // Back to a list, then into the next scene.
        back(&mut tui);
        let scene = rng.pick(SCENES);
        tui.press(scene);
        // Enter in the palette runs what matches, and that may be "quit".
        let keys: Vec<&str> = KEYS
            .iter()
            .copied()
            .filter(|k| !(scene.starts_with(':') && *k == "\r"))
            .collect();
        for _ in 0..rng.range(2, 8) {
            let (cols, rows) = (rng.range(1, 300), rng.range(1, 100));
            tui.resize(cols, rows);
            done += 1;
            for _ in 0..rng.range(0, 3) {
                tui.press(rng.pick(&keys));
            }
            // Now and then a pause, so that a frame is drawn at this size (a burst
            // is drawn once, at its end).
            if rng.range(0, 4) == 0 {
                std::thread::sleep(Duration::from_millis(15));
            }
            assert!(
                !tui.exited(),
                "irf exited during the storm (seed {seed}); the screen:\n{}",
                tui.contents()
            );
        }
    }
    back(&mut tui);
    let (cols, rows) = (rng.range(80, 300), rng.range(24, 100));
    tui.resize(cols, rows);
    // The keys are taken in order; wait until the program has caught up.
    let caught_up = std::time::Instant::now();
    tui.settle(Duration::from_millis(500), TIMEOUT);
    eprintln!("caught up {:?} after the last resize", caught_up.elapsed());
    // A repaint after the last resize: the first and last rows of the final size.
    let at_list = |s: &vt100::Screen| {
        let lines: Vec<String> = s.rows(0, cols).collect();
        // The footer: the key hints, then the status line (or a message in it).
        let last = usize::from(rows) - 1;
        lines.len() == usize::from(rows)
            && lines[0].contains(tab)
            && lines[last - 1].contains(" · ")
            && !lines[last].trim().is_empty()
    };
    // Two Esc bytes that reach the terminal together are read as one Esc, so an
    // overlay over a form may still be open: Esc again, as a user would.
    for _ in 0..3 {
        if tui.screen_matches(at_list) {
            break;
        }
        tui.press("\x1b");
        tui.settle(Duration::from_millis(300), TIMEOUT);
    }
    tui.wait_until(
        &format!("the tab bar and footer at {cols}×{rows} (seed {seed})"),
        TIMEOUT,
        at_list,
    );
    assert!(!tui.exited(), "irf died at the end (seed {seed})");
    tui.press("q");
    let status = tui.wait_exit(TIMEOUT);
    assert!(
        status.success(),
        "irf exited with {status:?} (seed {seed}); the screen:\n{}",
        tui.contents()
    );
    assert!(!tui.alternate_screen(), "still on the alternate screen");
    assert!(tui.cursor_shown(), "the cursor is still hidden");
}

#[test]
fn five_hundred_resizes_and_keys_in_bokmal() {
    storm(&[], "1 Årshjul", "Bruker:", 500);
}

#[test]
fn five_hundred_resizes_and_keys_in_english() {
    storm(&["--lang", "en"], "1 Annual cycle", "User:", 500);
}
