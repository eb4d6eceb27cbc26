//! Names of the domain's vocabularies (kinds, statuses, steps, roles …) in both languages.

use super::Lang;
use crate::domain::{
    ApplicationStep, Breach, CaseStatus, CaseType, Function, Region, ReportStatus, UnitKind,
    UnitStatus,
};

/// A value with a name in each language.
pub trait Labelled {
    /// (bokmål, English).
    fn pair(self) -> (&'static str, &'static str);
}

/// The name of a vocabulary value in the UI language.
pub fn label<T: Labelled>(lang: Lang, value: T) -> &'static str {
    lang.pick(value.pair())
}

impl Labelled for UnitKind {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            UnitKind::Treatment => ("Behandlingstjeneste", "Treatment service"),
            UnitKind::Multiregional => ("Flerregional beh.", "Multiregional treatment"),
            UnitKind::Competence => ("Kompetansetjeneste", "Competence service"),
            UnitKind::Network => ("Nettverk", "Network"),
            UnitKind::Centre => ("Senter / annen form", "Centre / other form"),
            UnitKind::RegionalCompetence => ("Regional komp.tjeneste", "Regional competence"),
        }
    }
}

impl Labelled for Function {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Function::Training => ("Opplæring (5 år)", "Training (5 years)"),
            Function::CompetenceBuilding => (
                "Kompetansebygging (10 år)",
                "Competence building (10 years)",
            ),
        }
    }
}

impl Labelled for UnitStatus {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            UnitStatus::Active => ("aktiv", "active"),
            UnitStatus::PhasingOut => ("under avvikling", "phasing out"),
            UnitStatus::Closed => ("avviklet", "closed"),
        }
    }
}

impl Labelled for ReportStatus {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            ReportStatus::Expected => ("forventet", "expected"),
            ReportStatus::Received => ("mottatt", "received"),
            ReportStatus::InReview => ("under vurdering", "in review"),
            ReportStatus::Reviewed => ("vurdert", "reviewed"),
            ReportStatus::FollowUpOpen => ("oppfølging åpen", "follow-up open"),
            ReportStatus::Closed => ("lukket", "closed"),
        }
    }
}

impl Labelled for ApplicationStep {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            ApplicationStep::Received => ("mottatt", "received"),
            ApplicationStep::RegionalAssessment => ("regional vurdering", "regional assessment"),
            ApplicationStep::Anchoring => ("forankring", "anchoring"),
            ApplicationStep::ReadyForIrf => ("klar for IRF", "ready for IRF"),
            ApplicationStep::RankedByIrf => ("rangert av IRF", "ranked by IRF"),
            ApplicationStep::SentToDirectorate => ("sendt Hdir", "sent to the Directorate"),
            ApplicationStep::Approved => ("godkjent", "approved"),
            ApplicationStep::Rejected => ("avslått", "rejected"),
        }
    }
}

impl Labelled for CaseStatus {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            CaseStatus::Draft => ("utkast", "draft"),
            CaseStatus::Ready => ("klar", "ready"),
            CaseStatus::OnAgenda => ("satt opp", "on agenda"),
            CaseStatus::Decided => ("vedtatt", "decided"),
            CaseStatus::SentToAd => ("sendt AD-møtet", "sent to AD"),
            CaseStatus::Closed => ("lukket", "closed"),
        }
    }
}

impl Labelled for CaseType {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            CaseType::ApplicationRanking => ("rangering av søknader", "ranking of applications"),
            CaseType::ReportSummary => ("oppsummering årsrapporter", "report summary"),
            CaseType::NetworkRenewal => ("fornyelse av nettverk", "network renewal"),
            CaseType::PhaseOut => ("avvikling", "phase-out"),
            CaseType::Mandate => ("mandat", "mandate"),
            CaseType::AnnualPlan => ("årsrapport og plan", "annual report and plan"),
            CaseType::Other => ("annet", "other"),
        }
    }
}

impl Labelled for Region {
    fn pair(self) -> (&'static str, &'static str) {
        let name = self.name();
        (name, name)
    }
}

/// A stored code of a free vocabulary (renewal states, anchoring views, roles, owners):
/// its name in the UI language, or the code itself if unknown.
pub fn code_label(lang: Lang, code: &str) -> String {
    let pair = match code {
        "lopende" => ("løpende", "running"),
        "forfaller" => ("forfaller (år 5)", "due (year 5)"),
        "under_evaluering" => ("under evaluering (år 6)", "in evaluation (year 6)"),
        "fornyet" => ("fornyet", "renewed"),
        "avsluttet" => ("avsluttet", "ended"),
        "avventer" => ("avventer", "pending"),
        "stotter" => ("støtter", "supports"),
        "stotter_med_merknader" => ("støtter med merknader", "supports with remarks"),
        "stotter_ikke" => ("støtter ikke", "does not support"),
        "servicemiljo" => ("kontakt i servicemiljøet", "service-environment contact"),
        "arbeidsgruppe" => ("arbeidsgruppen", "working group"),
        "fagdirektor" => ("fagdirektør", "medical director"),
        "enhetsleder" => ("leder av tjeneste", "unit leader"),
        "referansegruppe" => ("referansegruppemedlem", "reference-group member"),
        "referansegruppeleder" => ("leder av referansegruppe", "reference-group chair"),
        "brukerrepresentant" => ("brukerrepresentant", "user representative"),
        "nettverkskoordinator" => ("nettverkskoordinator", "network coordinator"),
        "soknad" => ("kontaktperson for søknad", "contact for an application"),
        "sak" => ("nevnt i sak", "named in a case"),
        "ern_koordinator" => ("nasjonal koordinator for ERN", "national ERN coordinator"),
        "nasjonal" => ("nasjonalt", "national"),
        "regionene" => ("regionene", "the regions"),
        "behandling" => ("behandlingstjeneste", "treatment service"),
        "kompetanse" => ("kompetansetjeneste", "competence service"),
        "flerregional" => (
            "flerregional behandlingstjeneste",
            "multiregional treatment service",
        ),
        "nettverk" => ("fortsetter som nettverk", "continues as a network"),
        "annen_form" => ("annen organisering", "another organisational form"),
        "avsluttes" => ("nasjonal funksjon avsluttes", "the national function ends"),
        "innlemmes" => (
            "innlemmes i en behandlingstjeneste",
            "merged into a treatment service",
        ),
        "driftsoppgaver" => ("oppgavene til ordinær drift", "tasks to ordinary operation"),
        "unit" => ("tjeneste", "unit"),
        "application" => ("søknad", "application"),
        "report" => ("årsrapport", "annual report"),
        "network_period" => ("nettverksperiode", "network period"),
        "phase_out" => ("avvikling", "phase-out"),
        "avviser" => ("avviser", "rejects"),
        "regional_vurdering" => (
            "ber om hver regions vurdering først",
            "wants each region's assessment first",
        ),
        "prioritert" => ("prioritert", "prioritised"),
        "ikke_prioritert" => ("ikke prioritert", "not prioritised"),
        "utsatt" => ("utsatt", "postponed"),
        "arshjul" => ("Årshjul", "Annual cycle"),
        "arsrapporter" => ("Årsrapporter", "Annual reports"),
        "fornyelser" => ("Fornyelser", "Renewals"),
        "kontakter" => ("Kontakter", "Contacts"),
        "saker" => ("Saker", "Cases"),
        "tjenester" => ("Tjenester", "Units"),
        "aktiv" => ("aktiv", "active"),
        "under_avvikling" => ("under avvikling", "phasing out"),
        "avviklet" => ("avviklet", "closed"),
        _ => return code.to_string(),
    };
    lang.pick(pair).to_string()
}

/// A reference-group rule that is broken, as a sentence.
pub fn breach(lang: Lang, b: &Breach) -> String {
    match b {
        Breach::NoGroup => lang
            .pick((
                "Ingen referansegruppe er registrert.",
                "No reference group is recorded.",
            ))
            .into(),
        Breach::MissingRegion(r) => super::fill(
            lang.pick(("Mangler medlem fra {}.", "No member from {}.")),
            &[&r.name()],
        ),
        Breach::TooFewMunicipalities => lang
            .pick((
                "Regional kompetansetjeneste skal ha to medlemmer fra kommunene; gi medlemmene rollen kommune.",
                "A regional competence service needs two members from municipalities; give them the role municipality.",
            ))
            .into(),
        Breach::NoAcademia => lang
            .pick((
                "Regional kompetansetjeneste skal ha et medlem fra universitet eller høgskole.",
                "A regional competence service needs a member from a university or university college.",
            ))
            .into(),
        Breach::MissingHospitalArea(trust) => super::fill(
            lang.pick((
                "Mangler medlem fra sykehusområdet {}; oppgi helseforetaket på medlemmet.",
                "No member from the hospital area {}; give the member's health trust.",
            )),
            &[trust],
        ),
        Breach::NoUserRep => lang
            .pick(("Mangler brukerrepresentant.", "No user representative."))
            .into(),
        Breach::NoChair => lang
            .pick(("Ingen leder er valgt.", "Nobody chairs the group."))
            .into(),
        Breach::ChairFromHost => lang
            .pick((
                "Lederen kommer fra vertsregionen; lederen skal komme fra en annen region.",
                "The chair comes from the host region; it must come from another region.",
            ))
            .into(),
        Breach::SeveralChairs => lang
            .pick(("Mer enn én leder.", "More than one chair."))
            .into(),
        Breach::TooFewUserReps => lang
            .pick((
                "Regional kompetansetjeneste skal ha to brukerrepresentanter.",
                "A regional competence service needs two user representatives.",
            ))
            .into(),
    }
}
