//! A milestone's rule as text: parsed from bokmål or English, written back in one
//! canonical bokmål form, and the weekday arithmetic of `2. tirsdag i mai`.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::CycleRefusal;
use crate::domain::{MONTHS_EN, MONTHS_NB, fold};

/// The most working days a rule may count back: a year's worth.
pub const MAX_WORKING_DAYS: u32 = 365;

/// Which occurrence of a weekday in a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekdayNth {
    /// The first (1) to the fifth (5).
    Nth(u8),
    /// The last one of the month.
    Last,
}

/// How a milestone's date follows from the rest of the cycle or from the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CycleRule {
    /// `10 arbeidsdager før IRF-møte mai`: counted back over weekends and Norwegian
    /// public holidays from the named milestone's date.
    WorkingDaysBefore {
        /// How many working days (0 = that day, or the working day before it).
        days: u32,
        /// The milestone counted from, as written (matched ignoring case and accents).
        milestone: String,
    },
    /// `før Søknadsfrist`: the milestone keeps its own date, which must lie strictly
    /// before the named milestone's date (a deadline for it).
    Before {
        /// The milestone it is a deadline for.
        milestone: String,
    },
    /// `2. tirsdag i mai`, `siste fredag i mai`: a weekday of a month in the
    /// milestone's year.
    NthWeekday {
        /// Which occurrence.
        nth: WeekdayNth,
        /// Which weekday.
        weekday: Weekday,
        /// The month, 1–12.
        month: u32,
    },
}

const WEEKDAYS_NB: [&str; 7] = [
    "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
];
const WEEKDAYS_EN: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];
const ORDINALS_NB: [&str; 5] = ["første", "andre", "tredje", "fjerde", "femte"];
const ORDINALS_EN: [&str; 5] = ["first", "second", "third", "fourth", "fifth"];

impl CycleRule {
    /// The milestone this rule points at, if it points at one.
    pub fn target(&self) -> Option<&str> {
        match self {
            CycleRule::WorkingDaysBefore { milestone, .. } | CycleRule::Before { milestone } => {
                Some(milestone)
            }
            CycleRule::NthWeekday { .. } => None,
        }
    }

    /// Points the rule at `name` instead (the store writes the target as the milestone
    /// is spelled). No change for a weekday rule.
    pub fn set_target(&mut self, name: &str) {
        match self {
            CycleRule::WorkingDaysBefore { milestone, .. } | CycleRule::Before { milestone } => {
                *milestone = name.to_string();
            }
            CycleRule::NthWeekday { .. } => {}
        }
    }
}

impl fmt::Display for CycleRule {
    /// The canonical bokmål form: `10 arbeidsdager før X`, `1 arbeidsdag før X`,
    /// `før X`, `2. tirsdag i mai`, `siste fredag i mai`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CycleRule::WorkingDaysBefore { days: 1, milestone } => {
                write!(f, "1 arbeidsdag før {milestone}")
            }
            CycleRule::WorkingDaysBefore { days, milestone } => {
                write!(f, "{days} arbeidsdager før {milestone}")
            }
            CycleRule::Before { milestone } => write!(f, "før {milestone}"),
            CycleRule::NthWeekday {
                nth,
                weekday,
                month,
            } => {
                let day = WEEKDAYS_NB[weekday.num_days_from_monday() as usize];
                let month = MONTHS_NB
                    .get((*month as usize).wrapping_sub(1))
                    .copied()
                    .unwrap_or("?");
                match nth {
                    WeekdayNth::Nth(n) => write!(f, "{n}. {day} i {month}"),
                    WeekdayNth::Last => write!(f, "siste {day} i {month}"),
                }
            }
        }
    }
}

/// Parses a rule typed in bokmål or English; case, accents on keywords and extra
/// spaces do not matter. Accepted forms (the milestone name is kept as typed):
///
/// - `10 arbeidsdager før X`, `1 arbeidsdag før X`, `10 virkedager før X`,
///   `10 working days before X`, `10 business days before X`;
/// - `før X`, `before X`;
/// - `2. tirsdag i mai`, `andre tirsdag i mai`, `siste fredag i mai`,
///   `2nd tuesday of may`, `second tuesday in may`, `last friday in may`
///   (months may be shortened to three letters: `mai`, `okt`, `oct`).
///
/// A count that is not a whole number from 0 to [`MAX_WORKING_DAYS`] is
/// [`CycleRefusal::BadCount`]; anything else not understood is
/// [`CycleRefusal::BadRule`].
pub fn parse_rule(text: &str) -> Result<CycleRule, CycleRefusal> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let tidy = tokens.join(" ");
    let bad = || CycleRefusal::BadRule { text: tidy.clone() };
    let key = |i: usize| tokens.get(i).map(|t| t.to_lowercase()).unwrap_or_default();
    let is_before = |word: &str| matches!(word, "før" | "foer" | "before");

    // N working days before X
    let (unit_len, after_unit) = match (key(1).as_str(), key(2).as_str()) {
        ("arbeidsdag" | "arbeidsdager" | "virkedag" | "virkedager", _) => (1, 2),
        ("workday" | "workdays" | "weekday" | "weekdays", _) => (1, 2),
        ("working" | "business", "day" | "days") => (2, 3),
        _ => (0, 0),
    };
    if unit_len > 0 {
        let count = tokens[0];
        let days = count
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| count.parse::<u32>().ok())
            .flatten()
            .filter(|d| *d <= MAX_WORKING_DAYS)
            .ok_or_else(|| CycleRefusal::BadCount {
                text: count.to_string(),
            })?;
        if !is_before(&key(after_unit)) || tokens.len() <= after_unit + 1 {
            return Err(bad());
        }
        return Ok(CycleRule::WorkingDaysBefore {
            days,
            milestone: tokens[after_unit + 1..].join(" "),
        });
    }

    // before X
    if is_before(&key(0)) {
        if tokens.len() < 2 {
            return Err(bad());
        }
        return Ok(CycleRule::Before {
            milestone: tokens[1..].join(" "),
        });
    }

    // 2. tirsdag i mai
    let words: Vec<&str> = match tokens.first() {
        Some(t) if t.eq_ignore_ascii_case("the") => tokens[1..].to_vec(),
        _ => tokens.clone(),
    };
    if let [nth, day, link, month] = words.as_slice() {
        let link = link.to_lowercase();
        if matches!(link.as_str(), "i" | "in" | "of")
            && let (Some(nth), Some(weekday), Some(month)) =
                (ordinal(nth), weekday_named(day), month_named(month))
        {
            return Ok(CycleRule::NthWeekday {
                nth,
                weekday,
                month,
            });
        }
    }
    Err(bad())
}

/// `2.`, `2`, `2nd`, `andre`, `second`, `siste`, `last` → the occurrence (1–5 or last).
fn ordinal(word: &str) -> Option<WeekdayNth> {
    let w = word.to_lowercase();
    if matches!(w.as_str(), "siste" | "last") {
        return Some(WeekdayNth::Last);
    }
    let digits = w
        .strip_suffix('.')
        .or_else(|| {
            ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| w.strip_suffix(s))
        })
        .unwrap_or(&w);
    let n = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse::<u8>().ok()?
    } else {
        let pos = ORDINALS_NB
            .iter()
            .position(|o| fold(o) == fold(&w))
            .or_else(|| ORDINALS_EN.iter().position(|o| *o == w))?;
        u8::try_from(pos + 1).ok()?
    };
    (1..=5).contains(&n).then_some(WeekdayNth::Nth(n))
}

/// A weekday by its bokmål or English name (`lordag` for lørdag is fine).
fn weekday_named(word: &str) -> Option<Weekday> {
    let w = fold(word);
    let i = WEEKDAYS_NB
        .iter()
        .position(|d| fold(d) == w)
        .or_else(|| WEEKDAYS_EN.iter().position(|d| *d == w))?;
    WEEKDAYS.get(i).copied()
}

/// A month by its bokmål or English name or their first three letters.
fn month_named(word: &str) -> Option<u32> {
    let w = fold(word.trim_end_matches('.'));
    let hit = |names: &[&str; 12]| {
        names
            .iter()
            .map(|m| fold(m))
            .position(|m| m == w || (w.len() == 3 && m.starts_with(w.as_str())))
    };
    let i = hit(&MONTHS_NB).or_else(|| hit(&MONTHS_EN))?;
    u32::try_from(i + 1).ok()
}

/// The `nth` `weekday` of `month` in `year`; `None` when there is no such day (a fifth
/// Tuesday in a month with four).
pub fn nth_weekday(year: i32, month: u32, weekday: Weekday, nth: WeekdayNth) -> Option<NaiveDate> {
    match nth {
        WeekdayNth::Nth(n) => {
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            let date = NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)?;
            (date.month() == first.month()).then_some(date)
        }
        WeekdayNth::Last => {
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            let mut day = next.checked_sub_days(Days::new(1))?;
            while day.weekday() != weekday {
                day = day.checked_sub_days(Days::new(1))?;
            }
            Some(day)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn wd(days: u32, name: &str) -> CycleRule {
        CycleRule::WorkingDaysBefore {
            days,
            milestone: name.into(),
        }
    }

    #[test]
    fn working_days_in_both_languages() {
        let want = wd(10, "IRF-møte mai");
        assert_eq!(
            parse_rule("10 arbeidsdager før IRF-møte mai"),
            Ok(want.clone())
        );
        assert_eq!(
            parse_rule("10 working days before IRF-møte mai"),
            Ok(want.clone())
        );
        assert_eq!(
            parse_rule("  10   ARBEIDSDAGER  FØR   IRF-møte   mai "),
            Ok(want.clone())
        );
        assert_eq!(parse_rule("10 Business Days Before IRF-møte mai"), Ok(want));
        assert_eq!(parse_rule("1 arbeidsdag før X"), Ok(wd(1, "X")));
        assert_eq!(parse_rule("0 virkedager foer X"), Ok(wd(0, "X")));
        assert_eq!(wd(10, "A b").to_string(), "10 arbeidsdager før A b");
        assert_eq!(wd(1, "A").to_string(), "1 arbeidsdag før A");
    }

    #[test]
    fn counts_must_be_whole_and_not_negative() {
        for (text, count) in [
            ("-3 arbeidsdager før X", "-3"),
            ("ti arbeidsdager før X", "ti"),
            ("3.5 working days before X", "3.5"),
            ("+3 arbeidsdager før X", "+3"),
            ("366 arbeidsdager før X", "366"),
            ("99999999999 arbeidsdager før X", "99999999999"),
        ] {
            assert_eq!(
                parse_rule(text),
                Err(CycleRefusal::BadCount { text: count.into() }),
                "{text}"
            );
        }
        assert_eq!(parse_rule("365 arbeidsdager før X"), Ok(wd(365, "X")));
    }

    #[test]
    fn before_in_both_languages() {
        let want = CycleRule::Before {
            milestone: "Søknadsfrist".into(),
        };
        assert_eq!(parse_rule("før Søknadsfrist"), Ok(want.clone()));
        assert_eq!(parse_rule("BEFORE  Søknadsfrist"), Ok(want.clone()));
        assert_eq!(want.to_string(), "før Søknadsfrist");
        assert_eq!(want.target(), Some("Søknadsfrist"));
    }

    #[test]
    fn weekdays_in_both_languages() {
        let second_tue = CycleRule::NthWeekday {
            nth: WeekdayNth::Nth(2),
            weekday: Weekday::Tue,
            month: 5,
        };
        let last_fri = CycleRule::NthWeekday {
            nth: WeekdayNth::Last,
            weekday: Weekday::Fri,
            month: 5,
        };
        for text in [
            "2. tirsdag i mai",
            "andre Tirsdag i MAI",
            "2nd tuesday of may",
            "the second tuesday in may",
            "2 tuesday of May",
        ] {
            assert_eq!(parse_rule(text), Ok(second_tue.clone()), "{text}");
        }
        for text in [
            "siste fredag i mai",
            "last friday in may",
            "Last Friday of May",
        ] {
            assert_eq!(parse_rule(text), Ok(last_fri.clone()), "{text}");
        }
        assert_eq!(second_tue.to_string(), "2. tirsdag i mai");
        assert_eq!(last_fri.to_string(), "siste fredag i mai");
        assert_eq!(second_tue.target(), None);
        let sat = parse_rule("første lordag i okt").unwrap();
        assert_eq!(sat.to_string(), "1. lørdag i oktober");
        assert_eq!(
            parse_rule("5th sunday of december").unwrap().to_string(),
            "5. søndag i desember"
        );
    }

    #[test]
    fn nonsense_is_a_bad_rule() {
        for text in [
            "",
            "   ",
            "før",
            "before ",
            "6. tirsdag i mai",
            "0. tirsdag i mai",
            "2. tirsdag i maiz",
            "2. blåmandag i mai",
            "hver tirsdag",
            "10 arbeidsdager etter X",
            "10 arbeidsdager før",
        ] {
            assert!(
                matches!(parse_rule(text), Err(CycleRefusal::BadRule { .. })),
                "{text}: {:?}",
                parse_rule(text)
            );
        }
        assert_eq!(
            parse_rule("  hver   tirsdag "),
            Err(CycleRefusal::BadRule {
                text: "hver tirsdag".into()
            })
        );
    }

    #[test]
    fn canonical_text_parses_back_to_itself() {
        for text in [
            "15 arbeidsdager før IRF behandler årsrapportene",
            "3. tirsdag i mai",
            "siste søndag i februar",
            "før Søknadsfrist til eget RHF",
            "1 arbeidsdag før A",
        ] {
            let rule = parse_rule(text).unwrap();
            assert_eq!(rule.to_string(), text);
            assert_eq!(parse_rule(&rule.to_string()), Ok(rule));
        }
    }

    #[test]
    fn weekday_arithmetic() {
        // May 2026 begins on a Friday.
        assert_eq!(
            nth_weekday(2026, 5, Weekday::Tue, WeekdayNth::Nth(2)),
            Some(d(2026, 5, 12))
        );
        assert_eq!(
            nth_weekday(2026, 5, Weekday::Fri, WeekdayNth::Nth(1)),
            Some(d(2026, 5, 1))
        );
        assert_eq!(
            nth_weekday(2026, 5, Weekday::Fri, WeekdayNth::Nth(5)),
            Some(d(2026, 5, 29))
        );
        assert_eq!(nth_weekday(2026, 5, Weekday::Tue, WeekdayNth::Nth(5)), None);
        assert_eq!(
            nth_weekday(2026, 5, Weekday::Fri, WeekdayNth::Last),
            Some(d(2026, 5, 29))
        );
        assert_eq!(
            nth_weekday(2026, 12, Weekday::Thu, WeekdayNth::Last),
            Some(d(2026, 12, 31))
        );
        assert_eq!(
            nth_weekday(2028, 2, Weekday::Tue, WeekdayNth::Last),
            Some(d(2028, 2, 29))
        );
        let mut rule = wd(3, "a");
        rule.set_target("A");
        assert_eq!(rule.target(), Some("A"));
    }
}
