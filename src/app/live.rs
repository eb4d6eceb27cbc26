//! The shared desk in the program: once a second the event loop asks whether another
//! process committed to the file (`Store::outside_changes`); when one did, what is on
//! screen is read again — the pane's list on the same record, its counts and detail,
//! the warnings and the timeline, the meeting on the projector — and the status line
//! says briefly what came in. The other panes are read again when next shown.
//!
//! What has the keyboard is never disturbed: an open form, dialog, review or case
//! editor keeps every character typed. When its own record changed meanwhile it says
//! so ("Endret av kari kl. 10:42 mens du skrev") and the version rules decide at save
//! time, as they always did.

use super::state::{App, Focus};
use crate::i18n::{LiveMsg, outside_text};
use crate::store::{Outside, OutsideRecord};

impl App {
    /// At start, when no other message is waiting and others changed something since
    /// this user last closed irf: how much, and the key that lists it ("12 endringer
    /// siden sist (onsdag 10:15); S viser dem"). Nothing changed: the status line keeps
    /// the user and the file.
    pub(super) fn since_last_notice(&mut self) {
        if self.state.message.is_some() {
            return;
        }
        let user = self.store.user().to_string();
        let Ok(Some(since)) = self.store.last_closed(&user) else {
            return;
        };
        if let Ok(changes) = self.store.changes_since(since, None, Some(&user), 1)
            && changes.count > 0
        {
            let now = chrono::Utc::now();
            let lang = self.state.lang;
            let text = crate::i18n::since_last_text(lang, changes.count, since, now);
            let key = self.key_of(crate::keymap::Context::List, crate::app::Action::SinceLast);
            let keys = lang.df(crate::i18n::DeskMsg::SinceKey, &[&key]);
            self.state.inform(format!("{text}; {keys}"));
        }
    }

    /// Looks for commits by other processes and shows them. Returns whether the screen
    /// must be drawn again (nothing changed: false, and nothing is read).
    pub fn look_outside(&mut self) -> bool {
        let lang = self.state.lang;
        let outside = match self.store.outside_changes() {
            Ok(Some(outside)) => outside,
            Ok(None) => return false,
            Err(e) => {
                self.state.warn(super::store_error_text(lang, &e));
                return true;
            }
        };
        if outside.newer_schema {
            let found = self.store.schema_version().unwrap_or_default();
            let known = crate::store::LATEST_VERSION;
            self.state
                .warn(lang.lf(LiveMsg::NewerSchema, &[&found, &known]));
            return true;
        }
        let current = self.state.pane.index();
        for (i, list) in self.state.lists.iter_mut().enumerate() {
            if i != current {
                list.loaded = false;
            }
        }
        let kept = self.reread(outside.touches_cycle());
        // An open history shows the new entry on top.
        self.reread_history();
        if let Some(text) = outside_text(lang, &outside) {
            self.state.inform(text);
        }
        if !kept {
            let by = gone_by(&outside);
            self.state.inform(lang.lf(LiveMsg::SelectedGone, &[&by]));
        }
        if let Some(changed) = self.open_record_changed(&outside) {
            let time = crate::i18n::local_time(&changed.at);
            self.state.notice = Some(lang.lf(LiveMsg::ChangedWhileTyping, &[&changed.user, &time]));
        }
        true
    }

    /// The change to the record open in a form, a dialog, the review or the editor, if
    /// another process made one.
    fn open_record_changed<'a>(&self, outside: &'a Outside) -> Option<&'a OutsideRecord> {
        let ids: Vec<(&str, i64)> = match &self.state.focus {
            Focus::Edit(e) => vec![("unit", e.unit_id)],
            Focus::Form(f) => f.id.map(|id| ("contact", id)).into_iter().collect(),
            Focus::Confirm(c) => vec![("contact", c.id)],
            Focus::Editor(e) => vec![("case", e.case_id)],
            Focus::Review(r) => {
                let id = r.review.report_id;
                vec![("annual_report", id), ("report_answer", id)]
            }
            Focus::Dialog { dialog, .. } => dialog.purpose.records(),
            Focus::List | Focus::Detail | Focus::Filter | Focus::Meeting(_) => Vec::new(),
            Focus::Import(_) => Vec::new(),
        };
        outside
            .records
            .iter()
            .rev()
            .find(|r| ids.iter().any(|(e, id)| r.entity == *e && r.id == *id))
    }
}

/// Who most likely removed the selected record: the last person who deleted something.
fn gone_by(outside: &Outside) -> String {
    outside
        .changes
        .iter()
        .rev()
        .find(|c| c.action == "delete")
        .or(outside.changes.last())
        .map(|c| c.user.clone())
        .unwrap_or_else(|| "?".into())
}
