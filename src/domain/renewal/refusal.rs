//! Why a change to a network period, a phase-out, a reference-group member, an
//! evaluation or a grant was refused; the sentences are in `i18n::refusals::renewal`.

use chrono::NaiveDate;

use super::RenewalState;

/// Why a change to a network period or a phase-out was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenewalRefusal {
    /// A period must end after it starts.
    EndsBeforeStart {
        /// The first day asked for.
        starts_on: NaiveDate,
        /// The last day asked for.
        ends_on: NaiveDate,
    },
    /// The period overlaps another period of the same network.
    Overlap {
        /// That period's first day.
        other_start: NaiveDate,
        /// That period's last day.
        other_end: NaiveDate,
    },
    /// The yearly frame is negative or not a number.
    NegativeFrame,
    /// Transitional funding is given for at most 2 years.
    TransitionTooLong {
        /// The years asked for.
        years: u32,
    },
    /// The unit is not a quality and competence network (or does not exist).
    NoSuchNetwork {
        /// The unit's id.
        unit_id: i64,
    },
    /// The network has no period to decide on.
    NoPeriod,
    /// Only the network's latest period can be decided.
    NotLatest {
        /// The latest period's first day.
        latest_start: NaiveDate,
    },
    /// The period is in years 1–4; its renewal is decided from year 5.
    NotDue,
    /// The period is decided already.
    AlreadyDecided {
        /// Its state (renewed or ended).
        state: RenewalState,
    },
    /// The coordinating health trust is not known.
    UnknownHf {
        /// The name as typed.
        typed: String,
        /// The nearest known name.
        suggestion: Option<String>,
    },
    /// A phase-out only concerns a national competence service.
    NotCompetenceService {
        /// The unit's kind code.
        kind: String,
    },
    /// IRF cannot answer a phase-out without a recommended outcome.
    NoOutcome,
    /// IRF's answer (supports or rejects) is final.
    PhaseOutDecided,
    /// A reference-group member needs a name.
    MemberNoName,
    /// A reference-group member needs one of the four regions.
    MemberNoRegion {
        /// The member.
        name: String,
        /// What was given as the region.
        typed: String,
    },
    /// An evaluation is recorded when it has been held, not ahead.
    EvaluationInFuture {
        /// The date given.
        evaluated_on: NaiveDate,
    },
    /// An evaluation cannot come before the service was approved.
    EvaluationBeforeApproval {
        /// The date given.
        evaluated_on: NaiveDate,
        /// The approval.
        approved_on: NaiveDate,
    },
    /// Only a regional competence service has the 5-yearly evaluation.
    NotRegionalService {
        /// The unit's kind code.
        kind: String,
    },
    /// A grant is a year from 2000 to 2100.
    GrantYear {
        /// The year given.
        year: i32,
    },
    /// A grant is 0 MNOK or more.
    NegativeGrant,
    /// Grants are recorded for national competence services only.
    GrantNotForKind {
        /// The unit's kind code.
        kind: String,
    },
}
