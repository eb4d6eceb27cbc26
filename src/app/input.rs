//! From a key press to an action: the keymap for the current mode, and text input
//! where the mode takes text (the filter line and the command palette).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

use super::action::Action;

use super::state::{App, Focus, Mode, Overlay};
use crate::keymap::KeyCombo;

impl App {
    /// Handles one key press. Returns whether anything on screen may have changed.
    pub fn on_key(&mut self, key: KeyEvent) -> bool {
        let changed = self.key(key);
        // A change this key made can be undone.
        self.note_write();
        // What the shared desk said about an open form goes with the form.
        if matches!(
            self.state.focus,
            Focus::List | Focus::Detail | Focus::Filter
        ) && self.state.notice.take().is_some()
        {
            return true;
        }
        changed
    }

    fn key(&mut self, key: KeyEvent) -> bool {
        if key.kind == KeyEventKind::Release {
            return false;
        }
        if let Some(plain) = self.esc_then(&key) {
            let closed = self.key(KeyEvent::from(KeyCode::Esc));
            return self.key(plain) || closed;
        }
        let had_message = self.state.message.take().is_some();
        // The case editor, the projector and the review form read keys raw: they type
        // text, or take no keymap at all.
        match self.state.mode() {
            Mode::Editor => return self.editor_key(key) || had_message,
            Mode::Meeting => return self.meeting_key(key) || had_message,
            Mode::Review => return self.review_key(key) || had_message,
            _ => {}
        }
        let combo = KeyCombo::from_event(&key);
        let mode = self.state.mode();
        let context = mode.context();
        if let Some(action) = self.keymap.lookup(context, &combo) {
            self.update(action);
            return true;
        }
        if mode == Mode::Dialog {
            let typed = match key.code {
                KeyCode::Char(c)
                    if !c.is_control()
                        && !key
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(c)
                }
                KeyCode::Backspace => None,
                _ => return had_message,
            };
            return self.dialog_input(typed) || had_message;
        }
        if matches!(mode, Mode::Filter | Mode::Palette | Mode::Edit | Mode::Form) {
            return self.text_input(key) || had_message;
        }
        had_message
    }

    /// An Alt-key that nothing is bound to, read as the Esc and the key it was: a
    /// terminal sends Alt-q as Esc followed by q, so an Esc and a key that reach the
    /// program together (typed fast, or queued behind a slow link) arrive as Alt-q.
    /// The key without Alt, or `None` when the key is no such pair.
    fn esc_then(&self, key: &KeyEvent) -> Option<KeyEvent> {
        let KeyCode::Char(_) = key.code else {
            return None;
        };
        if !key.modifiers.contains(KeyModifiers::ALT)
            || key.modifiers.contains(KeyModifiers::CONTROL)
            || self
                .keymap
                .lookup(self.state.mode().context(), &KeyCombo::from_event(key))
                .is_some()
        {
            return None;
        }
        let mut plain = *key;
        plain.modifiers.remove(KeyModifiers::ALT);
        Some(plain)
    }

    /// Handles the mouse wheel (mouse capture is on only when configured).
    pub fn on_mouse(&mut self, kind: MouseEventKind) -> bool {
        let action = match kind {
            MouseEventKind::ScrollDown => Action::MoveDown,
            MouseEventKind::ScrollUp => Action::MoveUp,
            _ => return false,
        };
        self.update(action);
        true
    }

    fn text_input(&mut self, key: KeyEvent) -> bool {
        let typing = |c: char| {
            !c.is_control()
                && !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        };
        let mut text = match (&self.state.overlay, &self.state.focus) {
            (Some(Overlay::Palette(p)), _) => p.query.clone(),
            (Some(Overlay::Help(_) | Overlay::History(_) | Overlay::SinceLast(_)), _) => {
                return false;
            }
            (None, Focus::Edit(edit)) => edit.text.clone(),
            (None, Focus::Form(form)) => form.fields[form.focus].clone(),
            _ => self.state.list().filter.text.clone(),
        };
        let limit = if matches!(self.state.focus, Focus::Edit(_)) {
            4000
        } else {
            200
        };
        match key.code {
            KeyCode::Char(c) if typing(c) => text.push(c),
            KeyCode::Backspace => {
                if text.pop().is_none() {
                    return false;
                }
            }
            _ => return false,
        }
        // Keep input bounded: a filter longer than any name is pointless.
        if text.chars().count() > limit {
            return false;
        }
        match (&self.state.overlay, &mut self.state.focus) {
            (Some(_), _) => self.set_palette_query(text),
            (None, Focus::Form(form)) => form.fields[form.focus] = text,
            (None, Focus::Edit(edit)) => edit.text = text,
            _ => self.set_filter(text),
        }
        true
    }
}

/// Pasted text as a text area takes it: line ends as `\n`, tabs as four spaces, and no
/// other control characters (an escape sequence in a paste must not reach the screen
/// or the database).
pub(in crate::app) fn pasted(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', "    ")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

#[cfg(test)]
mod paste_tests {
    #[test]
    fn a_paste_keeps_lines_and_drops_control_characters() {
        assert_eq!(super::pasted("a\r\nb\tc\u{1b}[31md\u{7}"), "a\nb    c[31md");
    }
}
