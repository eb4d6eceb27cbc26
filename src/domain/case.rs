//! IRF cases: text sections, IRF's three answers, the status machine and the rules for
//! agendas and decisions. Pure: the store asks these functions before it writes.
//!
//! - here: [`Section`], [`IrfAnswer`], [`answers_apply`], the status machine
//!   ([`status_route`], [`check_status`]) and [`CaseRefusal`];
//! - `clean`: what a section's text may hold ([`clean_section`], [`clean_line`]), the
//!   1,000,000-character limit ([`check_section`]) and template filling
//!   ([`fill_template`]).
//!
//! A case's life: `utkast` ⇄ `klar`; put on a meeting's agenda it is `satt_opp` (from
//! `utkast` or `klar`), taken off it is `klar` again; recording IRF's decision makes it
//! `vedtatt`; then `sendt_ad` (on to the AD meeting) or `lukket`, and `sendt_ad` →
//! `lukket`. Only the plain steps are made by setting the status; the agenda and the
//! decision steps are made by their own actions, so the agenda row, the number and
//! the decision cannot disagree with the status.

mod clean;

pub use clean::{MAX_SECTION_CHARS, check_section, clean_line, clean_section, fill_template};

use chrono::NaiveDate;
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::codes::{CaseStatus, CaseType, Code, MeetingKind};
use super::terms::CaseNumber;

/// A text section of a case, in the order the case document shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// Bakgrunn.
    Background,
    /// Vurdering.
    Assessment,
    /// Forslag til vedtak.
    Proposal,
    /// Vedlegg.
    Attachments,
    /// Vedtak, recorded after the meeting.
    Decision,
}

impl Section {
    /// Every section, in document order (the order of `Case::sections`).
    pub const ALL: [Section; 5] = [
        Section::Background,
        Section::Assessment,
        Section::Proposal,
        Section::Attachments,
        Section::Decision,
    ];

    /// The column of `cases` (and the `section` of `case_templates`) holding it.
    pub fn column(self) -> &'static str {
        match self {
            Section::Background => "background",
            Section::Assessment => "assessment",
            Section::Proposal => "proposal",
            Section::Attachments => "attachments",
            Section::Decision => "decision",
        }
    }

    /// The section stored in `column`, if it is one.
    pub fn from_column(column: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.column() == column)
    }

    /// Its place in [`Section::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether the text is fixed once IRF has decided: what IRF decided on
    /// (background, assessment, proposal) stays as it was; the attachments and the
    /// decision itself can still be corrected.
    pub fn fixed_after_decision(self) -> bool {
        matches!(
            self,
            Section::Background | Section::Assessment | Section::Proposal
        )
    }
}

/// IRF's answer to a network renewal or a phase-out recommendation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum IrfAnswer {
    /// Støtter (innstillingen / fornyelsen).
    #[strum(serialize = "stotter")]
    Supports,
    /// Avviser.
    #[strum(serialize = "avviser")]
    Rejects,
    /// Ønsker faglig vurdering fra egen region først; the case comes back.
    #[strum(serialize = "regional_vurdering")]
    RegionalAssessmentFirst,
}

impl Code for IrfAnswer {}

impl IrfAnswer {
    /// The `renewal_state` a network period gets from IRF's answer on its renewal:
    /// supports → `fornyet`, rejects → `avsluttet`, wants each region's assessment
    /// first → `under_evaluering` (the evaluation goes on and the case returns).
    pub fn renewal_state(self) -> &'static str {
        match self {
            IrfAnswer::Supports => "fornyet",
            IrfAnswer::Rejects => "avsluttet",
            IrfAnswer::RegionalAssessmentFirst => "under_evaluering",
        }
    }
}

/// Whether IRF answers a case of this type with one of the three [`IrfAnswer`]s:
/// network renewal (`fornyelse`) and phase-out (`avvikling`).
pub fn answers_apply(case_type: CaseType) -> bool {
    matches!(case_type, CaseType::NetworkRenewal | CaseType::PhaseOut)
}

/// How a case gets from one status to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusRoute {
    /// By setting the status: `utkast` ⇄ `klar`, `vedtatt` → `sendt_ad` | `lukket`,
    /// `sendt_ad` → `lukket`.
    Direct,
    /// By putting the case on a meeting's agenda (`utkast`/`klar` → `satt_opp`).
    Agenda,
    /// By taking it off the agenda (`satt_opp` → `klar`).
    LeaveAgenda,
    /// By recording IRF's decision (`satt_opp` → `vedtatt`).
    Decision,
}

/// The route from `from` to `to`, or `None` when a case never goes that way.
pub fn status_route(from: CaseStatus, to: CaseStatus) -> Option<StatusRoute> {
    use CaseStatus as S;
    match (from, to) {
        (S::Draft, S::Ready)
        | (S::Ready, S::Draft)
        | (S::Decided, S::SentToAd | S::Closed)
        | (S::SentToAd, S::Closed) => Some(StatusRoute::Direct),
        (S::Draft | S::Ready, S::OnAgenda) => Some(StatusRoute::Agenda),
        (S::OnAgenda, S::Ready) => Some(StatusRoute::LeaveAgenda),
        (S::OnAgenda, S::Decided) => Some(StatusRoute::Decision),
        _ => None,
    }
}

/// Checks a status set directly. Allowed: `utkast` ⇄ `klar`, `vedtatt` → `sendt_ad` or
/// `lukket`, `sendt_ad` → `lukket`. Onto and off an agenda and to `vedtatt` are refused
/// here with a pointer to the action that does it; anything else is refused naming
/// both statuses.
pub fn check_status(from: CaseStatus, to: CaseStatus) -> Result<(), CaseRefusal> {
    if from == to {
        return Err(CaseRefusal::SameStatus { status: to });
    }
    match status_route(from, to) {
        Some(StatusRoute::Direct) => Ok(()),
        Some(StatusRoute::Agenda | StatusRoute::LeaveAgenda) => {
            Err(CaseRefusal::StatusByAgenda { from, to })
        }
        Some(StatusRoute::Decision) => Err(CaseRefusal::StatusByDecision { from, to }),
        None => Err(CaseRefusal::BadStatus { from, to }),
    }
}

/// Whether a case at `status` has been decided (`vedtatt`, `sendt_ad`, `lukket`).
pub fn is_decided(status: CaseStatus) -> bool {
    matches!(
        status,
        CaseStatus::Decided | CaseStatus::SentToAd | CaseStatus::Closed
    )
}

/// The number after `highest` (the highest ever handed out in the series and year, or
/// `None` when none was): numbers start at 1 and are never reused.
pub fn next_case_number(kind: MeetingKind, year: i32, highest: Option<u32>) -> CaseNumber {
    CaseNumber {
        kind,
        number: highest.map_or(1, |n| n.saturating_add(1)),
        year,
    }
}

/// Why a change to a case, a meeting or an agenda was refused. Each variant carries
/// what the user needs to put it right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseRefusal {
    /// The title is empty.
    EmptyTitle,
    /// The case already has the status asked for.
    SameStatus {
        /// That status.
        status: CaseStatus,
    },
    /// A case never goes from `from` to `to`.
    BadStatus {
        /// The case's status.
        from: CaseStatus,
        /// The status asked for.
        to: CaseStatus,
    },
    /// This step is made by putting the case on an agenda or taking it off.
    StatusByAgenda {
        /// The case's status.
        from: CaseStatus,
        /// The status asked for.
        to: CaseStatus,
    },
    /// This step is made by recording IRF's decision.
    StatusByDecision {
        /// The case's status.
        from: CaseStatus,
        /// The status asked for.
        to: CaseStatus,
    },
    /// The case is already on a meeting's agenda.
    OnAgenda {
        /// The case's title.
        title: String,
        /// The date of the meeting it is on.
        meeting_date: NaiveDate,
    },
    /// The case is on no agenda.
    NotOnAgenda {
        /// The case's title.
        title: String,
    },
    /// A meeting cannot be set on a day that has passed.
    PastMeeting {
        /// The date asked for.
        date: NaiveDate,
    },
    /// A meeting with cases on its agenda cannot be deleted.
    MeetingHasCases {
        /// How many cases are on it.
        count: i64,
    },
    /// A meeting with cases on its agenda cannot change between IRF and AD (the
    /// cases' numbers belong to its series).
    KindWithCases {
        /// How many cases are on it.
        count: i64,
    },
    /// The case is decided, so this can no longer change.
    Decided {
        /// The case's title.
        title: String,
    },
    /// A section's text is longer than allowed.
    SectionTooLong {
        /// The section.
        section: Section,
        /// Its length in characters.
        chars: usize,
        /// The most allowed.
        max: usize,
    },
    /// IRF's three answers only apply to renewals and phase-outs.
    AnswerNotForType {
        /// The case's type.
        case_type: CaseType,
    },
    /// A renewal or phase-out decision needs IRF's answer.
    AnswerMissing {
        /// The case's type.
        case_type: CaseType,
    },
    /// Only a case on an agenda (`satt_opp`) can be decided.
    NotDecidable {
        /// The case's status.
        status: CaseStatus,
    },
    /// The decision's text is empty.
    EmptyDecision,
    /// Only a draft (`utkast`) can be deleted.
    NotDraft {
        /// The case's status.
        status: CaseStatus,
    },
    /// A link names a kind of record or a record that does not exist.
    UnknownLink {
        /// The kind of record as given (`unit`, `application`, `contact`, `report`,
        /// `network_period`, `phase_out`).
        entity: String,
        /// The id given.
        id: i64,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaseStatus as S;

    #[test]
    fn sections_have_their_columns_in_order() {
        let columns: Vec<_> = Section::ALL.iter().map(|s| s.column()).collect();
        assert_eq!(
            columns,
            [
                "background",
                "assessment",
                "proposal",
                "attachments",
                "decision"
            ]
        );
        for (i, s) in Section::ALL.into_iter().enumerate() {
            assert_eq!(s.index(), i);
            assert_eq!(Section::from_column(s.column()), Some(s));
        }
        assert_eq!(Section::from_column("title"), None);
        assert!(Section::Proposal.fixed_after_decision());
        assert!(!Section::Decision.fixed_after_decision());
        assert!(!Section::Attachments.fixed_after_decision());
    }

    #[test]
    fn answers_have_the_schema_codes() {
        let codes: Vec<_> = IrfAnswer::all().into_iter().map(Code::code).collect();
        assert_eq!(codes, ["stotter", "avviser", "regional_vurdering"]);
        for a in IrfAnswer::all() {
            assert_eq!(IrfAnswer::from_code(a.code()), Some(a));
        }
        assert_eq!(IrfAnswer::from_code("stotter_ikke"), None);
        // The schema's CHECK on cases.irf_answer and phase_outs.irf_answer.
        let schema = include_str!("../../db/0001_schema.sql");
        assert!(schema.contains("irf_answer IN ('stotter', 'avviser', 'regional_vurdering')"));
    }

    #[test]
    fn answers_map_to_renewal_states() {
        assert_eq!(IrfAnswer::Supports.renewal_state(), "fornyet");
        assert_eq!(IrfAnswer::Rejects.renewal_state(), "avsluttet");
        assert_eq!(
            IrfAnswer::RegionalAssessmentFirst.renewal_state(),
            "under_evaluering"
        );
    }

    #[test]
    fn answers_apply_to_renewals_and_phase_outs_only() {
        let applying: Vec<_> = CaseType::all()
            .into_iter()
            .filter(|t| answers_apply(*t))
            .collect();
        assert_eq!(applying, [CaseType::NetworkRenewal, CaseType::PhaseOut]);
    }

    #[test]
    fn the_status_machine() {
        let direct = [
            (S::Draft, S::Ready),
            (S::Ready, S::Draft),
            (S::Decided, S::SentToAd),
            (S::Decided, S::Closed),
            (S::SentToAd, S::Closed),
        ];
        for from in CaseStatus::all() {
            for to in CaseStatus::all() {
                let got = check_status(from, to);
                let want = if from == to {
                    Err(CaseRefusal::SameStatus { status: to })
                } else if direct.contains(&(from, to)) {
                    Ok(())
                } else if matches!((from, to), (S::Draft | S::Ready, S::OnAgenda))
                    || (from, to) == (S::OnAgenda, S::Ready)
                {
                    Err(CaseRefusal::StatusByAgenda { from, to })
                } else if (from, to) == (S::OnAgenda, S::Decided) {
                    Err(CaseRefusal::StatusByDecision { from, to })
                } else {
                    Err(CaseRefusal::BadStatus { from, to })
                };
                assert_eq!(got, want, "{from:?} → {to:?}");
            }
        }
        assert_eq!(
            status_route(S::OnAgenda, S::Decided),
            Some(StatusRoute::Decision)
        );
        assert_eq!(status_route(S::Closed, S::Draft), None);
    }

    #[test]
    fn decided_statuses() {
        let decided: Vec<_> = CaseStatus::all()
            .into_iter()
            .filter(|s| is_decided(*s))
            .collect();
        assert_eq!(decided, [S::Decided, S::SentToAd, S::Closed]);
    }

    #[test]
    fn numbers_follow_the_highest_used() {
        let n = next_case_number(MeetingKind::Irf, 2026, None);
        assert_eq!(n.to_string(), "1/26");
        let n = next_case_number(MeetingKind::Irf, 2026, Some(43));
        assert_eq!(n.to_string(), "44/26");
        let n = next_case_number(MeetingKind::Ad, 2021, Some(138));
        assert_eq!(n.to_string(), "139-2021");
    }
}
