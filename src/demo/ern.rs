//! The demo's ERN memberships: a handful of competence services in a network that
//! fits their field, through the university hospital of their region, each with a
//! national coordinator from that region, except where the demo shows a flag:
//! Sarkomer has been a full member of ERN EURACAN since the networks started in March
//! 2017 (a status over five years old), hjemmerespiratorbehandling applied to ERN LUNG
//! a few months ago and has no coordinator yet, and revmatologisk rehabilitering left
//! ERN ReCONNET last year. Dates follow `today`, except the networks' start.

use chrono::{Days, Months, NaiveDate};

use super::{SeedContact, SeedUnit, hf_of};
use crate::domain::ErnStatus;

/// An ERN membership to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedErn {
    /// The network.
    pub ern: &'static str,
    /// The unit (index into the plan's units).
    pub unit: usize,
    /// The member HF, by name.
    pub hf: &'static str,
    /// The status.
    pub status: ErnStatus,
    /// The status date.
    pub starts_on: Option<NaiveDate>,
    /// When it ended.
    pub ends_on: Option<NaiveDate>,
    /// The national coordinator (index into the plan's contacts).
    pub coordinator: Option<usize>,
    /// The note.
    pub note: &'static str,
}

/// (unit topic, network, status, months ago the status took effect (None: March
/// 2017), months ago it ended, with a coordinator, note).
type Row = (
    &'static str,
    &'static str,
    ErnStatus,
    Option<u32>,
    Option<u32>,
    bool,
    &'static str,
);

const ROWS: &[Row] = &[
    (
        "sarkomer",
        "ERN EURACAN",
        ErnStatus::Full,
        None,
        None,
        true,
        "Med fra starten i 2017; statusen bør bekreftes.",
    ),
    (
        "solide svulster hos barn",
        "ERN PaedCan",
        ErnStatus::Full,
        Some(38),
        None,
        true,
        "",
    ),
    (
        "medfødte stoffskiftesykdommer",
        "MetabERN",
        ErnStatus::Full,
        Some(44),
        None,
        true,
        "",
    ),
    (
        "blodtypeserologi",
        "ERN EuroBloodNet",
        ErnStatus::Affiliated,
        Some(27),
        None,
        true,
        "Tilknyttet gjennom den nasjonale ordningen for tilknyttede partnere.",
    ),
    (
        "gynekologisk onkologi",
        "ERN EURACAN",
        ErnStatus::Full,
        Some(36),
        None,
        true,
        "",
    ),
    (
        "hjemmerespiratorbehandling",
        "ERN LUNG",
        ErnStatus::Applied,
        Some(4),
        None,
        false,
        "Søknad sendt; nasjonal koordinator ikke utpekt.",
    ),
    (
        "revmatologisk rehabilitering",
        "ERN ReCONNET",
        ErnStatus::Left,
        Some(70),
        Some(12),
        false,
        "Utmeldt etter egen vurdering.",
    ),
];

fn months_ago(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .and_then(|d| d.checked_sub_days(Days::new(3)))
        .unwrap_or(today)
}

/// The memberships for `units` (found by the topic their name ends with; the first
/// such unit), coordinated by a contact of the unit's region working at an HF.
pub(super) fn memberships(
    units: &[SeedUnit],
    contacts: &[SeedContact],
    today: NaiveDate,
) -> Vec<SeedErn> {
    let start = NaiveDate::from_ymd_opt(2017, 3, 1);
    let mut out = Vec::new();
    for (k, (topic, ern, status, since, ended, coordinated, note)) in ROWS.iter().enumerate() {
        let Some(unit) = units.iter().position(|u| u.name.ends_with(topic)) else {
            continue;
        };
        let region = units[unit].region;
        let coordinator = coordinated
            .then(|| {
                let candidates: Vec<usize> = (0..contacts.len())
                    .filter(|c| contacts[*c].region == region)
                    .filter(|c| contacts[*c].organisation.ends_with(" HF"))
                    .collect();
                candidates.get(k % candidates.len().max(1)).copied()
            })
            .flatten();
        out.push(SeedErn {
            ern,
            unit,
            hf: hf_of(region, 0),
            status: *status,
            starts_on: since.map_or(start, |m| Some(months_ago(today, m))),
            ends_on: ended.map(|m| months_ago(today, m)),
            coordinator,
            note,
        });
    }
    out
}
