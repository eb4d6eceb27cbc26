//! Reverting the rows that create or remove a record, and those with a shape of their
//! own: checklist answers (keyed by report and item), follow-ups, contacts (with their
//! ties), the network period a renewal created, and case sections.

use rusqlite::{OptionalExtension, Transaction};
use serde_json::{Value, json};

use super::super::ties::{contact_has_ties, contact_snapshot, remove_contact, restore_contact};
use super::{Row, is_taken, item_of, push, report_editable};
use crate::domain::{Section, UndoRefusal};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, conflict};
use crate::store::{Result, StoreError};

pub(super) fn answer(
    tx: &Transaction<'_>,
    row: &Row,
    report: i64,
    audit: &mut Vec<AuditEntry>,
) -> Result<()> {
    let item = item_of(row).ok_or(UndoRefusal::NotCovered)?;
    report_editable(tx, report)?;
    let now: Option<(Option<String>, String)> = tx
        .query_row(
            "SELECT answer, comment FROM report_answers WHERE report_id = ?1 AND item_code = ?2",
            (report, &item),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let stale = || -> Result<StoreError> { conflict(tx, "report_answer", report) };
    let matches = |v: &Value, now: &(Option<String>, String)| {
        v.get("answer")
            .is_none_or(|a| a.as_str() == now.0.as_deref())
            && v.get("comment")
                .is_none_or(|c| c.as_str() == Some(now.1.as_str()))
    };
    let snapshot =
        |now: &(Option<String>, String)| json!({ "item": item, "answer": now.0, "comment": now.1 });
    match (&row.old, &row.new, now) {
        (None, Some(new), Some(now)) if matches(new, &now) => {
            tx.execute(
                "DELETE FROM report_answers WHERE report_id = ?1 AND item_code = ?2",
                (report, &item),
            )?;
            push(audit, "report_answer", report, Some(snapshot(&now)), None);
        }
        (Some(old), None, None) => {
            let answer = old.get("answer").and_then(Value::as_str);
            let comment = old
                .get("comment")
                .and_then(Value::as_str)
                .unwrap_or_default();
            tx.execute(
                "INSERT INTO report_answers (report_id, item_code, answer, comment)
                 VALUES (?1, ?2, ?3, ?4)",
                (report, &item, answer, comment),
            )?;
            push(
                audit,
                "report_answer",
                report,
                None,
                Some(json!({ "item": item, "answer": answer, "comment": comment })),
            );
        }
        (Some(old), Some(new), Some(now)) if matches(new, &now) => {
            let answer = match old.get("answer") {
                Some(a) => a.as_str().map(str::to_string),
                None => now.0.clone(),
            };
            let comment = old
                .get("comment")
                .and_then(Value::as_str)
                .map_or_else(|| now.1.clone(), str::to_string);
            tx.execute(
                "UPDATE report_answers SET answer = ?3, comment = ?4, version = version + 1
                  WHERE report_id = ?1 AND item_code = ?2",
                (report, &item, &answer, &comment),
            )?;
            push(
                audit,
                "report_answer",
                report,
                Some(snapshot(&now)),
                Some(json!({ "item": item, "answer": answer, "comment": comment })),
            );
        }
        _ => return Err(stale()?),
    }
    Ok(())
}

/// A follow-up as stored, with its report and done flag (what an undo records).
fn follow_up_now(tx: &Transaction<'_>, id: i64) -> Result<Option<Value>> {
    Ok(tx
        .query_row(
            "SELECT report_id, text, owner_region, due_on, item_code, done FROM follow_ups
              WHERE id = ?1",
            [id],
            |r| {
                Ok(json!({
                    "report": r.get::<_, i64>(0)?, "text": r.get::<_, String>(1)?,
                    "owner": r.get::<_, String>(2)?, "due_on": r.get::<_, Option<String>>(3)?,
                    "item": r.get::<_, Option<String>>(4)?, "done": r.get::<_, bool>(5)?,
                }))
            },
        )
        .optional()?)
}

pub(super) fn follow_up(
    tx: &Transaction<'_>,
    row: &Row,
    id: i64,
    audit: &mut Vec<AuditEntry>,
) -> Result<()> {
    if let Some(new) = &row.new {
        // It was created: it goes again, if it is still as it was made.
        let Some(now) = follow_up_now(tx, id)? else {
            return Err(conflict(tx, "follow_up", id)?);
        };
        // A new follow-up is not done, whether or not its row says so.
        let done = new.get("done").cloned().unwrap_or(json!(false));
        let same = ["text", "owner", "due_on", "item"]
            .iter()
            .all(|k| new.get(*k).is_none_or(|v| Some(v) == now.get(*k)))
            && now.get("done") == Some(&done);
        if !same {
            return Err(conflict(tx, "follow_up", id)?);
        }
        report_editable(tx, now["report"].as_i64().unwrap_or_default())?;
        tx.execute("DELETE FROM follow_ups WHERE id = ?1", [id])?;
        push(audit, "follow_up", id, Some(now), None);
        return Ok(());
    }
    // It was deleted: it comes back with its id, on its report.
    let old = row.old.as_ref().ok_or(UndoRefusal::NotCovered)?;
    if is_taken(tx, "follow_ups", id)? {
        return Err(UndoRefusal::IdTaken.into());
    }
    let report = old
        .get("report")
        .and_then(Value::as_i64)
        .or(row.parent)
        .ok_or(UndoRefusal::NotCovered)?;
    report_editable(tx, report)?;
    let text = |k: &str| old.get(k).and_then(Value::as_str);
    tx.execute(
        "INSERT INTO follow_ups (id, report_id, text, owner_region, due_on, item_code, done)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        (
            id,
            report,
            text("text").unwrap_or_default(),
            text("owner").unwrap_or("HSØ"),
            text("due_on"),
            text("item"),
            old.get("done").and_then(Value::as_bool).unwrap_or(false),
        ),
    )?;
    push(audit, "follow_up", id, None, follow_up_now(tx, id)?);
    Ok(())
}

pub(super) fn contact(
    tx: &Transaction<'_>,
    row: &Row,
    id: i64,
    audit: &mut Vec<AuditEntry>,
) -> Result<()> {
    if let Some(new) = &row.new {
        if !is_taken(tx, "contacts", id)? {
            return Err(conflict(tx, "contact", id)?);
        }
        let now = contact_snapshot(tx, id)?;
        let same = ["name", "organisation", "region", "email", "phone"]
            .iter()
            .all(|k| new.get(*k).is_none_or(|v| Some(v) == now.get(*k)));
        if !same {
            return Err(conflict(tx, "contact", id)?);
        }
        // A contact made by this write and tied to records since is not taken away
        // unasked; one brought back by an undo goes again with its ties (redo).
        if row.action == "insert" && contact_has_ties(tx, id)? {
            return Err(UndoRefusal::InUse.into());
        }
        let was = remove_contact(tx, id)?;
        push(audit, "contact", id, Some(was), None);
        return Ok(());
    }
    let old = row.old.as_ref().ok_or(UndoRefusal::NotCovered)?;
    if is_taken(tx, "contacts", id)? {
        return Err(UndoRefusal::IdTaken.into());
    }
    restore_contact(tx, id, old)?;
    push(audit, "contact", id, None, Some(contact_snapshot(tx, id)?));
    Ok(())
}

pub(super) fn period(
    tx: &Transaction<'_>,
    row: &Row,
    id: i64,
    audit: &mut Vec<AuditEntry>,
) -> Result<()> {
    let now: Option<Value> = tx
        .query_row(
            "SELECT unit_id, starts_on, ends_on, frame_mnok, coordinating_hf FROM network_periods
              WHERE id = ?1",
            [id],
            |r| {
                Ok(json!({
                    "unit_id": r.get::<_, i64>(0)?, "starts_on": r.get::<_, String>(1)?,
                    "ends_on": r.get::<_, String>(2)?, "frame_mnok": r.get::<_, f64>(3)?,
                    "coordinating_hf": r.get::<_, Option<i64>>(4)?,
                }))
            },
        )
        .optional()?;
    if row.new.is_some() {
        // Created (the next period of a renewal): it goes, unless a case links to it.
        let Some(now) = now else {
            return Err(conflict(tx, "network_period", id)?);
        };
        let linked: Option<i64> = tx
            .query_row(
                "SELECT 1 FROM case_links WHERE entity = 'network_period' AND entity_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        if linked.is_some() {
            return Err(UndoRefusal::InUse.into());
        }
        tx.execute("DELETE FROM network_periods WHERE id = ?1", [id])?;
        push(audit, "network_period", id, Some(now), None);
        return Ok(());
    }
    let old = row.old.as_ref().ok_or(UndoRefusal::NotCovered)?;
    if now.is_some() {
        return Err(UndoRefusal::IdTaken.into());
    }
    tx.execute(
        "INSERT INTO network_periods (id, unit_id, starts_on, ends_on, frame_mnok, coordinating_hf)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        (
            id,
            old.get("unit_id").and_then(Value::as_i64),
            old.get("starts_on").and_then(Value::as_str),
            old.get("ends_on").and_then(Value::as_str),
            old.get("frame_mnok").and_then(Value::as_f64),
            old.get("coordinating_hf").and_then(Value::as_i64),
        ),
    )?;
    push(audit, "network_period", id, None, Some(old.clone()));
    Ok(())
}

pub(super) fn section(
    tx: &Transaction<'_>,
    row: &Row,
    id: i64,
    audit: &mut Vec<AuditEntry>,
) -> Result<()> {
    let (Some(old), Some(new)) = (&row.old, &row.new) else {
        return Err(UndoRefusal::NotCovered.into());
    };
    let section = old
        .get("section")
        .and_then(Value::as_str)
        .and_then(Section::from_column)
        .ok_or(UndoRefusal::NotCovered)?;
    // The column comes from the closed `Section`, never from input.
    let column = section.column();
    let now: Option<String> = tx
        .query_row(
            &format!("SELECT {column} FROM cases WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    if now.as_deref() != new.get("text").and_then(Value::as_str) {
        return Err(conflict(tx, "case", id)?);
    }
    let back = old.get("text").and_then(Value::as_str).unwrap_or_default();
    tx.execute(
        &format!("UPDATE cases SET {column} = ?1, version = version + 1 WHERE id = ?2"),
        (back, id),
    )?;
    reindex_one(tx, SearchKind::Case, id)?;
    push(
        audit,
        "case",
        id,
        Some(json!({ "section": column, "text": now })),
        Some(json!({ "section": column, "text": back })),
    );
    Ok(())
}
