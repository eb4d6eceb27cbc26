//! Årshjul: the rows and details of its views — what is due (under the timeline), the
//! year's milestones, the applications with their anchoring matrix, and IRF's ranking.

pub mod timeline;
pub(in crate::ui) mod year;

use chrono::NaiveDate;
use ratatui::layout::Constraint;
use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use super::{CellText, Column, alert_cell, cell, col, date_cell, field, heading};
use crate::domain::{Code, IrfDecision, Region};
use crate::i18n::{
    CycleMsg, Lang, Msg, code_label, due_item_when, due_kind_label, due_title, label, refusal_text,
};
use crate::store::{Application, ApplicationRow, Detail, DueItem, ListKind, Milestone};

/// A column titled with an Årshjul text.
fn ycol(title: CycleMsg, width: Constraint) -> Column {
    Column {
        title: title.pair(),
        width,
    }
}

/// The columns of one of the Årshjul views.
pub fn columns(kind: ListKind, full: bool) -> Vec<Column> {
    let mut c = match kind {
        ListKind::Due => vec![
            col(Msg::ColDate, Constraint::Length(10)),
            ycol(CycleMsg::ColWhen, Constraint::Length(20)),
            col(Msg::ColWhat, Constraint::Length(14)),
            col(Msg::ColName, Constraint::Min(20)),
        ],
        ListKind::Milestones => vec![
            col(Msg::ColDate, Constraint::Length(10)),
            col(Msg::ColName, Constraint::Min(20)),
        ],
        ListKind::Ranking => vec![
            ycol(CycleMsg::ColRank, Constraint::Length(4)),
            col(Msg::ColName, Constraint::Min(20)),
            ycol(CycleMsg::ColAnswers, Constraint::Length(7)),
            ycol(CycleMsg::ColDecision, Constraint::Length(15)),
        ],
        _ => vec![
            ycol(CycleMsg::ColReceived, Constraint::Length(10)),
            col(Msg::ColStep, Constraint::Length(18)),
            ycol(CycleMsg::ColAnswers, Constraint::Length(7)),
            col(Msg::ColName, Constraint::Min(20)),
        ],
    };
    if full {
        match kind {
            ListKind::Due => c.push(col(Msg::ColOwner, Constraint::Length(9))),
            ListKind::Milestones => {
                c.push(ycol(CycleMsg::ColRule, Constraint::Length(34)));
                c.push(col(Msg::ColOwner, Constraint::Length(9)));
            }
            ListKind::Ranking => c.push(ycol(CycleMsg::ColApplicant, Constraint::Length(26))),
            _ => {
                c.push(ycol(CycleMsg::ColApplicant, Constraint::Length(26)));
                c.push(col(Msg::ColRegion, Constraint::Length(6)));
            }
        }
    }
    c
}

/// A due item: date, how soon, what, title (and owner); overdue rows stand out.
pub fn due_cells(r: &DueItem, lang: Lang, today: NaiveDate, full: bool) -> Vec<CellText> {
    let mut c = vec![
        date_cell(lang, Some(r.date)),
        when_cell(r, lang, today),
        cell(due_kind_label(lang, r.kind)),
        cell(due_title(lang, r)),
    ];
    if full {
        c.push(cell(owner(lang, r.owner.as_deref())));
    }
    c
}

/// How soon: "om 3 arbeidsdager"; an open obligation past its date "! 4 dager for
/// sent" (marked without relying on colour); a milestone or meeting that has passed
/// "for 4 dager siden".
fn when_cell(r: &DueItem, lang: Lang, today: NaiveDate) -> CellText {
    let when = due_item_when(lang, today, r);
    if r.date < today && r.kind.is_obligation() {
        return alert_cell(format!("! {when}"));
    }
    cell(when)
}

fn owner(lang: Lang, owner: Option<&str>) -> String {
    owner
        .map(|o| code_label(lang, o).to_string())
        .unwrap_or_default()
}

/// "2/3": how many of the three other regions have answered.
fn answers(n: i64) -> String {
    format!("{n}/3")
}

/// An application: received, step, answers, title (and applicant, region).
pub fn application_cells(r: &ApplicationRow, lang: Lang, full: bool) -> Vec<CellText> {
    let mut c = vec![
        date_cell(lang, r.received_on),
        cell(label(lang, r.step)),
        cell(answers(r.answered)),
        cell(&r.title),
    ];
    if full {
        c.push(cell(r.hf.as_deref().unwrap_or_default()));
        c.push(cell(r.region.code()));
    }
    c
}

/// What a due item is, when, and who owns it; a meeting's agenda or an application's
/// anchoring when the item is one.
pub fn due_detail(
    r: &DueItem,
    detail: &Detail,
    lang: Lang,
    today: NaiveDate,
) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(lang, Msg::ColWhat, due_kind_label(lang, r.kind)),
        field(lang, Msg::ColDate, lang.date(r.date)),
        field(lang, CycleMsg::ColWhen, when_cell(r, lang, today).text),
        field(lang, Msg::ColOwner, owner(lang, r.owner.as_deref())),
    ];
    lines.extend(record_detail(detail, lang));
    if r.reference.is_some() {
        lines.push(Line::from(""));
        lines.push(Line::from(lang.y(CycleMsg::EnterGoes)));
    }
    lines
}

/// An application's fields and its anchoring matrix.
pub fn application_detail(r: &ApplicationRow, detail: &Detail, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(lang, Msg::ColStep, label(lang, r.step)),
        field(lang, Msg::ColRegion, r.region.code()),
        field(
            lang,
            CycleMsg::ColReceived,
            r.received_on.map(|d| lang.date(d)).unwrap_or_default(),
        ),
    ];
    if let Some(rank) = r.rank {
        lines.push(field(lang, CycleMsg::ColRank, rank.to_string()));
    }
    lines.extend(record_detail(detail, lang));
    lines
}

/// The lines a meeting or an application adds to a row's own.
fn record_detail(detail: &Detail, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    match detail {
        Detail::Application(app) => {
            lines.push(field(
                lang,
                Msg::ColHfApplicant,
                app.hf.clone().unwrap_or_default(),
            ));
            lines.push(field(
                lang,
                Msg::ColProposedKind,
                code_label(lang, &app.proposed_kind),
            ));
            if let Some(contact) = &app.contact {
                lines.push(field(lang, CycleMsg::FieldContact, contact));
            }
            if let Some(decision) = app.irf_decision {
                let text = format!("{} {}", decision_label(lang, decision), app.irf_note);
                lines.push(field(lang, CycleMsg::FieldDecision, text.trim_end()));
            }
            if let Some(reason) = &app.override_reason {
                lines.push(Line::from(
                    lang.yf(CycleMsg::Overridden, &[&super::sanitize(reason)]),
                ));
            }
            lines.push(Line::from(""));
            lines.push(heading(lang.t(Msg::Anchoring)));
            lines.extend(matrix(lang, app));
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

/// Width of one region's column in the anchoring matrix.
const MATRIX_COL: usize = 10;

/// A short mark for a view, readable without colour: ✓ supports, ~ with remarks,
/// ✗ does not support, … pending.
fn view_mark(lang: Lang, view: &str) -> String {
    let (mark, word) = match view {
        "stotter" => ("✓", lang.pick(("støtter", "supports"))),
        "stotter_med_merknader" => ("~", lang.pick(("merknad", "remarks"))),
        "stotter_ikke" => ("✗", lang.pick(("nei", "against"))),
        _ => ("…", lang.pick(("venter", "pending"))),
    };
    format!("{mark} {word}")
}

fn pad(text: &str) -> String {
    let w = text.width();
    let mut out = text.to_string();
    out.push_str(&" ".repeat(MATRIX_COL.saturating_sub(w)));
    out
}

/// The four regions as columns: each other region's view and date, the applicant's
/// own region marked as such, then the notes, one per line.
fn matrix(lang: Lang, app: &Application) -> Vec<Line<'static>> {
    use strum::IntoEnumIterator;
    let (mut head, mut views, mut dates) = (String::new(), String::new(), String::new());
    for region in Region::iter() {
        head.push_str(&pad(region.code()));
        let (view, date) = match app.anchoring(region) {
            Some(a) => (
                view_mark(lang, a.view.code()),
                a.answered_on
                    .map(|d| d.format("%d.%m.%y").to_string())
                    .unwrap_or_default(),
            ),
            None => (lang.y(CycleMsg::OwnRegion).to_string(), String::new()),
        };
        views.push_str(&pad(&view));
        dates.push_str(&pad(&date));
    }
    let mut lines = vec![
        Line::from(head.trim_end().to_string()),
        Line::from(views.trim_end().to_string()),
        Line::from(dates.trim_end().to_string()),
    ];
    for a in &app.anchorings {
        if !a.note.trim().is_empty() {
            lines.push(Line::from(format!(
                "{}: {}",
                a.region.code(),
                super::sanitize(&a.note)
            )));
        }
    }
    lines
}

/// IRF's decision in words.
fn decision_label(lang: Lang, d: IrfDecision) -> String {
    code_label(lang, d.code())
}

/// A milestone: its date (or `?` when it cannot be worked out), name, rule, owner.
pub fn milestone_cells(m: &Milestone, lang: Lang, full: bool) -> Vec<CellText> {
    let date = match m.date {
        Some(d) => cell(lang.date(d)),
        None => alert_cell("?"),
    };
    let mut c = vec![date, cell(&m.name)];
    if full {
        c.push(cell(m.rule.as_deref().unwrap_or_default()));
        c.push(cell(code_label(lang, &m.owner)));
    }
    c
}

/// A milestone's date, how it is set, and why it cannot be worked out.
pub fn milestone_detail(m: &Milestone, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(
            lang,
            Msg::ColDate,
            m.date.map(|d| lang.date(d)).unwrap_or_else(|| "?".into()),
        ),
        field(
            lang,
            CycleMsg::FieldRule,
            m.rule.as_deref().unwrap_or(lang.y(CycleMsg::FixedDate)),
        ),
        field(lang, Msg::ColOwner, code_label(lang, &m.owner)),
        field(lang, CycleMsg::ColPane, code_label(lang, &m.pane)),
    ];
    if let Some(problem) = &m.problem {
        let why = refusal_text(lang, &problem.clone().into());
        lines.push(Line::from(""));
        lines.push(Line::from(lang.yf(CycleMsg::Unresolved, &[&why])));
    }
    if m.id == 0 {
        lines.push(Line::from(""));
        lines.push(Line::from(lang.y(CycleMsg::FromTemplate)));
    }
    lines
}

/// A place in IRF's round: rank, title, answers, decision (and applicant).
pub fn ranking_cells(r: &ApplicationRow, lang: Lang, full: bool) -> Vec<CellText> {
    let mut c = vec![
        cell(r.rank.map(|n| format!("{n}.")).unwrap_or_default()),
        cell(&r.title),
        if r.answered < 3 {
            alert_cell(answers(r.answered))
        } else {
            cell(answers(r.answered))
        },
        cell(
            r.decision
                .map(|d| decision_label(lang, d))
                .unwrap_or_default(),
        ),
    ];
    if full {
        c.push(cell(r.hf.as_deref().unwrap_or_default()));
    }
    c
}
