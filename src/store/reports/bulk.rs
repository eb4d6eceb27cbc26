//! Bulk actions on marked reports: mark received (with a date), assign the reviewer
//! region, set the status. One transaction with one audit row per report changed; a
//! report changed by someone else since it was read, or one the rules refuse, is
//! skipped and reported, and the rest still apply.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction};

use crate::domain::{Code, QueueRefusal, Region, ReportStatus};
use crate::store::write::AuditEntry;
use crate::store::{Result, Store, StoreError};

/// What a bulk action does to each report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkChange {
    /// Received on this date (an expected report becomes `mottatt`).
    Received(NaiveDate),
    /// Reviewed by this region.
    Reviewer(Region),
    /// Set to this status.
    Status(ReportStatus),
}

/// Why one report was left as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkSkip {
    /// Changed by `by` at `at` since it was read.
    Conflict {
        /// Who changed it.
        by: String,
        /// When (UTC, ISO).
        at: String,
    },
    /// The rules refuse this change for this report.
    Refused(QueueRefusal),
    /// The report is gone.
    Gone,
}

/// What a bulk action did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BulkOutcome {
    /// Reports changed.
    pub applied: usize,
    /// Reports that already were as asked.
    pub unchanged: usize,
    /// Reports left as they were, with the unit's name and why.
    pub skipped: Vec<(i64, String, BulkSkip)>,
}

/// One report as the bulk action reads it.
struct Current {
    unit: String,
    year: i32,
    status: ReportStatus,
    received_on: Option<NaiveDate>,
    reviewer: Option<Region>,
    open_follow_ups: i64,
    version: i64,
}

fn current(tx: &Transaction<'_>, id: i64) -> Result<Option<Current>> {
    Ok(tx
        .query_row(
            "SELECT u.name, r.year, r.status, r.received_on, r.reviewer_region, r.version,
                    (SELECT count(*) FROM follow_ups f WHERE f.report_id = r.id AND f.done = 0)
               FROM annual_reports r JOIN units u ON u.id = r.unit_id WHERE r.id = ?1",
            [id],
            |r| {
                Ok(Current {
                    unit: r.get(0)?,
                    year: r.get(1)?,
                    status: ReportStatus::from_code(&r.get::<_, String>(2)?)
                        .unwrap_or(ReportStatus::Expected),
                    received_on: r.get(3)?,
                    reviewer: r
                        .get::<_, Option<String>>(4)?
                        .and_then(|c| Region::from_code(&c)),
                    version: r.get(5)?,
                    open_follow_ups: r.get(6)?,
                })
            },
        )
        .optional()?)
}

/// Who last changed report `id`, and when.
fn last_change(tx: &Transaction<'_>, id: i64) -> Result<(String, String)> {
    match crate::store::write::conflict(tx, "annual_report", id)? {
        StoreError::Conflict { by, at, .. } => Ok((by, at)),
        _ => Ok(("?".to_string(), String::new())),
    }
}

/// The report's new (status, received_on, reviewer), or why not; `None` when it
/// already is as asked.
type Plan =
    std::result::Result<Option<(ReportStatus, Option<NaiveDate>, Option<Region>)>, QueueRefusal>;

fn plan(c: &Current, change: BulkChange, today: NaiveDate) -> Plan {
    let now = (c.status, c.received_on, c.reviewer);
    let next = match change {
        BulkChange::Received(on) => {
            if c.received_on == Some(on) {
                return Ok(None);
            }
            let status = crate::domain::receive_report(c.status, c.received_on, c.year, on, today)?;
            (status, Some(on), c.reviewer)
        }
        BulkChange::Reviewer(region) => {
            if c.status == ReportStatus::Closed && c.reviewer != Some(region) {
                return Err(QueueRefusal::Review(crate::domain::ReviewRefusal::Closed));
            }
            (c.status, c.received_on, Some(region))
        }
        BulkChange::Status(to) => {
            let open = usize::try_from(c.open_follow_ups).unwrap_or(0);
            crate::domain::report_status_change(c.status, to, open)?;
            // Back to expected forgets the received date.
            let received = if to == ReportStatus::Expected {
                None
            } else {
                c.received_on
            };
            (to, received, c.reviewer)
        }
    };
    Ok((next != now).then_some(next))
}

impl Store {
    /// The versions of these reports now (the ones still there), for a bulk change.
    pub fn report_versions(&self, ids: &[i64]) -> Result<Vec<(i64, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, version FROM annual_reports
              WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id",
        )?;
        let list = serde_json::Value::from(ids.to_vec()).to_string();
        let rows = stmt.query_map([list], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Applies `change` to each of `reports` (id, version when read), in one
    /// transaction with an audit row per report changed.
    pub fn bulk_reports(
        &mut self,
        reports: &[(i64, i64)],
        change: BulkChange,
        today: NaiveDate,
    ) -> Result<BulkOutcome> {
        let mut outcome = BulkOutcome::default();
        let result = self.write(|tx, audit| {
            for &(id, version) in reports {
                let Some(c) = current(tx, id)? else {
                    outcome.skipped.push((id, String::new(), BulkSkip::Gone));
                    continue;
                };
                if c.version != version {
                    let (by, at) = last_change(tx, id)?;
                    outcome
                        .skipped
                        .push((id, c.unit, BulkSkip::Conflict { by, at }));
                    continue;
                }
                let (status, received, reviewer) = match plan(&c, change, today) {
                    Ok(Some(next)) => next,
                    Ok(None) => {
                        outcome.unchanged += 1;
                        continue;
                    }
                    Err(why) => {
                        outcome.skipped.push((id, c.unit, BulkSkip::Refused(why)));
                        continue;
                    }
                };
                tx.execute(
                    "UPDATE annual_reports SET status = ?1, received_on = ?2,
                            reviewer_region = ?3, version = version + 1
                      WHERE id = ?4",
                    (status.code(), received, reviewer.map(Code::code), id),
                )?;
                audit.push(AuditEntry {
                    entity: "annual_report",
                    entity_id: Some(id),
                    action: "update",
                    old: Some(serde_json::json!({
                        "status": c.status.code(),
                        "received_on": c.received_on.map(|d| d.to_string()),
                        "reviewer_region": c.reviewer.map(Code::code),
                    })),
                    new: Some(serde_json::json!({
                        "status": status.code(),
                        "received_on": received.map(|d| d.to_string()),
                        "reviewer_region": reviewer.map(Code::code),
                    })),
                });
                outcome.applied += 1;
            }
            if audit.is_empty() {
                // Nothing to write: roll back the empty transaction (see below).
                return Err(StoreError::Invalid(String::new()));
            }
            Ok(())
        });
        match result {
            Ok(()) => Ok(outcome),
            Err(StoreError::Invalid(why)) if why.is_empty() && outcome.applied == 0 => Ok(outcome),
            Err(e) => Err(e),
        }
    }
}
