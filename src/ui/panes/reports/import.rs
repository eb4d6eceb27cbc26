//! The import's dry run over the screen: the notes, then every problem (or the rows
//! that are new or change), the summary, and the keys; problems in the alert colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::app::App;
use crate::i18n::ImportMsg;
use crate::ui::overlay::{centered, popup};
use crate::ui::sanitize;
use crate::ui::theme::Theme;

/// Draws the dry run.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let Some(view) = app.state.import_view() else {
        return;
    };
    let rect = centered(area, 90, 80);
    // The lines are the notes, then the problems (see `i18n::plan_lines`).
    let notes = view.plan.notes.len();
    let problems = notes..notes + view.plan.problems.len();
    let mut lines: Vec<Line<'_>> = view
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let text = sanitize(l).into_owned();
            if problems.contains(&i) {
                Line::styled(text, theme.alert())
            } else {
                Line::from(text)
            }
        })
        .collect();
    lines.push(Line::from(""));
    let keys = if view.can_apply() {
        ImportMsg::KeysApply
    } else {
        ImportMsg::KeysClose
    };
    lines.push(Line::styled(lang.i(keys), theme.dim()));
    if let Some(msg) = &app.state.message {
        let style = if msg.is_error {
            theme.alert()
        } else {
            theme.dim()
        };
        lines.push(Line::styled(sanitize(&msg.text).into_owned(), style));
    }
    let title = format!(" {} ", sanitize(&view.title));
    popup(frame, rect, lines, title, theme.focus(), view.scroll);
}
