//! Adding and editing an application. The applicant HF and the contact person are
//! typed by name and matched case- and accent-insensitively (`domain::fold`); an
//! unknown name is refused with the nearest known one as a suggestion.

use rusqlite::{Connection, OptionalExtension, Transaction};
use serde_json::json;

use super::read::load;
use super::{Application, ApplicationEdit};
use crate::domain::{
    ApplicationRefusal, Code, Refusal, Region, UnitKind, fold, nearest_name, other_regions,
    proposed_kind,
};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store, StoreError};

/// An edit with its names matched to records.
struct Resolved {
    title: String,
    hf_id: i64,
    region: Region,
    kind: UnitKind,
    contact_id: Option<i64>,
}

/// The health trust named `typed` (folded), or the only one whose name contains it:
/// its id and region, or a refusal naming the nearest name.
fn match_hf(conn: &Connection, typed: &str) -> Result<(i64, Region)> {
    let mut stmt = conn.prepare_cached("SELECT id, name, region_code FROM health_trusts")?;
    let trusts = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let wanted = fold(typed);
    // The name as typed, or else the one trust whose name contains it ("helse
    // bergen" is Helse Bergen HF); a part shared by several is not enough.
    let exact = trusts
        .iter()
        .find(|(_, name, _)| !wanted.is_empty() && fold(name) == wanted);
    let mut containing = trusts
        .iter()
        .filter(|(_, name, _)| wanted.chars().count() >= 3 && fold(name).contains(&wanted));
    let only = match (containing.next(), containing.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    };
    let found = exact
        .or(only)
        .and_then(|(id, _, code)| Region::from_code(code).map(|r| (*id, r)));
    found.ok_or_else(|| {
        let suggestion = nearest_name(typed, trusts.iter().map(|(_, n, _)| n.as_str()));
        ApplicationRefusal::UnknownHf {
            typed: typed.trim().to_string(),
            suggestion: suggestion.map(str::to_string),
        }
        .into()
    })
}

/// The contact named `typed` (folded; the oldest if several share the name), `None`
/// for an empty name. An unknown name is refused without a suggestion here;
/// [`Store::suggest_contact`] adds it after the transaction.
fn match_contact(conn: &Connection, typed: &str) -> Result<Option<i64>> {
    let wanted = fold(typed);
    if wanted.is_empty() {
        return Ok(None);
    }
    let id: Option<i64> = conn
        .prepare_cached("SELECT id FROM contacts WHERE irf_fold(name) = ?1 ORDER BY id LIMIT 1")?
        .query_row([&wanted], |r| r.get(0))
        .optional()?;
    match id {
        Some(id) => Ok(Some(id)),
        None => Err(ApplicationRefusal::UnknownContact {
            typed: typed.trim().to_string(),
            suggestion: None,
        }
        .into()),
    }
}

/// Checks an edit and matches its names; `id` is the application being edited, left
/// out of the duplicate check.
fn resolve(conn: &Connection, e: &ApplicationEdit, id: Option<i64>) -> Result<Resolved> {
    let title = e.title.trim().to_string();
    if title.is_empty() {
        return Err(ApplicationRefusal::EmptyTitle.into());
    }
    let (hf_id, region) = match_hf(conn, &e.hf)?;
    let kind = proposed_kind(&e.proposed_kind)?;
    let contact_id = match_contact(conn, &e.contact)?;
    let duplicate: Option<(String, String)> = conn
        .prepare_cached(
            "SELECT a.title, h.name FROM applications a JOIN health_trusts h ON h.id = a.applicant_hf
              WHERE a.applicant_hf = ?1 AND irf_fold(a.title) = ?2 AND a.id IS NOT ?3
              LIMIT 1",
        )?
        .query_row((hf_id, fold(&title), id), |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((title, hf)) = duplicate {
        return Err(ApplicationRefusal::Duplicate { title, hf }.into());
    }
    Ok(Resolved {
        title,
        hf_id,
        region,
        kind,
        contact_id,
    })
}

/// Gives region `region` a pending anchoring row for application `id` unless it has
/// one; records it in the audit.
fn add_pending(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    id: i64,
    region: Region,
) -> Result<()> {
    let added = tx.execute(
        "INSERT OR IGNORE INTO anchorings (application_id, region_code) VALUES (?1, ?2)",
        (id, region.code()),
    )?;
    if added > 0 {
        audit.push(AuditEntry {
            entity: "anchoring",
            entity_id: Some(id),
            action: "insert",
            old: None,
            new: Some(json!({ "region": region.code(), "view": "avventer" })),
        });
    }
    Ok(())
}

/// After a change of applicant region: the new own region's row goes (it does not
/// anchor its own application), the old region gets a pending row.
fn move_region(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    old: &Application,
    new_region: Region,
) -> Result<()> {
    let gone = tx.execute(
        "DELETE FROM anchorings WHERE application_id = ?1 AND region_code = ?2",
        (old.id, new_region.code()),
    )?;
    if gone > 0 {
        let was = old.anchoring(new_region);
        audit.push(AuditEntry {
            entity: "anchoring",
            entity_id: Some(old.id),
            action: "delete",
            old: Some(json!({
                "region": new_region.code(),
                "view": was.map(|a| a.view.code()),
                "answered_on": was.and_then(|a| a.answered_on).map(|d| d.to_string()),
                "note": was.map(|a| a.note.as_str()),
            })),
            new: None,
        });
    }
    add_pending(tx, audit, old.id, old.region)
}

impl Store {
    /// Adds an application at step `mottatt`, with a pending anchoring for each of the
    /// three other regions; returns its id. Refuses an empty title, an unknown HF,
    /// kind or contact, and a title the same applicant already uses.
    pub fn insert_application(&mut self, e: &ApplicationEdit) -> Result<i64> {
        let out = self.write(|tx, audit| {
            let r = resolve(tx, e, None)?;
            tx.execute(
                "INSERT INTO applications (title, applicant_hf, region_code, proposed_kind,
                        received_on, contact_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &r.title,
                    r.hf_id,
                    r.region.code(),
                    r.kind.code(),
                    e.received_on,
                    r.contact_id,
                ),
            )?;
            let id = tx.last_insert_rowid();
            reindex_one(tx, SearchKind::Application, id)?;
            audit.push(AuditEntry {
                entity: "application",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(load(tx, id)?.audit_json()),
            });
            for region in other_regions(r.region) {
                add_pending(tx, audit, id, region)?;
            }
            Ok(id)
        });
        self.suggest_contact(out)
    }

    /// Saves an application read at `version`. The same checks as adding; a received
    /// date after an answer already given is refused; a new HF in another region moves
    /// the anchoring rows with it. A stale version is a conflict.
    pub fn update_application(&mut self, id: i64, version: i64, e: &ApplicationEdit) -> Result<()> {
        let out = self.write(|tx, audit| {
            check_version(tx, "applications", "application", id, version)?;
            let old = load(tx, id)?;
            let r = resolve(tx, e, Some(id))?;
            if let Some(received) = e.received_on {
                let early = old
                    .anchorings
                    .iter()
                    .filter(|a| a.region != r.region)
                    .filter_map(|a| a.answered_on)
                    .filter(|d| *d < received)
                    .min();
                if let Some(answered) = early {
                    return Err(
                        ApplicationRefusal::AnswerBeforeReceived { answered, received }.into(),
                    );
                }
            }
            tx.execute(
                "UPDATE applications SET title = ?1, applicant_hf = ?2, region_code = ?3,
                        proposed_kind = ?4, received_on = ?5, contact_id = ?6,
                        version = version + 1
                  WHERE id = ?7 AND version = ?8",
                (
                    &r.title,
                    r.hf_id,
                    r.region.code(),
                    r.kind.code(),
                    e.received_on,
                    r.contact_id,
                    id,
                    version,
                ),
            )?;
            reindex_one(tx, SearchKind::Application, id)?;
            audit.push(AuditEntry {
                entity: "application",
                entity_id: Some(id),
                action: "update",
                old: Some(old.audit_json()),
                new: Some(load(tx, id)?.audit_json()),
            });
            if r.region != old.region {
                move_region(tx, audit, &old, r.region)?;
            }
            Ok(())
        });
        self.suggest_contact(out)
    }

    /// Adds the nearest contact name (from the search index, which forgives typos) to
    /// a refusal of an unknown contact.
    fn suggest_contact<T>(&self, out: Result<T>) -> Result<T> {
        match out {
            Err(StoreError::Refused(Refusal::Application(
                ApplicationRefusal::UnknownContact {
                    typed,
                    suggestion: None,
                },
            ))) => {
                let suggestion = self
                    .search_kind(&typed, Some(SearchKind::Contact), 1)?
                    .into_iter()
                    .next()
                    .map(|hit| hit.title);
                Err(ApplicationRefusal::UnknownContact { typed, suggestion }.into())
            }
            other => other,
        }
    }
}
