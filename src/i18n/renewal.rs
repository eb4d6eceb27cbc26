//! Fornyelser's own texts (`RenewalMsg`, bokmål and English side by side): network
//! members, regional competence services' evaluations and competence-service grants.

use super::{Lang, fill};
use crate::domain::{Code, EvaluationOutcome, MemberRole};

/// A text of the Fornyelser pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenewalMsg {
    /// Kind column of a regional competence service's evaluation row.
    KindEvaluation,
    /// Heading over a network's members.
    Members,
    /// A network's members follow the rule.
    MembersComplete,
    /// Heading over what the members lack.
    MembersLack,
    /// The rule, under the members.
    MembersRule,
    /// No member is recorded.
    NoMembers,
    /// Detail label: a competence service's latest grant.
    Grant,
    /// Detail label: the latest evaluation.
    LastEvaluation,
    /// Detail label: the next evaluation.
    NextEvaluation,
    /// No evaluation recorded yet.
    NoEvaluation,
    /// Money column: competence-service grants.
    MoneyServices,
    /// The money view's note on the grants.
    MoneyServicesNote,
    /// Dialog title: a member of a network.
    /// Dialog title: {network}.
    RemoveFromNetwork,
    /// `d` on a service in Fornyelser: where its group is changed.
    GroupInUnits,
    MemberOfNetwork,
    /// Dialog title: an evaluation.
    EvaluationOf,
    /// Dialog title: a grant.
    GrantOf,
    /// Field: the evaluation's date.
    FieldEvaluated,
    /// Field: the evaluation's outcome.
    FieldEvaluationOutcome,
    /// Field: the budget year.
    FieldYear,
    /// Field: the grant.
    FieldGrant,
    /// The money view's count of new services' grants above the ceiling.
    MoneyAboveCeiling,
    /// The member dialog's health-trust field.
    FieldTrust,
    /// The member dialog's "no health trust" choice.
    NoTrust,
    /// A grant row the dialog did not show (or changed since): year, amount, by, on.
    GrantAlreadyRecorded,
    /// A new competence service's grant above the ceiling.
    AboveNewCeiling,
    /// A typed year is not a year.
    BadYear,
    /// A typed amount is not a number.
    BadAmount,
    /// A regional service's evaluation has no case to draft from here.
    NoCaseForEvaluation,
    /// What n does on a row that has nothing to add.
    NothingToAdd,
    /// Field: the competence service a grant is for.
    FieldService,
    /// The region has no national competence services.
    NoServices,
    /// n on the money view's total line.
    ChooseRegion,
    /// Dialog title (Tjenester, `b` on a network): its first period.
    FirstPeriodOf,
    /// Field: the first period's first day.
    FieldPeriodStart,
    /// Field: its last day (empty: five years).
    FieldPeriodEnd,
    /// Field: the coordinating health trust.
    FieldCoordinator,
    /// The first period is saved: its dates.
    PeriodSaved,
    /// `b` in Tjenester on a network that has a period: where its renewal is decided.
    PeriodInRenewals,
    /// `b` in Tjenester on a unit that is not a network.
    PeriodOnlyNetworks,
}

impl RenewalMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use RenewalMsg as M;
        match self {
            M::KindEvaluation => ("Regional tjeneste", "Regional service"),
            M::Members => ("Medlemmer", "Members"),
            M::MembersComplete => (
                "Alle fire regioner og brukerne er representert.",
                "All four regions and the users are represented.",
            ),
            M::MembersLack => ("Mangler", "Missing"),
            M::NoMembers => ("Ingen medlemmer er registrert.", "No members are recorded."),
            M::MembersRule => (
                "Nettverket skal ha én representant fra hver region og brukerrepresentant; kommuner kan delta. n legger til, d tar ut.",
                "The network needs one representative from every region and a user representative; municipalities may take part. n adds, d takes out.",
            ),
            M::Grant => ("Tilskudd, siste år (MNOK)", "Grant, latest year (MNOK)"),
            M::LastEvaluation => ("Siste evaluering", "Latest evaluation"),
            M::NextEvaluation => ("Neste evaluering", "Next evaluation"),
            M::NoEvaluation => (
                "ingen registrert (regnet fra godkjenningen)",
                "none recorded (counted from the approval)",
            ),
            M::MoneyServices => ("Tjenester", "Services"),
            M::MoneyServicesNote => (
                "Tjenester: siste registrerte årlige tilskudd til hver nasjonale kompetansetjeneste; n fører et tilskudd.",
                "Services: the latest recorded yearly grant of each national competence service; n records a grant.",
            ),
            M::MemberOfNetwork => ("Nytt medlem i {}", "New member of {}"),
            M::RemoveFromNetwork => ("Ta ut av nettverket: {}", "Remove from the network: {}"),
            M::GroupInUnits => (
                "Referansegruppen endres i Tjenester (6): n legger til et medlem, d tar ut ett.",
                "The reference group is changed in Units (6): n adds a member, d removes one.",
            ),
            M::EvaluationOf => ("Evaluering: {}", "Evaluation: {}"),
            M::GrantOf => ("Tilskudd: {}", "Grant: {}"),
            M::FieldEvaluated => ("Evaluert (dd.mm.åååå)", "Evaluated (dd.mm.yyyy)"),
            M::FieldEvaluationOutcome => ("Utfall", "Outcome"),
            M::FieldYear => ("År", "Year"),
            M::FieldGrant => ("Tilskudd (MNOK i året)", "Grant (MNOK a year)"),
            M::FieldTrust => ("Helseforetak", "Health trust"),
            M::MoneyAboveCeiling => (
                "! Nye tjenester over 4 MNOK, taket for nye tjenester: {} (se tjenestens rad i Perioder)",
                "! New services over 4 MNOK, the ceiling for new services: {} (see the service's row in Periods)",
            ),
            M::NoTrust => ("ingen", "none"),
            M::GrantAlreadyRecorded => (
                "Tilskuddet for {} er allerede ført: {} MNOK, av {} {}. Det er ikke endret. Åpne det fra tjenestens rad i Fornyelser (n) for å endre det.",
                "The grant for {} is already recorded: {} MNOK, by {} on {}. It was not changed. Open it from the service's row in Fornyelser (n) to change it.",
            ),
            M::AboveNewCeiling => (
                "over 4 MNOK, taket for nye tjenester",
                "over 4 MNOK, the ceiling for new services",
            ),
            M::BadYear => (
                "«{}» er ikke et årstall. Skriv året med fire sifre, for eksempel 2027.",
                "“{}” is not a year. Type the year in four digits, for example 2027.",
            ),
            M::BadAmount => (
                "«{}» er ikke et beløp. Skriv MNOK med desimalkomma, for eksempel 2,5.",
                "“{}” is not an amount. Type MNOK with a decimal point, for example 2.5.",
            ),
            M::NoCaseForEvaluation => (
                "Evalueringen av en regional tjeneste avgjøres i regionen, ikke i en IRF-sak. b registrerer den.",
                "A regional service's evaluation is decided in its region, not in an IRF case. b records it.",
            ),
            M::FieldService => ("Tjeneste", "Service"),
            M::NoServices => (
                "Regionen har ingen nasjonale kompetansetjenester å føre tilskudd for.",
                "The region has no national competence services to record a grant for.",
            ),
            M::ChooseRegion => (
                "Velg en regions linje; n fører tilskudd for en av regionens kompetansetjenester.",
                "Choose a region's line; n records a grant for one of the region's competence services.",
            ),
            M::FirstPeriodOf => ("Første periode: {}", "First period: {}"),
            M::FieldPeriodStart => ("Periode fra (dd.mm.åååå)", "Period from (dd.mm.yyyy)"),
            M::FieldPeriodEnd => ("Periode til (tom: fem år)", "Period to (empty: five years)"),
            M::FieldCoordinator => ("Koordinerende helseforetak", "Coordinating health trust"),
            M::PeriodSaved => (
                "Perioden {}–{} er lagret. Nettverket står nå i Fornyelser (3).",
                "The period {}–{} is saved. The network is now in Fornyelser (3).",
            ),
            M::PeriodInRenewals => (
                "{} har alt en periode ({}–{}). RHF-enes vedtak om neste periode føres i Fornyelser (3) med b.",
                "{} already has a period ({}–{}). The RHFs' decision on the next period is recorded in Fornyelser (3) with b.",
            ),
            M::PeriodOnlyNetworks => (
                "b i Tjenester fører første periode for et kvalitets- og kompetansenettverk. Velg et nettverk.",
                "b in Units records the first period of a quality and competence network. Choose a network.",
            ),
            M::NothingToAdd => (
                "n legger til medlem i et nettverk eller tilskudd til en kompetansetjeneste.",
                "n adds a member to a network or a grant to a competence service.",
            ),
        }
    }
}

/// The label of an evaluation's outcome.
pub fn outcome_label(lang: Lang, outcome: EvaluationOutcome) -> &'static str {
    lang.pick(match outcome {
        EvaluationOutcome::Continues => ("videreføres", "continues"),
        EvaluationOutcome::Changes => ("videreføres med endringer", "continues with changes"),
        EvaluationOutcome::Ends => ("regional funksjon avsluttes", "regional function ends"),
    })
}

impl super::Text for RenewalMsg {
    fn pair(self) -> (&'static str, &'static str) {
        RenewalMsg::pair(self)
    }
}

impl Lang {
    /// The text of a Fornyelser message.
    pub fn r(self, msg: RenewalMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// A Fornyelser message with its `{}` placeholders filled in order.
    pub fn rf(self, msg: RenewalMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.r(msg), args)
    }
}

/// A member's stored role as shown: a role code's label, else the text as typed
/// (sanitise before drawing).
pub fn member_role_text(lang: Lang, role: &str) -> String {
    match MemberRole::from_code(role.trim()) {
        Some(r) => member_role_label(lang, r).to_string(),
        None => role.trim().to_string(),
    }
}

/// A reference-group member's role as a choice label.
pub fn member_role_label(lang: Lang, role: MemberRole) -> &'static str {
    lang.pick(match role {
        MemberRole::Professional => ("fagperson", "professional"),
        MemberRole::Municipality => ("kommune", "municipality"),
        MemberRole::Academia => ("universitet eller høgskole", "university or college"),
        MemberRole::UserRep => ("brukerrepresentant", "user representative"),
        MemberRole::Other => ("annet", "other"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_show_their_label_or_the_text_typed() {
        assert_eq!(
            member_role_text(Lang::Nb, "universitet"),
            "universitet eller høgskole"
        );
        assert_eq!(member_role_text(Lang::En, "kommune"), "municipality");
        assert_eq!(member_role_text(Lang::En, " overlege "), "overlege");
    }

    #[test]
    fn messages_differ_by_language() {
        assert_eq!(Lang::Nb.rf(RenewalMsg::GrantOf, &[&"KAS"]), "Tilskudd: KAS");
        assert_eq!(
            Lang::En
                .rf(RenewalMsg::BadYear, &[&"x"])
                .matches("“x”")
                .count(),
            1
        );
        assert_eq!(
            outcome_label(Lang::Nb, EvaluationOutcome::Ends),
            "regional funksjon avsluttes"
        );
    }
}
