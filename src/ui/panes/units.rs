//! Tjenester: the unit registry, with each unit's reference group and its compliance,
//! and its ERN memberships with what each is flagged for.

use chrono::NaiveDate;
use ratatui::layout::Constraint;
use ratatui::text::Line;

use super::{CellText, Column, alert_cell, cell, col, date_cell, field, heading, text_lines};
use crate::domain::{Code, short_name};
use crate::i18n::{Lang, Msg, breach, label};
use crate::store::{Detail, ErnMembership, GroupCheck, RefMember, UnitExtra, UnitRow};

pub fn columns(full: bool) -> Vec<Column> {
    let mut c = vec![
        col(Msg::ColName, Constraint::Min(24)),
        col(Msg::ColKind, Constraint::Length(20)),
        col(Msg::ColRegion, Constraint::Length(6)),
    ];
    if full {
        c.push(col(Msg::ColApproved, Constraint::Length(10)));
        c.push(col(Msg::ColTermEnd, Constraint::Length(13)));
        c.push(col(Msg::ColStatus, Constraint::Length(10)));
    }
    c
}

pub fn cells(r: &UnitRow, lang: Lang, full: bool) -> Vec<CellText> {
    let mut c = vec![
        cell(short_name(&r.name)),
        cell(label(lang, r.kind)),
        cell(r.region.code()),
    ];
    if full {
        c.push(date_cell(lang, r.approved_on));
        c.push(date_cell(lang, r.term_ends_on));
        c.push(cell(label(lang, r.status)));
    }
    c
}

/// What is said of a member after the name, in brackets: chair (when `chair` is asked
/// for), user representative, and the role (a municipality, a university …) when it
/// says more than the marks; "" when there is nothing to say.
pub fn member_marks(lang: Lang, m: &RefMember, chair: bool) -> String {
    let mut marks = Vec::new();
    if chair && m.chair {
        marks.push(lang.t(Msg::Chair).to_string());
    }
    if m.user_rep {
        marks.push(lang.t(Msg::UserRep).to_string());
    }
    let role = crate::i18n::member_role_text(lang, &m.role);
    if !role.is_empty() && !m.user_rep {
        marks.push(super::sanitize(&role).into_owned());
    }
    if marks.is_empty() {
        String::new()
    } else {
        format!(" ({})", marks.join(", "))
    }
}

/// The reference group and what it breaks, shared with the renewals pane.
pub fn group_lines(extra: &UnitExtra, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(""), heading(lang.t(Msg::ReferenceGroup))];
    for m in &extra.members {
        let marks = member_marks(lang, m, true);
        lines.push(Line::from(format!(
            "• {} – {}{marks}",
            super::sanitize(&m.name),
            m.region.code()
        )));
    }
    if extra.breaches.is_empty() {
        lines.push(Line::from(format!("✓ {}", lang.t(Msg::Compliant))));
    } else {
        lines.push(Line::from(""));
        lines.push(heading(format!("! {}", lang.t(Msg::Breaks))));
        for b in &extra.breaches {
            let c = alert_cell(breach(lang, b));
            lines.push(Line::styled(
                format!("• {}", c.text),
                ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::BOLD),
            ));
        }
    }
    lines
}

pub fn detail(r: &UnitRow, detail: &Detail, lang: Lang, today: NaiveDate) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(lang, Msg::ColKind, label(lang, r.kind)),
        field(lang, Msg::ColRegion, r.region.name()),
        field(lang, Msg::ColHf, r.hf.clone().unwrap_or_default()),
        field(
            lang,
            Msg::ColApproved,
            r.approved_on.map(|d| lang.date(d)).unwrap_or_default(),
        ),
        field(
            lang,
            Msg::ColFunction,
            r.function.map(|f| label(lang, f)).unwrap_or_default(),
        ),
        field(
            lang,
            Msg::ColTermEnd,
            r.term_ends_on.map(|d| lang.date(d)).unwrap_or_default(),
        ),
        field(
            lang,
            Msg::ColFte,
            r.fte.map(|f| lang.number(f, 1)).unwrap_or_default(),
        ),
        field(lang, Msg::ColStatus, label(lang, r.status)),
    ];
    if let Detail::Unit(extra) = detail {
        if extra.erns.is_empty() {
            lines.push(field(
                lang,
                Msg::ColErn,
                extra.ern.clone().unwrap_or_default(),
            ));
        } else {
            lines.extend(ern_lines(&extra.erns, lang, today));
        }
        lines.extend(group_lines(extra, lang));
        lines.push(Line::from(""));
        lines.push(heading(lang.t(Msg::ColNotes)));
        lines.extend(text_lines(lang, &extra.notes));
    }
    lines
}

/// The columns of the units whose reference group breaks a rule.
pub fn breach_columns(full: bool) -> Vec<Column> {
    // The kind, short when narrow: a service and a network may share a name.
    let kind = if full { 18 } else { 10 };
    vec![
        col(Msg::ColName, Constraint::Min(20)),
        col(Msg::ColKind, Constraint::Length(kind)),
        col(Msg::ColRegion, Constraint::Length(6)),
        col(Msg::ColBreaches, Constraint::Min(24)),
    ]
}

/// A unit and the rules its group breaks, the first in full and a count of the rest;
/// every row stands out (it is the list's point), marked without relying on colour.
pub fn breach_cells(r: &GroupCheck, lang: Lang, full: bool) -> Vec<CellText> {
    let first = r
        .breaches
        .first()
        .map(|b| breach(lang, b))
        .unwrap_or_default();
    let more = r.breaches.len().saturating_sub(1);
    let rules = if more > 0 {
        format!("! {first} (+{more})")
    } else {
        format!("! {first}")
    };
    let kind = if full {
        label(lang, r.kind)
    } else {
        crate::i18n::kind_short(lang, r.kind)
    };
    vec![
        cell(short_name(&r.unit)),
        cell(kind),
        cell(r.region.code()),
        alert_cell(rules),
    ]
}

/// The group of the selected unit, with every rule it breaks.
pub fn group_detail(detail: &Detail, lang: Lang) -> Vec<Line<'static>> {
    match detail {
        Detail::Unit(extra) => group_lines(extra, lang),
        _ => Vec::new(),
    }
}

/// The unit's ERN memberships, each flag below its membership, marked and bold as a
/// reference group's breaches are.
fn ern_lines(erns: &[ErnMembership], lang: Lang, today: NaiveDate) -> Vec<Line<'static>> {
    use ratatui::style::{Modifier, Style};
    let mut lines = vec![
        Line::from(""),
        heading(lang.ern(crate::i18n::ErnMsg::Heading)),
    ];
    for m in erns {
        lines.push(Line::from(format!("• {}", crate::i18n::ern_line(lang, m))));
        for flag in m.flags(today) {
            let c = alert_cell(crate::i18n::ern_flag_text(lang, &m.ern, &flag));
            lines.push(Line::styled(
                format!("  ! {}", c.text),
                Style::default().add_modifier(Modifier::BOLD),
            ));
        }
    }
    lines
}
