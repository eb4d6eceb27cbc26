//! Reading a meeting with its agenda and each case's sections, for the agenda export
//! (`irf export agenda`, `irf export case`). Read-only: nothing here writes.
//!
//! Linked records are read by name (a unit's name, an application's title …), so the
//! exported document says what a case concerns without the reader knowing any ids.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::OptionalExtension;

use super::mappers::{clock_col, code_col, opt_code_col};
use super::{Result, Store, StoreError};
use crate::domain::{CaseNumber, CaseStatus, CaseType, MeetingKind, Region};

/// A meeting with its agenda (*saksliste*), in agenda order.
#[derive(Debug, Clone, PartialEq)]
pub struct Agenda {
    /// The meeting's id.
    pub meeting: i64,
    /// IRF or AD.
    pub kind: MeetingKind,
    /// The day it is held.
    pub held_on: NaiveDate,
    /// The time it starts, if set.
    pub starts_at: Option<NaiveTime>,
    /// Where (may be empty).
    pub place: String,
    /// The region chairing the meeting, if set.
    pub chair: Option<Region>,
    /// The cases on the agenda, by position.
    pub items: Vec<AgendaCase>,
}

/// One case as it is exported: its number, title, sections and linked records.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaCase {
    /// The case's id.
    pub id: i64,
    /// Its position on a meeting's agenda; `None` when it is on none.
    pub position: Option<i64>,
    /// `198/21` or `139-2021`; `None` before the case is numbered.
    pub number: Option<CaseNumber>,
    /// The title.
    pub title: String,
    /// The kind of case.
    pub case_type: CaseType,
    /// The responsible region, if set.
    pub region: Option<Region>,
    /// Where the case is in its life.
    pub status: CaseStatus,
    /// The text sections as stored: background, assessment, proposed decision,
    /// attachments, decision (each possibly empty).
    pub sections: [String; 5],
    /// IRF's answer (stored code such as `stotter`), if recorded.
    pub irf_answer: Option<String>,
    /// Linked records as (entity code such as `unit`, the record's name), by kind then
    /// name; links to records that no longer exist are left out.
    pub links: Vec<(String, String)>,
}

impl AgendaCase {
    /// Index in [`AgendaCase::sections`] of the background (*bakgrunn*).
    pub const BACKGROUND: usize = 0;
    /// Index of the assessment (*vurdering*).
    pub const ASSESSMENT: usize = 1;
    /// Index of the proposed decision (*forslag til vedtak*).
    pub const PROPOSAL: usize = 2;
    /// Index of the attachments (*vedlegg*), one a line.
    pub const ATTACHMENTS: usize = 3;
    /// Index of the decision (*vedtak*), once recorded.
    pub const DECISION: usize = 4;
}

/// The columns of a case read for export, in the order [`case_row`] expects.
const CASE_COLUMNS: &str = "c.id, a.position, c.series, c.number, c.year, c.title, c.case_type,
     c.region_code, c.status, c.background, c.assessment, c.proposal, c.attachments,
     c.decision, c.irf_answer";

fn case_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AgendaCase> {
    let kind: MeetingKind = code_col(r, 2)?;
    let number: Option<u32> = r.get(3)?;
    let year: Option<i32> = r.get(4)?;
    Ok(AgendaCase {
        id: r.get(0)?,
        position: r.get(1)?,
        number: number
            .zip(year)
            .map(|(number, year)| CaseNumber { kind, number, year }),
        title: r.get(5)?,
        case_type: code_col(r, 6)?,
        region: opt_code_col(r, 7)?,
        status: code_col(r, 8)?,
        sections: [r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?, r.get(13)?],
        irf_answer: r.get(14)?,
        links: Vec::new(),
    })
}

impl Store {
    /// The meeting `meeting_id` with every case on its agenda, in agenda order.
    pub fn agenda(&self, meeting_id: i64) -> Result<Agenda> {
        let meeting = self
            .conn
            .query_row(
                "SELECT kind, held_on, place, chair_region, starts_at FROM meetings WHERE id = ?1",
                [meeting_id],
                |r| {
                    Ok((
                        code_col::<MeetingKind>(r, 0)?,
                        r.get::<_, NaiveDate>(1)?,
                        r.get::<_, String>(2)?,
                        opt_code_col::<Region>(r, 3)?,
                        clock_col(r, 4)?,
                    ))
                },
            )
            .optional()?;
        let Some((kind, held_on, place, chair, starts_at)) = meeting else {
            return Err(StoreError::NotFound {
                entity: "meeting",
                id: meeting_id,
            });
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CASE_COLUMNS} FROM agenda_items a JOIN cases c ON c.id = a.case_id
              WHERE a.meeting_id = ?1 ORDER BY a.position, c.id"
        ))?;
        let mut items = stmt
            .query_map([meeting_id], case_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for item in &mut items {
            item.links = self.case_links_named(item.id)?;
        }
        Ok(Agenda {
            meeting: meeting_id,
            kind,
            held_on,
            starts_at,
            place,
            chair,
            items,
        })
    }

    /// One case as it is exported, on an agenda or not.
    pub fn case_for_export(&self, id: i64) -> Result<AgendaCase> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CASE_COLUMNS} FROM cases c LEFT JOIN agenda_items a ON a.case_id = c.id
              WHERE c.id = ?1"
        ))?;
        let found = stmt.query_row([id], case_row).optional()?;
        let mut case = found.ok_or(StoreError::NotFound { entity: "case", id })?;
        case.links = self.case_links_named(id)?;
        Ok(case)
    }

    /// The meeting `spec` names: a date `YYYY-MM-DD` (the first meeting held that day),
    /// an id, or `next` (the first meeting on or after `today`). `None` when no meeting
    /// matches or `spec` is none of these.
    pub fn find_meeting(&self, spec: &str, today: NaiveDate) -> Result<Option<i64>> {
        let spec = spec.trim();
        let by_date = |day: NaiveDate, sql: &str| -> Result<Option<i64>> {
            Ok(self.conn.query_row(sql, [day], |r| r.get(0)).optional()?)
        };
        if spec.eq_ignore_ascii_case("next") || spec.eq_ignore_ascii_case("neste") {
            return by_date(
                today,
                "SELECT id FROM meetings WHERE held_on >= ?1 ORDER BY held_on, id LIMIT 1",
            );
        }
        if let Ok(day) = NaiveDate::parse_from_str(spec, "%Y-%m-%d") {
            return by_date(
                day,
                "SELECT id FROM meetings WHERE held_on = ?1 ORDER BY id LIMIT 1",
            );
        }
        if !spec.is_empty() && spec.bytes().all(|b| b.is_ascii_digit()) {
            let Ok(id) = spec.parse::<i64>() else {
                return Ok(None);
            };
            return Ok(self
                .conn
                .query_row("SELECT id FROM meetings WHERE id = ?1", [id], |r| r.get(0))
                .optional()?);
        }
        Ok(None)
    }

    /// The records a case links to, by name: (entity code, name), by kind then name.
    fn case_links_named(&self, case_id: i64) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.entity, CASE l.entity
                 WHEN 'unit' THEN (SELECT name FROM units WHERE id = l.entity_id)
                 WHEN 'application' THEN (SELECT title FROM applications WHERE id = l.entity_id)
                 WHEN 'contact' THEN (SELECT name FROM contacts WHERE id = l.entity_id)
                 WHEN 'report' THEN (SELECT u.name || ' (' || r.year || ')'
                       FROM annual_reports r JOIN units u ON u.id = r.unit_id
                      WHERE r.id = l.entity_id)
                 WHEN 'network_period' THEN (SELECT u.name || ' (' || substr(p.starts_on, 1, 4)
                       || '–' || substr(p.ends_on, 1, 4) || ')'
                       FROM network_periods p JOIN units u ON u.id = p.unit_id
                      WHERE p.id = l.entity_id)
                 WHEN 'phase_out' THEN (SELECT u.name FROM phase_outs p
                       JOIN units u ON u.id = p.unit_id WHERE p.id = l.entity_id)
               END AS name
               FROM case_links l
              WHERE l.case_id = ?1 AND name IS NOT NULL
              ORDER BY CASE l.entity WHEN 'unit' THEN 1 WHEN 'application' THEN 2
                       WHEN 'report' THEN 3 WHEN 'network_period' THEN 4
                       WHEN 'phase_out' THEN 5 ELSE 6 END, name",
        )?;
        let links = stmt
            .query_map([case_id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(links)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::OpenMode;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    fn demo() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("irf.sqlite"), OpenMode::ReadWrite).unwrap();
        store
            .seed_demo(&crate::demo::plan_in(
                today(),
                crate::demo::SeasonPhase::Reviewing,
            ))
            .unwrap();
        (dir, store)
    }

    #[test]
    fn the_demo_meeting_by_next_date_and_id() {
        let (_dir, store) = demo();
        let id = store.find_meeting("next", today()).unwrap().unwrap();
        let agenda = store.agenda(id).unwrap();
        assert_eq!(agenda.kind, MeetingKind::Irf);
        assert_eq!(agenda.held_on, today() + chrono::Days::new(21));
        assert_eq!(agenda.items.len(), 3);
        let positions: Vec<_> = agenda.items.iter().map(|c| c.position).collect();
        let mut sorted = positions.clone();
        sorted.sort();
        assert_eq!(positions, sorted);
        assert!(agenda.items.iter().all(|c| c.number.is_some()));
        let date = agenda.held_on.format("%Y-%m-%d").to_string();
        assert_eq!(store.find_meeting(&date, today()).unwrap(), Some(id));
        assert_eq!(
            store.find_meeting(&id.to_string(), today()).unwrap(),
            Some(id)
        );
        let after = agenda.held_on + chrono::Days::new(1);
        assert_eq!(store.find_meeting("next", after).unwrap(), None);
        assert_eq!(store.find_meeting("2001-01-01", today()).unwrap(), None);
        assert_eq!(store.find_meeting("999999", today()).unwrap(), None);
        assert_eq!(store.find_meeting("snart", today()).unwrap(), None);
        assert_eq!(store.find_meeting("", today()).unwrap(), None);
    }

    #[test]
    fn linked_units_are_read_by_name() {
        let (_dir, store) = demo();
        let id = store.find_meeting("next", today()).unwrap().unwrap();
        let agenda = store.agenda(id).unwrap();
        let linked: Vec<_> = agenda.items.iter().flat_map(|c| c.links.clone()).collect();
        assert!(!linked.is_empty());
        assert!(
            linked
                .iter()
                .all(|(kind, name)| kind == "unit" && !name.is_empty())
        );
        let phase_out = agenda
            .items
            .iter()
            .find(|c| c.case_type == CaseType::PhaseOut)
            .unwrap();
        assert!(phase_out.links[0].1.ends_with("hyperkolesterolemi"));
    }

    #[test]
    fn one_case_on_or_off_the_agenda_and_unknown_ids() {
        let (_dir, store) = demo();
        let id = store.find_meeting("next", today()).unwrap().unwrap();
        let first = store.agenda(id).unwrap().items[0].clone();
        assert_eq!(store.case_for_export(first.id).unwrap(), first);
        let draft: i64 = store
            .conn
            .query_row(
                "SELECT id FROM cases WHERE number IS NULL LIMIT 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let draft = store.case_for_export(draft).unwrap();
        assert_eq!((draft.position, draft.number), (None, None));
        assert!(matches!(
            store.case_for_export(999_999),
            Err(StoreError::NotFound { entity: "case", .. })
        ));
        assert!(matches!(
            store.agenda(999_999),
            Err(StoreError::NotFound {
                entity: "meeting",
                ..
            })
        ));
    }
}
