//! A regional competence service's comprehensive evaluation every 5 years, and the
//! yearly grant of a national competence service (a new one gets at most 4 MNOK).
//!
//! The evaluations fall due 5, 10, 15 … years after an anchor: the latest evaluation
//! recorded, or the approval when none is. Recording one moves the anchor, so the
//! next falls due 5 years after it.

use chrono::{Months, NaiveDate};
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::RenewalRefusal;
use crate::domain::Code;

/// Years between two evaluations of a regional competence service.
pub const EVALUATION_YEARS: u32 = 5;
/// The most a new national competence service gets a year, in MNOK.
pub const MAX_SERVICE_GRANT: f64 = 4.0;

/// What a regional competence service's evaluation concluded.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum EvaluationOutcome {
    /// Videreføres: the service goes on as it is.
    #[strum(serialize = "viderefores")]
    Continues,
    /// Endres: it goes on with changes to its mandate or organisation.
    #[strum(serialize = "endres")]
    Changes,
    /// Avsluttes: the regional function ends.
    #[strum(serialize = "avsluttes")]
    Ends,
}

impl Code for EvaluationOutcome {}

/// The evaluations due after `anchor` from `from` through `to`: `anchor` + 5, 10 …
/// years.
pub fn evaluation_dates(anchor: NaiveDate, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut dates = Vec::new();
    for n in 1u32.. {
        let Some(date) = anchor.checked_add_months(Months::new(12 * EVALUATION_YEARS * n)) else {
            break;
        };
        if date > to {
            break;
        }
        if date >= from {
            dates.push(date);
        }
    }
    dates
}

/// The first evaluation after `anchor` that falls on or after `from` (the one to show
/// as next; `from` lets a recently passed date stay shown as overdue).
pub fn next_evaluation(anchor: NaiveDate, from: NaiveDate) -> Option<NaiveDate> {
    (1u32..)
        .map_while(|n| anchor.checked_add_months(Months::new(12 * EVALUATION_YEARS * n)))
        .find(|d| *d >= from)
}

/// Checks an evaluation's date: not after `today`, not before the service's approval.
pub fn check_evaluation_date(
    evaluated_on: NaiveDate,
    approved_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), RenewalRefusal> {
    if evaluated_on > today {
        return Err(RenewalRefusal::EvaluationInFuture { evaluated_on });
    }
    match approved_on {
        Some(approved_on) if evaluated_on < approved_on => {
            Err(RenewalRefusal::EvaluationBeforeApproval {
                evaluated_on,
                approved_on,
            })
        }
        _ => Ok(()),
    }
}

/// Checks a competence service's yearly grant: 0 to 4 MNOK, for a year from 2000 to
/// 2100.
pub fn check_service_grant(year: i32, mnok: f64) -> Result<(), RenewalRefusal> {
    if !(2000..=2100).contains(&year) {
        return Err(RenewalRefusal::GrantYear { year });
    }
    if !mnok.is_finite() || mnok < 0.0 {
        return Err(RenewalRefusal::NegativeGrant);
    }
    if mnok > MAX_SERVICE_GRANT {
        return Err(RenewalRefusal::GrantAboveRule {
            mnok_hundredths: (mnok * 100.0).round() as i64,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn evaluations_every_five_years_from_the_anchor() {
        let approved = d(2012, 3, 15);
        assert_eq!(
            evaluation_dates(approved, d(2016, 1, 1), d(2027, 12, 31)),
            vec![d(2017, 3, 15), d(2022, 3, 15), d(2027, 3, 15)]
        );
        assert_eq!(
            next_evaluation(approved, d(2022, 3, 16)),
            Some(d(2027, 3, 15))
        );
        // An evaluation recorded on 1 June 2024 moves the next to 1 June 2029.
        assert_eq!(
            next_evaluation(d(2024, 6, 1), d(2026, 12, 1)),
            Some(d(2029, 6, 1))
        );
        // A 29 February anchor falls due on the month's last day in a common year.
        assert_eq!(
            next_evaluation(d(2024, 2, 29), d(2024, 3, 1)),
            Some(d(2029, 2, 28))
        );
    }

    #[test]
    fn evaluation_dates_are_checked() {
        let today = d(2026, 12, 1);
        assert_eq!(
            check_evaluation_date(d(2026, 12, 2), None, today),
            Err(RenewalRefusal::EvaluationInFuture {
                evaluated_on: d(2026, 12, 2)
            })
        );
        assert!(matches!(
            check_evaluation_date(d(2019, 1, 1), Some(d(2020, 1, 1)), today),
            Err(RenewalRefusal::EvaluationBeforeApproval { .. })
        ));
        assert_eq!(
            check_evaluation_date(today, Some(d(2020, 1, 1)), today),
            Ok(())
        );
    }

    #[test]
    fn grants_up_to_four_mnok() {
        assert_eq!(check_service_grant(2026, 4.0), Ok(()));
        assert_eq!(check_service_grant(2026, 0.0), Ok(()));
        assert_eq!(
            check_service_grant(2026, 4.5),
            Err(RenewalRefusal::GrantAboveRule {
                mnok_hundredths: 450
            })
        );
        assert_eq!(
            check_service_grant(2026, -1.0),
            Err(RenewalRefusal::NegativeGrant)
        );
        assert_eq!(
            check_service_grant(1999, 1.0),
            Err(RenewalRefusal::GrantYear { year: 1999 })
        );
    }
}
