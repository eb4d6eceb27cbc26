//! Money, network periods and phase-outs (see `domain::renewal` for the rules).
//!
//! - this file: the earmarked grant table and the money overview per region (with
//!   each region's setting-aside of the year, see `obligations`).
//! - `networks`: a network with its periods, adding a period, recording a renewal.
//! - `phase_out`: the assessment of a competence service whose term has ended, and
//!   IRF's answer to it.
//! - `evaluations`: a regional competence service's evaluation every 5 years.
//! - `grants`: a national competence service's yearly grant (above 4 MNOK flagged for
//!   a new service).
//! - `list`: the Fornyelser list, the most urgent decision first.
//!
//! Every rule the user can break is a `domain::RenewalRefusal`, checked inside the
//! write's transaction, so a refused change leaves the data as it was.

mod evaluations;
mod grants;
mod list;
mod networks;
mod phase_out;

pub use evaluations::Evaluation;
pub use grants::UnitGrant;
pub(in crate::store) use networks::apply_case_answer;
pub use networks::{Network, NetworkPeriod, RenewalDecision};
pub(in crate::store) use phase_out::write_irf_answer;
pub use phase_out::{PhaseOut, PhaseOutEdit};

use crate::domain::{
    Code, MAX_SERVICE_GRANT, Region, above_new_service_ceiling, set_aside_amount,
    set_aside_percent, share_range,
};
use crate::store::calendar::parse_date;
use crate::store::mappers::code_col;
use crate::store::{Result, Store};

/// One region's row of the earmarked-grant table (MNOK).
#[derive(Debug, Clone, PartialEq)]
pub struct GrantRow {
    /// The budget year.
    pub year: i32,
    /// The region.
    pub region: Region,
    /// The whole earmarked grant.
    pub total_mnok: f64,
    /// Of which rare diagnoses.
    pub rare_mnok: f64,
    /// Other services (the grant excluding rare diagnoses).
    pub other_mnok: f64,
    /// The number of services the year before.
    pub services: i64,
    /// The region's share of the other services, in per cent.
    pub share_other: f64,
}

/// Amounts for one region or for all (MNOK, unrounded; round with
/// `domain::round_mnok` to print them as the documents do).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MoneyLine {
    /// The earmarked grant.
    pub grant_mnok: f64,
    /// Of which rare diagnoses.
    pub rare_mnok: f64,
    /// The grant excluding rare diagnoses.
    pub other_mnok: f64,
    /// 2 % of the grant excluding rare diagnoses: the low end for the service
    /// environment.
    pub share_low_mnok: f64,
    /// 4 % of it: the high end.
    pub share_high_mnok: f64,
    /// The yearly frames of the networks hosted in the region (each network's latest
    /// period).
    pub network_frames_mnok: f64,
    /// The yearly grants of the national competence services hosted in the region
    /// (each service's latest recorded year).
    pub service_grants_mnok: f64,
    /// How many of those grants are above 4 MNOK, the ceiling for new services, for a
    /// service approved within 5 years of the grant's year (flagged, not refused).
    pub services_above_ceiling: i64,
    /// The setting-aside recorded for the year asked about (`Money::set_aside_year`),
    /// in MNOK: the amount given, else the percentage of the grant excluding rare
    /// diagnoses; `None` when the region has not recorded it (for the total: none has).
    pub set_aside_mnok: Option<f64>,
    /// Its percentage: the one given, else the amount's share (`None` as above, and
    /// for the total).
    pub set_aside_percent: Option<f64>,
}

impl MoneyLine {
    fn add(&mut self, o: &MoneyLine) {
        self.grant_mnok += o.grant_mnok;
        self.rare_mnok += o.rare_mnok;
        self.other_mnok += o.other_mnok;
        self.share_low_mnok += o.share_low_mnok;
        self.share_high_mnok += o.share_high_mnok;
        self.network_frames_mnok += o.network_frames_mnok;
        self.service_grants_mnok += o.service_grants_mnok;
        self.services_above_ceiling += o.services_above_ceiling;
        if let Some(m) = o.set_aside_mnok {
            self.set_aside_mnok = Some(self.set_aside_mnok.unwrap_or(0.0) + m);
        }
    }
}

/// The money overview of a year: per region and in all.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// The budget year of the grant table.
    pub year: i32,
    /// The four regions in HSØ, HV, HMN, HN order; a region without a grant row has
    /// zero grant (and still its networks' frames).
    pub regions: Vec<(Region, MoneyLine)>,
    /// The sums over the regions.
    pub total: MoneyLine,
    /// False when the table has no row for `year`.
    pub has_grant: bool,
    /// The year asked about: the setting-asides are that year's.
    pub set_aside_year: i32,
}

impl Money {
    /// The line of one region.
    pub fn region(&self, region: Region) -> MoneyLine {
        self.regions
            .iter()
            .find(|(r, _)| *r == region)
            .map(|(_, l)| *l)
            .unwrap_or_default()
    }
}

impl Store {
    /// The earmarked-grant table of `year`, in region order (empty if none).
    pub fn grants(&self, year: i32) -> Result<Vec<GrantRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.year, g.region_code, g.total_mnok, g.rare_mnok, g.other_mnok, g.services,
                    g.share_other
               FROM grants g JOIN regions r ON r.code = g.region_code
              WHERE g.year = ?1 ORDER BY r.sort",
        )?;
        let rows = stmt.query_map([year], |r| {
            Ok(GrantRow {
                year: r.get(0)?,
                region: code_col(r, 1)?,
                total_mnok: r.get(2)?,
                rare_mnok: r.get(3)?,
                other_mnok: r.get(4)?,
                services: r.get(5)?,
                share_other: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The money overview for `year`: the grant table of the latest year up to `year`
    /// (the table holds the years the documents give; `Money::year` says which) per
    /// region with the 2 % and 4 % shares of
    /// the grant excluding rare diagnoses, the yearly frames of the networks each
    /// region hosts and the grants recorded for its competence services. The frames
    /// are those of each network's latest period (by start), the grants each service's
    /// latest recorded year up to `year` (a grant for a later year is not counted).
    pub fn money(&self, year: i32) -> Result<Money> {
        let table_year: Option<i32> = self.conn.query_row(
            "SELECT max(year) FROM grants WHERE year <= ?1",
            [year],
            |r| r.get(0),
        )?;
        let table_year = table_year.unwrap_or(year);
        let grants = self.grants(table_year)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT u.region_code, total(p.frame_mnok)
               FROM units u JOIN network_periods p ON p.unit_id = u.id
              WHERE u.kind = 'nettverk'
                AND p.id = (SELECT q.id FROM network_periods q WHERE q.unit_id = u.id
                             ORDER BY q.starts_on DESC, q.id DESC LIMIT 1)
              GROUP BY u.region_code",
        )?;
        let frames = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT u.region_code, total(g.mnok)
               FROM units u JOIN unit_grants g ON g.unit_id = u.id
              WHERE u.kind = 'kompetanse' AND u.status != 'avviklet'
                AND g.year = (SELECT max(h.year) FROM unit_grants h
                               WHERE h.unit_id = u.id AND h.year <= ?1)
              GROUP BY u.region_code",
        )?;
        let service_grants = stmt
            .query_map([year], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // The latest grants above 4 MNOK, with what the flag needs.
        let mut stmt = self.conn.prepare_cached(
            "SELECT u.region_code, g.mnok, g.year, u.approved_on
               FROM units u JOIN unit_grants g ON g.unit_id = u.id
              WHERE u.kind = 'kompetanse' AND u.status != 'avviklet' AND g.mnok > ?1
                AND g.year = (SELECT max(h.year) FROM unit_grants h
                               WHERE h.unit_id = u.id AND h.year <= ?2)",
        )?;
        let above: Vec<String> = stmt
            .query_map((MAX_SERVICE_GRANT, year), |r| {
                let approved = parse_date(r.get::<_, Option<String>>(3)?.as_deref());
                let flagged = above_new_service_ceiling(r.get(1)?, approved, r.get(2)?);
                Ok((r.get::<_, String>(0)?, flagged))
            })?
            .filter_map(|row| match row {
                Ok((region, true)) => Some(Ok(region)),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            })
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let sum = |list: &[(String, f64)], region: Region| -> f64 {
            // Folded from +0.0: an empty `sum` of floats is -0.0, shown as "-0,0".
            list.iter()
                .filter(|(code, _)| code == region.code())
                .fold(0.0, |total, (_, f)| total + f)
        };
        let set_asides = self.set_asides(year)?;
        let mut total = MoneyLine::default();
        let regions = Region::all()
            .into_iter()
            .map(|region| {
                let mut line = MoneyLine::default();
                if let Some(g) = grants.iter().find(|g| g.region == region) {
                    let (low, high) = share_range(g.other_mnok);
                    line.grant_mnok = g.total_mnok;
                    line.rare_mnok = g.rare_mnok;
                    line.other_mnok = g.other_mnok;
                    line.share_low_mnok = low;
                    line.share_high_mnok = high;
                }
                line.network_frames_mnok = sum(&frames, region);
                line.service_grants_mnok = sum(&service_grants, region);
                line.services_above_ceiling =
                    above.iter().filter(|code| *code == region.code()).count() as i64;
                if let Some(s) = set_asides.iter().find(|s| s.region == region) {
                    line.set_aside_mnok = set_aside_amount(s.percent, s.mnok, line.other_mnok);
                    line.set_aside_percent = set_aside_percent(s.percent, s.mnok, line.other_mnok);
                }
                total.add(&line);
                (region, line)
            })
            .collect();
        Ok(Money {
            year: table_year,
            regions,
            total,
            has_grant: !grants.is_empty(),
            set_aside_year: year,
        })
    }
}
