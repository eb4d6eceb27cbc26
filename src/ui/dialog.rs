//! The dialog overlay: each field on its own line, label then value; the focused one
//! marked with a caret (text) or ‹ › (a choice); the keys and the last message below.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::overlay::{centered, popup};
use super::sanitize;
use super::theme::Theme;
use crate::app::{App, FieldKind};
use crate::i18n::CycleMsg;

/// Draws the open dialog over the screen.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let Some(dialog) = app.state.dialog() else {
        return;
    };
    let rect = centered(area, 86, 70);
    let label_width = dialog
        .fields
        .iter()
        .map(|f| lang.pick(f.label).width())
        .max()
        .unwrap_or(0)
        + 2;
    let mut lines = Vec::new();
    for (i, field) in dialog.fields.iter().enumerate() {
        let focused = i == dialog.focus;
        let label = lang.pick(field.label);
        let pad = " ".repeat(label_width.saturating_sub(label.width()));
        let mut spans = vec![Span::styled(
            format!("{label}{pad}"),
            if focused { theme.focus() } else { theme.dim() },
        )];
        let value = sanitize(field.shown()).into_owned();
        match (&field.kind, focused) {
            (FieldKind::Choice(_), true) => {
                spans.push(Span::styled(format!("‹ {value} ›"), theme.focus()));
            }
            // Text that typing will replace is shown selected.
            (FieldKind::Text, true) if dialog.replaces_on_type(i) => {
                spans.push(Span::styled(value, theme.selected()));
                spans.push(Span::styled("▏", theme.focus()));
            }
            (FieldKind::Text, true) => {
                spans.push(Span::raw(value));
                spans.push(Span::styled("▏", theme.focus()));
            }
            _ => spans.push(Span::raw(value)),
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(lang.y(CycleMsg::FormKeys), theme.dim()));
    if let Some(msg) = &app.state.message {
        let style = if msg.is_error {
            theme.alert()
        } else {
            theme.dim()
        };
        let mark = if msg.is_error { "! " } else { "" };
        lines.push(Line::styled(
            format!("{mark}{}", sanitize(&msg.text)),
            style,
        ));
    }
    let title = format!(" {} ", sanitize(&dialog.title));
    popup(frame, rect, lines, title, theme.focus(), 0);
}
