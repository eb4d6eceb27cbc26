//! The shared desk's overlays: a record's history (newest first, each entry a heading
//! and its fields) and "Siden sist" (grouped by pane, the chosen change marked).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::overlay::{centered, popup};
use super::sanitize;
use super::theme::Theme;
use crate::app::{Action, App, Overlay};
use crate::i18n::{DeskMsg, HistoryMsg, Lang, change_sentence, pane_label, when_text};
use crate::keymap::Context;

fn key(app: &App, action: Action) -> String {
    app.keymap
        .keys_for(Context::Detail, action)
        .first()
        .map_or_else(String::new, crate::keymap::KeyCombo::display)
}

/// A record's history, scrolled.
pub fn history(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let Some(Overlay::History(view)) = &app.state.overlay else {
        return;
    };
    let lang = app.state.lang;
    let rect = centered(area, 90, 90);
    let mut lines: Vec<Line<'_>> = view
        .lines
        .iter()
        .map(|l| {
            let text = sanitize(&l.text).into_owned();
            if l.head {
                Line::from(Span::styled(text, theme.heading()))
            } else {
                Line::from(text)
            }
        })
        .collect();
    let end = if view.entries == 0 {
        lang.h(HistoryMsg::Empty)
    } else if view.before.is_some() {
        lang.pick(DeskMsg::OlderBelow.pair())
    } else {
        lang.pick(DeskMsg::HistoryStart.pair())
    };
    lines.push(Line::from(Span::styled(end, theme.dim())));
    lines.push(Line::from(Span::styled(
        lang.df(DeskMsg::HistoryKeys, &[&key(app, Action::Back)]),
        theme.dim(),
    )));
    popup(
        frame,
        rect,
        lines,
        sanitize(&view.title).into_owned(),
        theme.focus(),
        view.scroll,
    );
}

/// "Siden sist": the changes grouped by pane, the chosen one marked and kept in view.
pub fn since_last(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let Some(Overlay::SinceLast(view)) = &app.state.overlay else {
        return;
    };
    let lang = app.state.lang;
    let now = chrono::Utc::now();
    let rect = centered(area, 90, 90);
    let when = when_text(lang, view.since, now);
    let title = if view.first_time {
        lang.df(DeskMsg::SinceFirstTime, &[&view.count, &when])
    } else {
        lang.df(DeskMsg::SinceTitle, &[&view.count, &when])
    };
    let mut lines: Vec<Line<'_>> = Vec::new();
    let mut chosen = 0;
    for (pane, range) in view.groups() {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(
            format!("{} ({})", pane_label(lang, pane), range.len()),
            theme.heading(),
        )));
        for i in range {
            let item = &view.items[i];
            let text = format!(
                " {:<13} {}",
                when_text(lang, item.at, now),
                change_sentence(lang, item)
            );
            let text = sanitize(&text).into_owned();
            if i == view.selected {
                chosen = lines.len();
                lines.push(Line::from(Span::styled(text, theme.selected())));
            } else {
                lines.push(Line::from(text));
            }
        }
    }
    lines.push(Line::from(""));
    if view.items.is_empty() {
        lines.push(Line::from(lang.df(DeskMsg::SinceNothing, &[&when])));
    } else if view.count > view.items.len() {
        let more = view.count - view.items.len();
        lines.push(Line::from(Span::styled(
            lang.df(DeskMsg::SinceMore, &[&more]),
            theme.dim(),
        )));
    }
    lines.push(Line::from(Span::styled(since_keys(lang, app), theme.dim())));
    // The chosen line stays on screen, a few lines from the bottom edge.
    let inner = usize::from(rect.height.saturating_sub(2)).max(1);
    let scroll = (chosen + 3).saturating_sub(inner);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus())
        .title(title);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        rect,
    );
}

fn since_keys(lang: Lang, app: &App) -> String {
    let mut text = lang.df(
        DeskMsg::SinceKeys,
        &[&key(app, Action::Open), &key(app, Action::Back)],
    );
    let history = key(app, Action::History);
    if !history.is_empty() {
        let label = crate::i18n::hint_label(lang, false, Action::History).unwrap_or_default();
        text = format!("{text} · {history} {}", label.to_lowercase());
    }
    text
}
