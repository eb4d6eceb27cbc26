//! End to end: the real `irf` binary in a pseudo-terminal (portable-pty), its output
//! parsed by a terminal emulator (vt100). A reader thread drains the PTY into the
//! parser and a raw byte log; the test waits for text on the parsed screen, types keys,
//! and checks that quitting exits cleanly and leaves the alternate screen.
//!
//! Each run gets its own temp HOME (no user keymap or config) and TERM=xterm-256color.
//! Timeouts are generous (20 s) because CI machines are slow; a passing run takes well
//! under a second per test.

mod support;

use support::session::{TIMEOUT, demo_store, quit, spawn_demo};

fn last_index(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

#[test]
fn demo_session_switches_panes_opens_help_and_quits_cleanly() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("demo.sqlite");
    let mut tui = spawn_demo(&db, home.path(), &[], (100, 30));

    tui.wait_for("Årshjul", TIMEOUT);
    tui.wait_for("Bruker:", TIMEOUT);

    tui.press("2");
    tui.wait_for("[Årsrapporter]", TIMEOUT);

    tui.press("?");
    tui.wait_for("Hjelp – taster", TIMEOUT);
    tui.press("\x1b");
    tui.wait_until("the help to close", TIMEOUT, |s| {
        !s.contents().contains("Hjelp – taster")
    });

    quit(&mut tui);

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
    let mut tui = spawn_demo(&db, home.path(), &["--lang", "en"], (100, 30));

    tui.wait_for("Annual cycle", TIMEOUT);
    tui.wait_for("User:", TIMEOUT);

    quit(&mut tui);
    assert!(!tui.alternate_screen());
}

/// A demo contact whose name has æ, ø or å and whose folded name (what someone
/// without a Norwegian keyboard types) finds that contact alone: (name, folded).
fn uniquely_found_demo_contact(store: &irf::store::Store) -> (String, String) {
    use irf::store::{ListFilter, ListKind, Row};
    let all = ListFilter {
        text: String::new(),
        year: 0,
        ..Default::default()
    };
    let total = store
        .list_count(ListKind::Contacts, &all)
        .expect("count the demo contacts");
    let rows = store
        .list_window(ListKind::Contacts, &all, 0, total)
        .expect("read the demo contacts");
    for row in rows {
        let Row::Contact(contact) = row else {
            continue;
        };
        if !contact.name.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']) {
            continue;
        }
        let folded = irf::domain::fold(&contact.name);
        let filter = ListFilter {
            text: folded.clone(),
            year: 0,
            ..Default::default()
        };
        if store.list_count(ListKind::Contacts, &filter).ok() == Some(1) {
            return (contact.name, folded);
        }
    }
    panic!("no demo contact with æøå in the name is found alone by its folded name");
}

#[test]
fn contacts_filter_finds_a_name_typed_without_aeoa() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("demo.sqlite");
    let (name, folded) = uniquely_found_demo_contact(&demo_store(home.path()));
    assert!(folded.is_ascii(), "{folded:?} is not plain ASCII");
    eprintln!("typing {folded:?} to find {name:?}");
    let mut tui = spawn_demo(&db, home.path(), &[], (100, 30));

    tui.wait_for_all(&["Årshjul", "Bruker:"], TIMEOUT);
    tui.press("4");
    tui.wait_for("Kontakter ·", TIMEOUT);
    tui.press("/");
    tui.press(&folded);
    tui.wait_until(
        &format!("{name:?} alone after typing {folded:?}"),
        TIMEOUT,
        |s| {
            let screen = s.contents();
            // "1 av 1" and not "1 av 12".
            let one_of_one = screen
                .split("Kontakter · 1 av 1")
                .nth(1)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()));
            one_of_one && screen.contains(&name)
        },
    );
    // Enter leaves the filter line with the filter kept; had it not, `q` would be typed
    // into the filter instead of quitting, and the exit below would time out.
    tui.press("\r");
    quit(&mut tui);
    assert!(
        !tui.alternate_screen(),
        "still on the alternate screen after quitting"
    );
}

#[test]
fn ranking_two_applications_by_keys_is_kept() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("demo.sqlite");
    let first_before = {
        let round = demo_store(home.path()).ranking().expect("the round");
        assert!(round.len() >= 2, "the demo's round has two applications");
        round[0].title.clone()
    };
    let mut tui = spawn_demo(&db, home.path(), &[], (120, 30));
    tui.wait_for_all(&["Årshjul", "Bruker:"], TIMEOUT);
    tui.press("vvv");
    tui.wait_for("[Rangering]", TIMEOUT);
    // The first place, moved down one with J: the other application is first now.
    tui.press("g");
    tui.press("J");
    let short: String = first_before.chars().take(30).collect();
    tui.wait_until(
        "the first application to move to second place",
        TIMEOUT,
        |s| {
            s.contents()
                .lines()
                .any(|l| l.contains(&short) && l.contains("2. "))
        },
    );
    quit(&mut tui);
    let store = irf::store::Store::open(&db, irf::store::OpenMode::ReadOnly).expect("reopen");
    let round = store.ranking().expect("the round");
    assert_eq!(round[1].title, first_before, "the new order was saved");
    assert_eq!(round[0].irf_rank, Some(1));
    assert_eq!(round[1].irf_rank, Some(2));
}
