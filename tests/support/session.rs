//! What the pseudo-terminal tests (`tests/pty*.rs`, `tests/review/pty.rs`) start from
//! and end with: a demo database of today in a temp HOME, `irf --demo --db` on it in a
//! terminal of the test user `pty-test`, the drafts the program kept, a signal sent to
//! it, and a clean quit.

// Each test crate that declares `mod support;` uses only part of the shared helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use irf::store::{OpenMode, Store};

use super::pty::Tui;

/// How long a test waits for the screen (CI machines are slow; a passing run takes well
/// under a second a step).
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// The store on `HOME/demo.sqlite` with the demo of today written into it, as `irf
/// --demo` makes it (and keeps, being today's), its season in March's phase so that
/// every report state is there whatever the day the tests run.
pub fn demo_store(home: &Path) -> Store {
    let mut store = Store::open(&home.join("demo.sqlite"), OpenMode::ReadWrite)
        .expect("create the demo database");
    store
        .seed_demo(&irf::demo::plan_in(
            chrono::Local::now().date_naive(),
            irf::demo::SeasonPhase::Reviewing,
        ))
        .expect("seed the demo database");
    store
}

/// `HOME/demo.sqlite` with the demo of today written into it, closed again.
pub fn demo_db(home: &Path) -> PathBuf {
    drop(demo_store(home));
    home.join("demo.sqlite")
}

/// `irf --demo [ARGS…] --db DB` in a `cols`×`rows` terminal with HOME `home`.
pub fn spawn_demo(db: &Path, home: &Path, args: &[&str], (cols, rows): (u16, u16)) -> Tui {
    let mut all = vec!["--demo"];
    all.extend_from_slice(args);
    all.extend(["--db", db.to_str().expect("utf-8 path")]);
    Tui::spawn(&all, home, "pty-test", cols, rows)
}

/// The texts of the drafts kept for `entity`'s `field`.
pub fn drafts(db: &Path, entity: &str, field: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).expect("open");
    let mut stmt = conn
        .prepare("SELECT text FROM drafts WHERE entity = ?1 AND field = ?2")
        .expect("prepare");
    stmt.query_map([entity, field], |r| r.get(0))
        .expect("query")
        .collect::<Result<Vec<String>, _>>()
        .expect("rows")
}

/// Sends the signal `name` (`KILL`, `HUP`, `TERM`) to process `pid`.
pub fn signal(pid: u32, name: &str) {
    let ok = std::process::Command::new("kill")
        .args([format!("-{name}"), pid.to_string()])
        .status()
        .expect("run kill")
        .success();
    assert!(ok, "kill -{name} {pid}");
}

/// Presses `q` and asserts that the program exits with success.
pub fn quit(tui: &mut Tui) {
    tui.press("q");
    let status = tui.wait_exit(TIMEOUT);
    assert!(
        status.success(),
        "irf exited with {status:?}; the screen:\n{}",
        tui.contents()
    );
}
