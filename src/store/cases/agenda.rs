//! A meeting's agenda (*saksliste*): putting a case on it, taking it off, moving it up
//! or down. Positions run 1, 2, 3 … in agenda order after every change (older rows may
//! have gaps; the first change closes them). A case is on at most one agenda
//! (`agenda_items.case_id` is unique) and is `satt_opp` exactly while it is on one.
//! (The agenda as exported lives in `store::agenda`.)

use chrono::Datelike;
use rusqlite::Connection;
use serde_json::json;

use super::number::give_number;
use super::read::{load_case, load_meeting};
use crate::domain::{CaseRefusal, CaseStatus, Code, is_decided};
use crate::store::search::{SearchKind, reindex_one};
use crate::store::write::{AuditEntry, check_version};
use crate::store::{Result, Store};

/// The cases on meeting `meeting`'s agenda, in order.
fn order(conn: &Connection, meeting: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT case_id FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, case_id",
    )?;
    let ids = stmt.query_map([meeting], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<Vec<i64>>>()?)
}

/// Writes positions 1, 2, 3 … for `ids` on meeting `meeting`'s agenda.
fn set_order(conn: &Connection, meeting: i64, ids: &[i64]) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "UPDATE agenda_items SET position = ?1
          WHERE meeting_id = ?2 AND case_id = ?3 AND position IS NOT ?1",
    )?;
    for (i, id) in ids.iter().enumerate() {
        let position = i64::try_from(i).unwrap_or(i64::MAX - 1) + 1;
        stmt.execute((position, meeting, id))?;
    }
    Ok(())
}

/// The 1-based place of `case` in `ids`.
fn place(ids: &[i64], case: i64) -> Option<i64> {
    let i = ids.iter().position(|id| *id == case)?;
    i64::try_from(i + 1).ok()
}

/// The index `case` moves to when moved `up` or down in `ids`; `None` at the ends or
/// when it is not there.
fn target(ids: &[i64], case: i64, up: bool) -> Option<(usize, usize)> {
    let i = ids.iter().position(|id| *id == case)?;
    let j = if up { i.checked_sub(1)? } else { i + 1 };
    (j < ids.len()).then_some((i, j))
}

impl Store {
    /// Puts a case read at `case_version` last on meeting `meeting_id`'s agenda and
    /// makes it `satt_opp`. The case must be `utkast` or `klar` and on no agenda (a
    /// case on one is refused naming that meeting's date). A case without a number
    /// gets the next in the meeting's series and year: `12/26` for IRF, `12-2026` for
    /// AD.
    pub fn add_to_agenda(
        &mut self,
        meeting_id: i64,
        case_id: i64,
        case_version: i64,
    ) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", case_id, case_version)?;
            let case = load_case(tx, case_id)?;
            let meeting = load_meeting(tx, meeting_id)?;
            if let Some((_, meeting_date)) = case.meeting {
                return Err(CaseRefusal::OnAgenda {
                    title: case.title,
                    meeting_date,
                }
                .into());
            }
            if is_decided(case.status) {
                return Err(CaseRefusal::Decided { title: case.title }.into());
            }
            if !matches!(case.status, CaseStatus::Draft | CaseStatus::Ready) {
                return Err(CaseRefusal::BadStatus {
                    from: case.status,
                    to: CaseStatus::OnAgenda,
                }
                .into());
            }
            let number = give_number(tx, audit, &case, meeting.kind, meeting.held_on.year())?;
            tx.execute(
                "INSERT INTO agenda_items (meeting_id, case_id, position)
                 SELECT ?1, ?2, coalesce(max(position), 0) + 1 FROM agenda_items
                  WHERE meeting_id = ?1",
                (meeting_id, case_id),
            )?;
            let ids = order(tx, meeting_id)?;
            set_order(tx, meeting_id, &ids)?;
            tx.execute(
                "UPDATE cases SET status = ?1, version = version + 1 WHERE id = ?2",
                (CaseStatus::OnAgenda.code(), case_id),
            )?;
            reindex_one(tx, SearchKind::Case, case_id)?;
            let position = place(&ids, case_id);
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(case_id),
                action: "agenda_add",
                old: Some(json!({ "status": case.status.code() })),
                new: Some(json!({
                    "status": CaseStatus::OnAgenda.code(), "meeting": meeting_id,
                    "held_on": meeting.held_on.to_string(), "position": position,
                    "number": number.to_string(),
                })),
            });
            audit.push(AuditEntry {
                entity: "meeting",
                entity_id: Some(meeting_id),
                action: "agenda_add",
                old: None,
                new: Some(json!({ "case": case_id, "position": position })),
            });
            Ok(())
        })
    }

    /// Takes a case read at `case_version` off its meeting's agenda: it is `klar`
    /// again and keeps its number; the cases after it close up. Refused for a case on
    /// no agenda and for a decided case.
    pub fn remove_from_agenda(&mut self, case_id: i64, case_version: i64) -> Result<()> {
        self.write(|tx, audit| {
            check_version(tx, "cases", "case", case_id, case_version)?;
            let case = load_case(tx, case_id)?;
            let Some((meeting_id, held_on)) = case.meeting else {
                return Err(CaseRefusal::NotOnAgenda { title: case.title }.into());
            };
            if is_decided(case.status) {
                return Err(CaseRefusal::Decided { title: case.title }.into());
            }
            let position = place(&order(tx, meeting_id)?, case_id);
            tx.execute("DELETE FROM agenda_items WHERE case_id = ?1", [case_id])?;
            let ids = order(tx, meeting_id)?;
            set_order(tx, meeting_id, &ids)?;
            tx.execute(
                "UPDATE cases SET status = ?1, version = version + 1 WHERE id = ?2",
                (CaseStatus::Ready.code(), case_id),
            )?;
            reindex_one(tx, SearchKind::Case, case_id)?;
            audit.push(AuditEntry {
                entity: "case",
                entity_id: Some(case_id),
                action: "agenda_remove",
                old: Some(json!({
                    "status": case.status.code(), "meeting": meeting_id,
                    "held_on": held_on.to_string(), "position": position,
                })),
                new: Some(json!({ "status": CaseStatus::Ready.code() })),
            });
            audit.push(AuditEntry {
                entity: "meeting",
                entity_id: Some(meeting_id),
                action: "agenda_remove",
                old: Some(json!({ "case": case_id, "position": position })),
                new: None,
            });
            Ok(())
        })
    }

    /// Moves a case one place up (earlier) or down on its meeting's agenda. Nothing
    /// happens at the ends; a case on no agenda is refused.
    pub fn move_on_agenda(&mut self, case_id: i64, up: bool) -> Result<()> {
        let case = load_case(&self.conn, case_id)?;
        let Some((meeting_id, _)) = case.meeting else {
            return Err(CaseRefusal::NotOnAgenda { title: case.title }.into());
        };
        if target(&order(&self.conn, meeting_id)?, case_id, up).is_none() {
            return Ok(());
        }
        self.write(|tx, audit| {
            let mut ids = order(tx, meeting_id)?;
            let (from, to) = target(&ids, case_id, up).unwrap_or((0, 0));
            ids.swap(from, to);
            set_order(tx, meeting_id, &ids)?;
            audit.push(AuditEntry {
                entity: "meeting",
                entity_id: Some(meeting_id),
                action: "agenda_move",
                old: Some(json!({ "case": case_id, "position": from + 1 })),
                new: Some(json!({ "case": case_id, "position": to + 1 })),
            });
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stop_at_the_ends() {
        let ids = [7, 3, 9];
        assert_eq!(target(&ids, 7, true), None);
        assert_eq!(target(&ids, 7, false), Some((0, 1)));
        assert_eq!(target(&ids, 9, false), None);
        assert_eq!(target(&ids, 9, true), Some((2, 1)));
        assert_eq!(target(&ids, 4, true), None);
        assert_eq!(place(&ids, 9), Some(3));
        assert_eq!(place(&ids, 4), None);
    }
}
