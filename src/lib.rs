//! irf: the desk of the interregional working group for national services in
//! specialist health care. A keyboard-driven terminal program over one SQLite file,
//! shared by the whole group.
//!
//! # Architecture
//!
//! ## The flow
//!
//! Data flows one way:
//!
//! ```text
//! key ─▶ keymap ─▶ app::Action ─▶ App::update ─▶ store calls ─▶ app::State ─▶ ui::view
//!        (merged      (the keymap's    (one dispatch:  (SQL, one       (what is on    (draws, never
//!         default +    vocabulary)      focus, room,    transaction     screen)        changes state)
//!         user file)                    shared)         per write)
//! ```
//!
//! `term` runs the loop: it reads a key, calls `App::on_key` (which looks the key up
//! and calls `App::update`), and draws only when something changed. The CLI's
//! subcommands (`cli`) skip the app and ask the store directly.
//!
//! ## The folders
//!
//! - `domain/`: pure types and rules (units, terms, deadlines, the cycle's rules,
//!   checklists and summaries, reference-group compliance, case numbers, the
//!   leadership's periods, ERN memberships and their flags, the environment's own
//!   obligations). No I/O, no
//!   clock: `today` is passed in.
//! - `store/`: SQLite, the only place with SQL: opening with the house pragmas, the
//!   embedded migrations, one repository file per aggregate, the audit log, versions.
//! - `app/`: the headless state machine. Shared machinery at the top (`action`,
//!   `state`, `focus`, `update`, `input`, `lists`, `marks`, `dialog`, `palette`,
//!   `files`, `leadership`, `ern`, `obligations`); one folder per pane (a *room*): `cycle/`, `reports/` (with `review/`,
//!   `summary`, `import`), `renewals/`, `contacts/`, `cases/` (`editor`, `links`,
//!   `meeting`), `units/` (`members`, `notes`). Each room's `mod.rs` says what it does,
//!   which actions it answers and which store calls it makes, and has `handle` (its own
//!   actions) and `refresh` (re-read what it shows).
//! - `ui/`: ratatui drawing. `ui/panes/` mirrors the rooms (`cycle/` with the timeline,
//!   `reports/` with the review form, summary and import, `cases/` with the editor and
//!   meeting mode, `renewals`, `contacts`, `units`); the shared pieces (tabs, header,
//!   table, hints, status line, help, palette, dialogs, theme, `sanitize`) beside them.
//! - `keymap/`: the built-in and the user's bindings, merged and checked.
//! - `i18n/`: every user-visible string, bokmål and English, checked by the compiler.
//! - `import/`: reading eRapport's CSV and XLSX files; `export/`: Markdown, DOCX, XLSX, CSV
//!   and vCard writers; `demo/`: the demo database's content.
//! - `cli`: clap definitions and the subcommands; `term`: the terminal session;
//!   `editor`: handing text to `$VISUAL`/`$EDITOR`; `paths`: where files live.
//!
//! ## What has the keyboard
//!
//! `app::Focus` is one enum whose variants own their state (`Review(ReviewForm)`,
//! `Dialog { dialog, over }`, `Editor(CaseEditor)`, `Meeting(MeetingView)` …), with
//! `app::Overlay` (help, palette) above it. `App::update` (in `app/update.rs`) reads in
//! one screen: the overlay or focus that owns the action takes it; else the room on
//! screen (`match state.pane`); else the shared actions.
//!
//! ## Where a change goes
//!
//! - **A new pane**: `Pane` and its views in `app/state.rs`; a room `app/<pane>/mod.rs`
//!   with `handle` and `refresh`, added to both matches in `app/update.rs`; its drawing
//!   in `ui/panes/<pane>.rs` (columns, cells, detail) wired in `ui/panes/mod.rs`; its
//!   lists as `store::ListKind` in `store/lists.rs` and `store/rows.rs`; its title and
//!   texts in `i18n/`; a key for it in `keymaps/default.toml` and an `Action`.
//! - **A new action**: a variant in `app/action.rs` (doc-commented; its serde name is the
//!   keymap word); its description for help and the palette in `i18n/actions.rs`; a
//!   binding in `keymaps/default.toml`; the arm in the room that answers it
//!   (`app/<pane>/mod.rs`), or in `App::shared` in `app/update.rs` if every pane has
//!   it; a key hint in `ui/chrome.rs` if it belongs in the footer.
//! - **A new field on a unit**: a migration in `db/`; `store/rows.rs` (`UnitRow` or
//!   `UnitExtra`), `store/mappers.rs` and the unit queries in `store/lists.rs` and
//!   `store/details.rs`; the edit and its audit row in `store/edits.rs`; the column or
//!   detail line in `ui/panes/units.rs`; its label in `i18n/`; the units import
//!   (`import/rows.rs`, `store/import/units.rs`) and `irf show unit`
//!   (`cli/lookup/show.rs`, `cli/lookup/json.rs`, README) if it is read or shown there;
//!   the demo in `demo/`.
//! - **A new migration**: `db/NNNN_name.sql` (append-only: never edit a landed one),
//!   and its entry at the end of `MIGRATIONS` in `store/open.rs` (with a Rust step in
//!   `then` if it must fill something SQL cannot); an upgrade test from the older
//!   schema in `tests/store.rs`.
//!
//! ## The invariants
//!
//! - SQL lives only in `store/`, always with bound parameters.
//! - Every write is one `BEGIN IMMEDIATE` transaction through `Store::write`, which
//!   writes its audit rows (who, when, what, old and new values) in the same
//!   transaction and refuses a write without one. Editable rows carry a `version`; an
//!   update names the version it read, and a stale one is a conflict shown to the user,
//!   never a silent overwrite.
//! - Text from the database or a file is sanitised (`ui::sanitize`) before it reaches
//!   the terminal; nothing is drawn unless something changed.
//! - No source file passes 500 lines; each module root starts with a doc comment.

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
