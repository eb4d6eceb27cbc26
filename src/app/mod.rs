//! The headless state machine: `State` (what is on screen), `Action` (what a key asks
//! for, the keymap's vocabulary) and `App::update` (the only place state changes).
//! No terminal here, so tests drive the whole program with keys and read the state.
//!
//! Shared machinery sits at the top: `action` (the vocabulary), `state` (panes, lists,
//! the state), `focus` (what has the keyboard, owning its state), `update` (the one
//! dispatch), `input` (keys to actions, text typed), `lists` (windows of rows and the
//! selection), `marks`, `dialog` (the small form every room uses), `palette`, `files`,
//! the shared desk: `live` (colleagues' commits) and `desk` (history, "Siden sist",
//! undo), `leadership` (the leadership periods, from any pane) and `ern` (the ERN
//! memberships, from any pane), `obligations` (the status report to HOD, the dialogue
//! events and the regions' setting-aside, from any pane).
//! Each pane is a room in its own folder (`cycle`, `reports`, `renewals`, `contacts`,
//! `cases`, `units`) with `handle` for its own actions and `refresh` to re-read what it
//! shows.
//!
//! A room never reaches into another room's state; what a key can do is an `Action`,
//! and `update` turns it into store calls and a new state.

mod action;
mod desk;
mod dialog;
mod ern;
mod files;
mod focus;
mod input;
mod leadership;
mod lists;
mod live;
mod marks;
mod obligations;
mod palette;
mod state;
mod update;

mod cases;
mod contacts;
mod cycle;
mod renewals;
mod reports;
mod units;

pub use action::Action;
pub use cases::{AUTOSAVE, CaseEditor, ExternalEdit, MeetingView, SectionConflict};
pub use cycle::view_title;
pub use desk::{HistoryLine, HistoryView, SinceView};
pub use dialog::{DialogField, DialogState, FieldKind, Purpose};
pub use lists::{conflict_parts, record_label, store_error_text};
pub use reports::{FollowUpForm, ReviewForm, Section, TextField, TextTarget, Typing};
pub use reports::{ImportState, ImportView, ParsedFile, plan_file};
pub use state::{
    App, ConfirmState, EditConflict, EditState, Focus, FormState, ListState, Message, Mode,
    Overlay, PaletteItem, PaletteState, Pane, State, Timeline,
};
