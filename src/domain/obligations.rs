//! The service environment's own obligations: the status report to HOD after two years
//! of operation (HOD's letter received 20 September 2022), the yearly setting-aside of
//! 2–4 % of each region's earmarked grant excluding rare diagnoses, and the dialogue
//! events it runs.
//!
//! The rules kept here: the report falls due the start of operation plus its years; a
//! setting-aside names a percentage between 2 and 4 or an amount of at least zero (or
//! both), and its amount follows from the percentage when only that is given; an event
//! has a date and a title. Pure: no I/O, no clock.

use chrono::{Months, NaiveDate};

/// The lowest share of the grant (excluding rare diagnoses) a region sets aside, %.
pub const SET_ASIDE_LOW: f64 = 2.0;
/// The highest share, %.
pub const SET_ASIDE_HIGH: f64 = 4.0;

/// The years a setting-aside can be recorded for (as the table's CHECK holds them).
pub const SET_ASIDE_YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// The name of the default cycle's placeholder for the national dialogue day: a year
/// with a national dialogue event recorded shows the event instead.
pub const DIALOGUE_MILESTONE: &str = "Nasjonal dialogdag";

/// An obligation's change refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObligationRefusal {
    /// A setting-aside's percentage outside 2–4 (in hundredths of a per cent).
    PercentOutside {
        /// The percentage asked for, × 100.
        hundredths: i64,
    },
    /// A setting-aside's amount below zero.
    NegativeAmount,
    /// A setting-aside with neither a percentage nor an amount.
    NothingRecorded,
    /// A dialogue event without a date.
    EventWithoutDate,
    /// A dialogue event without a title.
    EventWithoutTitle,
    /// The report's years outside 1–10.
    YearsOutside {
        /// The years asked for.
        years: i64,
    },
    /// The report sent before operation started.
    SentBeforeStart {
        /// The day it was sent.
        sent: NaiveDate,
        /// The start of operation.
        started: NaiveDate,
    },
    /// A setting-aside's year, as typed, is not a year within [`SET_ASIDE_YEARS`].
    BadYear {
        /// The text given.
        text: String,
    },
    /// The yearly day of the setting-aside is not a day of the year.
    BadDueDay {
        /// The month given.
        month: u32,
        /// The day given.
        day: u32,
    },
}

/// The day the status report falls due: `years` after the start of operation.
pub fn report_due(started: NaiveDate, years: u32) -> Option<NaiveDate> {
    started.checked_add_months(Months::new(years.saturating_mul(12)))
}

/// The year of a setting-aside as typed: a whole year within [`SET_ASIDE_YEARS`].
pub fn set_aside_year(text: &str) -> Result<i32, ObligationRefusal> {
    text.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| SET_ASIDE_YEARS.contains(y))
        .ok_or_else(|| ObligationRefusal::BadYear {
            text: text.trim().to_string(),
        })
}

/// Checks a setting-aside as typed: a percentage within 2–4, an amount not below zero,
/// at least one of them.
pub fn check_set_aside(percent: Option<f64>, mnok: Option<f64>) -> Result<(), ObligationRefusal> {
    if percent.is_none() && mnok.is_none() {
        return Err(ObligationRefusal::NothingRecorded);
    }
    if let Some(p) = percent
        && !(SET_ASIDE_LOW..=SET_ASIDE_HIGH).contains(&p)
    {
        return Err(ObligationRefusal::PercentOutside {
            hundredths: (p * 100.0).round() as i64,
        });
    }
    if let Some(m) = mnok
        && (m < 0.0 || !m.is_finite())
    {
        return Err(ObligationRefusal::NegativeAmount);
    }
    Ok(())
}

/// The amount a setting-aside stands for: the recorded amount, else the percentage of
/// `other_mnok` (the region's grant excluding rare diagnoses).
pub fn set_aside_amount(percent: Option<f64>, mnok: Option<f64>, other_mnok: f64) -> Option<f64> {
    mnok.or_else(|| percent.map(|p| other_mnok * p / 100.0))
}

/// The percentage a setting-aside stands for: the recorded one, else the amount as a
/// share of `other_mnok` (none when that is zero).
pub fn set_aside_percent(percent: Option<f64>, mnok: Option<f64>, other_mnok: f64) -> Option<f64> {
    percent.or_else(|| {
        mnok.filter(|_| other_mnok > 0.0)
            .map(|m| m / other_mnok * 100.0)
    })
}

/// Whether a percentage lies within 2–4 (a tiny rounding margin allowed).
pub fn within_share(percent: f64) -> bool {
    (SET_ASIDE_LOW - 0.005..=SET_ASIDE_HIGH + 0.005).contains(&percent)
}

/// Checks the yearly day of the setting-aside (29 February allowed: a common year
/// uses 28 February, see [`set_aside_day`]).
pub fn check_due_day(month: u32, day: u32) -> Result<(), ObligationRefusal> {
    NaiveDate::from_ymd_opt(2024, month, day)
        .map(|_| ())
        .ok_or(ObligationRefusal::BadDueDay { month, day })
}

/// The day of `year` by which the setting-aside is recorded.
pub fn set_aside_day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
        .or_else(|| NaiveDate::from_ymd_opt(year, month, day.saturating_sub(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_aside_year_is_a_whole_year_the_table_holds() {
        assert_eq!(set_aside_year(" 2026 "), Ok(2026));
        assert_eq!(set_aside_year("2000"), Ok(2000));
        assert_eq!(set_aside_year("2100"), Ok(2100));
        for bad in ["1999", "2101", "123456", "20x6", "", "-2026"] {
            assert_eq!(
                set_aside_year(bad),
                Err(ObligationRefusal::BadYear {
                    text: bad.trim().into()
                }),
                "{bad:?}"
            );
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_report_is_due_two_years_after_the_start() {
        assert_eq!(report_due(d(2022, 9, 20), 2), Some(d(2024, 9, 20)));
        assert_eq!(report_due(d(2024, 2, 29), 1), Some(d(2025, 2, 28)));
    }

    #[test]
    fn a_set_aside_is_two_to_four_per_cent_or_an_amount() {
        assert_eq!(check_set_aside(Some(2.0), None), Ok(()));
        assert_eq!(check_set_aside(Some(4.0), Some(1.5)), Ok(()));
        assert_eq!(check_set_aside(None, Some(0.0)), Ok(()));
        assert_eq!(
            check_set_aside(Some(4.5), None),
            Err(ObligationRefusal::PercentOutside { hundredths: 450 })
        );
        assert_eq!(
            check_set_aside(Some(1.99), None),
            Err(ObligationRefusal::PercentOutside { hundredths: 199 })
        );
        assert_eq!(
            check_set_aside(None, Some(-0.1)),
            Err(ObligationRefusal::NegativeAmount)
        );
        assert_eq!(
            check_set_aside(None, None),
            Err(ObligationRefusal::NothingRecorded)
        );
    }

    #[test]
    fn the_amount_follows_from_the_share() {
        let hv = 36.9;
        let four = set_aside_amount(Some(4.0), None, hv).unwrap();
        assert!((four - 1.476).abs() < 1e-9);
        assert_eq!(set_aside_amount(Some(4.0), Some(1.2), hv), Some(1.2));
        let p = set_aside_percent(None, Some(0.738), hv).unwrap();
        assert!((p - 2.0).abs() < 1e-9);
        assert_eq!(set_aside_percent(None, Some(1.0), 0.0), None);
        assert!(within_share(2.0) && within_share(4.0) && !within_share(4.1));
    }

    #[test]
    fn the_due_day_is_a_day_of_the_year() {
        assert_eq!(check_due_day(3, 1), Ok(()));
        assert_eq!(check_due_day(2, 29), Ok(()));
        assert_eq!(
            check_due_day(2, 30),
            Err(ObligationRefusal::BadDueDay { month: 2, day: 30 })
        );
        assert_eq!(set_aside_day(2025, 2, 29), Some(d(2025, 2, 28)));
        assert_eq!(set_aside_day(2024, 2, 29), Some(d(2024, 2, 29)));
    }
}
