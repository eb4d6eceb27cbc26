//! Norway's memberships in the European Reference Networks (ERN), which the service
//! environment coordinates: one record per network, member health trust (HF) and unit,
//! with a status, its dates, the national coordinator and a note.
//!
//! The rules kept here, pure (no I/O, no clock):
//! - the status is one of four ([`ErnStatus`]); anything else typed or imported is
//!   refused ([`parse_status`]);
//! - a network's name is matched against the 24 networks' short names ([`ERNS`]),
//!   however it is written (case, spaces, hyphens, an "ERN" prefix); a name outside
//!   the list is accepted as typed, with the nearest known one as "mente du …?"
//!   ([`known_ern`]);
//! - what a membership is flagged for ([`ern_flags`]), the way reference-group
//!   breaches are: no national coordinator, a status dated over
//!   [`ERN_STALE_YEARS`] years ago (or not dated), no member HF, an HF outside the
//!   unit's region (ERN members are HFs of the unit's own region), an unknown name.
//!   A membership that has ended (`utmeldt`) is flagged only for its name and HF.

use chrono::{Months, NaiveDate};
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::{Code, Region, fold};

/// The 24 European Reference Networks, by the short names they go by.
pub const ERNS: [&str; 24] = [
    "Endo-ERN",
    "ERKNet",
    "ERN BOND",
    "ERN CRANIO",
    "ERN EpiCARE",
    "ERN EURACAN",
    "ERN EuroBloodNet",
    "ERN eUROGEN",
    "ERN EURO-NMD",
    "ERN EYE",
    "ERN GENTURIS",
    "ERN GUARD-HEART",
    "ERN ITHACA",
    "ERN LUNG",
    "ERN PaedCan",
    "ERN RARE-LIVER",
    "ERN ReCONNET",
    "ERN RITA",
    "ERN-RND",
    "ERN Skin",
    "ERN TransplantChild",
    "ERNICA",
    "MetabERN",
    "VASCERN",
];

/// How old a membership's status date may be before it is flagged for a check.
pub const ERN_STALE_YEARS: u32 = 5;

/// Where a membership stands, stored as its code in `ern_memberships.status`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, IntoStaticStr, EnumString,
)]
pub enum ErnStatus {
    /// Søkt: the HF has applied.
    #[strum(serialize = "sokt")]
    Applied,
    /// Fullverdig medlem.
    #[strum(serialize = "fullverdig")]
    Full,
    /// Tilknyttet partner (affiliated partner).
    #[strum(serialize = "tilknyttet")]
    Affiliated,
    /// Utmeldt: no longer a member.
    #[strum(serialize = "utmeldt")]
    Left,
}

impl Code for ErnStatus {}

/// An ERN membership refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErnRefusal {
    /// A status outside the four.
    UnknownStatus {
        /// What was given.
        typed: String,
    },
    /// No network named.
    NoName,
    /// The membership ends before it starts.
    EndsBeforeStart {
        /// Its first day.
        starts_on: NaiveDate,
        /// Its last day.
        ends_on: NaiveDate,
    },
    /// The unit already has a membership of this network.
    Duplicate {
        /// The network.
        ern: String,
    },
}

/// The status a user or a file wrote: its code, or the words in bokmål or English
/// (folded: "Søkt", "fullverdig medlem", "full member", "tilknyttet partner",
/// "affiliated partner", "utmeldt", "left" …). Anything else is refused.
pub fn parse_status(text: &str) -> Result<ErnStatus, ErnRefusal> {
    let folded = fold(text);
    let words = folded.replace(['-', '_'], " ");
    let status = match words.trim() {
        "sokt" | "soknad" | "applied" | "applicant" | "application" => ErnStatus::Applied,
        "fullverdig" | "fullverdig medlem" | "medlem" | "full" | "full member" | "member" => {
            ErnStatus::Full
        }
        "tilknyttet" | "tilknyttet partner" | "partner" | "affiliated" | "affiliated partner" => {
            ErnStatus::Affiliated
        }
        "utmeldt" | "uttradt" | "left" | "withdrawn" => ErnStatus::Left,
        _ => {
            return Err(ErnRefusal::UnknownStatus {
                typed: text.trim().to_string(),
            });
        }
    };
    Ok(status)
}

/// A name reduced for matching: folded, letters and digits only, without a leading
/// "ern" ("ERN-RND", "ern rnd" and "RND" are the same network).
fn key(name: &str) -> String {
    let bare: String = fold(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    match bare.strip_prefix("ern") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => bare,
    }
}

/// A network name as the list writes it (`Ok`), or, for a name outside the list, the
/// nearest known name to offer (`Err(Some(..))`; `Err(None)` when none is close).
pub fn known_ern(typed: &str) -> Result<&'static str, Option<&'static str>> {
    let typed_key = key(typed);
    if typed_key.is_empty() {
        return Err(None);
    }
    if let Some(name) = ERNS.iter().find(|n| key(n) == typed_key) {
        return Ok(name);
    }
    // The fewest edits (insert, delete, replace, swap two neighbours) between the keys.
    let allowed = (typed_key.chars().count() / 3).max(1);
    let nearest = ERNS
        .iter()
        .map(|n| (strsim::osa_distance(&typed_key, &key(n)), *n))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
        .or_else(|| super::nearest_name(typed, ERNS));
    Err(nearest)
}

/// A membership as the flags see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErnFacts<'a> {
    /// The network's name as stored.
    pub ern: &'a str,
    /// The status.
    pub status: ErnStatus,
    /// The day the status took effect.
    pub status_on: Option<NaiveDate>,
    /// Whether a national coordinator is recorded.
    pub coordinator: bool,
    /// The unit's region.
    pub unit_region: Region,
    /// The member HF's name and region, when recorded.
    pub hf: Option<(&'a str, Region)>,
}

/// What a membership is flagged for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErnFlag {
    /// No national coordinator recorded.
    NoCoordinator,
    /// The status dates from more than [`ERN_STALE_YEARS`] years ago.
    StatusOld {
        /// The status date.
        since: NaiveDate,
    },
    /// The status has no date.
    NoStatusDate,
    /// No member HF recorded.
    NoHf,
    /// The member HF belongs to another region than the unit.
    HfOutsideRegion {
        /// The HF.
        hf: String,
        /// Its region.
        hf_region: Region,
        /// The unit's region.
        unit_region: Region,
    },
    /// The network is not one of the 24.
    UnknownErn {
        /// The nearest known name, if one is close.
        suggestion: Option<&'static str>,
    },
}

impl ErnFlag {
    /// A stable code for scripts (`irf ern --json`).
    pub fn code(&self) -> &'static str {
        match self {
            ErnFlag::NoCoordinator => "no_coordinator",
            ErnFlag::StatusOld { .. } => "status_old",
            ErnFlag::NoStatusDate => "no_status_date",
            ErnFlag::NoHf => "no_hf",
            ErnFlag::HfOutsideRegion { .. } => "hf_outside_region",
            ErnFlag::UnknownErn { .. } => "unknown_ern",
        }
    }
}

/// Everything `m` is flagged for on `today`.
pub fn ern_flags(m: &ErnFacts<'_>, today: NaiveDate) -> Vec<ErnFlag> {
    let mut out = Vec::new();
    if let Err(suggestion) = known_ern(m.ern) {
        out.push(ErnFlag::UnknownErn { suggestion });
    }
    match m.hf {
        None => out.push(ErnFlag::NoHf),
        Some((hf, region)) if region != m.unit_region => out.push(ErnFlag::HfOutsideRegion {
            hf: hf.to_string(),
            hf_region: region,
            unit_region: m.unit_region,
        }),
        Some(_) => {}
    }
    if m.status == ErnStatus::Left {
        return out;
    }
    if !m.coordinator {
        out.push(ErnFlag::NoCoordinator);
    }
    let limit = today.checked_sub_months(Months::new(ERN_STALE_YEARS * 12));
    match (m.status_on, limit) {
        (None, _) => out.push(ErnFlag::NoStatusDate),
        (Some(since), Some(limit)) if since < limit => out.push(ErnFlag::StatusOld { since }),
        _ => {}
    }
    out
}

/// One network named in a units file's ERN column, with the status written after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErnEntry {
    /// The name as the list writes it, or as written when it is not on the list.
    pub ern: String,
    /// The status in brackets after the name; full member when none is written.
    pub status: ErnStatus,
}

/// The networks a units file's ERN column names: separated by `;`, `,` or `/`, each
/// optionally followed by its status in brackets ("ERN-RND (søkt); ERN EuroBloodNet").
/// A status outside the four is refused for the whole cell.
pub fn parse_ern_cell(cell: &str) -> Result<Vec<ErnEntry>, ErnRefusal> {
    let mut out: Vec<ErnEntry> = Vec::new();
    for part in cell.split([';', ',', '/', '\n']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let (name, status) = match part.split_once('(') {
            Some((name, rest)) => {
                let inside = rest.trim_end().trim_end_matches(')');
                (name.trim(), parse_status(inside)?)
            }
            None => (part, ErnStatus::Full),
        };
        if name.is_empty() {
            continue;
        }
        let ern = match known_ern(name) {
            Ok(known) => known.to_string(),
            Err(_) => super::clean_line(name),
        };
        if !out.iter().any(|e| fold(&e.ern) == fold(&ern)) {
            out.push(ErnEntry { ern, status });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn there_are_24_networks_each_with_its_own_key() {
        let mut keys: Vec<String> = ERNS.iter().map(|n| key(n)).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 24);
    }

    #[test]
    fn a_name_is_known_however_it_is_written() {
        assert_eq!(known_ern("ERN-RND"), Ok("ERN-RND"));
        assert_eq!(known_ern("ern rnd"), Ok("ERN-RND"));
        assert_eq!(known_ern("EuroBloodNet"), Ok("ERN EuroBloodNet"));
        assert_eq!(known_ern("ERN-LUNG"), Ok("ERN LUNG"));
        assert_eq!(known_ern("metabern"), Ok("MetabERN"));
        assert_eq!(known_ern("ERNICA"), Ok("ERNICA"));
    }

    #[test]
    fn an_unknown_name_gets_the_nearest_known_one() {
        assert_eq!(known_ern("ERN-RDN"), Err(Some("ERN-RND")));
        assert_eq!(known_ern("ERN EuroBlodNet"), Err(Some("ERN EuroBloodNet")));
        assert_eq!(known_ern("Paedcann"), Err(Some("ERN PaedCan")));
        assert_eq!(known_ern("ERN-Testnett"), Err(None));
        assert_eq!(known_ern(""), Err(None));
    }

    #[test]
    fn statuses_parse_in_both_languages_and_nothing_else() {
        assert_eq!(parse_status("Søkt"), Ok(ErnStatus::Applied));
        assert_eq!(parse_status("fullverdig medlem"), Ok(ErnStatus::Full));
        assert_eq!(
            parse_status("Affiliated partner"),
            Ok(ErnStatus::Affiliated)
        );
        assert_eq!(
            parse_status("tilknyttet-partner"),
            Ok(ErnStatus::Affiliated)
        );
        assert_eq!(parse_status("utmeldt"), Ok(ErnStatus::Left));
        for code in ["sokt", "fullverdig", "tilknyttet", "utmeldt"] {
            assert_eq!(parse_status(code).map(Code::code), Ok(code));
        }
        assert_eq!(
            parse_status(" observatør "),
            Err(ErnRefusal::UnknownStatus {
                typed: "observatør".into()
            })
        );
    }

    fn facts(status: ErnStatus, on: Option<NaiveDate>) -> ErnFacts<'static> {
        ErnFacts {
            ern: "ERN-RND",
            status,
            status_on: on,
            coordinator: true,
            unit_region: Region::Hmn,
            hf: Some(("St. Olavs hospital HF", Region::Hmn)),
        }
    }

    #[test]
    fn a_sound_membership_has_no_flags() {
        let today = d(2026, 3, 1);
        assert!(ern_flags(&facts(ErnStatus::Full, Some(d(2022, 1, 1))), today).is_empty());
        // Exactly five years is not over five years.
        assert!(ern_flags(&facts(ErnStatus::Full, Some(d(2021, 3, 1))), today).is_empty());
    }

    #[test]
    fn flags_follow_the_rules() {
        let today = d(2026, 3, 1);
        let old = facts(ErnStatus::Full, Some(d(2021, 2, 28)));
        assert_eq!(
            ern_flags(&old, today),
            [ErnFlag::StatusOld {
                since: d(2021, 2, 28)
            }]
        );
        let mut m = facts(ErnStatus::Applied, None);
        m.coordinator = false;
        m.ern = "ERN-RDN";
        m.hf = Some(("Helse Bergen HF", Region::Hv));
        let flags = ern_flags(&m, today);
        assert_eq!(
            flags,
            [
                ErnFlag::UnknownErn {
                    suggestion: Some("ERN-RND")
                },
                ErnFlag::HfOutsideRegion {
                    hf: "Helse Bergen HF".into(),
                    hf_region: Region::Hv,
                    unit_region: Region::Hmn
                },
                ErnFlag::NoCoordinator,
                ErnFlag::NoStatusDate,
            ]
        );
        // One that has left needs no coordinator nor a fresh date.
        let mut left = facts(ErnStatus::Left, Some(d(2010, 1, 1)));
        left.coordinator = false;
        assert!(ern_flags(&left, today).is_empty());
        left.hf = None;
        assert_eq!(ern_flags(&left, today), [ErnFlag::NoHf]);
    }

    #[test]
    fn a_cell_names_several_networks_with_their_status() {
        let entries = parse_ern_cell("ERN-RND (søkt); EuroBloodNet, ern rnd").unwrap();
        assert_eq!(
            entries,
            [
                ErnEntry {
                    ern: "ERN-RND".into(),
                    status: ErnStatus::Applied
                },
                ErnEntry {
                    ern: "ERN EuroBloodNet".into(),
                    status: ErnStatus::Full
                },
            ]
        );
        assert_eq!(parse_ern_cell("  ").unwrap(), []);
        assert_eq!(
            parse_ern_cell("ERN-Testnett").unwrap()[0].ern,
            "ERN-Testnett"
        );
        assert!(matches!(
            parse_ern_cell("ERN-RND (kanskje)"),
            Err(ErnRefusal::UnknownStatus { .. })
        ));
    }
}
