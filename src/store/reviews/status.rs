//! The report row as every review write sees it: its status and version read inside
//! the write's transaction, and the status move with its version check and audit row.

use rusqlite::{OptionalExtension, Transaction};
use serde_json::json;

use super::super::write::{AuditEntry, check_version};
use super::super::{Result, StoreError};
use crate::domain::{Code, ReportStatus};

/// The audit log's and the conflict's name for a report.
pub(in crate::store) const REPORT: &str = "annual_report";

/// Report `id`'s status and version, read in `tx`.
pub(super) fn report_state(tx: &Transaction<'_>, id: i64) -> Result<(ReportStatus, i64)> {
    let found: Option<(String, i64)> = tx
        .query_row(
            "SELECT status, version FROM annual_reports WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (status, version) = found.ok_or(StoreError::NotFound { entity: REPORT, id })?;
    let status = ReportStatus::from_code(&status)
        .ok_or_else(|| StoreError::Invalid(format!("unknown report status {status:?}")))?;
    Ok((status, version))
}

/// How many of report `id`'s follow-ups are not done, read in `tx`.
pub(super) fn open_follow_ups(tx: &Transaction<'_>, id: i64) -> Result<usize> {
    let n: i64 = tx.query_row(
        "SELECT count(*) FROM follow_ups WHERE report_id = ?1 AND done = 0",
        [id],
        |r| r.get(0),
    )?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Moves report `id` from `from` to `to`, checking that the caller read it at
/// `expected`; returns the new version. Pushes the audit row.
pub(super) fn move_status(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    id: i64,
    expected: i64,
    from: ReportStatus,
    to: ReportStatus,
) -> Result<i64> {
    check_version(tx, "annual_reports", REPORT, id, expected)?;
    tx.execute(
        "UPDATE annual_reports SET status = ?1, version = version + 1 WHERE id = ?2",
        (to.code(), id),
    )?;
    audit.push(AuditEntry {
        entity: REPORT,
        entity_id: Some(id),
        action: "status",
        old: Some(json!({ "status": from.code() })),
        new: Some(json!({ "status": to.code() })),
    });
    Ok(expected + 1)
}

/// Applies `to` if it is `Some` and differs from `from`: the new report version, or
/// `expected` unchanged when the status stays.
pub(super) fn maybe_move(
    tx: &Transaction<'_>,
    audit: &mut Vec<AuditEntry>,
    id: i64,
    expected: i64,
    from: ReportStatus,
    to: Option<ReportStatus>,
) -> Result<(i64, ReportStatus)> {
    match to {
        Some(to) if to != from => Ok((move_status(tx, audit, id, expected, from, to)?, to)),
        _ => Ok((expected, from)),
    }
}
