//! The case editor over the whole screen: the case's number and title, the sections as
//! tabs (the one being written marked without relying on colour), the text, and after
//! a conflict the other version beside it; the keys and the last message below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::app::App;
use crate::i18n::{CaseMsg, Msg};
use crate::ui::sanitize;
use crate::ui::theme::Theme;

/// The sections' headings, in `Section::ALL` order.
const HEADINGS: [Msg; 5] = [
    Msg::SectionBackground,
    Msg::SectionAssessment,
    Msg::SectionProposal,
    Msg::SectionAttachments,
    Msg::SectionDecision,
];

/// Draws the editor over `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let Some(editor) = app.state.editor() else {
        return;
    };
    let lang = app.state.lang;
    frame.render_widget(Clear, area);
    let [title, tabs, body, keys, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            sanitize(&editor.title).into_owned(),
            theme.heading(),
        )),
        title,
    );
    let mut spans = Vec::new();
    for (i, heading) in HEADINGS.iter().enumerate() {
        let changed = editor.text(i) != editor.saved[i];
        let name = format!("{}{}", lang.t(*heading), if changed { "*" } else { "" });
        if i == editor.section {
            spans.push(Span::styled(format!("[{name}]"), theme.selected()));
        } else {
            spans.push(Span::styled(format!(" {name} "), theme.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);
    let text_area = match &editor.conflict {
        Some(conflict) => {
            let [mine, theirs] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .areas(body);
            let heading = lang.kf(CaseMsg::Theirs, &[&conflict.by, &conflict.at]);
            let block = theme.block(false).title(sanitize(&heading).into_owned());
            let lines: Vec<Line> = conflict
                .theirs
                .lines()
                .map(|l| Line::from(sanitize(l).into_owned()))
                .collect();
            frame.render_widget(
                Paragraph::new(lines)
                    .block(block)
                    .wrap(Wrap { trim: false }),
                theirs,
            );
            (mine, Some(lang.k(CaseMsg::Mine)))
        }
        None => (body, None),
    };
    let mut area_widget = editor.areas[editor.section].clone();
    let mut block = theme.block(true);
    if let Some(title) = text_area.1 {
        block = block.title(title);
    }
    area_widget.set_block(block);
    area_widget.set_cursor_line_style(ratatui::style::Style::default());
    frame.render_widget(&area_widget, text_area.0);
    frame.render_widget(
        Paragraph::new(Span::styled(lang.k(CaseMsg::EditorKeys), theme.dim())),
        keys,
    );
    if let Some(msg) = &app.state.message {
        let (style, mark) = if msg.is_error {
            (theme.alert(), "! ")
        } else {
            (theme.dim(), "")
        };
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("{mark}{}", sanitize(&msg.text)),
                style,
            )),
            status,
        );
    }
}
