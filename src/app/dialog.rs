//! The dialog: a small form of text fields and choices that every pane uses (what a
//! dialog does on Enter is its `Purpose`, in `purpose`). Tab and the arrows move
//! between fields, ←/→ (or space) change a choice, Enter saves, Esc closes and keeps
//! what was typed as a draft that the next opening of the same dialog restores; a
//! prefilled text field is replaced by the first character typed into it.

use super::action::Action;
use super::lists::store_error_text;
use super::state::{App, Focus};
use crate::i18n::Text;

mod purpose;

pub use purpose::Purpose;

/// What a field holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    /// Free text.
    Text,
    /// One of these (code, label) options; the value is the code.
    Choice(Vec<(String, String)>),
}

/// One field of a dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogField {
    /// Its label (bokmål, English).
    pub label: (&'static str, &'static str),
    /// Text or choice.
    pub kind: FieldKind,
    /// What was typed, or the chosen code.
    pub value: String,
}

impl DialogField {
    /// A text field with a starting value.
    pub fn text(label: impl Text, value: impl Into<String>) -> DialogField {
        DialogField {
            label: label.pair(),
            kind: FieldKind::Text,
            value: value.into(),
        }
    }

    /// A choice among `options`, starting at `value` (or the first option).
    pub fn choice(label: impl Text, options: Vec<(String, String)>, value: &str) -> DialogField {
        let value = if options.iter().any(|(code, _)| code == value) {
            value.to_string()
        } else {
            options.first().map(|o| o.0.clone()).unwrap_or_default()
        };
        DialogField {
            label: label.pair(),
            kind: FieldKind::Choice(options),
            value,
        }
    }

    /// The label of the chosen option, or the text.
    pub fn shown(&self) -> &str {
        match &self.kind {
            FieldKind::Text => &self.value,
            FieldKind::Choice(options) => options
                .iter()
                .find(|(code, _)| *code == self.value)
                .map_or(self.value.as_str(), |(_, label)| label.as_str()),
        }
    }

    fn cycle(&mut self, forward: bool) {
        if let FieldKind::Choice(options) = &self.kind {
            if options.is_empty() {
                return;
            }
            let at = options
                .iter()
                .position(|(code, _)| *code == self.value)
                .unwrap_or(0);
            let n = options.len();
            let next = if forward {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            };
            self.value = options[next].0.clone();
        }
    }
}

/// Where a dialog's draft is kept, in the drafts table's field column.
pub(super) const DRAFT_FIELD: &str = "dialog";

/// The codes of a record list's second field (leadership periods, ERN memberships,
/// dialogue events): what to do with the record chosen in the first.
pub(super) mod list_action {
    /// Change it (the default).
    pub const EDIT: &str = "edit";
    /// Delete it (asks first).
    pub const DELETE: &str = "delete";
    /// Show its history.
    pub const HISTORY: &str = "history";
}

/// An open dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogState {
    /// Its title, in the UI language.
    pub title: String,
    /// What saving does.
    pub purpose: Purpose,
    /// Its fields.
    pub fields: Vec<DialogField>,
    /// The field being typed in.
    pub focus: usize,
    /// The values when opened, to tell whether anything was typed.
    pub opened: Vec<String>,
    /// The fields typed in (a choice: changed) since the dialog opened.
    pub touched: Vec<bool>,
}

impl DialogState {
    /// Whether field `i` still shows the text it was opened with, untouched: the first
    /// character typed replaces it (as a selected field does in a form), Backspace
    /// edits it.
    pub fn replaces_on_type(&self, i: usize) -> bool {
        !self.touched.get(i).copied().unwrap_or(true)
            && self
                .fields
                .get(i)
                .is_some_and(|f| f.kind == FieldKind::Text && !f.value.is_empty())
            && self.opened.get(i) == self.fields.get(i).map(|f| &f.value)
    }

    /// The value of field `i`, trimmed.
    pub fn value(&self, i: usize) -> String {
        self.fields
            .get(i)
            .map(|f| f.value.trim().to_string())
            .unwrap_or_default()
    }
}

impl App {
    /// Opens a dialog, restoring the user's draft of the same dialog if one was left.
    pub(super) fn open_dialog(
        &mut self,
        title: String,
        purpose: Purpose,
        fields: Vec<DialogField>,
    ) {
        let opened: Vec<String> = fields.iter().map(|f| f.value.clone()).collect();
        let touched = vec![false; fields.len()];
        let mut dialog = DialogState {
            title,
            purpose,
            fields,
            focus: 0,
            opened,
            touched,
        };
        let (entity, id) = dialog.purpose.draft_key();
        let draft = self
            .store
            .load_draft(entity, id, DRAFT_FIELD)
            .ok()
            .flatten();
        let values = draft.and_then(|d| serde_json::from_str::<Vec<String>>(&d).ok());
        if let Some(values) = values.filter(|v| v.len() == dialog.fields.len()) {
            for (field, value) in dialog.fields.iter_mut().zip(values) {
                field.value = value;
            }
            self.state
                .inform(self.state.lang.t(crate::i18n::Msg::EditDraftRestored));
        }
        // A dialog opened on the projector goes back to it when it closes.
        let over = match std::mem::replace(&mut self.state.focus, Focus::List) {
            Focus::Meeting(view) => Some(view),
            _ => None,
        };
        self.state.focus = Focus::Dialog {
            dialog: Box::new(dialog),
            over,
        };
    }

    /// Enter in a dialog: the room whose dialog it is saves it.
    fn save_dialog(&mut self) {
        let Some(d) = self.state.dialog().cloned() else {
            return;
        };
        if d.purpose.is_case() {
            return self.save_case_dialog(&d);
        }
        if d.purpose.is_queue() {
            return self.save_queue_dialog(&d);
        }
        if d.purpose == Purpose::Import {
            return self.save_import_dialog(&d);
        }
        if d.purpose.is_renewal() {
            return self.save_renewal_dialog(&d);
        }
        if d.purpose.is_leadership() {
            return self.save_leadership_dialog(&d);
        }
        if d.purpose.is_ern() {
            return self.save_ern_dialog(&d);
        }
        if d.purpose.is_obligation() {
            return self.save_obligation_dialog(&d);
        }
        if matches!(
            d.purpose,
            Purpose::AddMember { .. } | Purpose::RemoveMember { .. }
        ) {
            return self.save_member_dialog(&d);
        }
        if matches!(d.purpose, Purpose::FirstPeriod { .. }) {
            return self.save_period_dialog(&d);
        }
        self.save_cycle_dialog(&d)
    }

    pub(super) fn update_dialog(&mut self, action: Action) {
        let Some(dialog) = self.state.dialog_mut() else {
            return;
        };
        let n = dialog.fields.len().max(1);
        match action {
            Action::MoveDown => dialog.focus = (dialog.focus + 1) % n,
            Action::MoveUp => dialog.focus = (dialog.focus + n - 1) % n,
            Action::NextPeriod | Action::PrevPeriod => {
                let forward = action == Action::NextPeriod;
                if let Some(field) = dialog.fields.get_mut(dialog.focus) {
                    field.cycle(forward);
                }
                if let Some(t) = dialog.touched.get_mut(dialog.focus) {
                    *t = true;
                }
            }
            Action::Open => self.save_dialog(),
            Action::Back => self.close_dialog(),
            Action::Quit => self.state.quit = true,
            _ => {}
        }
    }

    /// Typed text for the focused field: characters add, backspace removes; on a
    /// choice, space moves to the next option.
    pub(super) fn dialog_input(&mut self, c: Option<char>) -> bool {
        let Some(dialog) = self.state.dialog_mut() else {
            return false;
        };
        let focus = dialog.focus;
        let replace = c.is_some() && dialog.replaces_on_type(focus);
        if let Some(t) = dialog.touched.get_mut(focus) {
            *t = true;
        }
        let Some(field) = dialog.fields.get_mut(focus) else {
            return false;
        };
        if replace {
            field.value.clear();
        }
        match (&field.kind, c) {
            (FieldKind::Choice(_), Some(' ')) => field.cycle(true),
            (FieldKind::Choice(_), _) => return false,
            (FieldKind::Text, Some(c)) if field.value.chars().count() < 500 => field.value.push(c),
            (FieldKind::Text, Some(_)) => return false,
            (FieldKind::Text, None) => return field.value.pop().is_some(),
        }
        true
    }

    /// The open dialog's fields as a draft, if they differ from what it opened with.
    pub(super) fn dialog_unsaved(&self) -> Option<(&'static str, i64, String, String)> {
        let dialog = self.state.dialog()?;
        let values: Vec<String> = dialog.fields.iter().map(|f| f.value.clone()).collect();
        if values == dialog.opened || values.is_empty() {
            return None;
        }
        let (entity, id) = dialog.purpose.draft_key();
        let text = serde_json::Value::from(values).to_string();
        Some((entity, id, DRAFT_FIELD.to_string(), text))
    }

    /// Closes the dialog; what was typed is kept as a draft when it differs from what
    /// was there when it opened.
    pub(super) fn close_dialog(&mut self) {
        let Some(dialog) = self.take_dialog() else {
            return;
        };
        let values: Vec<String> = dialog.fields.iter().map(|f| f.value.clone()).collect();
        let (entity, id) = dialog.purpose.draft_key();
        let lang = self.state.lang;
        if values != dialog.opened && !values.is_empty() {
            let text = serde_json::Value::from(values).to_string();
            match self.store.save_draft(entity, id, DRAFT_FIELD, &text) {
                Ok(()) => self.state.inform(lang.t(crate::i18n::Msg::EditDraftKept)),
                Err(e) => self.state.warn(store_error_text(lang, &e)),
            }
        } else {
            let _ = self.store.discard_draft(entity, id, DRAFT_FIELD);
        }
    }

    /// Closes the open dialog and gives back its state; the keyboard goes to the list,
    /// or to the meeting the dialog was opened over.
    pub(super) fn take_dialog(&mut self) -> Option<DialogState> {
        match std::mem::replace(&mut self.state.focus, Focus::List) {
            Focus::Dialog { dialog, over } => {
                if let Some(view) = over {
                    self.back_to_meeting(view);
                }
                Some(*dialog)
            }
            other => {
                self.state.focus = other;
                None
            }
        }
    }

    /// After a save: the dialog closes, its draft goes, the list is read again.
    pub(super) fn dialog_saved(&mut self, message: String) {
        let over = match std::mem::replace(&mut self.state.focus, Focus::List) {
            Focus::Dialog { dialog, over } => {
                let (entity, id) = dialog.purpose.draft_key();
                let _ = self.store.discard_draft(entity, id, DRAFT_FIELD);
                over
            }
            other => {
                self.state.focus = other;
                None
            }
        };
        self.refresh_cycle();
        self.reload_list();
        if let Some(view) = over {
            self.back_to_meeting(view);
        }
        self.state.inform(message);
    }

    /// What a dialog's write came to: `Ok` closes it with the message; a conflict
    /// (someone saved first) says who and when, and `refresh` takes the record's
    /// version now, so Enter again saves these fields over theirs knowingly; any other
    /// error keeps the dialog with the cursor on `field(&error)` (checked against the
    /// dialog's fields). Returns whether it was saved.
    pub(super) fn dialog_write_result(
        &mut self,
        result: Result<String, crate::store::StoreError>,
        refresh: impl FnOnce(&mut Self),
        field: impl FnOnce(&crate::store::StoreError) -> Option<usize>,
    ) -> bool {
        let lang = self.state.lang;
        match result {
            Ok(message) => {
                self.dialog_saved(message);
                true
            }
            Err(e @ crate::store::StoreError::Conflict { .. }) => {
                refresh(self);
                let text = format!(
                    "{} {}",
                    store_error_text(lang, &e),
                    lang.y(crate::i18n::CycleMsg::ConflictHint)
                );
                self.dialog_refused(text, None);
                false
            }
            Err(e) => {
                let has_fields = self.state.dialog().is_some_and(|d| !d.fields.is_empty());
                let field = field(&e).filter(|_| has_fields);
                self.dialog_refused(store_error_text(lang, &e), field);
                false
            }
        }
    }

    /// A record list's Enter: the record whose id field 0 holds, read by `read`, and the
    /// action field 1 holds ([`list_action`]), with the list closed and its draft
    /// (kept under `draft`) dropped. `None`, the list kept with a sentence, when no
    /// record is chosen or it is gone.
    pub(super) fn list_choice<T>(
        &mut self,
        d: &DialogState,
        draft: &str,
        read: impl FnOnce(&crate::store::Store, i64) -> Option<T>,
    ) -> Option<(T, String)> {
        let chosen = d
            .value(0)
            .parse::<i64>()
            .ok()
            .and_then(|id| read(&self.store, id));
        let Some(record) = chosen else {
            let text = self.state.lang.y(crate::i18n::CycleMsg::NothingSelected);
            self.dialog_refused(text.to_string(), Some(0));
            return None;
        };
        let _ = self.take_dialog();
        let _ = self.store.discard_draft(draft, 0, DRAFT_FIELD);
        Some((record, d.value(1)))
    }

    /// A save that failed: the dialog stays open with what was typed, the sentence in
    /// the status line, and the focus on `field` when the problem is in one.
    pub(super) fn dialog_refused(&mut self, text: String, field: Option<usize>) {
        if let (Some(dialog), Some(field)) = (self.state.dialog_mut(), field) {
            dialog.focus = field.min(dialog.fields.len().saturating_sub(1));
        }
        self.state.warn(text);
    }
}
