//! The review form over the whole screen (`Mode::Review`), opened with Enter or `r` on a
//! report in Årsrapporter: the checklist of the unit's kind with an answer and a
//! comment per item, the free-text assessment and the follow-up items.
//!
//! - here: the form's state, opening and closing it, and the hooks the event loop calls
//!   (what is unsaved, when to wake, keeping drafts, pasted text);
//! - `keys`: the keys of the checklist and the follow-up list (answers save at once);
//! - `text`: the comment and assessment fields (`ratatui-textarea`);
//! - `form`: the follow-up form (text, owner region, due date, item).
//!
//! Nothing typed is lost: leaving a text field (Tab, Shift-Tab, Esc) saves it; while it
//! is being typed, it is kept in the drafts table [`AUTOSAVE`] after the last key, on
//! focus loss and before the program ends, and the next opening offers it back. The
//! keys are read raw (as the case editor does), since the form types text.

mod form;
mod keys;
mod text;

use std::collections::BTreeMap;
use std::time::Instant;

use ratatui_textarea::TextArea;

use crate::app::AUTOSAVE;
use crate::app::lists::store_error_text;
use crate::app::state::{App, Focus};
use crate::domain::can_review;
use crate::i18n::ReviewMsg;
use crate::store::{REVIEW_DRAFT, Review, Row, StoreError};

pub use form::FollowUpForm;
pub use text::{TextField, TextTarget};

/// Which list has the cursor when no text field or form is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The checklist items.
    Items,
    /// The follow-up items.
    FollowUps,
}

/// The open review.
#[derive(Debug, Clone)]
pub struct ReviewForm {
    /// The report's review as last read.
    pub review: Review,
    /// Where the list cursor is.
    pub section: Section,
    /// The selected checklist item.
    pub item: usize,
    /// The selected follow-up.
    pub follow_up: usize,
    /// What inside the form has the keyboard besides its lists.
    pub typing: Typing,
    /// Drafts left from last time, by field, not yet taken into a text field.
    pub drafts: BTreeMap<String, String>,
}

/// What inside the review form has the keyboard: its lists, a text field, the
/// follow-up form, or the question before a follow-up is deleted (one at a time).
#[derive(Debug, Clone)]
pub enum Typing {
    /// The checklist or the follow-up list.
    Nothing,
    /// A comment or the assessment being typed.
    Text(Box<TextField>),
    /// The follow-up form.
    FollowUp(Box<FollowUpForm>),
    /// A follow-up (index) waiting for the yes to its deletion.
    ConfirmDelete(usize),
}

impl ReviewForm {
    /// The text field being typed in.
    pub fn text(&self) -> Option<&TextField> {
        match &self.typing {
            Typing::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The text field being typed in, to change.
    pub fn text_mut(&mut self) -> Option<&mut TextField> {
        match &mut self.typing {
            Typing::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Closes the text field and gives it back.
    pub fn take_text(&mut self) -> Option<TextField> {
        match std::mem::replace(&mut self.typing, Typing::Nothing) {
            Typing::Text(t) => Some(*t),
            other => {
                self.typing = other;
                None
            }
        }
    }

    /// The follow-up form.
    pub fn form(&self) -> Option<&FollowUpForm> {
        match &self.typing {
            Typing::FollowUp(f) => Some(f),
            _ => None,
        }
    }

    /// The follow-up form, to change.
    pub fn form_mut(&mut self) -> Option<&mut FollowUpForm> {
        match &mut self.typing {
            Typing::FollowUp(f) => Some(f),
            _ => None,
        }
    }

    /// Closes the follow-up form and gives it back.
    pub fn take_form(&mut self) -> Option<FollowUpForm> {
        match std::mem::replace(&mut self.typing, Typing::Nothing) {
            Typing::FollowUp(f) => Some(*f),
            other => {
                self.typing = other;
                None
            }
        }
    }

    /// The follow-up waiting for the yes to its deletion.
    pub fn confirm_delete(&self) -> Option<usize> {
        match self.typing {
            Typing::ConfirmDelete(i) => Some(i),
            _ => None,
        }
    }

    /// The drafts-table field of item `code`'s comment.
    pub fn comment_field(code: &str) -> String {
        format!("comment:{code}")
    }

    /// Whether item `code` has a draft waiting.
    pub fn has_draft(&self, field: &str) -> bool {
        self.drafts.contains_key(field)
    }
}

impl App {
    /// Enter or `r` on a report in Årsrapporter opens its review; false when `action`
    /// is not for this. A report not received is refused with a sentence (Enter then
    /// shows its detail as before).
    pub(in crate::app) fn review_action(&mut self, action: crate::app::Action) -> bool {
        use crate::app::Action;
        if !matches!(self.state.focus, Focus::List | Focus::Detail)
            || !matches!(action, Action::Open | Action::Review)
        {
            return false;
        }
        let Some(Row::Report(report)) = self.state.list().selected_row().cloned() else {
            return false;
        };
        let lang = self.state.lang;
        let review = match self.store.review(report.id) {
            Ok(r) => r,
            Err(e) => {
                self.state.warn(store_error_text(lang, &e));
                return true;
            }
        };
        if let Err(refusal) = can_review(review.status) {
            self.state
                .warn(crate::i18n::refusal_text(lang, &refusal.into()));
            // Enter still opens the detail of a report not received.
            return action == Action::Review;
        }
        self.open_review(review);
        true
    }

    /// At start, when no other message is waiting: says which review has unsaved text
    /// left from last time.
    pub(in crate::app) fn review_drafts_notice(&mut self) {
        if self.state.message.is_some() {
            return;
        }
        let waiting = self.store.review_drafts_waiting().unwrap_or_default();
        if let Some((_, unit)) = waiting.first() {
            let unit = crate::domain::short_name(unit).into_owned();
            let text = self.state.lang.rvf(ReviewMsg::DraftsWaiting, &[&unit]);
            self.state.inform(text);
        }
    }

    /// Shows the review form on `review`, with the drafts left from last time.
    pub(in crate::app) fn open_review(&mut self, review: Review) {
        let lang = self.state.lang;
        let mut drafts = BTreeMap::new();
        let mut restored = Vec::new();
        for (field, text) in self
            .store
            .review_drafts(review.report_id)
            .unwrap_or_default()
        {
            let saved = saved_text(&review, &field);
            if saved.as_deref() == Some(text.as_str()) {
                let _ = self
                    .store
                    .discard_draft(REVIEW_DRAFT, review.report_id, &field);
                continue;
            }
            restored.push(match field.split_once(':') {
                Some(("comment", code)) => code.to_string(),
                Some(("follow_up", _)) => lang.rv(ReviewMsg::DraftFollowUp).to_string(),
                _ => lang.rv(ReviewMsg::DraftAssessment).to_string(),
            });
            drafts.insert(field, text);
        }
        let section = if review.items.is_empty() {
            Section::FollowUps
        } else {
            Section::Items
        };
        self.state.focus = Focus::Review(Box::new(ReviewForm {
            review,
            section,
            item: 0,
            follow_up: 0,
            typing: Typing::Nothing,
            drafts,
        }));
        if !restored.is_empty() {
            let list = restored.join(", ");
            self.state
                .inform(lang.rvf(ReviewMsg::DraftsRestored, &[&list]));
        }
    }

    /// Reads the open review again (after a save or a conflict); the cursors stay.
    pub(in crate::app) fn reload_review(&mut self) {
        let Focus::Review(form) = &mut self.state.focus else {
            return;
        };
        match self.store.review(form.review.report_id) {
            Ok(review) => {
                form.item = form.item.min(review.items.len().saturating_sub(1));
                form.follow_up = form
                    .follow_up
                    .min(review.follow_ups.len().saturating_sub(1));
                form.review = review;
            }
            Err(e) => {
                let text = store_error_text(self.state.lang, &e);
                self.state.warn(text);
            }
        }
    }

    /// Esc in a list: the form closes; drafts stay (nothing typed is open by then).
    pub(in crate::app) fn close_review(&mut self) {
        self.flush_review_drafts();
        let Focus::Review(form) = self.state.take_focus() else {
            return;
        };
        let kept = !form.drafts.is_empty();
        let id = Some(form.review.report_id);
        self.reload_list();
        if let Some(id) = id {
            self.select_row(|r| matches!(r, Row::Report(x) if x.id == id));
        }
        if kept {
            self.state.inform(self.state.lang.rv(ReviewMsg::DraftsKept));
        }
    }

    /// What the review form would lose if the program ended now, as drafts.
    pub(in crate::app) fn review_unsaved(&self) -> Vec<(&'static str, i64, String, String)> {
        let Some(form) = self.state.review() else {
            return Vec::new();
        };
        let id = form.review.report_id;
        let mut out = Vec::new();
        if let Some(field) = form.text()
            && field.typed() != field.saved
        {
            out.push((REVIEW_DRAFT, id, field.target.field(), field.typed()));
        }
        if let Some(f) = form.form()
            && f.changed()
        {
            out.push((REVIEW_DRAFT, id, f.draft_field(), f.draft_text()));
        }
        out
    }

    /// When the loop must wake to keep the review's draft.
    pub(in crate::app) fn review_wake(&self) -> Option<Instant> {
        let form = self.state.review()?;
        let typed = form.text().and_then(|t| t.typed_at);
        let formed = form.form().and_then(|f| f.typed_at);
        typed.or(formed).map(|t| t + AUTOSAVE)
    }

    /// Keeps the open text field and the follow-up form as drafts when they differ
    /// from what is saved (and drops drafts that equal it).
    pub(in crate::app) fn flush_review_drafts(&mut self) {
        let Focus::Review(form) = &mut self.state.focus else {
            return;
        };
        let id = form.review.report_id;
        let mut writes: Vec<(String, Option<String>)> = Vec::new();
        if let Some(field) = form.text_mut() {
            field.typed_at = None;
            let text = field.typed();
            let name = field.target.field();
            writes.push((name, (text != field.saved).then_some(text)));
        }
        if let Some(f) = form.form_mut() {
            f.typed_at = None;
            writes.push((f.draft_field(), f.changed().then(|| f.draft_text())));
        }
        for (field, text) in writes {
            let result = match &text {
                Some(text) => self.store.save_draft(REVIEW_DRAFT, id, &field, text),
                None => self.store.discard_draft(REVIEW_DRAFT, id, &field),
            };
            if let Err(e) = result {
                let text = store_error_text(self.state.lang, &e);
                self.state.warn(text);
            }
        }
    }

    /// Pasted text goes into the open text field (tabs as spaces) or the follow-up
    /// form's text field; false if none is open.
    pub(in crate::app) fn review_paste(&mut self, text: &str) -> bool {
        if let Some(f) = self.state.review_mut().and_then(|f| f.form_mut()) {
            return f.paste(text);
        }
        let Some(field) = self.state.review_mut().and_then(|f| f.text_mut()) else {
            return false;
        };
        field.area.insert_str(crate::app::input::pasted(text));
        field.typed_at = Some(Instant::now());
        true
    }

    /// A failed save: a conflict reads the review again so its new state shows.
    fn review_failed(&mut self, e: &StoreError) {
        let text = store_error_text(self.state.lang, e);
        if matches!(e, StoreError::Conflict { .. }) {
            self.reload_review();
        }
        self.state.warn(text);
    }
}

/// The saved text a draft field stands for (`None` for an unknown field).
fn saved_text(review: &Review, field: &str) -> Option<String> {
    match field.split_once(':') {
        None if field == "assessment" => Some(review.assessment.clone()),
        Some(("comment", code)) => review
            .items
            .iter()
            .find(|i| i.code == code)
            .map(|i| i.comment.clone()),
        _ => None,
    }
}

/// A text area holding `text`, wrapped as the case editor wraps. Stored text is
/// sanitised line by line, so no control character reaches the terminal.
fn area(text: &str) -> TextArea<'static> {
    let lines = text
        .split('\n')
        .map(|l| crate::ui::sanitize(l).into_owned())
        .collect();
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    area.set_tab_length(4);
    area.set_max_histories(200);
    area
}
