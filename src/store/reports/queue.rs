//! The queue's narrowing (region, kind, status, overdue, awaiting the statement) as
//! SQL tests with bound parameters, its order from a fixed set of column expressions,
//! and the counts per status.

use rusqlite::ToSql;

use crate::domain::{Code, QueueFilter, QueueSort, UnitKind, report_deadline};
use crate::store::{ListFilter, Result, Store};

/// The queue's FROM: the season's reports outside, found by their year (and status);
/// every report has its unit, and a count that needs none of the unit's columns skips
/// reading it (SQLite leaves out a LEFT JOIN it does not need).
pub(in crate::store) const REPORTS_FIRST: &str =
    "FROM annual_reports r LEFT JOIN units u ON u.id = r.unit_id";

/// The units outside, walked in name order by their index.
const UNITS_FIRST: &str =
    "FROM units u INDEXED BY units_name CROSS JOIN annual_reports r ON r.unit_id = u.id";

/// The rows a window usually reads (as in `lists`).
const WINDOW_GUESS: usize = 150;

/// About how many units there are (the largest id: cheap, and close enough to weigh
/// plans with).
fn units_size(store: &Store) -> Result<usize> {
    let units: i64 =
        store
            .conn
            .query_row("SELECT coalesce(max(rowid), 0) FROM units", [], |r| {
                r.get(0)
            })?;
    Ok(usize::try_from(units).unwrap_or(0))
}

/// How the queue's filter hits are tested: `r.unit_id`, which finds each hit's report
/// by its unit (cheap for a few hits), or `+r.unit_id`, which only checks the season's
/// reports as they are read (cheaper once the hits are a good part of all units).
pub(in crate::store) fn hits_column(store: &Store, hits: usize) -> Result<&'static str> {
    let units = units_size(store)?;
    Ok(if hits.saturating_mul(4) < units {
        "r.unit_id"
    } else {
        "+r.unit_id"
    })
}

/// The FROM to read a window of the queue sorted by unit name with, when walking the
/// units' name index and skipping units without a row is cheaper than sorting the rows
/// found: about window × units ÷ rows steps against rows steps, so when rows² > 4 ×
/// window × units. `None`: keep the reports outside (and sort).
pub(in crate::store) fn walk_units(
    store: &Store,
    filter: &ListFilter,
) -> Result<Option<&'static str>> {
    if filter.queue.sort != QueueSort::Unit {
        return Ok(None);
    }
    let rows = store.list_count(crate::store::ListKind::Reports, filter)?;
    let units = units_size(store)?;
    Ok((rows.saturating_mul(rows) > 4 * WINDOW_GUESS * units).then_some(UNITS_FIRST))
}

/// The row count of the whole queue under a filter's hits, without reading the
/// season's reports: a unit has at most one report a season, so it is the hits less
/// those without one (few, and kept per season). `None` when the queue is narrowed,
/// or when many units lack a report (then counting the reports is as quick).
pub(in crate::store) fn open_queue_count(
    store: &Store,
    filter: &ListFilter,
) -> Result<Option<usize>> {
    let Some(hits) = store.held_hits() else {
        return Ok(None);
    };
    if !filter.queue.is_open() {
        return Ok(None);
    }
    let cached = store
        .unreported
        .borrow()
        .as_ref()
        .filter(|(year, _)| *year == filter.year)
        .map(|(_, ids)| ids.clone());
    let unreported = match cached {
        Some(ids) => ids,
        None => {
            let mut stmt = store.conn.prepare_cached(
                "SELECT u.id FROM units u WHERE NOT EXISTS (
                     SELECT 1 FROM annual_reports r WHERE r.unit_id = u.id AND r.year = ?1)",
            )?;
            let ids = stmt
                .query_map([filter.year], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            *store.unreported.borrow_mut() = Some((filter.year, ids.clone()));
            ids
        }
    };
    if unreported.len().saturating_mul(4) > hits {
        return Ok(None);
    }
    let among: i64 = store.conn.query_row(
        "SELECT count(*) FROM temp.filter_hits
          WHERE id IN (SELECT value FROM json_each(?1))",
        [serde_json::Value::from(unreported).to_string()],
        |r| r.get(0),
    )?;
    Ok(Some(
        hits.saturating_sub(usize::try_from(among).unwrap_or(0)),
    ))
}

/// What a narrowed queue keeps between keys (see [`narrowed_ids`]).
#[derive(Debug)]
pub(in crate::store) struct Narrowed {
    /// The narrowing without its text.
    base_filter: ListFilter,
    /// Its reports in list order, as (report id, unit id).
    base: Vec<(i64, i64)>,
    /// The filter's text and the ids of the reports it keeps, in list order.
    ids: Option<(String, std::sync::Arc<Vec<i64>>)>,
}

/// The narrowed queue kept, if any; emptied by a write or a reload (`forget_hits`) and
/// by a colleague's change to a report. New hits keep its base and re-derive its ids.
pub(in crate::store) type QueueIds = std::cell::RefCell<Option<Narrowed>>;

/// `filter` without its text.
fn without_text(filter: &ListFilter) -> ListFilter {
    ListFilter {
        text: String::new(),
        ..filter.clone()
    }
}

/// The ids of a narrowed queue's reports, in list order, kept: its count is their
/// number, and each window reads its rows by id. The narrowing's reports in order are
/// read once (`base`); a key typed into the filter then keeps those whose unit is among
/// the filter's hits (`from_hits`: `temp.filter_hits` holds them), instead of reading
/// and sorting the narrowed reports again for every key.
pub(in crate::store) fn narrowed_ids(
    store: &Store,
    filter: &ListFilter,
    from_hits: bool,
) -> Result<usize> {
    let base_filter = without_text(filter);
    let held = store
        .queue_ids
        .borrow()
        .as_ref()
        .is_some_and(|n| n.base_filter == base_filter);
    if !held {
        let (sql, params) = crate::store::ListKind::Reports.query(&base_filter);
        let from = sql.find(REPORTS_FIRST).unwrap_or(0);
        let order = queue_order(&filter.queue);
        let ids_sql = format!("SELECT r.id, r.unit_id {} {order}", &sql[from..]);
        let mut stmt = store.conn.prepare_cached(&ids_sql)?;
        let base = stmt
            .query_map(rusqlite::params_from_iter(params), |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<rusqlite::Result<Vec<(i64, i64)>>>()?;
        *store.queue_ids.borrow_mut() = Some(Narrowed {
            base_filter,
            base,
            ids: None,
        });
    }
    let hits = if from_hits {
        let mut stmt = store
            .conn
            .prepare_cached("SELECT id FROM temp.filter_hits")?;
        let ids = stmt
            .query_map([], |r| r.get::<_, i64>(0))?
            .collect::<rusqlite::Result<std::collections::HashSet<i64>>>()?;
        Some(ids)
    } else {
        None
    };
    let mut kept = store.queue_ids.borrow_mut();
    let Some(narrowed) = kept.as_mut() else {
        return Ok(0);
    };
    let ids: Vec<i64> = narrowed
        .base
        .iter()
        .filter(|(_, unit)| hits.as_ref().is_none_or(|h| h.contains(unit)))
        .map(|(report, _)| *report)
        .collect();
    let n = ids.len();
    narrowed.ids = Some((filter.text.clone(), std::sync::Arc::new(ids)));
    Ok(n)
}

/// Rows `offset .. offset + limit` of a narrowed queue whose ids are kept (see
/// [`narrowed_ids`]); `None` when they are not kept for this filter.
pub(in crate::store) fn narrowed_window(
    store: &Store,
    filter: &ListFilter,
    offset: usize,
    limit: usize,
) -> Result<Option<Vec<crate::store::Row>>> {
    let ids = match store.queue_ids.borrow().as_ref() {
        Some(Narrowed {
            base_filter,
            ids: Some((text, ids)),
            ..
        }) if *base_filter == without_text(filter) && *text == filter.text => {
            std::sync::Arc::clone(ids)
        }
        _ => return Ok(None),
    };
    let window: Vec<i64> = ids.iter().skip(offset).take(limit).copied().collect();
    if window.is_empty() {
        return Ok(Some(Vec::new()));
    }
    let sql = format!(
        "{} {}",
        crate::store::ListKind::Reports.select_where("r.id IN (SELECT value FROM json_each(?2))"),
        queue_order(&filter.queue)
    );
    let mut stmt = store.conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        (filter.year, serde_json::Value::from(window).to_string()),
        |r| crate::store::mappers::map_row(crate::store::ListKind::Reports, r),
    )?;
    Ok(Some(rows.collect::<rusqlite::Result<Vec<_>>>()?))
}

/// The deadline of a report row: 15 February for regional competence services, else
/// 10 February (the dates are bound, see [`queue_test`]).
fn deadline_sql(d10: usize, d15: usize) -> String {
    format!("(CASE WHEN u.kind = 'regional_kompetanse' THEN ?{d15} ELSE ?{d10} END)")
}

/// The queue's narrowing as SQL to AND onto the list's test (empty when it narrows
/// nothing), its values pushed onto `params` and bound by number.
pub(in crate::store) fn queue_test(
    filter: &ListFilter,
    params: &mut Vec<Box<dyn ToSql>>,
) -> String {
    let q = &filter.queue;
    let mut sql = String::new();
    let bind = |params: &mut Vec<Box<dyn ToSql>>, v: Box<dyn ToSql>| {
        params.push(v);
        params.len()
    };
    if let Some(region) = q.region {
        let n = bind(params, Box::new(region.code()));
        sql.push_str(&format!(
            " AND (u.region_code = ?{n} OR r.reviewer_region = ?{n})"
        ));
    }
    if let Some(kind) = q.kind {
        let n = bind(params, Box::new(kind.code()));
        sql.push_str(&format!(" AND u.kind = ?{n}"));
    }
    if let Some(status) = q.status {
        let n = bind(params, Box::new(status.code()));
        sql.push_str(&format!(" AND r.status = ?{n}"));
    }
    if q.overdue {
        let d10 = report_deadline(UnitKind::Competence, filter.year);
        let d15 = report_deadline(UnitKind::RegionalCompetence, filter.year);
        let d10 = bind(params, Box::new(d10));
        let d15 = bind(params, Box::new(d15));
        let today = bind(params, Box::new(filter.today));
        sql.push_str(&format!(
            " AND r.status = 'forventet' AND ?{today} > {}",
            deadline_sql(d10, d15)
        ));
    }
    if q.awaiting_statement {
        sql.push_str(" AND r.status != 'forventet' AND r.statement_received = 0");
    }
    sql
}

/// The ORDER BY of the queue: the chosen column, then the unit's name. Only the fixed
/// expressions below are formatted in.
pub(in crate::store) fn queue_order(q: &QueueFilter) -> String {
    const REGION: &str = "CASE {c} WHEN 'HSØ' THEN 1 WHEN 'HV' THEN 2 WHEN 'HMN' THEN 3 \
                          WHEN 'HN' THEN 4 ELSE 5 END";
    let key = match q.sort {
        QueueSort::Unit => String::new(),
        QueueSort::Kind => "u.kind".to_string(),
        QueueSort::Region => REGION.replace("{c}", "u.region_code"),
        QueueSort::Reviewer => REGION.replace("{c}", "r.reviewer_region"),
        QueueSort::Status => "CASE r.status WHEN 'forventet' THEN 1 WHEN 'mottatt' THEN 2 \
             WHEN 'under_vurdering' THEN 3 WHEN 'vurdert' THEN 4 WHEN 'oppfolging' THEN 5 \
             ELSE 6 END"
            .to_string(),
        // Reports not received are the overdue ones; the earlier deadline (10 February)
        // has more days past it than the later (15 February).
        QueueSort::Overdue => "CASE WHEN r.status != 'forventet' THEN 0 \
             WHEN u.kind = 'regional_kompetanse' THEN 1 ELSE 2 END"
            .to_string(),
        QueueSort::Deadline => "(u.kind = 'regional_kompetanse')".to_string(),
        QueueSort::Received => "r.received_on".to_string(),
        QueueSort::Statement => "r.statement_received".to_string(),
        // The open follow-ups are the query's eleventh column.
        QueueSort::FollowUps => "11".to_string(),
    };
    let dir = if q.descending { " DESC" } else { "" };
    if key.is_empty() {
        return format!("ORDER BY u.name COLLATE NOCASE{dir}, u.id{dir}");
    }
    // Reports without a received date come last either way.
    let first = if q.sort == QueueSort::Received {
        "r.received_on IS NULL, "
    } else {
        ""
    };
    format!("ORDER BY {first}{key}{dir}, u.name COLLATE NOCASE, u.id")
}
