//! The headless state machine: `State` (what is on screen), `Action` (what a key asks
//! for, the keymap's vocabulary) and `App::update` (the only place state changes).
//! No terminal here, so tests drive the whole program with keys and read the state.
//!
//! A pane never reaches into another pane's state; everything a key can do is an
//! `Action`, and `update` turns it into store calls and a new state.

mod action;
mod case_editor;
mod case_forms;
mod case_links;
mod cycle;
mod cycle_forms;
mod cycle_save;
mod dialog;
mod edit;
mod form;
mod import;
mod input;
mod lists;
mod marks;
mod meeting;
mod member_forms;
mod palette;
mod renewal_forms;
mod renewal_records;
mod reports;
mod review;
mod state;
mod summary;
mod update;

pub use action::Action;
pub use case_editor::{AUTOSAVE, CaseEditor, ExternalEdit, SectionConflict};
pub use cycle::view_title;
pub use dialog::{DialogField, DialogState, FieldKind, Purpose};
pub use import::{ImportState, ImportView, plan_file};
pub use lists::store_error_text;
pub use meeting::MeetingView;
pub use review::{FollowUpForm, ReviewForm, Section, TextField, TextTarget};
pub use state::{
    App, ConfirmState, EditConflict, EditState, FormState, ListState, Message, Mode, PaletteItem,
    PaletteState, Pane, State, Timeline,
};
