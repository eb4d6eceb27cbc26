//! The report-season part of the TUI benchmark (included by `benches/tui.rs`):
//!
//! - `queue_key_ms_median` / `queue_key_ms_max`: in-process, the real `App` on the large
//!   database at 200×50, Årsrapporter (the season's 20k of the 200k reports at 100×), `/`, then
//!   queries typed one character at a time and backspaced away; one `on_key` plus the
//!   draw that follows, per key. Twice: on the whole queue, and narrowed (region HSØ,
//!   status forventet) and sorted by status, descending. Target: ≤ 10 ms per key.

use std::path::Path;
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use super::{Typing, key, median, ms, open_app, step};

/// Typed into the queue's filter: a unit's number, a field's number, words of names.
const QUEUE_QUERIES: &[&str] = &["tjeneste 0", "fagområde 12", "00042", "for fag"];

/// queue_key median and max, the longest read on and the longest time to a final
/// count (ms), in-process at 200×50 in Årsrapporter.
pub fn queue_keys(db: &Path) -> (f64, f64, f64, f64) {
    step("queue: typing into the Årsrapporter filter in-process at 200x50");
    let mut app = open_app(db);
    app.set_page_rows(irf::ui::list_rows(200, 50));
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    let draw = |t: &mut Terminal<TestBackend>, app: &irf::app::App| {
        t.draw(|f| irf::ui::view(f, app)).expect("draw");
    };
    let press = |app: &mut irf::app::App, t: &mut Terminal<TestBackend>, code: KeyCode| {
        app.on_key(key(code));
        draw(t, app);
    };
    press(&mut app, &mut terminal, KeyCode::Char('2'));
    let season = app.state.list().total;
    assert!(season >= 1_000, "the season has its reports: {season}");
    let mut times = Typing::default();
    for narrowed in [false, true] {
        if narrowed {
            // f: region → HSØ, two fields down, status → forventet, Enter.
            for code in [
                KeyCode::Char('f'),
                KeyCode::Right,
                KeyCode::Tab,
                KeyCode::Tab,
                KeyCode::Right,
                KeyCode::Enter,
            ] {
                press(&mut app, &mut terminal, code);
            }
            // o ×4: unit → kind → region → reviewer → status; O: descending.
            for code in "ooooO".chars().map(KeyCode::Char) {
                press(&mut app, &mut terminal, code);
            }
            let q = &app.state.list().filter.queue;
            assert!(
                q.region.is_some() && q.status.is_some() && q.descending,
                "{q:?}"
            );
        }
        let all = app.state.list().total;
        press(&mut app, &mut terminal, KeyCode::Char('/'));
        assert_eq!(
            app.state.mode(),
            irf::app::Mode::Filter,
            "'/' opened the filter"
        );
        for query in QUEUE_QUERIES {
            let mut typing = Typing::default();
            for c in query.chars() {
                typing.press(&mut app, &mut terminal, KeyCode::Char(c));
            }
            let hits = app.state.list().total;
            for _ in query.chars() {
                typing.press(&mut app, &mut terminal, KeyCode::Backspace);
            }
            let (median, max, read, settled) = typing.figures();
            println!(
                "queue {}{query:?}: {hits} of {all} reports; per key median {median:.2} ms, \
                 max {max:.2} ms; read on at most {read:.2} ms, final count after at most \
                 {settled:.2} ms",
                if narrowed { "narrowed, " } else { "" },
            );
            times.extend(typing);
        }
        press(&mut app, &mut terminal, KeyCode::Esc);
    }
    times.figures()
}

/// Runs of `irf summary --json` (and of sqlite3) on the large database.
const SUMMARY_RUNS: usize = 7;

/// The aggregates `irf summary` needs, as sqlite3 runs them: the answer table, the
/// portfolio's ages and FTE, and the progress per region, for season `year`.
fn summary_sql(year: i32) -> String {
    format!(
        "SELECT a.item_code, a.answer, count(*) FROM annual_reports r
           JOIN units u ON u.id = r.unit_id JOIN report_answers a ON a.report_id = r.id
          WHERE r.year = {year} AND u.kind = 'kompetanse' AND a.answer IS NOT NULL
            AND r.status != 'forventet' GROUP BY a.item_code, a.answer;
         SELECT CAST(substr(u.approved_on, 1, 4) AS INTEGER), u.fte FROM annual_reports r
           JOIN units u ON u.id = r.unit_id
          WHERE r.year = {year} AND u.kind = 'kompetanse' AND r.status != 'forventet';
         SELECT u.region_code, count(*), sum(r.status IN ('vurdert', 'oppfolging', 'lukket'))
           FROM annual_reports r JOIN units u ON u.id = r.unit_id
          WHERE r.year = {year} GROUP BY u.region_code;"
    )
}

/// `summary_json_ms`: the whole process `irf --db <large> summary --json` (the current
/// season: 20k reports with their checklist answers), and `summary_sqlite3_ms`: sqlite3
/// running the same aggregates on the same file, runs interleaved, medians. sqlite3's
/// is `None` when it is not installed. Goal: irf ≤ 2× sqlite3.
pub fn summary_json(db: &Path, home: &Path) -> (f64, Option<f64>) {
    step("summary: irf summary --json and sqlite3's aggregates on the large database");
    let bin = Path::new(env!("CARGO_BIN_EXE_irf"));
    let year = irf::domain::current_season(chrono::Local::now().date_naive());
    let sql = summary_sql(year);
    let sqlite3 = || {
        let mut cmd = std::process::Command::new("sqlite3");
        cmd.env("HOME", home).arg(db).arg(&sql);
        super::search::timed_run(&mut cmd)
    };
    let mut use_sqlite3 = sqlite3().1;
    if !use_sqlite3 {
        println!("sqlite3 could not run the summary's aggregates: summary_sqlite3_ms=na");
    }
    let (mut times, mut times_sqlite3) = (Vec::new(), Vec::new());
    for _ in 0..SUMMARY_RUNS {
        let started = Instant::now();
        let out = std::process::Command::new(bin)
            .args([
                "--db".as_ref(),
                db.as_os_str(),
                "summary".as_ref(),
                "--json".as_ref(),
            ])
            .env("HOME", home)
            .output()
            .expect("run irf summary");
        times.push(ms(started.elapsed()));
        assert!(out.status.success(), "irf summary failed: {out:?}");
        assert!(
            out.stdout.starts_with(b"{"),
            "irf summary --json printed JSON"
        );
        if use_sqlite3 {
            let (t, ok) = sqlite3();
            use_sqlite3 = ok;
            times_sqlite3.push(t);
        }
    }
    let median_irf = median(&mut times);
    let median_sqlite3 =
        (use_sqlite3 && !times_sqlite3.is_empty()).then(|| median(&mut times_sqlite3));
    match median_sqlite3 {
        Some(s) => println!(
            "summary --json: median {median_irf:.1} ms, sqlite3 {s:.1} ms, ratio {:.2} (goal ≤ 2.00) over {SUMMARY_RUNS} runs",
            median_irf / s
        ),
        None => println!("summary --json: median {median_irf:.1} ms over {SUMMARY_RUNS} runs"),
    }
    (median_irf, median_sqlite3)
}
