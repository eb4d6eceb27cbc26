//! Leadership periods: which region leads the working group when (table
//! `leadership_periods`, `db/0013_leadership.sql`).
//!
//! - here: the periods read, the region leading on a day ([`Store::leading_region_on`],
//!   falling back to the old single setting `leading_region` on a day no period
//!   covers, so files from before the periods keep working), the hand-overs the
//!   calendar shows and the item `irf due` lists for a period ending within six months;
//! - `edit`: adding, changing and deleting a period, each one audited write checked
//!   against the whole set (no gap, no overlap, no end before its start; see
//!   `domain::leadership`).
//!
//! Every place that needs "the leading region" asks with a date: the status line and a
//! new case's default region with today, a new meeting's default chair with the
//! meeting's day.

mod edit;

use chrono::{Months, NaiveDate};
use rusqlite::{Connection, OptionalExtension};

pub use edit::LeadershipEdit;

use super::calendar::parse_date;
use super::{CalendarItem, CalendarKind, DueItem, DueKind, Result, Store, StoreError};
use crate::domain::{Code, LeadershipSpan, Region};

/// How far ahead `irf due` and the Årshjul warn that a leadership period ends.
pub const LEADERSHIP_NOTICE_MONTHS: u32 = 6;

/// One leadership period as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadershipPeriod {
    /// Row id.
    pub id: i64,
    /// The leading region.
    pub region: Region,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day.
    pub ends_on: NaiveDate,
    /// The IRF decision that set it ("IRF 21.11.2022"), possibly empty.
    pub decision: String,
    /// Free text.
    pub note: String,
    /// Row version for optimistic edits.
    pub version: i64,
}

impl LeadershipPeriod {
    /// The period as the rule sees it.
    pub fn span(&self) -> LeadershipSpan {
        LeadershipSpan {
            id: self.id,
            region: self.region,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
        }
    }

    /// Whether the period covers `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.span().covers(date)
    }

    /// "HV 2023–2024": the name the audit log records (conflicts and a deleted
    /// period's history say it).
    pub fn name(&self) -> String {
        use chrono::Datelike;
        format!(
            "{} {}–{}",
            self.region.code(),
            self.starts_on.year(),
            self.ends_on.year()
        )
    }

    fn audit_json(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.name(),
            "region": self.region.code(),
            "starts_on": self.starts_on.to_string(),
            "ends_on": self.ends_on.to_string(),
            "decision": self.decision,
            "note": self.note,
        })
    }
}

/// Every period, by start. A row whose region or dates cannot be read is left out.
pub(super) fn load_periods(conn: &Connection) -> Result<Vec<LeadershipPeriod>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, region_code, starts_on, ends_on, decision, note, version
           FROM leadership_periods ORDER BY starts_on, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, i64>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, region, starts, ends, decision, note, version) = row?;
        let (Some(region), Some(starts_on), Some(ends_on)) = (
            Region::from_code(&region),
            parse_date(Some(&starts)),
            parse_date(Some(&ends)),
        ) else {
            continue;
        };
        out.push(LeadershipPeriod {
            id,
            region,
            starts_on,
            ends_on,
            decision,
            note,
            version,
        });
    }
    Ok(out)
}

/// Refuses the periods as they are now in `conn` if they have a gap, an overlap or an
/// end before a start: an undo checks the set it leaves, as every edit does.
pub(super) fn check_all(conn: &Connection) -> Result<()> {
    let spans: Vec<LeadershipSpan> = load_periods(conn)?.iter().map(|p| p.span()).collect();
    Ok(crate::domain::check_periods(&spans, 0)?)
}

/// The region leading on `date`: the one whose period covers it, else the old single
/// setting `leading_region` (when it names a region). Used inside writes too.
pub(super) fn region_leading_on(conn: &Connection, date: NaiveDate) -> Result<Option<Region>> {
    let covering: Option<String> = conn
        .prepare_cached(
            "SELECT region_code FROM leadership_periods
              WHERE starts_on <= ?1 AND ends_on >= ?1 ORDER BY starts_on DESC LIMIT 1",
        )?
        .query_row([date.to_string()], |r| r.get(0))
        .optional()?;
    if let Some(region) = covering.as_deref().and_then(Region::from_code) {
        return Ok(Some(region));
    }
    let setting: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = 'leading_region'")?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(setting.and_then(|v| Region::parse_loose(&v)))
}

/// The demo's leadership periods after the documented one, inside the demo's write.
pub(super) fn seed_periods(
    conn: &Connection,
    periods: &[crate::demo::SeedLeadership],
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO leadership_periods (region_code, starts_on, ends_on, note)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for p in periods {
        stmt.execute((
            p.region.code(),
            p.starts_on.to_string(),
            p.ends_on.to_string(),
            p.note,
        ))?;
    }
    Ok(())
}

impl Store {
    /// Every leadership period, by start.
    pub fn leadership_periods(&self) -> Result<Vec<LeadershipPeriod>> {
        load_periods(&self.conn)
    }

    /// Leadership period `id` as stored now.
    pub fn leadership_period(&self, id: i64) -> Result<LeadershipPeriod> {
        load_periods(&self.conn)?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or(StoreError::NotFound {
                entity: "leadership_period",
                id,
            })
    }

    /// The period covering `date`, if one does.
    pub fn leadership_on(&self, date: NaiveDate) -> Result<Option<LeadershipPeriod>> {
        Ok(load_periods(&self.conn)?
            .into_iter()
            .find(|p| p.covers(date)))
    }

    /// The region leading the working group on `date`: the region whose period covers
    /// it, or where none does the old setting `leading_region`.
    pub fn leading_region_on(&self, date: NaiveDate) -> Result<Option<Region>> {
        region_leading_on(&self.conn, date)
    }

    /// The hand-overs of `year` for the calendar: each period starting in it, titled
    /// "HV → HMN" when a period ends the day before (else the region alone), owned by
    /// the region taking over.
    pub(super) fn calendar_handovers(&self, year: i32) -> Result<Vec<CalendarItem>> {
        use chrono::Datelike;
        let periods = load_periods(&self.conn)?;
        Ok(periods
            .iter()
            .filter(|p| p.starts_on.year() == year)
            .map(|p| {
                let before = periods
                    .iter()
                    .find(|b| b.ends_on.succ_opt() == Some(p.starts_on));
                let title = match before {
                    Some(b) => format!("{} → {}", b.region.code(), p.region.code()),
                    None => p.region.code().to_string(),
                };
                CalendarItem {
                    date: p.starts_on,
                    kind: CalendarKind::Handover,
                    title,
                    owner: Some(p.region.code().to_string()),
                    reference: Some(("leadership_periods", p.id)),
                }
            })
            .collect())
    }

    /// The periods ending from `today` through [`LEADERSHIP_NOTICE_MONTHS`] ahead, each
    /// dated on its last day with the region taking over the day after (if one is
    /// recorded).
    pub(super) fn leadership_due(&self, today: NaiveDate) -> Result<Vec<DueItem>> {
        let until = today
            .checked_add_months(Months::new(LEADERSHIP_NOTICE_MONTHS))
            .unwrap_or(NaiveDate::MAX);
        let periods = load_periods(&self.conn)?;
        Ok(periods
            .iter()
            .filter(|p| today <= p.ends_on && p.ends_on <= until)
            .map(|p| {
                let next = periods
                    .iter()
                    .find(|n| p.ends_on.succ_opt() == Some(n.starts_on))
                    .map(|n| n.region);
                let title = match next {
                    Some(n) => format!("{} → {}", p.region.code(), n.code()),
                    None => p.region.code().to_string(),
                };
                DueItem {
                    date: p.ends_on,
                    kind: DueKind::Leadership {
                        from: p.region,
                        to: next,
                    },
                    title,
                    owner: Some(p.region.code().to_string()),
                    reference: Some(("leadership_periods", p.id)),
                }
            })
            .collect())
    }
}
