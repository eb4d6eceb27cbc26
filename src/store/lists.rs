//! Windowed reads for the six panes: a count and a window of rows, never a whole table.

use chrono::NaiveDate;
use rusqlite::{ToSql, params_from_iter};

use super::mappers::map_row;
use super::rows::Row;
use super::search::{Needle, SearchKind, entry_rowid};
use super::{Result, Store};

/// Which pane's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// Årshjul, timeline: what is due in the next days or overdue.
    Due,
    /// Årshjul: the year's milestones with their rules.
    Milestones,
    /// Årshjul: applications for new national services, newest first.
    Applications,
    /// Årshjul: the applications of IRF's round, in rank order.
    Ranking,
    /// Saker: IRF and AD meetings with their agendas, newest first.
    Meetings,
    /// Tjenester: the units whose reference group breaks a rule, and which.
    Breaches,
    /// Fornyelser: the money per region (grant, the service environment's share,
    /// network frames) for the latest grant year up to the list's year.
    Money,
    /// Årsrapporter: the season summary, one row per checklist item (`summary`).
    Summary,
    /// Årsrapporter: the season's reports.
    Reports,
    /// Fornyelser: network periods, competence-service terms and regional services'
    /// evaluations, the most urgent decision first (computed: see `store::renewals`).
    Renewals,
    /// Kontakter: people by region and name.
    Contacts,
    /// Saker: cases, newest first.
    Cases,
    /// Tjenester: units by name.
    Units,
}

/// What narrows a list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListFilter {
    /// Free text, matched literally as a substring of the folded text (case, accents
    /// and æøå do not matter).
    pub text: String,
    /// The year: the report year for Årsrapporter, the cycle year for Årshjul.
    pub year: i32,
    /// Today, for the lists of what is due.
    pub today: NaiveDate,
    /// Årsrapporter: the queue's narrowing and order.
    pub queue: crate::domain::QueueFilter,
}

/// Each list's query has a `{filter}` slot: `1` without a filter, else a test against
/// the search index bound to the last parameter.
const APPLICATIONS_SQL: &str = "
    SELECT a.id, a.title, h.name, a.region_code, a.proposed_kind, a.received_on, a.step,
           a.irf_rank,
           (SELECT count(*) FROM anchorings n
             WHERE n.application_id = a.id AND n.view != 'avventer'
               AND n.region_code != a.region_code),
           a.irf_decision
      FROM applications a LEFT JOIN health_trusts h ON h.id = a.applicant_hf
     WHERE {filter}";

const REPORTS_SQL: &str = "
    SELECT r.id, u.id, u.name, u.kind, u.region_code, r.year, r.status, r.reviewer_region,
           r.received_on, r.statement_received,
           (SELECT count(*) FROM follow_ups f WHERE f.report_id = r.id AND f.done = 0)
      FROM annual_reports r LEFT JOIN units u ON u.id = r.unit_id
     WHERE r.year = ?1 AND {filter}";

const CONTACTS_SQL: &str = "
    SELECT c.id, c.name, c.organisation, c.region_code,
           '' AS roles, -- filled for the rows read only: see `Store::with_roles`
           c.email, c.phone
      FROM contacts c
     WHERE {filter}";

/// A contact's region as its place in the list's order.
macro_rules! region_rank {
    () => {
        "CASE c.region_code WHEN 'HSØ' THEN 1 WHEN 'HV' THEN 2 WHEN 'HMN' THEN 3 \
         WHEN 'HN' THEN 4 ELSE 5 END"
    };
}

/// Must match the index `contacts_region_name` so SQLite walks it instead of sorting.
pub(super) const CONTACTS_ORDER: &str =
    concat!("ORDER BY ", region_rank!(), ", c.name COLLATE NOCASE, c.id");

const CASES_SQL: &str = "
    SELECT c.id, c.series, c.number, c.year, c.title, c.case_type, c.region_code, c.status,
           (SELECT m.held_on FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
             WHERE a.case_id = c.id)
      FROM cases c
     WHERE {filter}";

const UNITS_SQL: &str = "
    SELECT u.id, u.name, u.kind, u.region_code, h.name, u.approved_on, u.function,
           u.term_ends_on, u.fte, u.status, u.version
      FROM units u LEFT JOIN health_trusts h ON h.id = u.hf_id
     WHERE {filter}";

/// Bound parameters of a query built here.
pub(super) type Params = Vec<Box<dyn ToSql>>;

/// The rows a list window usually reads, for choosing how to read a filtered list.
const WINDOW_GUESS: usize = 150;

/// How a list is narrowed by its filter text.
#[derive(Debug, Clone, Copy)]
pub(super) enum Filtered {
    /// The id in this column is a record of this kind whose indexed text contains the
    /// text (or, for one or two characters, has a word starting with it).
    Index(&'static str, SearchKind),
}

impl Filtered {
    /// The SQL test for `text`, its pattern pushed onto `params` (and bound to it by
    /// number); `None` when the text folds to nothing and so filters nothing.
    pub(super) fn test(self, text: &str, params: &mut Vec<Box<dyn ToSql>>) -> Option<String> {
        let needle = Needle::new(text)?;
        let long_index = !needle.short;
        params.push(Box::new(if long_index {
            needle.phrase
        } else {
            needle.pattern
        }));
        let n = params.len();
        // Only the constant codes of `SearchKind` are formatted in, never user text.
        Some(match self {
            Filtered::Index(column, kind) if needle.short => format!(
                "{column} IN (SELECT ref_id FROM search_words WHERE kind = '{}' AND word GLOB ?{n})",
                kind.code()
            ),
            // The kind is in the rowid (id × 8 + kind), which costs nothing to read.
            Filtered::Index(column, kind) => format!(
                "{column} IN (SELECT rowid >> 3 FROM search_index
                               WHERE search_index MATCH ?{n} AND (rowid & 7) = {})",
                entry_rowid(kind, 0)
            ),
        })
    }
}

impl ListKind {
    /// The query, its order, and what the filter tests: the cycle tests its folded
    /// names; the others test a record id column against the search index of a kind.
    fn sql(self) -> (&'static str, &'static str, Filtered) {
        match self {
            // The computed lists (see `views`) never reach SQL; this arm is never read.
            ListKind::Due
            | ListKind::Milestones
            | ListKind::Ranking
            | ListKind::Meetings
            | ListKind::Money
            | ListKind::Breaches
            | ListKind::Summary
            | ListKind::Renewals
            | ListKind::Applications => (
                APPLICATIONS_SQL,
                "ORDER BY a.received_on DESC, a.id DESC",
                Filtered::Index("a.id", SearchKind::Application),
            ),
            // The season's reports outside (see `reports::queue_from` for when the
            // units' name index is walked instead).
            ListKind::Reports => (
                REPORTS_SQL,
                "ORDER BY u.name COLLATE NOCASE, u.id",
                // `+`: the hits are checked per report, never used to find them.
                Filtered::Index("+r.unit_id", SearchKind::Unit),
            ),
            ListKind::Contacts => (
                CONTACTS_SQL,
                CONTACTS_ORDER,
                Filtered::Index("c.id", SearchKind::Contact),
            ),
            ListKind::Cases => (
                CASES_SQL,
                "ORDER BY c.id DESC",
                Filtered::Index("c.id", SearchKind::Case),
            ),
            ListKind::Units => (
                UNITS_SQL,
                "ORDER BY u.name COLLATE NOCASE, u.id",
                Filtered::Index("u.id", SearchKind::Unit),
            ),
        }
    }

    /// Parameters before the filter pattern: the year for the lists that have one.
    pub(super) fn has_year(self) -> bool {
        matches!(self, ListKind::Reports)
    }

    /// The table a list read with SQL takes its rows from, as its query's FROM names
    /// it, and the rows' id column; `None` for the computed lists.
    pub(super) fn main_table(self) -> Option<(&'static str, &'static str)> {
        match self {
            ListKind::Reports => Some(("annual_reports r", "r.id")),
            ListKind::Contacts => Some(("contacts c", "c.id")),
            ListKind::Cases => Some(("cases c", "c.id")),
            ListKind::Units => Some(("units u", "u.id")),
            ListKind::Applications => Some(("applications a", "a.id")),
            _ => None,
        }
    }

    /// For the lists with one row per record found and a fixed order: what to keep of
    /// a row to sort by (two values, `k1` and `k2`), and the same order over the kept
    /// values and the id. It must give the order of [`ListKind::order`].
    pub(super) fn sort_keys(self) -> Option<(&'static str, &'static str)> {
        match self {
            ListKind::Contacts => Some((
                concat!(region_rank!(), ", c.name"),
                "ORDER BY k1, k2 COLLATE NOCASE, id",
            )),
            ListKind::Units => Some(("u.name, NULL", "ORDER BY k1 COLLATE NOCASE, id")),
            ListKind::Cases => Some(("NULL, NULL", "ORDER BY id DESC")),
            _ => None,
        }
    }

    /// The column the filter's hits are tested against, and the kind of record found.
    pub(super) fn search(self) -> (&'static str, SearchKind) {
        let (_, _, Filtered::Index(column, kind)) = self.sql();
        (column, kind)
    }

    /// The list's narrowing other than its text (the queue's region, status …) as an
    /// SQL test, with its parameters (the year first for the lists that have one).
    pub(super) fn narrowing(self, filter: &ListFilter) -> (String, Params) {
        let mut params: Params = Vec::new();
        if self.has_year() {
            params.push(Box::new(filter.year));
        }
        let mut test = "1".to_string();
        if self == ListKind::Reports {
            test.push_str(&super::reports::queue_test(filter, &mut params));
        }
        (test, params)
    }

    /// The list's query with `test` (SQL that binds its own parameters) in its filter
    /// slot, unordered. The lists with a year bind it to `?1`.
    /// The FROM of the lists whose order has an index, the same FROM forced onto that
    /// index (used when a filter has many hits), and the table.
    fn order_index(self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            ListKind::Contacts => Some((
                "FROM contacts c",
                "FROM contacts c INDEXED BY contacts_region_name",
                "contacts",
            )),
            ListKind::Units => Some((
                "FROM units u",
                "FROM units u INDEXED BY units_name",
                "units",
            )),
            _ => None,
        }
    }

    pub(super) fn select_where(self, test: &str) -> String {
        self.sql().0.replace("{filter}", test)
    }

    /// The query with its filter slot filled, and its parameters (year, pattern).
    /// The filter's SQL test (`1` when there is none) and the parameters: the year for
    /// the lists that have one, then the filter's pattern.
    fn test_and_params(self, filter: &ListFilter) -> (String, Vec<Box<dyn ToSql>>) {
        let (_, _, filtered) = self.sql();
        let mut params: Vec<Box<dyn ToSql>> = Vec::new();
        if self.has_year() {
            params.push(Box::new(filter.year));
        }
        let test = filtered.test(&filter.text, &mut params);
        let mut test = test.unwrap_or_else(|| "1".to_string());
        if self == ListKind::Reports {
            test.push_str(&super::reports::queue_test(filter, &mut params));
        }
        (test, params)
    }

    /// The list's ORDER BY under `filter` (the queue's is chosen by the user).
    pub(super) fn order(self, filter: &ListFilter) -> std::borrow::Cow<'static, str> {
        if self == ListKind::Reports {
            return super::reports::queue_order(&filter.queue).into();
        }
        self.sql().1.into()
    }

    /// The list's query under `filter`, and its parameters.
    pub(in crate::store) fn query(self, filter: &ListFilter) -> (String, Vec<Box<dyn ToSql>>) {
        let (test, params) = self.test_and_params(filter);
        (self.select_where(&test), params)
    }
}

impl Store {
    /// The list's query under `filter`, and its parameters. A filter that searches the
    /// index is run once into `temp.filter_hits` (see `hits`), which the query joins.
    /// The third value says whether the query reads `temp.filter_hits`.
    fn list_query(&self, kind: ListKind, filter: &ListFilter) -> Result<(String, Params, bool)> {
        let (_, _, filtered) = kind.sql();
        if let (Filtered::Index(column, search), Some(needle)) =
            (filtered, Needle::new(&filter.text))
        {
            let hits = self.fill_hits(search, &needle)?;
            let mut params: Vec<Box<dyn ToSql>> = Vec::new();
            if kind.has_year() {
                params.push(Box::new(filter.year));
            }
            let mut test = format!("{column} IN (SELECT id FROM temp.filter_hits)");
            if kind == ListKind::Reports {
                // A few hits find their reports by the hits; many are checked while
                // the season's reports are read (see `reports::hits_column`).
                let column = super::reports::hits_column(self, hits)?;
                test = format!("{column} IN (SELECT id FROM temp.filter_hits)");
                test.push_str(&super::reports::queue_test(filter, &mut params));
            }
            let mut sql = kind.select_where(&test);
            // Sorting the hits costs about one step per hit; walking the list's order
            // index and keeping the hits costs about window × rows ÷ hits steps when
            // hits are spread evenly. Walk only when that is clearly cheaper (hits² >
            // 4 × window × rows), since hits bunched late in the order make walks long.
            if let Some((from, indexed, table)) = kind.order_index() {
                let rows: i64 = self.conn.query_row(
                    &format!("SELECT coalesce(max(rowid), 0) FROM {table}"),
                    [],
                    |r| r.get(0),
                )?;
                let rows = usize::try_from(rows).unwrap_or(0);
                if hits.saturating_mul(hits) > 4 * WINDOW_GUESS * rows {
                    sql = sql.replacen(from, indexed, 1);
                }
            }
            return Ok((sql, params, true));
        }
        let (sql, params) = kind.query(filter);
        Ok((sql, params, false))
    }

    /// The queue's window query with the units outside, walking their name index, when
    /// that is cheaper than sorting (see `reports::walk_units`); other lists as they are.
    fn walk_order(&self, kind: ListKind, filter: &ListFilter, sql: String) -> Result<String> {
        if kind != ListKind::Reports {
            return Ok(sql);
        }
        Ok(
            super::reports::walk_units(self, filter)?.map_or(sql.clone(), |from| {
                sql.replacen(super::reports::REPORTS_FIRST, from, 1)
            }),
        )
    }

    /// How many rows the list has under `filter`, found before `until`: a filter with
    /// many hits is read in steps (see `steps`), and the count is then `exact` only
    /// once the last step is read. Call again to read on.
    pub fn list_count_until(
        &self,
        kind: ListKind,
        filter: &ListFilter,
        until: std::time::Instant,
    ) -> Result<super::Counted> {
        if let Some(counted) = self.computed_until(kind, filter, until)? {
            return Ok(counted);
        }
        if let Some(counted) = self.count_in_steps(kind, filter, Some(until))? {
            return Ok(counted);
        }
        Ok(super::Counted {
            rows: self.list_count(kind, filter)?,
            exact: true,
        })
    }

    /// How many rows the list has under `filter`.
    pub fn list_count(&self, kind: ListKind, filter: &ListFilter) -> Result<usize> {
        if let Some(n) = self.with_computed(kind, filter, <[Row]>::len)? {
            return Ok(n);
        }
        if let Some(counted) = self.count_in_steps(kind, filter, None)? {
            return Ok(counted.rows);
        }
        if Needle::new(&filter.text).is_none()
            && let Some(n) = self.whole_count(kind)?
        {
            return Ok(n);
        }
        if kind == ListKind::Reports
            && let Some((held, n)) = self.queue_total.borrow().as_ref()
            && held == filter
        {
            return Ok(*n);
        }
        if kind == ListKind::Reports
            && filter.queue.is_open()
            && Needle::new(&filter.text).is_none()
        {
            // The whole season: its counts per status (kept by triggers) add up to it.
            let counts = self.report_counts(filter.year, None, None)?;
            return Ok(counts.iter().map(|(_, n)| n).sum());
        }
        // SQLite drops the columns a count does not need, subqueries included.
        let (sql, params, from_hits) = self.list_query(kind, filter)?;
        // Lists with one row per record of their search kind count their hits alone.
        let one_per_record = matches!(kind, ListKind::Contacts | ListKind::Units | ListKind::Cases);
        let sql = if one_per_record && from_hits {
            "SELECT count(*) FROM temp.filter_hits".to_string()
        } else if let Some(n) = (kind == ListKind::Reports && from_hits)
            .then(|| super::reports::open_queue_count(self, filter))
            .transpose()?
            .flatten()
        {
            *self.queue_total.borrow_mut() = Some((filter.clone(), n));
            return Ok(n);
        } else if kind == ListKind::Reports && !filter.queue.is_open() {
            let n = super::reports::narrowed_ids(self, filter, from_hits)?;
            *self.queue_total.borrow_mut() = Some((filter.clone(), n));
            return Ok(n);
        } else {
            format!("SELECT count(*) FROM ({sql})")
        };
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let n: i64 = stmt.query_row(params_from_iter(params), |r| r.get(0))?;
        let n = usize::try_from(n).unwrap_or(0);
        if kind == ListKind::Reports {
            *self.queue_total.borrow_mut() = Some((filter.clone(), n));
        }
        Ok(n)
    }

    /// The ids of every row under `filter`, in list order (for "mark all").
    pub fn list_ids(&self, kind: ListKind, filter: &ListFilter) -> Result<Vec<i64>> {
        if let Some(ids) =
            self.with_computed(kind, filter, |rows| rows.iter().map(Row::id).collect())?
        {
            return Ok(ids);
        }
        let order = kind.order(filter);
        let (sql, params, _) = self.list_query(kind, filter)?;
        let sql = self.walk_order(kind, filter, sql)?;
        let sql = format!("SELECT * FROM ({sql} {order})");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| r.get::<_, i64>(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Rows `offset .. offset + limit` of the list under `filter`.
    pub fn list_window(
        &self,
        kind: ListKind,
        filter: &ListFilter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<Row>> {
        if let Some(rows) = self.with_computed(kind, filter, |rows| {
            rows.iter().skip(offset).take(limit).cloned().collect()
        })? {
            return Ok(rows);
        }
        if let Some(rows) = self.window_in_steps(kind, filter, offset, limit)? {
            let mut rows = rows;
            self.with_roles_in_rows(&mut rows)?;
            return Ok(rows);
        }
        if kind == ListKind::Reports
            && let Some(rows) = super::reports::narrowed_window(self, filter, offset, limit)?
        {
            return Ok(rows);
        }
        let order = kind.order(filter);
        let (sql, mut params, _) = self.list_query(kind, filter)?;
        let sql = self.walk_order(kind, filter, sql)?;
        let n = params.len();
        params.push(Box::new(i64::try_from(limit).unwrap_or(i64::MAX)));
        params.push(Box::new(i64::try_from(offset).unwrap_or(i64::MAX)));
        let sql = format!("{sql} {order} LIMIT ?{} OFFSET ?{}", n + 1, n + 2);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| map_row(kind, r))?;
        let mut rows = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        self.with_roles_in_rows(&mut rows)?;
        Ok(rows)
    }
}
