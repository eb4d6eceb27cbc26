//! How soon a decision is needed on a row of Fornyelser, for its order: overdue
//! decisions first, then those to take now (a network in year 6, a term or an
//! evaluation within half a year), then those to prepare (year 5, within a year), then
//! the rest, and decided rows last.

use chrono::{Months, NaiveDate};

use super::{RenewalState, effective_state};
use crate::domain::network_year;

/// Days ahead within which a term's end or an evaluation needs its decision now.
pub const DECIDE_NOW_DAYS: i64 = 183;

/// How soon a decision is needed, most urgent first (the derived order sorts by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// The decision's time has passed: a network past year 6, a term that has ended, an
    /// evaluation past its date, none of them decided.
    Overdue,
    /// Decide now: a network in year 6, a term ending or an evaluation falling due
    /// within half a year.
    DecideNow,
    /// Prepare: a network in year 5, a term ending or an evaluation due within a year.
    Prepare,
    /// Nothing to decide yet.
    Later,
    /// Decided: a network renewed or ended, a phase-out IRF has answered for good.
    Decided,
}

/// A network's period that started on `start`, stored as `stored`.
pub fn network_urgency(stored: RenewalState, start: NaiveDate, today: NaiveDate) -> Urgency {
    let state = effective_state(stored, start, today);
    if state.is_decided() {
        return Urgency::Decided;
    }
    match (network_year(start, today), state) {
        (Some(7..), _) => Urgency::Overdue,
        (_, RenewalState::InEvaluation) => Urgency::DecideNow,
        (_, RenewalState::Due) => Urgency::Prepare,
        _ => Urgency::Later,
    }
}

/// A date by which something must be decided (a term's end, an evaluation's date);
/// `decided` when it needs nothing more (IRF's final answer on the phase-out).
pub fn deadline_urgency(deadline: NaiveDate, decided: bool, today: NaiveDate) -> Urgency {
    if decided {
        return Urgency::Decided;
    }
    if deadline < today {
        return Urgency::Overdue;
    }
    if (deadline - today).num_days() < DECIDE_NOW_DAYS {
        return Urgency::DecideNow;
    }
    match today.checked_add_months(Months::new(12)) {
        Some(in_a_year) if deadline <= in_a_year => Urgency::Prepare,
        _ => Urgency::Later,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn networks_by_year_in_period() {
        let today = d(2026, 12, 1);
        let s = RenewalState::Running;
        // Year 7: started more than six years ago.
        assert_eq!(network_urgency(s, d(2020, 11, 30), today), Urgency::Overdue);
        // Year 6.
        assert_eq!(
            network_urgency(s, d(2021, 11, 11), today),
            Urgency::DecideNow
        );
        // Year 5.
        assert_eq!(network_urgency(s, d(2022, 11, 11), today), Urgency::Prepare);
        assert_eq!(network_urgency(s, d(2024, 1, 1), today), Urgency::Later);
        // Not started yet.
        assert_eq!(network_urgency(s, d(2027, 1, 1), today), Urgency::Later);
        // An evaluation started early counts as year 6; a decision stands.
        let early = network_urgency(RenewalState::InEvaluation, d(2024, 1, 1), today);
        assert_eq!(early, Urgency::DecideNow);
        let ended = network_urgency(RenewalState::Ended, d(2019, 1, 1), today);
        assert_eq!(ended, Urgency::Decided);
    }

    #[test]
    fn deadlines_by_distance() {
        let today = d(2026, 12, 1);
        assert_eq!(
            deadline_urgency(d(2026, 11, 30), false, today),
            Urgency::Overdue
        );
        assert_eq!(deadline_urgency(today, false, today), Urgency::DecideNow);
        // 182 days ahead is within half a year; 183 is not.
        assert_eq!(
            deadline_urgency(d(2027, 6, 1), false, today),
            Urgency::DecideNow
        );
        assert_eq!(
            deadline_urgency(d(2027, 6, 2), false, today),
            Urgency::Prepare
        );
        assert_eq!(
            deadline_urgency(d(2027, 12, 1), false, today),
            Urgency::Prepare
        );
        assert_eq!(
            deadline_urgency(d(2027, 12, 2), false, today),
            Urgency::Later
        );
        assert_eq!(
            deadline_urgency(d(2020, 1, 1), true, today),
            Urgency::Decided
        );
        assert!(Urgency::Overdue < Urgency::DecideNow && Urgency::Later < Urgency::Decided);
    }
}
