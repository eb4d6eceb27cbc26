//! Closed vocabularies of the domain, each with its stored code.

use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

/// A closed vocabulary whose variants each have a stable database code.
pub trait Code: Copy + Into<&'static str> + std::str::FromStr + IntoEnumIterator {
    /// The code stored in the database.
    fn code(self) -> &'static str {
        self.into()
    }

    /// Parses a stored code; `None` for anything unknown.
    fn from_code(code: &str) -> Option<Self> {
        code.parse().ok()
    }

    /// Every value, in display order.
    fn all() -> Vec<Self> {
        Self::iter().collect()
    }
}

/// The four regional health authorities (RHF).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum Region {
    /// Helse Sør-Øst RHF.
    #[strum(serialize = "HSØ")]
    Hso,
    /// Helse Vest RHF.
    #[strum(serialize = "HV")]
    Hv,
    /// Helse Midt-Norge RHF.
    #[strum(serialize = "HMN")]
    Hmn,
    /// Helse Nord RHF.
    #[strum(serialize = "HN")]
    Hn,
}

impl Code for Region {}

impl Region {
    /// The full name of the authority.
    pub fn name(self) -> &'static str {
        match self {
            Region::Hso => "Helse Sør-Øst RHF",
            Region::Hv => "Helse Vest RHF",
            Region::Hmn => "Helse Midt-Norge RHF",
            Region::Hn => "Helse Nord RHF",
        }
    }

    /// Parses a region code typed by a user: case-insensitive, `HSO` accepted for `HSØ`.
    pub fn parse_loose(text: &str) -> Option<Self> {
        match text.trim().to_uppercase().as_str() {
            "HSØ" | "HSO" => Some(Region::Hso),
            "HV" => Some(Region::Hv),
            "HMN" => Some(Region::Hmn),
            "HN" => Some(Region::Hn),
            _ => None,
        }
    }
}

/// The six kinds of unit the group follows up.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum UnitKind {
    /// Nasjonal behandlingstjeneste.
    #[strum(serialize = "behandling")]
    Treatment,
    /// Flerregional behandlingstjeneste.
    #[strum(serialize = "flerregional")]
    Multiregional,
    /// Nasjonal kompetansetjeneste.
    #[strum(serialize = "kompetanse")]
    Competence,
    /// Kvalitets- og kompetansenettverk.
    #[strum(serialize = "nettverk")]
    Network,
    /// Nasjonalt senter / annen organisasjonsform.
    #[strum(serialize = "senter")]
    Centre,
    /// Regional kompetansetjeneste.
    #[strum(serialize = "regional_kompetanse")]
    RegionalCompetence,
}

impl Code for UnitKind {}

/// The function of a national competence service, which sets its term.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum Function {
    /// Opplæring: a 5-year term.
    #[strum(serialize = "opplaering")]
    Training,
    /// Kompetansebygging: a 10-year term.
    #[strum(serialize = "kompetansebygging")]
    CompetenceBuilding,
}

impl Code for Function {}

impl Function {
    /// Length of the term in years.
    pub fn term_years(self) -> i32 {
        match self {
            Function::Training => 5,
            Function::CompetenceBuilding => 10,
        }
    }
}

/// Lifecycle of a unit.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum UnitStatus {
    /// In operation.
    #[strum(serialize = "aktiv")]
    Active,
    /// Term ended, phase-out under way.
    #[strum(serialize = "under_avvikling")]
    PhasingOut,
    /// Closed.
    #[strum(serialize = "avviklet")]
    Closed,
}

impl Code for UnitStatus {}

/// Review status of one annual report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum ReportStatus {
    /// Not yet received.
    #[strum(serialize = "forventet")]
    Expected,
    /// Filed in eRapport, not yet opened.
    #[strum(serialize = "mottatt")]
    Received,
    /// A region is reviewing it.
    #[strum(serialize = "under_vurdering")]
    InReview,
    /// Review done, nothing to follow up.
    #[strum(serialize = "vurdert")]
    Reviewed,
    /// Review done, follow-up items open.
    #[strum(serialize = "oppfolging")]
    FollowUpOpen,
    /// All done.
    #[strum(serialize = "lukket")]
    Closed,
}

impl Code for ReportStatus {}

/// Steps of an application for a new national service.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum ApplicationStep {
    /// Received by the applicant's own RHF.
    #[strum(serialize = "mottatt")]
    Received,
    /// Assessed in the applicant's region.
    #[strum(serialize = "regional_vurdering")]
    RegionalAssessment,
    /// The other three regions record their view.
    #[strum(serialize = "forankring")]
    Anchoring,
    /// Ready for IRF.
    #[strum(serialize = "klar_for_irf")]
    ReadyForIrf,
    /// Prioritised and ranked by IRF.
    #[strum(serialize = "rangert")]
    RankedByIrf,
    /// Sent to the Directorate.
    #[strum(serialize = "sendt_hdir")]
    SentToDirectorate,
    /// Approved by the Directorate.
    #[strum(serialize = "godkjent")]
    Approved,
    /// Rejected by the Directorate.
    #[strum(serialize = "avslatt")]
    Rejected,
}

impl Code for ApplicationStep {}

/// Status of an IRF case.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum CaseStatus {
    /// Being written.
    #[strum(serialize = "utkast")]
    Draft,
    /// Ready for an agenda.
    #[strum(serialize = "klar")]
    Ready,
    /// On a meeting's agenda.
    #[strum(serialize = "satt_opp")]
    OnAgenda,
    /// Decided.
    #[strum(serialize = "vedtatt")]
    Decided,
    /// Sent on to the AD meeting.
    #[strum(serialize = "sendt_ad")]
    SentToAd,
    /// Closed.
    #[strum(serialize = "lukket")]
    Closed,
}

impl Code for CaseStatus {}

/// Typical kinds of case brought to IRF.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum CaseType {
    /// Ranking of applications for new services.
    #[strum(serialize = "rangering")]
    ApplicationRanking,
    /// Summary of the report season.
    #[strum(serialize = "rapportoppsummering")]
    ReportSummary,
    /// Renewal of a network in year 6.
    #[strum(serialize = "fornyelse")]
    NetworkRenewal,
    /// Phase-out recommendation for a competence service.
    #[strum(serialize = "avvikling")]
    PhaseOut,
    /// Mandate of a new service.
    #[strum(serialize = "mandat")]
    Mandate,
    /// Annual report with plan for the coming year.
    #[strum(serialize = "arsplan")]
    AnnualPlan,
    /// Anything else.
    #[strum(serialize = "annet")]
    Other,
}

impl Code for CaseType {}

/// The two meetings cases go to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum MeetingKind {
    /// Interregionalt fagdirektørmøte.
    #[strum(serialize = "IRF")]
    Irf,
    /// Interregionalt AD-møte.
    #[strum(serialize = "AD")]
    Ad,
}

impl Code for MeetingKind {}

/// The roles a contact can have, in the order they are listed to users (the `CHECK`
/// constraint on `contact_roles.role` in db/0001_schema.sql).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum ContactRole {
    /// Contact person in a service's own environment.
    #[strum(serialize = "servicemiljo")]
    ServiceContact,
    /// Member of the working group.
    #[strum(serialize = "arbeidsgruppe")]
    WorkingGroup,
    /// A region's medical director.
    #[strum(serialize = "fagdirektor")]
    MedicalDirector,
    /// Leader of a unit.
    #[strum(serialize = "enhetsleder")]
    UnitLeader,
    /// Member of a unit's reference group.
    #[strum(serialize = "referansegruppe")]
    ReferenceGroup,
    /// Chair of a unit's reference group.
    #[strum(serialize = "referansegruppeleder")]
    ReferenceGroupChair,
    /// User representative.
    #[strum(serialize = "brukerrepresentant")]
    UserRepresentative,
    /// Coordinator of a network.
    #[strum(serialize = "nettverkskoordinator")]
    NetworkCoordinator,
}

impl Code for ContactRole {}

/// A unit's name without the kind's prefix, for narrow columns where the kind is shown
/// beside it: "Nasjonal kompetansetjeneste for sarkomer" → "Sarkomer".
pub fn short_name(name: &str) -> std::borrow::Cow<'_, str> {
    const PREFIXES: [&str; 7] = [
        "Nasjonal kompetansetjeneste for ",
        "Nasjonal behandlingstjeneste for ",
        "Flerregional behandlingstjeneste for ",
        "Kvalitets- og kompetansenettverk for ",
        "Regional kompetansetjeneste for ",
        "Nasjonalt senter for ",
        "Nasjonal tjeneste for ",
    ];
    for prefix in PREFIXES {
        if let Some(rest) = name.strip_prefix(prefix).filter(|r| !r.trim().is_empty()) {
            let mut chars = rest.chars();
            return match chars.next() {
                Some(first) => std::borrow::Cow::Owned(first.to_uppercase().chain(chars).collect()),
                None => std::borrow::Cow::Borrowed(name),
            };
        }
    }
    std::borrow::Cow::Borrowed(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Region::all() {
            assert_eq!(Region::from_code(r.code()), Some(r));
        }
        for k in UnitKind::all() {
            assert_eq!(UnitKind::from_code(k.code()), Some(k));
        }
        for s in ReportStatus::all() {
            assert_eq!(ReportStatus::from_code(s.code()), Some(s));
        }
        assert_eq!(UnitKind::from_code("nope"), None);
    }

    #[test]
    fn contact_roles_are_the_schema_check() {
        // The migration is append-only: the vocabulary must follow its CHECK list.
        let schema = include_str!("../../db/0001_schema.sql");
        let check = schema
            .split("CREATE TABLE contact_roles")
            .nth(1)
            .and_then(|table| table.split("CHECK (role IN (").nth(1))
            .and_then(|rest| rest.split("))").next())
            .unwrap();
        let listed: Vec<&str> = check
            .split(',')
            .map(|code| code.trim().trim_matches('\''))
            .collect();
        let codes: Vec<&str> = ContactRole::all().into_iter().map(Code::code).collect();
        assert_eq!(codes, listed);
        for role in ContactRole::all() {
            assert_eq!(ContactRole::from_code(role.code()), Some(role));
        }
    }

    #[test]
    fn loose_region_parsing() {
        assert_eq!(Region::parse_loose(" hso "), Some(Region::Hso));
        assert_eq!(Region::parse_loose("HSØ"), Some(Region::Hso));
        assert_eq!(Region::parse_loose("hmn"), Some(Region::Hmn));
        assert_eq!(Region::parse_loose("Helse"), None);
    }

    #[test]
    fn short_names_drop_the_kind() {
        assert_eq!(
            short_name("Nasjonal kompetansetjeneste for sarkomer"),
            "Sarkomer"
        );
        assert_eq!(short_name("Nasjonal kompetansetjeneste for ROP"), "ROP");
        assert_eq!(
            short_name("Kvalitets- og kompetansenettverk for søvnsykdommer"),
            "Søvnsykdommer"
        );
        assert_eq!(short_name("ParkinsonNet"), "ParkinsonNet");
        assert_eq!(
            short_name("Nasjonal kompetansetjeneste for "),
            "Nasjonal kompetansetjeneste for "
        );
    }

    #[test]
    fn function_terms() {
        assert_eq!(Function::Training.term_years(), 5);
        assert_eq!(Function::CompetenceBuilding.term_years(), 10);
    }
}
