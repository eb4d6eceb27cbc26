//! irf: the desk of the interregional working group for national services in
//! specialist health care. A keyboard-driven terminal program over one SQLite file.
//!
//! Data flows one way: key → `keymap` → `app::Action` → `app::update` → `store` calls →
//! new `app::State` → `ui::view` draws. Where things live:
//!
//! - `domain`: pure types and rules (no I/O, no clock);
//! - `store`: SQLite, the only place with SQL;
//! - `app`: the headless state machine;
//! - `ui`: ratatui drawing, one module per pane;
//! - `keymap`: default and user key bindings;
//! - `i18n`: every user-visible string, bokmål and English;
//! - `demo`: the demo database's content;
//! - `export`: vCard and CSV writers;
//! - `import`: reading CSV and XLSX files of reports, units and review answers;
//! - `cli`: command-line parsing and the non-interactive subcommands;
//! - `term`: the terminal session (raw mode, alternate screen, restore on panic);
//! - `editor`: handing text to the user's `$VISUAL`/`$EDITOR`.

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod editor;
pub mod export;
pub mod i18n;
pub mod import;
pub mod keymap;
pub mod paths;
pub mod store;
pub mod term;
pub mod ui;
