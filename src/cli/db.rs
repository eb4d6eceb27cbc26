//! Which database file a command opens, and opening it: `--db`, `IRF_DB` or the
//! platform's data folder; the demo database made (or re-made for a new day) the way
//! both the TUI and every subcommand with `--demo` use it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Cli;
use crate::app::store_error_text;
use crate::i18n::{Lang, Msg};
use crate::store::{OpenMode, Store};
use crate::{demo, paths};

pub(super) fn database_path(cli: &Cli, lang: Lang) -> Result<PathBuf, String> {
    let explicit = cli.db.clone().or_else(|| {
        if cli.demo {
            None
        } else {
            std::env::var_os("IRF_DB")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        }
    });
    let fallback = if cli.demo {
        paths::demo_db()
    } else {
        paths::default_db()
    };
    explicit
        .or(fallback)
        .ok_or_else(|| lang.t(Msg::CliNoDataDir).to_string())
}

pub(super) fn open(path: &Path, lang: Lang) -> Result<Store, String> {
    Store::open(path, OpenMode::ReadWrite)
        .map_err(|e| format!("{}: {}", path.display(), store_error_text(lang, &e)))
}

/// Opens the demo database, (re)creating it when asked, when it is new, or when it was
/// made on another day (its dates are relative to the day it was made).
pub(super) fn open_demo(
    path: &Path,
    reset: bool,
    today: NaiveDate,
    lang: Lang,
) -> Result<Store, String> {
    let day = today.format("%Y-%m-%d").to_string();
    if path.exists() && !reset {
        let store = open(path, lang)?;
        let seeded = store.demo_day().map_err(|e| store_error_text(lang, &e))?;
        if seeded.as_deref() == Some(day.as_str()) {
            return Ok(store);
        }
        if seeded.is_none() && !store.is_empty().map_err(|e| store_error_text(lang, &e))? {
            return Err(format!("{}: {}", path.display(), lang.t(Msg::CliNotDemo)));
        }
    }
    if path.exists() {
        for suffix in ["", "-wal", "-shm"] {
            let file = PathBuf::from(format!("{}{suffix}", path.display()));
            if file.exists() {
                std::fs::remove_file(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            }
        }
    }
    let mut store = open(path, lang)?;
    store
        .seed_demo(&demo::plan(today))
        .map_err(|e| store_error_text(lang, &e))?;
    Ok(store)
}
