//! Money, network periods and phase-outs: the rules behind the earmarked grant's share
//! for the service environment, a quality and competence network's renewal in year 6,
//! and the assessment of a competence service whose term has ended.
//!
//! - Money: 2–4 % of the earmarked grant *excluding rare diagnoses* (the `other_mnok`
//!   column) funds the service environment; at 4 % that is 4.9 / 1.5 / 1.6 / 0.7 MNOK
//!   for HSØ / HV / HMN / HN in 2022, 8.7 in all (DOMAIN.md, "Money").
//! - Networks: `lopende` (years 1–4) → `forfaller` (year 5) → `under_evaluering`
//!   (year 6, the RHFs decide) → `fornyet` with a new period | `avsluttet`. The frame is
//!   1 or 2 MNOK a year; more is flagged, a negative frame is refused.
//! - Phase-out: the host region's recommendation (outcome, tasks, at most 2 years of
//!   transitional funding), answered by IRF. "Each region's own assessment first"
//!   sends it back to the recommendation step; the outcome and text are *kept*, since
//!   they are what the regions assess, and the phase-out can be edited and answered
//!   again. "Supports" and "rejects" are final.
//! - `evaluation`: a regional competence service's evaluation every 5 years, and a
//!   competence service's yearly grant (above 4 MNOK flagged for a new service).
//! - `urgency`: how soon a decision is needed, for the order of Fornyelser.
//! - `refusal`: why a change was refused (`RenewalRefusal`).

use chrono::NaiveDate;
use strum::{EnumIter, EnumString, IntoStaticStr};

mod evaluation;
mod refusal;
mod urgency;

pub use evaluation::{
    EVALUATION_YEARS, EvaluationOutcome, MAX_SERVICE_GRANT, NEW_SERVICE_YEARS,
    above_new_service_ceiling, check_evaluation_date, check_service_grant, evaluation_dates,
    next_evaluation,
};
pub use refusal::RenewalRefusal;
pub use urgency::{DECIDE_NOW_DAYS, Urgency, deadline_urgency, network_urgency};

use super::{Code, IrfAnswer, network_year};

/// The lower share of the earmarked grant (excluding rare diagnoses) for the service
/// environment, in per cent.
pub const SHARE_LOW_PERCENT: f64 = 2.0;
/// The upper share, in per cent.
pub const SHARE_HIGH_PERCENT: f64 = 4.0;
/// The most years of transitional funding a phase-out may give.
pub const MAX_TRANSITION_YEARS: u32 = 2;
/// The largest standard yearly frame of a network, in MNOK.
pub const MAX_STANDARD_FRAME: f64 = 2.0;
/// The years of earmarked funding in one network period.
pub const NETWORK_PERIOD_YEARS: u32 = 5;

/// `percent` per cent of `total_mnok`, unrounded (round for display with
/// [`round_mnok`]).
///
/// ```
/// use irf::domain::{round_mnok, service_share};
/// assert_eq!(round_mnok(service_share(121.5, 4.0)), 4.9);
/// ```
pub fn service_share(total_mnok: f64, percent: f64) -> f64 {
    total_mnok * percent / 100.0
}

/// The 2 % and 4 % shares of a region's grant excluding rare diagnoses, unrounded.
pub fn share_range(other_mnok: f64) -> (f64, f64) {
    (
        service_share(other_mnok, SHARE_LOW_PERCENT),
        service_share(other_mnok, SHARE_HIGH_PERCENT),
    )
}

/// An amount in MNOK rounded to one decimal, as the documents print it.
pub fn round_mnok(mnok: f64) -> f64 {
    (mnok * 10.0).round() / 10.0
}

/// Where a network period is in its renewal.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum RenewalState {
    /// Løpende: years 1–4.
    #[strum(serialize = "lopende")]
    Running,
    /// Forfaller: year 5, the evaluation is prepared.
    #[strum(serialize = "forfaller")]
    Due,
    /// Under evaluering: year 6 (or later), the RHFs decide.
    #[strum(serialize = "under_evaluering")]
    InEvaluation,
    /// Fornyet: a new period follows.
    #[strum(serialize = "fornyet")]
    Renewed,
    /// Avsluttet: the network ends with this period.
    #[strum(serialize = "avsluttet")]
    Ended,
}

impl Code for RenewalState {}

impl RenewalState {
    /// True once the RHFs have decided (renewed or ended).
    pub fn is_decided(self) -> bool {
        matches!(self, RenewalState::Renewed | RenewalState::Ended)
    }
}

/// The state the calendar gives a period that started on `start`: years 1–4 running,
/// year 5 due, year 6 and later in evaluation. `None` before the period starts.
/// A period started on 29 February has its anniversaries on 1 March in other years.
pub fn expected_state(start: NaiveDate, today: NaiveDate) -> Option<RenewalState> {
    Some(match network_year(start, today)? {
        0..=4 => RenewalState::Running,
        5 => RenewalState::Due,
        _ => RenewalState::InEvaluation,
    })
}

/// The state to show for a period stored as `stored`: a decision stands; otherwise the
/// later of the stored and the expected state (time never moves a network back, and
/// the group may start an evaluation early).
pub fn effective_state(stored: RenewalState, start: NaiveDate, today: NaiveDate) -> RenewalState {
    if stored.is_decided() {
        return stored;
    }
    expected_state(start, today).map_or(stored, |e| e.max(stored))
}

/// The next period after one that ends on `ends_on`: from the day after, for five
/// years (its last day the day before the fifth anniversary of its start).
pub fn next_period(ends_on: NaiveDate) -> (NaiveDate, NaiveDate) {
    let start = ends_on.succ_opt().unwrap_or(ends_on);
    let end = start
        .checked_add_months(chrono::Months::new(12 * NETWORK_PERIOD_YEARS))
        .and_then(|d| d.pred_opt())
        .unwrap_or(start);
    (start, end)
}

/// Whether a period in `state` may be decided now: only when due or in evaluation.
pub fn check_decidable(state: RenewalState) -> Result<(), RenewalRefusal> {
    match state {
        RenewalState::Due | RenewalState::InEvaluation => Ok(()),
        RenewalState::Running => Err(RenewalRefusal::NotDue),
        RenewalState::Renewed | RenewalState::Ended => {
            Err(RenewalRefusal::AlreadyDecided { state })
        }
    }
}

/// How a network's yearly frame compares with the framework's 1 or 2 MNOK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameFlag {
    /// Exactly 1 or 2 MNOK.
    Standard,
    /// Between 0 and 2 MNOK but neither 1 nor 2.
    Unusual,
    /// Above 2 MNOK: more than the framework gives; flagged, not refused.
    AboveTwo,
}

/// Checks a yearly frame: negative (or not a number) is refused; otherwise how it
/// compares with the framework.
pub fn frame_flag(frame_mnok: f64) -> Result<FrameFlag, RenewalRefusal> {
    if !frame_mnok.is_finite() || frame_mnok < 0.0 {
        return Err(RenewalRefusal::NegativeFrame);
    }
    Ok(if frame_mnok > MAX_STANDARD_FRAME {
        FrameFlag::AboveTwo
    } else if frame_mnok == 1.0 || frame_mnok == 2.0 {
        FrameFlag::Standard
    } else {
        FrameFlag::Unusual
    })
}

/// Checks a new period's dates against the network's other periods (start, end):
/// it must end after it starts and overlap none of them (a period includes both its
/// first and last day).
pub fn check_period(
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    others: &[(NaiveDate, NaiveDate)],
) -> Result<(), RenewalRefusal> {
    if ends_on <= starts_on {
        return Err(RenewalRefusal::EndsBeforeStart { starts_on, ends_on });
    }
    let mut clash: Vec<_> = others
        .iter()
        .filter(|(s, e)| *s <= ends_on && starts_on <= *e)
        .collect();
    clash.sort();
    match clash.first() {
        Some((s, e)) => Err(RenewalRefusal::Overlap {
            other_start: *s,
            other_end: *e,
        }),
        None => Ok(()),
    }
}

/// What the host region recommends for a competence service whose term has ended.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum PhaseOutOutcome {
    /// Continues as a quality and competence network.
    #[strum(serialize = "nettverk")]
    Network,
    /// Continues in another organisational form.
    #[strum(serialize = "annen_form")]
    OtherForm,
    /// The national function ends.
    #[strum(serialize = "avsluttes")]
    Ends,
    /// Merged into a treatment service (needs an application).
    #[strum(serialize = "innlemmes")]
    Merged,
    /// Tasks move to ordinary operation.
    #[strum(serialize = "driftsoppgaver")]
    OrdinaryOperation,
}

impl Code for PhaseOutOutcome {}

/// Where a phase-out assessment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseOutStep {
    /// The host region is writing its recommendation (no outcome chosen yet).
    Recommendation,
    /// An outcome is recommended; IRF has not answered.
    AwaitingIrf,
    /// IRF wants each region's own assessment first: back at the recommendation step,
    /// outcome kept, to be answered again.
    RegionalAssessment,
    /// IRF supports the recommendation (final).
    Supported,
    /// IRF rejects the recommendation (final).
    Rejected,
}

impl PhaseOutStep {
    /// The step of a phase-out with `outcome` and IRF's last `answer`.
    pub fn of(outcome: Option<PhaseOutOutcome>, answer: Option<IrfAnswer>) -> PhaseOutStep {
        match (answer, outcome) {
            (Some(IrfAnswer::Supports), _) => PhaseOutStep::Supported,
            (Some(IrfAnswer::Rejects), _) => PhaseOutStep::Rejected,
            (Some(IrfAnswer::RegionalAssessmentFirst), _) => PhaseOutStep::RegionalAssessment,
            (None, None) => PhaseOutStep::Recommendation,
            (None, Some(_)) => PhaseOutStep::AwaitingIrf,
        }
    }

    /// True when IRF's answer is final and the assessment no longer changes.
    pub fn is_final(self) -> bool {
        matches!(self, PhaseOutStep::Supported | PhaseOutStep::Rejected)
    }
}

/// Checks the years of transitional funding (at most 2).
pub fn check_transition(years: u32) -> Result<(), RenewalRefusal> {
    if years > MAX_TRANSITION_YEARS {
        return Err(RenewalRefusal::TransitionTooLong { years });
    }
    Ok(())
}

/// Checks that a phase-out at `step` may be edited: not once IRF's answer is final.
pub fn check_phase_out_edit(step: PhaseOutStep) -> Result<(), RenewalRefusal> {
    if step.is_final() {
        return Err(RenewalRefusal::PhaseOutDecided);
    }
    Ok(())
}

/// Checks that IRF may answer a phase-out with `outcome` at `step`: it needs a
/// recommended outcome and no final answer yet.
pub fn check_phase_out_answer(
    outcome: Option<PhaseOutOutcome>,
    step: PhaseOutStep,
) -> Result<(), RenewalRefusal> {
    check_phase_out_edit(step)?;
    if outcome.is_none() {
        return Err(RenewalRefusal::NoOutcome);
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
    fn four_per_cent_matches_the_2022_table() {
        let fours: Vec<f64> = [121.5, 36.9, 41.0, 17.7]
            .into_iter()
            .map(|o| round_mnok(share_range(o).1))
            .collect();
        assert_eq!(fours, [4.9, 1.5, 1.6, 0.7]);
        assert_eq!(round_mnok(service_share(217.1, 4.0)), 8.7);
        assert_eq!(round_mnok(service_share(217.1, 2.0)), 4.3);
    }

    #[test]
    fn states_follow_the_year_in_period() {
        let start = d(2020, 2, 29);
        assert_eq!(expected_state(start, d(2020, 2, 28)), None);
        assert_eq!(expected_state(start, start), Some(RenewalState::Running));
        assert_eq!(
            expected_state(start, d(2024, 2, 28)),
            Some(RenewalState::Running)
        );
        assert_eq!(
            expected_state(start, d(2024, 2, 29)),
            Some(RenewalState::Due)
        );
        assert_eq!(
            expected_state(start, d(2025, 2, 28)),
            Some(RenewalState::Due)
        );
        assert_eq!(
            expected_state(start, d(2025, 3, 1)),
            Some(RenewalState::InEvaluation)
        );
        assert_eq!(
            effective_state(RenewalState::Ended, start, d(2020, 3, 1)),
            RenewalState::Ended
        );
        assert_eq!(
            effective_state(RenewalState::InEvaluation, start, d(2021, 3, 1)),
            RenewalState::InEvaluation
        );
    }

    #[test]
    fn the_next_period_follows_for_five_years() {
        assert_eq!(
            next_period(d(2026, 11, 10)),
            (d(2026, 11, 11), d(2031, 11, 10))
        );
        assert_eq!(
            next_period(d(2023, 12, 31)),
            (d(2024, 1, 1), d(2028, 12, 31))
        );
    }

    #[test]
    fn frames_and_periods() {
        assert_eq!(frame_flag(1.0), Ok(FrameFlag::Standard));
        assert_eq!(frame_flag(2.0), Ok(FrameFlag::Standard));
        assert_eq!(frame_flag(1.5), Ok(FrameFlag::Unusual));
        assert_eq!(frame_flag(2.5), Ok(FrameFlag::AboveTwo));
        assert_eq!(frame_flag(-0.1), Err(RenewalRefusal::NegativeFrame));
        assert_eq!(frame_flag(f64::NAN), Err(RenewalRefusal::NegativeFrame));
        let others = [(d(2020, 1, 1), d(2024, 12, 31))];
        assert!(check_period(d(2025, 1, 1), d(2029, 12, 31), &others).is_ok());
        assert_eq!(
            check_period(d(2024, 12, 31), d(2029, 12, 31), &others),
            Err(RenewalRefusal::Overlap {
                other_start: d(2020, 1, 1),
                other_end: d(2024, 12, 31)
            })
        );
        assert!(matches!(
            check_period(d(2025, 1, 1), d(2025, 1, 1), &[]),
            Err(RenewalRefusal::EndsBeforeStart { .. })
        ));
    }

    #[test]
    fn phase_out_steps() {
        use PhaseOutStep as S;
        let o = Some(PhaseOutOutcome::Ends);
        assert_eq!(S::of(None, None), S::Recommendation);
        assert_eq!(S::of(o, None), S::AwaitingIrf);
        let back = S::of(o, Some(IrfAnswer::RegionalAssessmentFirst));
        assert_eq!(back, S::RegionalAssessment);
        assert!(check_phase_out_answer(o, back).is_ok());
        assert_eq!(
            check_phase_out_answer(None, S::Recommendation),
            Err(RenewalRefusal::NoOutcome)
        );
        assert_eq!(
            check_phase_out_edit(S::Supported),
            Err(RenewalRefusal::PhaseOutDecided)
        );
        assert_eq!(check_transition(2), Ok(()));
        assert_eq!(
            check_transition(3),
            Err(RenewalRefusal::TransitionTooLong { years: 3 })
        );
        let schema = include_str!("../../db/0001_schema.sql");
        let codes: Vec<&str> = PhaseOutOutcome::all().into_iter().map(Code::code).collect();
        assert!(codes.iter().all(|c| schema.contains(&format!("'{c}'"))));
    }
}
