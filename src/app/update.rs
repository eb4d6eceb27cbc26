//! `App::update`, the one dispatch: an action goes to what has the keyboard, then to
//! the pane on screen, then to the actions every pane shares, in that order and in
//! this one place.
//!
//! 1. An overlay (help, palette) or a focus that owns its keys (a dialog, a form, the
//!    notes box, the confirmation, the import's dry run) takes the action whole. The
//!    case editor, the projector and the review form read their keys raw before the
//!    keymap (see `input`), so an action never reaches them.
//! 2. In the list or the detail, the pane on screen answers its own actions through its
//!    room's `handle` (`cycle`, `reports`, `renewals`, `contacts`, `cases`, `units`).
//!    The filter line skips this: it only types and moves.
//! 3. What is left is shared: moving, panes, views, years, marks, the filter, help, the
//!    palette, the history, "Siden sist", undo and redo, the leadership periods, the ERN memberships, the obligations, reload,
//!    quit; an action that belongs to another pane says where it works.

use super::action::Action;
use super::state::{App, Focus, Overlay, Pane};
use super::{cases, contacts, cycle, renewals, reports, units};
use crate::i18n::{ImportMsg, Msg};
use crate::store::{Detail, Hit, Tie};

/// Whether a pane's room took an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub(super) enum Handled {
    /// It did; nothing else runs.
    Yes,
    /// It is not this room's: the shared actions get it.
    No,
}

impl From<bool> for Handled {
    fn from(taken: bool) -> Self {
        if taken { Handled::Yes } else { Handled::No }
    }
}

impl App {
    /// Applies one action. This is the only place the state changes.
    pub fn update(&mut self, action: Action) {
        match &self.state.overlay {
            Some(Overlay::Help(_)) => return self.update_help(action),
            Some(Overlay::Palette(_)) => return self.update_palette(action),
            Some(Overlay::History(_)) => return self.update_history(action),
            Some(Overlay::SinceLast(_)) => return self.update_since(action),
            None => {}
        }
        match &self.state.focus {
            Focus::Edit(_) => return self.update_edit(action),
            Focus::Form(_) => return self.update_form(action),
            Focus::Confirm(_) => return self.update_confirm(action),
            Focus::Dialog { .. } => return self.update_dialog(action),
            Focus::Import(_) => return self.update_import(action),
            // These read their keys raw, before the keymap (see `input`).
            Focus::Editor(_) | Focus::Meeting(_) | Focus::Review(_) => return,
            Focus::Filter => {}
            Focus::List | Focus::Detail => {
                let handled = match self.state.pane {
                    Pane::Cycle => cycle::handle(self, action),
                    Pane::Reports => reports::handle(self, action),
                    Pane::Renewals => renewals::handle(self, action),
                    Pane::Contacts => contacts::handle(self, action),
                    Pane::Cases => cases::handle(self, action),
                    Pane::Units => units::handle(self, action),
                };
                if handled == Handled::Yes {
                    return;
                }
            }
        }
        self.shared(action);
    }

    /// Re-reads what is on screen: the status line's warnings and the leading region,
    /// then what the pane on screen shows (its room's `refresh`), keeping the selection
    /// on the same record. Ctrl-R, and the shared desk when another process commits.
    /// Returns false when the selected record is gone (the cursor is on its neighbour).
    pub fn refresh(&mut self) -> bool {
        self.store.forget_hits();
        self.reread(true)
    }

    /// Re-reads what is on screen through the store's caches (those a change made
    /// stale are gone already), the annual cycle's timeline and warnings too when
    /// `cycle`: what `refresh` does after dropping them all.
    pub(super) fn reread(&mut self, cycle: bool) -> bool {
        if cycle {
            self.refresh_cycle();
        }
        self.state.leading = super::state::leading_code(&self.store, self.state.today);
        match self.state.pane {
            Pane::Cycle => cycle::refresh(self),
            Pane::Reports => reports::refresh(self),
            Pane::Renewals => renewals::refresh(self),
            Pane::Contacts => contacts::refresh(self),
            Pane::Cases => cases::refresh(self),
            Pane::Units => units::refresh(self),
        }
    }

    /// The actions every pane shares, and a sentence for those that work elsewhere.
    fn shared(&mut self, action: Action) {
        let lang = self.state.lang;
        match action {
            Action::Quit => self.state.quit = true,
            Action::Help => self.state.overlay = Some(Overlay::Help(0)),
            Action::Palette => {
                self.state.overlay = Some(Overlay::Palette(Default::default()));
                self.set_palette_query(String::new());
            }
            Action::Back => self.back(),
            Action::Open => match self.state.focus {
                Focus::Filter => self.state.focus = Focus::List,
                Focus::List if self.state.list().total > 0 => self.state.focus = Focus::Detail,
                Focus::Detail => self.follow_tie(),
                _ => {}
            },
            Action::MoveDown | Action::MoveUp if self.ties().is_some() => {
                let n = self.ties().map_or(0, <[_]>::len);
                let list = &mut self.state.lists[self.state.pane.index()];
                list.tie_cursor = if action == Action::MoveDown {
                    (list.tie_cursor + 1).min(n.saturating_sub(1))
                } else {
                    list.tie_cursor.saturating_sub(1)
                };
            }
            Action::MoveDown | Action::MoveUp | Action::PageDown | Action::PageUp => {
                if matches!(self.state.focus, Focus::Detail) {
                    self.scroll_detail(action);
                } else {
                    self.move_selection(action);
                }
            }
            Action::First => self.select(0),
            Action::Last => {
                self.read_to_end();
                let last = self.state.list().total.saturating_sub(1);
                self.select(last);
            }
            Action::NextPane => {
                let next = (self.state.pane.index() + 1) % Pane::ALL.len();
                self.show_pane(Pane::ALL[next]);
            }
            Action::PrevPane => {
                let prev = (self.state.pane.index() + Pane::ALL.len() - 1) % Pane::ALL.len();
                self.show_pane(Pane::ALL[prev]);
            }
            Action::PaneCycle => self.show_pane(Pane::Cycle),
            Action::PaneReports => self.show_pane(Pane::Reports),
            Action::PaneRenewals => self.show_pane(Pane::Renewals),
            Action::PaneContacts => self.show_pane(Pane::Contacts),
            Action::PaneCases => self.show_pane(Pane::Cases),
            Action::PaneUnits => self.show_pane(Pane::Units),
            Action::Filter => self.state.focus = Focus::Filter,
            Action::Reload => {
                let _ = self.refresh();
                self.state.inform(lang.t(Msg::Reloaded));
            }
            Action::PrevYear | Action::NextYear => self.change_year(action == Action::NextYear),
            Action::History => self.open_history(),
            Action::SinceLast => self.open_since_last(),
            Action::Undo => self.undo_last(),
            Action::Redo => self.redo_last(),
            Action::Leadership => self.open_leadership_list(None),
            Action::NewLeadership => self.open_new_leadership(),
            Action::Ern => self.open_ern_list(None),
            Action::NewErn => self.open_new_ern(),
            Action::Obligations => self.open_obligations(),
            Action::DialogueEvents => self.open_dialogue_list(None),
            Action::NewDialogueEvent => self.open_new_dialogue(),
            Action::SetAside => self.open_set_aside_here(),
            // Kontakter's, Tjenester' and Saker's own (see their rooms); elsewhere they
            // say where they work.
            Action::Edit => self.state.inform(lang.t(Msg::EditNotHere)),
            Action::Export => self.export_list_sheet(),
            Action::New | Action::Delete | Action::CopyEmail => {
                self.state.inform(lang.t(Msg::ContactsOnly))
            }
            Action::ToggleMark => self.toggle_mark(),
            Action::MarkAll => self.mark_all(),
            Action::NextView | Action::PrevView => self.change_view(action == Action::NextView),
            Action::Step
            | Action::Anchor
            | Action::RankUp
            | Action::RankDown
            | Action::Decide
            | Action::DraftCase
            | Action::CopyYear
            | Action::PrevPeriod
            | Action::MeetingMode
            | Action::AssignNumber
            | Action::Link
            | Action::Review
            | Action::NextPeriod => self.state.inform(lang.yf(
                crate::i18n::CycleMsg::NotInThisView,
                &[&lang.t(Msg::PaneCycle)],
            )),
            Action::Import => self.state.inform(lang.i(ImportMsg::OnlyReports)),
            Action::Narrow
            | Action::SortNext
            | Action::SortReverse
            | Action::Views
            | Action::SaveView
            | Action::MarkReceived
            | Action::AssignReviewer => self
                .state
                .inform(self.state.lang.q(crate::i18n::QueueMsg::QueueOnly)),
        }
    }

    fn back(&mut self) {
        match self.state.focus {
            Focus::Detail => self.state.focus = Focus::List,
            Focus::Filter => {
                self.state.focus = Focus::List;
                self.set_filter(String::new());
            }
            Focus::List if !self.state.list().filter.text.is_empty() => {
                self.set_filter(String::new());
            }
            _ => {}
        }
    }

    fn show_pane(&mut self, pane: Pane) {
        self.state.pane = pane;
        if matches!(self.state.focus, Focus::Detail | Focus::Filter) {
            self.state.focus = Focus::List;
        }
        self.ensure_loaded();
    }

    fn move_selection(&mut self, action: Action) {
        let page = self.state.page_rows.max(1);
        let current = self.state.list().selected;
        let target = match action {
            Action::MoveDown => current + 1,
            Action::MoveUp => current.saturating_sub(1),
            Action::PageDown => current + page,
            _ => current.saturating_sub(page),
        };
        self.select(target);
    }

    fn scroll_detail(&mut self, action: Action) {
        let page = u16::try_from(self.state.page_rows.max(1)).unwrap_or(u16::MAX);
        let i = self.state.pane.index();
        let list = &mut self.state.lists[i];
        list.detail_scroll = match action {
            Action::MoveDown => list.detail_scroll.saturating_add(1),
            Action::MoveUp => list.detail_scroll.saturating_sub(1),
            Action::PageDown => list.detail_scroll.saturating_add(page),
            _ => list.detail_scroll.saturating_sub(page),
        };
    }

    fn change_year(&mut self, forward: bool) {
        if !self.state.pane.has_year(self.state.list().kind) {
            self.state.inform(self.state.lang.t(Msg::NoYearHere));
            return;
        }
        let i = self.state.pane.index();
        let list = &mut self.state.lists[i];
        list.filter.year += if forward { 1 } else { -1 };
        list.selected = 0;
        if self.state.pane == Pane::Cycle {
            self.state.timeline.shift = 0;
            self.refresh_cycle();
        }
        self.reload_list();
    }

    /// Shows the pane's next (or previous) view: another list in the same pane, read
    /// from the top without a filter.
    pub(super) fn change_view(&mut self, forward: bool) {
        let views = self.state.pane.views();
        if views.len() < 2 {
            self.state
                .inform(self.state.lang.y(crate::i18n::CycleMsg::NoViews));
            return;
        }
        let i = self.state.pane.index();
        let at = views
            .iter()
            .position(|k| *k == self.state.lists[i].kind)
            .unwrap_or(0);
        let next = if forward {
            (at + 1) % views.len()
        } else {
            (at + views.len() - 1) % views.len()
        };
        self.show_view(views[next]);
    }

    /// Shows `kind` in the current pane (one of its views).
    pub(super) fn show_view(&mut self, kind: crate::store::ListKind) {
        let i = self.state.pane.index();
        let list = &mut self.state.lists[i];
        if list.kind == kind && list.loaded {
            return;
        }
        list.kind = kind;
        list.filter.text.clear();
        list.selected = 0;
        list.top = 0;
        list.marked.clear();
        if matches!(self.state.focus, Focus::Detail | Focus::Filter) {
            self.state.focus = Focus::List;
        }
        self.reload_list();
    }

    /// Replaces the current pane's filter text and reads the list again from the top.
    pub(super) fn set_filter(&mut self, text: String) {
        let i = self.state.pane.index();
        if self.state.lists[i].filter.text == text {
            return;
        }
        self.state.lists[i].filter.text = text;
        self.state.lists[i].selected = 0;
        self.reload_list();
    }

    fn update_help(&mut self, action: Action) {
        let Some(Overlay::Help(scroll)) = &mut self.state.overlay else {
            return;
        };
        match action {
            Action::Back | Action::Help => self.state.overlay = None,
            Action::Quit => self.state.quit = true,
            Action::MoveDown => *scroll = scroll.saturating_add(1),
            Action::MoveUp => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll = scroll.saturating_add(10),
            Action::PageUp => *scroll = scroll.saturating_sub(10),
            Action::First => *scroll = 0,
            Action::Last => *scroll = u16::MAX / 2,
            _ => {}
        }
    }

    /// The ties of the open contact, when the detail of a contact has the keyboard.
    fn ties(&self) -> Option<&[Tie]> {
        if !matches!(self.state.focus, Focus::Detail) {
            return None;
        }
        match &self.state.list().detail {
            Some(Detail::Contact(ties)) if !ties.is_empty() => Some(ties),
            _ => None,
        }
    }

    /// Jumps from an open contact to the record under the tie cursor.
    fn follow_tie(&mut self) {
        let cursor = self.state.list().tie_cursor;
        let target = self
            .ties()
            .and_then(|t| t.get(cursor))
            .and_then(|t| t.target.clone());
        if let Some((kind, id, title)) = target {
            self.jump_to(&Hit {
                kind,
                id,
                title,
                score: 0,
            });
        }
    }
}
