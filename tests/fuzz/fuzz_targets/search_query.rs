//! Search-query folding on any text: `fold` (case, accents, æøå) is stable, and a real
//! search of the demo database with the text never fails, so the index's pattern
//! building and its SQL take whatever a user types. The search (SQLite, about a
//! millisecond) runs for one input in eight, picked by the input's last byte, so the
//! folding gets most of the executions.
#![no_main]

use std::sync::{Mutex, OnceLock};

use chrono::NaiveDate;
use irf::domain::fold;
use irf::store::{OpenMode, Store};
use libfuzzer_sys::fuzz_target;

/// The demo database, made once per fuzzing process in a temporary folder.
fn store() -> &'static Mutex<Store> {
    static STORE: OnceLock<(tempfile::TempDir, Mutex<Store>)> = OnceLock::new();
    let (_, store) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo.sqlite");
        let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        store.seed_demo(&irf::demo::plan(today)).unwrap();
        (dir, Mutex::new(store))
    });
    store
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let folded = fold(text);
    assert_eq!(fold(&folded), folded, "folding twice changes nothing");
    if data.last().is_some_and(|b| b % 8 == 0) {
        let store = store().lock().unwrap();
        store.search(text, 20).expect("a search never fails on its query");
    }
});
