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
    store.seed_demo(&irf::demo::plan(today())).unwrap();
    store
}

/// A plain connection to the same file.
pub fn raw(path: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}
