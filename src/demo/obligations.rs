//! The demo's obligations of the service environment: the status report's start is the
//! migration's (HOD's letter received 20.09.2022, due 20.09.2024); the demo adds a
//! national dialogue day and a regional dialogue meeting in the demo's year, and the
//! setting-aside of the year for three regions (Helse Nord's is left unrecorded, so
//! the Årshjul, `irf due` and the money view show one missing); the report is recorded
//! as sent a few days before it fell due. All are examples.

use chrono::{Datelike, NaiveDate};

use crate::domain::Region;

/// A dialogue event the demo adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedDialogue {
    /// The day.
    pub held_on: NaiveDate,
    /// The title.
    pub title: &'static str,
    /// Where.
    pub place: &'static str,
    /// The region running it.
    pub region: Region,
    /// National or regional.
    pub national: bool,
}

/// A setting-aside the demo records.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedSetAside {
    /// The year.
    pub year: i32,
    /// The region.
    pub region: Region,
    /// The percentage, if given.
    pub percent: Option<f64>,
    /// The amount in MNOK, if given.
    pub mnok: Option<f64>,
}

/// The demo's dialogue events and setting-asides.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeedObligations {
    /// Dialogue events.
    pub events: Vec<SeedDialogue>,
    /// Setting-asides.
    pub set_asides: Vec<SeedSetAside>,
    /// The day the status report was sent (once the demo's day is past it).
    pub report_sent_on: Option<NaiveDate>,
}

/// The obligations of the demo's year: a national dialogue day in October run by the
/// leading region, a regional dialogue meeting in Helse Midt-Norge in spring, and
/// 4 % (HSØ), 1,5 MNOK (HV) and 2 % (HMN) set aside; Helse Nord not recorded. The
/// status report (due 20.09.2024) was sent on 16.09.2024.
pub fn plan(today: NaiveDate, leader: Region) -> SeedObligations {
    let year = today.year();
    let day = |m, d| NaiveDate::from_ymd_opt(year, m, d).unwrap_or(today);
    let sent = NaiveDate::from_ymd_opt(2024, 9, 16).filter(|s| *s <= today);
    SeedObligations {
        report_sent_on: sent,
        events: vec![
            SeedDialogue {
                held_on: day(10, 22),
                title: "Nasjonal dialogdag for nasjonale tjenester, nettverk og sentre",
                place: "Gardermoen",
                region: leader,
                national: true,
            },
            SeedDialogue {
                held_on: day(4, 24),
                title: "Regionalt dialogmøte for tjenester i Helse Midt-Norge",
                place: "Trondheim",
                region: Region::Hmn,
                national: false,
            },
        ],
        set_asides: vec![
            SeedSetAside {
                year,
                region: Region::Hso,
                percent: Some(4.0),
                mnok: None,
            },
            SeedSetAside {
                year,
                region: Region::Hv,
                percent: None,
                mnok: Some(1.5),
            },
            SeedSetAside {
                year,
                region: Region::Hmn,
                percent: Some(2.0),
                mnok: None,
            },
        ],
    }
}
