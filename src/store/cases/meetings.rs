//! Adding, editing and deleting IRF and AD meetings. A meeting is set on today or a
//! later day; one with cases on its agenda keeps its kind (the cases are numbered in
//! its series) and cannot be deleted.

use chrono::NaiveDate;

use super::MeetingEdit;
use super::read::load_meeting;
use crate::domain::{CaseRefusal, Code, clean_line, clock_text};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store};

/// The number of cases as the refusals count them.
fn count(agenda_len: usize) -> i64 {
    i64::try_from(agenda_len).unwrap_or(i64::MAX)
}

impl Store {
    /// Adds a meeting; returns its id. A date before `today` is refused; the place is
    /// cleaned to one line.
    pub fn insert_meeting(&mut self, e: &MeetingEdit, today: NaiveDate) -> Result<i64> {
        if e.held_on < today {
            return Err(CaseRefusal::PastMeeting { date: e.held_on }.into());
        }
        let place = clean_line(&e.place);
        self.write(|tx, audit| {
            tx.execute(
                "INSERT INTO meetings (kind, held_on, place, chair_region, starts_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                (
                    e.kind.code(),
                    e.held_on,
                    &place,
                    e.chair.map(Code::code),
                    clock_text(e.starts_at),
                ),
            )?;
            let id = tx.last_insert_rowid();
            reindex_one(tx, SearchKind::Meeting, id)?;
            audit.push(AuditEntry {
                entity: "meeting",
                entity_id: Some(id),
                action: "insert",
                old: None,
                new: Some(load_meeting(tx, id)?.audit_json()),
            });
            Ok(id)
        })
    }

    /// Saves a meeting read at `version`; returns the new version. Moving it to a day
    /// before `today` is refused (a past meeting keeps its date and can still be
    /// corrected otherwise); with cases on its agenda it cannot change between IRF and
    /// AD. A stale version is a conflict.
    pub fn update_meeting(
        &mut self,
        id: i64,
        version: i64,
        e: &MeetingEdit,
        today: NaiveDate,
    ) -> Result<i64> {
        let place = clean_line(&e.place);
        self.write(|tx, audit| {
            check_version(tx, "meetings", "meeting", id, version)?;
            let old = load_meeting(tx, id)?;
            if e.held_on != old.held_on && e.held_on < today {
                return Err(CaseRefusal::PastMeeting { date: e.held_on }.into());
            }
            if e.kind != old.kind && !old.agenda.is_empty() {
                return Err(CaseRefusal::KindWithCases {
                    count: count(old.agenda.len()),
                }
                .into());
            }
            tx.execute(
                "UPDATE meetings SET kind = ?1, held_on = ?2, place = ?3, chair_region = ?4,
                        starts_at = ?7, version = version + 1
                  WHERE id = ?5 AND version = ?6",
                (
                    e.kind.code(),
                    e.held_on,
                    &place,
                    e.chair.map(Code::code),
                    id,
                    version,
                    clock_text(e.starts_at),
                ),
            )?;
            reindex_one(tx, SearchKind::Meeting, id)?;
            audit.push(AuditEntry {
                entity: "meeting",
                entity_id: Some(id),
                action: "update",
                old: Some(old.audit_json()),
                new: Some(load_meeting(tx, id)?.audit_json()),
            });
            Ok(version + 1)
        })
    }

    /// Deletes a meeting read at `version`. Refused while cases are on its agenda.
    pub fn delete_meeting(&mut self, id: i64, version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "meetings", "meeting", id, version)?;
            let old = load_meeting(tx, id)?;
            if !old.agenda.is_empty() {
                return Err(CaseRefusal::MeetingHasCases {
                    count: count(old.agenda.len()),
                }
                .into());
            }
            tx.execute("DELETE FROM meetings WHERE id = ?1", [id])?;
            reindex_one(tx, SearchKind::Meeting, id)?;
            audit.push(AuditEntry {
                entity: "meeting",
                entity_id: Some(id),
                action: "delete",
                old: Some(old.audit_json()),
                new: None,
            });
            Ok(())
        })
    }
}
