//! Reading cases and meetings: one case with its links and the meeting it is on, and
//! meetings with their agendas.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow};

use super::{AgendaEntry, Case, CaseLink, Meeting};
use crate::domain::{CaseNumber, MeetingKind};
use crate::store::mappers::{clock_col, code_col, opt_code_col};
use crate::store::{Result, Store, StoreError};

/// The name of the record a link `l` (columns `entity`, `entity_id`) points to, or
/// NULL when there is none; the same names the agenda export uses.
pub(super) const LINK_NAME: &str = "CASE l.entity
     WHEN 'unit' THEN (SELECT name FROM units WHERE id = l.entity_id)
     WHEN 'application' THEN (SELECT title FROM applications WHERE id = l.entity_id)
     WHEN 'contact' THEN (SELECT name FROM contacts WHERE id = l.entity_id)
     WHEN 'report' THEN (SELECT u.name || ' (' || r.year || ')'
           FROM annual_reports r JOIN units u ON u.id = r.unit_id WHERE r.id = l.entity_id)
     WHEN 'network_period' THEN (SELECT u.name || ' (' || substr(p.starts_on, 1, 4)
           || '–' || substr(p.ends_on, 1, 4) || ')'
           FROM network_periods p JOIN units u ON u.id = p.unit_id WHERE p.id = l.entity_id)
     WHEN 'phase_out' THEN (SELECT u.name FROM phase_outs p
           JOIN units u ON u.id = p.unit_id WHERE p.id = l.entity_id)
   END";

/// The order links are listed in: by kind, then name.
const LINK_ORDER: &str = "CASE l.entity WHEN 'unit' THEN 1 WHEN 'application' THEN 2
     WHEN 'report' THEN 3 WHEN 'network_period' THEN 4 WHEN 'phase_out' THEN 5 ELSE 6 END";

/// The columns of a case, in the order [`map_case`] reads them.
const CASE: &str = "SELECT c.id, c.series, c.number, c.year, c.title, c.case_type,
        c.region_code, c.status, c.background, c.assessment, c.proposal, c.attachments,
        c.decision, c.irf_answer, c.version, a.meeting_id, m.held_on
   FROM cases c
   LEFT JOIN agenda_items a ON a.case_id = c.id
   LEFT JOIN meetings m ON m.id = a.meeting_id
  WHERE c.id = ?1";

/// A case number from its series, number and year columns.
pub(super) fn number_of(
    r: &SqlRow<'_>,
    series: usize,
    number: usize,
    year: usize,
) -> rusqlite::Result<Option<CaseNumber>> {
    let kind: MeetingKind = code_col(r, series)?;
    let number: Option<u32> = r.get(number)?;
    let year: Option<i32> = r.get(year)?;
    Ok(number
        .zip(year)
        .map(|(number, year)| CaseNumber { kind, number, year }))
}

fn map_case(r: &SqlRow<'_>) -> rusqlite::Result<Case> {
    let meeting: Option<i64> = r.get(15)?;
    let held_on: Option<NaiveDate> = r.get(16)?;
    Ok(Case {
        id: r.get(0)?,
        series: r.get(1)?,
        number: number_of(r, 1, 2, 3)?,
        title: r.get(4)?,
        case_type: code_col(r, 5)?,
        region: opt_code_col(r, 6)?,
        status: code_col(r, 7)?,
        sections: [r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?],
        irf_answer: opt_code_col(r, 13)?,
        version: r.get(14)?,
        links: Vec::new(),
        meeting: meeting.zip(held_on),
    })
}

/// The records case `id` links to, by kind then name; dangling links left out.
pub(super) fn links(conn: &Connection, id: i64) -> Result<Vec<CaseLink>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT l.entity, l.entity_id, {LINK_NAME} AS name FROM case_links l
          WHERE l.case_id = ?1 AND name IS NOT NULL
          ORDER BY {LINK_ORDER}, name, l.entity_id"
    ))?;
    let rows = stmt.query_map([id], |r| {
        Ok(CaseLink {
            entity: r.get(0)?,
            id: r.get(1)?,
            title: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The name of record `id` of kind `entity`, or `None` when there is no such record
/// (or no such kind).
pub(super) fn link_name(conn: &Connection, entity: &str, id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {LINK_NAME} FROM (SELECT ?1 AS entity, ?2 AS entity_id) l"
        ))?
        .query_row((entity, id), |r| r.get(0))?)
}

/// Case `id` with its links and the meeting it is on.
pub(super) fn load_case(conn: &Connection, id: i64) -> Result<Case> {
    let found = conn
        .prepare_cached(CASE)?
        .query_row([id], map_case)
        .optional()?;
    let mut case = found.ok_or(StoreError::NotFound { entity: "case", id })?;
    case.links = links(conn, id)?;
    Ok(case)
}

/// The agenda of meeting `id`, in order.
fn agenda(conn: &Connection, id: i64) -> Result<Vec<AgendaEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.case_id, a.position, c.series, c.number, c.year, c.title, c.status
           FROM agenda_items a JOIN cases c ON c.id = a.case_id
          WHERE a.meeting_id = ?1 ORDER BY a.position, a.case_id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(AgendaEntry {
            case_id: r.get(0)?,
            position: r.get(1)?,
            number: number_of(r, 2, 3, 4)?,
            title: r.get(5)?,
            status: code_col(r, 6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The columns of a meeting, in the order [`map_meeting`] reads them.
const MEETING: &str =
    "SELECT id, kind, held_on, place, chair_region, version, starts_at FROM meetings";

fn map_meeting(r: &SqlRow<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get(0)?,
        kind: code_col(r, 1)?,
        held_on: r.get(2)?,
        place: r.get(3)?,
        chair: opt_code_col(r, 4)?,
        version: r.get(5)?,
        starts_at: clock_col(r, 6)?,
        agenda: Vec::new(),
    })
}

/// Meeting `id` with its agenda.
pub(super) fn load_meeting(conn: &Connection, id: i64) -> Result<Meeting> {
    let found = conn
        .prepare_cached(&format!("{MEETING} WHERE id = ?1"))?
        .query_row([id], map_meeting)
        .optional()?;
    let mut meeting = found.ok_or(StoreError::NotFound {
        entity: "meeting",
        id,
    })?;
    meeting.agenda = agenda(conn, id)?;
    Ok(meeting)
}

impl Store {
    /// One case with its links and the meeting whose agenda it is on.
    pub fn case(&self, id: i64) -> Result<Case> {
        load_case(&self.conn, id)
    }

    /// Every meeting with its agenda, the latest first (by date, then the newest).
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{MEETING} ORDER BY held_on DESC, id DESC"))?;
        let mut meetings = stmt
            .query_map([], map_meeting)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for m in &mut meetings {
            m.agenda = agenda(&self.conn, m.id)?;
        }
        Ok(meetings)
    }

    /// One meeting with its agenda.
    pub fn meeting(&self, id: i64) -> Result<Meeting> {
        load_meeting(&self.conn, id)
    }
}
