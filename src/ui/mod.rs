//! Drawing with ratatui: `view` draws the whole screen from the app's state and never
//! changes it. One module per pane (`panes/`) says what its columns and detail are; the
//! shared pieces (tab bar, table, detail, status line, help, palette, the shared
//! desk's history and "Siden sist") live beside it.
//!
//! Layout: tab bar, pane header, list and detail (side by side from `WIDE` columns,
//! stacked below), key hints, status line. Below `MIN_W`×`MIN_H` the screen only says
//! it is too small.

mod chrome;
mod desk;
mod dialog;
mod overlay;
mod panes;
mod sanitize;
mod table;
pub mod theme;

use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Mode, Pane};
use crate::i18n::Msg;
use crate::store::ListKind;
pub use sanitize::sanitize;
use theme::Theme;

/// Narrowest terminal that is drawn in full.
pub const MIN_W: u16 = 50;
/// Lowest terminal that is drawn in full.
pub const MIN_H: u16 = 14;
/// From this width the detail stands beside the list instead of below it.
pub const WIDE: u16 = 100;

/// The areas of the screen.
struct Areas {
    tabs: Rect,
    header: Rect,
    /// The Årshjul timeline (empty elsewhere).
    timeline: Rect,
    list: Rect,
    detail: Rect,
    hints: Rect,
    status: Rect,
}

fn areas(area: Rect, detail_focused: bool, timeline: bool) -> Areas {
    let rows = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .split(area);
    let mut body = rows[2];
    let mut top = Rect::new(body.x, body.y, body.width, 0);
    if timeline {
        // The year view on top; below it the list, with the detail beside it when
        // there is room and in its place when it has the keyboard.
        let h = (body.height * 45 / 100)
            .clamp(6, 20)
            .min(body.height.saturating_sub(5));
        let [t, rest] = Layout::vertical([Constraint::Length(h), Constraint::Min(0)]).areas(body);
        top = t;
        body = rest;
    }
    let split = if area.width >= WIDE {
        Layout::new(
            Direction::Horizontal,
            [Constraint::Percentage(58), Constraint::Percentage(42)],
        )
        .split(body)
    } else if detail_focused {
        Layout::vertical([Constraint::Length(0), Constraint::Min(0)]).split(body)
    } else if timeline {
        Layout::vertical([Constraint::Min(0), Constraint::Length(0)]).split(body)
    } else {
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).split(body)
    };
    Areas {
        tabs: rows[0],
        header: rows[1],
        timeline: top,
        list: split[0],
        detail: split[1],
        hints: rows[3],
        status: rows[4],
    }
}

/// How many list rows fit in a terminal of this size (the table's header and border
/// taken off). The event loop tells the app after every resize.
pub fn list_rows(width: u16, height: u16) -> usize {
    let a = areas(Rect::new(0, 0, width, height), false, false);
    usize::from(a.list.height.saturating_sub(3)).max(1)
}

/// Draws the whole screen.
pub fn view(frame: &mut Frame<'_>, app: &App) {
    let area = frame.area();
    let theme = Theme {
        color: app.state.color,
    };
    let lang = app.state.lang;
    if area.width < MIN_W || area.height < MIN_H {
        let text = lang.f(Msg::TooSmall, &[&area.width, &area.height, &MIN_W, &MIN_H]);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let timeline = app.state.pane == Pane::Cycle && app.state.list().kind == ListKind::Due;
    let a = areas(area, app.state.mode() == Mode::Detail, timeline);
    chrome::tabs(frame, a.tabs, app, &theme);
    chrome::header(frame, a.header, app, &theme);
    if timeline {
        panes::cycle::year::draw(frame, a.timeline, app, &theme);
    }
    if a.list.height > 0 {
        table::list(frame, a.list, app, &theme);
    }
    panes::detail(frame, a.detail, app, &theme);
    chrome::hints(frame, a.hints, app, &theme);
    chrome::status(frame, a.status, app, &theme);
    match app.state.mode() {
        Mode::Help => overlay::help(frame, area, app, &theme),
        Mode::Palette => overlay::palette(frame, area, app, &theme),
        Mode::Edit => overlay::edit(frame, area, app, &theme),
        Mode::Form => overlay::form(frame, area, app, &theme),
        Mode::Confirm => overlay::confirm(frame, area, app, &theme),
        Mode::Dialog => dialog::draw(frame, area, app, &theme),
        Mode::Editor => panes::cases::editor::draw(frame, area, app, &theme),
        Mode::Meeting => panes::cases::meeting::draw(frame, area, app, &theme),
        Mode::Review => panes::reports::review::draw(frame, area, app, &theme),
        Mode::Import => panes::reports::import::draw(frame, area, app, &theme),
        Mode::History => desk::history(frame, area, app, &theme),
        Mode::SinceLast => desk::since_last(frame, area, app, &theme),
        _ => {}
    }
}
