//! The review's text fields: an item's comment and the assessment. Tab and Shift-Tab
//! save the field and move to the next or previous part of the form; Esc saves it and
//! goes back to the list. If someone else saved the same field meanwhile, the field
//! stays open with what was typed, their text is shown, and Tab saves over it (the
//! user has seen it) or Ctrl-T takes theirs.

use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::{ReviewForm, Section, Typing, area};
use crate::app::state::{App, Focus};
use crate::domain::{ReportStatus, can_edit};
use crate::i18n::{ReviewMsg, label};
use crate::store::{REVIEW_DRAFT, StoreError};

/// What a text field edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextTarget {
    /// The comment of the item with this code.
    Comment(String),
    /// The report's assessment.
    Assessment,
}

impl TextTarget {
    /// Its field in the drafts table.
    pub fn field(&self) -> String {
        match self {
            TextTarget::Comment(code) => ReviewForm::comment_field(code),
            TextTarget::Assessment => "assessment".to_string(),
        }
    }
}

/// A text field being typed in.
#[derive(Debug, Clone)]
pub struct TextField {
    /// What it edits.
    pub target: TextTarget,
    /// The editor.
    pub area: TextArea<'static>,
    /// The text as saved in the database.
    pub saved: String,
    /// When the last key changed the text, while its draft is not yet kept.
    pub typed_at: Option<Instant>,
    /// After a conflict: the text someone else saved.
    pub theirs: Option<String>,
}

impl TextField {
    /// The text as typed.
    pub fn typed(&self) -> String {
        self.area.lines().join("\n")
    }
}

/// The parts of the form Tab steps through, in order.
const PARTS: usize = 4;

impl App {
    /// Where the form's focus is, as a part: 0 checklist, 1 comment, 2 assessment,
    /// 3 follow-ups.
    fn review_part(form: &ReviewForm) -> usize {
        match (form.text(), form.section) {
            (Some(t), _) if matches!(t.target, TextTarget::Comment(_)) => 1,
            (Some(_), _) => 2,
            (None, Section::Items) => 0,
            (None, Section::FollowUps) => 3,
        }
    }

    /// Tab / Shift-Tab: the next or previous part (a checklist-less form skips the
    /// checklist and the comment, a closed report the text fields).
    pub(super) fn review_step(&mut self, forward: bool) {
        if let Some(form) = self.state.review() {
            self.review_step_from(App::review_part(form), forward);
        }
    }

    /// The part after (or before) `part`.
    fn review_step_from(&mut self, mut part: usize, forward: bool) {
        let Some(form) = self.state.review() else {
            return;
        };
        let empty = form.review.items.is_empty();
        // A closed report is read only: Tab goes between the two lists.
        let read_only = can_edit(form.review.status).is_err();
        loop {
            part = if forward {
                (part + 1) % PARTS
            } else {
                (part + PARTS - 1) % PARTS
            };
            let skip = (empty && part < 2) || (read_only && (part == 1 || part == 2));
            if !skip {
                break;
            }
        }
        match part {
            0 | 3 => {
                if let Some(form) = self.state.review_mut() {
                    form.section = if part == 0 {
                        Section::Items
                    } else {
                        Section::FollowUps
                    };
                }
            }
            1 => {
                let code = form.review.items.get(form.item).map(|i| i.code.clone());
                if let Some(code) = code {
                    self.open_text(TextTarget::Comment(code));
                }
            }
            _ => self.open_text(TextTarget::Assessment),
        }
    }

    /// Opens a text field on `target`, from its draft when one was left.
    pub(super) fn open_text(&mut self, target: TextTarget) {
        let lang = self.state.lang;
        let Focus::Review(form) = &mut self.state.focus else {
            return;
        };
        if let Err(refusal) = can_edit(form.review.status) {
            let text = crate::i18n::refusal_text(lang, &refusal.into());
            return self.state.warn(text);
        }
        let saved = match &target {
            TextTarget::Comment(code) => form
                .review
                .items
                .iter()
                .find(|i| &i.code == code)
                .map(|i| i.comment.clone())
                .unwrap_or_default(),
            TextTarget::Assessment => form.review.assessment.clone(),
        };
        let draft = form.drafts.remove(&target.field());
        let mut field_area = area(draft.as_deref().unwrap_or(&saved));
        field_area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        field_area.move_cursor(ratatui_textarea::CursorMove::End);
        form.typing = Typing::Text(Box::new(TextField {
            target,
            area: field_area,
            saved,
            typed_at: None,
            theirs: None,
        }));
    }

    /// A key while a text field is open.
    pub(super) fn review_text_key(&mut self, key: KeyEvent) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let part = self.state.review().map_or(0, App::review_part);
        match (key.code, ctrl) {
            (KeyCode::Tab, false) => {
                if self.leave_text() {
                    self.review_step_from(part, true);
                }
            }
            (KeyCode::BackTab, _) => {
                if self.leave_text() {
                    self.review_step_from(part, false);
                }
            }
            (KeyCode::Esc, _) => {
                self.leave_text();
            }
            (KeyCode::Char('t'), true) => self.take_their_text(),
            _ => {
                let Some(field) = self.state.review_mut().and_then(|f| f.text_mut()) else {
                    return;
                };
                if field.area.input(key) {
                    field.typed_at = Some(Instant::now());
                }
            }
        }
    }

    /// Saves the open text field and closes it. On a conflict it stays open (false).
    pub(super) fn leave_text(&mut self) -> bool {
        let lang = self.state.lang;
        let Focus::Review(form) = &mut self.state.focus else {
            return true;
        };
        let Some(field) = form.text() else {
            return true;
        };
        let text = field.typed();
        let target = field.target.clone();
        let id = form.review.report_id;
        if text == field.saved {
            form.typing = Typing::Nothing;
            let _ = self.store.discard_draft(REVIEW_DRAFT, id, &target.field());
            return true;
        }
        let before = form.review.status;
        let result = match &target {
            TextTarget::Comment(code) => {
                let item = form.review.items.iter().find(|i| &i.code == code);
                let (answer, version) = item.map_or((None, 0), |i| (i.answer, i.version));
                self.store
                    .save_answer(id, form.review.version, code, version, answer, &text)
            }
            TextTarget::Assessment => self.store.save_assessment(id, form.review.version, &text),
        };
        match result {
            Ok(saved) => {
                let _ = self.store.discard_draft(REVIEW_DRAFT, id, &target.field());
                if let Some(form) = self.state.review_mut() {
                    form.typing = Typing::Nothing;
                }
                self.reload_review();
                let mut message = match &target {
                    TextTarget::Comment(code) => lang.rvf(ReviewMsg::CommentSaved, &[code]),
                    TextTarget::Assessment => lang.rv(ReviewMsg::AssessmentSaved).to_string(),
                };
                push_status(&mut message, lang, before, saved.status);
                self.state.inform(message);
                true
            }
            Err(StoreError::Conflict { by, at, .. }) => {
                self.reload_review();
                let theirs = self.state.review().map(|f| match &target {
                    TextTarget::Comment(code) => f
                        .review
                        .items
                        .iter()
                        .find(|i| &i.code == code)
                        .map(|i| i.comment.clone())
                        .unwrap_or_default(),
                    TextTarget::Assessment => f.review.assessment.clone(),
                });
                let theirs = theirs.unwrap_or_default();
                if let Some(field) = self.state.review_mut().and_then(|f| f.text_mut()) {
                    field.saved = theirs.clone();
                    field.theirs = Some(theirs.clone());
                }
                self.flush_review_drafts();
                let time = at.get(11..16).unwrap_or(&at).to_string();
                let short: String = theirs.chars().take(60).collect();
                self.state
                    .warn(lang.rvf(ReviewMsg::TextConflict, &[&by, &time, &short]));
                false
            }
            Err(e) if e.write_failure().is_some() => {
                // The disk or another writer: the field stays open with what was typed
                // (kept as a draft if the draft can be written), and the same key
                // tries again.
                self.flush_review_drafts();
                self.state.warn(crate::app::store_error_text(lang, &e));
                false
            }
            Err(e) => {
                // Kept as a draft: nothing typed is lost, even when the save is refused.
                self.flush_review_drafts();
                if let Some(form) = self.state.review_mut()
                    && let Some(field) = form.take_text()
                {
                    form.drafts.insert(field.target.field(), field.typed());
                }
                let text = crate::app::store_error_text(lang, &e);
                self.state.warn(text);
                true
            }
        }
    }

    /// Ctrl-T after a conflict: their saved text replaces what was typed.
    fn take_their_text(&mut self) {
        let Some(field) = self.state.review_mut().and_then(|f| f.text_mut()) else {
            return;
        };
        if let Some(theirs) = field.theirs.take() {
            field.area = area(&theirs);
            field.typed_at = None;
            self.flush_review_drafts();
            self.state.inform(self.state.lang.rv(ReviewMsg::TookTheirs));
        }
    }
}

/// Adds "the report is now …" to a saved message when the status moved.
pub(super) fn push_status(
    message: &mut String,
    lang: crate::i18n::Lang,
    before: ReportStatus,
    after: ReportStatus,
) {
    if before != after {
        message.push(' ');
        message.push_str(&lang.rvf(ReviewMsg::NowStatus, &[&label(lang, after)]));
    }
}
