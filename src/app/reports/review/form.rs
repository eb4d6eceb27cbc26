//! The follow-up form inside the review: text, owner region, due date and the checklist
//! item it belongs to. Tab/↓ and Shift-Tab/↑ move between fields, ←/→ (or Space) change
//! a choice, Enter saves, Esc closes and keeps what was typed as a draft that the next
//! `n` (or `e` on the same item) brings back. A refused save keeps the form open with
//! the cursor on the field at fault.

use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use strum::IntoEnumIterator;

use super::Typing;
use super::text::push_status;
use crate::app::state::{App, Focus};
use crate::domain::{Code, Region, ReviewRefusal, can_edit, follow_up};
use crate::i18n::ReviewMsg;
use crate::store::{FollowUp, REVIEW_DRAFT, StoreError};

/// The fields, in order.
pub const TEXT: usize = 0;
/// The owner region (a choice).
pub const OWNER: usize = 1;
/// The due date.
pub const DUE: usize = 2;
/// The checklist item (a choice; empty: none).
pub const ITEM: usize = 3;

/// The follow-up being added or edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpForm {
    /// The follow-up edited (id, version), or `None` for a new one.
    pub id: Option<(i64, i64)>,
    /// Text, owner region code, due date as typed, item code.
    pub fields: [String; 4],
    /// The field with the cursor.
    pub focus: usize,
    /// The fields when the form opened.
    pub opened: [String; 4],
    /// The item codes to choose from ("" first: none).
    pub items: Vec<String>,
    /// When the last key changed a field, while its draft is not yet kept.
    pub typed_at: Option<Instant>,
}

impl FollowUpForm {
    /// Whether anything differs from what the form opened with.
    pub fn changed(&self) -> bool {
        self.fields != self.opened
    }

    /// Its field in the drafts table.
    pub fn draft_field(&self) -> String {
        match self.id {
            Some((id, _)) => format!("follow_up:{id}"),
            None => "follow_up:new".to_string(),
        }
    }

    /// The fields as the draft's text (a JSON list).
    pub fn draft_text(&self) -> String {
        serde_json::Value::from(self.fields.to_vec()).to_string()
    }

    /// Pasted text into the focused text field, on one line (false on a choice).
    pub fn paste(&mut self, text: &str) -> bool {
        if matches!(self.focus, OWNER | ITEM) {
            return false;
        }
        let value = &mut self.fields[self.focus];
        let room = 500_usize.saturating_sub(value.chars().count());
        let clean = text.split_whitespace().collect::<Vec<_>>().join(" ");
        value.extend(clean.chars().filter(|c| !c.is_control()).take(room));
        self.typed_at = Some(Instant::now());
        true
    }

    fn cycle(&mut self, forward: bool) {
        let options: Vec<String> = match self.focus {
            OWNER => Region::iter().map(|r| r.code().to_string()).collect(),
            ITEM => self.items.clone(),
            _ => return,
        };
        let n = options.len();
        if n == 0 {
            return;
        }
        let at = options
            .iter()
            .position(|o| *o == self.fields[self.focus])
            .unwrap_or(0);
        let next = if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        };
        self.fields[self.focus] = options[next].clone();
        self.typed_at = Some(Instant::now());
    }
}

impl App {
    /// `n` (new, on the selected item when the checklist has the cursor) or `e` (edit
    /// the selected follow-up): opens the form, from its draft if one was left.
    pub(super) fn open_follow_up_form(&mut self, existing: Option<FollowUp>, item: Option<String>) {
        let lang = self.state.lang;
        let Focus::Review(form) = &mut self.state.focus else {
            return;
        };
        if let Err(refusal) = can_edit(form.review.status) {
            let text = crate::i18n::refusal_text(lang, &refusal.into());
            return self.state.warn(text);
        }
        let fields = match &existing {
            Some(f) => [
                f.text.clone(),
                f.owner.map(|r| r.code().to_string()).unwrap_or_default(),
                f.due_on.map(|d| lang.date(d)).unwrap_or_default(),
                f.item_code.clone().unwrap_or_default(),
            ],
            None => [
                String::new(),
                form.review.region.code().to_string(),
                String::new(),
                item.unwrap_or_default(),
            ],
        };
        let mut items = vec![String::new()];
        items.extend(form.review.items.iter().map(|i| i.code.clone()));
        let mut new = FollowUpForm {
            id: existing.map(|f| (f.id, f.version)),
            fields: fields.clone(),
            focus: TEXT,
            opened: fields,
            items,
            typed_at: None,
        };
        let draft = form.drafts.remove(&new.draft_field());
        let restored = if let Some(values) =
            draft.and_then(|d| serde_json::from_str::<Vec<String>>(&d).ok())
            && let Ok(values) = <[String; 4]>::try_from(values)
        {
            new.fields = values;
            true
        } else {
            false
        };
        form.typing = Typing::FollowUp(Box::new(new));
        if restored {
            let what = lang.rv(ReviewMsg::DraftFollowUp);
            self.state
                .inform(lang.rvf(ReviewMsg::DraftsRestored, &[&what]));
        }
    }

    /// A key while the follow-up form is open.
    pub(super) fn follow_up_form_key(&mut self, key: KeyEvent) {
        let typing = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let Some(form) = self.state.review_mut().and_then(|f| f.form_mut()) else {
            return;
        };
        let choice = matches!(form.focus, OWNER | ITEM);
        match key.code {
            KeyCode::Esc => self.close_follow_up_form(),
            KeyCode::Enter => self.save_follow_up_form(),
            KeyCode::Tab | KeyCode::Down => form.focus = (form.focus + 1) % 4,
            KeyCode::BackTab | KeyCode::Up => form.focus = (form.focus + 3) % 4,
            KeyCode::Left => form.cycle(false),
            KeyCode::Right => form.cycle(true),
            KeyCode::Char(' ') if choice => form.cycle(true),
            KeyCode::Char(c) if typing && !choice && !c.is_control() => {
                let value = &mut form.fields[form.focus];
                if value.chars().count() < 500 {
                    value.push(c);
                    form.typed_at = Some(Instant::now());
                }
            }
            KeyCode::Backspace if !choice && form.fields[form.focus].pop().is_some() => {
                form.typed_at = Some(Instant::now());
            }
            _ => {}
        }
    }

    /// Esc: the form closes; what was typed stays as a draft.
    fn close_follow_up_form(&mut self) {
        self.flush_review_drafts();
        let Focus::Review(form) = &mut self.state.focus else {
            return;
        };
        if let Some(f) = form.take_form()
            && f.changed()
        {
            form.drafts.insert(f.draft_field(), f.draft_text());
            self.state.inform(self.state.lang.rv(ReviewMsg::DraftsKept));
        }
    }

    /// Enter: checks and saves the follow-up.
    fn save_follow_up_form(&mut self) {
        let lang = self.state.lang;
        let Focus::Review(form) = &mut self.state.focus else {
            return;
        };
        let Some(f) = form.form() else {
            return;
        };
        let checked = follow_up(
            &f.fields[TEXT],
            &f.fields[OWNER],
            &f.fields[DUE],
            Some(f.fields[ITEM].as_str()),
        );
        let item = match checked {
            Ok(item) => item,
            Err(refusal) => {
                let focus = match refusal {
                    ReviewRefusal::FollowUpOwnerMissing => OWNER,
                    ReviewRefusal::FollowUpBadDate { .. } => DUE,
                    _ => TEXT,
                };
                if let Some(f) = form.form_mut() {
                    f.focus = focus;
                }
                let text = crate::i18n::refusal_text(lang, &refusal.into());
                return self.state.warn(text);
            }
        };
        let (report, version, before) = (
            form.review.report_id,
            form.review.version,
            form.review.status,
        );
        let (draft, id) = (f.draft_field(), f.id);
        let result = match id {
            None => self
                .store
                .add_follow_up(report, version, &item)
                .map(|(_, s)| s),
            Some((id, v)) => self.store.edit_follow_up(id, v, version, &item),
        };
        match result {
            Ok(saved) => {
                let _ = self.store.discard_draft(REVIEW_DRAFT, report, &draft);
                if let Some(form) = self.state.review_mut() {
                    form.typing = Typing::Nothing;
                }
                self.reload_review();
                if id.is_none()
                    && let Some(form) = self.state.review_mut()
                {
                    form.follow_up = form.review.follow_ups.len().saturating_sub(1);
                    form.section = super::Section::FollowUps;
                }
                let mut message = lang
                    .rv(if id.is_none() {
                        ReviewMsg::FollowUpAdded
                    } else {
                        ReviewMsg::FollowUpSaved
                    })
                    .to_string();
                push_status(&mut message, lang, before, saved.status);
                self.state.inform(message);
            }
            Err(e) => {
                let conflict = matches!(e, StoreError::Conflict { .. });
                let text = crate::app::store_error_text(lang, &e);
                if conflict {
                    // The form stays open with what was typed; the list shows theirs.
                    self.reload_review();
                    let fresh = self.state.review().and_then(|f| {
                        let (id, _) = id?;
                        f.review
                            .follow_ups
                            .iter()
                            .find(|x| x.id == id)
                            .map(|x| x.version)
                    });
                    if let (Some(v), Some(f)) =
                        (fresh, self.state.review_mut().and_then(|f| f.form_mut()))
                        && let Some((id, _)) = f.id
                    {
                        f.id = Some((id, v));
                    }
                }
                self.state.warn(text);
            }
        }
    }
}
