//! The demo database's content: the units named in the public documents, with invented
//! people and invented workflow around them. Every date is computed from `today`, so the
//! demo never goes stale; the leadership rotates after Helse Vest's documented 2023–2024
//! (`leadership`); a few services are ERN members (`ern`); the environment's own
//! obligations get dialogue events and the year's setting-asides (`obligations`). The store's `seed` module writes a `Plan` into a database.

mod ern;
mod events;
mod leadership;
mod obligations;
mod people;
mod season;
mod workflow;

pub use ern::SeedErn;
pub use events::{SeedChange, SeedEvent};
pub use leadership::{EXAMPLE_NOTE, SeedLeadership};
pub use obligations::{SeedDialogue, SeedObligations, SeedSetAside};
pub use season::SeasonPhase;

use chrono::{Days, Months, NaiveDate};

use crate::domain::{
    ApplicationStep, CaseStatus, CaseType, Function, Region, ReportStatus, UnitKind, UnitStatus,
};

/// A unit to create.
#[derive(Debug, Clone)]
pub struct SeedUnit {
    pub name: String,
    pub kind: UnitKind,
    pub region: Region,
    pub hf: Option<&'static str>,
    pub approved_on: Option<NaiveDate>,
    pub function: Option<Function>,
    pub fte: Option<f64>,
    pub ern: Option<&'static str>,
    pub status: UnitStatus,
}

/// A person to create, with roles (role code, index into `Plan::units`).
#[derive(Debug, Clone)]
pub struct SeedContact {
    pub name: String,
    pub organisation: String,
    pub region: Region,
    pub email: String,
    pub phone: String,
    pub roles: Vec<(&'static str, Option<usize>)>,
}

/// A reference-group member: unit index, contact index, role, user rep, chair.
#[derive(Debug, Clone)]
pub struct SeedMember {
    pub unit: usize,
    pub contact: usize,
    pub role: &'static str,
    pub user_rep: bool,
    pub chair: bool,
}

/// An annual report with its review state.
#[derive(Debug, Clone)]
pub struct SeedReport {
    pub unit: usize,
    pub year: i32,
    pub status: ReportStatus,
    pub received_on: Option<NaiveDate>,
    pub reviewer: Option<Region>,
    pub statement: bool,
    pub follow_ups: Vec<(String, Region, NaiveDate, bool)>,
}

/// An application for a new national service.
#[derive(Debug, Clone)]
pub struct SeedApplication {
    pub title: &'static str,
    pub hf: &'static str,
    pub region: Region,
    pub kind: UnitKind,
    pub received_on: NaiveDate,
    pub step: ApplicationStep,
    pub contact: usize,
    /// Region, view code, answered on, note.
    pub anchorings: Vec<(Region, &'static str, Option<NaiveDate>, &'static str)>,
}

/// A network's current period.
#[derive(Debug, Clone)]
pub struct SeedPeriod {
    pub unit: usize,
    pub starts_on: NaiveDate,
    pub frame_mnok: f64,
    pub hf: &'static str,
    pub state: &'static str,
}

/// A case, optionally on the upcoming meeting's agenda.
#[derive(Debug, Clone)]
pub struct SeedCase {
    pub title: String,
    pub case_type: CaseType,
    pub region: Region,
    pub status: CaseStatus,
    pub background: String,
    pub proposal: String,
    pub decision: String,
    pub on_agenda: bool,
    /// The number (year, number) it got at an earlier meeting, where it was decided.
    pub number: Option<(i32, i64)>,
    pub units: Vec<usize>,
}

/// Everything the demo database holds beyond the reference data.
#[derive(Debug, Clone)]
pub struct Plan {
    pub today: NaiveDate,
    pub units: Vec<SeedUnit>,
    pub contacts: Vec<SeedContact>,
    pub members: Vec<SeedMember>,
    pub reports: Vec<SeedReport>,
    pub applications: Vec<SeedApplication>,
    pub periods: Vec<SeedPeriod>,
    pub cases: Vec<SeedCase>,
    /// The upcoming IRF meeting: date, place, chair region.
    pub meeting: (NaiveDate, &'static str, Region),
    /// A phase-out assessment: unit index, tasks, recommendation.
    pub phase_out: (usize, &'static str, &'static str),
    /// Changes colleagues made in the last days, oldest first.
    pub events: Vec<SeedEvent>,
    /// The OS user of each region's working-group member (index into `contacts`).
    pub colleagues: Vec<(Region, usize, String)>,
    /// The leadership periods after Helse Vest's 2023–2024 (examples).
    pub leadership: Vec<SeedLeadership>,
    /// ERN memberships (see `ern`).
    pub ern: Vec<SeedErn>,
    /// Dialogue events and the year's setting-asides (see `obligations`).
    pub obligations: SeedObligations,
}

const COMPETENCE: &[&str] = &[
    "aldring og helse",
    "sarkomer",
    "solide svulster hos barn",
    "hyperkolesterolemi",
    "hjemmerespiratorbehandling",
    "funksjonell MRI",
    "læring og mestring",
    "albuekirurgi",
    "trening som medisin",
    "sjeldne diagnoser",
    "døvblinde",
    "arbeidsrettet rehabilitering",
    "barn og unge med funksjonsnedsettelser",
    "TSB for rusmiddelavhengige",
    "ROP",
    "SANKS",
    "personlighetspsykiatri",
    "påvisning av antibiotikaresistens",
    "KAS",
    "kvinnehelse",
    "blodtypeserologi",
    "revmatologisk rehabilitering",
    "gynekologisk onkologi",
    "medfødte stoffskiftesykdommer",
    "dekontaminering",
    "søvnsykdommer",
    "flåttbårne sykdommer",
    "tropemedisin",
    "amming",
];

const TREATMENT: &[&str] = &[
    "avansert trombocyttimmunologi",
    "revmatologisk rehabilitering",
    "choriocarcinom hos kvinner",
    "avansert bekkeneksenterasjon ved gynekologisk kreft",
    "fertilitetsbevarende kirurgisk behandling av livmorhalskreft",
    "screening av nyfødte og avansert laboratoriediagnostikk ved medfødte stoffskiftesykdommer",
    "avansert brannskadebehandling",
];

const NETWORKS: &[&str] = &[
    "ParkinsonNet",
    "Interregionalt simuleringsnettverk",
    "nettverk for læring og mestring",
    "nettverk for kvinnehelse",
    "nettverk for søvnsykdommer",
    "nettverk for tropemedisin",
];

pub(super) fn hf_of(region: Region, n: usize) -> &'static str {
    let list: &[&'static str] = match region {
        Region::Hso => &[
            "Oslo universitetssykehus HF",
            "Akershus universitetssykehus HF",
            "Sykehuset Innlandet HF",
        ],
        Region::Hv => &["Helse Bergen HF", "Helse Stavanger HF", "Helse Førde HF"],
        Region::Hmn => &["St. Olavs hospital HF", "Helse Møre og Romsdal HF"],
        Region::Hn => &[
            "Universitetssykehuset Nord-Norge HF",
            "Nordlandssykehuset HF",
        ],
    };
    list[n % list.len()]
}

pub(super) const REGIONS: [Region; 4] = [Region::Hso, Region::Hv, Region::Hmn, Region::Hn];

fn years_ago(today: NaiveDate, years: u32, days: u64) -> NaiveDate {
    today
        .checked_sub_months(Months::new(years * 12))
        .and_then(|d| d.checked_sub_days(Days::new(days)))
        .unwrap_or(today)
}

pub(super) fn plus_days(d: NaiveDate, days: i64) -> NaiveDate {
    d.checked_add_signed(chrono::Duration::days(days))
        .unwrap_or(d)
}

/// Builds the demo content for `today`, its report season where a real desk has it
/// on that day.
pub fn plan(today: NaiveDate) -> Plan {
    plan_in(today, SeasonPhase::of(today))
}

/// Builds the demo content for `today` with the report season in `phase`; the tests'
/// fixed day uses [`SeasonPhase::Reviewing`], where every report state is present.
pub fn plan_in(today: NaiveDate, phase: SeasonPhase) -> Plan {
    let mut units = Vec::new();
    // Competence services: HSØ hosts most, as in the 2023 figures (30/10/8/5).
    for (i, topic) in COMPETENCE.iter().enumerate() {
        let region = match i % 9 {
            0..=4 => Region::Hso,
            5 | 6 => Region::Hv,
            7 => Region::Hmn,
            _ => Region::Hn,
        };
        let age = match *topic {
            "sarkomer" => 35,
            "trening som medisin" => 2,
            "hyperkolesterolemi" => 5,
            _ => 3 + (i as u32 * 7) % 22,
        };
        let approved = if *topic == "hyperkolesterolemi" {
            // Reaches the end of its 5-year term in about seven weeks.
            plus_days(years_ago(today, 5, 0), 50)
        } else {
            years_ago(today, age, (i as u64 * 37) % 300)
        };
        // Services still in their first term have a function; older ones have no set term.
        let function = match age {
            0..=4 => Some(Function::Training),
            5 if *topic == "hyperkolesterolemi" => Some(Function::Training),
            5..=9 => Some(Function::CompetenceBuilding),
            _ => None,
        };
        let fte = if *topic == "aldring og helse" {
            87.0
        } else {
            0.8 + ((i * 13) % 17) as f64 * 0.9
        };
        units.push(SeedUnit {
            name: format!("Nasjonal kompetansetjeneste for {topic}"),
            kind: UnitKind::Competence,
            region,
            hf: None,
            approved_on: Some(approved),
            function,
            fte: Some(fte),
            ern: None,
            status: if *topic == "amming" {
                UnitStatus::Closed
            } else {
                UnitStatus::Active
            },
        });
    }
    for (i, topic) in TREATMENT.iter().enumerate() {
        let brann = topic.contains("brannskade");
        units.push(SeedUnit {
            name: format!("Nasjonal behandlingstjeneste for {topic}"),
            kind: UnitKind::Treatment,
            region: if brann { Region::Hv } else { REGIONS[i % 4] },
            hf: if brann { Some("Helse Bergen HF") } else { None },
            approved_on: Some(years_ago(today, 6 + i as u32, 10)),
            function: None,
            fte: Some(2.0 + i as f64),
            ern: None,
            status: UnitStatus::Active,
        });
    }
    let first_network = units.len();
    for (i, name) in NETWORKS.iter().enumerate() {
        let name = if name.starts_with("nettverk") {
            format!("Kvalitets- og kompetanse{name}")
        } else {
            name.to_string()
        };
        units.push(SeedUnit {
            name,
            kind: UnitKind::Network,
            region: REGIONS[i % 4],
            hf: None,
            approved_on: Some(years_ago(today, i as u32, 30)),
            function: None,
            fte: None,
            ern: None,
            status: UnitStatus::Active,
        });
    }
    for (name, kind, region) in [
        (
            "Flerregional behandlingstjeneste for avansert leverkirurgi",
            UnitKind::Multiregional,
            Region::Hso,
        ),
        (
            "Flerregional behandlingstjeneste for epilepsikirurgi hos barn",
            UnitKind::Multiregional,
            Region::Hv,
        ),
        (
            "Nasjonalt senter for simulering i helsetjenesten",
            UnitKind::Centre,
            Region::Hmn,
        ),
        (
            "Nasjonalt senter for samisk helse",
            UnitKind::Centre,
            Region::Hn,
        ),
        (
            "Regional kompetansetjeneste for klinisk ernæring",
            UnitKind::RegionalCompetence,
            Region::Hso,
        ),
        (
            "Regional kompetansetjeneste for smertebehandling",
            UnitKind::RegionalCompetence,
            Region::Hso,
        ),
        (
            "Regional kompetansetjeneste for lindrende behandling",
            UnitKind::RegionalCompetence,
            Region::Hso,
        ),
    ] {
        units.push(SeedUnit {
            name: name.to_string(),
            kind,
            region,
            hf: None,
            approved_on: Some(years_ago(today, 3 + units.len() as u32 % 7, 0)),
            function: None,
            fte: Some(1.5),
            ern: None,
            status: UnitStatus::Active,
        });
    }

    let contacts = people::contacts(&units);
    // The ERN memberships, and the unit's free-text ERN field saying the same.
    let ern = ern::memberships(&units, &contacts, today);
    for m in &ern {
        units[m.unit].ern = Some(m.ern);
    }
    let members = people::members(&units, &contacts);
    let reports = season::reports(&units, today, phase);
    let mut events = Vec::new();
    let periods = (0..NETWORKS.len())
        .map(|i| SeedPeriod {
            unit: first_network + i,
            // Network i (from 1) is in year i, stored as the calendar has it (year 5
            // due); the first (0) is in year 6, in evaluation.
            starts_on: years_ago(today, if i == 0 { 5 } else { i as u32 - 1 }, 20),
            frame_mnok: if i % 2 == 0 { 1.0 } else { 2.0 },
            hf: hf_of(units[first_network + i].region, i),
            state: match i {
                0 => "under_evaluering",
                5 => "forfaller",
                _ => "lopende",
            },
        })
        .collect();
    let applications = workflow::applications(today);
    let colleagues = workflow::colleagues(&contacts);
    events.extend(workflow::desk_events(today, &colleagues));
    events.sort_by_key(|e| e.at);
    let hyper = units
        .iter()
        .position(|u| u.name.ends_with("hyperkolesterolemi"))
        .unwrap_or(0);
    let cases = vec![
        SeedCase {
            title: "Rangering av søknader om nye nasjonale tjenester".into(),
            case_type: CaseType::ApplicationRanking,
            region: leadership::leader_on(today),
            status: CaseStatus::OnAgenda,
            background: "Fire søknader er forankret i alle regioner.".into(),
            proposal: "IRF slutter seg til rangeringen slik den fremgår av saken.".into(),
            decision: String::new(),
            on_agenda: true,
            number: None,
            units: vec![],
        },
        SeedCase {
            title: format!(
                "Fornyelse av {} for en ny femårsperiode",
                units[first_network].name
            ),
            case_type: CaseType::NetworkRenewal,
            region: units[first_network].region,
            status: CaseStatus::OnAgenda,
            background: "Nettverket er i sitt sjette år. RHF-ene skal ta stilling til ny periode."
                .into(),
            proposal: "IRF anbefaler finansiering av en ny femårsperiode.".into(),
            decision: String::new(),
            on_agenda: true,
            number: None,
            units: vec![first_network],
        },
        SeedCase {
            title: format!("Innstilling om avvikling: {}", units[hyper].name),
            case_type: CaseType::PhaseOut,
            region: units[hyper].region,
            status: CaseStatus::OnAgenda,
            background: "Tjenestens femårige periode utløper.".into(),
            proposal: "IRF støtter innstillingen.".into(),
            decision: String::new(),
            on_agenda: true,
            number: None,
            units: vec![hyper],
        },
        season::summary_case(phase, crate::domain::current_season(today), today),
    ];
    let meeting_day = workflow::working_day_from(plus_days(today, 21));
    Plan {
        today,
        units,
        contacts,
        members,
        reports,
        applications,
        periods,
        cases,
        // Chaired by the region leading on the meeting's day.
        meeting: (
            meeting_day,
            "Gardermoen og Teams",
            leadership::leader_on(meeting_day),
        ),
        phase_out: (
            hyper,
            "Undervisning og registerdrift videreføres i ordinær drift.",
            "Helse Sør-Øst anbefaler at den nasjonale funksjonen avsluttes og at oppgavene går over i ordinær drift.",
        ),
        events,
        colleagues,
        leadership: leadership::rotation(today),
        ern,
        obligations: obligations::plan(today, leadership::leader_on(today)),
    }
}
