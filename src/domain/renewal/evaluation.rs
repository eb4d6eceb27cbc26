//! A regional competence service's comprehensive evaluation every 5 years, and the
//! yearly grant of a national competence service (a new one gets at most 4 MNOK: more
//! is flagged, not refused).
//!
//! The evaluations fall due 5, 10, 15 … years after an anchor: the latest evaluation
//! recorded, or the approval when none is. Recording one moves the anchor, so the
//! next falls due 5 years after it.

use chrono::{Datelike, Months, NaiveDate};
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

/// Checks a competence service's yearly grant: 0 MNOK or more, for a year from 2000 to
/// 2100. More than 4 MNOK is allowed (older services get more; see
/// `above_new_service_ceiling`).
pub fn check_service_grant(year: i32, mnok: f64) -> Result<(), RenewalRefusal> {
    if !(2000..=2100).contains(&year) {
        return Err(RenewalRefusal::GrantYear { year });
    }
    if !mnok.is_finite() || mnok < 0.0 {
        return Err(RenewalRefusal::NegativeGrant);
    }
    Ok(())
}

/// Years after its approval a national competence service counts as new (its grant
/// then flagged above 4 MNOK).
pub const NEW_SERVICE_YEARS: i32 = 5;

/// Whether grant `mnok` for `year` is flagged: above 4 MNOK, the ceiling for new
/// services, for a service approved within 5 years before the grant year (approved in
/// `year - 5` or later, and not after `year`). A service without an approval date is
/// not flagged: it is not known to be new.
pub fn above_new_service_ceiling(mnok: f64, approved_on: Option<NaiveDate>, year: i32) -> bool {
    mnok > MAX_SERVICE_GRANT
        && approved_on.is_some_and(|a| (year - NEW_SERVICE_YEARS..=year).contains(&a.year()))
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
    fn grants_above_four_mnok_are_flagged_for_new_services_only() {
        assert_eq!(check_service_grant(2026, 4.5), Ok(()));
        assert_eq!(check_service_grant(2026, 12.0), Ok(()));
        assert_eq!(check_service_grant(2026, 0.0), Ok(()));
        assert_eq!(
            check_service_grant(2026, -1.0),
            Err(RenewalRefusal::NegativeGrant)
        );
        assert_eq!(
            check_service_grant(1999, 1.0),
            Err(RenewalRefusal::GrantYear { year: 1999 })
        );
        // Approved 2021: new in 2026 (5 years), old in 2027.
        let approved = Some(d(2021, 9, 1));
        assert!(above_new_service_ceiling(4.5, approved, 2026));
        assert!(!above_new_service_ceiling(4.5, approved, 2027));
        assert!(!above_new_service_ceiling(4.0, approved, 2026));
        assert!(!above_new_service_ceiling(4.5, None, 2026));
        // A grant for a year before the approval is not the new service's.
        assert!(!above_new_service_ceiling(4.5, approved, 2020));
    }
}
