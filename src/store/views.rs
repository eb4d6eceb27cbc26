//! The short lists computed in Rust rather than paged in SQL: what is due in the next
//! days or overdue, the year's milestones with their rules resolved, IRF's round, and
//! the meetings with their agendas.
//! Each has at most a few hundred rows, so counting and windowing the whole list is
//! cheap; the filter text keeps the rows whose folded title contains it.

use super::lists::{ListFilter, ListKind};
use super::rows::{MoneyRow, Row};
use super::{Result, Store};
use crate::domain::fold;

/// The computed lists last read and the filters they were read under, the latest
/// first: a count and the windows that follow read the rows once, and going back to a
/// view just left shows it again without computing it.
pub(super) type ComputedCache = std::cell::RefCell<Vec<(ListKind, ListFilter, Vec<Row>)>>;

/// How many computed lists are kept.
const KEPT: usize = 4;

/// How many days ahead the timeline's list looks.
pub const DUE_DAYS: u32 = 30;

impl Store {
    /// `read` run on the rows of a computed list under `filter`, or `None` for a list
    /// read with SQL. The rows are kept (see [`ComputedCache`]) until a write, a new
    /// filter hit or a colleague's change drops them, so the count, each window and
    /// "mark all" compute a list once, and moving through it costs no more than a
    /// paged list. A list the thread is computing (see `background`) is waited for.
    pub(super) fn with_computed<T>(
        &self,
        kind: ListKind,
        filter: &ListFilter,
        read: impl FnOnce(&[Row]) -> T,
    ) -> Result<Option<T>> {
        // Every count and window asks: a list read with SQL leaves at once.
        if !kind.is_computed() {
            return Ok(None);
        }
        if !self.is_kept(kind, filter) && !self.awaited(kind, filter) {
            let Some(rows) = self.computed_rows(kind, filter)? else {
                return Ok(None);
            };
            self.keep_computed(kind, filter.clone(), rows);
        }
        let kept = self.computed.borrow();
        Ok(kept
            .iter()
            .find(|(k, f, _)| *k == kind && f == filter)
            .map(|(_, _, rows)| read(rows)))
    }

    /// Whether `kind`'s rows under `filter` are kept.
    pub(super) fn is_kept(&self, kind: ListKind, filter: &ListFilter) -> bool {
        self.computed
            .borrow()
            .iter()
            .any(|(k, f, _)| *k == kind && f == filter)
    }

    /// Keeps `rows` as `kind`'s list under `filter`, dropping the oldest kept beyond
    /// [`KEPT`].
    pub(super) fn keep_computed(&self, kind: ListKind, filter: ListFilter, rows: Vec<Row>) {
        let mut kept = self.computed.borrow_mut();
        kept.retain(|(k, f, _)| !(*k == kind && *f == filter));
        kept.insert(0, (kind, filter, rows));
        kept.truncate(KEPT);
    }

    /// Drops the computed lists kept, and the ones being computed: the data changed.
    pub(super) fn forget_computed(&self) {
        self.computed.borrow_mut().clear();
        self.data_changed();
    }

    /// The rows of a computed list under `filter`, or `None` for a list read with SQL.
    pub(super) fn computed_rows(
        &self,
        kind: ListKind,
        filter: &ListFilter,
    ) -> Result<Option<Vec<Row>>> {
        let rows: Vec<Row> = match kind {
            ListKind::Due => self
                .due(filter.today, DUE_DAYS)?
                .into_iter()
                .map(Row::Due)
                .collect(),
            ListKind::Milestones => self
                .milestones(filter.year)?
                .into_iter()
                .map(Row::Milestone)
                .collect(),
            ListKind::Ranking => self
                .ranking()?
                .iter()
                .map(|a| Row::Application(a.into()))
                .collect(),
            ListKind::Meetings => self.meetings()?.into_iter().map(Row::Meeting).collect(),
            ListKind::Money => self.money_rows(filter.year)?,
            ListKind::Renewals => self.renewal_rows(filter.today)?,
            ListKind::Breaches => self
                .reference_groups()?
                .into_iter()
                .filter(|g| !g.breaches.is_empty())
                .map(Row::Breach)
                .collect(),
            // The filter text is the combination's item codes, not a narrowing.
            ListKind::Summary => return self.summary_rows(filter).map(Some),
            _ => return Ok(None),
        };
        let needle = fold(filter.text.trim());
        if needle.is_empty() {
            return Ok(Some(rows));
        }
        Ok(Some(
            rows.into_iter()
                .filter(|r| fold(r.title()).contains(&needle))
                .collect(),
        ))
    }
}

impl Store {
    /// A case's title (for the message after a draft is made).
    pub fn case_title(&self, id: i64) -> Result<String> {
        Ok(self
            .conn
            .query_row("SELECT title FROM cases WHERE id = ?1", [id], |r| r.get(0))?)
    }
}

impl Store {
    /// The money view's lines: each region, then the total, for the latest year of the
    /// grant table up to `year` (the table holds the years the documents give).
    fn money_rows(&self, year: i32) -> Result<Vec<Row>> {
        let money = self.money(year)?;
        let mut rows: Vec<Row> = money
            .regions
            .iter()
            .map(|(region, line)| {
                Row::Money(MoneyRow {
                    year: money.year,
                    region: Some(*region),
                    set_aside_year: money.set_aside_year,
                    line: *line,
                })
            })
            .collect();
        rows.push(Row::Money(MoneyRow {
            year: money.year,
            region: None,
            set_aside_year: money.set_aside_year,
            line: money.total,
        }));
        Ok(rows)
    }
}
