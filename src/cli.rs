//! The command line: clap definitions, choosing the database, and the non-interactive
//! subcommands. `main.rs` only calls [`main`].

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::app::App;
use crate::i18n::Lang;
use crate::keymap::Keymap;
use crate::store::{OpenMode, Store};
use crate::{demo, paths, term};

mod check;

/// irf – the desk of the interregional working group for national services.
#[derive(Debug, Parser)]
#[command(name = "irf", version, about, long_about = None)]
pub struct Cli {
    /// Database file (default: the platform data directory; also IRF_DB).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Use the demo database (with --db: that file, which must be a demo database).
    #[arg(long, global = true)]
    pub demo: bool,
    /// Re-create the demo database before opening it.
    #[arg(long, global = true, requires = "demo")]
    pub reset_demo: bool,
    /// UI language: nb (bokmål, default) or en.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the database: integrity, schema version, file path and permissions.
    Check,
    /// Draw one empty frame and wait for a key (the benchmark's floor).
    #[command(hide = true)]
    BenchFloor,
    /// Fill an empty database with generated data (SCALE × a realistic year).
    #[command(hide = true)]
    Generate {
        /// How many times a realistic year.
        #[arg(long, default_value_t = 1)]
        scale: usize,
    },
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| format!("unknown language {text:?}; use nb or en"))
}

/// The language: `--lang`, else `lang` in config.toml, else bokmål.
fn language(cli: &Cli) -> Lang {
    #[derive(serde::Deserialize)]
    struct Config {
        lang: Option<String>,
    }
    cli.lang.unwrap_or_else(|| {
        paths::config_file()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|text| toml::from_str::<Config>(&text).ok())
            .and_then(|c| c.lang)
            .and_then(|l| Lang::parse(&l))
            .unwrap_or_default()
    })
}

/// Parses the command line and runs what it asks for.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                print!("{e}");
                return ExitCode::SUCCESS;
            }
            let text = e.to_string();
            let first = text.lines().next().unwrap_or("bad arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("irf: {first} (see irf --help)");
            return ExitCode::from(2);
        }
    };
    let lang = language(&cli);
    let today = chrono::Local::now().date_naive();
    match run(&cli, lang, today) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("irf: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli, lang: Lang, today: NaiveDate) -> Result<ExitCode, String> {
    let path = database_path(cli, lang)?;
    match &cli.command {
        Some(Command::Check) => return Ok(check::run(&path, lang)),
        Some(Command::BenchFloor) => {
            let _store = open(&path, lang)?;
            term::floor_frame().map_err(|e| e.to_string())?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Generate { scale }) => {
            let mut store = open(&path, lang)?;
            if !store.is_empty().map_err(|e| e.to_string())? {
                return Err(format!("{} is not empty; generate needs a new file", path.display()));
            }
            store.generate_large(*scale, today).map_err(|e| e.to_string())?;
            return Ok(ExitCode::SUCCESS);
        }
        None => {}
    }
    let store = if cli.demo { open_demo(&path, cli.reset_demo, today, lang)? } else { open(&path, lang)? };
    let (keymap, keymap_error) = Keymap::load(paths::keymap_file().as_deref());
    let mut app = App::new(store, keymap, lang, today, cli.demo);
    if let Some(e) = keymap_error {
        app.state.warn(crate::i18n::keymap_error_text(lang, &e));
    }
    term::run(app).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn database_path(cli: &Cli, lang: Lang) -> Result<PathBuf, String> {
    let explicit = cli.db.clone().or_else(|| {
        if cli.demo { None } else { std::env::var_os("IRF_DB").filter(|v| !v.is_empty()).map(PathBuf::from) }
    });
    let fallback = if cli.demo { paths::demo_db() } else { paths::default_db() };
    explicit.or(fallback).ok_or_else(|| {
        lang.pick((
            "fant ingen datamappe (er HOME satt?); oppgi databasen med --db STI",
            "found no data directory (is HOME set?); give the database with --db PATH",
        ))
        .to_string()
    })
}

fn open(path: &Path, lang: Lang) -> Result<Store, String> {
    Store::open(path, OpenMode::ReadWrite).map_err(|e| {
        format!("{}: {}", path.display(), crate::app::store_error_text(lang, &e))
    })
}

/// Opens the demo database, (re)creating it when asked, when it is new, or when it was
/// made on another day (its dates are relative to the day it was made).
fn open_demo(path: &Path, reset: bool, today: NaiveDate, lang: Lang) -> Result<Store, String> {
    let day = today.format("%Y-%m-%d").to_string();
    if path.exists() && !reset {
        let store = open(path, lang)?;
        let seeded = store.demo_day().map_err(|e| e.to_string())?;
        if seeded.as_deref() == Some(day.as_str()) {
            return Ok(store);
        }
        if seeded.is_none() && !store.is_empty().map_err(|e| e.to_string())? {
            return Err(format!(
                "{}: {}",
                path.display(),
                lang.pick((
                    "er ikke en demodatabase; velg en annen fil med --db",
                    "is not a demo database; choose another file with --db",
                ))
            ));
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
    store.seed_demo(&demo::plan(today)).map_err(|e| e.to_string())?;
    Ok(store)
}
