//! Årshjul: milestones, applications and meetings of the year, by date.

use ratatui::layout::Constraint;
use ratatui::text::Line;

use super::{CellText, Column, cell, col, date_cell, field, heading};
use crate::i18n::{Lang, Msg, code_label, label};
use crate::store::{CycleEntity, CycleRow, Detail};

pub fn columns(full: bool) -> Vec<Column> {
    let mut c = vec![
        col(Msg::ColDate, Constraint::Length(10)),
        col(Msg::ColWhat, Constraint::Length(10)),
        col(Msg::ColName, Constraint::Min(20)),
    ];
    if full {
        c.push(col(Msg::ColOwner, Constraint::Length(12)));
        c.push(col(Msg::ColStep, Constraint::Length(16)));
    }
    c
}

fn entity(lang: Lang, e: CycleEntity) -> &'static str {
    lang.t(match e {
        CycleEntity::Milestone | CycleEntity::Template => Msg::EntMilestone,
        CycleEntity::Application => Msg::EntApplication,
        CycleEntity::Meeting => Msg::EntMeeting,
    })
}

pub fn cells(r: &CycleRow, lang: Lang, full: bool) -> Vec<CellText> {
    let mut c = vec![
        date_cell(lang, r.date),
        cell(entity(lang, r.entity)),
        cell(&r.name),
    ];
    if full {
        c.push(cell(code_label(lang, &r.owner)));
        c.push(cell(r.step.map(|s| label(lang, s)).unwrap_or_default()));
    }
    c
}

pub fn detail(r: &CycleRow, detail: &Detail, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(lang, Msg::ColWhat, entity(lang, r.entity)),
        field(
            lang,
            Msg::ColDate,
            r.date.map(|d| lang.date(d)).unwrap_or_default(),
        ),
        field(lang, Msg::ColOwner, code_label(lang, &r.owner)),
    ];
    if let Some(step) = r.step {
        lines.push(field(lang, Msg::ColStep, label(lang, step)));
    }
    match detail {
        Detail::Application {
            hf,
            proposed_kind,
            anchorings,
        } => {
            lines.push(field(
                lang,
                Msg::ColHfApplicant,
                hf.clone().unwrap_or_default(),
            ));
            lines.push(field(
                lang,
                Msg::ColProposedKind,
                code_label(lang, proposed_kind),
            ));
            lines.push(Line::from(""));
            lines.push(heading(lang.t(Msg::Anchoring)));
            for (region, view, on, note) in anchorings {
                let when = on.map(|d| lang.date(d)).unwrap_or_default();
                lines.push(field(
                    lang,
                    Msg::ColRegion,
                    format!(
                        "{} – {} {when} {note}",
                        region_code(*region),
                        code_label(lang, view)
                    ),
                ));
            }
        }
        Detail::Meeting { place, agenda } => {
            lines.push(field(lang, Msg::ColPlace, place));
            lines.push(Line::from(""));
            lines.push(heading(lang.t(Msg::Agenda)));
            for (i, title) in agenda.iter().enumerate() {
                lines.push(Line::from(format!("{}. {}", i + 1, super::sanitize(title))));
            }
        }
        _ => {}
    }
    lines
}

fn region_code(r: crate::domain::Region) -> &'static str {
    use crate::domain::Code;
    r.code()
}
