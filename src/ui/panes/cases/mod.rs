//! Saker: cases with number, type, status and the meeting they are on.

pub(in crate::ui) mod editor;
pub(in crate::ui) mod meeting;

use ratatui::layout::Constraint;
use ratatui::text::Line;

use super::{CellText, Column, cell, col, date_cell, field, heading, text_lines};
use crate::domain::Code;
use crate::i18n::{Lang, Msg, label};
use crate::store::{CaseRow, Detail, Meeting};

pub fn columns(full: bool) -> Vec<Column> {
    let mut c = vec![
        col(Msg::ColNumber, Constraint::Length(9)),
        col(Msg::ColTitle, Constraint::Min(20)),
        col(Msg::ColStatus, Constraint::Length(10)),
    ];
    if full {
        c.push(col(Msg::ColType, Constraint::Length(22)));
        c.push(col(Msg::ColRegion, Constraint::Length(6)));
        c.push(col(Msg::ColMeeting, Constraint::Length(10)));
    }
    c
}

pub fn cells(r: &CaseRow, lang: Lang, full: bool) -> Vec<CellText> {
    let mut c = vec![
        cell(r.number.map(|n| n.to_string()).unwrap_or_default()),
        cell(&r.title),
        cell(label(lang, r.status)),
    ];
    if full {
        c.push(cell(label(lang, r.case_type)));
        c.push(cell(r.region.map(Code::code).unwrap_or_default()));
        c.push(date_cell(lang, r.meeting_on));
    }
    c
}

pub fn detail(r: &CaseRow, detail: &Detail, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(
            lang,
            Msg::ColNumber,
            r.number.map(|n| n.to_string()).unwrap_or_default(),
        ),
        field(lang, Msg::ColType, label(lang, r.case_type)),
        field(lang, Msg::ColStatus, label(lang, r.status)),
        field(
            lang,
            Msg::ColRegion,
            r.region.map(|g| g.name()).unwrap_or_default(),
        ),
        field(
            lang,
            Msg::ColMeeting,
            r.meeting_on.map(|d| lang.date(d)).unwrap_or_default(),
        ),
    ];
    if let Detail::Case(sections) = detail {
        let titles = [
            Msg::SectionBackground,
            Msg::SectionAssessment,
            Msg::SectionProposal,
            Msg::SectionAttachments,
            Msg::SectionDecision,
        ];
        for (title, text) in titles.iter().zip(sections.iter()) {
            lines.push(Line::from(""));
            lines.push(heading(lang.t(*title)));
            lines.extend(text_lines(lang, text));
        }
    }
    lines
}

/// The meetings' columns: date, kind, place (and chair, number of cases).
pub fn meeting_columns(full: bool) -> Vec<Column> {
    let mut c = vec![
        col(Msg::ColDate, Constraint::Length(10)),
        col(Msg::ColKind, Constraint::Length(4)),
        col(Msg::ColPlace, Constraint::Min(16)),
    ];
    if full {
        c.push(col(Msg::ColRegion, Constraint::Length(6)));
        c.push(col(Msg::Agenda, Constraint::Length(10)));
    }
    c
}

/// A meeting: date, kind, place (and chair, how many cases).
pub fn meeting_cells(m: &Meeting, lang: Lang, full: bool) -> Vec<CellText> {
    let mut c = vec![
        date_cell(lang, Some(m.held_on)),
        cell(m.kind.code()),
        cell(&m.place),
    ];
    if full {
        c.push(cell(m.chair.map(Code::code).unwrap_or_default()));
        c.push(cell(m.agenda.len().to_string()));
    }
    c
}

/// A meeting's agenda, numbered, each case with its number and status.
pub fn meeting_detail(m: &Meeting, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(
            lang,
            Msg::ColDate,
            lang.day_at(lang.date(m.held_on), m.starts_at),
        ),
        field(lang, Msg::ColKind, m.kind.code()),
        field(
            lang,
            Msg::ColRegion,
            m.chair.map(Code::code).unwrap_or_default(),
        ),
        Line::from(""),
        heading(lang.t(Msg::Agenda)),
    ];
    for item in &m.agenda {
        let number = item.number.map(|n| n.to_string()).unwrap_or_default();
        lines.push(Line::from(format!(
            "{}. {number} {} ({})",
            item.position,
            super::sanitize(&item.title),
            label(lang, item.status)
        )));
    }
    lines
}
