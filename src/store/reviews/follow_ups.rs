//! Follow-up items of a report: add, edit, tick off (or on again) and delete, each with
//! its audit row and version check. A finished review follows its follow-ups between
//! `vurdert` and `oppfolging`; a `mottatt` report becomes `under_vurdering`.

use rusqlite::{OptionalExtension, Transaction};
use serde_json::json;

use super::super::write::{AuditEntry, check_version};
use super::super::{Result, Store, StoreError};
use super::Saved;
use super::status::{maybe_move, open_follow_ups, report_state};
use crate::domain::{self, Code, FollowUpItem, ReviewRefusal};

/// The audit log's name for a follow-up.
const FOLLOW_UP: &str = "follow_up";

fn to_json(f: &FollowUpItem) -> serde_json::Value {
    json!({
        "text": f.text, "owner": f.owner.code(),
        "due_on": f.due_on.map(|d| d.to_string()), "item": f.item_code,
    })
}

/// A follow-up as stored, for the audit row: (report, JSON, done).
fn stored(tx: &rusqlite::Connection, id: i64) -> Result<(i64, serde_json::Value, bool)> {
    tx.query_row(
        "SELECT report_id, text, owner_region, due_on, item_code, done FROM follow_ups
          WHERE id = ?1",
        [id],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                json!({
                    "text": r.get::<_, String>(1)?, "owner": r.get::<_, String>(2)?,
                    "due_on": r.get::<_, Option<String>>(3)?, "item": r.get::<_, Option<String>>(4)?,
                }),
                r.get::<_, bool>(5)?,
            ))
        },
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        entity: FOLLOW_UP,
        id,
    })
}

/// After a follow-up changed: the report's status follows, checked at `report_version`.
fn follow_status(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    report: i64,
    report_version: i64,
    version: i64,
) -> Result<Saved> {
    let (status, _) = report_state(tx, report)?;
    let open = open_follow_ups(tx, report)?;
    let to = domain::status_after_follow_ups(status, open);
    let (report_version, status) = maybe_move(tx, audit, report, report_version, status, to)?;
    Ok(Saved {
        version,
        report_version,
        status,
    })
}

fn check_item(item: &FollowUpItem) -> Result<()> {
    if item.text.trim().is_empty() {
        return Err(ReviewRefusal::FollowUpTextMissing.into());
    }
    Ok(())
}

impl Store {
    /// Adds a follow-up to report `report` (read at `report_version`); returns its id.
    pub fn add_follow_up(
        &mut self,
        report: i64,
        report_version: i64,
        item: &FollowUpItem,
    ) -> Result<(i64, Saved)> {
        check_item(item)?;
        self.write(|tx, audit| {
            let (status, _) = report_state(tx, report)?;
            domain::can_edit(status)?;
            tx.execute(
                "INSERT INTO follow_ups (report_id, text, owner_region, due_on, item_code)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                (
                    report,
                    &item.text,
                    item.owner.code(),
                    item.due_on,
                    &item.item_code,
                ),
            )?;
            let id = tx.last_insert_rowid();
            audit.push(AuditEntry {
                entity: FOLLOW_UP,
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(to_json(item)),
            });
            Ok((id, follow_status(tx, audit, report, report_version, 1)?))
        })
    }

    /// Replaces follow-up `id`'s text, owner, due date and item, read at `version`.
    pub fn edit_follow_up(
        &mut self,
        id: i64,
        version: i64,
        report_version: i64,
        item: &FollowUpItem,
    ) -> Result<Saved> {
        check_item(item)?;
        let (report, old, _) = stored(&self.conn, id)?;
        let (status, _, _) = self.report_now(report)?;
        domain::can_edit(status)?;
        let now: i64 =
            self.conn
                .query_row("SELECT version FROM follow_ups WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
        if now == version && to_json(item) == old {
            return Ok(Saved {
                version,
                report_version,
                status,
            });
        }
        self.write(|tx, audit| {
            let (report, old, _) = stored(tx, id)?;
            let (status, _) = report_state(tx, report)?;
            domain::can_edit(status)?;
            check_version(tx, "follow_ups", FOLLOW_UP, id, version)?;
            let new = to_json(item);
            tx.execute(
                "UPDATE follow_ups SET text = ?1, owner_region = ?2, due_on = ?3, item_code = ?4,
                        version = version + 1 WHERE id = ?5",
                (
                    &item.text,
                    item.owner.code(),
                    item.due_on,
                    &item.item_code,
                    id,
                ),
            )?;
            audit.push(AuditEntry {
                entity: FOLLOW_UP,
                entity_id: Some(id),
                action: "update",
                old: Some(old),
                new: Some(new),
            });
            follow_status(tx, audit, report, report_version, version + 1)
        })
    }

    /// Marks follow-up `id` (read at `version`) done, or not done.
    pub fn set_follow_up_done(
        &mut self,
        id: i64,
        version: i64,
        report_version: i64,
        done: bool,
    ) -> Result<Saved> {
        self.write(|tx, audit| {
            let (report, text, was) = stored(tx, id)?;
            let (status, _) = report_state(tx, report)?;
            domain::can_edit(status)?;
            check_version(tx, "follow_ups", FOLLOW_UP, id, version)?;
            tx.execute(
                "UPDATE follow_ups SET done = ?1, version = version + 1 WHERE id = ?2",
                (done, id),
            )?;
            audit.push(AuditEntry {
                entity: FOLLOW_UP,
                entity_id: Some(id),
                action: if done { "done" } else { "not_done" },
                old: Some(json!({ "text": text["text"], "done": was })),
                new: Some(json!({ "text": text["text"], "done": done })),
            });
            follow_status(tx, audit, report, report_version, version + 1)
        })
    }

    /// Deletes follow-up `id`, read at `version`.
    pub fn delete_follow_up(
        &mut self,
        id: i64,
        version: i64,
        report_version: i64,
    ) -> Result<Saved> {
        self.write(|tx, audit| {
            let (report, mut old, done) = stored(tx, id)?;
            let (status, _) = report_state(tx, report)?;
            domain::can_edit(status)?;
            check_version(tx, "follow_ups", FOLLOW_UP, id, version)?;
            tx.execute("DELETE FROM follow_ups WHERE id = ?1", [id])?;
            // What an undo needs to put it back.
            old["report"] = json!(report);
            old["done"] = json!(done);
            audit.push(AuditEntry {
                entity: FOLLOW_UP,
                entity_id: Some(id),
                action: "delete",
                old: Some(old),
                new: None,
            });
            follow_status(tx, audit, report, report_version, 0)
        })
    }
}
