//! What ends or falls due within some months for `irf terms`, and every reference group
//! with its compliance for `irf groups`.
//!
//! Terms: each network's current (latest) period, while it is neither renewed
//! (`fornyet`) nor ended (`avsluttet`), reaches year 6 (start + 5 years, when the RHFs
//! decide on a new period) and ends (`ends_on`); each competence service not closed
//! (`avviklet`) has its term end (`units.term_ends_on`), with the latest phase-out
//! assessment if one is recorded; each regional competence service is evaluated every
//! five years from its latest recorded evaluation, or from its approval when none is
//! (an evaluation that ends the regional function ends the cycle). An open decision
//! stays listed however long ago its date passed; an evaluation only up to
//! [`OVERDUE_DAYS`] back (older services may never have had one recorded). Dates are
//! computed and compared in Rust; the SQL only reads rows.

use std::collections::HashMap;

use chrono::{Days, Months, NaiveDate};

use super::calendar::parse_date;
use super::mappers::{code_col, opt_code_col};
use super::{OVERDUE_DAYS, Result, Store};
use crate::domain::{
    Breach, Code, EvaluationOutcome, IrfAnswer, Member, Region, RenewalState, UnitKind,
    check_reference_group, effective_state, evaluation_dates, network_year, years_between,
};

pub use crate::domain::EVALUATION_YEARS;

/// What ends or falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TermKind {
    /// A network's current period reaches year 6: the RHFs decide on a new period.
    NetworkYear6,
    /// The last day of a network's current funding period.
    NetworkPeriodEnd,
    /// The last day of a competence service's term: phase-out or a new form.
    TermEnd,
    /// A regional competence service's comprehensive evaluation (every 5 years).
    RegionalEvaluation,
}

impl TermKind {
    /// The stable code used in `--json`.
    pub fn code(self) -> &'static str {
        match self {
            TermKind::NetworkYear6 => "network_year_6",
            TermKind::NetworkPeriodEnd => "network_period_end",
            TermKind::TermEnd => "term_end",
            TermKind::RegionalEvaluation => "regional_evaluation",
        }
    }
}

/// The latest phase-out assessment recorded for a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseOutState {
    /// The recommended outcome code (`nettverk`, `annen_form`, `avsluttes`, `innlemmes`,
    /// `driftsoppgaver`), if one is recommended yet.
    pub outcome: Option<String>,
    /// IRF's answer to the recommendation, if it has answered.
    pub irf_answer: Option<IrfAnswer>,
    /// Years of transitional funding (0–2).
    pub transition_years: i64,
}

/// One term that ends or decision that falls due.
#[derive(Debug, Clone, PartialEq)]
pub struct TermItem {
    /// When.
    pub date: NaiveDate,
    /// What ends or is due.
    pub kind: TermKind,
    /// The unit's id.
    pub unit_id: i64,
    /// The unit's name.
    pub unit: String,
    /// The unit's kind.
    pub unit_kind: UnitKind,
    /// The host region.
    pub region: Region,
    /// Which year of its current period (network period, term, or time since approval
    /// for a regional service) the unit is in on the day asked about, from 1; `None`
    /// before it starts or without a readable start.
    pub year_in_period: Option<u32>,
    /// The network period's renewal state as of `today`, as Fornyelser shows it: one
    /// stored as running (`lopende`) is `forfaller` in year 5 and `under_evaluering`
    /// from year 6.
    pub renewal_state: Option<String>,
    /// The latest phase-out assessment, for a term's end.
    pub phase_out: Option<PhaseOutState>,
}

/// A unit's reference group checked against the rules.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCheck {
    /// The unit's id.
    pub unit_id: i64,
    /// The unit's name.
    pub unit: String,
    /// The unit's kind.
    pub kind: UnitKind,
    /// The host region.
    pub region: Region,
    /// How many members the group has.
    pub members: usize,
    /// The rules it breaks, in the order [`check_reference_group`] gives; empty when it
    /// follows them all.
    pub breaches: Vec<Breach>,
}

/// The year in a period starting on `start` that `today` falls in (1-based).
fn year_in(start: Option<NaiveDate>, today: NaiveDate) -> Option<u32> {
    let whole = years_between(start?, today)?;
    u32::try_from(whole).ok().map(|y| y + 1)
}

impl Store {
    /// Every term that ends and decision that falls due from the past (see the module
    /// documentation) through `today` + `months`, sorted by date, kind, then unit name.
    pub fn terms(&self, today: NaiveDate, months: u32) -> Result<Vec<TermItem>> {
        let to = today
            .checked_add_months(Months::new(months))
            .unwrap_or(NaiveDate::MAX);
        let mut items = self.network_terms(today, to)?;
        items.extend(self.service_terms(today, to)?);
        items.extend(self.regional_evaluations(today, to)?);
        items.sort_by(|a, b| {
            (a.date, a.kind, &a.unit, a.unit_id).cmp(&(b.date, b.kind, &b.unit, b.unit_id))
        });
        Ok(items)
    }

    /// Year 6 and the end of each open network period (latest per network) up to `to`.
    fn network_terms(&self, today: NaiveDate, to: NaiveDate) -> Result<Vec<TermItem>> {
        let mut stmt = self.conn.prepare(
            "SELECT p.starts_on, p.ends_on, p.renewal_state, u.id, u.name, u.kind, u.region_code
               FROM (SELECT max(id) AS id FROM network_periods GROUP BY unit_id) last
               JOIN network_periods p ON p.id = last.id
               JOIN units u ON u.id = p.unit_id
              WHERE p.renewal_state NOT IN ('fornyet', 'avsluttet')
                AND u.status != 'avviklet'",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                code_col::<UnitKind>(r, 5)?,
                code_col::<Region>(r, 6)?,
            ))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (starts, ends, state, id, name, kind, region) = row?;
            let Some(start) = parse_date(Some(&starts)) else {
                continue;
            };
            // The state as Fornyelser shows it: a period stored as running is due in
            // year 5 and in evaluation from year 6 (`domain::effective_state`).
            let state = RenewalState::from_code(&state)
                .map_or(state.as_str(), |s| effective_state(s, start, today).code());
            let year6 = start.checked_add_months(Months::new(60));
            let end = parse_date(Some(&ends));
            for (date, term) in [
                (year6, TermKind::NetworkYear6),
                (end, TermKind::NetworkPeriodEnd),
            ] {
                let Some(date) = date.filter(|d| *d <= to) else {
                    continue;
                };
                items.push(TermItem {
                    date,
                    kind: term,
                    unit_id: id,
                    unit: name.clone(),
                    unit_kind: kind,
                    region,
                    year_in_period: network_year(start, today),
                    renewal_state: Some(state.to_string()),
                    phase_out: None,
                });
            }
        }
        Ok(items)
    }

    /// Services (not closed) whose term ends by `to`, with their latest phase-out.
    fn service_terms(&self, today: NaiveDate, to: NaiveDate) -> Result<Vec<TermItem>> {
        let to_text = to.format("%Y-%m-%d").to_string();
        let mut stmt = self.conn.prepare(
            "SELECT u.id, u.name, u.kind, u.region_code, u.approved_on, u.term_ends_on,
                    p.id IS NOT NULL, p.outcome, p.irf_answer, p.transition_years
               FROM units u
               LEFT JOIN phase_outs p ON p.id =
                    (SELECT max(id) FROM phase_outs WHERE unit_id = u.id)
              WHERE u.term_ends_on IS NOT NULL AND u.term_ends_on <= ?1
                AND u.status != 'avviklet'",
        )?;
        let rows = stmt.query_map([to_text], |r| {
            let phase_out = if r.get::<_, bool>(6)? {
                Some(PhaseOutState {
                    outcome: r.get(7)?,
                    irf_answer: opt_code_col(r, 8)?,
                    transition_years: r.get::<_, Option<i64>>(9)?.unwrap_or(0),
                })
            } else {
                None
            };
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                code_col::<UnitKind>(r, 2)?,
                code_col::<Region>(r, 3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, String>(5)?,
                phase_out,
            ))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (id, name, kind, region, approved, ends, phase_out) = row?;
            let Some(date) = parse_date(Some(&ends)) else {
                continue;
            };
            items.push(TermItem {
                date,
                kind: TermKind::TermEnd,
                unit_id: id,
                unit: name,
                unit_kind: kind,
                region,
                year_in_period: year_in(parse_date(approved.as_deref()), today),
                renewal_state: None,
                phase_out,
            });
        }
        Ok(items)
    }

    /// Evaluations of regional competence services (not closed, not ended by an
    /// evaluation) from [`OVERDUE_DAYS`] ago through `to`: 5, 10, 15 … years after the
    /// latest evaluation recorded, or after the approval when none is.
    fn regional_evaluations(&self, today: NaiveDate, to: NaiveDate) -> Result<Vec<TermItem>> {
        let from = today
            .checked_sub_days(Days::new(OVERDUE_DAYS))
            .unwrap_or(NaiveDate::MIN);
        let mut stmt = self.conn.prepare(
            "SELECT u.id, u.name, u.region_code, u.approved_on,
                    (SELECT max(e.evaluated_on) FROM regional_evaluations e
                      WHERE e.unit_id = u.id),
                    (SELECT e.outcome FROM regional_evaluations e WHERE e.unit_id = u.id
                      ORDER BY e.evaluated_on DESC, e.id DESC LIMIT 1)
               FROM units u
              WHERE u.kind = ?1 AND u.status != 'avviklet' AND u.approved_on IS NOT NULL",
        )?;
        let rows = stmt.query_map([UnitKind::RegionalCompetence.code()], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                code_col::<Region>(r, 2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        let mut items = Vec::new();
        for row in rows {
            let (id, name, region, approved, evaluated, outcome) = row?;
            let Some(approved) = parse_date(Some(&approved)) else {
                continue;
            };
            if outcome.as_deref() == Some(EvaluationOutcome::Ends.code()) {
                continue;
            }
            let anchor = parse_date(evaluated.as_deref()).unwrap_or(approved);
            for date in evaluation_dates(anchor, from, to) {
                items.push(TermItem {
                    date,
                    kind: TermKind::RegionalEvaluation,
                    unit_id: id,
                    unit: name.clone(),
                    unit_kind: UnitKind::RegionalCompetence,
                    region,
                    year_in_period: year_in(Some(approved), today),
                    renewal_state: None,
                    phase_out: None,
                });
            }
        }
        Ok(items)
    }

    /// Every unit (not closed) that must have a reference group — every national
    /// service, network and regional competence service; a centre only when it has
    /// one — checked against the rules for its kind (no member recorded is the breach
    /// "no group"); sorted by region, then name.
    pub fn reference_groups(&self) -> Result<Vec<GroupCheck>> {
        let areas = super::refgroup::hospital_areas(&self.conn)?;
        let mut by_unit: HashMap<i64, Vec<Member>> = HashMap::new();
        for (unit, member) in super::refgroup::rule_members(&self.conn, None, &areas)? {
            by_unit.entry(unit).or_default().push(member);
        }
        let mut stmt = self.conn.prepare(
            "SELECT u.id, u.name, u.kind, u.region_code FROM units u
              WHERE u.status != 'avviklet'
                AND (u.kind != 'senter'
                     OR EXISTS (SELECT 1 FROM reference_group_members m WHERE m.unit_id = u.id))
              ORDER BY u.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(GroupCheck {
                unit_id: r.get(0)?,
                unit: r.get(1)?,
                kind: code_col(r, 2)?,
                region: code_col(r, 3)?,
                members: 0,
                breaches: Vec::new(),
            })
        })?;
        let mut checks = Vec::new();
        for row in rows {
            let mut g = row?;
            let members = by_unit.remove(&g.unit_id).unwrap_or_default();
            let host_areas = areas.get(&g.region).map_or(&[][..], Vec::as_slice);
            g.members = members.len();
            g.breaches = check_reference_group(g.region, g.kind, &members, host_areas);
            checks.push(g);
        }
        checks.sort_by(|a, b| (a.region, &a.unit, a.unit_id).cmp(&(b.region, &b.unit, b.unit_id)));
        Ok(checks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn years_in_a_period_count_from_one() {
        assert_eq!(year_in(Some(d(2021, 3, 1)), d(2021, 3, 1)), Some(1));
        assert_eq!(year_in(Some(d(2021, 3, 1)), d(2026, 2, 28)), Some(5));
        assert_eq!(year_in(Some(d(2021, 3, 1)), d(2026, 3, 1)), Some(6));
        assert_eq!(year_in(Some(d(2021, 3, 1)), d(2020, 1, 1)), None);
        assert_eq!(year_in(None, d(2020, 1, 1)), None);
        assert_eq!(TermKind::NetworkYear6.code(), "network_year_6");
        assert_eq!(TermKind::RegionalEvaluation.code(), "regional_evaluation");
    }
}
