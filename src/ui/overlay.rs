//! Overlays drawn over the panes: the help (generated from the merged keymap) and the
//! command palette.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::sanitize;
use super::theme::Theme;
use crate::app::{Action, App, PaletteItem};
use crate::i18n::{Msg, action_description};
use crate::keymap::Context;
use crate::store::SearchKind;

pub(super) fn centered(area: Rect, width_pct: u16, height_pct: u16) -> Rect {
    let [v] = Layout::vertical([Constraint::Percentage(height_pct)])
        .flex(Flex::Center)
        .areas(area);
    let [h] = Layout::horizontal([Constraint::Percentage(width_pct)])
        .flex(Flex::Center)
        .areas(v);
    h
}

/// Draws `lines` in a bordered box over whatever is below, wrapped and scrolled.
pub(super) fn popup(
    frame: &mut Frame<'_>,
    rect: Rect,
    lines: Vec<Line<'_>>,
    title: String,
    border: Style,
    scroll: u16,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(title);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        rect,
    );
}

/// The help overlay: every binding of every context, with its description.
pub fn help(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let rect = centered(area, 90, 90);
    let contexts = [
        (Context::Global, Msg::CtxGlobal),
        (Context::List, Msg::CtxList),
        (Context::Detail, Msg::CtxDetail),
        (Context::Filter, Msg::CtxFilter),
        (Context::Help, Msg::CtxHelp),
    ];
    let mut lines = Vec::new();
    for (ctx, title) in contexts {
        let bindings = app.keymap.bindings(ctx);
        if bindings.is_empty() {
            continue;
        }
        lines.push(Line::from(Span::styled(lang.t(title), theme.heading())));
        // One line per action, its keys joined.
        let mut grouped: Vec<(Action, Vec<String>)> = Vec::new();
        for (key, action) in bindings {
            match grouped.iter_mut().find(|(a, _)| *a == action) {
                Some((_, keys)) => keys.push(key.display()),
                None => grouped.push((action, vec![key.display()])),
            }
        }
        for (action, keys) in grouped {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<18}", keys.join(", ")), theme.focus()),
                Span::raw(action_description(lang, action)),
                Span::styled(format!("  ({})", action.name()), theme.dim()),
            ]));
        }
        lines.push(Line::from(""));
    }
    lines.push(Line::from(Span::styled(
        lang.f(Msg::HelpFooter, &[&crate::paths::keymap_label()]),
        theme.dim(),
    )));
    popup(
        frame,
        rect,
        lines,
        lang.t(Msg::HelpTitle).to_string(),
        theme.focus(),
        app.state.help_scroll(),
    );
}

/// The name of a record kind, for palette lines.
fn kind_label(lang: crate::i18n::Lang, kind: SearchKind) -> &'static str {
    lang.t(match kind {
        SearchKind::Unit => Msg::EntUnit,
        SearchKind::Contact => Msg::EntContact,
        SearchKind::Case => Msg::EntCase,
        SearchKind::Application => Msg::EntApplication,
        SearchKind::Meeting => Msg::EntMeeting,
    })
}

/// The command palette: a query line, then matching actions (with their keys) and
/// records (with their kind), scrolled so the selection is always visible.
pub fn palette(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let rect = centered(area, 80, 70);
    let Some(palette) = app.state.palette() else {
        return;
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(": ", theme.focus()),
            Span::raw(sanitize(&palette.query).into_owned()),
            Span::styled("▏", theme.focus()),
        ]),
        Line::from(""),
    ];
    if palette.items.is_empty() {
        lines.push(Line::from(lang.t(Msg::PaletteNoMatch)));
    }
    let room = usize::from(rect.height.saturating_sub(4)).max(1);
    let first = palette.selected.saturating_sub(room - 1);
    for (i, item) in palette.items.iter().enumerate().skip(first).take(room) {
        let (kind, text, key) = match item {
            PaletteItem::Action(action) => {
                let key = app
                    .keymap
                    .keys_for(Context::List, *action)
                    .first()
                    .map(|k| k.display())
                    .unwrap_or_default();
                (
                    lang.t(Msg::PaletteAction),
                    action_description(lang, *action).to_string(),
                    key,
                )
            }
            PaletteItem::Record(hit) => (
                kind_label(lang, hit.kind),
                sanitize(&hit.title).into_owned(),
                String::new(),
            ),
        };
        let style = if i == palette.selected {
            theme.selected()
        } else {
            Default::default()
        };
        lines.push(Line::styled(format!("{kind:<10} {text}  {key}"), style));
    }
    popup(
        frame,
        rect,
        lines,
        lang.t(Msg::PaletteTitle).to_string(),
        theme.focus(),
        0,
    );
}

/// The edit box: the text being typed and, after a conflict, the choice.
pub fn edit(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let Some(edit) = app.state.edit() else { return };
    let rect = centered(area, 90, 50);
    let mut lines = vec![Line::from(vec![
        Span::raw(sanitize(&edit.text).into_owned()),
        Span::styled("▏", theme.focus()),
    ])];
    lines.push(Line::from(""));
    match &edit.conflict {
        Some(c) => lines.push(Line::styled(
            format!(
                "! {}",
                lang.f(
                    Msg::EditConflict,
                    &[&sanitize(&c.by), &c.at, &sanitize(&c.theirs)]
                )
            ),
            theme.alert(),
        )),
        None => lines.push(Line::styled(lang.t(Msg::EditHelp), theme.dim())),
    }
    let title = lang.f(Msg::EditTitle, &[&sanitize(&edit.unit)]);
    popup(frame, rect, lines, title, theme.focus(), 0);
}

/// The contact form: one line per field, the focused one marked.
pub fn form(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let Some(form) = app.state.form() else { return };
    let rect = centered(area, 80, 60);
    let labels = [
        Msg::ColName,
        Msg::ColOrganisation,
        Msg::ColRegion,
        Msg::ColEmail,
        Msg::ColPhone,
    ];
    let mut lines = Vec::new();
    for (i, (label, value)) in labels.iter().zip(form.fields.iter()).enumerate() {
        let focused = i == form.focus;
        let mut spans = vec![
            Span::styled(
                format!("{:<14}", lang.t(*label)),
                if focused { theme.focus() } else { theme.dim() },
            ),
            Span::raw(sanitize(value).into_owned()),
        ];
        if focused {
            spans.push(Span::styled("▏", theme.focus()));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    lines.push(Line::styled(lang.t(Msg::FormHelp), theme.dim()));
    if let Some(msg) = &app.state.message {
        let style = if msg.is_error {
            theme.alert()
        } else {
            theme.dim()
        };
        lines.push(Line::styled(sanitize(&msg.text).into_owned(), style));
    }
    let title = match (&form.id, form.fields.first()) {
        (Some(_), Some(name)) => lang.f(Msg::FormEdit, &[&sanitize(name)]),
        _ => lang.t(Msg::FormNew).to_string(),
    };
    popup(frame, rect, lines, title, theme.focus(), 0);
}

/// A yes/no question before something is deleted.
pub fn confirm(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let Some(confirm) = app.state.confirm() else {
        return;
    };
    let rect = centered(area, 70, 40);
    let lines = vec![
        Line::styled(sanitize(&confirm.question).into_owned(), theme.alert()),
        Line::from(""),
        Line::styled(lang.t(Msg::ConfirmKeys), theme.dim()),
    ];
    popup(frame, rect, lines, String::new(), theme.alert(), 0);
}
