//! `irf import reports|units|reviews FILE`: the files users really have (a BOM, cp1252
//! æøå, `;` or `,`, blank lines, a summary row, merged header cells in XLSX) load; every
//! bad input (wrong separator, unknown or duplicate units, impossible dates, a file too
//! large or not a table at all) gets a sentence naming the line and column, and the
//! database is left exactly as it was. Importing the same file twice changes nothing.
//!
//! The demo (made for 23.11.2026) has the 2025 season running: "aldring og helse",
//! "sarkomer", "albuekirurgi" and "trening som medisin" are expected (forventet),
//! "solide svulster hos barn" received, "hyperkolesterolemi" under review, "funksjonell
//! MRI" with a follow-up open. No unit has reports for 2018.

use std::path::{Path, PathBuf};
use std::process::Output;

#[path = "import/app.rs"]
mod app;
#[path = "import/reports.rs"]
mod reports;
#[path = "import/reviews.rs"]
mod reviews;
mod support;
#[path = "import/units.rs"]
mod units;

use support::cli::{err, out, run};
use support::db::{demo_db, dump};

/// Everything an import may touch.
const TABLES: [&str; 4] = [
    "SELECT * FROM units ORDER BY id",
    "SELECT * FROM annual_reports ORDER BY id",
    "SELECT * FROM report_answers ORDER BY report_id, item_code",
    "SELECT count(*) FROM audit_log",
];

/// A demo database, its folder (also the HOME of the runs), and a dump of it.
struct Case {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Case {
    fn new() -> Case {
        let (dir, db) = demo_db();
        Case { dir, db }
    }

    /// Writes `bytes` to a file `name` in the folder.
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Writes `text` to a file `name` in the folder and runs `irf --db DB import KIND
    /// FILE MORE…`; returns the file and the run.
    fn import_text(&self, kind: &str, name: &str, text: &str, more: &[&str]) -> (PathBuf, Output) {
        let file = self.file(name, text.as_bytes());
        let mut args = vec![kind, path(&file)];
        args.extend_from_slice(more);
        let o = self.import(&args);
        (file, o)
    }

    /// Runs `irf --db DB import ARGS…`.
    fn import(&self, args: &[&str]) -> Output {
        let mut all = vec!["import"];
        all.extend_from_slice(args);
        run(self.dir.path(), &self.db, &all)
    }

    fn dump(&self) -> String {
        dump(&self.db, &TABLES)
    }

    /// One value from the database.
    fn value(&self, sql: &str) -> String {
        let v: rusqlite::types::Value = support::db::raw(&self.db)
            .query_row(sql, [], |r| r.get(0))
            .unwrap();
        match v {
            rusqlite::types::Value::Null => "NULL".into(),
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Real(f) => f.to_string(),
            rusqlite::types::Value::Text(t) => t,
            rusqlite::types::Value::Blob(_) => "blob".into(),
        }
    }

    /// The 2025 report of the unit whose name ends with `topic`: status, received,
    /// statement, reviewer.
    fn report(&self, topic: &str, year: i32) -> String {
        self.value(&format!(
            "SELECT r.status || '|' || coalesce(r.received_on, '-') || '|' ||
                    r.statement_received || '|' || coalesce(r.reviewer_region, '-')
               FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE u.name LIKE '%{topic}' AND r.year = {year}"
        ))
    }
}

/// Asserts the run failed with exit code 1, wrote nothing, and printed `expected`.
#[track_caller]
fn refused(case: &Case, before: &str, o: &Output, expected: &[&str]) {
    // Long sentences are wrapped at 80 columns with an indent of two.
    let text = format!("{}{}", out(o), err(o)).replace("\n  ", " ");
    assert_eq!(o.status.code(), Some(1), "{text}");
    for e in expected {
        assert!(text.contains(e), "expected {e:?} in:\n{text}");
    }
    assert_eq!(case.dump(), before, "the database changed:\n{text}");
}

/// Asserts the run succeeded and returns its output.
#[track_caller]
fn ok(o: &Output) -> String {
    let text = out(o).replace("\n  ", " ");
    assert_eq!(o.status.code(), Some(0), "{text}{}", err(o));
    text
}

/// A committed fixture file.
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}
