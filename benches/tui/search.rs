//! The search half of the TUI benchmark (included by `benches/tui.rs`):
//!
//! - `filter_key_ms_median` / `filter_key_ms_max`: in-process, the real `App` on the
//!   large database at 200×50, Kontakter, `/`, then realistic queries typed one
//!   character at a time and backspaced away again; one `on_key` plus the draw that
//!   follows, per character key. Target: ≤ 10 ms per key.
//! - `find_ms` / `find_sqlite3_ms`: the whole process `irf --db <large> find <query>`
//!   beside `sqlite3 <large> "<the same index query>"`, medians over interleaved runs.
//!   Goal: irf ≤ 1.5× sqlite3.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use super::{Typing, key, median, ms, open_app, step};

/// Typed into the contacts filter: names, a place, a first name and a last name's
/// start, phone digits, an employer.
const FILTER_QUERIES: &[&str] = &[
    "hansen",
    "tromso",
    "ase o",
    "olsen k",
    "22 11",
    "oslo universitet",
];

/// Looked up with `irf find` and with sqlite3.
const FIND_QUERIES: &[&str] = &["hansen", "tromso", "22 11"];

/// Runs of each query for each program, interleaved.
const FIND_RUNS: usize = 11;

/// filter_key median and max, the longest read on and the longest time to a final
/// count (ms), in-process at 200×50 in Kontakter.
pub fn filter_keys(db: &Path) -> (f64, f64, f64, f64) {
    step("filter: typing queries into the contacts filter in-process at 200x50");
    let mut app = open_app(db);
    app.set_page_rows(irf::ui::list_rows(200, 50));
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    let draw = |t: &mut Terminal<TestBackend>, app: &irf::app::App| {
        t.draw(|f| irf::ui::view(f, app)).expect("draw");
    };
    draw(&mut terminal, &app);
    for code in [KeyCode::Char('4'), KeyCode::Char('/')] {
        app.on_key(key(code));
        draw(&mut terminal, &app);
    }
    assert_eq!(
        app.state.mode(),
        irf::app::Mode::Filter,
        "'/' did not open the filter in Kontakter"
    );
    let all = app.state.list().total;
    let mut all_typing = Typing::default();
    for query in FILTER_QUERIES {
        let (mut typed, mut erased) = (Typing::default(), Typing::default());
        for c in query.chars() {
            typed.press(&mut app, &mut terminal, KeyCode::Char(c));
        }
        assert_eq!(app.state.list().filter.text, *query, "the filter text");
        let hits = app.state.list().total;
        for _ in query.chars() {
            erased.press(&mut app, &mut terminal, KeyCode::Backspace);
        }
        assert!(app.state.list().filter.text.is_empty(), "backspaced away");
        let (typed_median, typed_max, typed_read, typed_settled) = typed.figures();
        let (erased_median, erased_max, erased_read, erased_settled) = erased.figures();
        let slowest = typed
            .keys
            .iter()
            .chain(&erased.keys)
            .position(|t| *t == typed_max.max(erased_max))
            .map(|i| {
                let n = query.chars().count();
                let shown = if i < n { i + 1 } else { 2 * n - i - 1 };
                query.chars().take(shown).collect::<String>()
            })
            .unwrap_or_default();
        println!(
            "filter {query:?}: {hits} of {all} contacts; typing median {typed_median:.2} ms, \
             max {typed_max:.2} ms; backspace median {erased_median:.2} ms, max {erased_max:.2} ms; \
             slowest with {slowest:?} in the filter; read on at most {:.2} ms, final count \
             after at most {:.2} ms",
            typed_read.max(erased_read),
            typed_settled.max(erased_settled),
        );
        all_typing.extend(typed);
        all_typing.extend(erased);
    }
    all_typing.figures()
}

/// The folded query as sqlite3 gets it: the index query `irf find` runs, with its cap.
fn sqlite3_query(query: &str) -> String {
    let folded = irf::domain::fold(query);
    assert!(
        !folded.contains(['"', '\'']) && folded.chars().count() >= 3,
        "a bench query needs no escaping and takes the trigram path: {query:?}"
    );
    // `irf find` reads max(20 × its limit of 20, 200) = 400 candidates, then ranks them.
    format!(
        "SELECT rowid, title FROM search_index WHERE search_index MATCH '\"{folded}\"' LIMIT 400;"
    )
}

/// Runs `cmd` with output to /dev/null; its time (ms) and whether it exited 0 or 1
/// (1 is "nothing found" for `irf find`).
pub fn timed_run(cmd: &mut Command) -> (f64, bool) {
    let started = Instant::now();
    let status = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let elapsed = ms(started.elapsed());
    let ok = matches!(status.map(|s| s.code()), Ok(Some(0 | 1)));
    (elapsed, ok)
}

/// `irf find` and sqlite3 medians (ms); sqlite3's is `None` when it cannot be run.
pub fn find_vs_sqlite3(db: &Path, home: &Path) -> (f64, Option<f64>) {
    let irf = || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_irf"));
        cmd.env_clear()
            .env("HOME", home)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .current_dir(home)
            .arg("--db")
            .arg(db)
            .arg("find");
        cmd
    };
    let sqlite3 = |sql: &str| {
        let mut cmd = Command::new("sqlite3");
        cmd.env("HOME", home).arg(db).arg(sql);
        cmd
    };
    let have_sqlite3 = Command::new("sqlite3")
        .arg("-version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !have_sqlite3 {
        println!("sqlite3 is not on PATH: find_sqlite3_ms=na");
    }
    let mut use_sqlite3 = have_sqlite3;
    step(&format!(
        "find: {FIND_RUNS} interleaved runs of {} queries",
        FIND_QUERIES.len()
    ));
    // One warm-up of each so both start from a warm page cache.
    for query in FIND_QUERIES {
        assert!(timed_run(irf().arg(query)).1, "irf find {query:?} failed");
        if use_sqlite3 && !timed_run(&mut sqlite3(&sqlite3_query(query))).1 {
            println!("sqlite3 could not run the index query (no trigram tokenizer?): na");
            use_sqlite3 = false;
        }
    }
    let (mut all_irf, mut all_sqlite3) = (Vec::new(), Vec::new());
    let mut per_query = vec![(Vec::new(), Vec::new()); FIND_QUERIES.len()];
    for _ in 0..FIND_RUNS {
        for (i, query) in FIND_QUERIES.iter().enumerate() {
            let (t, ok) = timed_run(irf().arg(query));
            assert!(ok, "irf find {query:?} failed");
            per_query[i].0.push(t);
            if use_sqlite3 {
                let (t, ok) = timed_run(&mut sqlite3(&sqlite3_query(query)));
                assert!(ok, "sqlite3 failed on {query:?}");
                per_query[i].1.push(t);
            }
        }
    }
    for (query, (irf_runs, sqlite3_runs)) in FIND_QUERIES.iter().zip(&mut per_query) {
        all_irf.extend_from_slice(irf_runs);
        all_sqlite3.extend_from_slice(sqlite3_runs);
        let irf_med = median(irf_runs);
        if sqlite3_runs.is_empty() {
            println!("find {query:?}: irf median {irf_med:.2} ms");
        } else {
            let sq_med = median(sqlite3_runs);
            println!(
                "find {query:?}: irf median {irf_med:.2} ms, sqlite3 median {sq_med:.2} ms, \
                 ratio {:.2}",
                irf_med / sq_med
            );
        }
    }
    let irf_med = median(&mut all_irf);
    let sq_med = use_sqlite3.then(|| median(&mut all_sqlite3));
    match sq_med {
        Some(sq) => println!(
            "find overall: irf {irf_med:.2} ms / sqlite3 {sq:.2} ms = {:.2} (goal ≤ 1.50)",
            irf_med / sq
        ),
        None => println!("find overall: irf {irf_med:.2} ms (no sqlite3 to compare)"),
    }
    (irf_med, sq_med)
}
