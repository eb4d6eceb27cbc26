//! The shared desk on screen: a record's history (`H`), what others changed since one
//! last closed irf ("Siden sist", `S`), jumping from there to the record, and undo and
//! redo of one's own changes (Ctrl-Z, Ctrl-Y). What others commit while irf is open is
//! `live` (beside this folder).
//!
//! - `history`: [`HistoryView`], a page at a time as the user scrolls
//!   (`Store::history`, `Store::record_title`, `Store::recorded_title`);
//! - `since`: [`SinceView`], grouped by pane (`Store::last_closed`,
//!   `Store::changes_since`);
//! - `jump`: showing a record in the pane and view that lists it
//!   (`Store::record_home`, `Store::list_ids`);
//! - `undo`: the stacks of steps kept while the program runs (`Store::take_last_write`,
//!   `Store::undo`).
//!
//! Both views are overlays: they open from a list or a detail and give the keyboard
//! back to it when closed. Their keys are the detail's (`[detail]` in the keymap).

mod history;
mod jump;
mod since;
mod undo;

pub use history::{HistoryLine, HistoryView};
pub use since::SinceView;

/// How many undo steps are kept (the oldest are dropped beyond this).
pub const UNDO_DEPTH: usize = 200;
