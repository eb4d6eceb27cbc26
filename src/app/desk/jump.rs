//! Going to a record from "Siden sist": the pane and view that list it, its year where
//! the list has one, without a filter, the record selected. A report hidden by the
//! queue's narrowing is found with the narrowing lifted.

use super::super::state::{App, Focus, Pane};
use crate::i18n::DeskMsg;
use crate::store::{HistoryTarget, Home, ListKind, Row};

impl App {
    /// Shows `target` (named `title` in sentences) where it is listed.
    pub(in crate::app) fn go_to_record(&mut self, target: HistoryTarget, title: &str) {
        let lang = self.state.lang;
        let name = crate::domain::clean_line(title);
        let home = match self.store.record_home(target) {
            Ok(Some(home)) => home,
            Ok(None) => return self.state.inform(lang.df(DeskMsg::JumpGone, &[&name])),
            Err(e) => {
                let text = super::super::lists::store_error_text(lang, &e);
                return self.state.warn(text);
            }
        };
        let found = match home {
            Home::Unit(id) => self.show_record(Pane::Units, ListKind::Units, None, id, any),
            Home::Report { id, year } => {
                self.show_record(Pane::Reports, ListKind::Reports, Some(year), id, any)
            }
            Home::Contact(id) => {
                self.show_record(Pane::Contacts, ListKind::Contacts, None, id, any)
            }
            Home::Case(id) => self.show_record(Pane::Cases, ListKind::Cases, None, id, any),
            Home::Meeting(id) => self.show_record(Pane::Cases, ListKind::Meetings, None, id, any),
            Home::Application(id) => {
                self.show_record(Pane::Cycle, ListKind::Applications, None, id, any)
            }
            Home::Milestone { id, year } => {
                self.show_record(Pane::Cycle, ListKind::Milestones, Some(year), id, any)
            }
            Home::Leadership(id) => {
                self.state.overlay = None;
                self.state.focus = Focus::List;
                self.open_leadership_list(Some(id));
                true
            }
            Home::Obligation(target) => {
                self.state.overlay = None;
                self.state.focus = Focus::List;
                self.open_obligation_record(target);
                true
            }
            Home::NetworkPeriod { id, unit } => {
                let network = |r: &Row| matches!(r, Row::Renewal(p) if p.is_network);
                self.show_record(Pane::Renewals, ListKind::Renewals, None, id, network)
                    || self.show_record(Pane::Units, ListKind::Units, None, unit, any)
            }
        };
        if !found {
            self.state.inform(lang.df(DeskMsg::JumpNotListed, &[&name]));
        }
    }

    /// Shows `kind` in `pane` (of `year`, if given) from the top without a filter, and
    /// selects the row of record `id` that `is_it` accepts. False if none is listed.
    fn show_record(
        &mut self,
        pane: Pane,
        kind: ListKind,
        year: Option<i32>,
        id: i64,
        is_it: fn(&Row) -> bool,
    ) -> bool {
        self.state.overlay = None;
        self.state.focus = Focus::List;
        self.state.pane = pane;
        let i = pane.index();
        let list = &mut self.state.lists[i];
        let year_changed = year.is_some_and(|y| y != list.filter.year);
        list.kind = kind;
        list.filter.text.clear();
        if let Some(year) = year {
            list.filter.year = year;
        }
        list.marked.clear();
        list.selected = 0;
        list.top = 0;
        if pane == Pane::Cycle && year_changed {
            self.state.timeline.shift = 0;
            self.refresh_cycle();
        }
        self.reload_list();
        if self.select_record(id, is_it) {
            return true;
        }
        // The queue's narrowing may hide the report: lift it, keep the order.
        let queue = &mut self.state.lists[i].filter.queue;
        if kind == ListKind::Reports && !queue.is_open() {
            let sort = (queue.sort, queue.descending);
            *queue = Default::default();
            (queue.sort, queue.descending) = sort;
            self.reload_list();
            return self.select_record(id, is_it);
        }
        false
    }

    /// Selects the current list's row of record `id` that `is_it` accepts.
    fn select_record(&mut self, id: i64, is_it: fn(&Row) -> bool) -> bool {
        let list = self.state.list();
        let Ok(ids) = self.store.list_ids(list.kind, &list.filter) else {
            return false;
        };
        for (index, _) in ids.iter().enumerate().filter(|(_, x)| **x == id) {
            self.select(index);
            if self.state.list().selected_row().is_some_and(is_it) {
                return true;
            }
        }
        false
    }
}

/// Any row of the record.
fn any(_: &Row) -> bool {
    true
}
