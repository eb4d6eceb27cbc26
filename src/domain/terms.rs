//! Dates and numbers that follow from the rules: terms, periods, deadlines, case numbers.

use std::fmt;

use chrono::{Datelike, Months, NaiveDate};

use super::{Function, MeetingKind, UnitKind};

/// The last day of a competence service's term: approval date plus 5 or 10 years,
/// minus one day. `None` for a service with no set term.
pub fn term_end(approved: NaiveDate, function: Option<Function>) -> Option<NaiveDate> {
    let years = u32::try_from(function?.term_years()).ok()?;
    approved
        .checked_add_months(Months::new(years * 12))?
        .pred_opt()
}

/// Which year of its 5-year funding period a network is in on `today` (1-based).
/// Year 6 is the year the RHFs decide on a new period. `None` before the period starts.
pub fn network_year(period_start: NaiveDate, today: NaiveDate) -> Option<u32> {
    if today < period_start {
        return None;
    }
    let whole = years_between(period_start, today)?;
    u32::try_from(whole).ok().map(|y| y + 1)
}

/// Whole years from `from` to `to` (an age in years); `None` if `to` is before `from`.
pub fn years_between(from: NaiveDate, to: NaiveDate) -> Option<i32> {
    if to < from {
        return None;
    }
    let mut years = to.year() - from.year();
    if (to.month(), to.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    Some(years)
}

/// The filing deadline for the annual report about `report_year`: 10 February of the
/// following year, 15 February for regional competence services.
pub fn report_deadline(kind: UnitKind, report_year: i32) -> Option<NaiveDate> {
    let day = if kind == UnitKind::RegionalCompetence {
        15
    } else {
        10
    };
    NaiveDate::from_ymd_opt(report_year + 1, 2, day)
}

/// The report year whose season is running or last ran on `today`: reports about year
/// Y are filed by February of Y + 1 and reviewed through the spring, so from February
/// on it is last year; in January the season before that is still the latest.
pub fn current_season(today: NaiveDate) -> i32 {
    if today.month() >= 2 {
        today.year() - 1
    } else {
        today.year() - 2
    }
}

/// Days a thing is overdue on `today` (0 if it is not).
pub fn days_overdue(deadline: NaiveDate, today: NaiveDate) -> i64 {
    (today - deadline).num_days().max(0)
}

/// A case number: `198/21` for IRF, `139-2021` for the AD meeting.
///
/// ```
/// use irf::domain::{CaseNumber, MeetingKind};
/// let n = CaseNumber::parse("198/21").unwrap();
/// assert_eq!((n.kind, n.number, n.year), (MeetingKind::Irf, 198, 2021));
/// assert_eq!(n.to_string(), "198/21");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CaseNumber {
    /// Which meeting's series the number belongs to.
    pub kind: MeetingKind,
    /// The running number within the year, from 1.
    pub number: u32,
    /// The full year.
    pub year: i32,
}

impl fmt::Display for CaseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            MeetingKind::Irf => write!(f, "{}/{:02}", self.number, self.year.rem_euclid(100)),
            MeetingKind::Ad => write!(f, "{}-{}", self.number, self.year),
        }
    }
}

impl CaseNumber {
    /// Parses `198/21` (IRF, years 2000–2099) or `139-2021` (AD, years 1000–9999):
    /// digits only, no signs.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if let Some((n, y)) = text.split_once('/') {
            if !digits(n) || !digits(y) {
                return None;
            }
            let number: u32 = n.parse().ok()?;
            let yy: i32 = y.parse().ok()?;
            if y.len() != 2 || number == 0 {
                return None;
            }
            return Some(CaseNumber {
                kind: MeetingKind::Irf,
                number,
                year: 2000 + yy,
            });
        }
        let (n, y) = text.split_once('-')?;
        if !digits(n) || !digits(y) {
            return None;
        }
        let number: u32 = n.parse().ok()?;
        let year: i32 = y.parse().ok()?;
        if y.len() != 4 || y.starts_with('0') || number == 0 {
            return None;
        }
        Some(CaseNumber {
            kind: MeetingKind::Ad,
            number,
            year,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn terms_follow_function() {
        assert_eq!(
            term_end(d(2020, 1, 1), Some(Function::Training)),
            Some(d(2024, 12, 31))
        );
        assert_eq!(
            term_end(d(2014, 7, 1), Some(Function::CompetenceBuilding)),
            Some(d(2024, 6, 30))
        );
        assert_eq!(term_end(d(2014, 7, 1), None), None);
        // 29 February rolls to the end of February.
        assert_eq!(
            term_end(d(2016, 2, 29), Some(Function::Training)),
            Some(d(2021, 2, 27))
        );
    }

    #[test]
    fn network_years() {
        let start = d(2021, 3, 1);
        assert_eq!(network_year(start, d(2021, 2, 28)), None);
        assert_eq!(network_year(start, d(2021, 3, 1)), Some(1));
        assert_eq!(network_year(start, d(2026, 2, 28)), Some(5));
        assert_eq!(network_year(start, d(2026, 3, 1)), Some(6));
    }

    #[test]
    fn ages() {
        assert_eq!(years_between(d(1991, 6, 1), d(2018, 6, 1)), Some(27));
        assert_eq!(years_between(d(1991, 6, 2), d(2018, 6, 1)), Some(26));
        assert_eq!(years_between(d(2019, 1, 1), d(2018, 6, 1)), None);
    }

    #[test]
    fn report_deadlines() {
        assert_eq!(
            report_deadline(UnitKind::Competence, 2025),
            Some(d(2026, 2, 10))
        );
        assert_eq!(
            report_deadline(UnitKind::RegionalCompetence, 2025),
            Some(d(2026, 2, 15))
        );
        assert_eq!(days_overdue(d(2026, 2, 10), d(2026, 2, 13)), 3);
        assert_eq!(days_overdue(d(2026, 2, 10), d(2026, 2, 1)), 0);
        assert_eq!(current_season(d(2026, 11, 23)), 2025);
        assert_eq!(current_season(d(2026, 2, 1)), 2025);
        assert_eq!(current_season(d(2026, 1, 31)), 2024);
    }

    #[test]
    fn case_numbers() {
        let irf = CaseNumber {
            kind: MeetingKind::Irf,
            number: 198,
            year: 2021,
        };
        assert_eq!(irf.to_string(), "198/21");
        assert_eq!(CaseNumber::parse("198/21"), Some(irf));
        let ad = CaseNumber {
            kind: MeetingKind::Ad,
            number: 139,
            year: 2021,
        };
        assert_eq!(ad.to_string(), "139-2021");
        assert_eq!(CaseNumber::parse("139-2021"), Some(ad));
        // Found by fuzzing: a signed year or number is no case number (it printed as
        // another one).
        for bad in [
            "2/-4", "+2/26", "2/+4", "-3-2021", "3--202", "3-+202", "139-0021",
        ] {
            assert_eq!(CaseNumber::parse(bad), None, "{bad}");
        }
        let early = CaseNumber {
            kind: MeetingKind::Irf,
            number: 7,
            year: 2005,
        };
        assert_eq!(early.to_string(), "7/05");
        assert_eq!(CaseNumber::parse("0/21"), None);
        assert_eq!(CaseNumber::parse("12/2021"), None);
        assert_eq!(CaseNumber::parse("x-2021"), None);
    }
}
