//! What the store writer's rounds read back from the file: the writer's audit rows by
//! kind, the versions of its case and answer, and the latest value a field was audited
//! with.

use std::path::Path;

use rusqlite::OptionalExtension;

use super::WRITER;
use super::support::db::raw;

/// The store writer's state as the test reads it from the file.
pub(super) struct Seen {
    /// Audit rows by the writer, by kind of write.
    pub(super) rows: [i64; 4],
    pub(super) case_version: i64,
    pub(super) answer_version: i64,
}

pub(super) const KINDS: [&str; 4] = ["insert", "section", "answer", "status"];

pub(super) fn seen(db: &Path, case: i64, report: i64) -> Seen {
    let conn = raw(db);
    let mut rows = [0; 4];
    let mut stmt = conn
        .prepare("SELECT entity, action, count(*) FROM audit_log WHERE user = ?1 GROUP BY 1, 2")
        .unwrap();
    let found = stmt
        .query_map([WRITER], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })
        .unwrap();
    for row in found {
        let (entity, action, n) = row.unwrap();
        let kind = match (entity.as_str(), action.as_str()) {
            ("case", "insert") => 0,
            ("case", "section") => 1,
            ("report_answer", _) => 2,
            ("case", "status") => 3,
            other => panic!("the writer wrote an audit row it should not: {other:?}"),
        };
        rows[kind] += n;
    }
    let case_version = conn
        .query_row("SELECT version FROM cases WHERE id = ?1", [case], |r| {
            r.get(0)
        })
        .unwrap();
    let answer_version = conn
        .query_row(
            "SELECT version FROM report_answers WHERE report_id = ?1 AND item_code = 'K01'",
            [report],
            |r| r.get(0),
        )
        .unwrap();
    Seen {
        rows,
        case_version,
        answer_version,
    }
}

/// The value at `path` in the new value of the writer's newest audit row about record
/// `id` of `entity` that has one, and the same field in the record now (`now_sql`).
pub(super) fn latest(
    db: &Path,
    entity: &str,
    id: i64,
    path: &str,
    now_sql: &str,
) -> (Option<String>, String) {
    let conn = raw(db);
    let audited = conn
        .query_row(
            "SELECT json_extract(new_value, ?3) FROM audit_log
              WHERE user = ?4 AND entity = ?1 AND entity_id = ?2 AND json_extract(new_value, ?3) IS NOT NULL
              ORDER BY id DESC LIMIT 1",
            (entity, id, path, WRITER),
            |r| r.get::<_, String>(0),
        )
        .optional()
        .unwrap();
    let now = conn.query_row(now_sql, [id], |r| r.get(0)).unwrap();
    (audited, now)
}

pub(super) fn number(text: &str) -> u64 {
    text.rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no number in {text:?}"))
}
