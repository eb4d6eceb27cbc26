//! The hits of the current list filter, kept in a connection-private temp table so a
//! key typed into a filter runs the search once: the count and every window of the
//! list then join against the table instead of searching again. The table belongs to
//! this connection only; it is not shared data, so it needs no audit row.

use std::cell::RefCell;

use super::search::{Needle, SearchKind, entry_rowid};
use super::{Result, Store};

/// Which search `temp.filter_hits` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct HitsKey {
    kind: SearchKind,
    folded: String,
}

/// The cache slot in `Store`: which search, and how many hits it has.
pub(super) type HitsCache = RefCell<Option<(HitsKey, usize)>>;

impl Store {
    /// Makes `temp.filter_hits` hold the ids of the records of `kind` that `needle`
    /// finds, searching only if it holds something else. Returns how many.
    pub(super) fn fill_hits(&self, kind: SearchKind, needle: &Needle) -> Result<usize> {
        let key = HitsKey {
            kind,
            folded: needle.folded.clone(),
        };
        if let Some((_, count)) = self.hits.borrow().as_ref().filter(|(held, _)| *held == key) {
            return Ok(*count);
        }
        let count = self.insert_hits(kind, needle, -1)?;
        *self.hits.borrow_mut() = Some((key, count));
        Ok(count)
    }

    /// As [`Store::fill_hits`] when there are at most `cap` hits; `None` (and the
    /// table empty) when there are more.
    pub(super) fn fill_hits_up_to(
        &self,
        kind: SearchKind,
        needle: &Needle,
        cap: usize,
    ) -> Result<Option<usize>> {
        if let Some((_, count)) = self.held(kind, needle) {
            return Ok((count <= cap).then_some(count));
        }
        let limit = i64::try_from(cap).unwrap_or(i64::MAX - 1) + 1;
        let count = self.insert_hits(kind, needle, limit)?;
        if count > cap {
            self.conn.execute("DELETE FROM temp.filter_hits", [])?;
            return Ok(None);
        }
        self.hits_are(kind, needle, count);
        Ok(Some(count))
    }

    /// What `temp.filter_hits` holds, if it holds the hits of `needle` among `kind`.
    fn held(&self, kind: SearchKind, needle: &Needle) -> Option<(HitsKey, usize)> {
        self.hits
            .borrow()
            .as_ref()
            .filter(|(held, _)| held.kind == kind && held.folded == needle.folded)
            .cloned()
    }

    /// Notes that `temp.filter_hits` holds all `count` hits of `needle` among `kind`.
    pub(super) fn hits_are(&self, kind: SearchKind, needle: &Needle, count: usize) {
        let key = HitsKey {
            kind,
            folded: needle.folded.clone(),
        };
        *self.hits.borrow_mut() = Some((key, count));
    }

    /// Empties `temp.filter_hits` and puts the first `limit` hits of `needle` among
    /// `kind` in it (all of them when `limit` is negative); returns how many. A filter
    /// read in steps used the table, so it is forgotten.
    fn insert_hits(&self, kind: SearchKind, needle: &Needle, limit: i64) -> Result<usize> {
        *self.hits.borrow_mut() = None;
        self.steps.forget();
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS filter_hits (id INTEGER PRIMARY KEY);
             DELETE FROM temp.filter_hits;",
        )?;
        Ok(if needle.short {
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO temp.filter_hits
                     SELECT ref_id FROM search_words WHERE kind = ?1 AND word GLOB ?2 LIMIT ?3",
                )?
                .execute((kind.code(), &needle.pattern, limit))?
        } else {
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO temp.filter_hits
                     SELECT rowid >> 3 FROM search_index
                      WHERE search_index MATCH ?1 AND (rowid & 7) = ?2 LIMIT ?3",
                )?
                .execute((&needle.phrase, entry_rowid(kind, 0), limit))?
        })
    }

    /// Forgets the cached hits: after a write, or when the user asks to reload (another
    /// process may have changed what matches).
    pub fn forget_hits(&self) {
        *self.hits.borrow_mut() = None;
        self.steps.forget();
        self.forget_computed();
        self.calendars.borrow_mut().clear();
        *self.queue_total.borrow_mut() = None;
        *self.queue_ids.borrow_mut() = None;
        *self.unreported.borrow_mut() = None;
    }

    /// How many hits `temp.filter_hits` holds now, if it holds any.
    pub(super) fn held_hits(&self) -> Option<usize> {
        self.hits.borrow().as_ref().map(|(_, n)| *n)
    }
}
