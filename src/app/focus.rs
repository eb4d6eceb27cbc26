//! What has the keyboard. One enum, [`Focus`], whose variants own their state (the
//! review form, the dialog, the case editor, the meeting on the projector…), so a mode
//! without its state cannot be written down; [`Overlay`] stacks the key help and the
//! palette (and the shared desk's history and "Siden sist") above it, as helix's compositor layers do, and hands the keyboard back when
//! closed. [`Mode`] is only the name of the two together, for the help, the hints and
//! the tests.
//!
//! The choice: one focus at a time is what the program has always shown (opening a
//! dialog closes the list's detail; a dialog opened on the projector is the one place
//! that returns to something other than the list, and it carries that meeting in its
//! variant). A stack of layers would allow combinations nobody draws.

use super::cases::{CaseEditor, MeetingView};
use super::desk::{HistoryView, SinceView};
use super::dialog::DialogState;
use super::reports::{ImportView, ReviewForm};
use super::state::{ConfirmState, EditState, FormState, PaletteState, State};

/// The name of what has the keyboard, read from [`State::focus`] and
/// [`State::overlay`] by [`State::mode`]: what the key help, the hints and the tests
/// ask about. It holds no state; the state lives in the [`Focus`] variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The pane's list.
    List,
    /// The selected record's detail.
    Detail,
    /// The help overlay.
    Help,
    /// Typing into the list's filter.
    Filter,
    /// The command palette.
    Palette,
    /// Editing a record's notes.
    Edit,
    /// Filling in a contact form.
    Form,
    /// Asked to confirm a deletion.
    Confirm,
    /// Filling in a dialog (Årshjul: applications, milestones, anchoring, steps).
    Dialog,
    /// Writing a case's sections.
    Editor,
    /// A meeting's agenda on the projector.
    Meeting,
    /// Reviewing an annual report (the review form).
    Review,
    /// An import's dry run, before it is applied.
    Import,
    /// A record's history.
    History,
    /// What others changed since the user last closed irf.
    SinceLast,
}

/// What has the keyboard, owning what it needs: a review mode without its review form,
/// or a dialog without its fields, cannot be written down. Opening one replaces the
/// other; closing one goes back to the list (or, for a dialog opened on the projector,
/// to the meeting it was opened over).
#[derive(Debug, Clone)]
pub enum Focus {
    /// The pane's list.
    List,
    /// The selected record's detail.
    Detail,
    /// Typing into the list's filter (the text is the list's own).
    Filter,
    /// Editing a unit's notes.
    Edit(EditState),
    /// Filling in a contact form.
    Form(FormState),
    /// Asked to confirm a deletion.
    Confirm(ConfirmState),
    /// Filling in a dialog; `over` is the meeting it was opened from, shown again when
    /// the dialog closes.
    Dialog {
        /// The dialog.
        dialog: Box<DialogState>,
        /// The meeting on the projector under it, if it was opened there.
        over: Option<Box<MeetingView>>,
    },
    /// Writing a case's sections.
    Editor(Box<CaseEditor>),
    /// A meeting's agenda on the projector.
    Meeting(Box<MeetingView>),
    /// Reviewing an annual report.
    Review(Box<ReviewForm>),
    /// An import's dry run, before it is applied.
    Import(Box<ImportView>),
}

/// Drawn over the focus and handed back to it when closed, as helix's compositor
/// layers are: the key help and the command palette open from the list, the detail or
/// the filter line and return there.
#[derive(Debug, Clone)]
pub enum Overlay {
    /// The key help, scrolled this far.
    Help(u16),
    /// The command palette.
    Palette(PaletteState),
    /// A record's history.
    History(Box<HistoryView>),
    /// "Siden sist": what others changed since the user last closed irf.
    SinceLast(Box<SinceView>),
}

impl Mode {
    /// The keymap section whose bindings apply: the list's, the detail's (also for
    /// the history and "Siden sist", which read like a record), help's, or the
    /// filter's (every mode that types text or steps through a form).
    pub fn context(self) -> crate::keymap::Context {
        use crate::keymap::Context;
        match self {
            Mode::List => Context::List,
            Mode::Detail | Mode::History | Mode::SinceLast => Context::Detail,
            Mode::Help => Context::Help,
            Mode::Filter
            | Mode::Palette
            | Mode::Edit
            | Mode::Form
            | Mode::Confirm
            | Mode::Dialog
            | Mode::Editor
            | Mode::Meeting
            | Mode::Review
            | Mode::Import => Context::Filter,
        }
    }
}

impl State {
    /// The name of what has the keyboard.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Help(_)) => return Mode::Help,
            Some(Overlay::Palette(_)) => return Mode::Palette,
            Some(Overlay::History(_)) => return Mode::History,
            Some(Overlay::SinceLast(_)) => return Mode::SinceLast,
            None => {}
        }
        match &self.focus {
            Focus::List => Mode::List,
            Focus::Detail => Mode::Detail,
            Focus::Filter => Mode::Filter,
            Focus::Edit(_) => Mode::Edit,
            Focus::Form(_) => Mode::Form,
            Focus::Confirm(_) => Mode::Confirm,
            Focus::Dialog { .. } => Mode::Dialog,
            Focus::Editor(_) => Mode::Editor,
            Focus::Meeting(_) => Mode::Meeting,
            Focus::Review(_) => Mode::Review,
            Focus::Import(_) => Mode::Import,
        }
    }

    /// The open dialog.
    pub fn dialog(&self) -> Option<&DialogState> {
        match &self.focus {
            Focus::Dialog { dialog, .. } => Some(dialog),
            _ => None,
        }
    }

    /// The open dialog, to change.
    pub fn dialog_mut(&mut self) -> Option<&mut DialogState> {
        match &mut self.focus {
            Focus::Dialog { dialog, .. } => Some(dialog),
            _ => None,
        }
    }

    /// The review form on screen.
    pub fn review(&self) -> Option<&ReviewForm> {
        match &self.focus {
            Focus::Review(form) => Some(form),
            _ => None,
        }
    }

    /// The review form on screen, to change.
    pub fn review_mut(&mut self) -> Option<&mut ReviewForm> {
        match &mut self.focus {
            Focus::Review(form) => Some(form),
            _ => None,
        }
    }

    /// The case being written.
    pub fn editor(&self) -> Option<&CaseEditor> {
        match &self.focus {
            Focus::Editor(editor) => Some(editor),
            _ => None,
        }
    }

    /// The case being written, to change.
    pub fn editor_mut(&mut self) -> Option<&mut CaseEditor> {
        match &mut self.focus {
            Focus::Editor(editor) => Some(editor),
            _ => None,
        }
    }

    /// The meeting on the projector (also while a dialog opened from it is open).
    pub fn meeting(&self) -> Option<&MeetingView> {
        match &self.focus {
            Focus::Meeting(view) => Some(view),
            Focus::Dialog { over, .. } => over.as_deref(),
            _ => None,
        }
    }

    /// The unit notes being edited.
    pub fn edit(&self) -> Option<&EditState> {
        match &self.focus {
            Focus::Edit(edit) => Some(edit),
            _ => None,
        }
    }

    /// The unit notes being edited, to change.
    pub fn edit_mut(&mut self) -> Option<&mut EditState> {
        match &mut self.focus {
            Focus::Edit(edit) => Some(edit),
            _ => None,
        }
    }

    /// The contact form, to change.
    pub fn form_mut(&mut self) -> Option<&mut FormState> {
        match &mut self.focus {
            Focus::Form(form) => Some(form),
            _ => None,
        }
    }

    /// Hands over what has the keyboard and gives it to the list. Callers match the
    /// variant they know is open.
    pub fn take_focus(&mut self) -> Focus {
        std::mem::replace(&mut self.focus, Focus::List)
    }

    /// The contact form.
    pub fn form(&self) -> Option<&FormState> {
        match &self.focus {
            Focus::Form(form) => Some(form),
            _ => None,
        }
    }

    /// The deletion asked about.
    pub fn confirm(&self) -> Option<&ConfirmState> {
        match &self.focus {
            Focus::Confirm(confirm) => Some(confirm),
            _ => None,
        }
    }

    /// The import's dry run on screen.
    pub fn import_view(&self) -> Option<&ImportView> {
        match &self.focus {
            Focus::Import(view) => Some(view),
            _ => None,
        }
    }

    /// The command palette, when it is open.
    pub fn palette(&self) -> Option<&PaletteState> {
        match &self.overlay {
            Some(Overlay::Palette(p)) => Some(p),
            _ => None,
        }
    }

    /// How far the key help is scrolled (0 when it is closed).
    pub fn help_scroll(&self) -> u16 {
        match &self.overlay {
            Some(Overlay::Help(scroll)) => *scroll,
            _ => 0,
        }
    }

    /// Goes back to the list, dropping whatever had the keyboard.
    pub fn to_list(&mut self) {
        self.focus = Focus::List;
    }
}
