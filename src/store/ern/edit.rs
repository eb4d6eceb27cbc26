//! Adding, changing and deleting an ERN membership. Each is one audited write; a
//! change or a deletion names the version it read, and a stale one is a conflict.
//! Refused before any row is written (the table stays as it was): no network named, an
//! end before the start, the same network twice for one unit and HF. A name outside
//! the 24 is kept as typed (and flagged); a known one is stored as the list writes it.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction};

use super::super::write::{AuditEntry, check_version, conflict};
use super::super::{Result, Store, StoreError};
use super::load_one;
use crate::domain::{Code, ErnRefusal, ErnStatus, clean_line, fold, known_ern};

/// The editable fields of an ERN membership.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErnEdit {
    /// The network, e.g. "ERN-RND" (any spelling of a known one; an unknown one is kept).
    pub ern: String,
    /// The unit.
    pub unit_id: i64,
    /// The member HF.
    pub hf_id: Option<i64>,
    /// The status.
    pub status: ErnStatus,
    /// The day the status took effect.
    pub starts_on: Option<NaiveDate>,
    /// The day it ended or ends.
    pub ends_on: Option<NaiveDate>,
    /// The national coordinator (a contact).
    pub coordinator_id: Option<i64>,
    /// Free text (one line).
    pub note: String,
}

impl ErnEdit {
    /// The network's name as stored: the list's spelling of a known one, else as
    /// typed on one line.
    pub fn stored_name(&self) -> String {
        known_ern(&self.ern).map_or_else(|_| clean_line(&self.ern), str::to_string)
    }
}

/// Checks `e` inside the write: a name, the dates' order, the unit, HF and contact
/// existing, and no other membership `other_than` of the same network, unit and HF.
fn check(tx: &Transaction<'_>, e: &ErnEdit, name: &str, other_than: i64) -> Result<()> {
    if name.is_empty() {
        return Err(ErnRefusal::NoName.into());
    }
    if let (Some(starts_on), Some(ends_on)) = (e.starts_on, e.ends_on)
        && ends_on < starts_on
    {
        return Err(ErnRefusal::EndsBeforeStart { starts_on, ends_on }.into());
    }
    let exists = |sql: &str, id: i64| -> Result<bool> {
        Ok(tx
            .prepare_cached(sql)?
            .query_row([id], |_| Ok(()))
            .optional()?
            .is_some())
    };
    if !exists("SELECT 1 FROM units WHERE id = ?1", e.unit_id)? {
        return Err(StoreError::NotFound {
            entity: "unit",
            id: e.unit_id,
        });
    }
    if let Some(hf) = e.hf_id
        && !exists("SELECT 1 FROM health_trusts WHERE id = ?1", hf)?
    {
        return Err(StoreError::NotFound {
            entity: "health_trust",
            id: hf,
        });
    }
    if let Some(c) = e.coordinator_id
        && !exists("SELECT 1 FROM contacts WHERE id = ?1", c)?
    {
        return Err(StoreError::NotFound {
            entity: "contact",
            id: c,
        });
    }
    let mut stmt = tx.prepare_cached(
        "SELECT ern FROM ern_memberships WHERE unit_id = ?1 AND hf_id IS ?2 AND id <> ?3",
    )?;
    let others = stmt
        .query_map((e.unit_id, e.hf_id, other_than), |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if others.iter().any(|o| fold(o) == fold(name)) {
        return Err(ErnRefusal::Duplicate {
            ern: name.to_string(),
        }
        .into());
    }
    Ok(())
}

impl Store {
    /// Adds an ERN membership; returns its id.
    pub fn insert_ern_membership(&mut self, e: &ErnEdit) -> Result<i64> {
        self.write(|tx, audit| {
            let name = e.stored_name();
            check(tx, e, &name, 0)?;
            tx.execute(
                "INSERT INTO ern_memberships (ern, unit_id, hf_id, status, starts_on, ends_on,
                                              coordinator_id, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                (
                    &name,
                    e.unit_id,
                    e.hf_id,
                    e.status.code(),
                    e.starts_on.map(|d| d.to_string()),
                    e.ends_on.map(|d| d.to_string()),
                    e.coordinator_id,
                    clean_line(&e.note),
                ),
            )?;
            let id = tx.last_insert_rowid();
            audit.push(AuditEntry {
                entity: "ern_membership",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(load_one(tx, id)?.audit_json()),
            });
            Ok(id)
        })
    }

    /// Saves ERN membership `id` read at `version`. A stale version is a conflict.
    pub fn update_ern_membership(&mut self, id: i64, version: i64, e: &ErnEdit) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "ern_memberships", "ern_membership", id, version)?;
            let old = load_one(tx, id)?;
            let name = e.stored_name();
            check(tx, e, &name, id)?;
            let changed = tx.execute(
                "UPDATE ern_memberships SET ern = ?1, unit_id = ?2, hf_id = ?3, status = ?4,
                        starts_on = ?5, ends_on = ?6, coordinator_id = ?7, note = ?8,
                        version = version + 1
                  WHERE id = ?9 AND version = ?10",
                (
                    &name,
                    e.unit_id,
                    e.hf_id,
                    e.status.code(),
                    e.starts_on.map(|d| d.to_string()),
                    e.ends_on.map(|d| d.to_string()),
                    e.coordinator_id,
                    clean_line(&e.note),
                    id,
                    version,
                ),
            )?;
            if changed != 1 {
                return Err(conflict(tx, "ern_membership", id)?);
            }
            audit.push(AuditEntry {
                entity: "ern_membership",
                entity_id: Some(id),
                action: "update",
                old: Some(old.audit_json()),
                new: Some(load_one(tx, id)?.audit_json()),
            });
            Ok(())
        })
    }

    /// Deletes ERN membership `id` read at `version`. A stale version is a conflict.
    pub fn delete_ern_membership(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "ern_memberships", "ern_membership", id, version)?;
            let old = load_one(tx, id)?;
            tx.execute("DELETE FROM ern_memberships WHERE id = ?1", [id])?;
            audit.push(AuditEntry {
                entity: "ern_membership",
                entity_id: Some(id),
                action: "delete",
                old: Some(old.audit_json()),
                new: None,
            });
            Ok(())
        })
    }
}
