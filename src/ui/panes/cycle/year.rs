//! The Årshjul timeline filled from the app: the year's dated things and the pending
//! anchorings as entries, the period that fits the width, the selected due item marked.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::timeline::{self, TimelineEntry};
use crate::app::App;
use crate::i18n::{CliMsg, Lang, calendar_kind_label};
use crate::store::{CalendarKind, Row};
use crate::ui::theme::Theme;

/// The label of a calendar item on the timeline: milestones and meetings by their
/// title, the others prefixed with what they are.
fn label(lang: Lang, kind: CalendarKind, title: &str) -> String {
    match kind {
        CalendarKind::Milestone | CalendarKind::Meeting => title.to_string(),
        _ => format!("{}: {title}", calendar_kind_label(lang, kind)),
    }
}

/// Draws the timeline of the Årshjul pane's year into `area`.
pub fn draw(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let today = app.state.today;
    let selected: Option<(NaiveDate, String)> = match app.state.list().selected_row() {
        Some(Row::Due(d)) => Some((d.date, d.title.clone())),
        _ => None,
    };
    let is_selected = |date: NaiveDate, title: &str| {
        selected
            .as_ref()
            .is_some_and(|(d, t)| *d == date && t == title)
    };
    let mut entries: Vec<TimelineEntry> = app
        .state
        .timeline
        .items
        .iter()
        .map(|i| TimelineEntry {
            date: i.date,
            label: label(lang, i.kind, &i.title),
            overdue: false,
            selected: is_selected(i.date, &i.title),
        })
        .collect();
    entries.extend(app.state.timeline.pending.iter().map(|p| TimelineEntry {
        date: p.date,
        label: format!(
            "{} {}: {}",
            lang.c(CliMsg::DueAnchoring),
            p.owner.as_deref().unwrap_or_default(),
            p.title
        ),
        overdue: p.date < today,
        selected: is_selected(p.date, &p.title),
    }));
    let months = timeline::months_shown(area.width);
    let (year, first) = app.timeline_start(months);
    timeline::draw(
        frame, area, &entries, year, first, months, today, theme, lang,
    );
}
