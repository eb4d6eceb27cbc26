//! Invented workflow: the applications in the cycle, the IRF meeting's day, and the
//! colleagues who changed things in the last days.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::{REGIONS, SeedApplication, SeedChange, SeedContact, SeedEvent, plus_days};
use crate::domain::{ApplicationStep, Region, UnitKind};

pub(super) fn applications(today: NaiveDate) -> Vec<SeedApplication> {
    let received = plus_days(today, -60);
    let answered = Some(plus_days(today, -10));
    vec![
        SeedApplication {
            title: "Nasjonal behandlingstjeneste for avansert hjertesviktbehandling med mekanisk støtte",
            hf: "Oslo universitetssykehus HF",
            region: Region::Hso,
            kind: UnitKind::Treatment,
            received_on: received,
            step: ApplicationStep::Anchoring,
            contact: 0,
            anchorings: vec![
                (Region::Hv, "stotter", answered, ""),
                (
                    Region::Hmn,
                    "stotter_med_merknader",
                    Some(plus_days(today, -2)),
                    "Ber om tydeligere avgrensning mot regionale tilbud.",
                ),
                (Region::Hn, "avventer", None, ""),
            ],
        },
        SeedApplication {
            title: "Nasjonal kompetansetjeneste for seksuell helse hos personer med utviklingshemming",
            hf: "Helse Bergen HF",
            region: Region::Hv,
            kind: UnitKind::Competence,
            received_on: received,
            step: ApplicationStep::ReadyForIrf,
            contact: 1,
            anchorings: vec![
                (Region::Hso, "stotter", answered, ""),
                (Region::Hmn, "stotter", answered, ""),
                (Region::Hn, "stotter", answered, ""),
            ],
        },
        SeedApplication {
            title: "Flerregional behandlingstjeneste for dyp hjernestimulering ved dystoni",
            hf: "St. Olavs hospital HF",
            region: Region::Hmn,
            kind: UnitKind::Multiregional,
            received_on: plus_days(today, -20),
            step: ApplicationStep::RegionalAssessment,
            contact: 2,
            anchorings: vec![],
        },
        SeedApplication {
            title: "Nasjonal behandlingstjeneste for behandling av alvorlige frostskader",
            hf: "Universitetssykehuset Nord-Norge HF",
            region: Region::Hn,
            kind: UnitKind::Treatment,
            received_on: plus_days(today, -90),
            step: ApplicationStep::RankedByIrf,
            contact: 3,
            anchorings: vec![
                (Region::Hso, "stotter", answered, ""),
                (
                    Region::Hv,
                    "stotter_ikke",
                    answered,
                    "Pasientgrunnlaget er for lite.",
                ),
                (Region::Hmn, "stotter", answered, ""),
            ],
        },
    ]
}

/// Each region's working-group member, a colleague with an OS user on the server:
/// (region, contact index, OS user).
pub(super) fn colleagues(contacts: &[SeedContact]) -> Vec<(Region, usize, String)> {
    REGIONS
        .iter()
        .filter_map(|region| {
            let i = contacts.iter().position(|c| {
                c.region == *region && c.roles.iter().any(|r| r.0 == "arbeidsgruppe")
            })?;
            let user = contacts[i]
                .email
                .split('@')
                .next()
                .unwrap_or_default()
                .to_string();
            Some((*region, i, user))
        })
        .collect()
}

/// Changes colleagues made in the last days besides the report season's: a phone
/// number corrected, an anchoring answered.
pub(super) fn desk_events(
    today: NaiveDate,
    colleagues: &[(Region, usize, String)],
) -> Vec<SeedEvent> {
    let mut out = Vec::new();
    let at = |days: i64, h: u32, m: u32| {
        NaiveDateTime::new(
            plus_days(today, -days),
            NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default(),
        )
    };
    if let Some((_, contact, _)) = colleagues.iter().find(|c| c.0 == Region::Hv) {
        out.push(SeedEvent {
            at: at(3, 13, 40),
            region: Region::Hv,
            change: SeedChange::Phone {
                contact: *contact,
                old: "+47 55 97 00 00".into(),
            },
        });
    }
    out.push(SeedEvent {
        at: at(2, 10, 15),
        region: Region::Hmn,
        change: SeedChange::Anchoring {
            application: 0,
            region: Region::Hmn,
        },
    });
    out
}

/// `day`, or the first working day after it (no weekend, no public holiday).
pub(super) fn working_day_from(day: NaiveDate) -> NaiveDate {
    let mut d = day;
    while !crate::domain::is_working_day(d) {
        d = plus_days(d, 1);
    }
    d
}
