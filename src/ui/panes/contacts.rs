//! Kontakter: people by region, with their roles and ties.

use ratatui::layout::Constraint;
use ratatui::text::Line;

use super::{CellText, Column, cell, col, field, heading};
use crate::domain::Code;
use crate::i18n::{Lang, Msg, code_label};
use crate::store::{ContactRow, Detail};
use crate::ui::theme::Theme;

pub fn columns(full: bool) -> Vec<Column> {
    let mut c = vec![
        col(Msg::ColRegion, Constraint::Length(6)),
        col(Msg::ColName, Constraint::Min(16)),
        col(Msg::ColOrganisation, Constraint::Min(16)),
    ];
    if full {
        c.push(col(Msg::ColRoles, Constraint::Length(22)));
        c.push(col(Msg::ColEmail, Constraint::Length(28)));
    }
    c
}

fn roles(lang: Lang, codes: &str) -> String {
    codes
        .split(", ")
        .filter(|c| !c.is_empty())
        .map(|c| code_label(lang, c))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn cells(r: &ContactRow, lang: Lang, full: bool) -> Vec<CellText> {
    let mut c = vec![
        cell(r.region.map(Code::code).unwrap_or_default()),
        cell(&r.name),
        cell(&r.organisation),
    ];
    if full {
        c.push(cell(roles(lang, &r.roles)));
        c.push(cell(&r.email));
    }
    c
}

pub fn detail(
    r: &ContactRow,
    detail: &Detail,
    lang: Lang,
    cursor: Option<usize>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(lang, Msg::ColOrganisation, &r.organisation),
        field(
            lang,
            Msg::ColRegion,
            r.region.map(|g| g.name()).unwrap_or_default(),
        ),
        field(lang, Msg::ColEmail, &r.email),
        field(lang, Msg::ColPhone, &r.phone),
        field(lang, Msg::ColRoles, roles(lang, &r.roles)),
    ];
    if let Detail::Contact(ties) = detail {
        lines.push(Line::from(""));
        lines.push(heading(lang.t(Msg::Ties)));
        for (i, tie) in ties.iter().enumerate() {
            let target = tie
                .target
                .as_ref()
                .map(|(_, _, title)| format!(" – {}", super::sanitize(title)))
                .unwrap_or_default();
            let text = format!("• {}{target}", code_label(lang, &tie.role));
            // In the open detail, a cursor picks the tie Enter jumps to.
            if cursor == Some(i) {
                lines.push(Line::styled(text, theme.selected()));
            } else {
                lines.push(Line::from(text));
            }
        }
    }
    lines
}
