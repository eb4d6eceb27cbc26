//! The TUI benchmark: how fast and how quiet the program is on a database 100× a
//! realistic year (20k units, 200k reports, 50k contacts, 10k cases). Plain `fn main`,
//! no criterion; run with `cargo bench --bench tui`. It prints detail lines and, last,
//! exactly one `BENCH …` line with these numbers:
//!
//! - `first_frame_ms`: from spawning the release binary in a 120×40 pseudo-terminal on
//!   the large database until the parsed screen shows the tab bar (`Årshjul`) and the
//!   status line (`Bruker:`). Median of 9 runs. Target: ≤ 2× `floor_ms`.
//! - `floor_ms`: the same for `irf bench-floor` (open the database, draw one empty
//!   frame titled `floor`): what any start costs. Runs interleaved with the above.
//! - `nav_key_ms_median` / `nav_key_ms_max`: in-process, the real `App` on the large
//!   database at 200×50 (`TestBackend`), one `on_key` plus the draw that follows, over
//!   2,400 j/k/PageDown presses: 200 in each of the first two views of all six panes,
//!   each pane on a line `nav pane N: median … ms, max … ms` (the switch of view
//!   between them is timed on a line of its own).
//!   `nav_key_ms_median_max_pane` is the worst pane's median. Target: every pane's
//!   median ≤ 1 ms, max ≤ 5 ms. `view_key_ms_max` is the longest key that switched a
//!   pane or view (with its draw), `view_ready_ms_max` the longest until that view's
//!   rows were all there: the lists that read all the data are computed aside while
//!   no key waits (see `store::background`), as in the program.
//! - `bytes_per_nav`: bytes one `j` makes the 120×40 crossterm backend write (median
//!   over 60 presses in Tjenester). Small means only the changed cells are sent.
//! - `idle_bytes`: bytes the running program writes during 10 s without input.
//!   Target: 0 (the event loop sleeps, waking once a second to look at the file).
//! - `idle_wakeups`, `live_reload_ms`, `history_ms`: the shared desk's cost (see `tui/live.rs`).
//! - `peak_rss_mb`: the PTY child's `VmHWM` after walking the big lists. Target: ≤ 40 MB.
//! - `filter_key_ms_median` / `filter_key_ms_max`, `find_ms` / `find_sqlite3_ms`: typing
//!   into the contacts filter, and `irf find` beside sqlite3 (see `tui/search.rs`).
//! - `filter_read_ms_max` / `filter_settled_ms_max` (and `queue_…`): a filter with many
//!   hits is read on while no key waits; the longest such read with its draw, and the
//!   longest time from a key until the count was final (each key is followed by a
//!   pause long enough to read to the end, as a user typing at human speed gives).
//! - `queue_key_ms_median` / `queue_key_ms_max`: typing into the Årsrapporter filter,
//!   whole and narrowed, and `summary_json_ms` / `summary_sqlite3_ms`, `irf summary --json`
//!   beside sqlite3 running the same aggregates, each as a whole process
//!   (see `tui/queue.rs`).
//!
//! The large database is built once into `target/bench-data/` and reused; its name
//! carries the schema and generator versions, so either change builds a new one.
//!
//! Cost must not grow with the data: the same figures are measured at 10× (2k
//! reports a season) and printed before the BENCH line as `SCALE 10 db_mb=… built_s=…
//! first_frame_ms=… …`, with the file's size and how long it took to build (`reused`
//! when it was there). `cargo bench --bench tui -- --scale 1000` adds `SCALE 1000`
//! (200k reports a season, 2M in all: about 1 GB, built in a couple of minutes once).

#[path = "tui/bytes.rs"]
mod bytes;
#[path = "tui/live.rs"]
mod live;
#[path = "../tests/support/pty.rs"]
mod pty;
#[path = "tui/queue.rs"]
mod queue;
#[path = "tui/search.rs"]
mod search;

use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use pty::Tui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const TIMEOUT: Duration = Duration::from_secs(30);
const START_RUNS: usize = 9;

fn step(text: &str) {
    eprintln!("[bench tui] {text}");
}

/// The generated database at `scale` × a realistic year, built once per scale, schema
/// and generator version and reused; its path, its size in MB and, when it was built
/// now, how long that took (s).
fn large_db(scale: usize) -> (PathBuf, f64, Option<f64>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&dir).expect("create target/bench-data");
    // The 100× file keeps its old name, so an existing one is reused.
    let scale_part = if scale == 100 {
        String::new()
    } else {
        format!("-s{scale}")
    };
    let name = format!(
        "large-v{}-g{}{scale_part}.sqlite",
        irf::store::LATEST_VERSION,
        irf::store::seed::GENERATOR_VERSION
    );
    let path = dir.join(&name);
    let size_mb = |p: &Path| std::fs::metadata(p).map_or(0.0, |m| m.len() as f64 / 1_048_576.0);
    if path.exists() {
        step(&format!("reusing {}", path.display()));
        return (path.clone(), size_mb(&path), None);
    }
    let tmp = dir.join(format!("{name}.partial"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", tmp.display()));
    }
    step(&format!(
        "generating {} (scale {scale}, once)",
        path.display()
    ));
    let started = Instant::now();
    {
        let mut store = irf::store::Store::open(&tmp, irf::store::OpenMode::ReadWrite)
            .expect("open the new bench database");
        let today = chrono::Local::now().date_naive();
        store
            .generate_large(scale, today)
            .expect("generate the large database");
    } // Closing the last connection checkpoints the WAL into the main file.
    assert!(
        !Path::new(&format!("{}-wal", tmp.display())).exists(),
        "the WAL of {} was not checkpointed on close",
        tmp.display()
    );
    std::fs::rename(&tmp, &path).expect("rename the finished bench database");
    let built = started.elapsed().as_secs_f64();
    step(&format!("generated in {built:.1} s"));
    (path.clone(), size_mb(&path), Some(built))
}

/// The release binary in a 120×40 pseudo-terminal.
fn spawn(args: &[&str], home: &Path) -> Tui {
    Tui::spawn(args, home, "bench", 120, 40)
}

/// Sends `key`, waits for the exit, kills the child if it does not leave in time.
fn quit(mut s: Tui, key: &str) {
    let _ = s.send(key);
    if s.exit_within(TIMEOUT).is_none() {
        eprintln!("[bench tui] child did not quit on {key:?}; killing it");
        s.kill();
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// What typing into a filter cost: each key with the draw after it, and, for a filter
/// with many hits, read on while no key waits (see `store::steps`), each read with its
/// draw and the time from the key until the count was final.
#[derive(Default)]
pub struct Typing {
    pub keys: Vec<f64>,
    pub reads: Vec<f64>,
    pub settled: Vec<f64>,
}

impl Typing {
    /// Presses `code` as a user who then pauses: the key and its draw, then the reads
    /// the loop would make while no key waits, each drawn.
    pub fn press(
        &mut self,
        app: &mut irf::app::App,
        terminal: &mut Terminal<TestBackend>,
        code: KeyCode,
    ) {
        let started = Instant::now();
        app.on_key(key(code));
        terminal.draw(|f| irf::ui::view(f, app)).expect("draw");
        self.keys.push(ms(started.elapsed()));
        while app.state.list().counting {
            let read = Instant::now();
            app.tick(read);
            terminal.draw(|f| irf::ui::view(f, app)).expect("draw");
            self.reads.push(ms(read.elapsed()));
        }
        self.settled.push(ms(started.elapsed()));
    }

    pub fn extend(&mut self, other: Typing) {
        self.keys.extend(other.keys);
        self.reads.extend(other.reads);
        self.settled.extend(other.settled);
    }

    /// Key median and max, the longest read and the longest time to a final count.
    pub fn figures(&self) -> (f64, f64, f64, f64) {
        (
            median(&mut self.keys.clone()),
            max_of(&self.keys),
            max_of(&self.reads),
            max_of(&self.settled),
        )
    }
}

fn max_of(values: &[f64]) -> f64 {
    values.iter().copied().fold(0.0, f64::max)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// Whether the screen shows the first frame: the tab bar, and the status line with the
/// user (or, after colleagues' changes, how many came in since the last close).
fn first_frame(screen: &vt100::Screen) -> bool {
    let text = screen.contents();
    text.contains("Årshjul") && (text.contains("Bruker:") || text.contains("siden sist"))
}

/// first_frame and floor, interleaved A B A B … so noise hits both alike.
fn startup(db: &Path, home: &Path) -> (f64, f64) {
    let db = db.to_str().expect("utf-8 database path");
    let (mut first, mut floor) = (Vec::new(), Vec::new());
    for run in 0..START_RUNS {
        step(&format!("start run {}/{START_RUNS}: first frame", run + 1));
        let s = spawn(&["--db", db], home);
        first.push(ms(s.wait_until("the first frame", TIMEOUT, first_frame)));
        quit(s, "q");
        step(&format!("start run {}/{START_RUNS}: floor", run + 1));
        let s = spawn(&["--db", db, "bench-floor"], home);
        floor.push(ms(s.wait_for_all(&["floor"], TIMEOUT)));
        quit(s, "q");
    }
    let fmt = |v: &[f64]| {
        v.iter()
            .map(|x| format!("{x:.1}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    println!("first frame runs (ms): {}", fmt(&first));
    println!("floor runs (ms):       {}", fmt(&floor));
    (median(&mut first), median(&mut floor))
}

/// idle_bytes, idle_wakeups and peak_rss_mb from one PTY session.
fn idle_and_rss(db: &Path, home: &Path) -> (usize, u64, f64) {
    let db = db.to_str().expect("utf-8 database path");
    step("idle: waiting for the first frame");
    let mut s = spawn(&["--db", db], home);
    s.wait_until("the first frame", TIMEOUT, first_frame);
    s.settle(Duration::from_millis(300), Duration::from_secs(3));
    step("idle: counting output and wake-ups during 10 s without input");
    let before = s.bytes();
    let woken = live::wakeups(s.pid());
    thread::sleep(Duration::from_secs(10));
    let wakeups = live::wakeups(s.pid()) - woken;
    let idle = s.bytes() - before;
    step("rss: walking the big lists");
    let keys: Vec<&str> = ["6", "G", "4", "G", "2"]
        .into_iter()
        .chain(["j"; 20])
        .collect();
    for key in keys {
        s.press(key);
        thread::sleep(Duration::from_millis(300));
    }
    s.wait_for_all(&["[Årsrapporter]"], TIMEOUT);
    let status = std::fs::read_to_string(format!("/proc/{}/status", s.pid()))
        .expect("read /proc/<pid>/status");
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/<pid>/status");
    quit(s, "q");
    (idle, wakeups, kb / 1024.0)
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn open_app(db: &Path) -> irf::app::App {
    let store =
        irf::store::Store::open(db, irf::store::OpenMode::ReadWrite).expect("open large db");
    let (keymap, error) = irf::keymap::Keymap::load(None);
    assert!(error.is_none(), "default keymap error: {error:?}");
    let today = chrono::Local::now().date_naive();
    irf::app::App::new(store, keymap, irf::i18n::Lang::Nb, today, false)
}

/// What moving through the panes cost (ms).
struct Nav {
    /// One key with its draw, over all panes: median and max.
    median: f64,
    max: f64,
    /// The worst pane's median.
    worst_median: f64,
    /// The longest key that switched a pane or a view, with its draw.
    view_key_max: f64,
    /// The longest time from such a key until the view's rows were all there (a
    /// list that reads all the data is computed aside, see `store::background`).
    view_ready_max: f64,
}

/// Ticks the app as the event loop does while no key waits, drawing after each, until
/// it has nothing more to read; how long that took from `since` (ms).
fn settle(app: &mut irf::app::App, terminal: &mut Terminal<TestBackend>, since: Instant) -> f64 {
    while app.next_wake().is_some_and(|t| t <= Instant::now()) {
        if app.tick(Instant::now()) {
            terminal.draw(|f| irf::ui::view(f, app)).expect("draw");
        }
        assert!(
            since.elapsed() < TIMEOUT,
            "a view was not ready in {TIMEOUT:?}"
        );
    }
    ms(since.elapsed())
}

/// Moving through all six panes in-process at 200×50, the store computing aside as
/// the program's does: 200 keys in each of a pane's first two views.
fn nav_keys(db: &Path) -> Nav {
    step("nav: 400 keys in each of the six panes, in-process at 200x50");
    let mut app = open_app(db);
    app.store.compute_in_background();
    app.set_page_rows(irf::ui::list_rows(200, 50));
    let mut terminal = Terminal::new(TestBackend::new(200, 50)).expect("test terminal");
    terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
    // As the program does once its first frame is drawn.
    app.after_first_frame();
    let (mut times, mut worst_median) = (Vec::new(), 0.0_f64);
    let (mut view_key_max, mut view_ready_max) = (0.0_f64, 0.0_f64);
    let mut switch = |app: &mut irf::app::App, terminal: &mut Terminal<TestBackend>, c, what| {
        let started = Instant::now();
        app.on_key(key(KeyCode::Char(c)));
        terminal.draw(|f| irf::ui::view(f, app)).expect("draw");
        let key_ms = ms(started.elapsed());
        let ready = settle(app, terminal, started);
        println!("{what}: {key_ms:.3} ms, ready in {ready:.3} ms");
        view_key_max = view_key_max.max(key_ms);
        view_ready_max = view_ready_max.max(ready);
    };
    for pane in ['1', '2', '3', '4', '5', '6'] {
        switch(&mut app, &mut terminal, pane, format!("pane {pane}"));
        let (mut pane_times, mut key_times) = (Vec::new(), Vec::new());
        for i in 0..400 {
            if i == 200 {
                // The pane's next view, halfway: timed on its own, as it reads a list
                // of its own (the season summary is computed the first time).
                switch(
                    &mut app,
                    &mut terminal,
                    'v',
                    format!("view switch in pane {pane}"),
                );
            }
            let code = match i {
                _ if i % 40 == 39 => KeyCode::PageDown,
                _ if i % 8 == 5 => KeyCode::Char('k'),
                _ => KeyCode::Char('j'),
            };
            let started = Instant::now();
            app.on_key(key(code));
            key_times.push(ms(started.elapsed()));
            terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
            pane_times.push(ms(started.elapsed()));
        }
        let (max, key_max) = (max_of(&pane_times), max_of(&key_times));
        let (med, key_med) = (median(&mut pane_times), median(&mut key_times));
        println!(
            "nav pane {pane}: median {med:.3} ms, max {max:.3} ms (on_key: {key_med:.3}, {key_max:.3})"
        );
        worst_median = worst_median.max(med);
        times.extend(pane_times);
    }
    let max = max_of(&times);
    Nav {
        median: median(&mut times),
        max,
        worst_median,
        view_key_max,
        view_ready_max,
    }
}

/// The scales measured besides 100× (which gives the BENCH line): 10×, and any given
/// as `--scale N` (`cargo bench --bench tui -- --scale 1000`).
fn other_scales() -> Vec<usize> {
    let args: Vec<String> = std::env::args().collect();
    let mut scales = vec![10];
    for pair in args.windows(2) {
        if pair[0] == "--scale"
            && let Ok(n) = pair[1].parse::<usize>()
            && n > 0
            && n != 100
            && !scales.contains(&n)
        {
            scales.push(n);
        }
    }
    scales
}

/// One `SCALE N …` line: the database's size and build time, then the per-key and
/// whole-process figures of the BENCH line at that scale.
fn scale_line(scale: usize, home: &Path) -> String {
    let (db, mb, built) = large_db(scale);
    let built = built.map_or_else(|| "reused".to_string(), |b| format!("{b:.1}"));
    let (first, floor) = startup(&db, home);
    let nav = nav_keys(&db);
    let (filter_median, filter_max, filter_read, filter_settled) = search::filter_keys(&db);
    let (queue_median, queue_max, queue_read, queue_settled) = queue::queue_keys(&db);
    let (summary, summary_sqlite3) = queue::summary_json(&db, home);
    let summary_sqlite3 = summary_sqlite3.map_or_else(|| "na".to_string(), |t| format!("{t:.1}"));
    let (find, _) = search::find_vs_sqlite3(&db, home);
    let live_reload = live::live_reload(&db);
    let history = live::history_open(&db);
    format!(
        "SCALE {scale} db_mb={mb:.0} built_s={built} first_frame_ms={first:.1} floor_ms={floor:.1} \
         nav_key_ms_median={:.3} nav_key_ms_max={:.3} nav_key_ms_median_max_pane={:.3} \
         view_key_ms_max={:.3} view_ready_ms_max={:.3} filter_key_ms_median={filter_median:.3} \
         filter_key_ms_max={filter_max:.3} filter_read_ms_max={filter_read:.3} \
         filter_settled_ms_max={filter_settled:.3} queue_key_ms_median={queue_median:.3} \
         queue_key_ms_max={queue_max:.3} queue_read_ms_max={queue_read:.3} \
         queue_settled_ms_max={queue_settled:.3} summary_json_ms={summary:.1} \
         summary_sqlite3_ms={summary_sqlite3} find_ms={find:.2} live_reload_ms={live_reload:.3} \
         history_ms={history:.3}",
        nav.median, nav.max, nav.worst_median, nav.view_key_max, nav.view_ready_max
    )
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is accepted and ignored.
    let home = tempfile::tempdir().expect("temp HOME");
    let lines: Vec<String> = other_scales()
        .into_iter()
        .map(|scale| {
            step(&format!("scale {scale}"));
            scale_line(scale, home.path())
        })
        .collect();
    step("scale 100 (the BENCH line)");
    let (db, mb, built) = large_db(100);
    println!(
        "scale 100: {mb:.0} MB{}",
        built.map_or_else(String::new, |b| format!(", built in {b:.1} s"))
    );
    let (first, floor) = startup(&db, home.path());
    println!("first frame / floor = {:.2} (target ≤ 2.00)", first / floor);
    let nav = nav_keys(&db);
    let bytes = bytes::bytes_per_nav(&db);
    let (idle, wakeups, rss) = idle_and_rss(&db, home.path());
    let live_reload = live::live_reload(&db);
    let history = live::history_open(&db);
    let (filter_median, filter_max, filter_read, filter_settled) = search::filter_keys(&db);
    let (queue_median, queue_max, queue_read, queue_settled) = queue::queue_keys(&db);
    let (summary, summary_sqlite3) = queue::summary_json(&db, home.path());
    let summary_sqlite3 = summary_sqlite3.map_or_else(|| "na".to_string(), |t| format!("{t:.1}"));
    let (find, find_sqlite3) = search::find_vs_sqlite3(&db, home.path());
    let find_sqlite3 = find_sqlite3.map_or_else(|| "na".to_string(), |t| format!("{t:.2}"));
    for line in lines {
        println!("{line}");
    }
    println!(
        "BENCH first_frame_ms={first:.1} floor_ms={floor:.1} nav_key_ms_median={:.3} \
         nav_key_ms_max={:.3} nav_key_ms_median_max_pane={:.3} view_key_ms_max={:.3} \
         view_ready_ms_max={:.3} bytes_per_nav={bytes} idle_bytes={idle} peak_rss_mb={rss:.1} \
         filter_key_ms_median={filter_median:.3} filter_key_ms_max={filter_max:.3} \
         filter_read_ms_max={filter_read:.3} filter_settled_ms_max={filter_settled:.3} \
         queue_key_ms_median={queue_median:.3} queue_key_ms_max={queue_max:.3} \
         queue_read_ms_max={queue_read:.3} queue_settled_ms_max={queue_settled:.3} \
         summary_json_ms={summary:.1} summary_sqlite3_ms={summary_sqlite3} \
         find_ms={find:.2} find_sqlite3_ms={find_sqlite3} live_reload_ms={live_reload:.3} \
         idle_wakeups={wakeups} history_ms={history:.3}",
        nav.median, nav.max, nav.worst_median, nav.view_key_max, nav.view_ready_max
    );
}
