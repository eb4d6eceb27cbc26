//! Applications for new national services: the other regions' anchoring views, IRF's
//! decision, the step guard and the other rules the store enforces before it writes.
//!
//! The yearly process: an application goes to the applicant's own RHF (`mottatt`),
//! is assessed there (`regional_vurdering`), is anchored in the other three regions
//! (`forankring`: each records its view), goes to IRF (`klar_for_irf`), is ranked by
//! IRF (`rangert`), is sent to Hdir (`sendt_hdir`) and is approved or rejected there.
//! The applications at `klar_for_irf` or `rangert` make up IRF's *round*, the list IRF
//! ranks.

use chrono::NaiveDate;
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::codes::{ApplicationStep, Code, Region, UnitKind};

/// A region's view in the anchoring of another region's application.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum AnchoringView {
    /// Not answered yet.
    #[strum(serialize = "avventer")]
    Pending,
    /// Supports the application.
    #[strum(serialize = "stotter")]
    Supports,
    /// Supports it, with remarks.
    #[strum(serialize = "stotter_med_merknader")]
    SupportsWithRemarks,
    /// Does not support it.
    #[strum(serialize = "stotter_ikke")]
    DoesNotSupport,
}

impl Code for AnchoringView {}

impl AnchoringView {
    /// Whether this is an answer (anything but `avventer`).
    pub fn is_answer(self) -> bool {
        self != AnchoringView::Pending
    }
}

/// IRF's decision on an application it has ranked.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum IrfDecision {
    /// Prioritised: sent on to Hdir.
    #[strum(serialize = "prioritert")]
    Prioritised,
    /// Not prioritised this year.
    #[strum(serialize = "ikke_prioritert")]
    NotPrioritised,
    /// Postponed to a later round.
    #[strum(serialize = "utsatt")]
    Postponed,
}

impl Code for IrfDecision {}

/// Why a change to an application, its anchoring or the ranking was refused. Each
/// variant carries what the user needs to put it right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApplicationRefusal {
    /// The title is empty.
    EmptyTitle,
    /// No health trust has the name typed.
    UnknownHf {
        /// What was typed.
        typed: String,
        /// The nearest name, if one is close.
        suggestion: Option<String>,
    },
    /// No contact has the name typed.
    UnknownContact {
        /// What was typed.
        typed: String,
        /// The nearest name, if one is close.
        suggestion: Option<String>,
    },
    /// The proposed kind is not `behandling`, `kompetanse` or `flerregional`.
    UnknownKind {
        /// What was given.
        typed: String,
    },
    /// The same applicant already has an application with this title.
    Duplicate {
        /// The title of the existing application.
        title: String,
        /// The applicant health trust.
        hf: String,
    },
    /// These regions have not answered the anchoring, and no reason was written to go
    /// on without them.
    AnchoringMissing {
        /// The regions still pending, in HSØ, HV, HMN, HN order.
        regions: Vec<Region>,
    },
    /// The application is already at the step asked for.
    SameStep {
        /// That step.
        step: ApplicationStep,
    },
    /// Hdir's decision (approved, rejected) can only follow `sendt_hdir`.
    DecisionBeforeDirectorate {
        /// The step the application is at.
        step: ApplicationStep,
    },
    /// The applicant's own region does not anchor its own application.
    OwnRegion {
        /// The applicant's region.
        region: Region,
    },
    /// An answer (not `avventer`) needs the date it was given.
    AnswerWithoutDate {
        /// The answering region.
        region: Region,
    },
    /// The answer is dated before the application was received.
    AnswerBeforeReceived {
        /// The date of the answer.
        answered: NaiveDate,
        /// The date the application was received.
        received: NaiveDate,
    },
    /// The application is not in IRF's round (`klar_for_irf` or `rangert`).
    NotInRound {
        /// Its title.
        title: String,
    },
    /// Another application in the round has this rank.
    RankTaken {
        /// The rank asked for.
        rank: i64,
        /// The application that has it.
        title: String,
    },
    /// Ranks go from 1 to the number of applications in the round.
    RankOutOfRange {
        /// The rank asked for.
        rank: i64,
        /// The highest rank allowed.
        max: i64,
    },
    /// IRF's decision needs the application to be ranked first.
    NoRank {
        /// Its title.
        title: String,
    },
    /// No application is in the round, so there is nothing to rank.
    NothingToRank,
    /// These applications in the round have no rank yet.
    Unranked {
        /// Their titles.
        titles: Vec<String>,
    },
}

/// A step change the guard allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepChange {
    /// The step the application is at.
    pub from: ApplicationStep,
    /// The step it moves to.
    pub to: ApplicationStep,
    /// The written reason to go on without every region's answer (trimmed), when the
    /// change needed it.
    pub override_reason: Option<String>,
}

impl StepChange {
    /// Whether the change went past missing anchoring answers on a written reason.
    pub fn overridden(&self) -> bool {
        self.override_reason.is_some()
    }

    /// Whether the application comes into IRF's round from outside it.
    pub fn enters_round(&self) -> bool {
        in_round(self.to) && !in_round(self.from)
    }

    /// Whether the application goes back before the round (so it loses its rank and
    /// IRF's decision).
    pub fn goes_before_round(&self) -> bool {
        self.to < ApplicationStep::ReadyForIrf
    }
}

/// Whether an application at `step` is in IRF's round (`klar_for_irf` or `rangert`).
pub fn in_round(step: ApplicationStep) -> bool {
    matches!(
        step,
        ApplicationStep::ReadyForIrf | ApplicationStep::RankedByIrf
    )
}

/// The regions that anchor an application from `own`: the other three, in HSØ, HV,
/// HMN, HN order.
pub fn other_regions(own: Region) -> Vec<Region> {
    Region::all().into_iter().filter(|r| *r != own).collect()
}

/// The step guard. Moving from a step before `klar_for_irf` to it or any later step
/// needs every other region's answer (`unanswered` empty), or else a written reason
/// (non-empty once trimmed), which marks the change as overridden. Hdir's decision
/// (`godkjent`, `avslatt`) only follows `sendt_hdir`. Moving back is allowed; staying
/// at the same step is refused.
pub fn check_step(
    from: ApplicationStep,
    to: ApplicationStep,
    unanswered: &[Region],
    override_reason: Option<&str>,
) -> Result<StepChange, ApplicationRefusal> {
    if from == to {
        return Err(ApplicationRefusal::SameStep { step: to });
    }
    let decided = matches!(to, ApplicationStep::Approved | ApplicationStep::Rejected);
    if decided && from != ApplicationStep::SentToDirectorate {
        return Err(ApplicationRefusal::DecisionBeforeDirectorate { step: from });
    }
    let passes_anchoring =
        from < ApplicationStep::ReadyForIrf && to >= ApplicationStep::ReadyForIrf;
    let mut reason = None;
    if passes_anchoring && !unanswered.is_empty() {
        let written = override_reason.map(str::trim).filter(|r| !r.is_empty());
        match written {
            Some(r) => reason = Some(r.to_string()),
            None => {
                let mut regions = unanswered.to_vec();
                regions.sort();
                regions.dedup();
                return Err(ApplicationRefusal::AnchoringMissing { regions });
            }
        }
    }
    Ok(StepChange {
        from,
        to,
        override_reason: reason,
    })
}

/// Checks an anchoring answer: `region` answers for an application from `own` received
/// on `received`. The own region does not answer; an answer needs its date, and that
/// date cannot be before the application was received.
pub fn check_answer(
    own: Region,
    region: Region,
    view: AnchoringView,
    answered_on: Option<NaiveDate>,
    received: Option<NaiveDate>,
) -> Result<(), ApplicationRefusal> {
    if region == own {
        return Err(ApplicationRefusal::OwnRegion { region });
    }
    if !view.is_answer() {
        return Ok(());
    }
    let Some(answered) = answered_on else {
        return Err(ApplicationRefusal::AnswerWithoutDate { region });
    };
    match received {
        Some(received) if answered < received => {
            Err(ApplicationRefusal::AnswerBeforeReceived { answered, received })
        }
        _ => Ok(()),
    }
}

/// The proposed kind from its code (`behandling`, `kompetanse`, `flerregional`; spaces
/// around it ignored).
pub fn proposed_kind(code: &str) -> Result<UnitKind, ApplicationRefusal> {
    match UnitKind::from_code(code.trim()) {
        Some(kind @ (UnitKind::Treatment | UnitKind::Competence | UnitKind::Multiregional)) => {
            Ok(kind)
        }
        _ => Err(ApplicationRefusal::UnknownKind {
            typed: code.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ApplicationStep as S;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn codes_round_trip() {
        for v in AnchoringView::all() {
            assert_eq!(AnchoringView::from_code(v.code()), Some(v));
        }
        for d in IrfDecision::all() {
            assert_eq!(IrfDecision::from_code(d.code()), Some(d));
        }
        let codes = [
            AnchoringView::SupportsWithRemarks.code(),
            IrfDecision::Postponed.code(),
        ];
        assert_eq!(codes, ["stotter_med_merknader", "utsatt"]);
        assert_eq!(IrfDecision::from_code("nope"), None);
    }

    #[test]
    fn codes_are_the_schema_checks() {
        let schema = include_str!("../../db/0001_schema.sql");
        assert!(schema.contains(
            "CHECK (view IN ('avventer', 'stotter',\n                       'stotter_med_merknader', 'stotter_ikke'))"
        ));
        let ranking = include_str!("../../db/0006_ranking.sql");
        assert!(ranking.contains("('prioritert', 'ikke_prioritert', 'utsatt')"));
    }

    #[test]
    fn other_regions_leave_out_the_own() {
        let others = other_regions(Region::Hv);
        assert_eq!(others, [Region::Hso, Region::Hmn, Region::Hn]);
    }

    #[test]
    fn into_the_round_needs_every_answer() {
        let change = check_step(S::Anchoring, S::ReadyForIrf, &[], None).unwrap();
        assert!(!change.overridden());
        assert!(change.enters_round());
        let missing = check_step(
            S::Anchoring,
            S::ReadyForIrf,
            &[Region::Hn, Region::Hv],
            None,
        );
        let regions = vec![Region::Hv, Region::Hn];
        assert_eq!(
            missing,
            Err(ApplicationRefusal::AnchoringMissing { regions })
        );
        // Later steps too, and a blank reason is no reason.
        assert!(matches!(
            check_step(S::Received, S::SentToDirectorate, &[Region::Hn], Some("  ")),
            Err(ApplicationRefusal::AnchoringMissing { .. })
        ));
    }

    #[test]
    fn a_written_reason_overrides_the_anchoring() {
        let reason = Some("  HN svarer muntlig i møtet ");
        let change = check_step(S::Anchoring, S::ReadyForIrf, &[Region::Hn], reason).unwrap();
        assert!(change.overridden());
        let kept = change.override_reason.as_deref();
        assert_eq!(kept, Some("HN svarer muntlig i møtet"));
        // A reason given where none is needed changes nothing.
        let plain = check_step(S::Anchoring, S::ReadyForIrf, &[], Some("x")).unwrap();
        assert!(!plain.overridden());
    }

    #[test]
    fn within_and_after_the_round_answers_are_not_asked_again() {
        assert!(check_step(S::ReadyForIrf, S::RankedByIrf, &[Region::Hn], None).is_ok());
        assert!(check_step(S::RankedByIrf, S::SentToDirectorate, &[Region::Hn], None).is_ok());
    }

    #[test]
    fn hdir_decides_only_after_sendt_hdir() {
        assert!(check_step(S::SentToDirectorate, S::Approved, &[], None).is_ok());
        assert!(check_step(S::SentToDirectorate, S::Rejected, &[], None).is_ok());
        assert_eq!(
            check_step(S::RankedByIrf, S::Approved, &[], None),
            Err(ApplicationRefusal::DecisionBeforeDirectorate {
                step: S::RankedByIrf
            })
        );
        assert!(check_step(S::Approved, S::Rejected, &[], Some("x")).is_err());
    }

    #[test]
    fn back_is_allowed_and_the_same_step_is_not() {
        let back = check_step(S::RankedByIrf, S::Anchoring, &[Region::Hn], None).unwrap();
        assert!(back.goes_before_round());
        assert!(!back.enters_round());
        assert!(check_step(S::Approved, S::SentToDirectorate, &[], None).is_ok());
        assert_eq!(
            check_step(S::Anchoring, S::Anchoring, &[], None),
            Err(ApplicationRefusal::SameStep { step: S::Anchoring })
        );
    }

    #[test]
    fn answers_need_another_region_and_a_date_after_receipt() {
        use AnchoringView as V;
        use ApplicationRefusal as R;
        // For an application from HSØ received on 1 September.
        let answer =
            |region, view, on| check_answer(Region::Hso, region, view, on, Some(day(9, 1)));
        assert_eq!(answer(Region::Hn, V::Supports, Some(day(9, 1))), Ok(()));
        let own = answer(Region::Hso, V::Supports, Some(day(9, 2)));
        assert_eq!(
            own,
            Err(R::OwnRegion {
                region: Region::Hso
            })
        );
        let undated = answer(Region::Hv, V::DoesNotSupport, None);
        assert_eq!(undated, Err(R::AnswerWithoutDate { region: Region::Hv }));
        let (answered, received) = (day(8, 31), day(9, 1));
        let early = answer(Region::Hv, V::Supports, Some(answered));
        assert_eq!(early, Err(R::AnswerBeforeReceived { answered, received }));
        // Back to pending needs no date.
        assert_eq!(answer(Region::Hv, V::Pending, None), Ok(()));
    }

    #[test]
    fn proposed_kinds_are_the_three_service_kinds() {
        assert_eq!(proposed_kind(" kompetanse "), Ok(UnitKind::Competence));
        assert_eq!(proposed_kind("flerregional"), Ok(UnitKind::Multiregional));
        let typed = "nettverk".to_string();
        assert_eq!(
            proposed_kind(&typed),
            Err(ApplicationRefusal::UnknownKind { typed })
        );
    }
}
