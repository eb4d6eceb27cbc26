//! The annual cycle's milestones: their rules, how a year's milestones resolve to dates,
//! the dates users type, and why a milestone or a rule is refused.
//!
//! - `rule`: [`CycleRule`] parsed from bokmål or English and written back in one
//!   canonical bokmål form (`10 arbeidsdager før X`, `før X`, `2. tirsdag i mai`,
//!   `siste fredag i mai`);
//! - `resolve`: [`resolve_cycle`] gives each milestone of a year its date or the
//!   [`CycleRefusal`] saying why it has none (unknown or circular references, a
//!   deadline after its own meeting, …).
//!
//! Pure: no clock, no I/O; the store reads and writes the rows.

mod resolve;
mod rule;

use chrono::{NaiveDate, NaiveTime};

pub use resolve::{CycleItem, resolve_cycle};
pub use rule::{CycleRule, MAX_WORKING_DAYS, WeekdayNth, nth_weekday, parse_rule};

/// Why a milestone or cycle rule was refused. Each variant carries what the sentence
/// in `i18n` needs to say what was wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CycleRefusal {
    /// A milestone without a name.
    NoName,
    /// The year already has a milestone of this name (ignoring case and accents).
    DuplicateName {
        /// The name typed.
        name: String,
        /// The year.
        year: i32,
    },
    /// The rule is not one of the forms understood.
    BadRule {
        /// The rule as typed (spaces tidied).
        text: String,
    },
    /// The count of working days is not a whole number from 0 to
    /// [`MAX_WORKING_DAYS`].
    BadCount {
        /// The count as typed.
        text: String,
    },
    /// A typed date that is not a date (`31.02.2026`).
    BadDate {
        /// The text typed.
        text: String,
    },
    /// A rule points at a milestone the year does not have.
    UnknownMilestone {
        /// The milestone whose rule it is.
        name: String,
        /// The rule (canonical form).
        rule: String,
        /// The name the rule points at.
        target: String,
        /// The year.
        year: i32,
        /// The year's nearest name, if any is near.
        suggestion: Option<String>,
    },
    /// A rule points at its own milestone.
    SelfReference {
        /// The milestone.
        name: String,
    },
    /// Rules point at each other in a circle: each name's rule points at the next,
    /// and the last is the first again.
    Circular {
        /// The circle, first name repeated at the end.
        chain: Vec<String>,
    },
    /// A rule points at a milestone that has no date itself.
    Unresolved {
        /// The milestone whose rule it is.
        name: String,
        /// The milestone without a date.
        target: String,
    },
    /// A `før` deadline on or after the milestone it is a deadline for.
    DeadlineNotBefore {
        /// The deadline milestone.
        name: String,
        /// Its date.
        date: NaiveDate,
        /// The milestone it is a deadline for.
        target: String,
        /// That milestone's date.
        target_date: NaiveDate,
    },
    /// A `før` rule on a milestone without a date of its own.
    DeadlineWithoutDate {
        /// The milestone.
        name: String,
        /// The milestone it should be a deadline for.
        target: String,
    },
    /// A milestone has both a date and a rule that sets the date (only `før` takes a
    /// date).
    DateWithRule {
        /// The milestone.
        name: String,
    },
    /// A milestone has neither a date nor a rule.
    NoDateNorRule {
        /// The milestone.
        name: String,
    },
    /// A weekday rule names a day the month does not have in this year (a fifth
    /// Tuesday).
    NoSuchDay {
        /// The milestone.
        name: String,
        /// The rule (canonical form).
        rule: String,
        /// The year.
        year: i32,
    },
    /// A fixed date outside the milestone's year.
    DateOutsideYear {
        /// The milestone.
        name: String,
        /// The date given.
        date: NaiveDate,
        /// The milestone's year.
        year: i32,
    },
    /// Other milestones' rules point at this one, so it cannot be renamed or deleted.
    StillReferenced {
        /// The milestone.
        name: String,
        /// The milestones whose rules point at it.
        by: Vec<String>,
    },
    /// The year to copy into already has milestones.
    YearHasCycle {
        /// The year.
        year: i32,
        /// How many milestones it has.
        count: usize,
    },
    /// Neither the year to copy from nor the default cycle has any milestone.
    NothingToCopy {
        /// The year copied from.
        year: i32,
    },
    /// An owner that is not `nasjonal`, `regionene` or a region code.
    BadOwner {
        /// The owner typed.
        text: String,
    },
    /// A pane that is not one of the six.
    BadPane {
        /// The pane typed.
        text: String,
    },
}

/// The owners a milestone may have: the national group, all regions, or one region.
pub const MILESTONE_OWNERS: [&str; 6] = ["nasjonal", "regionene", "HSØ", "HV", "HMN", "HN"];

/// The panes a milestone may belong to.
pub const MILESTONE_PANES: [&str; 6] = [
    "arshjul",
    "arsrapporter",
    "fornyelser",
    "kontakter",
    "saker",
    "tjenester",
];

/// Reads a date as users type it: `23.11.2026`, `3.2.2026` or ISO `2026-11-23`
/// (surrounding spaces ignored). `None` for anything else, and for dates that do not
/// exist (`31.02.2026`, `2026-13-01`).
pub fn parse_date_input(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let number = |part: &str, lens: std::ops::RangeInclusive<usize>| -> Option<u32> {
        (lens.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (y, m, d) = match text.split('.').collect::<Vec<_>>().as_slice() {
        [d, m, y] => (number(y, 4..=4)?, number(m, 1..=2)?, number(d, 1..=2)?),
        _ => match text.split('-').collect::<Vec<_>>().as_slice() {
            [y, m, d] => (number(y, 4..=4)?, number(m, 1..=2)?, number(d, 1..=2)?),
            _ => return None,
        },
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Reads a time of day as users type it: `10:00`, `9.30`, `0930`, `10` (surrounding
/// spaces ignored). `Some(None)` for an empty text (no time set), `None` for anything
/// else and for times that do not exist (`25:00`, `10:61`).
pub fn parse_clock_input(text: &str) -> Option<Option<NaiveTime>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    let digits =
        |part: &str| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
    let (h, m) = match text.split([':', '.']).collect::<Vec<_>>().as_slice() {
        [h, m] if digits(h) && m.len() == 2 && digits(m) => (*h, *m),
        [h] if digits(h) => (*h, "0"),
        [hm] if hm.len() == 4 && hm.bytes().all(|b| b.is_ascii_digit()) => (&hm[..2], &hm[2..]),
        _ => return None,
    };
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0).map(Some)
}

/// A time of day as stored and shown: `09:30`; empty for none.
pub fn clock_text(time: Option<NaiveTime>) -> String {
    time.map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default()
}

/// The same day and month in `year`; 29 February becomes 28 February in a year
/// without it (the last day of the month for any day the month lacks).
pub fn same_day_in(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    (1..=day.min(31))
        .rev()
        .find_map(|d| NaiveDate::from_ymd_opt(year, month, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn typed_dates() {
        assert_eq!(parse_date_input("23.11.2026"), Some(d(2026, 11, 23)));
        assert_eq!(parse_date_input(" 3.2.2026 "), Some(d(2026, 2, 3)));
        assert_eq!(parse_date_input("03.02.2026"), Some(d(2026, 2, 3)));
        assert_eq!(parse_date_input("2026-11-23"), Some(d(2026, 11, 23)));
        assert_eq!(parse_date_input("29.02.2028"), Some(d(2028, 2, 29)));
        for bad in [
            "31.02.2026",
            "29.02.2026",
            "2026-13-01",
            "2026-00-10",
            "00.01.2026",
            "1.1.26",
            "23.11.2026.",
            "23/11/2026",
            "2026-11-23T10:00",
            "+1.1.2026",
            "a.b.cccc",
            "",
            "123.1.2026",
        ] {
            assert_eq!(parse_date_input(bad), None, "{bad}");
        }
    }

    #[test]
    fn same_day_in_another_year() {
        assert_eq!(same_day_in(2027, 2, 29), Some(d(2027, 2, 28)));
        assert_eq!(same_day_in(2028, 2, 29), Some(d(2028, 2, 29)));
        assert_eq!(same_day_in(2027, 4, 31), Some(d(2027, 4, 30)));
        assert_eq!(same_day_in(2027, 10, 15), Some(d(2027, 10, 15)));
        assert_eq!(same_day_in(2027, 13, 1), None);
    }

    #[test]
    fn typed_times() {
        let t = |h, m| Some(Some(NaiveTime::from_hms_opt(h, m, 0).unwrap()));
        assert_eq!(parse_clock_input("10:00"), t(10, 0));
        assert_eq!(parse_clock_input(" 9.30 "), t(9, 30));
        assert_eq!(parse_clock_input("0930"), t(9, 30));
        assert_eq!(parse_clock_input("14"), t(14, 0));
        assert_eq!(parse_clock_input("  "), Some(None));
        for bad in [
            "25:00", "10:61", "10:5", "1:2:3", "kl 10", "-1", "123", "10:", "١٠",
        ] {
            assert_eq!(parse_clock_input(bad), None, "{bad}");
        }
        assert_eq!(clock_text(t(9, 5).flatten()), "09:05");
        assert_eq!(clock_text(None), "");
    }
}
