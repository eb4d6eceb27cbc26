//! The year's database file and what every step uses: the real binary on it (in
//! bokmål), a new headless app on a given day, keys, and rows found by their title.

use std::path::{Path, PathBuf};
use std::process::Output;

use irf::app::{Action, App, Mode};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{ListKind, OpenMode, Row, Store};
use ratatui::crossterm::event::KeyCode;
use serde_json::Value;

use crate::support::app::{key, press, select_by, type_text};
use crate::support::cli::{err, out};

/// The year played.
pub const YEAR: i32 = 2026;

/// A fresh database in a temp folder (also the HOME of the runs).
pub struct Year {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Year {
    pub fn new() -> Year {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("irf.sqlite");
        Year { dir, db }
    }

    /// `irf --db DB --lang nb ARGS…`.
    pub fn irf(&self, args: &[&str]) -> Output {
        let mut all = vec!["--db", self.db.to_str().unwrap(), "--lang", "nb"];
        all.extend_from_slice(args);
        crate::support::cli::irf(self.dir.path(), &all)
    }

    /// What `irf ARGS…` printed, asserting that it exited with 0.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.irf(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}{}", out(&o), err(&o));
        // Long lines are wrapped at 80 columns with an indent of two.
        out(&o).replace("\n  ", " ")
    }

    /// The JSON `irf ARGS… --json` printed (exit code 0).
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let o = self.irf(&all);
        assert_eq!(o.status.code(), Some(0), "{all:?}: {}{}", out(&o), err(&o));
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(&o)))
    }

    /// `irf calendar --year Y --json`.
    pub fn calendar(&self, year: i32) -> Vec<Value> {
        let year = year.to_string();
        array(self.json(&["calendar", "--year", &year]))
    }

    /// `irf due --today DAY --days N --json` (an empty list when nothing is due).
    pub fn due(&self, day: &str, days: u32, more: &[&str]) -> Vec<Value> {
        let days = days.to_string();
        let mut args = vec!["due", "--today", day, "--days", &days, "--json"];
        args.extend_from_slice(more);
        let o = self.irf(&args);
        assert!(matches!(o.status.code(), Some(0 | 1)), "{}", err(&o));
        array(serde_json::from_slice(&o.stdout).unwrap())
    }

    /// `irf show case ID --json`.
    pub fn case(&self, id: i64) -> Value {
        self.json(&["show", "case", &id.to_string()])
    }

    /// A new app on the file, on `YEAR`-`month`-`day`, as a new process would start.
    pub fn app(&self, month: u32, day: u32) -> App {
        let store = Store::open(&self.db, OpenMode::ReadWrite).unwrap();
        let mut app = App::new(store, Keymap::defaults(), Lang::Nb, date(month, day), false);
        app.set_page_rows(20);
        app
    }

    /// A file in the folder.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// The day `YEAR`-`month`-`day`.
pub fn date(month: u32, day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(YEAR, month, day).unwrap()
}

/// A committed fixture of this test.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/whole_year")
        .join(name)
}

pub fn array(v: Value) -> Vec<Value> {
    v.as_array()
        .cloned()
        .unwrap_or_else(|| panic!("not an array: {v}"))
}

/// The items of a calendar or due list with this kind and title.
pub fn items<'a>(list: &'a [Value], kind: &str, title: &str) -> Vec<&'a Value> {
    list.iter()
        .filter(|v| v["kind"] == kind && v["title"].as_str().is_some_and(|t| t.contains(title)))
        .collect()
}

/// Selects the first row whose title contains `part`; returns its id.
pub fn select(app: &mut App, part: &str) -> i64 {
    let total = app.state.list().total;
    select_by(app, part, total, |r| {
        r.title().contains(part).then(|| r.id())
    })
}

/// Switches the current pane to its view `kind`.
pub fn view(app: &mut App, kind: ListKind) {
    for _ in 0..5 {
        if app.state.list().kind == kind {
            return;
        }
        press(app, Context::List, Action::NextView);
    }
    assert_eq!(app.state.list().kind, kind);
}

/// Every row of the current list.
pub fn rows(app: &App) -> Vec<Row> {
    let l = app.state.list();
    app.store.list_window(l.kind, &l.filter, 0, 1000).unwrap()
}

/// Clears the focused text field and types `text`.
pub fn retype(app: &mut App, text: &str) {
    for _ in 0..200 {
        key(app, KeyCode::Backspace);
    }
    type_text(app, text);
}

/// Moves the focused choice right until its value is `code`.
pub fn choose(app: &mut App, code: &str) {
    for _ in 0..20 {
        let d = app.state.dialog().expect("a dialog");
        if d.fields[d.focus].value == code {
            return;
        }
        key(app, KeyCode::Right);
    }
    panic!("no choice {code:?} in {:?}", app.state.dialog());
}

/// Enter in a dialog; asserts that it saved (back in `back`).
#[track_caller]
pub fn save(app: &mut App, back: Mode) {
    key(app, KeyCode::Enter);
    assert_eq!(app.state.mode(), back, "{:?}", app.state.message);
    let m = app.state.message.as_ref().expect("a message");
    assert!(!m.is_error, "{}", m.text);
}

/// The status line's text.
pub fn message(app: &App) -> String {
    app.state
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// The text of a DOCX file's document part, its XML tags taken out (runs joined).
pub fn docx_text(file: &Path) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut text = String::with_capacity(xml.len());
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}
