//! Noticing what other processes commit to the shared file, so every open irf shows
//! colleagues' work without a key being pressed.
//!
//! The mechanism is `PRAGMA data_version` on the program's own connection, asked once
//! a second by the event loop. SQLite changes that number when *another* connection
//! commits to the file and never for this connection's own commits, so the check costs
//! one pragma (no file read beyond the shared-memory header in WAL mode), own writes
//! cause no second re-read, and nothing needs a trigger, a side table or a file
//! watcher (inotify would miss writes through other mounts, and a watcher thread would
//! wake for our own commits too). When the number moved, the caches of filter hits and
//! computed lists are dropped and the audit log says what came in: the rows after the
//! last one this program has seen, less the ones it wrote itself.

use std::cell::{Cell, RefCell};

use super::{LATEST_VERSION, Result, Store};

/// How many changed records a poll names at most (the rest are only counted).
const RECORDS: usize = 500;

/// What this connection has seen of the file.
#[derive(Debug, Default)]
pub(super) struct Live {
    /// `PRAGMA data_version` at the last look.
    data_version: Cell<Option<i64>>,
    /// The newest audit row seen (read or written here).
    last_audit: Cell<Option<i64>>,
    /// The audit rows this connection wrote since the last look, as id ranges.
    own: RefCell<Vec<(i64, i64)>>,
}

/// A group of changes another person made: one kind of record, one kind of change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsideChange {
    /// The OS user who made them.
    pub user: String,
    /// The audit entity (`annual_report`, `contact`, `case` …).
    pub entity: String,
    /// The audit action (`insert`, `update`, `delete`, `decision` …).
    pub action: String,
    /// How many records.
    pub count: usize,
    /// Of those, how many reports were marked received by it.
    pub received: usize,
}

/// A record another person changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsideRecord {
    /// The audit entity.
    pub entity: String,
    /// The record's id.
    pub id: i64,
    /// Who changed it last.
    pub user: String,
    /// When (UTC, ISO 8601).
    pub at: String,
}

/// What other processes committed since the last look.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outside {
    /// What came in, grouped, in the order it was first written.
    pub changes: Vec<OutsideChange>,
    /// The records changed, newest change last (at most [`RECORDS`]).
    pub records: Vec<OutsideRecord>,
    /// The file now has a schema newer than this program knows: it must be restarted,
    /// and it writes nothing until then.
    pub newer_schema: bool,
}

impl Store {
    /// Whether another process committed to the file since the last call, and what it
    /// did (`None`: nothing new). The first call only takes its bearings. Drops the
    /// caches that a commit elsewhere makes stale.
    pub fn outside_changes(&self) -> Result<Option<Outside>> {
        let version: i64 = self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?;
        let before = self.live.data_version.replace(Some(version));
        let own: Vec<(i64, i64)> = self.live.own.take();
        let Some(before) = before else {
            self.live.last_audit.set(Some(self.newest_audit()?));
            return Ok(None);
        };
        if before == version {
            if let Some(last) = own.iter().map(|r| r.1).max() {
                let seen = self.live.last_audit.get().unwrap_or(0).max(last);
                self.live.last_audit.set(Some(seen));
            }
            return Ok(None);
        }
        self.forget_hits();
        let mut outside = Outside {
            newer_schema: self.schema_version()? > LATEST_VERSION,
            ..Outside::default()
        };
        let since = self.live.last_audit.get().unwrap_or(0);
        let mine = |id: i64| own.iter().any(|(a, b)| (*a..=*b).contains(&id));
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, user, entity, entity_id, action, at,
                    json_extract(old_value, '$.received_on') IS NULL
                    AND json_extract(new_value, '$.received_on') IS NOT NULL
               FROM audit_log WHERE id > ?1 ORDER BY id",
        )?;
        let mut rows = stmt.query([since])?;
        let mut newest = since;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            newest = newest.max(id);
            if mine(id) {
                continue;
            }
            let (user, entity): (String, String) = (r.get(1)?, r.get(2)?);
            let (record, action, at): (Option<i64>, String, String) =
                (r.get(3)?, r.get(4)?, r.get(5)?);
            let received = r.get::<_, Option<bool>>(6)?.unwrap_or(false);
            match outside
                .changes
                .iter_mut()
                .find(|c| c.user == user && c.entity == entity && c.action == action)
            {
                Some(c) => {
                    c.count += 1;
                    c.received += usize::from(received);
                }
                None => outside.changes.push(OutsideChange {
                    user: user.clone(),
                    entity: entity.clone(),
                    action,
                    count: 1,
                    received: usize::from(received),
                }),
            }
            if let Some(id) = record {
                outside
                    .records
                    .retain(|x| !(x.entity == entity && x.id == id));
                if outside.records.len() < RECORDS {
                    outside.records.push(OutsideRecord {
                        entity,
                        id,
                        user,
                        at,
                    });
                }
            }
        }
        self.live.last_audit.set(Some(newest));
        Ok(Some(outside))
    }

    /// Notes the audit rows this connection just wrote, so a look at what others did
    /// leaves them out.
    pub(super) fn wrote_audit(&self, first: i64, last: i64) {
        self.live.own.borrow_mut().push((first, last));
    }

    fn newest_audit(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM audit_log", [], |r| {
                r.get(0)
            })?)
    }
}
