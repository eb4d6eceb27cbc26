//! The texts of the ERN memberships (`ErnMsg`): the statuses, the flags, the dialogs
//! that add, change and delete a membership, the unit's detail and `irf ern`; bokmål
//! and English side by side. The refusals' sentences are in `refusals/ern.rs`.

use super::{Lang, fill};
use crate::domain::{Code, ErnFlag, ErnStatus};

/// A text about the ERN memberships.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErnMsg {
    /// Heading and dialog title: the memberships.
    Heading,
    /// Dialog title: a new membership of a unit.
    NewTitle,
    /// Dialog title: changing one.
    EditTitle,
    /// Dialog title asking to delete one.
    ConfirmDelete,
    /// Field: which membership.
    FieldMembership,
    /// Field: what to do with it.
    FieldDo,
    /// Field: the network.
    FieldErn,
    /// Field: the member HF.
    FieldHf,
    /// Field: the status.
    FieldStatus,
    /// Field: the status date.
    FieldFrom,
    /// Field: the end.
    FieldTo,
    /// Field: the national coordinator.
    FieldCoordinator,
    /// Field: the note.
    FieldNote,
    /// Choice: nobody / none.
    Nobody,
    /// Choice: change it.
    DoEdit,
    /// Choice: delete it.
    DoDelete,
    /// Choice: show the unit's history.
    DoHistory,
    /// No membership recorded.
    NoneRecorded,
    /// A new membership needs a unit chosen in Tjenester.
    PickUnit,
    /// A date that cannot be read.
    BadDate,
    /// Added.
    Added,
    /// Saved.
    Saved,
    /// Deleted.
    Deleted,
    /// An unknown network name kept as typed, with a suggestion.
    UnknownNear,
    /// An unknown network name kept as typed.
    Unknown,
    /// `irf ern`: column.
    ColErn,
    /// `irf ern`: column.
    ColHf,
    /// `irf ern`: column.
    ColUnit,
    /// `irf ern`: column.
    ColStatus,
    /// `irf ern`: column.
    ColFrom,
    /// `irf ern`: column.
    ColCoordinator,
    /// `irf ern`: the count line.
    Count,
    /// The detail: one membership ("ERN-RND – St. Olavs – fullverdig medlem fra …").
    Since,
    /// The detail: the coordinator.
    CoordinatorIs,
    /// `irf ern`: nothing recorded.
    NothingRecorded,
    /// `irf ern --flagged`: nothing flagged.
    NothingFlagged,
}

impl ErnMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use ErnMsg as M;
        match self {
            M::Heading => ("ERN-medlemskap", "ERN memberships"),
            M::NewTitle => ("Nytt ERN-medlemskap: {}", "New ERN membership: {}"),
            M::EditTitle => ("Endre ERN-medlemskapet {}", "Change the ERN membership {}"),
            M::ConfirmDelete => (
                "Slette ERN-medlemskapet {}? Enter = ja, Esc = nei",
                "Delete the ERN membership {}? Enter = yes, Esc = no",
            ),
            M::FieldMembership => ("Medlemskap", "Membership"),
            M::FieldDo => ("Gjør", "Do"),
            M::FieldErn => ("Nettverk (ERN)", "Network (ERN)"),
            M::FieldHf => ("Medlems-HF", "Member HF"),
            M::FieldStatus => ("Status", "Status"),
            M::FieldFrom => ("Status fra", "Status from"),
            M::FieldTo => ("Til", "To"),
            M::FieldCoordinator => ("Nasjonal koordinator", "National coordinator"),
            M::FieldNote => ("Merknad", "Note"),
            M::Nobody => ("(ingen)", "(none)"),
            M::DoEdit => ("Endre", "Change"),
            M::DoDelete => ("Slett", "Delete"),
            M::DoHistory => ("Vis tjenestens historikk", "Show the unit's history"),
            M::NoneRecorded => (
                "Ingen ERN-medlemskap er registrert ennå. Velg en tjeneste i Tjenester og legg til med E.",
                "No ERN membership is recorded yet. Choose a unit in Tjenester and add one with E.",
            ),
            M::PickUnit => (
                "Velg tjenesten i Tjenester først; medlemskapet legges til den.",
                "Choose the unit in Tjenester first; the membership is added to it.",
            ),
            M::BadDate => (
                "«{}» i feltet {} er ingen dato. Skriv dd.mm.åååå, eller la feltet stå tomt.",
                "“{}” in the field {} is not a date. Type dd.mm.yyyy, or leave the field empty.",
            ),
            M::Added => (
                "ERN-medlemskapet {} er lagt til.",
                "The ERN membership {} was added.",
            ),
            M::Saved => (
                "ERN-medlemskapet {} er lagret.",
                "The ERN membership {} was saved.",
            ),
            M::Deleted => (
                "ERN-medlemskapet {} er slettet.",
                "The ERN membership {} was deleted.",
            ),
            M::UnknownNear => (
                "«{}» er ikke blant de 24 ERN-ene. Mente du «{}»?",
                "“{}” is not one of the 24 ERNs. Did you mean “{}”?",
            ),
            M::Unknown => (
                "«{}» er ikke blant de 24 ERN-ene.",
                "“{}” is not one of the 24 ERNs.",
            ),
            M::ColErn => ("ERN", "ERN"),
            M::ColHf => ("HF", "HF"),
            M::ColUnit => ("Tjeneste", "Unit"),
            M::ColStatus => ("Status", "Status"),
            M::ColFrom => ("Fra", "From"),
            M::ColCoordinator => ("Koordinator", "Coordinator"),
            M::Count => (
                "{} medlemskap i {} nettverk; {} flagget.",
                "{} memberships in {} networks; {} flagged.",
            ),
            M::Since => ("fra {}", "from {}"),
            M::CoordinatorIs => ("koordinator {}", "coordinator {}"),
            M::NothingRecorded => (
                "Ingen ERN-medlemskap er registrert.",
                "No ERN membership is recorded.",
            ),
            M::NothingFlagged => (
                "Ingen ERN-medlemskap er flagget.",
                "No ERN membership is flagged.",
            ),
        }
    }
}

impl Lang {
    /// The text of an ERN message.
    pub fn ern(self, msg: ErnMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// An ERN message with its `{}` placeholders filled in order.
    pub fn ernf(self, msg: ErnMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.ern(msg), args)
    }
}

/// One membership as a line: network – HF – status from its date – coordinator
/// (stored text sanitised).
pub fn ern_line(lang: Lang, m: &crate::store::ErnMembership) -> String {
    use crate::ui::sanitize;
    let mut parts = vec![sanitize(&m.ern).into_owned()];
    if let Some(hf) = m.hf_name() {
        parts.push(sanitize(hf).into_owned());
    }
    parts.push(ern_status_span(lang, m));
    if let Some((_, name)) = &m.coordinator {
        parts.push(lang.ernf(ErnMsg::CoordinatorIs, &[&sanitize(name)]));
    }
    parts.join(" – ")
}

/// A membership's status with its dates: "fullverdig medlem fra 01.03.2017", or with an
/// end "utmeldt 04.02.2021–04.12.2025".
pub fn ern_status_span(lang: Lang, m: &crate::store::ErnMembership) -> String {
    let status = ern_status_label(lang, m.status);
    match (m.starts_on, m.ends_on) {
        (Some(from), Some(to)) => format!("{status} {}–{}", lang.date(from), lang.date(to)),
        (Some(from), None) => {
            format!("{status} {}", lang.ernf(ErnMsg::Since, &[&lang.date(from)]))
        }
        (None, Some(to)) => format!("{status} –{}", lang.date(to)),
        (None, None) => status.to_string(),
    }
}

/// A status as the users say it.
pub fn ern_status_label(lang: Lang, status: ErnStatus) -> &'static str {
    lang.pick(match status {
        ErnStatus::Applied => ("søkt", "applied"),
        ErnStatus::Full => ("fullverdig medlem", "full member"),
        ErnStatus::Affiliated => ("tilknyttet partner", "affiliated partner"),
        ErnStatus::Left => ("utmeldt", "left"),
    })
}

/// What a membership of network `ern` is flagged for, as a clause.
pub fn ern_flag_text(lang: Lang, ern: &str, flag: &ErnFlag) -> String {
    let ern = crate::ui::sanitize(ern);
    match flag {
        ErnFlag::NoCoordinator => lang
            .pick(("ingen nasjonal koordinator", "no national coordinator"))
            .to_string(),
        ErnFlag::StatusOld { since } => fill(
            lang.pick((
                "statusen er fra {}, over {} år siden: bekreft den",
                "the status dates from {}, over {} years ago: confirm it",
            )),
            &[&lang.date(*since), &crate::domain::ERN_STALE_YEARS],
        ),
        ErnFlag::NoStatusDate => lang
            .pick(("statusen har ingen dato", "the status has no date"))
            .to_string(),
        ErnFlag::NoHf => lang.pick(("ingen medlems-HF", "no member HF")).to_string(),
        ErnFlag::HfOutsideRegion {
            hf,
            hf_region,
            unit_region,
        } => fill(
            lang.pick((
                "{} hører til {}, ikke til tjenestens region {}",
                "{} belongs to {}, not to the unit's region {}",
            )),
            &[
                &crate::ui::sanitize(hf),
                &hf_region.code(),
                &unit_region.code(),
            ],
        ),
        ErnFlag::UnknownErn {
            suggestion: Some(s),
        } => lang.ernf(ErnMsg::UnknownNear, &[&ern, s]),
        ErnFlag::UnknownErn { suggestion: None } => lang.ernf(ErnMsg::Unknown, &[&ern]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Region;

    #[test]
    fn flags_read_in_both_languages() {
        let flag = ErnFlag::UnknownErn {
            suggestion: Some("ERN-RND"),
        };
        assert_eq!(
            ern_flag_text(Lang::Nb, "ERN-RDN", &flag),
            "«ERN-RDN» er ikke blant de 24 ERN-ene. Mente du «ERN-RND»?"
        );
        assert_eq!(
            ern_flag_text(Lang::En, "ERN-RDN", &flag),
            "“ERN-RDN” is not one of the 24 ERNs. Did you mean “ERN-RND”?"
        );
        let outside = ErnFlag::HfOutsideRegion {
            hf: "Helse Bergen HF\x1b[2J".into(),
            hf_region: Region::Hv,
            unit_region: Region::Hmn,
        };
        let text = ern_flag_text(Lang::Nb, "ERN-RND", &outside);
        assert!(!text.contains('\x1b'), "{text}");
        assert!(text.ends_with("ikke til tjenestens region HMN"), "{text}");
        assert_eq!(
            ern_status_label(Lang::En, ErnStatus::Affiliated),
            "affiliated partner"
        );
    }
}
