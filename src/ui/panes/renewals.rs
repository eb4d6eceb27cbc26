//! Fornyelser: network periods and competence-service terms, the soonest end first.

use chrono::NaiveDate;
use ratatui::layout::Constraint;
use ratatui::text::Line;

use super::{CellText, Column, alert_cell, cell, col, date_cell, field};
use crate::domain::{Code, network_year, round_mnok, short_name};
use crate::i18n::{Lang, Msg, code_label};
use crate::store::{Detail, MoneyRow, RenewalRow};

pub fn columns(full: bool) -> Vec<Column> {
    let mut c = vec![
        col(Msg::ColUnit, Constraint::Min(20)),
        col(Msg::ColKind, Constraint::Length(18)),
        col(Msg::ColEnds, Constraint::Length(10)),
        col(Msg::ColYearInPeriod, Constraint::Length(5)),
    ];
    if full {
        c.push(col(Msg::ColRegion, Constraint::Length(6)));
        c.push(col(Msg::ColState, Constraint::Length(18)));
        c.push(col(Msg::ColFrame, Constraint::Length(12)));
    }
    c
}

fn kind(lang: Lang, r: &RenewalRow) -> &'static str {
    lang.t(if r.is_network {
        Msg::NetworkPeriod
    } else {
        Msg::CompetenceTerm
    })
}

/// The year of the period (networks; year 6 is the decision year).
fn year(r: &RenewalRow, today: NaiveDate) -> Option<u32> {
    if r.is_network {
        r.starts_on.and_then(|s| network_year(s, today))
    } else {
        None
    }
}

pub fn cells(r: &RenewalRow, lang: Lang, today: NaiveDate, full: bool) -> Vec<CellText> {
    let y = year(r, today);
    // A decision is needed: a network in year 6, or a term ending within half a year.
    let soon = r.ends_on.is_some_and(|e| (e - today).num_days() < 183);
    let mut c = vec![
        cell(short_name(&r.unit)),
        cell(kind(lang, r)),
        if soon {
            alert_cell(r.ends_on.map(|d| lang.date(d)).unwrap_or_default())
        } else {
            date_cell(lang, r.ends_on)
        },
        match y {
            Some(6..) => alert_cell(format!("! {}", y.unwrap_or(6))),
            Some(n) => cell(n.to_string()),
            None => cell(""),
        },
    ];
    if full {
        c.push(cell(r.region.code()));
        c.push(cell(code_label(lang, &r.state)));
        c.push(cell(
            r.frame_mnok.map(|f| lang.number(f, 1)).unwrap_or_default(),
        ));
    }
    c
}

pub fn detail(r: &RenewalRow, detail: &Detail, lang: Lang, today: NaiveDate) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(lang, Msg::ColKind, kind(lang, r)),
        field(lang, Msg::ColRegion, r.region.name()),
        field(
            lang,
            Msg::ColStarts,
            r.starts_on.map(|d| lang.date(d)).unwrap_or_default(),
        ),
        field(
            lang,
            Msg::ColEnds,
            r.ends_on.map(|d| lang.date(d)).unwrap_or_default(),
        ),
        field(lang, Msg::ColState, code_label(lang, &r.state)),
    ];
    if let Some(y) = year(r, today) {
        lines.push(field(
            lang,
            Msg::ColYearInPeriod,
            lang.f(Msg::YearOfPeriod, &[&y]),
        ));
    }
    if let Some(f) = r.frame_mnok {
        lines.push(field(lang, Msg::ColFrame, lang.number(f, 1)));
    }
    match detail {
        Detail::Network {
            coordinating_hf,
            decision,
            decided_on,
        } => {
            lines.push(field(
                lang,
                Msg::ColCoordinating,
                coordinating_hf.clone().unwrap_or_default(),
            ));
            if !decision.is_empty() {
                let on = decided_on.map(|d| lang.date(d)).unwrap_or_default();
                lines.push(field(lang, Msg::ColDecision, format!("{decision} ({on})")));
            }
        }
        Detail::Unit(extra) => lines.extend(super::units::group_lines(extra, lang)),
        _ => {}
    }
    lines
}

/// The money view's columns: region, grant, of which rare diagnoses, the rest, the
/// service environment's 2 % and 4 % of the rest, and the networks' yearly frames.
pub fn money_columns(full: bool) -> Vec<Column> {
    let n = |title| col(title, Constraint::Length(9));
    let mut c = vec![
        col(Msg::ColRegion, Constraint::Length(7)),
        n(Msg::MoneyGrant),
        n(Msg::MoneyShareLow),
        n(Msg::MoneyShareHigh),
        n(Msg::MoneyNetworks),
    ];
    if full {
        c.insert(2, n(Msg::MoneyRare));
        c.insert(3, n(Msg::MoneyOther));
    }
    c
}

/// One region's money, or the total, in MNOK with one decimal (decimal comma in bokmål).
pub fn money_cells(r: &MoneyRow, lang: Lang, full: bool) -> Vec<CellText> {
    let mnok = |v: f64| cell(lang.number(round_mnok(v), 1));
    let l = &r.line;
    let mut c = vec![
        cell(r.region.map_or_else(
            || lang.t(Msg::MoneyTotal).to_string(),
            |g| g.code().to_string(),
        )),
        mnok(l.grant_mnok),
        mnok(l.share_low_mnok),
        mnok(l.share_high_mnok),
        mnok(l.network_frames_mnok),
    ];
    if full {
        c.insert(2, mnok(l.rare_mnok));
        c.insert(3, mnok(l.other_mnok));
    }
    c
}

/// The line in words: which year's grant table, each amount named.
pub fn money_detail(r: &MoneyRow, lang: Lang) -> Vec<Line<'static>> {
    let mnok = |v: f64| format!("{} MNOK", lang.number(round_mnok(v), 1));
    let l = &r.line;
    vec![
        field(lang, Msg::MoneyYear, r.year.to_string()),
        field(lang, Msg::MoneyGrant, mnok(l.grant_mnok)),
        field(lang, Msg::MoneyRare, mnok(l.rare_mnok)),
        field(lang, Msg::MoneyOther, mnok(l.other_mnok)),
        field(lang, Msg::MoneyShareLow, mnok(l.share_low_mnok)),
        field(lang, Msg::MoneyShareHigh, mnok(l.share_high_mnok)),
        field(lang, Msg::MoneyNetworks, mnok(l.network_frames_mnok)),
        Line::from(""),
        Line::from(lang.t(Msg::MoneyNote)),
    ]
}
