//! "Siden sist": what others changed since this user last closed irf, grouped by the
//! pane that shows it, newest first in each group; Enter goes to the record.

use chrono::{DateTime, Utc};

use super::super::action::Action;
use super::super::state::{App, Overlay};
use crate::store::{ChangeItem, ChangePane};

/// The most changes listed (the CLI's `irf changes` lists them all).
pub const LISTED: usize = 500;

/// How far back the view looks for a user who never closed irf on this file.
const FIRST_TIME_DAYS: i64 = 7;

/// The changes on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct SinceView {
    /// Since when.
    pub since: DateTime<Utc>,
    /// The user never closed irf here: `since` is a week ago.
    pub first_time: bool,
    /// How many changes there are in all (more than `items` when cut).
    pub count: usize,
    /// The changes, grouped by pane in the panes' order, newest first in each.
    pub items: Vec<ChangeItem>,
    /// The change under the cursor.
    pub selected: usize,
}

impl SinceView {
    /// The groups: each pane with the range of `items` it holds.
    pub fn groups(&self) -> Vec<(ChangePane, std::ops::Range<usize>)> {
        let mut groups: Vec<(ChangePane, std::ops::Range<usize>)> = Vec::new();
        for (i, item) in self.items.iter().enumerate() {
            match groups.last_mut() {
                Some((pane, range)) if *pane == item.pane => range.end = i + 1,
                _ => groups.push((item.pane, i..i + 1)),
            }
        }
        groups
    }
}

impl App {
    /// Opens "Siden sist" (`S`, or from the palette).
    pub(in crate::app) fn open_since_last(&mut self) {
        let lang = self.state.lang;
        let user = self.store.user().to_string();
        let now = Utc::now();
        let (since, first_time) = match self.store.last_closed(&user) {
            Ok(Some(at)) => (at, false),
            Ok(None) => (now - chrono::Duration::days(FIRST_TIME_DAYS), true),
            Err(e) => {
                let text = super::super::lists::store_error_text(lang, &e);
                return self.state.warn(text);
            }
        };
        match self.store.changes_since(since, None, Some(&user), LISTED) {
            Ok(changes) => {
                let items = changes
                    .by_pane()
                    .into_iter()
                    .flat_map(|(_, items)| items.into_iter().cloned())
                    .collect();
                let view = SinceView {
                    since,
                    first_time,
                    count: changes.count,
                    items,
                    selected: 0,
                };
                self.state.overlay = Some(Overlay::SinceLast(Box::new(view)));
            }
            Err(e) => {
                let text = super::super::lists::store_error_text(lang, &e);
                self.state.warn(text);
            }
        }
    }

    /// The view's keys: choose, go to the record, close.
    pub(in crate::app) fn update_since(&mut self, action: Action) {
        let page = self.state.page_rows.max(1);
        let Some(Overlay::SinceLast(view)) = &mut self.state.overlay else {
            return;
        };
        let last = view.items.len().saturating_sub(1);
        match action {
            Action::Back | Action::SinceLast => self.state.overlay = None,
            Action::Quit => self.state.quit = true,
            Action::MoveDown => view.selected = (view.selected + 1).min(last),
            Action::MoveUp => view.selected = view.selected.saturating_sub(1),
            Action::PageDown => view.selected = (view.selected + page).min(last),
            Action::PageUp => view.selected = view.selected.saturating_sub(page),
            Action::First => view.selected = 0,
            Action::Last => view.selected = last,
            Action::Open => {
                if let Some(item) = view.items.get(view.selected).cloned() {
                    self.state.overlay = None;
                    self.go_to_record(item.target, &item.title);
                }
            }
            Action::History => {
                if let Some(item) = view.items.get(view.selected) {
                    let target = item.target;
                    self.show_history(target);
                }
            }
            _ => {}
        }
    }
}
