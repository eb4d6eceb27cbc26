//! Årsrapporter, the summary view: the answer table per checklist item as the list,
//! and beside it the item's question, the combination typed in the filter line, each
//! region's progress as a bar that reads without colour (`████░░░░ 12/30`) and the
//! portfolio figures.

use ratatui::layout::Constraint;
use ratatui::text::Line;

use crate::domain::{Answer, Code, ItemCount, bar};
use crate::i18n::{Lang, SummaryMsg};
use crate::store::{CombinationResult, SummaryRow};
use crate::ui::panes::{CellText, Column, alert_cell, cell, heading};
use crate::ui::sanitize;

/// Width of a region's progress bar.
const BAR: usize = 20;

/// Units of a combination listed by name; the rest are counted.
const SHOWN_UNITS: usize = 40;

fn col(title: SummaryMsg, width: Constraint) -> Column {
    Column {
        title: title.pair(),
        width,
    }
}

/// Item code, the four answers, the unanswered, then the question.
pub fn columns(_full: bool) -> Vec<Column> {
    vec![
        col(SummaryMsg::ColItem, Constraint::Length(5)),
        col(SummaryMsg::ColYes, Constraint::Length(4)),
        col(SummaryMsg::ColNo, Constraint::Length(4)),
        col(SummaryMsg::ColPartly, Constraint::Length(6)),
        col(SummaryMsg::ColNotRelevant, Constraint::Length(4)),
        col(SummaryMsg::ColUnanswered, Constraint::Length(5)),
        col(SummaryMsg::ColQuestion, Constraint::Min(10)),
    ]
}

/// Fewer than half of the relevant answers are Ja: a shared challenge.
fn is_challenge(i: &ItemCount) -> bool {
    i.relevant() > 0 && i.count(Answer::Ja) * 2 < i.relevant()
}

pub fn cells(r: &SummaryRow, lang: Lang) -> Vec<CellText> {
    let Some(i) = r.item() else {
        return Vec::new();
    };
    let code = if is_challenge(i) {
        alert_cell(&i.item.code)
    } else {
        cell(&i.item.code)
    };
    let mut c = vec![code];
    c.extend(i.counts.iter().map(|n| cell(n.to_string())));
    c.push(cell(i.unanswered.to_string()));
    c.push(cell(question(i, lang)));
    c
}

/// The item's question in the UI language.
fn question(i: &ItemCount, lang: Lang) -> &str {
    match lang {
        Lang::Nb => &i.item.text_nb,
        Lang::En => &i.item.text_en,
    }
}

/// The lines beside the table: the combination when codes are typed, each region's
/// progress, the portfolio, the selected item's question and answers, and how to ask
/// for a combination when none is.
pub fn detail(r: &SummaryRow, lang: Lang) -> Vec<Line<'static>> {
    let s = &r.view.summary;
    let mut lines = Vec::new();
    let asked = r.view.combination.as_ref();
    if asked.is_some() {
        lines.push(heading(lang.s(SummaryMsg::Combination)));
        lines.extend(combination(asked, lang));
        lines.push(Line::from(""));
    }
    lines.push(heading(lang.s(SummaryMsg::Progress)));
    for p in &s.progress {
        lines.push(Line::from(format!(
            "{:<4}{} {}/{}",
            p.region.code(),
            bar(p.reviewed, p.total, BAR),
            p.reviewed,
            p.total
        )));
    }
    lines.push(Line::from(""));
    lines.push(heading(lang.s(SummaryMsg::Portfolio)));
    lines.extend(
        crate::i18n::portfolio_lines(s, lang)
            .into_iter()
            .map(Line::from),
    );
    if let Some(i) = r.item() {
        lines.push(Line::from(""));
        lines.push(heading(sanitize(&i.item.code).into_owned()));
        lines.push(Line::from(sanitize(question(i, lang)).into_owned()));
        let counts: Vec<String> = [
            SummaryMsg::ColYes,
            SummaryMsg::ColNo,
            SummaryMsg::ColPartly,
            SummaryMsg::ColNotRelevant,
        ]
        .iter()
        .zip(i.counts)
        .map(|(m, n)| format!("{} {n}", lang.s(*m)))
        .chain([format!(
            "{} {}",
            lang.s(SummaryMsg::ColUnanswered),
            i.unanswered
        )])
        .collect();
        lines.push(Line::from(counts.join(" · ")));
    }
    if asked.is_none() {
        lines.push(Line::from(""));
        lines.push(heading(lang.s(SummaryMsg::Combination)));
        lines.extend(combination(None, lang));
    }
    lines
}

/// The combination typed in the filter line, or how to ask for one.
fn combination(found: Option<&CombinationResult>, lang: Lang) -> Vec<Line<'static>> {
    let text = |t: String| vec![Line::from(sanitize(&t).into_owned())];
    match found {
        None => text(lang.s(SummaryMsg::CombinationHint).to_string()),
        Some(CombinationResult::NotACode(w)) if w.is_empty() => {
            text(lang.s(SummaryMsg::NoCodes).to_string())
        }
        Some(CombinationResult::NotACode(w)) => text(lang.sf(SummaryMsg::NotACode, &[w])),
        Some(CombinationResult::Unknown(codes)) => {
            text(lang.sf(SummaryMsg::UnknownCodes, &[&codes.join(", ")]))
        }
        Some(CombinationResult::Found { codes, units }) => {
            let mut lines = text(lang.sf(
                SummaryMsg::CombinationFound,
                &[&units.len(), &codes.join(" ∧ ")],
            ));
            for u in units.iter().take(SHOWN_UNITS) {
                lines.push(Line::from(format!("- {}", sanitize(&u.name))));
            }
            if units.len() > SHOWN_UNITS {
                lines.push(Line::from(format!("- … +{}", units.len() - SHOWN_UNITS)));
            }
            lines
        }
    }
}
