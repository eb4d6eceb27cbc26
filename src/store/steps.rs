//! A filter with many hits, read in steps so that no key waits for all of them.
//!
//! Sorting every hit of a broad filter ("h", "tromsø") costs one step per hit, and at
//! a few hundred thousand records that is more than a frame. A filter with more than
//! [`MANY`] hits (the queue's with any) is therefore read in record-id order, up to
//! [`STEP_HITS`] hits a step, each step going on after the last: it adds its hits to
//! `temp.filter_hits`, counts the list's rows among them, and keeps the list's first
//! [`BEST`] rows in `temp.filter_best`. The first rows and the count so far can be
//! shown between steps; once the last step is read, the count is exact and
//! `temp.filter_hits` holds every hit, as a filter read at once leaves it. The tables
//! belong to this connection only (as in `hits`).

use std::cell::RefCell;
use std::time::Instant;

use rusqlite::params_from_iter;

use super::lists::{ListFilter, ListKind, Params};
use super::mappers::map_row;
use super::rows::Row;
use super::search::{Needle, SearchKind, entry_rowid};
use super::{Result, Store};

/// More hits than this are read in steps.
const MANY: usize = 4_000;

/// The list's first rows kept while reading in steps: more than a window (three
/// screens) of the tallest terminal, so the rows shown never need the whole sort.
const BEST: usize = 400;

/// The hits one step reads at most. A step goes on from the last hit, in id order, so
/// a stretch of ids without hits costs what the search spends passing it, once.
const STEP_HITS: i64 = 1_500;

/// The ids a step looks through at most. A one- or two-letter filter is read from the
/// words of each record in turn, so a stretch without hits costs its length; a longer
/// one from the search index, where a phrase of common parts with few hits ("fagområde
/// 12" among units all named "… fagområde N") costs as much per id passed.
const WORD_SPAN: i64 = 4_096;

/// How many rows a list has, and whether that is all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    /// The rows found.
    pub rows: usize,
    /// False while a filter is still being read in steps: there may be more.
    pub exact: bool,
}

/// A filter being read in steps.
#[derive(Debug)]
pub(super) struct Steps {
    kind: ListKind,
    filter: ListFilter,
    needle: Needle,
    search: SearchKind,
    /// The next record id to read, and the largest there is.
    next: i64,
    last: i64,
    /// List rows and search hits found so far.
    rows: usize,
    hits: usize,
}

impl Steps {
    fn done(&self) -> bool {
        self.next > self.last
    }

    /// Whether this is the reading of `kind`'s list under `filter`: the same list,
    /// narrowing and folded text (a trailing space or another case reads the same).
    fn holds(&self, kind: ListKind, filter: &ListFilter) -> bool {
        self.kind == kind
            && Needle::new(&filter.text).is_some_and(|n| n.folded == self.needle.folded)
            && ListFilter {
                text: self.filter.text.clone(),
                ..filter.clone()
            } == self.filter
    }
}

/// The cache slot in `Store`: the filter being read (or read) in steps, and the
/// sizes a test set.
#[derive(Debug, Default)]
pub(super) struct StepsCache {
    held: RefCell<Option<Steps>>,
    /// [`MANY`], [`STEP_HITS`], [`BEST`] and [`WORD_SPAN`] unless a test set them lower.
    many: std::cell::Cell<Option<usize>>,
    step_hits: std::cell::Cell<Option<i64>>,
    best: std::cell::Cell<Option<usize>>,
    word_span: std::cell::Cell<Option<i64>>,
}

impl StepsCache {
    fn best(&self) -> usize {
        self.best.get().unwrap_or(BEST)
    }

    /// Forgets the filter read in steps (after a write or a reload).
    pub(super) fn forget(&self) {
        *self.held.borrow_mut() = None;
    }

    /// Whether `kind`'s list under `filter` is being read (or was read) in steps.
    fn holds(&self, kind: ListKind, filter: &ListFilter) -> bool {
        self.held
            .borrow()
            .as_ref()
            .is_some_and(|s| s.holds(kind, filter))
    }

    /// Forgets the filter read in steps if it is `kind`'s list.
    pub(super) fn forget_list(&self, kind: ListKind) {
        let mut held = self.held.borrow_mut();
        if held.as_ref().is_some_and(|s| s.kind == kind) {
            *held = None;
        }
    }
}

impl Store {
    /// The list's rows under `filter` when its filter has many hits: reads steps until
    /// `until` (`None`: to the end) and says how many rows are found. `None` when the
    /// filter is read at once (no text, a computed list, or [`MANY`] hits or fewer,
    /// which are then in `temp.filter_hits`).
    pub(super) fn count_in_steps(
        &self,
        kind: ListKind,
        filter: &ListFilter,
        until: Option<Instant>,
    ) -> Result<Option<Counted>> {
        if !self.steps.holds(kind, filter) && !self.begin_steps(kind, filter)? {
            return Ok(None);
        }
        // At least one step a call, however long finding out took.
        let mut read = false;
        loop {
            let (done, rows) = {
                let held = self.steps.held.borrow();
                let Some(s) = held.as_ref() else {
                    return Ok(None);
                };
                (s.done(), s.rows)
            };
            if done || (read && until.is_some_and(|t| Instant::now() >= t)) {
                return Ok(Some(Counted { rows, exact: done }));
            }
            self.step()?;
            read = true;
        }
    }

    /// Starts reading `filter` in steps if it has more than [`MANY`] hits; false when
    /// it has fewer (they are then held in `temp.filter_hits`) or is not a search.
    fn begin_steps(&self, kind: ListKind, filter: &ListFilter) -> Result<bool> {
        let (Some(_), Some(needle)) = (kind.main_table(), Needle::new(&filter.text)) else {
            return Ok(false);
        };
        let search = kind.search().1;
        // The queue is always read in steps: one step is as quick as the queue's other
        // ways for a few hits, and far quicker for many.
        let many = self
            .steps
            .many
            .get()
            .unwrap_or(if kind == ListKind::Reports { 0 } else { MANY });
        // Always in steps: not even a first look, as finding that a kind has no hits
        // can cost a whole scan when other kinds have many ("oslo universitet" among
        // units, where half a million contacts match).
        if many > 0 && self.fill_hits_up_to(search, &needle, many)?.is_some() {
            return Ok(false);
        }
        *self.hits.borrow_mut() = None;
        self.conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS filter_hits (id INTEGER PRIMARY KEY);
             CREATE TEMP TABLE IF NOT EXISTS filter_chunk (id INTEGER PRIMARY KEY);
             CREATE TEMP TABLE IF NOT EXISTS filter_best (id INTEGER PRIMARY KEY, k1, k2);
             DELETE FROM temp.filter_chunk; DELETE FROM temp.filter_best;
             DELETE FROM temp.filter_hits;",
        )?;
        let last: i64 = self.conn.query_row(
            &format!(
                "SELECT coalesce(max(rowid), 0) FROM {}",
                search_table(search)
            ),
            [],
            |r| r.get(0),
        )?;
        *self.steps.held.borrow_mut() = Some(Steps {
            kind,
            filter: filter.clone(),
            needle,
            search,
            next: 0,
            last,
            rows: 0,
            hits: 0,
        });
        Ok(true)
    }

    /// Reads the next hits in id order, the list's rows among them, and the list's
    /// first rows so far. A step that fails is not half counted: the filter is
    /// forgotten and read anew by the next call.
    fn step(&self) -> Result<()> {
        let limit = self.steps.step_hits.get().unwrap_or(STEP_HITS);
        let mut held = self.steps.held.borrow_mut();
        let Some(s) = held.as_mut() else {
            return Ok(());
        };
        let (hits, rows, next) = match self.read_on_from(s, limit) {
            Ok(found) => found,
            Err(e) => {
                *held = None;
                return Err(e);
            }
        };
        s.hits += hits;
        s.rows += rows;
        s.next = next;
        if s.done() {
            self.hits_are(s.search, &s.needle, s.hits);
            if s.kind == ListKind::Reports {
                *self.queue_total.borrow_mut() = Some((s.filter.clone(), s.rows));
            }
        }
        Ok(())
    }

    /// The next `limit` hits from id `s.next` on and the list's rows among them: added
    /// to `temp.filter_hits` and `temp.filter_best`, and counted; and the id to go on
    /// from (past the last id when there are no more hits).
    fn read_on_from(&self, s: &Steps, limit: i64) -> Result<(usize, usize, i64)> {
        self.conn.execute("DELETE FROM temp.filter_chunk", [])?;
        let (hits, next) = if s.needle.short {
            // By the record's words in id order, a span of ids at a time; a record
            // with two words that match is one hit.
            let span = self.steps.word_span.get().unwrap_or(WORD_SPAN);
            let span_end = s.next.saturating_add(span);
            let hits = self
                .conn
                .prepare_cached(
                    "INSERT INTO temp.filter_chunk
                     SELECT DISTINCT ref_id FROM search_words INDEXED BY search_words_ref
                      WHERE kind = ?1 AND ref_id >= ?2 AND ref_id < ?3 AND word GLOB ?4
                      ORDER BY ref_id LIMIT ?5",
                )?
                .execute((s.search.code(), s.next, span_end, &s.needle.pattern, limit))?;
            (hits, self.go_on_from(hits, limit, span_end)?)
        } else {
            let span = self.steps.word_span.get().unwrap_or(WORD_SPAN);
            let span_end = s.next.saturating_add(span).min(s.last + 1);
            let hits = self
                .conn
                .prepare_cached(
                    "INSERT INTO temp.filter_chunk
                     SELECT rowid >> 3 FROM search_index
                      WHERE search_index MATCH ?1 AND rowid >= ?2 AND rowid < ?3
                       AND (rowid & 7) = ?4
                      ORDER BY rowid LIMIT ?5",
                )?
                .execute((
                    &s.needle.phrase,
                    entry_rowid(s.search, s.next),
                    entry_rowid(s.search, span_end),
                    entry_rowid(s.search, 0),
                    limit,
                ))?;
            (hits, self.go_on_from(hits, limit, span_end)?)
        };
        if hits == 0 {
            return Ok((0, 0, next));
        }
        self.conn.execute(
            "INSERT OR IGNORE INTO temp.filter_hits SELECT id FROM temp.filter_chunk",
            [],
        )?;
        Ok((hits, self.keep_best(s.kind, &s.filter)?, next))
    }

    /// Where the next step goes on: after this step's last hit when it read all it
    /// asked for (there may be more), else at `end`, where its search stopped.
    fn go_on_from(&self, hits: usize, limit: i64, end: i64) -> Result<i64> {
        if i64::try_from(hits).unwrap_or(i64::MAX) < limit {
            return Ok(end);
        }
        let last: i64 = self
            .conn
            .query_row("SELECT max(id) FROM temp.filter_chunk", [], |r| r.get(0))?;
        Ok(last + 1)
    }

    /// Adds the list's rows among this step's hits to `temp.filter_best` and keeps its
    /// first [`BEST`] in list order; returns how many rows the step found.
    fn keep_best(&self, kind: ListKind, filter: &ListFilter) -> Result<usize> {
        let Some((from, id)) = kind.main_table() else {
            return Ok(0);
        };
        let (column, _) = kind.search();
        let column = column.trim_start_matches('+');
        let keys = kind.sort_keys().filter(|_| column == id);
        let found = if let Some((values, _)) = keys {
            // The hits are the rows; what they are sorted by is kept beside them.
            let sql = format!(
                "INSERT OR IGNORE INTO temp.filter_best (id, k1, k2)
                 SELECT {id}, {values} FROM temp.filter_chunk k CROSS JOIN {from} ON {id} = k.id"
            );
            self.conn.prepare_cached(&sql)?.execute([])?
        } else {
            // The rows whose `column` is a hit, found from the hits, narrowed as the
            // list is (the queue by region, status …).
            let (test, params) = kind.narrowing(filter);
            let joined = format!("FROM temp.filter_chunk k CROSS JOIN {from} ON {column} = k.id");
            let sql = kind
                .select_where(&test)
                .replacen(&format!("FROM {from}"), &joined, 1);
            // Only the row's id: the list's other columns are read for the rows shown.
            let at = sql.find(&joined).unwrap_or(0);
            let sql = format!(
                "INSERT OR IGNORE INTO temp.filter_best (id) SELECT {id} {}",
                &sql[at..]
            );
            self.conn
                .prepare_cached(&sql)?
                .execute(params_from_iter(params))?
        };
        let kept: i64 = self
            .conn
            .query_row("SELECT count(*) FROM temp.filter_best", [], |r| r.get(0))?;
        // Cut back to BEST once twice as many are kept: one sort every few steps.
        let best = self.steps.best();
        if usize::try_from(kept).unwrap_or(0) > 2 * best {
            if let Some((_, order)) = keys {
                let sql = format!(
                    "DELETE FROM temp.filter_best WHERE id NOT IN (
                         SELECT id FROM temp.filter_best {order} LIMIT ?1)"
                );
                let best = i64::try_from(best).unwrap_or(i64::MAX);
                self.conn.prepare_cached(&sql)?.execute([best])?;
                return Ok(found);
            }
            let ids = self.best_ids(kind, filter)?;
            self.conn.execute(
                "DELETE FROM temp.filter_best WHERE id NOT IN (SELECT value FROM json_each(?1))",
                [serde_json::Value::from(ids).to_string()],
            )?;
        }
        Ok(found)
    }

    /// The ids of the list's first [`BEST`] rows among those kept in `temp.filter_best`.
    /// Only the ids are read, unless the order names a column by its number.
    fn best_ids(&self, kind: ListKind, filter: &ListFilter) -> Result<Vec<i64>> {
        let order = kind.order(filter);
        let by_number = order
            .trim_start_matches("ORDER BY ")
            .starts_with(|c: char| c.is_ascii_digit());
        let Some((sql, params, id)) = best_query(kind, filter).filter(|_| !by_number) else {
            let first = self.best_rows(kind, filter, 0, self.steps.best())?;
            return Ok(first.iter().map(Row::id).collect());
        };
        let at = sql.find("FROM temp.filter_best").unwrap_or(0);
        let sql = format!(
            "SELECT {id} {} {order} LIMIT {}",
            &sql[at..],
            self.steps.best()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let ids = stmt.query_map(params_from_iter(params), |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<Vec<i64>>>()?)
    }

    /// Rows `offset .. offset + limit` of the list's first rows kept in
    /// `temp.filter_best`, in list order.
    fn best_rows(
        &self,
        kind: ListKind,
        filter: &ListFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<Row>> {
        let Some((sql, mut params, _)) = best_query(kind, filter) else {
            return Ok(Vec::new());
        };
        let n = params.len();
        params.push(Box::new(i64::try_from(limit).unwrap_or(i64::MAX)));
        params.push(Box::new(i64::try_from(offset).unwrap_or(i64::MAX)));
        let sql = format!(
            "{sql} {} LIMIT ?{} OFFSET ?{}",
            kind.order(filter),
            n + 1,
            n + 2
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| map_row(kind, r))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Rows `offset .. offset + limit` of a list read in steps, from the first rows
    /// kept; `None` when the list is not read in steps or the rows lie beyond those
    /// kept (the steps are then read to the end, and the list is read as any other).
    pub(super) fn window_in_steps(
        &self,
        kind: ListKind,
        filter: &ListFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Option<Vec<Row>>> {
        if !self.steps.holds(kind, filter) {
            return Ok(None);
        }
        let best = self.steps.best();
        if offset.saturating_add(limit) > best {
            self.count_in_steps(kind, filter, None)?;
            let rows = self.steps.held.borrow().as_ref().map_or(0, |s| s.rows);
            if rows > best {
                return Ok(None);
            }
        }
        self.best_rows(kind, filter, offset, limit).map(Some)
    }
}

/// The list's query over the rows kept in `temp.filter_best` (unordered), its
/// parameters, and the rows' id column; `None` for a computed list.
fn best_query(kind: ListKind, filter: &ListFilter) -> Option<(String, Params, &'static str)> {
    let (from, id) = kind.main_table()?;
    let mut params: Params = Vec::new();
    if kind.has_year() {
        params.push(Box::new(filter.year));
    }
    let joined = format!("FROM temp.filter_best b CROSS JOIN {from} ON {id} = b.id");
    let sql = kind
        .select_where("1")
        .replacen(&format!("FROM {from}"), &joined, 1);
    Some((sql, params, id))
}

/// The table of the records a search finds, whose ids the steps walk.
fn search_table(kind: SearchKind) -> &'static str {
    match kind {
        SearchKind::Unit => "units",
        SearchKind::Contact => "contacts",
        SearchKind::Case => "cases",
        SearchKind::Application => "applications",
        SearchKind::Meeting => "meetings",
    }
}

impl Store {
    /// For tests on a small database: read filters with more than `many` hits in
    /// steps of `hits_per_step` hits (through three times as many ids at most),
    /// keeping the list's first `best` rows.
    #[doc(hidden)]
    pub fn read_in_steps(&self, many: usize, hits_per_step: i64, best: usize) {
        let hits_per_step = hits_per_step.max(1);
        self.steps.many.set(Some(many));
        self.steps.step_hits.set(Some(hits_per_step));
        self.steps.best.set(Some(best.max(1)));
        self.steps
            .word_span
            .set(Some(hits_per_step.saturating_mul(3)));
    }
}
