//! Why the store refused a change that breaks a rule of the domain. Each refusal carries
//! the values a user needs to fix the input; `i18n::refusal_text` turns it into a
//! sentence in the UI language.

use super::application::ApplicationRefusal;
use super::case::CaseRefusal;
use super::cycle::CycleRefusal;
use super::ern::ErnRefusal;
use super::leadership::LeadershipRefusal;
use super::obligations::ObligationRefusal;
use super::renewal::RenewalRefusal;
use super::review::ReviewRefusal;
use super::undo::UndoRefusal;

/// A change refused because it breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A milestone or a cycle rule is wrong.
    Cycle(CycleRefusal),
    /// An application, its anchoring or its ranking is wrong.
    Application(ApplicationRefusal),
    /// A case, a meeting or an agenda is wrong.
    Case(CaseRefusal),
    /// A network period, its renewal or a phase-out is wrong.
    Renewal(RenewalRefusal),
    /// A report's review: its status, an answer or a follow-up is wrong.
    Review(ReviewRefusal),
    /// An undo cannot be done.
    Undo(UndoRefusal),
    /// A leadership period is wrong (a gap, an overlap, an end before its start).
    Leadership(LeadershipRefusal),
    /// An obligation of the service environment is wrong (a percentage outside 2–4,
    /// an amount below zero, an event without a date …).
    Obligation(ObligationRefusal),
    /// An ERN membership is wrong (a status outside the list, no network named …).
    Ern(ErnRefusal),
}

impl From<CaseRefusal> for Refusal {
    fn from(r: CaseRefusal) -> Refusal {
        Refusal::Case(r)
    }
}

impl From<CycleRefusal> for Refusal {
    fn from(r: CycleRefusal) -> Refusal {
        Refusal::Cycle(r)
    }
}

impl From<ApplicationRefusal> for Refusal {
    fn from(r: ApplicationRefusal) -> Refusal {
        Refusal::Application(r)
    }
}

impl From<RenewalRefusal> for Refusal {
    fn from(r: RenewalRefusal) -> Refusal {
        Refusal::Renewal(r)
    }
}

impl From<ReviewRefusal> for Refusal {
    fn from(r: ReviewRefusal) -> Refusal {
        Refusal::Review(r)
    }
}

impl From<UndoRefusal> for Refusal {
    fn from(r: UndoRefusal) -> Refusal {
        Refusal::Undo(r)
    }
}

impl From<LeadershipRefusal> for Refusal {
    fn from(r: LeadershipRefusal) -> Refusal {
        Refusal::Leadership(r)
    }
}

impl From<ErnRefusal> for Refusal {
    fn from(r: ErnRefusal) -> Refusal {
        Refusal::Ern(r)
    }
}

impl From<ObligationRefusal> for Refusal {
    fn from(r: ObligationRefusal) -> Refusal {
        Refusal::Obligation(r)
    }
}
