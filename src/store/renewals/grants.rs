//! A national competence service's yearly grant in MNOK. A new one gets at most 4 a
//! year, older ones often more: more is recorded and flagged when read (see
//! `domain::above_new_service_ceiling`), only a negative amount is refused. One row
//! per service and year; setting the same amount again writes nothing.

use rusqlite::{Connection, OptionalExtension};
use serde_json::json;

use super::phase_out::competence_unit;
use crate::domain::{Code, Region, RenewalRefusal, UnitKind, check_service_grant};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store, StoreError};

/// A grant as recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitGrant {
    /// Its id.
    pub id: i64,
    /// The budget year.
    pub year: i32,
    /// The amount in MNOK.
    pub mnok: f64,
    /// The row's version, to pass back with a change.
    pub version: i64,
}

fn grant(conn: &Connection, unit_id: i64, year: i32) -> Result<Option<UnitGrant>> {
    Ok(conn
        .query_row(
            "SELECT id, year, mnok, version FROM unit_grants WHERE unit_id = ?1 AND year = ?2",
            (unit_id, year),
            |r| {
                Ok(UnitGrant {
                    id: r.get(0)?,
                    year: r.get(1)?,
                    mnok: r.get(2)?,
                    version: r.get(3)?,
                })
            },
        )
        .optional()?)
}

impl Store {
    /// The national competence services (not closed) hosted in `region`, by name: id
    /// and name.
    pub fn competence_services(&self, region: Region) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name FROM units
              WHERE kind = ?1 AND region_code = ?2 AND status != 'avviklet'
              ORDER BY name COLLATE NOCASE, id",
        )?;
        let rows = stmt.query_map((UnitKind::Competence.code(), region.code()), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Unit `unit_id`'s grant for `year`, if one is recorded.
    pub fn unit_grant(&self, unit_id: i64, year: i32) -> Result<Option<UnitGrant>> {
        grant(&self.conn, unit_id, year)
    }

    /// The latest grant recorded for unit `unit_id`, if any.
    pub fn latest_unit_grant(&self, unit_id: i64) -> Result<Option<UnitGrant>> {
        let year: Option<i32> = self.conn.query_row(
            "SELECT max(year) FROM unit_grants WHERE unit_id = ?1",
            [unit_id],
            |r| r.get(0),
        )?;
        match year {
            Some(year) => grant(&self.conn, unit_id, year),
            None => Ok(None),
        }
    }

    /// Sets national competence service `unit_id`'s grant for `year` to `mnok`, the
    /// year's row read at `version` (0: none yet). Refused: another kind of unit, a
    /// year outside 2000–2100, a negative amount. The same amount
    /// as recorded writes nothing. Returns the row's id.
    pub fn set_unit_grant(
        &mut self,
        unit_id: i64,
        year: i32,
        mnok: f64,
        version: i64,
    ) -> Result<i64> {
        competence_unit(&self.conn, unit_id, not_for_kind)?;
        check_service_grant(year, mnok)?;
        if let Some(old) = grant(&self.conn, unit_id, year)?
            && old.version == version
            && old.mnok == mnok
        {
            return Ok(old.id);
        }
        self.write(|tx, audit| {
            competence_unit(tx, unit_id, not_for_kind)?;
            let old = grant(tx, unit_id, year)?;
            let id = match &old {
                Some(old) => {
                    check_version(tx, "unit_grants", "unit_grant", old.id, version)?;
                    tx.execute(
                        "UPDATE unit_grants SET mnok = ?1, version = version + 1 WHERE id = ?2",
                        (mnok, old.id),
                    )?;
                    old.id
                }
                None if version != 0 => {
                    return Err(StoreError::NotFound {
                        entity: "unit_grant",
                        id: unit_id,
                    });
                }
                None => {
                    tx.execute(
                        "INSERT INTO unit_grants (unit_id, year, mnok) VALUES (?1, ?2, ?3)",
                        (unit_id, year, mnok),
                    )?;
                    tx.last_insert_rowid()
                }
            };
            audit.push(AuditEntry {
                entity: "unit_grant",
                entity_id: Some(id),
                action: if old.is_some() { "update" } else { "insert" },
                old: old.map(|o| json!({ "unit_id": unit_id, "year": year, "mnok": o.mnok })),
                new: Some(json!({ "unit_id": unit_id, "year": year, "mnok": mnok })),
            });
            Ok(id)
        })
    }
}

/// A grant is for a competence service only.
fn not_for_kind(kind: String) -> RenewalRefusal {
    RenewalRefusal::GrantNotForKind { kind }
}
