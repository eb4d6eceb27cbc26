//! Versioned edits of single records, and the drafts table that keeps unsaved text.

use rusqlite::OptionalExtension;
use serde_json::json;

use super::search::{SearchKind, reindex_one};
use super::write::{AuditEntry, check_version};
use super::{Result, Store, StoreError};
use crate::domain::{Code, Region};

/// The editable fields of a contact.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactEdit {
    /// Full name (required).
    pub name: String,
    /// Organisation.
    pub organisation: String,
    /// Region, if any.
    pub region: Option<Region>,
    /// E-mail, stored as typed.
    pub email: String,
    /// Phone, stored as typed.
    pub phone: String,
}

impl ContactEdit {
    fn validate(&self) -> Result<()> {
        if self.name.trim().is_empty() {
            return Err(StoreError::Invalid("a contact needs a name".into()));
        }
        if !self.email.trim().is_empty() && !self.email.contains('@') {
            return Err(StoreError::Invalid(format!(
                "the e-mail address {:?} has no @",
                self.email
            )));
        }
        Ok(())
    }

    fn to_json(&self) -> serde_json::Value {
        json!({
            "name": self.name, "organisation": self.organisation,
            "region": self.region.map(Code::code), "email": self.email, "phone": self.phone,
        })
    }
}

impl Store {
    /// Adds a contact; returns its id.
    pub fn insert_contact(&mut self, c: &ContactEdit) -> Result<i64> {
        c.validate()?;
        self.write(|tx, audit| {
            tx.execute(
                "INSERT INTO contacts (name, organisation, region_code, email, phone)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                (
                    &c.name,
                    &c.organisation,
                    c.region.map(Code::code),
                    &c.email,
                    &c.phone,
                ),
            )?;
            let id = tx.last_insert_rowid();
            reindex_one(tx, SearchKind::Contact, id)?;
            audit.push(AuditEntry {
                entity: "contact",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(c.to_json()),
            });
            Ok(id)
        })
    }

    /// Reads a contact's editable fields and its version.
    pub fn contact(&self, id: i64) -> Result<(ContactEdit, i64)> {
        let found = self
            .conn
            .query_row(
                "SELECT name, organisation, region_code, email, phone, version
                   FROM contacts WHERE id = ?1",
                [id],
                |r| {
                    let region: Option<String> = r.get(2)?;
                    Ok((
                        ContactEdit {
                            name: r.get(0)?,
                            organisation: r.get(1)?,
                            region: region.and_then(|c| Region::from_code(&c)),
                            email: r.get(3)?,
                            phone: r.get(4)?,
                        },
                        r.get(5)?,
                    ))
                },
            )
            .optional()?;
        found.ok_or(StoreError::NotFound {
            entity: "contact",
            id,
        })
    }

    /// Saves a contact that was read at `version`; returns the new version. A stale
    /// version is a conflict and nothing is written.
    pub fn update_contact(&mut self, id: i64, version: i64, c: &ContactEdit) -> Result<i64> {
        c.validate()?;
        let (old, _) = self.contact(id)?;
        self.write(|tx, audit| {
            check_version(tx, "contacts", "contact", id, version)?;
            tx.execute(
                "UPDATE contacts SET name = ?1, organisation = ?2, region_code = ?3, email = ?4,
                        phone = ?5, version = version + 1
                  WHERE id = ?6 AND version = ?7",
                (
                    &c.name,
                    &c.organisation,
                    c.region.map(Code::code),
                    &c.email,
                    &c.phone,
                    id,
                    version,
                ),
            )?;
            reindex_one(tx, SearchKind::Contact, id)?;
            audit.push(AuditEntry {
                entity: "contact",
                entity_id: Some(id),
                action: "update",
                old: Some(old.to_json()),
                new: Some(c.to_json()),
            });
            Ok(version + 1)
        })
    }

    /// A unit's notes and the row version they were read at.
    pub fn unit_notes(&self, id: i64) -> Result<(String, i64)> {
        self.conn
            .query_row(
                "SELECT notes, version FROM units WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound { entity: "unit", id })
    }

    /// Deletes a contact read at `version`, everywhere: roles, reference-group seats and
    /// case links go with it; applications keep their row without a contact person.
    /// The audit row keeps the contact with its ties, so an undo brings them back.
    pub fn delete_contact(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "contacts", "contact", id, version)?;
            let was = super::history::remove_contact(tx, id)?;
            audit.push(AuditEntry {
                entity: "contact",
                entity_id: Some(id),
                action: "delete",
                old: Some(was),
                new: None,
            });
            Ok(())
        })
    }

    /// Replaces a unit's notes, read at `version`; returns the new version.
    pub fn update_unit_notes(&mut self, id: i64, version: i64, notes: &str) -> Result<i64> {
        self.write(|tx, audit| {
            check_version(tx, "units", "unit", id, version)?;
            let old: String =
                tx.query_row("SELECT notes FROM units WHERE id = ?1", [id], |r| r.get(0))?;
            tx.execute(
                "UPDATE units SET notes = ?1, version = version + 1 WHERE id = ?2",
                (notes, id),
            )?;
            audit.push(AuditEntry {
                entity: "unit",
                entity_id: Some(id),
                action: "update",
                old: Some(json!({ "notes": old })),
                new: Some(json!({ "notes": notes })),
            });
            Ok(version + 1)
        })
    }

    /// Keeps unsaved text for (entity, id, field) of the current user.
    pub fn save_draft(&mut self, entity: &str, id: i64, field: &str, text: &str) -> Result<()> {
        let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let user = self.user.clone();
        self.write(|tx, audit| {
            tx.execute(
                "INSERT INTO drafts (user, entity, entity_id, field, text, saved_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (user, entity, entity_id, field)
                 DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at",
                (&user, entity, id, field, text, &now),
            )?;
            audit.push(AuditEntry {
                entity: "draft",
                entity_id: Some(id),
                action: "save",
                old: None,
                new: Some(
                    json!({ "entity": entity, "field": field, "chars": text.chars().count() }),
                ),
            });
            Ok(())
        })
    }

    /// Removes the current user's draft for (entity, id, field), once its text is saved.
    pub fn discard_draft(&mut self, entity: &str, id: i64, field: &str) -> Result<()> {
        if self.load_draft(entity, id, field)?.is_none() {
            return Ok(());
        }
        let user = self.user.clone();
        self.write(|tx, audit| {
            tx.execute(
                "DELETE FROM drafts WHERE user = ?1 AND entity = ?2 AND entity_id = ?3 AND field = ?4",
                (&user, entity, id, field),
            )?;
            audit.push(AuditEntry {
                entity: "draft",
                entity_id: Some(id),
                action: "discard",
                old: Some(json!({ "entity": entity, "field": field })),
                new: None,
            });
            Ok(())
        })
    }

    /// The current user's draft for (entity, id, field), if any.
    pub fn load_draft(&self, entity: &str, id: i64, field: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT text FROM drafts WHERE user = ?1 AND entity = ?2 AND entity_id = ?3 AND field = ?4",
                (&self.user, entity, id, field),
                |r| r.get(0),
            )
            .optional()?)
    }

    /// The cases the current user has unsaved text in (id, title), oldest first.
    pub fn case_drafts(&self) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT c.id, c.title FROM drafts d JOIN cases c ON c.id = d.entity_id
              WHERE d.user = ?1 AND d.entity = 'case' ORDER BY c.id",
        )?;
        let rows = stmt.query_map([&self.user], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
