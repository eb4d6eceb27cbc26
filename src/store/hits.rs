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
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS filter_hits (id INTEGER PRIMARY KEY);
             DELETE FROM temp.filter_hits;",
        )?;
        let count = if needle.short {
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO temp.filter_hits
                     SELECT ref_id FROM search_words WHERE kind = ?1 AND word GLOB ?2",
                )?
                .execute((kind.code(), &needle.pattern))?
        } else {
            self.conn
                .prepare_cached(
                    "INSERT OR IGNORE INTO temp.filter_hits
                     SELECT rowid >> 3 FROM search_index
                      WHERE search_index MATCH ?1 AND (rowid & 7) = ?2",
                )?
                .execute((&needle.phrase, entry_rowid(kind, 0)))?
        };
        *self.hits.borrow_mut() = Some((key, count));
        Ok(count)
    }

    /// Forgets the cached hits: after a write, or when the user asks to reload (another
    /// process may have changed what matches).
    pub fn forget_hits(&self) {
        *self.hits.borrow_mut() = None;
        *self.computed.borrow_mut() = None;
        *self.counts.borrow_mut() = None;
        *self.queue_total.borrow_mut() = None;
        *self.queue_ids.borrow_mut() = None;
        *self.unreported.borrow_mut() = None;
    }

    /// How many hits `temp.filter_hits` holds now, if it holds any.
    pub(super) fn held_hits(&self) -> Option<usize> {
        self.hits.borrow().as_ref().map(|(_, n)| *n)
    }
}
