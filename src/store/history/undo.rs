//! Undo: one earlier write of this user reverted as a new write (`BEGIN IMMEDIATE`,
//! with its own audit rows, action `undo`, each naming the write it reverts in
//! `audit_log.undoes`). The version rules hold: if anyone else wrote about one of the
//! write's records after it, or a record is no longer as the write left it, the undo
//! is a conflict naming who changed it last and when, and nothing changes. Undoing an
//! undo redoes the change.
//!
//! The TUI keeps the stack: after each store call that changed something,
//! [`Store::take_last_write`] gives the step to push (nothing for housekeeping such as
//! drafts, saved views, the chosen region or closing the program).

use rusqlite::OptionalExtension;

use super::HistoryTarget;
use super::restore::{Row, covered, later_change, revert};
use crate::domain::UndoRefusal;
use crate::store::{Result, Store, StoreError};

/// One write that undo can be asked to revert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UndoStep {
    /// The write's id (`audit_log.write_id`).
    pub write: i64,
}

/// What an undo did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undone {
    /// The undo's own write: undoing it redoes the change.
    pub step: UndoStep,
    /// The write that was reverted.
    pub reverted: UndoStep,
    /// The records changed back, each once, for the panes to re-read.
    pub records: Vec<HistoryTarget>,
}

/// Entities whose writes are housekeeping, not edits a user would undo.
const HOUSEKEEPING: &[&str] = &["draft", "session", "saved_view", "user_region", "database"];

fn rows(conn: &rusqlite::Connection, write: i64) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, user, entity, entity_id, action, old_value, new_value, parent_id
           FROM audit_log WHERE write_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([write], |r| {
        let json = |i: usize| -> rusqlite::Result<Option<serde_json::Value>> {
            Ok(r.get::<_, Option<String>>(i)?
                .and_then(|t| serde_json::from_str(&t).ok()))
        };
        Ok(Row {
            id: r.get(0)?,
            user: r.get(1)?,
            entity: r.get(2)?,
            entity_id: r.get(3)?,
            action: r.get(4)?,
            old: json(5)?,
            new: json(6)?,
            parent: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn undone_by(conn: &rusqlite::Connection, write: i64) -> Result<Option<(String, String)>> {
    Ok(conn
        .prepare_cached("SELECT user, at FROM audit_log WHERE undoes = ?1 ORDER BY id LIMIT 1")?
        .query_row([write], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Why `rows` (of write `write`, read by `user`) cannot be undone, if they cannot.
fn refusal(
    conn: &rusqlite::Connection,
    write: i64,
    rows: &[Row],
    user: &str,
) -> Result<Option<UndoRefusal>> {
    if rows.is_empty() {
        return Ok(Some(UndoRefusal::Nothing));
    }
    if let Some(other) = rows.iter().find(|r| r.user != user) {
        return Ok(Some(UndoRefusal::NotYours {
            by: other.user.clone(),
        }));
    }
    if let Some((by, at)) = undone_by(conn, write)? {
        return Ok(Some(UndoRefusal::AlreadyUndone { by, at }));
    }
    if !rows.iter().all(covered) {
        return Ok(Some(UndoRefusal::NotCovered));
    }
    Ok(None)
}

impl Store {
    /// The last write this store made, once: `None` when nothing was written since the
    /// last call, or when it was housekeeping (a draft, a saved view, the chosen
    /// region, closing). Call it after each store call that may write, and push what
    /// it gives on the undo stack.
    pub fn take_last_write(&mut self) -> Option<UndoStep> {
        let write = self.last_write.take()?;
        let entities: Vec<(String, String)> = self
            .conn
            .prepare_cached("SELECT entity, action FROM audit_log WHERE write_id = ?1")
            .and_then(|mut s| {
                s.query_map([write], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .unwrap_or_default();
        let housekeeping = entities
            .iter()
            .all(|(e, a)| HOUSEKEEPING.contains(&e.as_str()) || a == "copy_template");
        (!housekeeping).then_some(UndoStep { write })
    }

    /// Whether `step` can be undone now, without writing: `Ok(())`, or the refusal
    /// undo would give (a conflict is found only when undoing).
    pub fn can_undo(&self, step: UndoStep) -> Result<()> {
        let rows = rows(&self.conn, step.write)?;
        match refusal(&self.conn, step.write, &rows, &self.user)? {
            Some(why) => Err(why.into()),
            None => Ok(()),
        }
    }

    /// Reverts write `step` of this user as a new write. Refused (nothing changed): a
    /// write of someone else, one already undone, one of a kind undo does not cover
    /// (`UndoRefusal::NotCovered`), and, as `StoreError::Conflict`, one whose records
    /// someone else changed since or that are no longer as the write left them.
    pub fn undo(&mut self, step: UndoStep) -> Result<Undone> {
        let rows = rows(&self.conn, step.write)?;
        if let Some(why) = refusal(&self.conn, step.write, &rows, &self.user)? {
            return Err(why.into());
        }
        let last = rows.last().map_or(0, |r| r.id);
        let user = self.user.clone();
        let result = self.write_as(Some(step.write), |tx, audit| {
            // Another copy of irf of the same user may have undone it meanwhile.
            if let Some((by, at)) = undone_by(tx, step.write)? {
                return Err(UndoRefusal::AlreadyUndone { by, at }.into());
            }
            let mut records: Vec<HistoryTarget> = Vec::new();
            for row in rows.iter().rev() {
                later_change(tx, row, last, &user)?;
                if let Some(target) = revert(tx, row, audit)?
                    && !records.contains(&target)
                {
                    records.push(target);
                }
            }
            if audit.is_empty() {
                return Err(UndoRefusal::NotCovered.into());
            }
            // Periods brought back or taken away must still leave no gap or overlap.
            if rows.iter().any(|r| r.entity == "leadership_period") {
                crate::store::leadership::check_all(tx)?;
            }
            Ok(records)
        });
        match result {
            // The undo's own step is handed back here, not by `take_last_write`, so it
            // lands on the redo stack rather than the undo stack.
            Ok(records) => Ok(Undone {
                step: UndoStep {
                    write: self.last_write.take().unwrap_or_default(),
                },
                reverted: step,
                records,
            }),
            // A restored value that a unique rule now refuses (a rank, an OS user).
            Err(StoreError::Sqlite(e))
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) =>
            {
                Err(UndoRefusal::InUse.into())
            }
            Err(e) => Err(e),
        }
    }
}
