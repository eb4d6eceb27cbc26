//! The users' saved views of a pane (its narrowing and order as JSON, see
//! `db/0008_report_views.sql`), and the region each user works for.

use rusqlite::OptionalExtension;

use crate::domain::{Code, QueueFilter, Region};
use crate::store::write::AuditEntry;
use crate::store::{Result, Store};

/// One saved view of the current user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedView {
    /// Its name, as the user gave it.
    pub name: String,
    /// What it narrows and how it sorts.
    pub filter: QueueFilter,
}

impl Store {
    /// The current user's saved views of `pane`, in the order they were made. A view
    /// whose stored text is not one (edited by hand) is left out.
    pub fn saved_views(&self, pane: &str) -> Result<Vec<SavedView>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, spec FROM saved_views WHERE user = ?1 AND pane = ?2
              ORDER BY sort, name",
        )?;
        let rows = stmt
            .query_map((&self.user, pane), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(name, spec)| {
                QueueFilter::from_spec(&spec).map(|filter| SavedView { name, filter })
            })
            .collect())
    }

    /// Gives the current user `views` of `pane` if they have none yet (the first time
    /// they open the pane's views). Returns whether anything was written.
    pub fn seed_views(&mut self, pane: &str, views: &[(String, QueueFilter)]) -> Result<bool> {
        let has: i64 = self.conn.query_row(
            "SELECT count(*) FROM saved_views WHERE user = ?1 AND pane = ?2",
            (&self.user, pane),
            |r| r.get(0),
        )?;
        if has > 0 || views.is_empty() {
            return Ok(false);
        }
        for (name, filter) in views {
            self.save_view(pane, name, filter)?;
        }
        Ok(true)
    }

    /// Saves the current user's view `name` of `pane`, replacing one of the same name.
    /// Returns true when it replaced one.
    pub fn save_view(&mut self, pane: &str, name: &str, filter: &QueueFilter) -> Result<bool> {
        let user = self.user.clone();
        let spec = filter.to_spec();
        let at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        self.write(|tx, audit| {
            let old: Option<(i64, String)> = tx
                .query_row(
                    "SELECT rowid, spec FROM saved_views WHERE user = ?1 AND pane = ?2 AND name = ?3",
                    (&user, pane, name),
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let id = if let Some((id, _)) = &old {
                tx.execute(
                    "UPDATE saved_views SET spec = ?1, saved_at = ?2 WHERE rowid = ?3",
                    (&spec, &at, id),
                )?;
                *id
            } else {
                tx.execute(
                    "INSERT INTO saved_views (user, pane, name, spec, sort, saved_at)
                     VALUES (?1, ?2, ?3, ?4,
                             (SELECT coalesce(max(sort), 0) + 1 FROM saved_views
                               WHERE user = ?1 AND pane = ?2), ?5)",
                    (&user, pane, name, &spec, &at),
                )?;
                tx.last_insert_rowid()
            };
            let replaced = old.is_some();
            audit.push(AuditEntry {
                entity: "saved_view",
                entity_id: Some(id),
                action: if replaced { "update" } else { "insert" },
                old: old.map(|(_, s)| serde_json::json!({ "name": name, "spec": s })),
                new: Some(serde_json::json!({ "pane": pane, "name": name, "spec": spec })),
            });
            Ok(replaced)
        })
    }

    /// Deletes the current user's view `name` of `pane`; false when there was none.
    pub fn delete_view(&mut self, pane: &str, name: &str) -> Result<bool> {
        let user = self.user.clone();
        let found: Option<(i64, String)> = self
            .conn
            .query_row(
                "SELECT rowid, spec FROM saved_views WHERE user = ?1 AND pane = ?2 AND name = ?3",
                (&user, pane, name),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((id, spec)) = found else {
            return Ok(false);
        };
        self.write(|tx, audit| {
            tx.execute("DELETE FROM saved_views WHERE rowid = ?1", [id])?;
            audit.push(AuditEntry {
                entity: "saved_view",
                entity_id: Some(id),
                action: "delete",
                old: Some(serde_json::json!({ "pane": pane, "name": name, "spec": spec })),
                new: None,
            });
            Ok(())
        })?;
        Ok(true)
    }

    /// The region the current user works for, once chosen.
    pub fn user_region(&self) -> Result<Option<Region>> {
        let code: Option<String> = self
            .conn
            .query_row(
                "SELECT region_code FROM user_regions WHERE user = ?1",
                [&self.user],
                |r| r.get(0),
            )
            .optional()?;
        Ok(code.and_then(|c| Region::from_code(&c)))
    }

    /// Records the region the current user works for.
    pub fn set_user_region(&mut self, region: Region) -> Result<()> {
        let user = self.user.clone();
        let old = self.user_region()?;
        if old == Some(region) {
            return Ok(());
        }
        self.write(|tx, audit| {
            tx.execute(
                "INSERT INTO user_regions (user, region_code) VALUES (?1, ?2)
                 ON CONFLICT (user) DO UPDATE SET region_code = excluded.region_code",
                (&user, region.code()),
            )?;
            audit.push(AuditEntry {
                entity: "user_region",
                entity_id: None,
                action: if old.is_some() { "update" } else { "insert" },
                old: old.map(|r| serde_json::json!({ "user": user, "region": r.code() })),
                new: Some(serde_json::json!({ "user": user, "region": region.code() })),
            });
            Ok(())
        })
    }
}
