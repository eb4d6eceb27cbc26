//! Meeting mode on the projector: the meeting and where in the agenda it is on top;
//! the item's number and title large (spaced, bold, in reverse video so it reads
//! without colour); the proposed decision; the records it concerns; the decision and
//! IRF's answer once recorded; the keys at the bottom. No contact details.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::app::App;
use crate::export::agenda::long_date;
use crate::i18n::{CaseMsg, Msg, code_label};
use crate::store::AgendaCase;
use crate::ui::sanitize;
use crate::ui::theme::Theme;

/// Draws meeting mode over `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let Some(view) = app.state.meeting() else {
        return;
    };
    let lang = app.state.lang;
    frame.render_widget(Clear, area);
    let agenda = &view.agenda;
    let place = if agenda.place.trim().is_empty() {
        String::new()
    } else {
        format!(" · {}", sanitize(&agenda.place))
    };
    let head = format!(
        " {} · {}{place} ",
        crate::domain::Code::code(agenda.kind),
        lang.day_at(long_date(lang, agenda.held_on), agenda.starts_at)
    );
    let position = lang.kf(
        CaseMsg::MeetingItem,
        &[&(view.position + 1), &agenda.items.len()],
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading())
        .title(Span::styled(head, theme.heading()))
        .title_bottom(Line::from(Span::styled(
            format!(" {} ", lang.k(CaseMsg::MeetingKeys)),
            theme.dim(),
        )))
        .title(Line::from(Span::styled(format!(" {position} "), theme.heading())).right_aligned());
    let inner = block.inner(area).inner(Margin::new(2, 1));
    frame.render_widget(block, area);
    let Some(item) = agenda.items.get(view.position) else {
        return;
    };
    let [title, body] = Layout::vertical([
        Constraint::Length(title_height(item, inner)),
        Constraint::Min(0),
    ])
    .areas(inner);
    let number = item
        .number
        .map(|n| format!("{} {n}", lang.k(CaseMsg::CaseWord)))
        .unwrap_or_else(|| lang.k(CaseMsg::CaseWord).to_string());
    let big = Style::default().add_modifier(Modifier::BOLD | Modifier::REVERSED);
    let title_lines = vec![
        Line::from(Span::styled(number.to_uppercase(), theme.heading())),
        Line::from(""),
        Line::from(Span::styled(format!(" {} ", sanitize(&item.title)), big)),
    ];
    frame.render_widget(
        Paragraph::new(title_lines).wrap(Wrap { trim: false }),
        title,
    );
    frame.render_widget(
        Paragraph::new(body_lines(item, app)).wrap(Wrap { trim: false }),
        body,
    );
}

/// Rows the title takes: the number, a gap, and the title wrapped to the width.
fn title_height(item: &AgendaCase, area: Rect) -> u16 {
    let width = usize::from(area.width.max(1));
    let chars = item.title.chars().count() + 2;
    let rows = chars.div_ceil(width).max(1);
    u16::try_from(rows + 3).unwrap_or(u16::MAX)
}

/// The proposed decision, the records concerned, and the decision once recorded.
fn body_lines(item: &AgendaCase, app: &App) -> Vec<Line<'static>> {
    let lang = app.state.lang;
    let heading = |text: &str| {
        Line::from(Span::styled(
            text.to_uppercase(),
            Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        ))
    };
    let text = |t: &str| -> Vec<Line<'static>> {
        t.lines()
            .map(|l| Line::from(sanitize(l).into_owned()))
            .collect()
    };
    let mut lines = vec![heading(lang.t(Msg::SectionProposal))];
    lines.extend(text(&item.sections[AgendaCase::PROPOSAL]));
    if !item.links.is_empty() {
        lines.push(Line::from(""));
        lines.push(heading(lang.k(CaseMsg::Concerns)));
        for (kind, name) in &item.links {
            // Records, never people: contacts are left out on the projector.
            if kind == "contact" {
                continue;
            }
            lines.push(Line::from(format!(
                "• {} ({})",
                sanitize(name),
                code_label(lang, kind)
            )));
        }
    }
    lines.push(Line::from(""));
    lines.push(heading(lang.t(Msg::SectionDecision)));
    let decision = &item.sections[AgendaCase::DECISION];
    if decision.trim().is_empty() {
        lines.push(Line::from(lang.k(CaseMsg::NotDecided)));
    } else {
        lines.extend(text(decision));
    }
    if let Some(answer) = &item.irf_answer {
        lines.push(Line::from(format!(
            "{}: {}",
            lang.k(CaseMsg::Answer),
            code_label(lang, answer)
        )));
    }
    lines
}
