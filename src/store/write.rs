//! The one way to write: a `BEGIN IMMEDIATE` transaction that also writes its audit rows,
//! and the version check that turns a stale edit into a conflict.

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior};

use super::{Result, Store, StoreError};

/// One audit row: who changed what, from which value to which.
#[derive(Debug, Clone)]
pub(super) struct AuditEntry {
    pub entity: &'static str,
    pub entity_id: Option<i64>,
    pub action: &'static str,
    pub old: Option<serde_json::Value>,
    pub new: Option<serde_json::Value>,
}

impl Store {
    /// Runs `body` in one `BEGIN IMMEDIATE` transaction. `body` pushes the audit entries
    /// describing its change; they are written in the same transaction, and a change
    /// that records none is refused, so no write escapes the audit log. Every row of
    /// the write carries the write's id (its first row's id) and, for a child record,
    /// its parent (see `history::parent_of`); the id is kept as the store's last write
    /// (see `Store::take_last_write`).
    pub(super) fn write<T>(
        &mut self,
        body: impl FnOnce(&Transaction<'_>, &mut Vec<AuditEntry>) -> Result<T>,
    ) -> Result<T> {
        self.write_as(None, body)
    }

    /// [`Store::write`], recording on each audit row that it reverts write `undoes`.
    pub(super) fn write_as<T>(
        &mut self,
        undoes: Option<i64>,
        body: impl FnOnce(&Transaction<'_>, &mut Vec<AuditEntry>) -> Result<T>,
    ) -> Result<T> {
        self.write_inner(undoes, false, body)
    }

    /// [`Store::write`] for a body that may find it has nothing to write (an import
    /// whose plan, made under the lock, has problems or no changes): when it records
    /// no audit entry, the transaction is rolled back and its result returned.
    pub(super) fn write_or_nothing<T>(
        &mut self,
        body: impl FnOnce(&Transaction<'_>, &mut Vec<AuditEntry>) -> Result<T>,
    ) -> Result<T> {
        self.write_inner(None, true, body)
    }

    fn write_inner<T>(
        &mut self,
        undoes: Option<i64>,
        nothing_is_fine: bool,
        body: impl FnOnce(&Transaction<'_>, &mut Vec<AuditEntry>) -> Result<T>,
    ) -> Result<T> {
        let tx = Transaction::new(&mut self.conn, TransactionBehavior::Immediate)?;
        // A newer irf may have upgraded the file while this one was open: write nothing.
        let found: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > super::LATEST_VERSION {
            return Err(StoreError::NewerSchema {
                found,
                known: super::LATEST_VERSION,
            });
        }
        let mut audit = Vec::new();
        let out = body(&tx, &mut audit)?;
        if audit.is_empty() && nothing_is_fine {
            return Ok(out);
        }
        if audit.is_empty() {
            return Err(StoreError::Invalid(
                "a write without an audit row was refused".into(),
            ));
        }
        let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let mut written = (i64::MAX, 0);
        // The id the first row gets: nobody else can write while this transaction
        // holds the write lock, and rowids count up from the highest.
        let write_id: i64 =
            tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM audit_log", [], |r| {
                r.get(0)
            })?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO audit_log (at, user, entity, entity_id, action, old_value, new_value,
                                        write_id, parent_entity, parent_id, undoes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            for e in &audit {
                let parent = super::history::parent_of(&tx, e)?;
                stmt.execute((
                    &at,
                    &self.user,
                    e.entity,
                    e.entity_id,
                    e.action,
                    e.old.as_ref().map(|v| v.to_string()),
                    e.new.as_ref().map(|v| v.to_string()),
                    write_id,
                    parent.map(|p| p.0),
                    parent.map(|p| p.1),
                    undoes,
                ))?;
                let id = tx.last_insert_rowid();
                written = (written.0.min(id), written.1.max(id));
            }
        }
        tx.commit()?;
        self.wrote_audit(written.0, written.1);
        self.last_write = Some(write_id);
        // What a filter finds may have changed.
        self.forget_hits();
        Ok(out)
    }
}

/// Checks that row `id` of `table` still has version `expected`; otherwise a conflict
/// naming who changed it last and when (from the audit log). `table` is always a
/// constant from this module's callers, never user input.
pub(super) fn check_version(
    tx: &Transaction<'_>,
    table: &'static str,
    entity: &'static str,
    id: i64,
    expected: i64,
) -> Result<()> {
    let sql = format!("SELECT version FROM {table} WHERE id = ?1");
    let found: Option<i64> = tx.query_row(&sql, [id], |r| r.get(0)).optional()?;
    match found {
        None => Err(StoreError::NotFound { entity, id }),
        Some(v) if v == expected => Ok(()),
        Some(_) => Err(conflict(tx, entity, id)?),
    }
}

/// The conflict over `entity` `id`: who changed it last, and when (from the audit log;
/// "?" when it holds nothing about it).
pub(super) fn conflict(tx: &Transaction<'_>, entity: &'static str, id: i64) -> Result<StoreError> {
    let (by, at) = tx
        .query_row(
            "SELECT user, at FROM audit_log WHERE entity = ?1 AND entity_id = ?2
              ORDER BY id DESC LIMIT 1",
            (entity, id),
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )
        .optional()?
        .unwrap_or_else(|| (String::from("?"), String::new()));
    let name = recorded_name(tx, entity, id)?;
    Ok(StoreError::Conflict {
        entity,
        id,
        name,
        by,
        at,
    })
}

/// The name (or title) `entity` `id` had in the latest audit row that recorded one, so
/// that a conflict can say which record it was.
pub(super) fn recorded_name(
    conn: &rusqlite::Connection,
    entity: &str,
    id: i64,
) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(json_extract(coalesce(new_value, old_value), '$.name'),
                             json_extract(coalesce(new_value, old_value), '$.title'))
               FROM audit_log WHERE entity = ?1 AND entity_id = ?2
                AND coalesce(json_extract(coalesce(new_value, old_value), '$.name'),
                             json_extract(coalesce(new_value, old_value), '$.title'))
                    IS NOT NULL
              ORDER BY id DESC LIMIT 1",
        )?
        .query_row((entity, id), |r| r.get(0))
        .optional()?)
}
