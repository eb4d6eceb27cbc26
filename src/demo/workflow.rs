//! Invented workflow: the report season in progress and the applications in the cycle.

use chrono::NaiveDate;

use super::{SeedApplication, SeedReport, SeedUnit, plus_days};
use crate::domain::{ApplicationStep, Region, ReportStatus, UnitKind, UnitStatus, current_season};

pub(super) fn reports(units: &[SeedUnit], today: NaiveDate) -> Vec<SeedReport> {
    let season = current_season(today);
    let mut out = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        if unit.status == UnitStatus::Closed {
            continue;
        }
        // The season before is all closed; the current one is in every state.
        out.push(SeedReport {
            unit: u,
            year: season - 1,
            status: ReportStatus::Closed,
            received_on: NaiveDate::from_ymd_opt(season, 2, 8),
            reviewer: Some(unit.region),
            statement: true,
            follow_ups: vec![],
        });
        let status = match u % 7 {
            0 | 1 => ReportStatus::Expected,
            2 => ReportStatus::Received,
            3 => ReportStatus::InReview,
            4 => ReportStatus::Reviewed,
            5 => ReportStatus::FollowUpOpen,
            _ => ReportStatus::Closed,
        };
        let received_on = (status != ReportStatus::Expected)
            .then(|| NaiveDate::from_ymd_opt(season + 1, 2, 1 + (u % 20) as u32))
            .flatten();
        let follow_ups = if status == ReportStatus::FollowUpOpen {
            vec![(
                format!("Be om oppdatert kompetanseplan fra {}", unit.name),
                unit.region,
                plus_days(today, 14 + u as i64),
                false,
            )]
        } else {
            vec![]
        };
        out.push(SeedReport {
            unit: u,
            year: season,
            status,
            received_on,
            reviewer: (status != ReportStatus::Expected).then_some(unit.region),
            statement: u % 3 != 0 && status != ReportStatus::Expected,
            follow_ups,
        });
    }
    out
}

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
                    answered,
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
