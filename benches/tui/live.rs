//! The shared-desk part of the TUI benchmark (included by `benches/tui.rs`):
//!
//! - `live_reload_ms`: in-process, the real `App` on the large database at 200×50 in
//!   Årsrapporter (the season's 20k reports); a second connection (another person)
//!   marks one report received, or puts it back to expected; then the app's look at the
//!   file (`App::look_outside`, which re-reads the list, counts, detail, warnings and
//!   timeline) plus the draw that follows. Median of 40 commits. Target: ≤ 2 ms. The
//!   reports are put back as they were, so the database stays the same for the next run.
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
