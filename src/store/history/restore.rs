//! How one audit row is reverted, inside the undo's write. A row is one of three
//! shapes: it created a record (no old value: reverting removes it), removed one (no
//! new value: reverting brings it back) or changed fields (reverting sets the old
//! values). Before anything is written the record must still be as the row left it
//! (each field the row recorded); otherwise the undo is a conflict naming who changed
//! it last. Each revert pushes its own audit row (action `undo`) in the same shape, so
//! undoing the undo (redo) goes through the same code.
//!
//! Field changes go by a table per entity ([`SPECS`]): which JSON keys are which
//! columns, which keys only annotate (`case` on a decision's rows), and which actions
//! are covered. A row whose changed keys are not all in the table is not covered: undo
//! refuses rather than restore part of it. Answers, follow-ups, contacts, network
//! periods and case sections have their own code below.

use rusqlite::types::Value as Sql;
use rusqlite::{OptionalExtension, Transaction};
use serde_json::{Map, Value, json};

use super::HistoryTarget;
use super::ties::{contact_has_ties, contact_snapshot, remove_contact, restore_contact};
use crate::domain::{self, Code, ReportStatus, Section, UndoRefusal};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, conflict};
use crate::store::{Result, StoreError};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Bool,
    Int,
    Real,
}

/// How the fields of one entity are reverted.
struct Spec {
    entity: &'static str,
    table: &'static str,
    /// JSON key, column, kind.
    fields: &'static [(&'static str, &'static str, Kind)],
    /// Keys that annotate a row and are never reverted.
    ignore: &'static [&'static str],
    /// The actions whose field changes can be reverted.
    actions: &'static [&'static str],
    search: Option<SearchKind>,
}

use Kind::{Bool, Int, Real, Text};

const SPECS: &[Spec] = &[
    Spec {
        entity: "annual_report",
        table: "annual_reports",
        fields: &[
            ("status", "status", Text),
            ("received_on", "received_on", Text),
            ("reviewer_region", "reviewer_region", Text),
            ("assessment", "assessment", Text),
            ("statement_received", "statement_received", Bool),
        ],
        ignore: &[],
        actions: &["status", "update", "assessment", "import", "undo"],
        search: None,
    },
    Spec {
        entity: "follow_up",
        table: "follow_ups",
        fields: &[
            ("text", "text", Text),
            ("owner", "owner_region", Text),
            ("due_on", "due_on", Text),
            ("item", "item_code", Text),
            ("done", "done", Bool),
        ],
        ignore: &["report"],
        actions: &["update", "done", "not_done", "undo"],
        search: None,
    },
    Spec {
        entity: "contact",
        table: "contacts",
        fields: &[
            ("name", "name", Text),
            ("organisation", "organisation", Text),
            ("region", "region_code", Text),
            ("email", "email", Text),
            ("phone", "phone", Text),
            ("os_user", "os_user", Text),
        ],
        ignore: &[],
        actions: &["update", "undo"],
        search: Some(SearchKind::Contact),
    },
    Spec {
        entity: "case",
        table: "cases",
        fields: &[
            ("title", "title", Text),
            ("case_type", "case_type", Text),
            ("region", "region_code", Text),
            ("status", "status", Text),
            ("decision", "decision", Text),
            ("irf_answer", "irf_answer", Text),
        ],
        ignore: &[],
        actions: &["update", "decision", "undo"],
        search: Some(SearchKind::Case),
    },
    Spec {
        entity: "application",
        table: "applications",
        fields: &[
            ("step", "step", Text),
            ("irf_rank", "irf_rank", Int),
            ("irf_decision", "irf_decision", Text),
            ("irf_note", "irf_note", Text),
            ("override_reason", "override_reason", Text),
        ],
        ignore: &["case", "unanswered", "reason"],
        actions: &["step", "override_step", "irf_decision", "undo"],
        search: Some(SearchKind::Application),
    },
    Spec {
        entity: "network_period",
        table: "network_periods",
        fields: &[
            ("renewal_state", "renewal_state", Text),
            ("decision", "decision", Text),
            ("decided_on", "decided_on", Text),
        ],
        ignore: &["case"],
        actions: &["irf_decision", "renewal", "undo"],
        search: None,
    },
    Spec {
        entity: "phase_out",
        table: "phase_outs",
        fields: &[
            ("tasks", "tasks", Text),
            ("outcome", "outcome", Text),
            ("transition_years", "transition_years", Int),
            ("recommendation", "recommendation", Text),
            ("irf_answer", "irf_answer", Text),
        ],
        ignore: &["case", "step"],
        actions: &["irf_answer", "update", "undo"],
        search: None,
    },
    Spec {
        entity: "unit",
        table: "units",
        fields: &[
            ("name", "name", Text),
            ("kind", "kind", Text),
            ("hf_id", "hf_id", Int),
            ("region", "region_code", Text),
            ("approved_on", "approved_on", Text),
            ("function", "function", Text),
            ("term_ends_on", "term_ends_on", Text),
            ("fte", "fte", Real),
            ("ern", "ern", Text),
            ("notes", "notes", Text),
        ],
        ignore: &[],
        actions: &["update", "import", "undo"],
        search: Some(SearchKind::Unit),
    },
    Spec {
        entity: "meeting",
        table: "meetings",
        fields: &[
            ("kind", "kind", Text),
            ("held_on", "held_on", Text),
            ("place", "place", Text),
            ("chair", "chair_region", Text),
        ],
        ignore: &[],
        actions: &["update", "undo"],
        search: Some(SearchKind::Meeting),
    },
];

fn spec(entity: &str) -> Option<&'static Spec> {
    SPECS.iter().find(|s| s.entity == entity)
}

/// The entity names undo knows, as the static names errors carry.
pub(super) fn static_entity(entity: &str) -> &'static str {
    match entity {
        "report_answer" => "report_answer",
        other => spec(other).map_or("record", |s| s.entity),
    }
}

/// The JSON value in the form a comparison sees it.
fn norm(kind: Kind, v: Option<&Value>) -> Value {
    let v = v.unwrap_or(&Value::Null);
    match (kind, v) {
        (_, Value::Null) => Value::Null,
        (Bool, v) => json!(v.as_bool().unwrap_or_else(|| v.as_i64().unwrap_or(0) != 0)),
        (Int, v) => v.as_i64().map_or(Value::Null, |i| json!(i)),
        (Real, v) => v.as_f64().map_or(Value::Null, |f| json!(f)),
        (Text, v) => v.clone(),
    }
}

fn from_sql(kind: Kind, v: Sql) -> Value {
    match (kind, v) {
        (_, Sql::Null) => Value::Null,
        (Bool, Sql::Integer(i)) => json!(i != 0),
        (Real, Sql::Integer(i)) => json!(i as f64),
        (_, Sql::Integer(i)) => json!(i),
        (_, Sql::Real(f)) => json!(f),
        (_, Sql::Text(t)) => json!(t),
        (_, Sql::Blob(_)) => Value::Null,
    }
}

fn to_sql(kind: Kind, v: &Value) -> Sql {
    match (kind, v) {
        (_, Value::Null) => Sql::Null,
        (Bool, v) => Sql::Integer(i64::from(norm(Bool, Some(v)) == json!(true))),
        (Int, v) => v.as_i64().map_or(Sql::Null, Sql::Integer),
        (Real, v) => v.as_f64().map_or(Sql::Null, Sql::Real),
        (Text, Value::String(s)) => Sql::Text(s.clone()),
        (Text, other) => Sql::Text(other.to_string()),
    }
}

fn object(v: Option<&Value>) -> Map<String, Value> {
    v.and_then(Value::as_object).cloned().unwrap_or_default()
}

/// The fields a changed row reverts (key, column, kind, old value), or `None` when a
/// changed key is outside the entity's table (not covered).
fn reverted_fields(
    spec: &Spec,
    row: &Row,
) -> Option<Vec<(&'static str, &'static str, Kind, Value)>> {
    let (old, new) = (object(row.old.as_ref()), object(row.new.as_ref()));
    let mut out: Vec<(&'static str, &'static str, Kind, Value)> = Vec::new();
    for key in old.keys().chain(new.keys()) {
        if spec.ignore.contains(&key.as_str()) || out.iter().any(|(k, ..)| *k == key.as_str()) {
            continue;
        }
        let (o, n) = (old.get(key), new.get(key));
        match spec.fields.iter().find(|(k, ..)| k == key) {
            Some(&(k, column, kind)) if norm(kind, o) != norm(kind, n) => {
                // A key recorded only after the change: its value before is unknown.
                o?;
                out.push((k, column, kind, o.cloned().unwrap_or(Value::Null)));
            }
            Some(_) => {}
            None if o == n => {}
            None => return None,
        }
    }
    Some(out)
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
            by,
            at,
        }),
        None => Ok(()),
    }
}

fn item_of(row: &Row) -> Option<String> {
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
        "report_answer" => answer(tx, row, id, audit)?,
        "follow_up" if row.old.is_none() || row.new.is_none() => follow_up(tx, row, id, audit)?,
        "contact" if row.old.is_none() || row.new.is_none() => contact(tx, row, id, audit)?,
        "network_period" if row.old.is_none() || row.new.is_none() => period(tx, row, id, audit)?,
        "case"
            if row.action == "section"
                || row.old.as_ref().is_some_and(|v| v.get("section").is_some()) =>
        {
            section(tx, row, id, audit)?;
        }
        entity => {
            let spec = spec(entity).ok_or(UndoRefusal::NotCovered)?;
            fields(tx, spec, row, id, audit)?;
        }
    }
    Ok(HistoryTarget::of_row(&row.entity, id))
}

/// The undo's audit row: `old` what the record had, `new` what it has again.
fn push(
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

fn is_taken(tx: &Transaction<'_>, table: &'static str, id: i64) -> Result<bool> {
    let sql = format!("SELECT 1 FROM {table} WHERE id = ?1");
    Ok(tx.query_row(&sql, [id], |_| Ok(())).optional()?.is_some())
}

/// A report's status, for the review rules an answer or a follow-up follows.
fn report_editable(tx: &Transaction<'_>, report: i64) -> Result<()> {
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

fn fields(
    tx: &Transaction<'_>,
    spec: &'static Spec,
    row: &Row,
    id: i64,
    audit: &mut Vec<AuditEntry>,
) -> Result<()> {
    let changes = reverted_fields(spec, row).ok_or(UndoRefusal::NotCovered)?;
    if spec.entity == "follow_up" {
        let report: Option<i64> = tx
            .query_row(
                "SELECT report_id FROM follow_ups WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        report_editable(
            tx,
            report.ok_or_else(|| StoreError::NotFound {
                entity: "follow_up",
                id,
            })?,
        )?;
    }
    let new = object(row.new.as_ref());
    let checked: Vec<(&str, &str, Kind)> = spec
        .fields
        .iter()
        .filter(|(k, ..)| new.contains_key(*k))
        .copied()
        .collect();
    if !checked.is_empty() {
        let columns: Vec<&str> = checked.iter().map(|(_, c, _)| *c).collect();
        // Columns come from the constant table above, never from input.
        let sql = format!(
            "SELECT {} FROM {} WHERE id = ?1",
            columns.join(", "),
            spec.table
        );
        let now: Option<Vec<Sql>> = tx
            .query_row(&sql, [id], |r| {
                (0..columns.len()).map(|i| r.get::<_, Sql>(i)).collect()
            })
            .optional()?;
        let Some(now) = now else {
            return Err(conflict(tx, spec.entity, id)?);
        };
        let same = checked
            .iter()
            .zip(now)
            .all(|((k, _, kind), v)| from_sql(*kind, v) == norm(*kind, new.get(*k)));
        if !same {
            return Err(conflict(tx, spec.entity, id)?);
        }
    }
    if changes.is_empty() {
        return Ok(());
    }
    let sets: Vec<String> = changes
        .iter()
        .enumerate()
        .map(|(i, (_, column, ..))| format!("{column} = ?{}", i + 2))
        .collect();
    let sql = format!(
        "UPDATE {} SET {}, version = version + 1 WHERE id = ?1",
        spec.table,
        sets.join(", ")
    );
    let mut params: Vec<Sql> = vec![Sql::Integer(id)];
    params.extend(changes.iter().map(|(_, _, kind, v)| to_sql(*kind, v)));
    tx.execute(&sql, rusqlite::params_from_iter(params))?;
    if let Some(kind) = spec.search {
        reindex_one(tx, kind, id)?;
    }
    let was: Map<String, Value> = changes
        .iter()
        .map(|(k, ..)| (k.to_string(), new.get(*k).cloned().unwrap_or(Value::Null)))
        .collect();
    let back: Map<String, Value> = changes
        .into_iter()
        .map(|(k, _, _, v)| (k.to_string(), v))
        .collect();
    push(
        audit,
        spec.entity,
        id,
        Some(Value::Object(was)),
        Some(Value::Object(back)),
    );
    Ok(())
}

fn answer(tx: &Transaction<'_>, row: &Row, report: i64, audit: &mut Vec<AuditEntry>) -> Result<()> {
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

fn follow_up(tx: &Transaction<'_>, row: &Row, id: i64, audit: &mut Vec<AuditEntry>) -> Result<()> {
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

fn contact(tx: &Transaction<'_>, row: &Row, id: i64, audit: &mut Vec<AuditEntry>) -> Result<()> {
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

fn period(tx: &Transaction<'_>, row: &Row, id: i64, audit: &mut Vec<AuditEntry>) -> Result<()> {
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

fn section(tx: &Transaction<'_>, row: &Row, id: i64, audit: &mut Vec<AuditEntry>) -> Result<()> {
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
