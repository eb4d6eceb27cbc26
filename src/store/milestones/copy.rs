//! Filling a year's cycle: from the default cycle (`ensure_cycle`) or from another year
//! (`copy_cycle`). Rules are copied as rules, so weekday and working-day rules give
//! the new year's dates; fixed dates keep day and month (29 February becomes 28 in a
//! year without it). A copied milestone that does not resolve in the new year (a fifth
//! Tuesday the month lacks there) is copied all the same and shows its problem.

use chrono::Datelike;
use serde_json::json;

use super::super::write::AuditEntry;
use super::super::{Result, Store, StoreError};
use super::{count_year, insert_rows, load_year, template};
use crate::domain::{CycleRefusal, Refusal, same_day_in};

/// The audit row for storing the default cycle in `year`.
pub(super) fn template_audit(year: i32, count: usize) -> AuditEntry {
    AuditEntry {
        entity: "cycle",
        entity_id: Some(i64::from(year)),
        action: "copy_template",
        old: None,
        new: Some(json!({ "to": year, "count": count, "source": "template" })),
    }
}

impl Store {
    /// Stores the default cycle in `year` if it has no milestones; returns whether it
    /// did (false when the year already has some, or the default cycle is empty). One
    /// write with one audit row (entity `cycle`, id the year, action `copy_template`).
    pub fn ensure_cycle(&mut self, year: i32) -> Result<bool> {
        if count_year(&self.conn, year)? > 0 {
            return Ok(false);
        }
        let done = self.write(|tx, audit| {
            let count = count_year(tx, year)?;
            if count > 0 {
                // Filled by someone else since the look above.
                return Err(CycleRefusal::YearHasCycle { year, count }.into());
            }
            let rows = template(tx, year)?;
            if rows.is_empty() {
                return Err(CycleRefusal::NothingToCopy { year }.into());
            }
            insert_rows(tx, year, &rows)?;
            audit.push(template_audit(year, rows.len()));
            Ok(true)
        });
        match done {
            Err(StoreError::Refused(Refusal::Cycle(
                CycleRefusal::YearHasCycle { .. } | CycleRefusal::NothingToCopy { .. },
            ))) => Ok(false),
            other => other,
        }
    }

    /// Copies the milestones of `from` (or the default cycle, if `from` has none) into
    /// `to`, which must have none ([`CycleRefusal::YearHasCycle`]); returns how many.
    /// One write with one audit row (entity `cycle`, id `to`, action `copy_cycle`).
    pub fn copy_cycle(&mut self, from: i32, to: i32) -> Result<usize> {
        self.write(|tx, audit| {
            let count = count_year(tx, to)?;
            if count > 0 {
                return Err(CycleRefusal::YearHasCycle { year: to, count }.into());
            }
            let mut rows = load_year(tx, from)?;
            let source = if rows.is_empty() {
                rows = template(tx, to)?;
                "template"
            } else {
                for row in &mut rows {
                    row.fixed = row.fixed.and_then(|d| same_day_in(to, d.month(), d.day()));
                }
                "year"
            };
            if rows.is_empty() {
                return Err(CycleRefusal::NothingToCopy { year: from }.into());
            }
            insert_rows(tx, to, &rows)?;
            audit.push(AuditEntry {
                entity: "cycle",
                entity_id: Some(i64::from(to)),
                action: "copy_cycle",
                old: None,
                new: Some(json!({ "from": from, "to": to, "count": rows.len(), "source": source })),
            });
            Ok(rows.len())
        })
    }
}
