//! A report's review: the report and its unit, the checklist valid for the unit's kind
//! and the report's year with the answers given, the assessment and the follow-ups.
//!
//! - here: the types and reading a review;
//! - `answers`: an item's answer and comment, the assessment, finishing and closing;
//! - `follow_ups`: adding, editing, ticking off and deleting follow-up items;
//! - `status`: the report-row helpers every write shares (status moves, version).
//!
//! Checklists are data (`checklists`/`checklist_items`): the list for a report is the
//! one for the unit's kind with the greatest `valid_from <= year`; a year before every
//! list of the kind gets the kind's earliest one. Each write is one
//! `Store::write` with its audit rows. Answers and follow-ups carry their own version;
//! the report's version is checked only when the report row itself changes (its
//! status or assessment), so two reviewers answering different items never collide,
//! while a status move or an assessment over someone else's is a conflict.

mod answers;
mod follow_ups;
mod status;

pub(in crate::store) use answers::ANSWER;
pub(in crate::store) use status::REPORT;

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use super::{Result, Store, StoreError};
use crate::domain::{Answer, Code, Region, ReportStatus, UnitKind};

/// Where a review's unsaved texts are kept in the drafts table (`entity`).
pub const REVIEW_DRAFT: &str = "report";

/// One checklist item and the answer given to it in this report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    /// The item's code (`K01`, `N03`, …).
    pub code: String,
    /// The question in bokmål.
    pub text_nb: String,
    /// The question in English.
    pub text_en: String,
    /// The answer, if one is given.
    pub answer: Option<Answer>,
    /// The reviewer's comment.
    pub comment: String,
    /// The answer row's version (0: nothing saved yet).
    pub version: i64,
}

/// A follow-up item of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// Its id.
    pub id: i64,
    /// What is to be followed up.
    pub text: String,
    /// The region that owns it.
    pub owner: Option<Region>,
    /// When it is due.
    pub due_on: Option<NaiveDate>,
    /// Done.
    pub done: bool,
    /// The checklist item it belongs to, if any.
    pub item_code: Option<String>,
    /// Its version.
    pub version: i64,
}

/// Everything the review form shows about one report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// The report.
    pub report_id: i64,
    /// The report row's version.
    pub version: i64,
    /// The unit.
    pub unit_id: i64,
    /// The unit's name.
    pub unit: String,
    /// The unit's kind (it picks the checklist).
    pub kind: UnitKind,
    /// The unit's region.
    pub region: Region,
    /// The year reported on.
    pub year: i32,
    /// The report's status.
    pub status: ReportStatus,
    /// When it was received.
    pub received_on: Option<NaiveDate>,
    /// The reviewer's free-text assessment.
    pub assessment: String,
    /// The checklist's name, if the kind has one for the year.
    pub checklist: Option<String>,
    /// The checklist's items in order, with the answers.
    pub items: Vec<ReviewItem>,
    /// The follow-ups, oldest first.
    pub follow_ups: Vec<FollowUp>,
}

impl Review {
    /// How many follow-ups are not done.
    pub fn open_follow_ups(&self) -> usize {
        self.follow_ups.iter().filter(|f| !f.done).count()
    }

    /// How many items have an answer.
    pub fn answered(&self) -> usize {
        self.items.iter().filter(|i| i.answer.is_some()).count()
    }
}

/// What a saved change left: the changed row's version, and the report's version and
/// status afterwards (the version the caller passed when the report row did not
/// change, so a later edit of it is still checked against what the caller read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    /// The new version of the row changed (the report's for report-level changes).
    pub version: i64,
    /// The report row's version to use for the next change.
    pub report_version: i64,
    /// The report's status now.
    pub status: ReportStatus,
}

/// The checklist valid for a report of a unit of `kind` (its code) about `year`: the
/// kind's list with the greatest `valid_from <= year`, or for a year before all of them
/// the kind's earliest list (it governs the history before it), as (id, name).
pub(in crate::store) fn checklist_for(
    conn: &rusqlite::Connection,
    kind: &str,
    year: i32,
) -> Result<Option<(i64, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, name FROM checklists WHERE kind = ?1
              ORDER BY valid_from > ?2, abs(valid_from - ?2) LIMIT 1",
        )?
        .query_row((kind, year), |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

impl Store {
    /// Reads report `id`'s review.
    pub fn review(&self, id: i64) -> Result<Review> {
        let head = self
            .conn
            .query_row(
                "SELECT r.version, u.id, u.name, u.kind, u.region_code, r.year, r.status,
                        r.received_on, r.assessment
                   FROM annual_reports r JOIN units u ON u.id = r.unit_id WHERE r.id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, i32>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, Option<NaiveDate>>(7)?,
                        r.get::<_, String>(8)?,
                    ))
                },
            )
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "annual_report",
                id,
            })?;
        let (version, unit_id, unit, kind, region, year, status, received_on, assessment) = head;
        let bad = |what: &str, code: &str| StoreError::Invalid(format!("unknown {what} {code:?}"));
        let kind_code = kind.clone();
        let kind = UnitKind::from_code(&kind).ok_or_else(|| bad("kind", &kind))?;
        let region = Region::from_code(&region).ok_or_else(|| bad("region", &region))?;
        let status = ReportStatus::from_code(&status).ok_or_else(|| bad("status", &status))?;
        let checklist = checklist_for(&self.conn, &kind_code, year)?;
        let items = match &checklist {
            Some((list, _)) => self.review_items(id, *list)?,
            None => Vec::new(),
        };
        Ok(Review {
            report_id: id,
            version,
            unit_id,
            unit,
            kind,
            region,
            year,
            status,
            received_on,
            assessment,
            checklist: checklist.map(|c| c.1),
            items,
            follow_ups: self.follow_ups(id)?,
        })
    }

    fn review_items(&self, report: i64, checklist: i64) -> Result<Vec<ReviewItem>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT i.code, i.text_nb, i.text_en, a.answer, coalesce(a.comment, ''),
                    coalesce(a.version, 0)
               FROM checklist_items i
               LEFT JOIN report_answers a ON a.report_id = ?1 AND a.item_code = i.code
              WHERE i.checklist_id = ?2 ORDER BY i.sort, i.code",
        )?;
        let rows = stmt.query_map((report, checklist), |r| {
            let answer: Option<String> = r.get(3)?;
            Ok(ReviewItem {
                code: r.get(0)?,
                text_nb: r.get(1)?,
                text_en: r.get(2)?,
                answer: answer.and_then(|a| Answer::from_code(&a)),
                comment: r.get(4)?,
                version: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn follow_ups(&self, report: i64) -> Result<Vec<FollowUp>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, text, owner_region, due_on, done, item_code, version
               FROM follow_ups WHERE report_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([report], |r| {
            let owner: String = r.get(2)?;
            Ok(FollowUp {
                id: r.get(0)?,
                text: r.get(1)?,
                owner: Region::from_code(&owner),
                due_on: r.get(3)?,
                done: r.get(4)?,
                item_code: r.get(5)?,
                version: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The reports the current user has unsaved review text in (id, unit), by id.
    pub fn review_drafts_waiting(&self) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT r.id, u.name FROM drafts d
               JOIN annual_reports r ON r.id = d.entity_id JOIN units u ON u.id = r.unit_id
              WHERE d.user = ?1 AND d.entity = ?2 ORDER BY r.id",
        )?;
        let rows = stmt.query_map((&self.user, REVIEW_DRAFT), |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The current user's drafts of report `id`'s review, as (field, text).
    pub fn review_drafts(&self, id: i64) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field, text FROM drafts WHERE user = ?1 AND entity = ?2 AND entity_id = ?3
              ORDER BY field",
        )?;
        let rows = stmt.query_map((&self.user, REVIEW_DRAFT, id), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
