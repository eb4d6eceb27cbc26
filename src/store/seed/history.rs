//! The demo's audit history: the changes colleagues made in the days before the demo
//! day, as the audit rows the store's own writes make (one write each, same entity,
//! action and old/new values), under the colleagues' OS users, which are tied to their
//! contacts. So a record's history (`H`) and "Siden sist" (`S`) have something to show.

use rusqlite::Transaction;
use serde_json::json;

use crate::demo::{Plan, SeedChange};
use crate::domain::{Code, ReportStatus};
use crate::store::Result;

/// Ids of what the plan's indexes point at.
pub(super) struct Ids<'a> {
    pub reports: &'a [i64],
    pub contacts: &'a [i64],
    pub applications: &'a [i64],
}

/// Writes the plan's events as audit rows, and ties each colleague's OS user to their
/// contact.
pub(super) fn write(tx: &Transaction<'_>, plan: &Plan, ids: &Ids<'_>) -> Result<()> {
    for (_, contact, user) in &plan.colleagues {
        tx.execute(
            "UPDATE contacts SET os_user = ?1 WHERE id = ?2",
            (user, ids.contacts[*contact]),
        )?;
    }
    let before: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM audit_log", [], |r| {
        r.get(0)
    })?;
    let mut row = tx.prepare(
        "INSERT INTO audit_log (at, user, entity, entity_id, action, old_value, new_value,
                                parent_entity, parent_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, NULL)",
    )?;
    for e in &plan.events {
        let Some((_, _, user)) = plan.colleagues.iter().find(|c| c.0 == e.region) else {
            continue;
        };
        let at = e.at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let (entity, id, action, old, new) = match &e.change {
            SeedChange::Report { report, from, to } => {
                let r = &plan.reports[*report];
                let (action, old, new) = if *from == ReportStatus::Expected {
                    (
                        "update",
                        json!({ "status": from.code(), "received_on": null, "reviewer_region": null }),
                        json!({
                            "status": to.code(),
                            "received_on": r.received_on.map(|d| d.to_string()),
                            "reviewer_region": r.reviewer.map(Code::code),
                        }),
                    )
                } else {
                    (
                        "status",
                        json!({ "status": from.code() }),
                        json!({ "status": to.code() }),
                    )
                };
                ("annual_report", ids.reports[*report], action, old, new)
            }
            SeedChange::Phone { contact, old } => {
                let c = &plan.contacts[*contact];
                let with = |phone: &str| {
                    json!({
                        "name": c.name, "organisation": c.organisation,
                        "region": c.region.code(), "email": c.email, "phone": phone,
                    })
                };
                (
                    "contact",
                    ids.contacts[*contact],
                    "update",
                    with(old),
                    with(&c.phone),
                )
            }
            SeedChange::Anchoring {
                application,
                region,
            } => {
                let a = &plan.applications[*application];
                let Some((_, view, on, note)) = a.anchorings.iter().find(|x| x.0 == *region) else {
                    continue;
                };
                let stored = |view: &str, on: Option<String>, note: &str| json!({ "region": region.code(), "view": view, "answered_on": on, "note": note });
                (
                    "anchoring",
                    ids.applications[*application],
                    "answer",
                    stored("avventer", None, ""),
                    stored(view, on.map(|d| d.to_string()), note),
                )
            }
        };
        row.execute((
            &at,
            user,
            entity,
            id,
            action,
            old.to_string(),
            new.to_string(),
        ))?;
    }
    // Each row is a write of its own.
    tx.execute("UPDATE audit_log SET write_id = id WHERE id > ?1", [before])?;
    Ok(())
}
