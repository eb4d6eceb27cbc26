//! The review form's keys outside its text fields: the checklist (`j`/`k` move, `1`–`4`
//! or Space set the answer and save it at once, `0` clears it, Tab or Enter to the
//! comment), the follow-up list (`n` new, `e` edit, `x` done, `d` delete after a yes),
//! `F` finish, `C` close the report, Esc back to Årsrapporter.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::text::{TextTarget, push_status};
use super::{ReviewForm, Section, Typing};
use crate::app::state::{App, Focus};
use crate::domain::{Answer, can_edit};
use crate::i18n::{ReviewMsg, label};

impl App {
    /// A key in `Mode::Review`. Returns whether the screen may have changed.
    pub(in crate::app) fn review_key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if ctrl && key.code == KeyCode::Char('c') {
            self.flush_review_drafts();
            self.state.quit = true;
            return true;
        }
        let Some(form) = self.state.review() else {
            return false;
        };
        if form.form().is_some() {
            self.follow_up_form_key(key);
        } else if form.text().is_some() {
            self.review_text_key(key);
        } else if let Some(i) = form.confirm_delete() {
            self.confirm_follow_up_delete(i, key.code);
        } else {
            self.review_list_key(key);
        }
        true
    }

    fn review_list_key(&mut self, key: KeyEvent) {
        let Focus::Review(form) = &mut self.state.focus else {
            return;
        };
        let in_items = form.section == Section::Items;
        match key.code {
            KeyCode::Esc => self.close_review(),
            KeyCode::Tab => self.review_step(true),
            KeyCode::BackTab => self.review_step(false),
            KeyCode::Char('j') | KeyCode::Down => move_cursor(form, 1),
            KeyCode::Char('k') | KeyCode::Up => move_cursor(form, -1),
            KeyCode::PageDown => move_cursor(form, 10),
            KeyCode::PageUp => move_cursor(form, -10),
            KeyCode::Char('g') | KeyCode::Home => move_cursor(form, isize::MIN / 2),
            KeyCode::Char('G') | KeyCode::End => move_cursor(form, isize::MAX / 2),
            KeyCode::Char(c @ '1'..='4') if in_items => self.set_answer(Answer::from_key(c)),
            KeyCode::Char('0') | KeyCode::Delete if in_items => self.set_answer(None),
            KeyCode::Char(' ') if in_items => {
                let current = form.review.items.get(form.item).and_then(|i| i.answer);
                self.set_answer(Some(Answer::cycle(current)));
            }
            KeyCode::Enter if in_items => {
                if let Some(code) = form.review.items.get(form.item).map(|i| i.code.clone()) {
                    self.open_text(TextTarget::Comment(code));
                }
            }
            KeyCode::Char('n') => {
                let item = in_items
                    .then(|| form.review.items.get(form.item).map(|i| i.code.clone()))
                    .flatten();
                self.open_follow_up_form(None, item);
            }
            KeyCode::Char('e') | KeyCode::Enter if !in_items => {
                match form.review.follow_ups.get(form.follow_up).cloned() {
                    Some(f) => self.open_follow_up_form(Some(f), None),
                    None => self.no_follow_up(),
                }
            }
            KeyCode::Char('x') if !in_items => self.toggle_follow_up(),
            KeyCode::Char('d') if !in_items => {
                let lang = self.state.lang;
                match form.review.follow_ups.get(form.follow_up) {
                    Some(f) => {
                        let question = lang.rvf(ReviewMsg::ConfirmDelete, &[&f.text]);
                        form.typing = Typing::ConfirmDelete(form.follow_up);
                        self.state.inform(question);
                    }
                    None => self.no_follow_up(),
                }
            }
            KeyCode::Char('F') => self.finish_or_close(true),
            KeyCode::Char('C') => self.finish_or_close(false),
            _ => {}
        }
    }

    fn no_follow_up(&mut self) {
        self.state
            .inform(self.state.lang.rv(ReviewMsg::NoFollowUpSelected));
    }

    /// Sets the selected item's answer (`None` clears it) and saves it.
    fn set_answer(&mut self, answer: Option<Answer>) {
        let lang = self.state.lang;
        let Some(form) = self.state.review() else {
            return;
        };
        let Some(item) = form.review.items.get(form.item) else {
            return;
        };
        if let Err(refusal) = can_edit(form.review.status) {
            let text = crate::i18n::refusal_text(lang, &refusal.into());
            return self.state.warn(text);
        }
        let (id, before, code) = (form.review.report_id, form.review.status, item.code.clone());
        let result = self.store.save_answer(
            id,
            form.review.version,
            &item.code,
            item.version,
            answer,
            &item.comment,
        );
        match result {
            Ok(saved) => {
                self.reload_review();
                let mut message = match answer {
                    Some(a) => lang.rvf(ReviewMsg::AnswerSaved, &[&code, &label(lang, a)]),
                    None => lang.rvf(ReviewMsg::AnswerCleared, &[&code]),
                };
                push_status(&mut message, lang, before, saved.status);
                self.state.inform(message);
            }
            Err(e) => self.review_failed(&e),
        }
    }

    /// `x`: ticks the selected follow-up off, or on again.
    fn toggle_follow_up(&mut self) {
        let lang = self.state.lang;
        let Some(form) = self.state.review() else {
            return;
        };
        let Some(f) = form.review.follow_ups.get(form.follow_up).cloned() else {
            return self.no_follow_up();
        };
        let before = form.review.status;
        let result = self
            .store
            .set_follow_up_done(f.id, f.version, form.review.version, !f.done);
        match result {
            Ok(saved) => {
                self.reload_review();
                let msg = if f.done {
                    ReviewMsg::FollowUpNotDone
                } else {
                    ReviewMsg::FollowUpDone
                };
                let mut message = lang.rvf(msg, &[&f.text]);
                push_status(&mut message, lang, before, saved.status);
                self.state.inform(message);
            }
            Err(e) => self.review_failed(&e),
        }
    }

    /// The key after "delete …?": `j` or `y` deletes, anything else keeps it.
    fn confirm_follow_up_delete(&mut self, index: usize, code: KeyCode) {
        let lang = self.state.lang;
        let Focus::Review(form) = &mut self.state.focus else {
            return;
        };
        form.typing = Typing::Nothing;
        let target = form.review.follow_ups.get(index).cloned();
        let (Some(f), KeyCode::Char('j' | 'J' | 'y' | 'Y')) = (target, code) else {
            return self.state.inform(lang.rv(ReviewMsg::NotDeleted));
        };
        let before = form.review.status;
        match self
            .store
            .delete_follow_up(f.id, f.version, form.review.version)
        {
            Ok(saved) => {
                self.reload_review();
                let mut message = lang.rvf(ReviewMsg::FollowUpDeleted, &[&f.text]);
                push_status(&mut message, lang, before, saved.status);
                self.state.inform(message);
            }
            Err(e) => self.review_failed(&e),
        }
    }

    /// `F` finishes the review, `C` closes the report.
    fn finish_or_close(&mut self, finish: bool) {
        let lang = self.state.lang;
        let Some(form) = self.state.review() else {
            return;
        };
        let (id, version) = (form.review.report_id, form.review.version);
        if finish && !form.review.items.is_empty() && form.review.answered() == 0 {
            return self.state.warn(lang.rv(ReviewMsg::NothingAnswered));
        }
        let result = if finish {
            self.store.finish_review(id, version)
        } else {
            self.store.close_report(id, version)
        };
        match result {
            Ok(saved) => {
                self.reload_review();
                let message = if finish {
                    let mut text = lang.rvf(ReviewMsg::Finished, &[&label(lang, saved.status)]);
                    let unanswered = self.state.review().map_or(0, |f| {
                        f.review.items.len().saturating_sub(f.review.answered())
                    });
                    if unanswered > 0 {
                        text.push(' ');
                        text.push_str(&lang.rvf(ReviewMsg::Unanswered, &[&unanswered]));
                    }
                    text
                } else {
                    lang.rv(ReviewMsg::Closed).to_string()
                };
                self.state.inform(message);
            }
            Err(e) => self.review_failed(&e),
        }
    }
}

/// Moves the cursor of the list in focus by `by` rows, within its ends.
fn move_cursor(form: &mut ReviewForm, by: isize) {
    let (cursor, len) = match form.section {
        Section::Items => (&mut form.item, form.review.items.len()),
        Section::FollowUps => (&mut form.follow_up, form.review.follow_ups.len()),
    };
    let last = len.saturating_sub(1);
    *cursor = cursor.saturating_add_signed(by).min(last);
}
