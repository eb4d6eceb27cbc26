//! Reference-group (faglig referansegruppe) compliance, from the rules in DOMAIN.md.
//!
//! A quality and competence network's members are kept as its reference group (the
//! same rows: region, role, user representative). The network rule is lighter: one
//! representative from every region and users represented; nobody needs to chair.
//!
//! A regional competence service's group follows Helse Sør-Øst's guideline (section
//! 4.2): at least one member from each hospital area of the host region (its health
//! trusts), two user representatives, two from municipalities and one from a
//! university or university college.

use strum::{EnumIter, EnumString, IntoStaticStr};

use super::{Code, Region, UnitKind, fold};

/// One member of a reference group, as far as the rules care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The region the member comes from.
    pub region: Region,
    /// A user representative (brukerrepresentant).
    pub user_rep: bool,
    /// Chairs the group.
    pub chair: bool,
    /// What the member comes from, as far as the role tells (see [`member_role`]).
    pub role: Option<MemberRole>,
    /// The health trust the member comes from, when known.
    pub hf_id: Option<i64>,
}

/// A member's background, stored as its code in `reference_group_members.role`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum MemberRole {
    /// Fagperson: a professional from a hospital.
    #[strum(serialize = "fagperson")]
    Professional,
    /// Kommune: from a municipality.
    #[strum(serialize = "kommune")]
    Municipality,
    /// Universitet eller høgskole.
    #[strum(serialize = "universitet")]
    Academia,
    /// Brukerrepresentant.
    #[strum(serialize = "brukerrepresentant")]
    UserRep,
    /// Annet: anything else.
    #[strum(serialize = "annet")]
    Other,
}

impl Code for MemberRole {}

/// The background a stored role tells: its code, or (free text written before roles
/// were a choice) folded words: "kommune", "universitet" (not "universitetssykehus"),
/// "høgskole"/"hogskole", "brukerrepresentant". `None` for an empty or unknown text.
pub fn member_role(role: &str) -> Option<MemberRole> {
    if let Some(r) = MemberRole::from_code(role.trim()) {
        return Some(r);
    }
    let folded = fold(role);
    let university = folded.replace("universitetssykehus", "");
    if folded.contains("kommun") {
        Some(MemberRole::Municipality)
    } else if university.contains("universitet")
        || folded.contains("hogskole")
        || folded.contains("hoyskole")
    {
        Some(MemberRole::Academia)
    } else if folded.contains("brukerrep") {
        Some(MemberRole::UserRep)
    } else {
        None
    }
}

/// A hospital area (sykehusområde) of a region: one of its health trusts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HospitalArea {
    /// The health trust's id.
    pub hf_id: i64,
    /// Its name.
    pub name: String,
}

/// The health trust an organisation's name names, for a member with no trust
/// recorded: the first area whose folded name (without a trailing "HF") the folded
/// organisation contains. `None` when none does.
pub fn area_by_organisation(organisation: &str, areas: &[HospitalArea]) -> Option<i64> {
    let org = fold(organisation);
    if org.is_empty() {
        return None;
    }
    areas
        .iter()
        .find(|a| {
            let name = fold(&a.name);
            let name = name.strip_suffix(" hf").unwrap_or(&name);
            !name.is_empty() && org.contains(name)
        })
        .map(|a| a.hf_id)
}

/// A rule the group breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Breach {
    /// The group has no members at all.
    NoGroup,
    /// No member from this region.
    MissingRegion(Region),
    /// No user representative.
    NoUserRep,
    /// Nobody chairs the group.
    NoChair,
    /// The chair comes from the host region.
    ChairFromHost,
    /// More than one chair.
    SeveralChairs,
    /// A regional competence service needs two user representatives.
    TooFewUserReps,
    /// A regional competence service needs two members from municipalities.
    TooFewMunicipalities,
    /// A regional competence service needs a member from a university or college.
    NoAcademia,
    /// A regional competence service needs a member from each hospital area of the
    /// host region: none from this health trust (its name).
    MissingHospitalArea(String),
}

/// Checks a unit's reference group against the rules for its kind. Treatment
/// services are held to the national-service rules; a network's members only to the
/// network rule (every region, a user representative; see [`check_network_members`]).
/// `areas` are the host region's hospital areas (used for a regional competence
/// service only).
pub fn check_reference_group(
    host: Region,
    kind: UnitKind,
    members: &[Member],
    areas: &[HospitalArea],
) -> Vec<Breach> {
    if kind == UnitKind::Network {
        return check_network_members(members);
    }
    if members.is_empty() {
        return vec![Breach::NoGroup];
    }
    let mut breaches = Vec::new();
    if kind != UnitKind::RegionalCompetence {
        for region in [Region::Hso, Region::Hv, Region::Hmn, Region::Hn] {
            if !members.iter().any(|m| m.region == region) {
                breaches.push(Breach::MissingRegion(region));
            }
        }
    }
    let user_reps = members.iter().filter(|m| m.user_rep).count();
    if user_reps == 0 {
        breaches.push(Breach::NoUserRep);
    } else if kind == UnitKind::RegionalCompetence && user_reps < 2 {
        breaches.push(Breach::TooFewUserReps);
    }
    let chairs: Vec<&Member> = members.iter().filter(|m| m.chair).collect();
    match chairs.as_slice() {
        [] => breaches.push(Breach::NoChair),
        [chair] => {
            if kind != UnitKind::RegionalCompetence && chair.region == host {
                breaches.push(Breach::ChairFromHost);
            }
        }
        _ => breaches.push(Breach::SeveralChairs),
    }
    if kind == UnitKind::RegionalCompetence {
        breaches.extend(regional_composition(members, areas));
    }
    breaches
}

/// Helse Sør-Øst's composition rules beyond the user representatives: two from
/// municipalities, one from a university or college, one from each hospital area.
fn regional_composition(members: &[Member], areas: &[HospitalArea]) -> Vec<Breach> {
    let mut breaches = Vec::new();
    let count = |role| members.iter().filter(|m| m.role == Some(role)).count();
    if count(MemberRole::Municipality) < 2 {
        breaches.push(Breach::TooFewMunicipalities);
    }
    if count(MemberRole::Academia) == 0 {
        breaches.push(Breach::NoAcademia);
    }
    for area in areas {
        if !members.iter().any(|m| m.hf_id == Some(area.hf_id)) {
            breaches.push(Breach::MissingHospitalArea(area.name.clone()));
        }
    }
    breaches
}

/// Checks a network's members: one from every region and a user representative.
/// Municipalities may take part (they are members like any other); no chair is needed.
pub fn check_network_members(members: &[Member]) -> Vec<Breach> {
    if members.is_empty() {
        return vec![Breach::NoGroup];
    }
    let mut breaches: Vec<Breach> = [Region::Hso, Region::Hv, Region::Hmn, Region::Hn]
        .into_iter()
        .filter(|r| !members.iter().any(|m| m.region == *r))
        .map(Breach::MissingRegion)
        .collect();
    if !members.iter().any(|m| m.user_rep) {
        breaches.push(Breach::NoUserRep);
    }
    breaches
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(region: Region, user_rep: bool, chair: bool) -> Member {
        Member {
            region,
            user_rep,
            chair,
            role: None,
            hf_id: None,
        }
    }

    /// A member from HSØ with `role` and health trust `hf_id`.
    fn r(role: Option<MemberRole>, hf_id: Option<i64>) -> Member {
        Member {
            role,
            hf_id,
            ..m(Region::Hso, role == Some(MemberRole::UserRep), false)
        }
    }

    fn area(hf_id: i64, name: &str) -> HospitalArea {
        HospitalArea {
            hf_id,
            name: name.into(),
        }
    }

    #[test]
    fn a_complete_group_passes() {
        let group = [
            m(Region::Hso, false, false),
            m(Region::Hv, false, true),
            m(Region::Hmn, false, false),
            m(Region::Hn, true, false),
        ];
        assert!(check_reference_group(Region::Hso, UnitKind::Competence, &group, &[]).is_empty());
    }

    #[test]
    fn each_rule_is_reported() {
        let group = [m(Region::Hso, false, true), m(Region::Hv, false, false)];
        let breaches = check_reference_group(Region::Hso, UnitKind::Competence, &group, &[]);
        assert_eq!(
            breaches,
            vec![
                Breach::MissingRegion(Region::Hmn),
                Breach::MissingRegion(Region::Hn),
                Breach::NoUserRep,
                Breach::ChairFromHost,
            ]
        );
        assert_eq!(
            check_reference_group(Region::Hso, UnitKind::Competence, &[], &[]),
            vec![Breach::NoGroup]
        );
        let two_chairs = [m(Region::Hv, true, true), m(Region::Hn, false, true)];
        assert!(
            check_reference_group(Region::Hso, UnitKind::Treatment, &two_chairs, &[])
                .contains(&Breach::SeveralChairs)
        );
    }

    /// A regional group that meets every HSØ rule for areas 1 and 2.
    fn regional_group() -> Vec<Member> {
        use MemberRole::*;
        let mut group = vec![
            r(Some(Professional), Some(1)),
            r(Some(Professional), Some(2)),
            r(Some(UserRep), None),
            r(Some(UserRep), None),
            r(Some(Municipality), None),
            r(Some(Municipality), None),
            r(Some(Academia), None),
        ];
        group[0].chair = true;
        group
    }

    #[test]
    fn regional_services_need_two_user_reps() {
        let group = [m(Region::Hso, true, true), m(Region::Hso, false, false)];
        assert!(
            check_reference_group(Region::Hso, UnitKind::RegionalCompetence, &group, &[])
                .contains(&Breach::TooFewUserReps)
        );
        let areas = [
            area(1, "Sykehuset Innlandet HF"),
            area(2, "Sykehuset Østfold HF"),
        ];
        let full = regional_group();
        assert_eq!(
            check_reference_group(Region::Hso, UnitKind::RegionalCompetence, &full, &areas),
            vec![]
        );
        let mut one_rep = full.clone();
        one_rep.remove(3);
        assert_eq!(
            check_reference_group(Region::Hso, UnitKind::RegionalCompetence, &one_rep, &areas),
            vec![Breach::TooFewUserReps]
        );
    }

    #[test]
    fn regional_services_need_two_from_municipalities_and_one_from_academia() {
        let mut group = regional_group();
        group.remove(6); // the university member
        group.remove(5); // a municipality member
        assert_eq!(
            check_reference_group(Region::Hso, UnitKind::RegionalCompetence, &group, &[]),
            vec![Breach::TooFewMunicipalities, Breach::NoAcademia]
        );
        // National services are not held to these.
        assert!(
            !check_reference_group(Region::Hso, UnitKind::Competence, &group, &[])
                .contains(&Breach::NoAcademia)
        );
    }

    #[test]
    fn regional_services_need_a_member_from_each_hospital_area() {
        let areas = [
            area(1, "Sykehuset Innlandet HF"),
            area(2, "Sykehuset Østfold HF"),
            area(3, "Vestre Viken HF"),
        ];
        assert_eq!(
            check_reference_group(
                Region::Hso,
                UnitKind::RegionalCompetence,
                &regional_group(),
                &areas
            ),
            vec![Breach::MissingHospitalArea("Vestre Viken HF".into())]
        );
    }

    #[test]
    fn old_free_text_roles_still_count() {
        assert_eq!(member_role("kommune"), Some(MemberRole::Municipality));
        assert_eq!(
            member_role("Fastlege, Ringsaker kommune"),
            Some(MemberRole::Municipality)
        );
        assert_eq!(
            member_role("Høgskolen i Innlandet"),
            Some(MemberRole::Academia)
        );
        assert_eq!(member_role("hogskolelektor"), Some(MemberRole::Academia));
        assert_eq!(
            member_role("UiO, Universitetet i Oslo"),
            Some(MemberRole::Academia)
        );
        assert_eq!(member_role("Lege, Oslo universitetssykehus"), None);
        assert_eq!(member_role("universitet"), Some(MemberRole::Academia));
        assert_eq!(member_role("sykepleier"), None);
        assert_eq!(member_role(""), None);
    }

    #[test]
    fn a_members_organisation_names_its_trust() {
        let areas = [area(1, "Sykehuset Østfold HF"), area(2, "Vestre Viken HF")];
        assert_eq!(
            area_by_organisation("Sykehuset Østfold, Kalnes", &areas),
            Some(1)
        );
        assert_eq!(area_by_organisation("VESTRE VIKEN HF", &areas), Some(2));
        assert_eq!(area_by_organisation("Oslo kommune", &areas), None);
        assert_eq!(area_by_organisation("", &areas), None);
    }

    #[test]
    fn networks_need_every_region_and_users_but_no_chair() {
        let members = [
            m(Region::Hso, false, false),
            m(Region::Hv, false, false),
            m(Region::Hn, false, false),
        ];
        assert_eq!(
            check_reference_group(Region::Hso, UnitKind::Network, &members, &[]),
            vec![Breach::MissingRegion(Region::Hmn), Breach::NoUserRep]
        );
        let full = [
            m(Region::Hso, false, false),
            m(Region::Hv, false, false),
            m(Region::Hmn, true, false),
            m(Region::Hn, false, false),
        ];
        assert!(check_network_members(&full).is_empty());
        assert_eq!(check_network_members(&[]), vec![Breach::NoGroup]);
    }
}
