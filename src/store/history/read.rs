//! A record's history: its audit rows newest first, a page at a time (keyset paging on
//! the audit id, so a record with 10,000 rows reads only the page asked for), each row
//! with who, when, and every field's old and new value as recorded.

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::OptionalExtension;
use serde_json::Value;

use super::HistoryTarget;
use crate::domain::{Code, Region};
use crate::store::{Result, Store};

/// The most entries one page holds.
pub const MAX_PAGE: usize = 500;

/// One field of one audit row: its value before and after (JSON as recorded; `None`
/// when the row created or removed the record, or the field was not recorded).
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    /// The field's key in the audit JSON (`status`, `received_on`, `answer` …).
    pub field: String,
    /// Before.
    pub old: Option<Value>,
    /// After.
    pub new: Option<Value>,
}

/// One audit row of a record's history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    /// The audit row's id (pass the last one seen as `before` for the next page).
    pub id: i64,
    /// The write it belongs to (`None` for rows from before writes were numbered).
    pub write: Option<i64>,
    /// When (UTC).
    pub at: DateTime<Utc>,
    /// The OS user who wrote it.
    pub user: String,
    /// The name of the contact tied to that user, if any.
    pub person: Option<String>,
    /// That contact's region, else the region the user works for.
    pub region: Option<Region>,
    /// The audit entity (`annual_report`, `report_answer`, `follow_up`, `contact` …).
    pub entity: String,
    /// The row's record id in that entity.
    pub entity_id: Option<i64>,
    /// What was done (`insert`, `update`, `delete`, `status`, `undo` …).
    pub action: String,
    /// What inside the record the row is about: a checklist item's code, an anchoring's
    /// region, a case section's column.
    pub subject: Option<String>,
    /// The fields: those that changed, or every field recorded when the row created or
    /// removed something.
    pub changes: Vec<FieldChange>,
    /// For an undo: the write it reverted.
    pub undoes: Option<i64>,
}

/// A page of a history, newest first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HistoryPage {
    /// The entries.
    pub entries: Vec<HistoryEntry>,
    /// The `before` to pass for the next page; `None` when this is the last.
    pub before: Option<i64>,
}

/// The JSON keys that name what a row is about rather than a field that changed, per
/// entity.
fn subject_key(entity: &str) -> Option<&'static str> {
    match entity {
        "report_answer" => Some("item"),
        "anchoring" => Some("region"),
        "case" => Some("section"),
        _ => None,
    }
}

/// The order fields are listed in (others after these, by name).
const FIELD_ORDER: &[&str] = &[
    "name",
    "title",
    "text",
    "status",
    "step",
    "received_on",
    "reviewer_region",
    "statement_received",
    "answer",
    "comment",
    "view",
    "answered_on",
    "note",
    "owner",
    "due_on",
    "item",
    "done",
    "organisation",
    "region",
    "email",
    "phone",
    "decision",
    "irf_answer",
    "irf_rank",
    "irf_decision",
    "irf_note",
];

fn field_rank(key: &str) -> usize {
    FIELD_ORDER
        .iter()
        .position(|k| *k == key)
        .unwrap_or(FIELD_ORDER.len())
}

/// The fields of a row: each key of either side, those that differ when both sides
/// are recorded, all of them when one side is absent; `subject` left out.
pub(in crate::store) fn field_changes(
    old: Option<&Value>,
    new: Option<&Value>,
    subject: Option<&str>,
) -> Vec<FieldChange> {
    fn object(v: Option<&Value>) -> Option<&serde_json::Map<String, Value>> {
        v.and_then(Value::as_object)
    }
    let mut keys: Vec<&String> = object(old)
        .into_iter()
        .chain(object(new))
        .flat_map(|m| m.keys())
        .filter(|k| Some(k.as_str()) != subject)
        .collect();
    keys.sort_by(|a, b| field_rank(a).cmp(&field_rank(b)).then(a.cmp(b)));
    keys.dedup();
    let both = old.is_some() && new.is_some();
    let mut out: Vec<FieldChange> = keys
        .into_iter()
        .map(|k| FieldChange {
            field: k.clone(),
            old: old.and_then(|v| v.get(k)).cloned(),
            new: new.and_then(|v| v.get(k)).cloned(),
        })
        .filter(|c| !both || c.old != c.new)
        .collect();
    // A value that is not an object (never written today): one unnamed field.
    if out.is_empty() && object(old).is_none() && object(new).is_none() && (old.or(new)).is_some() {
        out.push(FieldChange {
            field: String::new(),
            old: old.cloned(),
            new: new.cloned(),
        });
    }
    out
}

/// The moment an audit row was written, from its ISO text.
pub(in crate::store) fn parse_at(text: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%SZ")
        .map(|t| t.and_utc())
        .unwrap_or_default()
}

/// One row as read: the columns of `ENTRY_COLUMNS`.
pub(in crate::store) fn entry(r: &rusqlite::Row<'_>) -> rusqlite::Result<HistoryEntry> {
    let parse = |i: usize| -> rusqlite::Result<Option<Value>> {
        Ok(r.get::<_, Option<String>>(i)?
            .and_then(|t| serde_json::from_str(&t).ok()))
    };
    let entity: String = r.get(4)?;
    let old = parse(7)?;
    let new = parse(8)?;
    let key = subject_key(&entity);
    let subject = key.and_then(|k| {
        [&new, &old]
            .into_iter()
            .flatten()
            .find_map(|v| v.get(k).and_then(Value::as_str).map(str::to_string))
    });
    let changes = field_changes(old.as_ref(), new.as_ref(), subject.as_ref().and(key));
    let region: Option<String> = r.get(11)?;
    Ok(HistoryEntry {
        id: r.get(0)?,
        write: r.get(1)?,
        at: parse_at(&r.get::<_, String>(2)?),
        user: r.get(3)?,
        person: r.get(10)?,
        region: region.and_then(|c| Region::from_code(&c)),
        entity,
        entity_id: r.get(5)?,
        action: r.get(6)?,
        subject,
        changes,
        undoes: r.get(9)?,
    })
}

/// The columns [`entry`] reads, from `audit_log a` with the person joined.
pub(in crate::store) const ENTRY_COLUMNS: &str =
    "a.id, a.write_id, a.at, a.user, a.entity, a.entity_id, a.action, a.old_value,
     a.new_value, a.undoes, c.name, coalesce(c.region_code, ur.region_code)";

/// The joins that name the person behind `a.user`.
pub(in crate::store) const PERSON_JOINS: &str = "LEFT JOIN contacts c ON c.os_user = a.user
     LEFT JOIN user_regions ur ON ur.user = a.user";

impl Store {
    /// A page of `target`'s history, newest first: at most `limit` entries (1 to
    /// [`MAX_PAGE`]) older than audit id `before` (`None`: from the newest). Rows of
    /// an earlier record that had the same id (before this one was created) are left
    /// out.
    pub fn history(
        &self,
        target: HistoryTarget,
        before: Option<i64>,
        limit: usize,
    ) -> Result<HistoryPage> {
        let limit = limit.clamp(1, MAX_PAGE);
        let id = target.id();
        let entity = target.entity();
        let floor: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT max(id) FROM audit_log WHERE entity = ?1 AND entity_id = ?2
                   AND old_value IS NULL
                   AND action IN ('insert', 'import', 'draft_ranking', 'draft_summary')",
            )?
            .query_row((entity, id), |r| r.get(0))
            .optional()?
            .flatten();
        let also = target.also().unwrap_or("");
        let parent = if target.has_children() { entity } else { "" };
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM audit_log a {PERSON_JOINS}
              WHERE a.id IN (
                    SELECT id FROM (SELECT id FROM audit_log
                                     WHERE entity = ?1 AND entity_id = ?4
                                       AND id < ?5 AND id >= ?6 ORDER BY id DESC LIMIT ?7)
                    UNION ALL
                    SELECT id FROM (SELECT id FROM audit_log
                                     WHERE entity = ?2 AND entity_id = ?4
                                       AND id < ?5 AND id >= ?6 ORDER BY id DESC LIMIT ?7)
                    UNION ALL
                    SELECT id FROM (SELECT id FROM audit_log
                                     WHERE parent_entity = ?3 AND parent_id = ?4
                                       AND id < ?5 AND id >= ?6 ORDER BY id DESC LIMIT ?7))
              ORDER BY a.id DESC LIMIT ?7"
        );
        let fetch = i64::try_from(limit + 1).unwrap_or(i64::MAX);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            (
                entity,
                also,
                parent,
                id,
                before.unwrap_or(i64::MAX),
                floor.unwrap_or(0),
                fetch,
            ),
            entry,
        )?;
        let mut entries = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        let more = entries.len() > limit;
        entries.truncate(limit);
        let before = more.then(|| entries.last().map(|e| e.id)).flatten();
        Ok(HistoryPage { entries, before })
    }

    /// The name a record had in its latest audit row that recorded one (`name` or
    /// `title`): a deleted record's history can still say what it was.
    pub fn recorded_title(&self, target: HistoryTarget) -> Result<Option<String>> {
        crate::store::write::recorded_name(&self.conn, target.entity(), target.id())
    }

    /// Whether the audit log holds anything about `target` itself.
    pub fn has_history(&self, target: HistoryTarget) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM audit_log WHERE entity = ?1 AND entity_id = ?2 LIMIT 1")?
            .query_row((target.entity(), target.id()), |_| Ok(()))
            .optional()?
            .is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_update_lists_what_changed_and_a_creation_everything() {
        let old = json!({ "status": "mottatt", "received_on": "2026-02-01", "x": 1 });
        let new = json!({ "status": "vurdert", "received_on": "2026-02-01", "x": 1 });
        let changes = field_changes(Some(&old), Some(&new), None);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].field, "status");
        let created = field_changes(None, Some(&new), None);
        assert_eq!(
            created.iter().map(|c| c.field.as_str()).collect::<Vec<_>>(),
            ["status", "received_on", "x"]
        );
    }

    #[test]
    fn the_subject_is_not_a_field() {
        let new = json!({ "item": "K01", "answer": "ja", "comment": "" });
        let changes = field_changes(None, Some(&new), Some("item"));
        assert!(changes.iter().all(|c| c.field != "item"));
        assert_eq!(changes.len(), 2);
    }

    #[test]
    fn times_parse_and_bad_ones_do_not_panic() {
        assert_eq!(
            parse_at("2026-03-04T09:15:00Z").to_rfc3339(),
            "2026-03-04T09:15:00+00:00"
        );
        let _ = parse_at("not a time");
    }
}
