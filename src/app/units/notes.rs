//! Editing a unit's notes: a versioned save that turns a concurrent change into a
//! choice (keep mine, take theirs), and a draft that keeps the text when the box closes.

use crate::app::action::Action;
use crate::app::lists::store_error_text;
use crate::app::state::{App, EditConflict, EditState, Focus};
use crate::i18n::Msg;
use crate::store::{Row, StoreError};

/// The draft key for a unit's notes.
const ENTITY: &str = "unit";
const FIELD: &str = "notes";

impl App {
    /// Opens the edit box for the selected unit's notes, with the user's draft if any.
    pub(in crate::app) fn start_edit(&mut self) {
        let lang = self.state.lang;
        let Some(Row::Unit(unit)) = self.state.list().selected_row().cloned() else {
            self.state.inform(lang.t(Msg::EditNotHere));
            return;
        };
        let (notes, version) = match self.store.unit_notes(unit.id) {
            Ok(found) => found,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let draft = self.store.load_draft(ENTITY, unit.id, FIELD).ok().flatten();
        if draft.is_some() {
            self.state.inform(lang.t(Msg::EditDraftRestored));
        }
        self.state.focus = Focus::Edit(EditState {
            unit_id: unit.id,
            unit: unit.name,
            version,
            text: draft.unwrap_or(notes),
            conflict: None,
        });
    }

    pub(in crate::app) fn update_edit(&mut self, action: Action) {
        match action {
            Action::Open => self.save_edit(),
            Action::Back => self.close_edit(),
            Action::Reload => self.take_theirs(),
            _ => {}
        }
    }

    /// Saves at the version read, or, after a conflict the user has seen, at theirs.
    fn save_edit(&mut self) {
        let lang = self.state.lang;
        let Some(edit) = self.state.edit().cloned() else {
            return;
        };
        let version = edit.conflict.as_ref().map_or(edit.version, |c| c.version);
        match self
            .store
            .update_unit_notes(edit.unit_id, version, &edit.text)
        {
            Ok(_) => {
                let _ = self.store.discard_draft(ENTITY, edit.unit_id, FIELD);
                self.state.focus = Focus::List;
                self.reload_list();
                self.state.inform(lang.t(Msg::EditSaved));
            }
            Err(StoreError::Conflict { by, at, .. }) => {
                // Keep what was typed, and show what is there now.
                let _ = self
                    .store
                    .save_draft(ENTITY, edit.unit_id, FIELD, &edit.text);
                match self.store.unit_notes(edit.unit_id) {
                    Ok((theirs, version)) => {
                        let time = at.get(11..16).unwrap_or(&at).to_string();
                        if let Some(e) = self.state.edit_mut() {
                            e.conflict = Some(EditConflict {
                                by,
                                at: time,
                                theirs,
                                version,
                            });
                        }
                    }
                    Err(e) => self.state.warn(store_error_text(lang, &e)),
                }
            }
            Err(e) => self.state.warn(store_error_text(lang, &e)),
        }
    }

    /// Replaces the typed text with the saved one, after a conflict.
    fn take_theirs(&mut self) {
        let lang = self.state.lang;
        let Some(edit) = self.state.edit_mut() else {
            return;
        };
        if let Some(conflict) = edit.conflict.take() {
            edit.text = conflict.theirs;
            edit.version = conflict.version;
            let id = edit.unit_id;
            let _ = self.store.discard_draft(ENTITY, id, FIELD);
            self.state.inform(lang.t(Msg::EditTookTheirs));
        }
    }

    /// Closes the box; text that differs from what is saved is kept as a draft.
    fn close_edit(&mut self) {
        let lang = self.state.lang;
        let Focus::Edit(edit) = self.state.take_focus() else {
            return;
        };
        let saved = self
            .store
            .unit_notes(edit.unit_id)
            .map(|(notes, _)| notes)
            .unwrap_or_default();
        if edit.text != saved {
            match self
                .store
                .save_draft(ENTITY, edit.unit_id, FIELD, &edit.text)
            {
                Ok(()) => self.state.inform(lang.t(Msg::EditDraftKept)),
                Err(e) => self.state.warn(store_error_text(lang, &e)),
            }
        } else {
            let _ = self.store.discard_draft(ENTITY, edit.unit_id, FIELD);
        }
    }
}
