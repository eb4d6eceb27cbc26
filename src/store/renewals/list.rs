//! The Fornyelser list: each network's latest period, each competence service's term
//! (not closed) and each regional competence service's next evaluation, the most
//! urgent decision first (see `domain::Urgency`), then by date and name.
//!
//! A network's state is the one the calendar gives (`domain::effective_state`: year 5
//! due, year 6 in evaluation, unless decided or stored later).
//!
//! The list is computed rather than paged in SQL: it holds one row per network and
//! per competence service (a few hundred at most), and its order depends on `today`.

use chrono::{Days, NaiveDate};

use crate::domain::{
    Code, EvaluationOutcome, IrfAnswer, RenewalState, UnitKind, Urgency, deadline_urgency,
    effective_state, network_urgency, next_evaluation,
};
use crate::store::calendar::parse_date;
use crate::store::mappers::code_col;
use crate::store::rows::{RenewalRow, Row};
use crate::store::{OVERDUE_DAYS, Result, Store};

/// Every row with what its order needs: the kind, the dates, and (terms) IRF's last
/// answer on the phase-out. Column 0 tells networks (1) from terms (0) and regional
/// services (2).
const ROWS_SQL: &str = "
    SELECT 1, p.id, u.id, u.name, u.kind, u.region_code, p.starts_on, p.ends_on,
           p.renewal_state, p.frame_mnok, NULL, NULL
      FROM network_periods p JOIN units u ON u.id = p.unit_id
     WHERE p.id = (SELECT q.id FROM network_periods q WHERE q.unit_id = u.id
                    ORDER BY q.starts_on DESC, q.id DESC LIMIT 1)
    UNION ALL
    SELECT 0, u.id, u.id, u.name, u.kind, u.region_code, u.approved_on, u.term_ends_on,
           u.status,
           (SELECT g.mnok FROM unit_grants g WHERE g.unit_id = u.id
             ORDER BY g.year DESC LIMIT 1),
           (SELECT o.irf_answer FROM phase_outs o WHERE o.unit_id = u.id
             ORDER BY o.id DESC LIMIT 1),
           (SELECT max(g.year) FROM unit_grants g WHERE g.unit_id = u.id)
      FROM units u
     WHERE u.term_ends_on IS NOT NULL AND u.status != 'avviklet'
    UNION ALL
    SELECT 2, u.id, u.id, u.name, u.kind, u.region_code,
           coalesce((SELECT max(e.evaluated_on) FROM regional_evaluations e
                      WHERE e.unit_id = u.id), u.approved_on),
           NULL,
           coalesce((SELECT e.outcome FROM regional_evaluations e WHERE e.unit_id = u.id
                      ORDER BY e.evaluated_on DESC, e.id DESC LIMIT 1), ''),
           NULL, NULL, NULL
      FROM units u
     WHERE u.kind = 'regional_kompetanse' AND u.status != 'avviklet'
       AND u.approved_on IS NOT NULL AND u.term_ends_on IS NULL";

/// A row with its urgency.
type Ranked = (Urgency, RenewalRow);

fn read(r: &rusqlite::Row<'_>, today: NaiveDate) -> rusqlite::Result<Ranked> {
    let source: i64 = r.get(0)?;
    let starts_on = parse_date(r.get::<_, Option<String>>(6)?.as_deref());
    let mut ends_on = parse_date(r.get::<_, Option<String>>(7)?.as_deref());
    let mut state: String = r.get(8)?;
    let kind: UnitKind = code_col(r, 4)?;
    let urgency = match source {
        1 => match (RenewalState::from_code(&state), starts_on) {
            (Some(stored), Some(start)) => {
                // Shown as the calendar gives it: year 5 is due, year 6 in evaluation.
                state = effective_state(stored, start, today).code().to_string();
                network_urgency(stored, start, today)
            }
            _ => Urgency::Later,
        },
        0 => {
            let answer = r.get::<_, Option<String>>(10)?;
            let decided = answer
                .as_deref()
                .and_then(IrfAnswer::from_code)
                .is_some_and(|a| a != IrfAnswer::RegionalAssessmentFirst);
            ends_on.map_or(Urgency::Later, |e| deadline_urgency(e, decided, today))
        }
        _ => {
            // The next evaluation after the latest (or the approval), a recently
            // passed one still shown as overdue; none once the function has ended.
            let ended = EvaluationOutcome::from_code(&state) == Some(EvaluationOutcome::Ends);
            let from = today
                .checked_sub_days(Days::new(OVERDUE_DAYS))
                .unwrap_or(NaiveDate::MIN);
            ends_on = starts_on
                .filter(|_| !ended)
                .and_then(|a| next_evaluation(a, from));
            match ends_on {
                Some(due) => deadline_urgency(due, false, today),
                None => Urgency::Decided,
            }
        }
    };
    Ok((
        urgency,
        RenewalRow {
            is_network: source == 1,
            kind,
            id: r.get(1)?,
            unit_id: r.get(2)?,
            unit: r.get(3)?,
            region: code_col(r, 5)?,
            starts_on,
            ends_on,
            state,
            frame_mnok: r.get(9)?,
            grant_year: r.get(11)?,
        },
    ))
}

impl Store {
    /// The Fornyelser rows as of `today`, most urgent first: overdue decisions, then
    /// those to take now (year 6), then those to prepare (year 5), then the rest, the
    /// decided last; within each, by date (none last), then name.
    pub(in crate::store) fn renewal_rows(&self, today: NaiveDate) -> Result<Vec<Row>> {
        let mut stmt = self.conn.prepare_cached(ROWS_SQL)?;
        let mut rows = stmt
            .query_map([], |r| read(r, today))?
            .collect::<rusqlite::Result<Vec<Ranked>>>()?;
        rows.sort_by(|(ua, a), (ub, b)| {
            let date = |r: &RenewalRow| r.ends_on.unwrap_or(NaiveDate::MAX);
            (ua, date(a), &a.unit, a.id).cmp(&(ub, date(b), &b.unit, b.id))
        });
        Ok(rows.into_iter().map(|(_, r)| Row::Renewal(r)).collect())
    }
}
