//! Undo and redo while the program runs: after every key, a write the store made goes
//! on the undo stack (a new change empties the redo stack). Ctrl-Z reverts the top step
//! as a new write; that write goes on the redo stack, and Ctrl-Y reverts it in turn.
//! A refused step (someone else changed the record since, it was undone elsewhere) is
//! said in a sentence and dropped, so the next Ctrl-Z reaches the step before it; a
//! step refused because the file is busy stays.

use super::super::action::Action;
use super::super::state::App;
use super::UNDO_DEPTH;
use crate::i18n::{DeskMsg, target_noun};
use crate::keymap::Context;
use crate::store::{StoreError, Undone};

impl App {
    /// Puts the write the last key made, if any, on the undo stack.
    pub(in crate::app) fn note_write(&mut self) {
        if let Some(step) = self.store.take_last_write() {
            self.state.undo.push(step);
            if self.state.undo.len() > UNDO_DEPTH {
                self.state.undo.remove(0);
            }
            self.state.redo.clear();
        }
    }

    /// Undoes the user's most recent change still on the stack (Ctrl-Z).
    pub(in crate::app) fn undo_last(&mut self) {
        let lang = self.state.lang;
        let Some(step) = self.state.undo.pop() else {
            return self.state.inform(lang.df(DeskMsg::NothingToUndo, &[]));
        };
        match self.store.undo(step) {
            Ok(done) => {
                self.state.redo.push(done.step);
                let _ = self.refresh();
                let key = self.key_of(Context::List, Action::Redo);
                let text = self.undone_text(&done, Some(&key));
                self.state.inform(text);
            }
            Err(e) => self.refused(step, e, true),
        }
    }

    /// Does again what the last undo took back (Ctrl-Y).
    pub(in crate::app) fn redo_last(&mut self) {
        let lang = self.state.lang;
        let Some(step) = self.state.redo.pop() else {
            return self.state.inform(lang.df(DeskMsg::NothingToRedo, &[]));
        };
        match self.store.undo(step) {
            Ok(done) => {
                self.state.undo.push(done.step);
                let _ = self.refresh();
                let text = self.undone_text(&done, None);
                self.state.inform(text);
            }
            Err(e) => self.refused(step, e, false),
        }
    }

    /// Says why a step was refused; keeps it on its stack when the file was only busy.
    fn refused(&mut self, step: crate::store::UndoStep, e: StoreError, undo: bool) {
        // A write that did not reach the disk (full, read-only, busy) can be tried again.
        if e.write_failure().is_some() {
            if undo {
                self.state.undo.push(step);
            } else {
                self.state.redo.push(step);
            }
        }
        let text = super::super::lists::store_error_text(self.state.lang, &e);
        self.state.warn(text);
    }

    /// "Angret (Ctrl-Y gjør om igjen): årsrapport Sarkom 2025 er satt tilbake." (with
    /// the redo key), or "Gjort om igjen: …" (without).
    fn undone_text(&self, done: &Undone, redo_key: Option<&str>) -> String {
        let lang = self.state.lang;
        let one = match done.records.as_slice() {
            [target] => self
                .store
                .record_title(*target)
                .ok()
                .flatten()
                .or_else(|| self.store.recorded_title(*target).ok().flatten())
                .map(|title| {
                    (
                        target_noun(lang, *target),
                        crate::domain::clean_line(&title),
                    )
                }),
            _ => None,
        };
        let n = done.records.len();
        match (one, redo_key) {
            (Some((noun, title)), Some(key)) => lang.df(DeskMsg::UndoneOne, &[&key, &noun, &title]),
            (None, Some(key)) => lang.df(DeskMsg::UndoneMany, &[&key, &n]),
            (Some((noun, title)), None) => lang.df(DeskMsg::RedoneOne, &[&noun, &title]),
            (None, None) => lang.df(DeskMsg::RedoneMany, &[&n]),
        }
    }
}
