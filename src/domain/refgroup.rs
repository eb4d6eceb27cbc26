//! Reference-group (faglig referansegruppe) compliance, from the rules in DOMAIN.md.
//!
//! A quality and competence network's members are kept as its reference group (the
//! same rows: region, role, user representative). The network rule is lighter: one
//! representative from every region and users represented; nobody needs to chair.

use super::{Region, UnitKind};

/// One member of a reference group, as far as the rules care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// The region the member comes from.
    pub region: Region,
    /// A user representative (brukerrepresentant).
    pub user_rep: bool,
    /// Chairs the group.
    pub chair: bool,
}

/// A rule the group breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

/// Checks a unit's reference group against the rules for its kind. Treatment
/// services are held to the national-service rules; a network's members only to the
/// network rule (every region, a user representative; see [`check_network_members`]).
pub fn check_reference_group(host: Region, kind: UnitKind, members: &[Member]) -> Vec<Breach> {
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
        assert!(check_reference_group(Region::Hso, UnitKind::Competence, &group).is_empty());
    }

    #[test]
    fn each_rule_is_reported() {
        let group = [m(Region::Hso, false, true), m(Region::Hv, false, false)];
        let breaches = check_reference_group(Region::Hso, UnitKind::Competence, &group);
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
            check_reference_group(Region::Hso, UnitKind::Competence, &[]),
            vec![Breach::NoGroup]
        );
        let two_chairs = [m(Region::Hv, true, true), m(Region::Hn, false, true)];
        assert!(
            check_reference_group(Region::Hso, UnitKind::Treatment, &two_chairs)
                .contains(&Breach::SeveralChairs)
        );
    }

    #[test]
    fn regional_services_need_two_user_reps() {
        let group = [m(Region::Hso, true, true), m(Region::Hso, false, false)];
        assert_eq!(
            check_reference_group(Region::Hso, UnitKind::RegionalCompetence, &group),
            vec![Breach::TooFewUserReps]
        );
    }

    #[test]
    fn networks_need_every_region_and_users_but_no_chair() {
        let members = [
            m(Region::Hso, false, false),
            m(Region::Hv, false, false),
            m(Region::Hn, false, false),
        ];
        assert_eq!(
            check_reference_group(Region::Hso, UnitKind::Network, &members),
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
