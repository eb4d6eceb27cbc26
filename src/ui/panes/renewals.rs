//! Fornyelser: network periods, competence-service terms and regional competence
//! services' evaluations, the most urgent decision first (the order is the store's);
//! a network's detail shows its members against the network rule. Also the money
//! view's columns and lines, with each region's setting-aside of the year.

use chrono::NaiveDate;
use ratatui::layout::Constraint;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;

use super::{CellText, Column, alert_cell, cell, col, date_cell, field, heading};
use crate::domain::{
    Breach, Code, EvaluationOutcome, UnitKind, above_new_service_ceiling, network_year, round_mnok,
    short_name, within_share,
};
use crate::i18n::{Lang, Msg, ObligMsg, RenewalMsg, breach, code_label, outcome_label};
use crate::store::{Detail, MoneyRow, RenewalRow, UnitExtra};

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
    match (r.is_network, r.kind) {
        (true, _) => lang.t(Msg::NetworkPeriod),
        (false, UnitKind::RegionalCompetence) => lang.r(RenewalMsg::KindEvaluation),
        (false, _) => lang.t(Msg::CompetenceTerm),
    }
}

/// The year of the period (networks; year 6 is the decision year).
fn year(r: &RenewalRow, today: NaiveDate) -> Option<u32> {
    if r.is_network {
        r.starts_on.and_then(|s| network_year(s, today))
    } else {
        None
    }
}

/// The state in words: a network's renewal state, a term's unit status, a regional
/// service's latest evaluation outcome (empty when none is recorded).
fn state(lang: Lang, r: &RenewalRow) -> String {
    if r.kind == UnitKind::RegionalCompetence && !r.is_network {
        return EvaluationOutcome::from_code(&r.state)
            .map(|o| outcome_label(lang, o).to_string())
            .unwrap_or_default();
    }
    code_label(lang, &r.state)
}

pub fn cells(r: &RenewalRow, lang: Lang, today: NaiveDate, full: bool) -> Vec<CellText> {
    let y = year(r, today);
    // A decision is needed: a network in year 6, or a date within half a year.
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
        c.push(cell(state(lang, r)));
        c.push(cell(
            r.frame_mnok.map(|f| lang.number(f, 1)).unwrap_or_default(),
        ));
    }
    c
}

/// A network's members, what they lack against the network rule, and the rule.
fn member_lines(group: &UnitExtra, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = vec![Line::from(""), heading(lang.r(RenewalMsg::Members))];
    // One representative per region: shown in region order.
    let mut members: Vec<_> = group.members.iter().collect();
    members.sort_by(|a, b| (a.region, &a.name).cmp(&(b.region, &b.name)));
    for m in members {
        let marks = super::units::member_marks(lang, m, false);
        lines.push(Line::from(format!(
            "• {} – {}{marks}",
            m.region.code(),
            super::sanitize(&m.name),
        )));
    }
    if group.breaches.is_empty() {
        lines.push(Line::from(format!(
            "✓ {}",
            lang.r(RenewalMsg::MembersComplete)
        )));
    } else {
        lines.push(heading(format!("! {}", lang.r(RenewalMsg::MembersLack))));
        let bold = Style::default().add_modifier(Modifier::BOLD);
        for b in &group.breaches {
            let text = match b {
                Breach::NoGroup => lang.r(RenewalMsg::NoMembers).to_string(),
                b => breach(lang, b),
            };
            let c = alert_cell(text);
            lines.push(Line::styled(format!("• {}", c.text), bold));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(lang.r(RenewalMsg::MembersRule)));
    lines
}

/// A regional competence service's latest and next evaluation.
fn evaluation_lines(r: &RenewalRow, lang: Lang) -> Vec<Line<'static>> {
    let last = match EvaluationOutcome::from_code(&r.state) {
        Some(o) => format!(
            "{} – {}",
            r.starts_on.map(|d| lang.date(d)).unwrap_or_default(),
            outcome_label(lang, o)
        ),
        None => lang.r(RenewalMsg::NoEvaluation).to_string(),
    };
    vec![
        field(lang, RenewalMsg::LastEvaluation, last),
        field(
            lang,
            RenewalMsg::NextEvaluation,
            r.ends_on.map(|d| lang.date(d)).unwrap_or_default(),
        ),
    ]
}

pub fn detail(r: &RenewalRow, detail: &Detail, lang: Lang, today: NaiveDate) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(lang, Msg::ColKind, kind(lang, r)),
        field(lang, Msg::ColRegion, r.region.name()),
    ];
    if r.kind == UnitKind::RegionalCompetence && !r.is_network {
        lines.extend(evaluation_lines(r, lang));
        if let Detail::Unit(extra) = detail {
            lines.extend(super::units::group_lines(extra, lang));
        }
        return lines;
    }
    lines.push(field(
        lang,
        Msg::ColStarts,
        r.starts_on.map(|d| lang.date(d)).unwrap_or_default(),
    ));
    lines.push(field(
        lang,
        Msg::ColEnds,
        r.ends_on.map(|d| lang.date(d)).unwrap_or_default(),
    ));
    lines.push(field(lang, Msg::ColState, code_label(lang, &r.state)));
    if let Some(y) = year(r, today) {
        lines.push(field(
            lang,
            Msg::ColYearInPeriod,
            lang.f(Msg::YearOfPeriod, &[&y]),
        ));
    }
    match (r.is_network, r.frame_mnok) {
        (true, Some(f)) => lines.push(field(lang, Msg::ColFrame, lang.number(f, 1))),
        (false, Some(f)) => {
            lines.push(field(lang, RenewalMsg::Grant, grant_text(r, f, lang)));
        }
        _ => {}
    }
    match detail {
        Detail::Network {
            group,
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
            lines.extend(member_lines(group, lang));
        }
        Detail::Unit(extra) => lines.extend(super::units::group_lines(extra, lang)),
        Detail::Term { group, phase_out } => {
            lines.extend(phase_out_lines(phase_out.as_deref(), lang));
            lines.extend(super::units::group_lines(group, lang));
        }
        _ => {}
    }
    lines
}

/// The phase-out assessment as recorded (`e` writes it, `b` records IRF's answer),
/// or a line saying there is none yet.
fn phase_out_lines(p: Option<&crate::store::PhaseOut>, lang: Lang) -> Vec<Line<'static>> {
    use crate::i18n::{CaseMsg, CycleMsg};
    let title = lang.c(crate::i18n::CliMsg::DocPhaseOut).to_string();
    let mut lines = vec![Line::from(""), heading(title)];
    let Some(p) = p else {
        lines.push(Line::from(lang.k(CaseMsg::NoPhaseOut).to_string()));
        return lines;
    };
    let outcome = p
        .outcome
        .map(|o| code_label(lang, o.code()))
        .unwrap_or_default();
    let answer = p
        .irf_answer
        .map(|a| code_label(lang, a.code()))
        .unwrap_or_default();
    lines.push(field(lang, CycleMsg::FieldOutcome, outcome));
    lines.push(field(
        lang,
        CycleMsg::FieldTransition,
        p.transition_years.to_string(),
    ));
    lines.push(field(lang, CycleMsg::FieldAnswer, answer));
    for (label, text) in [
        (CycleMsg::FieldTasks, &p.tasks),
        (CycleMsg::FieldRecommendation, &p.recommendation),
    ] {
        if !text.trim().is_empty() {
            lines.push(field(lang, label, String::new()));
            lines.extend(super::text_lines(lang, text));
        }
    }
    lines
}

/// A competence service's latest grant with its year, flagged when above 4 MNOK for a
/// service approved within 5 years of that year.
fn grant_text(r: &RenewalRow, mnok: f64, lang: Lang) -> String {
    let amount = lang.number(mnok, 1);
    let Some(year) = r.grant_year else {
        return amount;
    };
    let mut text = format!("{amount} ({year})");
    if above_new_service_ceiling(mnok, r.starts_on, year) {
        text.push_str(" – ");
        text.push_str(lang.r(RenewalMsg::AboveNewCeiling));
    }
    text
}

/// The money view's columns: region, grant, of which rare diagnoses, the rest, the
/// service environment's 2 % and 4 % of the rest, the networks' yearly frames and the
/// competence services' grants.
pub fn money_columns(full: bool) -> Vec<Column> {
    let n = |title| col(title, Constraint::Length(9));
    let mut c = vec![
        col(Msg::ColRegion, Constraint::Length(7)),
        n(Msg::MoneyGrant),
        n(Msg::MoneyShareLow),
        n(Msg::MoneyShareHigh),
        n(Msg::MoneyNetworks),
        Column {
            title: RenewalMsg::MoneyServices.pair(),
            width: Constraint::Length(9),
        },
        Column {
            title: ObligMsg::ColSetAside.pair(),
            width: Constraint::Length(9),
        },
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
        mnok(l.service_grants_mnok),
        match l.set_aside_mnok {
            Some(v) => mnok(v),
            None => cell("–"),
        },
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
    let mut lines = vec![
        field(lang, Msg::MoneyYear, r.year.to_string()),
        field(lang, Msg::MoneyGrant, mnok(l.grant_mnok)),
        field(lang, Msg::MoneyRare, mnok(l.rare_mnok)),
        field(lang, Msg::MoneyOther, mnok(l.other_mnok)),
        field(lang, Msg::MoneyShareLow, mnok(l.share_low_mnok)),
        field(lang, Msg::MoneyShareHigh, mnok(l.share_high_mnok)),
        field(lang, Msg::MoneyNetworks, mnok(l.network_frames_mnok)),
        field(lang, RenewalMsg::MoneyServices, mnok(l.service_grants_mnok)),
    ];
    if l.services_above_ceiling > 0 {
        let count = l.services_above_ceiling.to_string();
        lines.push(alert_line(
            lang.rf(RenewalMsg::MoneyAboveCeiling, &[&count]),
        ));
    }
    lines.extend(set_aside_lines(r, lang));
    lines.extend([
        Line::from(""),
        Line::from(lang.t(Msg::MoneyNote)),
        Line::from(lang.r(RenewalMsg::MoneyServicesNote)),
    ]);
    lines
}

/// A flag line, in bold.
fn alert_line(text: String) -> Line<'static> {
    Line::styled(text, Style::default().add_modifier(Modifier::BOLD))
}

/// The region's setting-aside of the year: recorded (amount and share, flagged when
/// outside 2–4 %), or not, with what 2 % and 4 % come to; for the total, the sum
/// recorded.
fn set_aside_lines(r: &MoneyRow, lang: Lang) -> Vec<Line<'static>> {
    let l = &r.line;
    let n = |v: f64, d| lang.number(v, d);
    let year = r.set_aside_year;
    let mut lines = vec![Line::from("")];
    match (r.region, l.set_aside_mnok) {
        (None, Some(sum)) => lines.push(Line::from(
            lang.of(ObligMsg::MoneyTotalRecorded, &[&year, &n(sum, 2)]),
        )),
        (None, None) => {}
        (Some(_), Some(amount)) => {
            let percent = l
                .set_aside_percent
                .map(|p| lang.number(p, 1))
                .unwrap_or_else(|| "?".to_string());
            lines.push(Line::from(
                lang.of(ObligMsg::MoneyRecorded, &[&year, &n(amount, 2), &percent]),
            ));
            if let Some(p) = l.set_aside_percent.filter(|p| !within_share(*p)) {
                lines.push(alert_line(
                    lang.of(ObligMsg::MoneyOutside, &[&lang.number(p, 1)]),
                ));
            }
        }
        (Some(_), None) => {
            lines.push(alert_line(lang.of(
                ObligMsg::MoneyMissing,
                &[
                    &year,
                    &lang.number(round_mnok(l.share_low_mnok), 1),
                    &lang.number(round_mnok(l.share_high_mnok), 1),
                ],
            )));
            lines.push(Line::from(lang.o(ObligMsg::MoneyHint)));
        }
    }
    lines
}
