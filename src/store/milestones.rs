//! The annual cycle per year: milestones with fixed dates or rules, resolved to dates,
//! validated, and copied to a new year.
//!
//! - this file: the types, reading a year (stored rows, or the default cycle from
//!   `cycle_template` projected onto it) and resolving it with `domain::resolve_cycle`;
//! - `edit`: insert, update and delete, each validated against the whole year after
//!   the change inside the write transaction, so nothing half-valid is saved;
//! - `copy`: filling a year from the template (`ensure_cycle`) or from another year
//!   (`copy_cycle`).
//!
//! Rules are stored in their canonical bokmål form (`CycleRule`'s `Display`), a
//! fixed date as `YYYY-MM-DD` in `due_on`. Milestones are not in the search index.

mod copy;
mod edit;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::calendar::parse_date;
use super::{Result, Store};
use crate::domain::{CycleItem, CycleRefusal, CycleRule, parse_rule, resolve_cycle, same_day_in};

/// One milestone of a year, with its date resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    /// Row id; 0 for a milestone of the default cycle shown for a year without any.
    pub id: i64,
    /// The cycle year.
    pub year: i32,
    /// Name, unique in the year.
    pub name: String,
    /// Its own date, if it has one (milestones without a rule, and `før` deadlines).
    pub fixed: Option<NaiveDate>,
    /// Its rule in canonical form, if any.
    pub rule: Option<String>,
    /// The resolved date; `None` when it could not be resolved.
    pub date: Option<NaiveDate>,
    /// Why it could not be resolved.
    pub problem: Option<CycleRefusal>,
    /// `nasjonal`, `regionene` or a region code.
    pub owner: String,
    /// The pane it belongs to (`arshjul`, `arsrapporter`, …).
    pub pane: String,
    /// Row version for optimistic edits; 0 for the default cycle.
    pub version: i64,
}

/// The editable fields of a milestone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MilestoneEdit {
    /// Name (required, unique in the year ignoring case and accents).
    pub name: String,
    /// Its own date: required without a rule and with `før …`, refused with other rules.
    pub date: Option<NaiveDate>,
    /// The rule as typed, bokmål or English; empty for none. Stored canonical.
    pub rule: String,
    /// `nasjonal`, `regionene`, `HSØ`, `HV`, `HMN` or `HN`.
    pub owner: String,
    /// `arshjul`, `arsrapporter`, `fornyelser`, `kontakter`, `saker` or `tjenester`.
    pub pane: String,
}

/// A milestone row as stored (or projected from the template).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    id: i64,
    name: String,
    fixed: Option<NaiveDate>,
    rule: Option<String>,
    owner: String,
    pane: String,
    version: i64,
}

impl Row {
    fn to_json(&self, year: i32) -> serde_json::Value {
        serde_json::json!({
            "year": year, "name": self.name, "due_on": self.fixed.map(|d| d.to_string()),
            "rule": self.rule, "owner": self.owner, "pane": self.pane,
        })
    }

    /// The stored rule parsed; `None` without one.
    fn parsed_rule(&self) -> Option<std::result::Result<CycleRule, CycleRefusal>> {
        self.rule.as_deref().map(parse_rule)
    }
}

/// The stored milestones of `year`, in id order.
fn load_year(conn: &Connection, year: i32) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, due_on, rule, owner, pane, version FROM milestones
          WHERE year = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([year], |r| {
        let due: Option<String> = r.get(2)?;
        let rule: Option<String> = r.get(3)?;
        Ok(Row {
            id: r.get(0)?,
            name: r.get(1)?,
            fixed: parse_date(due.as_deref()),
            rule: rule.filter(|t| !t.trim().is_empty()),
            owner: r.get(4)?,
            pane: r.get(5)?,
            version: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// How many milestones `year` has stored.
fn count_year(conn: &Connection, year: i32) -> Result<usize> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM milestones WHERE year = ?1",
        [year],
        |r| r.get(0),
    )?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// The default cycle on `year` (id and version 0); a day the month lacks in that year
/// becomes the month's last day.
fn template(conn: &Connection, year: i32) -> Result<Vec<Row>> {
    let mut stmt = conn.prepare_cached(
        "SELECT name, month, day, owner, pane FROM cycle_template ORDER BY sort, name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Row {
            id: 0,
            name: r.get(0)?,
            fixed: same_day_in(year, r.get(1)?, r.get(2)?),
            rule: None,
            owner: r.get(3)?,
            pane: r.get(4)?,
            version: 0,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Each row's date in `year` or why it has none. A stored rule that no longer parses
/// is its own problem, and its milestone counts as having no date.
fn resolve_rows(year: i32, rows: &[Row]) -> Vec<std::result::Result<NaiveDate, CycleRefusal>> {
    let parsed: Vec<_> = rows.iter().map(Row::parsed_rule).collect();
    let items: Vec<CycleItem> = rows
        .iter()
        .zip(&parsed)
        .map(|(row, rule)| match rule {
            Some(Err(_)) => CycleItem {
                name: row.name.clone(),
                fixed: None,
                rule: None,
            },
            Some(Ok(rule)) => CycleItem {
                name: row.name.clone(),
                fixed: row.fixed,
                rule: Some(rule.clone()),
            },
            None => CycleItem {
                name: row.name.clone(),
                fixed: row.fixed,
                rule: None,
            },
        })
        .collect();
    let mut out = resolve_cycle(year, &items);
    for (result, rule) in out.iter_mut().zip(parsed) {
        if let Some(Err(e)) = rule {
            *result = Err(e);
        }
    }
    out
}

impl Store {
    /// The milestones of `year`, resolved, sorted by date (those without one last),
    /// then name. A year with none stored gets the default cycle projected onto it,
    /// with `id` and `version` 0 (see [`Store::ensure_cycle`] to store it).
    pub fn milestones(&self, year: i32) -> Result<Vec<Milestone>> {
        let mut rows = load_year(&self.conn, year)?;
        if rows.is_empty() {
            rows = template(&self.conn, year)?;
        }
        let resolved = resolve_rows(year, &rows);
        let mut out: Vec<Milestone> = rows
            .into_iter()
            .zip(resolved)
            .map(|(row, result)| {
                let (date, problem) = match result {
                    Ok(d) => (Some(d), None),
                    Err(e) => (None, Some(e)),
                };
                Milestone {
                    id: row.id,
                    year,
                    name: row.name,
                    fixed: row.fixed,
                    rule: row.rule,
                    date,
                    problem,
                    owner: row.owner,
                    pane: row.pane,
                    version: row.version,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            (a.date.is_none(), a.date, &a.name).cmp(&(b.date.is_none(), b.date, &b.name))
        });
        Ok(out)
    }
}

/// Writes `rows` into `year` as new milestones (version 1).
fn insert_rows(conn: &Connection, year: i32, rows: &[Row]) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO milestones (year, name, due_on, rule, owner, pane)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for r in rows {
        stmt.execute((
            year,
            &r.name,
            r.fixed.map(|d| d.to_string()),
            &r.rule,
            &r.owner,
            &r.pane,
        ))?;
    }
    Ok(())
}
