//! Moving an application through its steps under the guard (`domain::check_step`), and
//! the other regions' anchoring answers the guard asks for.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction};
use serde_json::json;

use super::read::{date, load};
use crate::domain::{AnchoringView, ApplicationStep, Code, Region, check_answer, check_step};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store, StoreError};

/// The place after the last in IRF's round, leaving out application `id`.
pub(super) fn next_rank(tx: &Transaction<'_>, id: i64) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT coalesce(max(irf_rank), 0) + 1 FROM applications
          WHERE step IN ('klar_for_irf', 'rangert') AND id <> ?1",
        [id],
        |r| r.get(0),
    )?)
}

/// The stored anchoring of `region` for application `id`: version, view, date, note.
type StoredAnswer = (i64, String, Option<String>, String);

impl Store {
    /// Moves an application read at `version` to step `to`. Into IRF's round or past
    /// it from an earlier step, every other region must have answered, unless
    /// `override_reason` gives a written reason: it is kept on the application and in
    /// the audit row (action `override_step`). Going back before the round clears the
    /// rank, IRF's decision and the override reason; coming into the round gives the
    /// place after the last.
    pub fn set_step(
        &mut self,
        id: i64,
        version: i64,
        to: ApplicationStep,
        override_reason: Option<&str>,
    ) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "applications", "application", id, version)?;
            let old = load(tx, id)?;
            let change = check_step(old.step, to, &old.unanswered(), override_reason)?;
            if change.goes_before_round() {
                tx.execute(
                    "UPDATE applications SET step = ?1, irf_rank = NULL, irf_decision = NULL,
                            override_reason = NULL, version = version + 1
                      WHERE id = ?2",
                    (to.code(), id),
                )?;
            } else {
                let rank = if change.enters_round() {
                    Some(next_rank(tx, id)?)
                } else {
                    old.irf_rank
                };
                tx.execute(
                    "UPDATE applications SET step = ?1, irf_rank = ?2,
                            override_reason = coalesce(?3, override_reason),
                            version = version + 1
                      WHERE id = ?4",
                    (to.code(), rank, change.override_reason.as_deref(), id),
                )?;
            }
            reindex_one(tx, SearchKind::Application, id)?;
            let new = load(tx, id)?;
            let mut new_json = json!({
                "step": new.step.code(), "irf_rank": new.irf_rank,
                "irf_decision": new.irf_decision.map(Code::code),
                "override_reason": new.override_reason,
            });
            if let Some(reason) = &change.override_reason {
                new_json["unanswered"] = json!(
                    old.unanswered()
                        .into_iter()
                        .map(Code::code)
                        .collect::<Vec<_>>()
                );
                new_json["reason"] = json!(reason);
            }
            audit.push(AuditEntry {
                entity: "application",
                entity_id: Some(id),
                action: if change.overridden() {
                    "override_step"
                } else {
                    "step"
                },
                old: Some(json!({
                    "step": old.step.code(), "irf_rank": old.irf_rank,
                    "irf_decision": old.irf_decision.map(Code::code),
                    "override_reason": old.override_reason,
                })),
                new: Some(new_json),
            });
            Ok(())
        })
    }

    /// Records `region`'s view of an application. `version` is the anchoring's as read
    /// (0 when it had no row): if someone answered meanwhile, it is a conflict. The
    /// applicant's own region is refused; an answer needs its date, not before the
    /// application was received. Back to `Pending` clears the date.
    pub fn answer_anchoring(
        &mut self,
        application_id: i64,
        region: Region,
        version: i64,
        view: AnchoringView,
        answered_on: Option<NaiveDate>,
        note: &str,
    ) -> Result<()> {
        self.write(|tx, audit| {
            let app = load(tx, application_id)?;
            check_answer(app.region, region, view, answered_on, app.received_on)?;
            let stored: Option<StoredAnswer> = tx
                .query_row(
                    "SELECT version, view, answered_on, note FROM anchorings
                      WHERE application_id = ?1 AND region_code = ?2",
                    (application_id, region.code()),
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            let found = stored.as_ref().map_or(0, |s| s.0);
            if found != version {
                return Err(conflict(tx, application_id, region)?);
            }
            let on = answered_on.filter(|_| view.is_answer());
            if stored.is_some() {
                tx.execute(
                    "UPDATE anchorings SET view = ?1, answered_on = ?2, note = ?3,
                            version = version + 1
                      WHERE application_id = ?4 AND region_code = ?5 AND version = ?6",
                    (
                        view.code(),
                        on,
                        note,
                        application_id,
                        region.code(),
                        version,
                    ),
                )?;
            } else {
                tx.execute(
                    "INSERT INTO anchorings (application_id, region_code, view, answered_on, note)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    (application_id, region.code(), view.code(), on, note),
                )?;
            }
            audit.push(AuditEntry {
                entity: "anchoring",
                entity_id: Some(application_id),
                action: "answer",
                old: stored.map(|(_, view, on, note)| {
                    json!({
                        "region": region.code(), "view": view,
                        "answered_on": date(on).map(|d| d.to_string()), "note": note,
                    })
                }),
                new: Some(json!({
                    "region": region.code(), "view": view.code(),
                    "answered_on": on.map(|d| d.to_string()), "note": note,
                })),
            });
            Ok(())
        })
    }
}

/// The conflict for an anchoring answered since it was read, naming who answered last
/// and when (from the audit log).
fn conflict(tx: &Transaction<'_>, id: i64, region: Region) -> Result<StoreError> {
    let (by, at) = tx
        .query_row(
            "SELECT user, at FROM audit_log
              WHERE entity = 'anchoring' AND entity_id = ?1
                AND json_extract(new_value, '$.region') = ?2
              ORDER BY id DESC LIMIT 1",
            (id, region.code()),
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )
        .optional()?
        .unwrap_or_else(|| (String::from("?"), String::new()));
    Ok(StoreError::Conflict {
        entity: "anchoring",
        id,
        name: crate::store::write::recorded_name(tx, "anchoring", id)?,
        by,
        at,
    })
}
