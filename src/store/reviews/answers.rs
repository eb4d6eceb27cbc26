//! An item's answer and comment, the free-text assessment, finishing the review and
//! closing the report. A change that changes nothing writes nothing.

use rusqlite::{OptionalExtension, Transaction};
use serde_json::json;

use super::super::write::{AuditEntry, check_version};
use super::super::{Result, Store, StoreError};
use super::Saved;
use super::status::{REPORT, maybe_move, move_status, open_follow_ups, report_state};
use crate::domain::{self, Answer, Code, ReviewRefusal};

/// The audit log's name for an answer row (its id is the report's).
pub(in crate::store) const ANSWER: &str = "report_answer";

/// An answer row as stored: answer, comment, version.
type AnswerRow = (Option<String>, String, i64);

fn answer_row(conn: &rusqlite::Connection, report: i64, code: &str) -> Result<Option<AnswerRow>> {
    Ok(conn
        .query_row(
            "SELECT answer, comment, version FROM report_answers
              WHERE report_id = ?1 AND item_code = ?2",
            (report, code),
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?)
}

/// Whether `code` is on the checklist valid for report `report`.
fn on_checklist(tx: &Transaction<'_>, report: i64, code: &str) -> Result<bool> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM annual_reports r JOIN units u ON u.id = r.unit_id
               JOIN checklist_items i ON i.checklist_id = (
                    SELECT id FROM checklists c WHERE c.kind = u.kind AND c.valid_from = coalesce(
                        (SELECT max(valid_from) FROM checklists WHERE kind = u.kind AND valid_from <= r.year),
                        (SELECT min(valid_from) FROM checklists WHERE kind = u.kind)))
              WHERE r.id = ?1 AND i.code = ?2",
            (report, code),
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

use crate::store::write::conflict;

impl Store {
    /// Report `report`'s status and version as stored now.
    pub(super) fn report_now(&self, report: i64) -> Result<(domain::ReportStatus, i64, usize)> {
        let (status, version, open): (String, i64, i64) = self
            .conn
            .query_row(
                "SELECT status, version,
                        (SELECT count(*) FROM follow_ups WHERE report_id = ?1 AND done = 0)
                   FROM annual_reports WHERE id = ?1",
                [report],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: REPORT,
                id: report,
            })?;
        let status = domain::ReportStatus::from_code(&status)
            .ok_or_else(|| StoreError::Invalid(format!("unknown report status {status:?}")))?;
        Ok((status, version, usize::try_from(open).unwrap_or(0)))
    }

    /// Saves item `code`'s answer and comment in report `report`. `version` is the
    /// answer row's version as read (0: none was saved), `report_version` the
    /// report's (checked only when the first save moves `mottatt` to
    /// `under_vurdering`). Refused for a report not received or closed, and for an
    /// item not on the report's checklist.
    pub fn save_answer(
        &mut self,
        report: i64,
        report_version: i64,
        code: &str,
        version: i64,
        answer: Option<Answer>,
        comment: &str,
    ) -> Result<Saved> {
        let current = answer_row(&self.conn, report, code)?;
        let (status, _, _) = self.report_now(report)?;
        domain::can_edit(status)?;
        let new_answer = answer.map(Code::code);
        if let Some((a, c, v)) = &current
            && *v == version
            && a.as_deref() == new_answer
            && c == comment
        {
            return Ok(Saved {
                version,
                report_version,
                status,
            });
        }
        if current.is_none() && version == 0 && answer.is_none() && comment.is_empty() {
            return Ok(Saved {
                version,
                report_version,
                status,
            });
        }
        self.write(|tx, audit| {
            let (status, _) = report_state(tx, report)?;
            domain::can_edit(status)?;
            if !on_checklist(tx, report, code)? {
                return Err(ReviewRefusal::UnknownItem { code: code.into() }.into());
            }
            let old = answer_row(tx, report, code)?;
            match &old {
                None if version == 0 => {}
                Some((_, _, v)) if *v == version => {}
                _ => return Err(conflict(tx, ANSWER, report)?),
            }
            tx.execute(
                "INSERT INTO report_answers (report_id, item_code, answer, comment)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (report_id, item_code) DO UPDATE
                    SET answer = excluded.answer, comment = excluded.comment,
                        version = version + 1",
                (report, code, new_answer, comment),
            )?;
            audit.push(AuditEntry {
                entity: ANSWER,
                entity_id: Some(report),
                action: if old.is_some() { "update" } else { "insert" },
                old: old.map(|(a, c, _)| json!({ "item": code, "answer": a, "comment": c })),
                new: Some(json!({ "item": code, "answer": new_answer, "comment": comment })),
            });
            let (report_version, status) = maybe_move(
                tx,
                audit,
                report,
                report_version,
                status,
                domain::status_after_save(status),
            )?;
            Ok(Saved {
                version: version + 1,
                report_version,
                status,
            })
        })
    }

    /// Saves report `report`'s assessment, read at report version `version`; a
    /// `mottatt` report becomes `under_vurdering`.
    pub fn save_assessment(&mut self, report: i64, version: i64, text: &str) -> Result<Saved> {
        let (status, now, _) = self.report_now(report)?;
        domain::can_edit(status)?;
        let old: String = self.conn.query_row(
            "SELECT assessment FROM annual_reports WHERE id = ?1",
            [report],
            |r| r.get(0),
        )?;
        if now == version && old == text {
            return Ok(Saved {
                version,
                report_version: version,
                status,
            });
        }
        self.write(|tx, audit| {
            let (status, _) = report_state(tx, report)?;
            domain::can_edit(status)?;
            check_version(tx, "annual_reports", REPORT, report, version)?;
            let to = domain::status_after_save(status).unwrap_or(status);
            tx.execute(
                "UPDATE annual_reports SET assessment = ?1, status = ?2, version = version + 1
                  WHERE id = ?3",
                (text, to.code(), report),
            )?;
            audit.push(AuditEntry {
                entity: REPORT,
                entity_id: Some(report),
                action: "assessment",
                old: Some(json!({ "assessment": old, "status": status.code() })),
                new: Some(json!({ "assessment": text, "status": to.code() })),
            });
            Ok(Saved {
                version: version + 1,
                report_version: version + 1,
                status: to,
            })
        })
    }

    /// "Finish review": report `report` (read at `version`) becomes `vurdert`, or
    /// `oppfolging` while follow-ups are open.
    pub fn finish_review(&mut self, report: i64, version: i64) -> Result<Saved> {
        self.report_move(report, version, domain::finish)
    }

    /// Closes report `report` (read at `version`): only a finished review with every
    /// follow-up done.
    pub fn close_report(&mut self, report: i64, version: i64) -> Result<Saved> {
        self.report_move(report, version, domain::close)
    }

    fn report_move(
        &mut self,
        report: i64,
        version: i64,
        rule: fn(
            domain::ReportStatus,
            usize,
        ) -> std::result::Result<domain::ReportStatus, ReviewRefusal>,
    ) -> Result<Saved> {
        let (status, _, open) = self.report_now(report)?;
        let to = rule(status, open)?;
        // Already there (finishing twice): nothing changes, nothing is written.
        if to == status {
            return Ok(Saved {
                version,
                report_version: version,
                status,
            });
        }
        self.write(|tx, audit| {
            let (status, _) = report_state(tx, report)?;
            let to = rule(status, open_follow_ups(tx, report)?)?;
            let version = move_status(tx, audit, report, version, status, to)?;
            Ok(Saved {
                version,
                report_version: version,
                status: to,
            })
        })
    }
}
