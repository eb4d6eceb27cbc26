//! The report season as a real desk has it on the demo day: which phase the season is
//! in, and each report's status and dates in that phase. Reports are filed in February
//! (by 10 February, some late); in March the regions review them; in April and May the
//! reviews are mostly done and the summary case is written; after the summer the season
//! is closed but for a few stragglers.

use chrono::{Datelike, NaiveDate};

use super::{SeedCase, SeedReport, SeedUnit, plus_days};
use crate::domain::{CaseStatus, ReportStatus, UnitStatus, current_season};

/// Where the report season stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeasonPhase {
    /// February: the reports are arriving, and the first reviews have started.
    Arriving,
    /// March: every state at once; a quarter of the reports are still awaited.
    Reviewing,
    /// April and May: the reviews are mostly done; the summary case is drafted.
    Concluding,
    /// June to January: the season is closed but for a few stragglers.
    Settled,
}

impl SeasonPhase {
    /// The phase of the season [`current_season`] gives for `today`.
    pub fn of(today: NaiveDate) -> Self {
        match today.month() {
            2 => Self::Arriving,
            3 => Self::Reviewing,
            4 | 5 => Self::Concluding,
            _ => Self::Settled,
        }
    }
}

/// The day unit `u`'s report for `season` reached eRapport: 1–20 February of the year
/// after, half of them by the 10 February deadline.
fn arrival(season: i32, u: usize) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(season + 1, 2, 1 + (u % 20) as u32)
}

/// A report's status and received date in `phase`.
fn state(
    phase: SeasonPhase,
    season: i32,
    u: usize,
    today: NaiveDate,
) -> (ReportStatus, Option<NaiveDate>) {
    use ReportStatus::*;
    let filed = arrival(season, u);
    let status = match phase {
        SeasonPhase::Arriving => match filed {
            Some(d) if d > today => Expected,
            Some(d) if (today - d).num_days() >= 14 && u.is_multiple_of(4) => Reviewed,
            Some(d) if (today - d).num_days() >= 5 && !u.is_multiple_of(3) => InReview,
            _ => Received,
        },
        SeasonPhase::Reviewing => match u % 7 {
            0 | 1 => Expected,
            2 => Received,
            3 => InReview,
            4 => Reviewed,
            5 => FollowUpOpen,
            _ => Closed,
        },
        SeasonPhase::Concluding => match u % 7 {
            0 if u.is_multiple_of(14) => Expected,
            0 => InReview,
            1 => Reviewed,
            2 => FollowUpOpen,
            _ => Closed,
        },
        SeasonPhase::Settled if u % 13 == 5 => FollowUpOpen,
        SeasonPhase::Settled if u % 29 == 3 => InReview,
        SeasonPhase::Settled => Closed,
    };
    let received = match status {
        Expected => None,
        // Filed late, after a reminder in April.
        InReview if phase == SeasonPhase::Settled => NaiveDate::from_ymd_opt(season + 1, 4, 20),
        _ => filed,
    };
    (status, received)
}

/// The season before is all closed; the current one is where `phase` has it.
pub(super) fn reports(units: &[SeedUnit], today: NaiveDate, phase: SeasonPhase) -> Vec<SeedReport> {
    let season = current_season(today);
    let mut out = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        if unit.status == UnitStatus::Closed {
            continue;
        }
        out.push(SeedReport {
            unit: u,
            year: season - 1,
            status: ReportStatus::Closed,
            received_on: NaiveDate::from_ymd_opt(season, 2, 8),
            reviewer: Some(unit.region),
            statement: true,
            follow_ups: vec![],
        });
        let (status, received_on) = state(phase, season, u, today);
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

/// The summary case's background once the reviews are done.
const BACKGROUND: &str = "Regionene har vurdert årsrapportene fra de nasjonale tjenestene. \
     Flere mangler oppdaterte kompetanseplaner, og resultatmål er ofte ikke beskrevet.";

/// The summary case's proposal.
const PROPOSAL: &str =
    "IRF tar oppsummeringen til orientering og ber Hdir følge opp de felles utfordringene.";

/// The IRF case summarising the season: an empty draft while the reviews go on, a
/// written draft in April and May, decided by IRF after the summer.
pub(super) fn summary_case(phase: SeasonPhase, season: i32, today: NaiveDate) -> SeedCase {
    let (status, background, proposal, decision) = match phase {
        SeasonPhase::Arriving | SeasonPhase::Reviewing => (CaseStatus::Draft, "", "", ""),
        SeasonPhase::Concluding => (CaseStatus::Draft, BACKGROUND, PROPOSAL, ""),
        SeasonPhase::Settled => (
            CaseStatus::Decided,
            BACKGROUND,
            PROPOSAL,
            "IRF tok oppsummeringen til orientering. Tilbakemeldingen er sendt Hdir.",
        ),
    };
    SeedCase {
        title: "Oppsummering av årsrapporter – hva går bra, felles utfordringer".into(),
        case_type: crate::domain::CaseType::ReportSummary,
        region: super::leadership::leader_on(today),
        status,
        background: background.into(),
        proposal: proposal.into(),
        decision: decision.into(),
        on_agenda: false,
        // Decided at IRF's May meeting, the year after the report year.
        number: (phase == SeasonPhase::Settled).then_some((season + 1, 19)),
        units: vec![],
    }
}
