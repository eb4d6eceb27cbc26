//! The table of how each entity's fields are reverted: which JSON keys of its audit
//! rows are which columns (and of what kind), which keys only annotate a row, which
//! actions are covered, and the search index to refresh; and reverting a row's field
//! changes by it, after checking that the record is still as the row left it; and, for
//! records that are only their fields (reference-group members, leadership periods),
//! reverting the rows that created or removed one.

use rusqlite::types::Value as Sql;
use rusqlite::{OptionalExtension, Transaction};
use serde_json::{Map, Value, json};

use super::{Row, push, report_editable};
use crate::domain::UndoRefusal;
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, conflict};
use crate::store::{Result, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Text,
    Bool,
    Int,
    Real,
}

/// How the fields of one entity are reverted.
pub(super) struct Spec {
    entity: &'static str,
    table: &'static str,
    /// JSON key, column, kind.
    fields: &'static [(&'static str, &'static str, Kind)],
    /// Keys that annotate a row and are never reverted.
    ignore: &'static [&'static str],
    /// The actions whose field changes can be reverted.
    pub(super) actions: &'static [&'static str],
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
            ("starts_at", "starts_at", Text),
            ("chair", "chair_region", Text),
        ],
        ignore: &[],
        actions: &["update", "undo"],
        search: Some(SearchKind::Meeting),
    },
    Spec {
        entity: "reference_group_member",
        table: "reference_group_members",
        fields: &[
            ("unit_id", "unit_id", Int),
            ("name", "name", Text),
            ("region", "region_code", Text),
            ("role", "role", Text),
            ("user_rep", "user_rep", Bool),
            ("chair", "chair", Bool),
            ("hf_id", "hf_id", Int),
            ("contact", "contact_id", Int),
        ],
        ignore: &[],
        actions: &["update", "undo"],
        search: None,
    },
    Spec {
        entity: "leadership_period",
        table: "leadership_periods",
        fields: &[
            ("region", "region_code", Text),
            ("starts_on", "starts_on", Text),
            ("ends_on", "ends_on", Text),
            ("decision", "decision", Text),
            ("note", "note", Text),
        ],
        // The leading health authority's name, which follows from the region.
        ignore: &["name"],
        actions: &["update", "undo"],
        search: None,
    },
];

/// Entities whose rows that create or remove a record are reverted by their table's
/// fields alone (see [`whole`]): the record is those fields, with no ties and nothing
/// in the search index.
const WHOLE: &[&str] = &["reference_group_member", "leadership_period"];

/// The table of an entity whose created or removed records [`whole`] reverts.
pub(super) fn whole_spec(entity: &str) -> Option<&'static Spec> {
    spec(entity).filter(|s| WHOLE.contains(&s.entity))
}

/// Whether [`whole`] can revert `row`, which created or removed a record of `spec`:
/// a removal must have recorded every field (older rows named the record only).
pub(super) fn whole_covered(spec: &Spec, row: &Row) -> bool {
    let a = row.action.as_str();
    match (&row.old, &row.new) {
        (None, Some(_)) => matches!(a, "insert" | "undo"),
        (Some(old), None) => {
            matches!(a, "delete" | "undo")
                && spec.fields.iter().all(|(k, ..)| old.get(*k).is_some())
        }
        _ => false,
    }
}

/// Reverts a row that created a record of `spec` (the record goes, if it is still as
/// created) or removed one (it comes back with its id and every field).
pub(super) fn whole(
    tx: &Transaction<'_>,
    spec: &'static Spec,
    row: &Row,
    id: i64,
    audit: &mut Vec<AuditEntry>,
) -> Result<()> {
    let columns: Vec<&str> = spec.fields.iter().map(|(_, c, _)| *c).collect();
    // Columns and table come from the constant table above, never from input.
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ?1",
        columns.join(", "),
        spec.table
    );
    let now: Option<Map<String, Value>> = tx
        .query_row(&sql, [id], |r| {
            spec.fields
                .iter()
                .enumerate()
                .map(|(i, (k, _, kind))| Ok((k.to_string(), from_sql(*kind, r.get(i)?))))
                .collect()
        })
        .optional()?;
    if let Some(new) = &row.new {
        let Some(now) = now else {
            return Err(conflict(tx, spec.entity, id)?);
        };
        let same = spec.fields.iter().all(|(k, _, kind)| {
            new.get(*k)
                .is_none_or(|v| Some(&norm(*kind, Some(v))) == now.get(*k))
        });
        if !same {
            return Err(conflict(tx, spec.entity, id)?);
        }
        tx.execute(&format!("DELETE FROM {} WHERE id = ?1", spec.table), [id])?;
        push(audit, spec.entity, id, Some(Value::Object(now)), None);
        return Ok(());
    }
    let old = row.old.as_ref().ok_or(UndoRefusal::NotCovered)?;
    if now.is_some() {
        return Err(UndoRefusal::IdTaken.into());
    }
    let mut params: Vec<Sql> = vec![Sql::Integer(id)];
    let mut back = Map::new();
    for (k, _, kind) in spec.fields {
        let v = old.get(*k).ok_or(UndoRefusal::NotCovered)?;
        params.push(to_sql(*kind, v));
        back.insert(k.to_string(), norm(*kind, Some(v)));
    }
    let places: Vec<String> = (2..=columns.len() + 1).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO {} (id, {}) VALUES (?1, {})",
        spec.table,
        columns.join(", "),
        places.join(", ")
    );
    tx.execute(&sql, rusqlite::params_from_iter(params))?;
    push(audit, spec.entity, id, None, Some(Value::Object(back)));
    Ok(())
}

pub(super) fn spec(entity: &str) -> Option<&'static Spec> {
    SPECS.iter().find(|s| s.entity == entity)
}

/// The entity names undo knows, as the static names errors carry.
pub(in crate::store::history) fn static_entity(entity: &str) -> &'static str {
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
pub(super) fn reverted_fields(
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

pub(super) fn fields(
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
