//! How one audit row is reverted, inside the undo's write. A row is one of three
//! shapes: it created a record (no old value: reverting removes it), removed one (no
//! new value: reverting brings it back) or changed fields (reverting sets the old
//! values). Before anything is written the record must still be as the row left it
//! (each field the row recorded); otherwise the undo is a conflict naming who changed
//! it last. Each revert pushes its own audit row (action `undo`) in the same shape, so
//! undoing the undo (redo) goes through the same code.
//!
//! Field changes go by a table per entity (`specs::SPECS`): which JSON keys are which
//! columns, which keys only annotate (`case` on a decision's rows), and which actions
//! are covered. A row whose changed keys are not all in the table is not covered: undo
//! refuses rather than restore part of it. Records that are only their fields
//! (reference-group members, leadership periods) are created and removed by the same
//! table. Answers, follow-ups, contacts, network periods and case sections have their
//! own code.
//!
//! - `specs`: the table, and reverting field changes by it;
//! - `records`: answers, follow-ups, contacts, network periods, case sections.

mod records;
mod specs;

use rusqlite::{OptionalExtension, Transaction};
use serde_json::Value;

use super::HistoryTarget;
use crate::domain::{self, Code, ReportStatus, UndoRefusal};
use crate::store::write::AuditEntry;
use crate::store::{Result, StoreError};
use specs::{reverted_fields, spec, static_entity, whole_covered, whole_spec};

/// One audit row of the write being undone.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub id: i64,
    pub user: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub action: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
    pub parent: Option<i64>,
}

/// Whether undo can revert `row`.
pub(super) fn covered(row: &Row) -> bool {
    if row.entity_id.is_none() {
        return false;
    }
    let a = row.action.as_str();
    match (row.old.is_some(), row.new.is_some(), row.entity.as_str()) {
        (true, true, "report_answer") => matches!(a, "update" | "import" | "undo"),
        (true, true, "case") if row.old.as_ref().and_then(|v| v.get("section")).is_some() => {
            matches!(a, "section" | "undo")
        }
        (true, true, entity) => spec(entity)
            .is_some_and(|s| s.actions.contains(&a) && reverted_fields(s, row).is_some()),
        (false, true, "report_answer") => matches!(a, "insert" | "import" | "undo"),
        (false, true, "follow_up" | "contact" | "network_period") => matches!(a, "insert" | "undo"),
        (true, false, "follow_up" | "contact") => matches!(a, "delete" | "undo"),
        (true, false, "report_answer" | "network_period") => a == "undo",
        (false, true, entity) | (true, false, entity) => {
            whole_spec(entity).is_some_and(|s| whole_covered(s, row))
        }
        _ => false,
    }
}

/// Refuses when anyone but `user` wrote about `row`'s record after audit id `after`.
pub(super) fn later_change(tx: &Transaction<'_>, row: &Row, after: i64, user: &str) -> Result<()> {
    let Some(id) = row.entity_id else {
        return Ok(());
    };
    let item = (row.entity == "report_answer")
        .then(|| item_of(row))
        .flatten();
    let found: Option<(String, String)> = tx
        .prepare_cached(
            "SELECT user, at FROM audit_log
              WHERE entity = ?1 AND entity_id = ?2 AND id > ?3 AND user <> ?4
                AND (?5 IS NULL OR json_extract(coalesce(new_value, old_value), '$.item') = ?5)
              ORDER BY id DESC LIMIT 1",
        )?
        .query_row((&row.entity, id, after, user, item), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    match found {
        Some((by, at)) => Err(StoreError::Conflict {
            entity: static_entity(&row.entity),
            id,
            name: super::super::write::recorded_name(tx, &row.entity, id)?,
            by,
            at,
        }),
        None => Ok(()),
    }
}

pub(super) fn item_of(row: &Row) -> Option<String> {
    [&row.new, &row.old]
        .into_iter()
        .flatten()
        .find_map(|v| v.get("item").and_then(Value::as_str).map(str::to_string))
}

/// Reverts `row` in `tx`, pushing its audit row; returns the record it changed.
pub(super) fn revert(
    tx: &Transaction<'_>,
    row: &Row,
    audit: &mut Vec<AuditEntry>,
) -> Result<Option<HistoryTarget>> {
    let id = row.entity_id.ok_or(UndoRefusal::NotCovered)?;
    match row.entity.as_str() {
        "report_answer" => records::answer(tx, row, id, audit)?,
        "follow_up" if row.old.is_none() || row.new.is_none() => {
            records::follow_up(tx, row, id, audit)?
        }
        "contact" if row.old.is_none() || row.new.is_none() => {
            records::contact(tx, row, id, audit)?
        }
        "network_period" if row.old.is_none() || row.new.is_none() => {
            records::period(tx, row, id, audit)?
        }
        entity if whole_spec(entity).is_some() && (row.old.is_none() || row.new.is_none()) => {
            specs::whole(
                tx,
                whole_spec(entity).ok_or(UndoRefusal::NotCovered)?,
                row,
                id,
                audit,
            )?
        }
        "case"
            if row.action == "section"
                || row.old.as_ref().is_some_and(|v| v.get("section").is_some()) =>
        {
            records::section(tx, row, id, audit)?;
        }
        entity => {
            let spec = spec(entity).ok_or(UndoRefusal::NotCovered)?;
            specs::fields(tx, spec, row, id, audit)?;
        }
    }
    Ok(HistoryTarget::of_row(&row.entity, id))
}

/// The undo's audit row: `old` what the record had, `new` what it has again.
pub(super) fn push(
    audit: &mut Vec<AuditEntry>,
    entity: &'static str,
    id: i64,
    old: Option<Value>,
    new: Option<Value>,
) {
    audit.push(AuditEntry {
        entity,
        entity_id: Some(id),
        action: "undo",
        old,
        new,
    });
}

pub(super) fn is_taken(tx: &Transaction<'_>, table: &'static str, id: i64) -> Result<bool> {
    let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
    Ok(tx.query_row(&sql, [id], |_| Ok(())).optional()?.is_some())
}

/// A report's status, for the review rules an answer or a follow-up follows.
pub(super) fn report_editable(tx: &Transaction<'_>, report: i64) -> Result<()> {
    let status: Option<String> = tx
        .query_row(
            "SELECT status FROM annual_reports WHERE id = ?1",
            [report],
            |r| r.get(0),
        )
        .optional()?;
    let status =
        status
            .as_deref()
            .and_then(ReportStatus::from_code)
            .ok_or(StoreError::NotFound {
                entity: "annual_report",
                id: report,
            })?;
    Ok(domain::can_edit(status)?)
}
