//! The service environment's own obligations (`db/0015_obligations.sql`): the status
//! report to HOD after two years of operation, each region's yearly setting-aside of
//! 2–4 % of its grant, and the dialogue events it runs.
//!
//! - here: the records read, their calendar items (the report on its due day, each
//!   region's setting-aside on the year's day, the events on theirs; a national event
//!   stands in for the "Nasjonal dialogdag" placeholder milestone of its year) and the
//!   setting-aside of a year per region for the money view;
//! - `edit`: changing the start of operation and the report, recording a
//!   setting-aside, adding, changing and deleting an event: each one audited write,
//!   checked by `domain::obligations`, a stale version a conflict.

mod edit;

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension};

pub use edit::{DialogueEdit, ObligationsEdit, SetAsideEdit};

use super::calendar::parse_date;
use super::{CalendarItem, CalendarKind, Result, Store, StoreError};
use crate::domain::{Code, Region, report_due, set_aside_day};

/// The start of operation, the status report and the yearly day of the setting-aside
/// (one row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Obligations {
    /// When operation started (HOD's letter received 20.09.2022).
    pub started_on: NaiveDate,
    /// What the start rests on ("Brev fra HOD mottatt 20.09.2022").
    pub started_basis: String,
    /// The report's title as the calendar shows it.
    pub report_title: String,
    /// The years of operation after which the report is due.
    pub report_years: u32,
    /// The region that writes and sends the report.
    pub report_owner: Region,
    /// When it was sent, once it is.
    pub report_sent_on: Option<NaiveDate>,
    /// The month of the yearly day by which a region records its setting-aside.
    pub set_aside_month: u32,
    /// Its day of the month.
    pub set_aside_day: u32,
    /// Free text.
    pub note: String,
    /// Row version for optimistic edits.
    pub version: i64,
}

impl Obligations {
    /// The day the status report falls due: the start plus its years.
    pub fn report_due(&self) -> Option<NaiveDate> {
        report_due(self.started_on, self.report_years)
    }

    /// The day of `year` by which each region records its setting-aside.
    pub fn set_aside_due(&self, year: i32) -> Option<NaiveDate> {
        set_aside_day(year, self.set_aside_month, self.set_aside_day)
    }

    fn audit_json(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.report_title,
            "started_on": self.started_on.to_string(),
            "started_basis": self.started_basis,
            "report_title": self.report_title,
            "report_years": self.report_years,
            "report_owner": self.report_owner.code(),
            "report_sent_on": self.report_sent_on.map(|d| d.to_string()),
            "set_aside_day": format!("{:02}-{:02}", self.set_aside_month, self.set_aside_day),
            "note": self.note,
        })
    }
}

/// One dialogue event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogueEvent {
    /// Row id.
    pub id: i64,
    /// The day it is held.
    pub held_on: NaiveDate,
    /// Its title.
    pub title: String,
    /// Where (may be empty).
    pub place: String,
    /// The region that runs it.
    pub region: Region,
    /// National (stands in for the year's "Nasjonal dialogdag"), else regional.
    pub national: bool,
    /// Free text.
    pub note: String,
    /// Row version for optimistic edits.
    pub version: i64,
}

impl DialogueEvent {
    /// "title – place", as the calendar shows it.
    pub fn label(&self) -> String {
        if self.place.trim().is_empty() {
            self.title.clone()
        } else {
            format!("{} – {}", self.title, self.place)
        }
    }

    fn audit_json(&self) -> serde_json::Value {
        serde_json::json!({
            "name": format!("{} {}", self.title, self.held_on),
            "held_on": self.held_on.to_string(),
            "title": self.title,
            "place": self.place,
            "region": self.region.code(),
            "national": self.national,
            "note": self.note,
        })
    }
}

/// One region's recorded setting-aside for a year.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    /// Row id.
    pub id: i64,
    /// The budget year.
    pub year: i32,
    /// The region.
    pub region: Region,
    /// The percentage of the grant excluding rare diagnoses (2–4), if given.
    pub percent: Option<f64>,
    /// The amount in MNOK, if given.
    pub mnok: Option<f64>,
    /// Free text.
    pub note: String,
    /// Row version for optimistic edits.
    pub version: i64,
}

impl SetAside {
    /// "HV 2025": how the audit log and the calendar name it.
    pub fn name(&self) -> String {
        format!("{} {}", self.region.code(), self.year)
    }

    fn audit_json(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.name(),
            "year": self.year,
            "region": self.region.code(),
            "percent": self.percent,
            "mnok": self.mnok,
            "note": self.note,
        })
    }
}

pub(super) fn load_obligations(conn: &Connection) -> Result<Obligations> {
    let row = conn
        .prepare_cached(
            "SELECT operation_started_on, started_basis, report_title, report_years,
                    report_owner, report_submitted_on, set_aside_month, set_aside_day, note,
                    version
               FROM environment_obligations WHERE id = 1",
        )?
        .query_row([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, u32>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, u32>(6)?,
                r.get::<_, u32>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, i64>(9)?,
            ))
        })
        .optional()?;
    let not_found = StoreError::NotFound {
        entity: "obligations",
        id: 1,
    };
    let Some((started, basis, title, years, owner, sent, month, day, note, version)) = row else {
        return Err(not_found);
    };
    let (Some(started_on), Some(report_owner)) =
        (parse_date(Some(&started)), Region::from_code(&owner))
    else {
        return Err(not_found);
    };
    Ok(Obligations {
        started_on,
        started_basis: basis,
        report_title: title,
        report_years: years,
        report_owner,
        report_sent_on: parse_date(sent.as_deref()),
        set_aside_month: month,
        set_aside_day: day,
        note,
        version,
    })
}

pub(super) fn load_events(conn: &Connection, year: Option<i32>) -> Result<Vec<DialogueEvent>> {
    let (from, to) = match year {
        Some(y) => (format!("{y:04}-01-01"), format!("{:04}-01-01", y + 1)),
        None => (String::new(), "9999".to_string()),
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id, held_on, title, place, region_code, national, note, version
           FROM dialogue_events WHERE held_on >= ?1 AND held_on < ?2 ORDER BY held_on, id",
    )?;
    let rows = stmt.query_map((from, to), |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, i64>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, i64>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, held, title, place, region, national, note, version) = row?;
        let (Some(held_on), Some(region)) = (parse_date(Some(&held)), Region::from_code(&region))
        else {
            continue;
        };
        out.push(DialogueEvent {
            id,
            held_on,
            title,
            place,
            region,
            national: national != 0,
            note,
            version,
        });
    }
    Ok(out)
}

pub(super) fn load_set_asides(conn: &Connection, year: Option<i32>) -> Result<Vec<SetAside>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.year, s.region_code, s.percent, s.mnok, s.note, s.version
           FROM set_asides s JOIN regions r ON r.code = s.region_code
          WHERE ?1 IS NULL OR s.year = ?1 ORDER BY s.year, r.sort",
    )?;
    let rows = stmt.query_map([year], |r| {
        Ok(SetAside {
            id: r.get(0)?,
            year: r.get(1)?,
            region: super::mappers::code_col(r, 2)?,
            percent: r.get(3)?,
            mnok: r.get(4)?,
            note: r.get(5)?,
            version: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The demo's dialogue events and setting-asides, inside the demo's write.
pub(super) fn seed(conn: &Connection, plan: &crate::demo::SeedObligations) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO dialogue_events (held_on, title, place, region_code, national, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for e in &plan.events {
        stmt.execute((
            e.held_on.to_string(),
            e.title,
            e.place,
            e.region.code(),
            i64::from(e.national),
            crate::demo::EXAMPLE_NOTE,
        ))?;
    }
    let mut stmt = conn.prepare_cached(
        "INSERT INTO set_asides (year, region_code, percent, mnok, note) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for s in &plan.set_asides {
        stmt.execute((
            s.year,
            s.region.code(),
            s.percent,
            s.mnok,
            crate::demo::EXAMPLE_NOTE,
        ))?;
    }
    if let Some(sent) = plan.report_sent_on {
        conn.execute(
            "UPDATE environment_obligations SET report_submitted_on = ?1 WHERE id = 1",
            [sent.to_string()],
        )?;
    }
    Ok(())
}

impl Store {
    /// The start of operation, the status report and the setting-aside's yearly day.
    pub fn obligations(&self) -> Result<Obligations> {
        load_obligations(&self.conn)
    }

    /// The obligations' row, or `None` when it is missing or unreadable (a damaged
    /// file): the calendar and what is due then go on without the status report and
    /// the setting-aside rather than fail.
    pub(super) fn obligations_if_readable(&self) -> Result<Option<Obligations>> {
        match load_obligations(&self.conn) {
            Ok(o) => Ok(Some(o)),
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every dialogue event, by date (`year`: only that year's).
    pub fn dialogue_events(&self, year: Option<i32>) -> Result<Vec<DialogueEvent>> {
        load_events(&self.conn, year)
    }

    /// Dialogue event `id` as stored now.
    pub fn dialogue_event(&self, id: i64) -> Result<DialogueEvent> {
        load_events(&self.conn, None)?
            .into_iter()
            .find(|e| e.id == id)
            .ok_or(StoreError::NotFound {
                entity: "dialogue_event",
                id,
            })
    }

    /// The setting-asides recorded for `year`, in region order.
    pub fn set_asides(&self, year: i32) -> Result<Vec<SetAside>> {
        load_set_asides(&self.conn, Some(year))
    }

    /// The setting-aside of `region` for `year`, if recorded.
    pub fn set_aside(&self, year: i32, region: Region) -> Result<Option<SetAside>> {
        Ok(self
            .set_asides(year)?
            .into_iter()
            .find(|s| s.region == region))
    }

    /// Whether `year` holds a national dialogue event (which stands in for the
    /// placeholder milestone "Nasjonal dialogdag").
    pub(super) fn has_national_dialogue(&self, year: i32) -> Result<bool> {
        Ok(load_events(&self.conn, Some(year))?
            .iter()
            .any(|e| e.national))
    }

    /// The obligations dated in `year`: the status report on its due day (sent or
    /// open), each region's setting-aside on the year's day from the year after
    /// operation started (recorded or not), and the dialogue events.
    pub(super) fn calendar_obligations(&self, year: i32) -> Result<Vec<CalendarItem>> {
        let mut items = Vec::new();
        let o = self.obligations_if_readable()?;
        if let Some(o) = &o
            && let Some(due) = o.report_due().filter(|d| d.year() == year)
        {
            items.push(CalendarItem {
                date: due,
                kind: CalendarKind::StatusReport {
                    sent: o.report_sent_on.is_some(),
                },
                title: o.report_title.clone(),
                owner: Some(o.report_owner.code().to_string()),
                reference: Some(("environment_obligations", 1)),
            });
        }
        if let Some(o) = &o
            && let Some(due) = o.set_aside_due(year).filter(|_| year > o.started_on.year())
        {
            let recorded = self.set_asides(year)?;
            for region in Region::all() {
                let row = recorded.iter().find(|s| s.region == region);
                items.push(CalendarItem {
                    date: due,
                    kind: CalendarKind::SetAside {
                        recorded: row.is_some(),
                    },
                    title: format!("{} {year}", region.code()),
                    owner: Some(region.code().to_string()),
                    reference: row.map(|s| ("set_asides", s.id)),
                });
            }
        }
        for e in load_events(&self.conn, Some(year))? {
            items.push(CalendarItem {
                date: e.held_on,
                kind: CalendarKind::Dialogue,
                title: e.label(),
                owner: Some(e.region.code().to_string()),
                reference: Some(("dialogue_events", e.id)),
            });
        }
        Ok(items)
    }
}
