//! The shared-desk part of the TUI benchmark (included by `benches/tui.rs`):
//!
//! - `live_reload_ms`: in-process, the real `App` on the large database at 200×50 in
//!   Årsrapporter (the season's 20k reports); a second connection (another person)
//!   marks one report received, or puts it back to expected; then the app's look at the
//!   file (`App::look_outside`, which re-reads the list, counts, detail, warnings and
//!   timeline) plus the draw that follows. Median of 40 commits. Target: ≤ 2 ms. The
//!   reports are put back as they were, so the database stays the same for the next run.
//! - `history_ms`: in-process at 200×50, `H` on a contact whose history holds 10,000
//!   audit rows (added once to the cached database, dated 2020), plus the draw: the
//!   first page read and shown. Median of 20 opens. Target: ≤ 10 ms.
//! - `idle_wakeups`: how often the running program is woken in 10 s without input
//!   (voluntary context switches of all its threads, from /proc). Target: ≤ 10.

use std::path::Path;
use std::time::Instant;

use irf::domain::ReportStatus;
use irf::store::{BulkChange, OpenMode, Row, Store};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use super::{key, median, ms, open_app, step};

/// live_reload median (ms).
pub fn live_reload(db: &Path) -> f64 {
    step("live: 40 commits by another connection, each looked at and drawn");
    let mut app = open_app(db);
    app.set_page_rows(irf::ui::list_rows(200, 50));
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    app.on_key(key(KeyCode::Char('2')));
    terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
    let expected: Vec<i64> = app
        .state
        .list()
        .window
        .iter()
        .filter_map(|r| match r {
            Row::Report(r) if r.status == ReportStatus::Expected => Some(r.id),
            _ => None,
        })
        .take(20)
        .collect();
    assert!(
        !expected.is_empty(),
        "the queue's window has expected reports"
    );
    let mut other = Store::open(db, OpenMode::ReadWrite).expect("a second connection");
    other.set_user("kari");
    let today = app.state.today;
    let mut times = Vec::new();
    for id in expected {
        for change in [
            BulkChange::Received(today),
            BulkChange::Status(ReportStatus::Expected),
        ] {
            let versions = other.report_versions(&[id]).expect("versions");
            other
                .bulk_reports(&versions, change, today)
                .expect("commit");
            let started = Instant::now();
            assert!(app.look_outside(), "the commit is seen");
            terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
            times.push(ms(started.elapsed()));
        }
    }
    let med = median(&mut times);
    println!(
        "live reload: median {med:.3} ms over {} commits",
        times.len()
    );
    med
}

/// Rows of history the benchmark's contact holds.
const HISTORY_ROWS: i64 = 10_000;

/// history median (ms).
pub fn history_open(db: &Path) -> f64 {
    step("history: a contact with 10,000 audit rows, opened 20 times");
    let contact = {
        let mut app = open_app(db);
        app.on_key(key(KeyCode::Char('4')));
        app.state.list().selected_row().expect("a contact").id()
    };
    ensure_history(db, contact);
    let mut app = open_app(db);
    app.set_page_rows(irf::ui::list_rows(200, 50));
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    app.on_key(key(KeyCode::Char('4')));
    terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
    assert_eq!(app.state.list().selected_row().map(Row::id), Some(contact));
    let mut times = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        app.on_key(key(KeyCode::Char('H')));
        terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
        times.push(ms(started.elapsed()));
        assert_eq!(app.state.mode(), irf::app::Mode::History);
        app.on_key(key(KeyCode::Esc));
    }
    let med = median(&mut times);
    println!("history: median {med:.3} ms to open 10,000 rows' first page");
    med
}

/// Gives contact `id` [`HISTORY_ROWS`] audit rows (phone changes dated 2020), once.
fn ensure_history(db: &Path, id: i64) {
    let mut conn = rusqlite::Connection::open(db).expect("open for history rows");
    let have: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE entity = 'contact' AND entity_id = ?1",
            [id],
            |r| r.get(0),
        )
        .expect("count");
    if have >= HISTORY_ROWS {
        return;
    }
    let tx = conn.transaction().expect("transaction");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO audit_log (at, user, entity, entity_id, action, old_value, new_value)
                 VALUES (?1, 'bench', 'contact', ?2, 'update', ?3, ?4)",
            )
            .expect("prepare");
        for n in have..HISTORY_ROWS {
            let at = format!("2020-01-01T00:00:{:02}Z", n % 60);
            let old = format!("{{\"phone\":\"+47 900 {n:05}\"}}");
            let new = format!("{{\"phone\":\"+47 900 {:05}\"}}", n + 1);
            insert.execute((at, id, old, new)).expect("insert");
        }
    }
    tx.commit().expect("commit");
}

/// The voluntary context switches of every thread of process `pid`.
pub fn wakeups(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return 0;
    };
    tasks
        .filter_map(Result::ok)
        .filter_map(|t| std::fs::read_to_string(t.path().join("status")).ok())
        .filter_map(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("voluntary_ctxt_switches:"))
                .and_then(|v| v.trim().parse::<u64>().ok())
        })
        .sum()
}
