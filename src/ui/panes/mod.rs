//! One module per pane: its columns, how a row becomes cells, and what its detail shows.
//! Every text from the store goes through `sanitize` here before it is drawn.

pub(super) mod cases;
mod contacts;
pub(super) mod cycle;
mod renewals;
pub(super) mod reports;
mod units;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::sanitize;
use super::theme::Theme;
use crate::app::{App, Mode};
use crate::i18n::{Lang, Msg, Text};
use crate::store::{Detail, ListKind, Row};

/// Tables at least this wide show every column; narrower ones drop the least needed.
const FULL_TABLE: u16 = 90;

/// A column of a pane's table.
pub struct Column {
    /// Its header (bokmål, English).
    pub title: (&'static str, &'static str),
    /// Its width.
    pub width: Constraint,
}

fn col(title: Msg, width: Constraint) -> Column {
    Column {
        title: title.pair(),
        width,
    }
}

/// One cell's text, and whether it marks the row as needing attention.
pub struct CellText {
    /// What is shown.
    pub text: String,
    /// Overdue, broken or otherwise needing attention.
    pub alert: bool,
}

fn cell(text: impl AsRef<str>) -> CellText {
    CellText {
        text: sanitize(text.as_ref()).into_owned(),
        alert: false,
    }
}

fn alert_cell(text: impl AsRef<str>) -> CellText {
    CellText {
        text: sanitize(text.as_ref()).into_owned(),
        alert: true,
    }
}

fn date_cell(lang: Lang, date: Option<NaiveDate>) -> CellText {
    cell(date.map(|d| lang.date(d)).unwrap_or_default())
}

/// The columns of list `kind` in a table `width` cells wide.
pub fn columns(kind: ListKind, width: u16) -> Vec<Column> {
    let full = width >= FULL_TABLE;
    match kind {
        ListKind::Due | ListKind::Milestones | ListKind::Applications | ListKind::Ranking => {
            cycle::columns(kind, full)
        }
        ListKind::Reports => reports::columns(full),
        ListKind::Summary => reports::summary::columns(full),
        ListKind::Renewals => renewals::columns(full),
        ListKind::Money => renewals::money_columns(full),
        ListKind::Breaches => units::breach_columns(full),
        ListKind::Contacts => contacts::columns(full),
        ListKind::Cases => cases::columns(full),
        ListKind::Meetings => cases::meeting_columns(full),
        ListKind::Units => units::columns(full),
    }
}

/// The cells of one row, matching `columns` for the same width.
pub fn cells(row: &Row, kind: ListKind, lang: Lang, today: NaiveDate, width: u16) -> Vec<CellText> {
    let full = width >= FULL_TABLE;
    match row {
        Row::Due(r) => cycle::due_cells(r, lang, today, full),
        Row::Application(r) if kind == ListKind::Ranking => cycle::ranking_cells(r, lang, full),
        Row::Application(r) => cycle::application_cells(r, lang, full),
        Row::Milestone(r) => cycle::milestone_cells(r, lang, full),
        Row::Meeting(r) => cases::meeting_cells(r, lang, full),
        Row::Money(r) => renewals::money_cells(r, lang, full),
        Row::Breach(r) => units::breach_cells(r, lang, full),
        Row::SummaryItem(r) => reports::summary::cells(r, lang),
        Row::Report(r) => reports::cells(r, lang, today, full),
        Row::Renewal(r) => renewals::cells(r, lang, today, full),
        Row::Contact(r) => contacts::cells(r, lang, full),
        Row::Case(r) => cases::cells(r, lang, full),
        Row::Unit(r) => units::cells(r, lang, full),
    }
}

/// A `label: value` line for the detail view.
fn field(lang: Lang, label: impl Text, value: impl AsRef<str>) -> Line<'static> {
    Line::from(vec![
        Span::raw(format!("{}: ", lang.pick(label.pair()))),
        Span::raw(sanitize(value.as_ref()).into_owned()),
    ])
}

/// A heading line in the detail view.
fn heading(text: impl Into<String>) -> Line<'static> {
    Line::from(Span::styled(
        text.into(),
        ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::BOLD),
    ))
}

/// Multi-line stored text as detail lines, each sanitised.
fn text_lines(lang: Lang, text: &str) -> Vec<Line<'static>> {
    if text.trim().is_empty() {
        return vec![Line::from(lang.t(Msg::EmptyText))];
    }
    text.lines()
        .map(|l| Line::from(sanitize(l).into_owned()))
        .collect()
}

/// Draws the detail of the selected row.
pub fn detail(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let lang = app.state.lang;
    let list = app.state.list();
    let focused = app.state.mode() == Mode::Detail;
    let block = theme.block(focused);
    let lines = match (list.selected_row(), &list.detail) {
        (Some(row), detail) => {
            let detail = detail.as_ref().unwrap_or(&Detail::None);
            // The summary view heads its own sections.
            let mut lines = match row {
                Row::SummaryItem(_) => Vec::new(),
                _ => vec![heading(sanitize(row.title()).into_owned()), Line::from("")],
            };
            lines.extend(match row {
                Row::Due(r) => cycle::due_detail(r, detail, lang, app.state.today),
                Row::Application(r) => cycle::application_detail(r, detail, lang),
                Row::Milestone(r) => cycle::milestone_detail(r, lang),
                Row::Meeting(r) => cases::meeting_detail(r, lang),
                Row::Money(r) => renewals::money_detail(r, lang),
                Row::Breach(_) => units::group_detail(detail, lang),
                Row::SummaryItem(r) => reports::summary::detail(r, lang),
                Row::Report(r) => reports::detail(r, detail, lang, app.state.today),
                Row::Renewal(r) => renewals::detail(r, detail, lang, app.state.today),
                Row::Contact(r) => {
                    let cursor = focused.then_some(list.tie_cursor);
                    contacts::detail(r, detail, lang, cursor, theme)
                }
                Row::Case(r) => cases::detail(r, detail, lang),
                Row::Unit(r) => units::detail(r, detail, lang, app.state.today),
            });
            lines
        }
        (None, _) => vec![Line::from(lang.t(Msg::DetailEmpty))],
    };
    let para = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((list.detail_scroll, 0));
    frame.render_widget(para, area);
}
