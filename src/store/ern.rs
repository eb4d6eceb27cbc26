//! ERN memberships: which European Reference Networks Norway is in, through which HF
//! and unit (table `ern_memberships`, `db/0014_ern.sql`; rules in `domain::ern`).
//!
//! - here: the memberships read (all of them by network, then HF, for `irf ern`; one
//!   unit's for its detail and `irf show unit`), each with its flags; the migration's
//!   step that turns the units' old free-text `ern` column into records; the demo's;
//! - `edit`: adding, changing and deleting one, each one audited write (the audit row
//!   names the unit as its parent, so the unit's history shows it), a changed or
//!   deleted one checked against the version it was read at.
//!
//! A units import fills memberships too (`import::units`): each network its ERN column
//! names that the unit has no membership of yet becomes one, with the unit's HF, so
//! importing the same file again adds nothing.

mod edit;

use chrono::NaiveDate;
use rusqlite::{Connection, Transaction};

pub use edit::ErnEdit;

use super::calendar::parse_date;
use super::write::AuditEntry;
use super::{Result, Store, StoreError};
use crate::domain::{
    Code, ErnFacts, ErnFlag, ErnStatus, Region, ern_flags, fold, known_ern, parse_ern_cell,
};

/// One ERN membership as stored, with the names it points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErnMembership {
    /// Row id.
    pub id: i64,
    /// The network's short name.
    pub ern: String,
    /// The unit.
    pub unit_id: i64,
    /// Its name.
    pub unit: String,
    /// Its region.
    pub unit_region: Region,
    /// The member HF, if recorded: id, name, region.
    pub hf: Option<(i64, String, Region)>,
    /// The status.
    pub status: ErnStatus,
    /// The day the status took effect.
    pub starts_on: Option<NaiveDate>,
    /// The day it ended or ends.
    pub ends_on: Option<NaiveDate>,
    /// The national coordinator, if recorded: contact id and name.
    pub coordinator: Option<(i64, String)>,
    /// Free text.
    pub note: String,
    /// Row version for optimistic edits.
    pub version: i64,
}

impl ErnMembership {
    /// The membership as the flags see it.
    pub fn facts(&self) -> ErnFacts<'_> {
        ErnFacts {
            ern: &self.ern,
            status: self.status,
            status_on: self.starts_on,
            coordinator: self.coordinator.is_some(),
            unit_region: self.unit_region,
            hf: self.hf.as_ref().map(|(_, n, r)| (n.as_str(), *r)),
        }
    }

    /// What it is flagged for on `today`.
    pub fn flags(&self, today: NaiveDate) -> Vec<ErnFlag> {
        ern_flags(&self.facts(), today)
    }

    /// The member HF's name, if recorded.
    pub fn hf_name(&self) -> Option<&str> {
        self.hf.as_ref().map(|(_, n, _)| n.as_str())
    }

    /// "ERN-RND · Nasjonal kompetansetjeneste for …": the name the audit log records.
    pub fn name(&self) -> String {
        format!("{} · {}", self.ern, self.unit)
    }

    pub(super) fn audit_json(&self) -> serde_json::Value {
        serde_json::json!({
            "name": self.name(),
            "ern": self.ern,
            "unit_id": self.unit_id,
            "hf_id": self.hf.as_ref().map(|h| h.0),
            "hf": self.hf_name(),
            "status": self.status.code(),
            "starts_on": self.starts_on.map(|d| d.to_string()),
            "ends_on": self.ends_on.map(|d| d.to_string()),
            "coordinator_id": self.coordinator.as_ref().map(|c| c.0),
            "coordinator": self.coordinator.as_ref().map(|c| c.1.as_str()),
            "note": self.note,
        })
    }
}

/// The memberships (all, or unit `unit`'s), by network (folded), then HF (none
/// last), then unit. A row whose status or region cannot be read is left out.
pub(super) fn load(conn: &Connection, unit: Option<i64>) -> Result<Vec<ErnMembership>> {
    // Two statements, not `?1 IS NULL OR m.unit_id = ?1`: with the OR, SQLite cannot
    // find one unit's rows by its index and reads every unit (on each move in
    // Tjenester).
    const ALL: &str = "SELECT m.id, m.ern, m.unit_id, u.name, u.region_code, m.hf_id, h.name,
                h.region_code, m.status, m.starts_on, m.ends_on, m.coordinator_id, c.name,
                m.note, m.version
           FROM ern_memberships m
           JOIN units u ON u.id = m.unit_id
           LEFT JOIN health_trusts h ON h.id = m.hf_id
           LEFT JOIN contacts c ON c.id = m.coordinator_id";
    let sql = match unit {
        Some(_) => format!("{ALL} WHERE m.unit_id = ?1"),
        None => ALL.to_string(),
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let params: Vec<i64> = unit.into_iter().collect();
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |r| {
        let region: String = r.get(4)?;
        let hf_id: Option<i64> = r.get(5)?;
        let hf_name: Option<String> = r.get(6)?;
        let hf_region: Option<String> = r.get(7)?;
        let status: String = r.get(8)?;
        let starts: Option<String> = r.get(9)?;
        let ends: Option<String> = r.get(10)?;
        let coordinator_id: Option<i64> = r.get(11)?;
        let coordinator: Option<String> = r.get(12)?;
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
            region,
            (hf_id, hf_name, hf_region),
            status,
            (starts, ends),
            (coordinator_id, coordinator),
            r.get::<_, String>(13)?,
            r.get::<_, i64>(14)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, ern, unit_id, unit, region, hf, status, dates, coordinator, note, version) = row?;
        let (Some(unit_region), Some(status)) =
            (Region::from_code(&region), ErnStatus::from_code(&status))
        else {
            continue;
        };
        let hf = match hf {
            (Some(id), Some(name), Some(region)) => {
                Region::from_code(&region).map(|r| (id, name, r))
            }
            _ => None,
        };
        let coordinator = match coordinator {
            (Some(id), Some(name)) => Some((id, name)),
            _ => None,
        };
        out.push(ErnMembership {
            id,
            ern,
            unit_id,
            unit,
            unit_region,
            hf,
            status,
            starts_on: parse_date(dates.0.as_deref()),
            ends_on: parse_date(dates.1.as_deref()),
            coordinator,
            note,
            version,
        });
    }
    out.sort_by(|a, b| {
        fold(&a.ern)
            .cmp(&fold(&b.ern))
            .then_with(|| a.hf.is_none().cmp(&b.hf.is_none()))
            .then_with(|| {
                let name = |m: &ErnMembership| m.hf_name().map(fold).unwrap_or_default();
                name(a).cmp(&name(b))
            })
            .then_with(|| fold(&a.unit).cmp(&fold(&b.unit)))
            .then_with(|| a.id.cmp(&b.id))
    });
    Ok(out)
}

/// Membership `id` as stored now, inside a write or out of one.
pub(super) fn load_one(conn: &Connection, id: i64) -> Result<ErnMembership> {
    let unit: Option<i64> = {
        use rusqlite::OptionalExtension;
        conn.prepare_cached("SELECT unit_id FROM ern_memberships WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?
    };
    let found = match unit {
        Some(u) => load(conn, Some(u))?.into_iter().find(|m| m.id == id),
        None => None,
    };
    found.ok_or(StoreError::NotFound {
        entity: "ern_membership",
        id,
    })
}

/// The status of unit `unit`'s membership of network `ern` (folded), if it has one.
pub(super) fn unit_has(conn: &Connection, unit: i64, ern: &str) -> Result<Option<ErnStatus>> {
    let mut stmt =
        conn.prepare_cached("SELECT ern, status FROM ern_memberships WHERE unit_id = ?1")?;
    let rows = stmt
        .query_map([unit], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let wanted = fold(ern);
    Ok(rows
        .iter()
        .find(|(n, _)| fold(n) == wanted)
        .map(|(_, s)| ErnStatus::from_code(s).unwrap_or(ErnStatus::Full)))
}

/// Inserts one row as a units import names it (status, the unit's HF, no dates) and
/// pushes its audit row (action `import`); returns its id.
pub(super) fn import_row(
    tx: &Transaction<'_>,
    unit: i64,
    ern: &str,
    status: ErnStatus,
    hf_id: Option<i64>,
    audit: &mut Vec<AuditEntry>,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO ern_memberships (ern, unit_id, hf_id, status) VALUES (?1, ?2, ?3, ?4)",
        (ern, unit, hf_id, status.code()),
    )?;
    let id = tx.last_insert_rowid();
    let stored = load_one(tx, id)?;
    audit.push(AuditEntry {
        entity: "ern_membership",
        entity_id: Some(id),
        action: "import",
        old: None,
        new: Some(stored.audit_json()),
    });
    Ok(id)
}

/// The migration's step: each unit's free-text `ern` becomes records, one per network
/// it names, with the unit's HF and the status written in brackets (else full
/// member); a text whose status cannot be read becomes one record of the whole text,
/// kept in the note, for the group to correct.
pub(super) fn fill_from_units(tx: &Transaction<'_>) -> Result<()> {
    let mut stmt = tx.prepare(
        "SELECT id, hf_id, ern FROM units WHERE ern IS NOT NULL AND trim(ern) <> '' ORDER BY id",
    )?;
    let units = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<i64>>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut insert = tx.prepare(
        "INSERT INTO ern_memberships (ern, unit_id, hf_id, status, note) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (unit, hf, text) in units {
        let entries = match parse_ern_cell(&text) {
            Ok(entries) => entries
                .into_iter()
                .map(|e| (e.ern, e.status, String::new()))
                .collect(),
            Err(_) => {
                let name = text.split('(').next().unwrap_or_default().trim();
                let name = known_ern(name).map_or_else(|_| name.to_string(), str::to_string);
                let note = format!("ERN-feltet: {}", crate::domain::clean_line(&text));
                vec![(name, ErnStatus::Full, note)]
            }
        };
        for (ern, status, note) in entries.into_iter().filter(|e| !e.0.trim().is_empty()) {
            insert.execute((ern, unit, hf, status.code(), note))?;
        }
    }
    Ok(())
}

/// The demo's memberships, inside the demo's write: unit and coordinator by index
/// into the plan's units and contacts, the HF by name.
pub(super) fn seed_memberships(
    tx: &Transaction<'_>,
    memberships: &[crate::demo::SeedErn],
    unit_ids: &[i64],
    contact_ids: &[i64],
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO ern_memberships (ern, unit_id, hf_id, status, starts_on, ends_on,
                                      coordinator_id, note)
         VALUES (?1, ?2, (SELECT id FROM health_trusts WHERE name = ?3), ?4, ?5, ?6, ?7, ?8)",
    )?;
    for m in memberships {
        let (Some(unit), coordinator) = (
            unit_ids.get(m.unit).copied(),
            m.coordinator.and_then(|c| contact_ids.get(c).copied()),
        ) else {
            continue;
        };
        stmt.execute((
            m.ern,
            unit,
            m.hf,
            m.status.code(),
            m.starts_on.map(|d| d.to_string()),
            m.ends_on.map(|d| d.to_string()),
            coordinator,
            m.note,
        ))?;
    }
    Ok(())
}

impl Store {
    /// Every ERN membership, by network, then HF, then unit.
    pub fn ern_memberships(&self) -> Result<Vec<ErnMembership>> {
        load(&self.conn, None)
    }

    /// Unit `unit`'s ERN memberships, by network.
    pub fn unit_ern_memberships(&self, unit: i64) -> Result<Vec<ErnMembership>> {
        load(&self.conn, Some(unit))
    }

    /// ERN membership `id` as stored now.
    pub fn ern_membership(&self, id: i64) -> Result<ErnMembership> {
        load_one(&self.conn, id)
    }

    /// The health trusts (id, name, region), by region and name, for choosing a
    /// membership's HF.
    pub fn health_trusts(&self) -> Result<Vec<(i64, String, Region)>> {
        let mut trusts = super::mappers::health_trusts(&self.conn)?;
        // The regions in their order (HSØ, HV, HMN, HN), then the names.
        trusts.sort_by(|a, b| (a.2, &a.1).cmp(&(b.2, &b.1)));
        Ok(trusts)
    }
}
