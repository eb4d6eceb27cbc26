//! Meeting mode, for the projector: one agenda item at a time over the whole screen —
//! its number and title, the proposed decision, the records it concerns and the
//! decision once recorded — stepped through with the arrow keys. Nothing personal is
//! shown (no contact details) and nothing can be deleted or edited here; the one
//! change it allows is recording IRF's decision (`b`), which opens the decision dialog
//! and comes back to the same item.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::action::Action;
use crate::app::lists::store_error_text;
use crate::app::state::{App, Focus, Pane};
use crate::i18n::CaseMsg;
use crate::store::{Agenda, ListKind, Row};

/// The meeting on the projector.
#[derive(Debug, Clone)]
pub struct MeetingView {
    /// The meeting and its agenda, read when the mode opened or a decision was saved.
    pub agenda: Agenda,
    /// The item shown, an index into `agenda.items`.
    pub position: usize,
}

impl App {
    /// Opens meeting mode on the selected meeting (Møter), the meeting of the selected
    /// case (Saker), or else the next meeting from today.
    pub(in crate::app) fn open_meeting_mode(&mut self) {
        let lang = self.state.lang;
        let selected = match self.state.list().selected_row() {
            Some(Row::Meeting(m)) => Some(m.id),
            Some(Row::Case(c)) if self.state.pane == Pane::Cases => self
                .store
                .case(c.id)
                .ok()
                .and_then(|c| c.meeting.map(|m| m.0)),
            _ => None,
        };
        let id = match selected {
            Some(id) => Some(id),
            None => self
                .store
                .find_meeting("next", self.state.today)
                .ok()
                .flatten(),
        };
        let Some(id) = id else {
            return self.state.inform(lang.k(CaseMsg::NoMeetings));
        };
        match self.store.agenda(id) {
            Ok(agenda) if agenda.items.is_empty() => {
                self.state.inform(lang.k(CaseMsg::EmptyAgenda))
            }
            Ok(agenda) => {
                self.state.focus = Focus::Meeting(Box::new(MeetingView {
                    agenda,
                    position: 0,
                }));
            }
            Err(e) => self.state.warn(store_error_text(lang, &e)),
        }
    }

    /// A key in meeting mode: step, record a decision, or leave. Every other key,
    /// destructive or not, does nothing here.
    pub(in crate::app) fn meeting_key(&mut self, key: KeyEvent) -> bool {
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            if key.code == KeyCode::Char('c') {
                self.state.quit = true;
            }
            // Destructive keys are off on the projector, but the decision just
            // recorded here can be taken back (and done again).
            let combo = crate::keymap::KeyCombo::from_event(&key);
            return match self.keymap.lookup(crate::keymap::Context::Global, &combo) {
                Some(Action::Undo) => {
                    self.undo_last();
                    true
                }
                Some(Action::Redo) => {
                    self.redo_last();
                    true
                }
                _ => false,
            };
        }
        let Focus::Meeting(view) = &mut self.state.focus else {
            return false;
        };
        let last = view.agenda.items.len().saturating_sub(1);
        match key.code {
            KeyCode::Right | KeyCode::Down | KeyCode::PageDown | KeyCode::Char(' ' | 'l' | 'j') => {
                view.position = (view.position + 1).min(last);
            }
            KeyCode::Left | KeyCode::Up | KeyCode::PageUp | KeyCode::Char('h' | 'k') => {
                view.position = view.position.saturating_sub(1);
            }
            KeyCode::Home | KeyCode::Char('g') => view.position = 0,
            KeyCode::End | KeyCode::Char('G') => view.position = last,
            KeyCode::Char('b') => {
                let id = view.agenda.items.get(view.position).map(|c| c.id);
                if let Some(id) = id {
                    self.open_decision_in_meeting(id);
                }
            }
            KeyCode::Esc | KeyCode::Char('q') => self.leave_meeting_mode(),
            _ => return false,
        }
        true
    }

    fn open_decision_in_meeting(&mut self, case_id: i64) {
        self.open_case_dialog_for(Action::Decide, case_id);
    }

    fn leave_meeting_mode(&mut self) {
        let selected = match std::mem::replace(&mut self.state.focus, Focus::List) {
            Focus::Meeting(v) => v.agenda.items.get(v.position).map(|c| c.id),
            _ => None,
        };
        if self.state.pane == Pane::Cases && self.state.list().kind == ListKind::Cases {
            self.reload_list();
            if let Some(id) = selected {
                self.select_row(|r| matches!(r, Row::Case(c) if c.id == id));
            }
        } else {
            self.reload_list();
        }
    }

    /// Reads the agenda on the projector again (a decision recorded elsewhere shows), on
    /// the same case where it is still on the agenda.
    pub(in crate::app) fn refresh_meeting(&mut self) {
        let Focus::Meeting(view) = &mut self.state.focus else {
            return;
        };
        let Ok(agenda) = self.store.agenda(view.agenda.meeting) else {
            return;
        };
        let shown = view.agenda.items.get(view.position).map(|c| c.id);
        let at = shown.and_then(|id| agenda.items.iter().position(|c| c.id == id));
        view.position = at
            .unwrap_or(view.position)
            .min(agenda.items.len().saturating_sub(1));
        view.agenda = agenda;
    }

    /// After a dialog opened from meeting mode: the agenda read again, the same item.
    pub(in crate::app) fn back_to_meeting(&mut self, mut view: Box<MeetingView>) {
        if let Ok(agenda) = self.store.agenda(view.agenda.meeting) {
            view.position = view.position.min(agenda.items.len().saturating_sub(1));
            view.agenda = agenda;
        }
        self.state.focus = Focus::Meeting(view);
    }
}
