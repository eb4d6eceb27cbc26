//! Norwegian working days: weekends and the public holidays (*helligdager*), the moving
//! ones computed from Easter. Deadlines in the annual cycle can be given as "N working
//! days before X"; these functions count them.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The months' names in bokmål (as written mid-sentence: `23. november 2026`).
pub const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// The months' names in English.
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of
/// Meeus/Jones/Butcher). `None` outside the years chrono can represent.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The public holidays of `year` in Norway, in date order: 1 January, Maundy Thursday,
/// Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday
/// and Monday, Christmas Day and Boxing Day. (Whit Monday falls on 17 May in some
/// years; the date is then listed once.)
pub fn public_holidays(year: i32) -> Vec<NaiveDate> {
    let Some(easter) = easter_sunday(year) else {
        return Vec::new();
    };
    let shift = |days: i64| easter.checked_add_signed(chrono::Duration::days(days));
    let fixed = |month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
    let mut days: Vec<NaiveDate> = [
        fixed(1, 1),
        shift(-3),
        shift(-2),
        Some(easter),
        shift(1),
        fixed(5, 1),
        fixed(5, 17),
        shift(39),
        shift(49),
        shift(50),
        fixed(12, 25),
        fixed(12, 26),
    ]
    .into_iter()
    .flatten()
    .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// Whether `date` is a working day: Monday to Friday and not a public holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        && !public_holidays(date.year()).contains(&date)
}

/// The working day `n` working days before `date` ("5 working days before the
/// meeting"). With `n` = 0, `date` itself if it is a working day, else the working day
/// before it. `None` only at the edge of the calendar.
pub fn working_days_before(date: NaiveDate, n: u32) -> Option<NaiveDate> {
    let mut day = date;
    while !is_working_day(day) {
        day = day.checked_sub_days(Days::new(1))?;
    }
    for _ in 0..n {
        day = day.checked_sub_days(Days::new(1))?;
        while !is_working_day(day) {
            day = day.checked_sub_days(Days::new(1))?;
        }
    }
    Some(day)
}

/// Working days from `from` (exclusive) to `to` (inclusive); 0 if `to` is not after
/// `from`. "Due in 5 working days."
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut count = 0;
    let mut day = from;
    while day < to {
        let Some(next) = day.checked_add_days(Days::new(1)) else {
            break;
        };
        day = next;
        if is_working_day(day) {
            count += 1;
        }
    }
    count
}

/// The first month (1-based) of the period of `months` months containing `month`
/// (quarters start Jan/Apr/Jul/Oct, halves Jan/Jul). Both are clamped to 1–12.
pub fn period_start(month: u32, months: u32) -> u32 {
    let months = months.clamp(1, 12);
    (month.clamp(1, 12) - 1) / months * months + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_in_known_years() {
        let known = [
            (2018, d(2018, 4, 1)),
            (2019, d(2019, 4, 21)),
            (2024, d(2024, 3, 31)),
            (2025, d(2025, 4, 20)),
            (2026, d(2026, 4, 5)),
            (2027, d(2027, 3, 28)),
            (2038, d(2038, 4, 25)),
        ];
        for (year, date) in known {
            assert_eq!(easter_sunday(year), Some(date), "{year}");
        }
    }

    #[test]
    fn holidays_2024_to_2027() {
        let h2026 = public_holidays(2026);
        assert_eq!(
            h2026,
            vec![
                d(2026, 1, 1),
                d(2026, 4, 2),
                d(2026, 4, 3),
                d(2026, 4, 5),
                d(2026, 4, 6),
                d(2026, 5, 1),
                d(2026, 5, 14),
                d(2026, 5, 17),
                d(2026, 5, 24),
                d(2026, 5, 25),
                d(2026, 12, 25),
                d(2026, 12, 26),
            ]
        );
        // Ascension Day and Whit Monday of the other years.
        assert!(public_holidays(2024).contains(&d(2024, 5, 9)));
        assert!(public_holidays(2024).contains(&d(2024, 5, 20)));
        assert!(public_holidays(2025).contains(&d(2025, 5, 29)));
        assert!(public_holidays(2025).contains(&d(2025, 6, 9)));
        assert!(public_holidays(2027).contains(&d(2027, 5, 6)));
        // In 2027 Whit Monday is 17 May: one date, listed once.
        let h2027 = public_holidays(2027);
        assert_eq!(h2027.iter().filter(|x| **x == d(2027, 5, 17)).count(), 1);
        assert_eq!(h2027.len(), 11);
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        assert!(is_working_day(d(2026, 11, 23)), "a Monday");
        assert!(!is_working_day(d(2026, 11, 22)), "a Sunday");
        assert!(!is_working_day(d(2026, 5, 14)), "Ascension Day");
        // 5 working days before Tuesday 7 April 2026 (after Easter), counted by hand:
        // 6 Apr Easter Monday, 3 Good Friday, 2 Maundy Thursday are holidays, so
        // 1 Apr, 31 Mar, 30 Mar, 27 Mar, 26 Mar.
        assert_eq!(working_days_before(d(2026, 4, 7), 5), Some(d(2026, 3, 26)));
        assert_eq!(working_days_before(d(2026, 4, 7), 0), Some(d(2026, 4, 7)));
        assert_eq!(working_days_before(d(2026, 4, 6), 0), Some(d(2026, 4, 1)));
        // 24 December is not a public holiday; 25 (Friday) is, then the weekend:
        // 24, 28, 29, 30 and 31 December count.
        assert_eq!(working_days_between(d(2026, 12, 23), d(2026, 12, 31)), 5);
        assert_eq!(working_days_between(d(2026, 12, 31), d(2026, 12, 23)), 0);
    }
}
