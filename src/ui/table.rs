//! The list table every pane uses: the rows on screen out of the pane's window.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Text;
use ratatui::widgets::{Cell, Row as TableRow, Table};

use super::panes;
use super::theme::Theme;
use crate::app::{App, Mode};
use crate::i18n::Msg;

/// Draws the current pane's list.
pub fn list(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let list = app.state.list();
    let focused = matches!(app.state.mode(), Mode::List | Mode::Filter);
    let block = theme.block(focused);
    let columns = panes::columns(list.kind, area.width);
    // A narrow first column marks rows, shown only while something is marked.
    let marks = !list.marked.is_empty();
    let mark_cell = |marked: bool| Cell::from(if marked { "•" } else { " " });
    let header = TableRow::new(
        marks.then(|| mark_cell(false)).into_iter().chain(
            columns
                .iter()
                .map(|c| Cell::from(lang.pick(c.title)).style(theme.heading())),
        ),
    );
    let visible = usize::from(area.height.saturating_sub(3));
    if list.total == 0 {
        let text = if list.counting {
            lang.t(list.waiting_msg()).to_string()
        } else if list.kind == crate::store::ListKind::Reports
            && list.filter.text.is_empty()
            && list.filter.queue.is_open()
        {
            // An empty season: where its reports come from.
            lang.qf(crate::i18n::QueueMsg::EmptySeason, &[&list.filter.year])
        } else if list.kind == crate::store::ListKind::Reports && list.filter.text.is_empty() {
            lang.q(crate::i18n::QueueMsg::NothingNarrowed).to_string()
        } else if list.filter.text.is_empty() && !app.state.demo {
            lang.t(Msg::NoRowsHint).to_string()
        } else if list.filter.text.is_empty() {
            lang.t(Msg::NoRows).to_string()
        } else {
            lang.f(Msg::NoMatch, &[&super::sanitize(&list.filter.text)])
        };
        // Wrapped, so a hint longer than the pane is read whole.
        let empty = ratatui::widgets::Paragraph::new(text)
            .wrap(ratatui::widgets::Wrap { trim: true })
            .block(block);
        frame.render_widget(empty, area);
        return;
    }
    let rows = (list.top..(list.top + visible).min(list.total)).filter_map(|index| {
        let row = list.window.get(index.checked_sub(list.window_start)?)?;
        let cells = panes::cells(row, list.kind, lang, app.state.today, area.width);
        let alert = cells.iter().any(|c| c.alert);
        let style = if index == list.selected {
            theme.selected()
        } else if alert {
            theme.alert()
        } else {
            Style::default()
        };
        let mark = marks.then(|| mark_cell(list.marked.contains(&row.id())));
        let cells = mark
            .into_iter()
            .chain(cells.into_iter().map(|c| Cell::from(Text::from(c.text))));
        Some(TableRow::new(cells).style(style))
    });
    let mark_width = marks.then_some(ratatui::layout::Constraint::Length(1));
    let widths: Vec<_> = mark_width
        .into_iter()
        .chain(columns.iter().map(|c| c.width))
        .collect();
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .column_spacing(1);
    frame.render_widget(table, area);
}
