//! Adding, changing and deleting a leadership period. Each is one audited write that
//! reads every period inside its transaction and checks the set as it would be after
//! the change (`domain::check_periods`): a gap, an overlap or an end before its start
//! is refused before any row is written, so the table stays as it was. A change that
//! moves a day of hand-over moves the neighbour sharing it (`domain::after_edit`), with
//! an audit row of its own in the same write.

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::super::write::{AuditEntry, check_version};
use super::super::{Result, Store, StoreError};
use super::{LeadershipPeriod, load_periods};
use crate::domain::{Code, LeadershipSpan, Region, after_edit, check_periods, clean_line};

/// The editable fields of a leadership period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadershipEdit {
    /// The leading region.
    pub region: Region,
    /// The first day.
    pub starts_on: NaiveDate,
    /// The last day (on or after the first).
    pub ends_on: NaiveDate,
    /// The IRF decision that set it, e.g. "IRF 21.11.2022" (one line; may be empty).
    pub decision: String,
    /// Free text (one line).
    pub note: String,
}

impl LeadershipEdit {
    fn span(&self, id: i64) -> LeadershipSpan {
        LeadershipSpan {
            id,
            region: self.region,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
        }
    }

    fn period(&self, id: i64, version: i64) -> LeadershipPeriod {
        LeadershipPeriod {
            id,
            region: self.region,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            decision: clean_line(&self.decision),
            note: clean_line(&self.note),
            version,
        }
    }
}

/// Writes `p` over its row (read at `p.version - 1`) and pushes its audit row.
fn save_row(
    tx: &Transaction<'_>,
    old: &LeadershipPeriod,
    p: &LeadershipPeriod,
    audit: &mut Vec<AuditEntry>,
) -> Result<()> {
    let changed = tx.execute(
        "UPDATE leadership_periods SET region_code = ?1, starts_on = ?2, ends_on = ?3,
                decision = ?4, note = ?5, version = version + 1
          WHERE id = ?6 AND version = ?7",
        (
            p.region.code(),
            p.starts_on.to_string(),
            p.ends_on.to_string(),
            &p.decision,
            &p.note,
            p.id,
            old.version,
        ),
    )?;
    if changed != 1 {
        return Err(super::super::write::conflict(
            tx,
            "leadership_period",
            p.id,
        )?);
    }
    audit.push(AuditEntry {
        entity: "leadership_period",
        entity_id: Some(p.id),
        action: "update",
        old: Some(old.audit_json()),
        new: Some(p.audit_json()),
    });
    Ok(())
}

/// Every period, and period `id` as read at `version`: a stale version is a conflict,
/// a period deleted since is not found.
fn read_at(
    tx: &Transaction<'_>,
    id: i64,
    version: i64,
) -> Result<(Vec<LeadershipPeriod>, LeadershipPeriod)> {
    check_version(tx, "leadership_periods", "leadership_period", id, version)?;
    let before = load_periods(tx)?;
    let Some(old) = before.iter().find(|p| p.id == id).cloned() else {
        return Err(StoreError::NotFound {
            entity: "leadership_period",
            id,
        });
    };
    Ok((before, old))
}

impl Store {
    /// Adds a leadership period; returns its id. Refused (nothing written) when it ends
    /// before it starts, overlaps a period, or leaves days without a leader between it
    /// and the others: a new period goes right before the first or right after the last.
    pub fn insert_leadership_period(&mut self, e: &LeadershipEdit) -> Result<i64> {
        self.write(|tx, audit| {
            let before = load_periods(tx)?;
            let mut spans: Vec<LeadershipSpan> = before.iter().map(|p| p.span()).collect();
            spans.push(e.span(0));
            check_periods(&spans, 0)?;
            let p = e.period(0, 1);
            tx.execute(
                "INSERT INTO leadership_periods (region_code, starts_on, ends_on, decision, note)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                (
                    p.region.code(),
                    p.starts_on.to_string(),
                    p.ends_on.to_string(),
                    &p.decision,
                    &p.note,
                ),
            )?;
            let id = tx.last_insert_rowid();
            audit.push(AuditEntry {
                entity: "leadership_period",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(LeadershipPeriod { id, ..p }.audit_json()),
            });
            Ok(id)
        })
    }

    /// Saves leadership period `id` read at `version`; returns the neighbours that moved
    /// with it (as they are now). A stale version is a conflict; a gap, an overlap or
    /// an end before the start is refused, and nothing is written.
    pub fn update_leadership_period(
        &mut self,
        id: i64,
        version: i64,
        e: &LeadershipEdit,
    ) -> Result<Vec<LeadershipPeriod>> {
        self.write(|tx, audit| {
            let (before, old) = read_at(tx, id, version)?;
            let spans: Vec<LeadershipSpan> = before.iter().map(|p| p.span()).collect();
            let after = after_edit(&spans, e.span(id))?;
            check_periods(&after, id)?;
            let mut moved = Vec::new();
            for span in &after {
                let Some(was) = before.iter().find(|p| p.id == span.id) else {
                    continue;
                };
                if span.id == id || was.span() == *span {
                    continue;
                }
                let now = LeadershipPeriod {
                    starts_on: span.starts_on,
                    ends_on: span.ends_on,
                    version: was.version + 1,
                    ..was.clone()
                };
                save_row(tx, was, &now, audit)?;
                moved.push(now);
            }
            let new = e.period(id, version + 1);
            save_row(tx, &old, &new, audit)?;
            Ok(moved)
        })
    }

    /// Deletes leadership period `id` read at `version`. Refused when that would leave
    /// days without a leader between the periods before and after it: only the first or
    /// the last period can go.
    pub fn delete_leadership_period(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            let (before, old) = read_at(tx, id, version)?;
            let spans: Vec<LeadershipSpan> = before
                .iter()
                .filter(|p| p.id != id)
                .map(|p| p.span())
                .collect();
            check_periods(&spans, 0)?;
            tx.execute("DELETE FROM leadership_periods WHERE id = ?1", [id])?;
            audit.push(AuditEntry {
                entity: "leadership_period",
                entity_id: Some(id),
                action: "delete",
                old: Some(old.audit_json()),
                new: None,
            });
            Ok(())
        })
    }
}
