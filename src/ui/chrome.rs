//! The frame around the panes: tab bar, pane header, key hints and status line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::sanitize;
use super::theme::Theme;
use crate::app::{Action, App, Mode, Pane};
use crate::domain::{UnitKind, report_deadline};
use crate::i18n::{CycleMsg, Msg, action_description, hint_label};
use crate::keymap::Context;
use crate::store::{ListKind, Row};

/// The first key bound to `action` in `ctx` (or globally), for labels.
fn key_label(app: &App, ctx: Context, action: Action) -> Option<String> {
    app.keymap
        .keys_for(ctx, action)
        .first()
        .map(|k| k.display())
}

/// `1 Årshjul  2 Årsrapporter …`, the current pane in reverse video.
pub fn tabs(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let actions = [
        Action::PaneCycle,
        Action::PaneReports,
        Action::PaneRenewals,
        Action::PaneContacts,
        Action::PaneCases,
        Action::PaneUnits,
    ];
    let mut spans = Vec::new();
    for (pane, action) in Pane::ALL.iter().zip(actions) {
        let key = key_label(app, Context::Global, action).unwrap_or_default();
        let text = format!(" {key} {} ", lang.t(pane.title()));
        let style = if *pane == app.state.pane {
            theme.selected()
        } else {
            Style::default()
        };
        spans.push(Span::styled(text, style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The pane's title, how many rows, the year where there is one, and the filter.
pub fn header(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let list = app.state.list();
    // A pane with views shows them instead of its name (the tab bar has it).
    let mut text = if app.state.pane.views().len() > 1 {
        String::new()
    } else {
        format!("{} · ", lang.t(app.state.pane.title()))
    };
    if list.total > 0 {
        let msg = if list.counting {
            Msg::RowOfSoFar
        } else {
            Msg::RowOf
        };
        text.push_str(&lang.f(msg, &[&(list.selected + 1), &list.total]));
    } else if list.counting {
        text.push_str(lang.t(list.waiting_msg()));
    } else {
        text.push_str(lang.t(Msg::NoRows));
    }
    if !list.marked.is_empty() {
        text.push_str(" · ");
        text.push_str(&lang.f(Msg::Marked, &[&list.marked.len()]));
    }
    match app.state.pane {
        Pane::Reports => {
            let year = list.filter.year;
            let due = report_deadline(UnitKind::Competence, year)
                .map(|d| lang.date(d))
                .unwrap_or_default();
            text.push_str(" · ");
            // The queue's deadlines are in its rows; its header keeps room for counts.
            if list.kind == ListKind::Reports {
                let season = crate::i18n::QueueMsg::Season;
                text.push_str(&lang.qf(season, &[&year]));
                text.push_str(&queue_header(app));
            } else {
                text.push_str(&lang.f(Msg::Season, &[&year, &due]));
            }
        }
        Pane::Cycle => {
            text.push_str(" · ");
            text.push_str(&lang.f(Msg::CycleYear, &[&list.filter.year]));
        }
        Pane::Renewals if list.kind == ListKind::Money => {
            if let Some(Row::Money(m)) = list.window.first() {
                // The year `<` `>` move, and the grant table shown for it (the latest
                // one up to that year).
                let year = list.filter.year;
                text.push_str(&format!(
                    " · {year} · {} {}",
                    lang.t(Msg::MoneyYear),
                    m.year
                ));
            }
        }
        _ => {}
    }
    let mut spans = Vec::new();
    if app.state.pane.views().len() > 1 {
        // The views as tabs, the current one marked without relying on colour.
        for kind in app.state.pane.views() {
            let name = lang.pick(crate::app::view_title(*kind));
            if *kind == list.kind {
                spans.push(Span::styled(format!("[{name}]"), theme.selected()));
            } else {
                spans.push(Span::styled(format!(" {name} "), theme.dim()));
            }
        }
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(text, theme.heading()));
    if app.state.pane == Pane::Cycle {
        let (late, soon) = (app.state.timeline.overdue, app.state.timeline.upcoming);
        spans.push(Span::styled(
            format!(" · {}", lang.yf(CycleMsg::HeaderDue, &[&late, &soon])),
            if late > 0 { theme.alert() } else { theme.dim() },
        ));
        if let Some(first) = app.state.warnings.first() {
            spans.push(Span::styled(
                format!(" · ! {}", sanitize(first)),
                theme.alert(),
            ));
        }
    }
    if app.state.mode() == Mode::Filter || !list.filter.text.is_empty() {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(lang.t(Msg::FilterPrompt), theme.focus()));
        spans.push(Span::raw(sanitize(&list.filter.text).into_owned()));
        if app.state.mode() == Mode::Filter {
            spans.push(Span::styled("▏", theme.focus()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Whether the queue is narrowed and how it is sorted (when not by name), then its
/// counts per status (those above zero).
fn queue_header(app: &App) -> String {
    use crate::i18n::{QueueMsg, label, sort_label};
    let lang = app.state.lang;
    let mut text = String::new();
    let q = &app.state.list().filter.queue;
    if !q.is_open() {
        text.push_str(&format!(" · [{}]", lang.q(QueueMsg::NarrowedMark)));
    }
    if q.sort != crate::domain::QueueSort::Unit || q.descending {
        let arrow = if q.descending { " ↓" } else { " ↑" };
        let sort = format!("{}{arrow}", sort_label(lang, q.sort));
        text.push_str(&format!(" · {}", lang.qf(QueueMsg::SortMark, &[&sort])));
    }
    for (status, n) in app.state.queue_counts.iter().filter(|(_, n)| *n > 0) {
        text.push_str(&format!(" · {n} {}", label(lang, *status)));
    }
    text
}

/// The actions offered in each view of Årshjul and Saker.
fn cycle_hints(kind: ListKind) -> &'static [Action] {
    match kind {
        ListKind::Cases => &[
            Action::Edit,
            Action::New,
            Action::Anchor,
            Action::Step,
            Action::Decide,
            Action::Link,
            Action::MeetingMode,
            Action::NextView,
            Action::Help,
        ],
        ListKind::Renewals => &[
            Action::MoveDown,
            Action::Decide,
            Action::Edit,
            Action::New,
            Action::DraftCase,
            Action::NextView,
            Action::Help,
        ],
        ListKind::Money => &[
            Action::New,
            Action::NextView,
            Action::PrevYear,
            Action::Help,
        ],
        ListKind::Reports => &[
            Action::Review,
            Action::Narrow,
            Action::SortNext,
            Action::Views,
            Action::ToggleMark,
            Action::MarkReceived,
            Action::AssignReviewer,
            Action::Step,
            Action::Import,
            Action::Filter,
            Action::Help,
        ],
        ListKind::Summary => &[
            Action::Filter,
            Action::DraftCase,
            Action::NextView,
            Action::PrevYear,
            Action::Import,
            Action::Help,
        ],
        ListKind::Meetings => &[
            Action::MeetingMode,
            Action::Export,
            Action::NextView,
            Action::New,
            Action::Help,
        ],
        ListKind::Milestones => &[
            Action::NextView,
            Action::New,
            Action::Edit,
            Action::Delete,
            Action::CopyYear,
            Action::Help,
        ],
        ListKind::Applications => &[
            Action::NextView,
            Action::New,
            Action::Anchor,
            Action::Step,
            Action::Edit,
            Action::Help,
        ],
        ListKind::Ranking => &[
            Action::NextView,
            Action::RankUp,
            Action::RankDown,
            Action::Decide,
            Action::DraftCase,
            Action::Help,
        ],
        _ => &[
            Action::NextView,
            Action::Open,
            Action::NextPeriod,
            Action::PrevYear,
            Action::Palette,
            Action::Help,
        ],
    }
}

/// Key hints for the current mode, generated from the merged keymap.
pub fn hints(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let (ctx, actions): (Context, &[Action]) = match app.state.mode() {
        Mode::List
            if matches!(
                app.state.pane,
                Pane::Cycle | Pane::Cases | Pane::Renewals | Pane::Reports
            ) =>
        {
            (Context::List, cycle_hints(app.state.list().kind))
        }
        Mode::List => (
            Context::List,
            &[
                Action::MoveDown,
                Action::Open,
                Action::Filter,
                Action::Edit,
                Action::CopyEmail,
                Action::Palette,
                Action::Help,
                Action::Quit,
                // Last: seen where the terminal is wide; the detail's hints show it too.
                Action::History,
            ],
        ),
        Mode::Detail => (
            Context::Detail,
            &[
                Action::MoveDown,
                Action::Back,
                Action::Edit,
                Action::History,
                Action::Help,
                Action::Quit,
            ],
        ),
        Mode::Help => (Context::Help, &[Action::MoveDown, Action::Back]),
        Mode::History => (Context::Detail, &[Action::MoveDown, Action::Back]),
        Mode::SinceLast => (
            Context::Detail,
            &[
                Action::MoveDown,
                Action::Open,
                Action::History,
                Action::Back,
            ],
        ),
        other => (other.context(), &[Action::Open, Action::Back]),
    };
    let lang = app.state.lang;
    let mut spans = Vec::new();
    // Offer what works in this pane only: notes are edited in Tjenester, e-mail is
    // copied from Kontakter.
    let offered = |a: &&Action| match **a {
        Action::Edit => matches!(
            app.state.pane,
            Pane::Units | Pane::Contacts | Pane::Cycle | Pane::Cases | Pane::Renewals
        ),
        Action::CopyEmail => app.state.pane == Pane::Contacts,
        _ => true,
    };
    // Årshjul and Saker offer many keys: their hints use short labels.
    let short = app.state.mode() == Mode::List
        && matches!(
            app.state.pane,
            Pane::Cycle | Pane::Cases | Pane::Renewals | Pane::Reports
        );
    let hint = |action: Action| {
        short
            .then(|| {
                // In the summary the filter line takes item codes to combine.
                if action == Action::Filter && app.state.list().kind == ListKind::Summary {
                    return Some(lang.q(crate::i18n::QueueMsg::CombineItems));
                }
                let status_words = matches!(app.state.pane, Pane::Cases | Pane::Reports);
                hint_label(lang, status_words, action)
            })
            .flatten()
            // The shared desk's keys say one word everywhere.
            .or_else(|| {
                matches!(action, Action::History | Action::Undo)
                    .then(|| hint_label(lang, false, action))
                    .flatten()
            })
            .unwrap_or_else(|| action_description(lang, action))
    };
    // Once the user has changed something, the first hint is how to take it back.
    let undo = (!app.state.undo.is_empty()
        && matches!(app.state.mode(), Mode::List | Mode::Detail))
    .then_some(Action::Undo);
    for action in undo.iter().chain(actions.iter().filter(offered)) {
        if let Some(key) = key_label(app, ctx, *action) {
            if !spans.is_empty() {
                spans.push(Span::styled(" · ", theme.dim()));
            }
            spans.push(Span::styled(key, theme.heading()));
            spans.push(Span::styled(format!(" {}", hint(*action)), theme.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// User, database file and leading region; or the current message.
pub fn status(frame: &mut Frame<'_>, area: Rect, app: &App, theme: &Theme) {
    let lang = app.state.lang;
    let line = if let Some(msg) = &app.state.message {
        let style = if msg.is_error {
            theme.alert()
        } else {
            Style::default()
        };
        let mark = if msg.is_error { "! " } else { "" };
        Line::from(Span::styled(
            format!("{mark}{}", sanitize(&msg.text)),
            style,
        ))
    } else if let Some(notice) = &app.state.notice {
        Line::from(Span::styled(
            format!("! {}", sanitize(notice)),
            theme.alert(),
        ))
    } else {
        let mut spans = Vec::new();
        if app.state.demo {
            spans.push(Span::styled(
                format!(" {} ", lang.t(Msg::DemoBanner)),
                theme.selected(),
            ));
            spans.push(Span::raw(" "));
        }
        // The most urgent thing due comes first, marked without relying on colour.
        if let Some(first) = app.state.warnings.first() {
            let more = app.state.warnings.len() - 1;
            let more = if more > 0 {
                format!(" (+{more})")
            } else {
                String::new()
            };
            spans.push(Span::styled(
                format!("! {}{more} ", sanitize(first)),
                theme.alert(),
            ));
            spans.push(Span::styled("│ ", theme.dim()));
        }
        spans.push(Span::styled(
            format!(
                "{}: {} │ {} │ {}: {}",
                lang.t(Msg::StatusUser),
                sanitize(&app.state.user),
                sanitize(&app.state.db_label),
                lang.t(Msg::StatusLeading),
                app.state
                    .leading
                    .as_deref()
                    .map(sanitize)
                    .unwrap_or_default(),
            ),
            theme.dim(),
        ));
        Line::from(spans)
    };
    frame.render_widget(Paragraph::new(line), area);
}
