//! Årsrapporter: the season's reports with deadline, overdue days and follow-ups.

pub(in crate::ui) mod import;
pub(in crate::ui) mod review;
pub mod summary;

use chrono::NaiveDate;
use ratatui::layout::Constraint;
use ratatui::text::Line;

use super::{CellText, Column, alert_cell, cell, col, date_cell, field, heading, text_lines};
use crate::domain::{Code, ReportStatus, days_overdue, report_deadline, short_name};
use crate::i18n::{Lang, Msg, label};
use crate::store::{Detail, ReportRow};

pub fn columns(full: bool) -> Vec<Column> {
    let mut c = vec![
        col(Msg::ColUnit, Constraint::Min(20)),
        col(Msg::ColKind, Constraint::Length(10)),
        col(Msg::ColRegion, Constraint::Length(6)),
        col(Msg::ColStatus, Constraint::Length(15)),
        col(Msg::ColOverdue, Constraint::Length(10)),
    ];
    if full {
        c.push(col(Msg::ColDeadline, Constraint::Length(10)));
        c.push(col(Msg::ColStatement, Constraint::Length(9)));
        c.push(col(Msg::ColFollowUps, Constraint::Length(6)));
    }
    c
}

/// Days past the filing deadline for a report not yet received.
fn overdue(r: &ReportRow, today: NaiveDate) -> i64 {
    match (r.status, report_deadline(r.kind, r.year)) {
        (ReportStatus::Expected, Some(deadline)) => days_overdue(deadline, today),
        _ => 0,
    }
}

pub fn cells(r: &ReportRow, lang: Lang, today: NaiveDate, full: bool) -> Vec<CellText> {
    let late = overdue(r, today);
    let mut c = vec![
        cell(short_name(&r.unit)),
        cell(crate::i18n::kind_short(lang, r.kind)),
        cell(r.region.code()),
        cell(label(lang, r.status)),
        if late > 0 {
            alert_cell(format!("! {}", lang.f(Msg::DaysShort, &[&late])))
        } else {
            cell("")
        },
    ];
    if full {
        c.push(date_cell(lang, report_deadline(r.kind, r.year)));
        c.push(cell(lang.t(if r.statement { Msg::Yes } else { Msg::No })));
        c.push(cell(if r.open_follow_ups > 0 {
            r.open_follow_ups.to_string()
        } else {
            String::new()
        }));
    }
    c
}

pub fn detail(r: &ReportRow, detail: &Detail, lang: Lang, today: NaiveDate) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(lang, Msg::ColKind, label(lang, r.kind)),
        field(lang, Msg::ColRegion, r.region.name()),
        field(lang, Msg::ColStatus, label(lang, r.status)),
        field(
            lang,
            Msg::ColDeadline,
            report_deadline(r.kind, r.year)
                .map(|d| lang.date(d))
                .unwrap_or_default(),
        ),
        field(
            lang,
            Msg::ColReceived,
            r.received_on.map(|d| lang.date(d)).unwrap_or_default(),
        ),
        field(
            lang,
            Msg::ColReviewer,
            r.reviewer.map(|g| g.name()).unwrap_or_default(),
        ),
        field(
            lang,
            Msg::ColStatement,
            lang.t(if r.statement { Msg::Yes } else { Msg::No }),
        ),
    ];
    let late = overdue(r, today);
    if late > 0 {
        lines.push(field(
            lang,
            Msg::ColOverdue,
            lang.f(Msg::DaysShort, &[&late]),
        ));
    }
    if let Detail::Report {
        answered,
        items,
        follow_ups,
        assessment,
    } = detail
    {
        lines.push(Line::from(lang.f(Msg::Checklist, &[answered, items])));
        lines.push(Line::from(""));
        lines.push(heading(lang.t(Msg::FollowUps)));
        for (text, owner, due, done) in follow_ups {
            let state = lang.t(if *done { Msg::Done } else { Msg::NotDone });
            let due = due.map(|d| lang.date(d)).unwrap_or_default();
            lines.push(Line::from(format!(
                "• {} ({owner}, {due}, {state})",
                super::sanitize(text)
            )));
        }
        lines.push(Line::from(""));
        lines.push(heading(lang.t(Msg::Assessment)));
        lines.extend(text_lines(lang, assessment));
    }
    lines
}
