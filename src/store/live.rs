//! Noticing what other processes commit to the shared file, so every open irf shows
//! colleagues' work without a key being pressed.
//!
//! The mechanism is `PRAGMA data_version` on the program's own connection, asked once
//! a second by the event loop. SQLite changes that number when *another* connection
//! commits to the file and never for this connection's own commits, so the check costs
//! one pragma (no file read beyond the shared-memory header in WAL mode), own writes
//! cause no second re-read, and nothing needs a trigger, a side table or a file
//! watcher (inotify would miss writes through other mounts, and a watcher thread would
//! wake for our own commits too). When the number moved, the audit log says what came
//! in (the rows after the last one this program has seen, less the ones it wrote
//! itself), and the caches that those changes make stale are dropped — only those, so
//! a colleague's status change costs a re-read of what it touched.

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

impl Outside {
    /// Whether the changes can move what the annual cycle shows (its timeline, what is
    /// due, the warnings): anything but the report season's and the people's own
    /// records, which the cycle does not read.
    pub fn touches_cycle(&self) -> bool {
        const NOT_READ: [&str; 8] = [
            "annual_report",
            "report_answer",
            "follow_up",
            "contact",
            "reference_group_member",
            "draft",
            "saved_view",
            "user_region",
        ];
        self.newer_schema
            || self
                .changes
                .iter()
                .any(|c| !NOT_READ.contains(&c.entity.as_str()))
    }
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
        drop(rows);
        drop(stmt);
        self.forget_what_changed(&outside);
        Ok(Some(outside))
    }

    /// Drops the caches the changes make stale and keeps the others, so the re-read
    /// that follows costs what changed, not a cold start. A report's status or dates do
    /// not change the search hits, nor the row count of a queue narrowed by nothing,
    /// nor which units have a report; a new or removed report or unit does.
    fn forget_what_changed(&self, outside: &Outside) {
        let searched = ["unit", "contact", "case", "application", "meeting"];
        let structural = |c: &OutsideChange| matches!(c.action.as_str(), "insert" | "delete");
        let reports = outside.changes.iter().any(|c| c.entity == "annual_report");
        let reports_come_or_go = outside
            .changes
            .iter()
            .any(|c| (c.entity == "annual_report" || c.entity == "unit") && structural(c));
        if outside.changes.is_empty()
            || outside.newer_schema
            || outside
                .changes
                .iter()
                .any(|c| searched.contains(&c.entity.as_str()))
        {
            self.forget_hits();
            return;
        }
        self.forget_computed();
        self.calendars.borrow_mut().clear();
        if reports {
            // A report that moved may leave a narrowed queue or move in its order.
            *self.queue_ids.borrow_mut() = None;
            self.steps.forget_list(super::ListKind::Reports);
            let mut total = self.queue_total.borrow_mut();
            if reports_come_or_go || total.as_ref().is_some_and(|(f, _)| !f.queue.is_open()) {
                *total = None;
            }
        }
        if reports_come_or_go {
            *self.unreported.borrow_mut() = None;
        }
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
