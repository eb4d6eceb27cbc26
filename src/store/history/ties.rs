//! A contact with everything that points at it, as one JSON value: its fields, the OS
//! user tied to it, and its ties (roles, reference-group seats, case links, the
//! applications naming it as contact person, the ERN memberships it coordinates). Deleting a contact records this value in
//! its audit row, so undoing the deletion brings the contact back with its ties.

use rusqlite::{Connection, OptionalExtension, Transaction};
use serde_json::{Value, json};

use crate::store::search::{SearchKind, reindex_one};
use crate::store::{Result, StoreError};

fn list(
    conn: &Connection,
    sql: &str,
    id: i64,
    row: fn(&rusqlite::Row<'_>) -> rusqlite::Result<Value>,
) -> Result<Vec<Value>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([id], row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Contact `id` as it stands, with its ties.
pub(in crate::store) fn contact_snapshot(conn: &Connection, id: i64) -> Result<Value> {
    let fields = conn
        .query_row(
            "SELECT name, organisation, region_code, email, phone, os_user FROM contacts
              WHERE id = ?1",
            [id],
            |r| {
                Ok(json!({
                    "name": r.get::<_, String>(0)?,
                    "organisation": r.get::<_, String>(1)?,
                    "region": r.get::<_, Option<String>>(2)?,
                    "email": r.get::<_, String>(3)?,
                    "phone": r.get::<_, String>(4)?,
                    "os_user": r.get::<_, Option<String>>(5)?,
                }))
            },
        )
        .optional()?;
    let Some(mut value) = fields else {
        return Err(StoreError::NotFound {
            entity: "contact",
            id,
        });
    };
    let roles = list(
        conn,
        "SELECT role, unit_id FROM contact_roles WHERE contact_id = ?1 ORDER BY id",
        id,
        |r| Ok(json!({ "role": r.get::<_, String>(0)?, "unit_id": r.get::<_, Option<i64>>(1)? })),
    )?;
    let members = list(
        conn,
        "SELECT id, unit_id, name, region_code, role, user_rep, chair, hf_id
           FROM reference_group_members WHERE contact_id = ?1 ORDER BY id",
        id,
        |r| {
            Ok(json!({
                "id": r.get::<_, i64>(0)?, "unit_id": r.get::<_, i64>(1)?,
                "name": r.get::<_, String>(2)?, "region": r.get::<_, String>(3)?,
                "role": r.get::<_, String>(4)?, "user_rep": r.get::<_, bool>(5)?,
                "chair": r.get::<_, bool>(6)?, "hf_id": r.get::<_, Option<i64>>(7)?,
            }))
        },
    )?;
    let cases = list(
        conn,
        "SELECT case_id FROM case_links WHERE entity = 'contact' AND entity_id = ?1
          ORDER BY case_id",
        id,
        |r| Ok(json!(r.get::<_, i64>(0)?)),
    )?;
    let applications = list(
        conn,
        "SELECT id FROM applications WHERE contact_id = ?1 ORDER BY id",
        id,
        |r| Ok(json!(r.get::<_, i64>(0)?)),
    )?;
    let erns = list(
        conn,
        "SELECT id FROM ern_memberships WHERE coordinator_id = ?1 ORDER BY id",
        id,
        |r| Ok(json!(r.get::<_, i64>(0)?)),
    )?;
    value["ties"] = json!({
        "roles": roles, "members": members, "cases": cases, "applications": applications,
        "erns": erns,
    });
    Ok(value)
}

/// Deletes contact `id` everywhere (roles, reference-group seats and case links go with
/// it; applications and ERN memberships keep their row without a contact person or
/// coordinator, a new version, so an edit read before is a conflict) and returns what
/// it was.
pub(in crate::store) fn remove_contact(conn: &Transaction<'_>, id: i64) -> Result<Value> {
    let was = contact_snapshot(conn, id)?;
    conn.execute(
        "DELETE FROM reference_group_members WHERE contact_id = ?1",
        [id],
    )?;
    conn.execute(
        "DELETE FROM case_links WHERE entity = 'contact' AND entity_id = ?1",
        [id],
    )?;
    conn.execute(
        "UPDATE ern_memberships SET coordinator_id = NULL, version = version + 1
          WHERE coordinator_id = ?1",
        [id],
    )?;
    // Roles go by the foreign key's cascade; applications' contact by its SET NULL.
    conn.execute("DELETE FROM contacts WHERE id = ?1", [id])?;
    reindex_one(conn, SearchKind::Contact, id)?;
    Ok(was)
}

fn ties<'a>(was: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    was.get("ties")
        .and_then(|t| t.get(key))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Brings contact `id` back as `was` (from [`contact_snapshot`]) recorded it, with its
/// ties to the records that still exist. The id must be free (the caller checks).
/// An OS user that another contact has taken since is left off.
pub(in crate::store) fn restore_contact(
    conn: &Transaction<'_>,
    id: i64,
    was: &Value,
) -> Result<()> {
    conn.execute(
        "INSERT INTO contacts (id, name, organisation, region_code, email, phone)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        (
            id,
            text(was, "name").unwrap_or_default(),
            text(was, "organisation").unwrap_or_default(),
            text(was, "region"),
            text(was, "email").unwrap_or_default(),
            text(was, "phone").unwrap_or_default(),
        ),
    )?;
    if let Some(user) = text(was, "os_user") {
        conn.execute(
            "UPDATE contacts SET os_user = ?1 WHERE id = ?2
               AND NOT EXISTS (SELECT 1 FROM contacts WHERE os_user = ?1)",
            (user, id),
        )?;
    }
    for role in ties(was, "roles") {
        let unit = role.get("unit_id").and_then(Value::as_i64);
        conn.execute(
            "INSERT OR IGNORE INTO contact_roles (contact_id, role, unit_id)
             SELECT ?1, ?2, ?3 WHERE ?3 IS NULL OR EXISTS (SELECT 1 FROM units WHERE id = ?3)",
            (id, text(role, "role").unwrap_or_default(), unit),
        )?;
    }
    for m in ties(was, "members") {
        let member = m.get("id").and_then(Value::as_i64);
        let unit = m.get("unit_id").and_then(Value::as_i64);
        let flag = |k: &str| m.get(k).and_then(Value::as_bool).unwrap_or(false);
        // The seat keeps its id unless another member has it now.
        conn.execute(
            "INSERT INTO reference_group_members
                    (id, unit_id, contact_id, name, region_code, role, user_rep, chair, hf_id)
             SELECT CASE WHEN EXISTS (SELECT 1 FROM reference_group_members WHERE id = ?1)
                         THEN NULL ELSE ?1 END,
                    ?2, ?3, ?4, ?5, ?6, ?7, ?8,
                    (SELECT id FROM health_trusts WHERE id = ?9)
              WHERE EXISTS (SELECT 1 FROM units WHERE id = ?2)",
            (
                member,
                unit,
                id,
                text(m, "name").unwrap_or_default(),
                text(m, "region").unwrap_or("HSØ"),
                text(m, "role").unwrap_or_default(),
                flag("user_rep"),
                flag("chair"),
                m.get("hf_id").and_then(Value::as_i64),
            ),
        )?;
    }
    for case in ties(was, "cases").filter_map(Value::as_i64) {
        conn.execute(
            "INSERT OR IGNORE INTO case_links (case_id, entity, entity_id)
             SELECT ?1, 'contact', ?2 WHERE EXISTS (SELECT 1 FROM cases WHERE id = ?1)",
            (case, id),
        )?;
    }
    for app in ties(was, "applications").filter_map(Value::as_i64) {
        conn.execute(
            "UPDATE applications SET contact_id = ?1 WHERE id = ?2 AND contact_id IS NULL",
            (id, app),
        )?;
    }
    for ern in ties(was, "erns").filter_map(Value::as_i64) {
        conn.execute(
            "UPDATE ern_memberships SET coordinator_id = ?1, version = version + 1
              WHERE id = ?2 AND coordinator_id IS NULL",
            (id, ern),
        )?;
    }
    reindex_one(conn, SearchKind::Contact, id)?;
    Ok(())
}

/// Whether anything points at contact `id` now.
pub(in crate::store) fn contact_has_ties(conn: &Connection, id: i64) -> Result<bool> {
    let was = contact_snapshot(conn, id)?;
    Ok(["roles", "members", "cases", "applications", "erns"]
        .iter()
        .any(|k| ties(&was, k).next().is_some()))
}
