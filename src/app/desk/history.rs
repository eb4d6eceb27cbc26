//! A record's history on screen: newest first, in the UI's words, read a page at a
//! time as the user scrolls towards the end of what is read.

use super::super::action::Action;
use super::super::state::{App, Focus, Overlay};
use crate::i18n::{DeskMsg, HistoryMsg, history_lines, target_noun};
use crate::store::{HistoryEntry, HistoryTarget};

/// Entries read at a time.
pub const PAGE: usize = 100;

/// One line of a history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryLine {
    /// The text, cleaned of control characters.
    pub text: String,
    /// An entry's first line (when, who, what), drawn as a heading.
    pub head: bool,
}

/// The history of one record, as far as it is read.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryView {
    /// The record.
    pub target: HistoryTarget,
    /// "Historikk for årsrapport: Sarkom 2025".
    pub title: String,
    /// The lines of the entries read so far.
    pub lines: Vec<HistoryLine>,
    /// How many entries are read.
    pub entries: usize,
    /// Where the next page starts; `None` when everything is read.
    pub before: Option<i64>,
    /// How far the lines are scrolled.
    pub scroll: u16,
}

impl HistoryView {
    fn push(&mut self, lang: crate::i18n::Lang, entries: &[HistoryEntry]) {
        for e in entries {
            for (i, text) in history_lines(lang, e).into_iter().enumerate() {
                self.lines.push(HistoryLine { text, head: i == 0 });
            }
            self.lines.push(HistoryLine {
                text: String::new(),
                head: false,
            });
        }
        self.entries += entries.len();
    }
}

impl App {
    /// Opens the history of the selected record (`H`).
    pub(in crate::app) fn open_history(&mut self) {
        let lang = self.state.lang;
        let target = match &self.state.focus {
            Focus::List | Focus::Detail | Focus::Filter => self
                .state
                .list()
                .selected_row()
                .and_then(crate::store::Row::history_target),
            _ => None,
        };
        let Some(target) = target else {
            let key = self.key_of(crate::keymap::Context::List, Action::History);
            self.state.inform(lang.df(DeskMsg::NoHistoryHere, &[&key]));
            return;
        };
        self.show_history(target);
    }

    /// Shows the history of `target` over the pane, or says why it cannot be read.
    pub(in crate::app) fn show_history(&mut self, target: crate::store::HistoryTarget) {
        match self.history_view(target) {
            Ok(view) => self.state.overlay = Some(Overlay::History(Box::new(view))),
            Err(e) => {
                let text = super::super::lists::store_error_text(self.state.lang, &e);
                self.state.warn(text);
            }
        }
    }

    /// The history of `target`, its first page read.
    pub(in crate::app) fn history_view(
        &self,
        target: HistoryTarget,
    ) -> crate::store::Result<HistoryView> {
        let lang = self.state.lang;
        let title = match self.store.record_title(target)? {
            Some(title) => crate::domain::clean_line(&title),
            None => {
                let was = self.store.recorded_title(target)?.unwrap_or_default();
                format!(
                    "{} {}",
                    crate::domain::clean_line(&was),
                    lang.h(HistoryMsg::Deleted)
                )
            }
        };
        let page = self.store.history(target, None, PAGE)?;
        let mut view = HistoryView {
            target,
            title: lang.hf(HistoryMsg::Title, &[&target_noun(lang, target), &title]),
            lines: Vec::new(),
            entries: 0,
            before: page.before,
            scroll: 0,
        };
        view.push(lang, &page.entries);
        Ok(view)
    }

    /// The history view's keys: scroll (reading the next page near the end), close.
    pub(in crate::app) fn update_history(&mut self, action: Action) {
        let page = u16::try_from(self.state.page_rows.max(1)).unwrap_or(u16::MAX);
        let Some(Overlay::History(view)) = &mut self.state.overlay else {
            return;
        };
        let last = u16::try_from(view.lines.len().saturating_sub(1)).unwrap_or(u16::MAX);
        match action {
            Action::Back | Action::History => self.state.overlay = None,
            Action::Quit => self.state.quit = true,
            Action::MoveDown => view.scroll = view.scroll.saturating_add(1).min(last),
            Action::MoveUp => view.scroll = view.scroll.saturating_sub(1),
            Action::PageDown => view.scroll = view.scroll.saturating_add(page).min(last),
            Action::PageUp => view.scroll = view.scroll.saturating_sub(page),
            Action::First => view.scroll = 0,
            Action::Last => view.scroll = last,
            _ => {}
        }
        self.more_history();
    }

    /// Reads the next page when the view is scrolled within two screens of the end of
    /// what is read.
    fn more_history(&mut self) {
        let lang = self.state.lang;
        let rows = self.state.page_rows.max(1);
        let Some(Overlay::History(view)) = &self.state.overlay else {
            return;
        };
        let Some(before) = view.before else {
            return;
        };
        if usize::from(view.scroll) + 2 * rows < view.lines.len() {
            return;
        }
        let target = view.target;
        match self.store.history(target, Some(before), PAGE) {
            Ok(page) => {
                if let Some(Overlay::History(view)) = &mut self.state.overlay {
                    view.before = page.before;
                    view.push(lang, &page.entries);
                }
            }
            Err(e) => self
                .state
                .warn(super::super::lists::store_error_text(lang, &e)),
        }
    }

    /// Reads an open history again from its newest entry, when someone else changed
    /// its record, if the user is at the top (further down, the lines stay put).
    pub(in crate::app) fn reread_history(&mut self) {
        let Some(Overlay::History(view)) = &self.state.overlay else {
            return;
        };
        if view.scroll != 0 {
            return;
        }
        if let Ok(view) = self.history_view(view.target) {
            self.state.overlay = Some(Overlay::History(Box::new(view)));
        }
    }

    /// The first key bound to `action` in `context`, as shown in hints.
    pub(in crate::app) fn key_of(&self, context: crate::keymap::Context, action: Action) -> String {
        self.keymap
            .keys_for(context, action)
            .first()
            .map(crate::keymap::KeyCombo::display)
            .unwrap_or_else(|| format!(":{}", action.name()))
    }
}
