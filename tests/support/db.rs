//! A fresh database file in a temp folder, the demo written into it, and a plain SQLite
//! connection beside the store for checking what was written.

// Each test crate that declares `mod support;` uses only part of the shared helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use irf::store::{OpenMode, Store};

/// The day the tests live on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// A path for a new database in a temp folder (kept as long as the `TempDir` lives).
pub fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("irf.sqlite");
    (dir, path)
}

/// The store on `path` with the demo of [`today`] written into it.
pub fn demo_store(path: &Path) -> Store {
    let mut store = Store::open(path, OpenMode::ReadWrite).unwrap();
    store
        .seed_demo(&irf::demo::plan_in(
            today(),
            irf::demo::SeasonPhase::Reviewing,
        ))
        .unwrap();
    store
}

/// The demo written into `path`, and two stores on it as two users: "ola" and "kari".
pub fn ola_and_kari(path: &Path) -> (Store, Store) {
    drop(demo_store(path));
    let mut ola = Store::open(path, OpenMode::ReadWrite).unwrap();
    ola.set_user("ola");
    let mut kari = Store::open(path, OpenMode::ReadWrite).unwrap();
    kari.set_user("kari");
    (ola, kari)
}

/// A plain connection to the same file.
pub fn raw(path: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

/// The rows these queries return, as text, one row a line: to show that a refused
/// change wrote nothing (compare a dump from before with one from after).
pub fn dump(path: &std::path::Path, queries: &[&str]) -> String {
    let conn = raw(path);
    let mut out = String::new();
    for sql in queries {
        let mut stmt = conn.prepare(sql).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .unwrap();
        for row in rows {
            out.push_str(&row.unwrap().join("|"));
            out.push('\n');
        }
    }
    out
}

/// A demo database of [`today`] in a temp folder, closed again (for the shell lookups).
pub fn demo_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, path) = temp_db();
    drop(demo_store(&path));
    (dir, path)
}

/// The one integer `sql` reads (an id), through a plain connection.
pub fn id(path: &Path, sql: &str) -> i64 {
    raw(path).query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The id of the `n`th (from 0) active competence service of `region` with a term.
pub fn competence_service(path: &Path, region: &str, n: i64) -> i64 {
    raw(path)
        .query_row(
            "SELECT id FROM units WHERE kind = 'kompetanse' AND region_code = ?1
               AND status != 'avviklet' AND term_ends_on IS NOT NULL
             ORDER BY id LIMIT 1 OFFSET ?2",
            (region, n),
            |r| r.get(0),
        )
        .unwrap()
}

/// Fornyelser's rows on [`today`], for 2026.
pub fn renewal_rows(store: &Store) -> Vec<irf::store::RenewalRow> {
    let filter = irf::store::ListFilter {
        today: today(),
        year: 2026,
        ..Default::default()
    };
    store
        .list_window(irf::store::ListKind::Renewals, &filter, 0, 500)
        .unwrap()
        .into_iter()
        .map(|r| match r {
            irf::store::Row::Renewal(r) => r,
            other => panic!("{other:?}"),
        })
        .collect()
}

/// Runs `statements` on the file through a plain connection.
pub fn sql(path: &Path, statements: &str) {
    raw(path).execute_batch(statements).unwrap();
}

/// The day `y`-`m`-`day` (panics when there is none).
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The renewal refusal in a store result, or a panic saying what came instead.
pub fn renewal_refusal<T: std::fmt::Debug>(
    r: irf::store::Result<T>,
) -> irf::domain::RenewalRefusal {
    match r {
        Err(irf::store::StoreError::Refused(irf::domain::Refusal::Renewal(a))) => a,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The actions of the audit rows of `entity` `id`, oldest first.
pub fn audit_actions(path: &Path, entity: &str, id: i64) -> Vec<String> {
    let conn = raw(path);
    let mut stmt = conn
        .prepare("SELECT action FROM audit_log WHERE entity = ?1 AND entity_id = ?2 ORDER BY id")
        .unwrap();
    stmt.query_map((entity, id), |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<Vec<String>>>()
        .unwrap()
}

/// The name of the unit of the demo `plan` whose name ends with `ending`.
pub fn demo_unit(plan: &irf::demo::Plan, ending: &str) -> String {
    plan.units
        .iter()
        .find(|u| u.name.ends_with(ending))
        .unwrap()
        .name
        .clone()
}
