//! Cases and IRF/AD meetings: numbering, the status machine, versioned section edits,
//! agendas and decisions.
//!
//! - `read`: one case with its links and meeting; meetings with their agendas.
//! - `edit`: adding a case from its type's template (db/0007_cases.sql), editing its
//!   title, type and region, saving a section, setting its status, deleting a draft.
//! - `number`: case numbers, `198/21` (IRF) and `139-2021` (AD), never reused.
//! - `meetings`: adding, editing and deleting meetings.
//! - `agenda`: putting a case on a meeting's agenda, taking it off, moving it.
//! - `decision`: recording IRF's decision and what it does to the linked records.
//!
//! Every rule the user can break is a `domain::CaseRefusal`, checked inside the
//! write's transaction, so a refused change leaves the data as it was. Text is cleaned
//! as `domain::clean_section` says before it is stored. The status machine is
//! `domain::check_status`; the agenda and decision steps are made only by their own
//! methods here, so a case is `satt_opp` exactly when it has an agenda row.

mod agenda;
mod decision;
mod edit;
mod links;
mod meetings;
mod number;
mod read;

use chrono::{NaiveDate, NaiveTime};
use serde_json::json;

use crate::domain::{
    CaseNumber, CaseStatus, CaseType, Code, IrfAnswer, MeetingKind, Region, Section, clock_text,
};

/// A record a case links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseLink {
    /// The kind of record: `unit`, `application`, `contact`, `report`,
    /// `network_period` or `phase_out`.
    pub entity: String,
    /// Its id in its own table.
    pub id: i64,
    /// Its name: a unit's or contact's name, an application's title, a report as
    /// "unit (year)", a network period as "unit (2021–2026)", a phase-out by its unit.
    pub title: String,
}

/// An IRF case (*sak*), as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// Its id.
    pub id: i64,
    /// The series it is numbered in: `IRF` or `AD`.
    pub series: String,
    /// `198/21` or `139-2021`; `None` until it is numbered.
    pub number: Option<CaseNumber>,
    /// Its title.
    pub title: String,
    /// The kind of case.
    pub case_type: CaseType,
    /// The responsible region.
    pub region: Option<Region>,
    /// Where it is in its life.
    pub status: CaseStatus,
    /// The text sections, in [`Section::ALL`] order: background, assessment, proposed
    /// decision, attachments, decision.
    pub sections: [String; 5],
    /// IRF's answer, for renewals and phase-outs once decided.
    pub irf_answer: Option<IrfAnswer>,
    /// The row's version, to pass back with an edit.
    pub version: i64,
    /// The records it concerns, by kind (unit, application, report, network period,
    /// phase-out, contact) then name; links to records that no longer exist are left
    /// out.
    pub links: Vec<CaseLink>,
    /// The meeting whose agenda it is on: id and date.
    pub meeting: Option<(i64, NaiveDate)>,
}

impl Case {
    /// The text of one section.
    pub fn section(&self, section: Section) -> &str {
        &self.sections[section.index()]
    }

    /// The fields audit rows record for a case (the sections only where they change).
    fn audit_json(&self) -> serde_json::Value {
        json!({
            "series": self.series, "number": self.number.map(|n| n.to_string()),
            "title": self.title, "case_type": self.case_type.code(),
            "region": self.region.map(Code::code), "status": self.status.code(),
            "irf_answer": self.irf_answer.map(Code::code),
        })
    }
}

/// The editable fields of a case, as typed in a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseEdit {
    /// Title (required; cleaned to one line).
    pub title: String,
    /// The kind of case; a new case's sections start from this type's template.
    pub case_type: CaseType,
    /// The responsible region.
    pub region: Option<Region>,
}

/// One case on a meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaEntry {
    /// The case's id.
    pub case_id: i64,
    /// Its place on the agenda, from 1.
    pub position: i64,
    /// Its number.
    pub number: Option<CaseNumber>,
    /// Its title.
    pub title: String,
    /// Its status.
    pub status: CaseStatus,
}

/// An IRF or AD meeting with its agenda (*saksliste*).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// Its id.
    pub id: i64,
    /// IRF or AD.
    pub kind: MeetingKind,
    /// The day it is held.
    pub held_on: NaiveDate,
    /// Where (may be empty).
    pub place: String,
    /// The time it starts, if set.
    pub starts_at: Option<NaiveTime>,
    /// The region chairing it.
    pub chair: Option<Region>,
    /// The row's version, to pass back with an edit.
    pub version: i64,
    /// The cases on its agenda, in order.
    pub agenda: Vec<AgendaEntry>,
}

impl Meeting {
    /// The fields audit rows record for a meeting.
    fn audit_json(&self) -> serde_json::Value {
        json!({
            "kind": self.kind.code(), "held_on": self.held_on.to_string(),
            "place": self.place, "starts_at": clock_text(self.starts_at),
            "chair": self.chair.map(Code::code),
        })
    }
}

/// The editable fields of a meeting, as typed in a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingEdit {
    /// IRF or AD: the series its cases are numbered in.
    pub kind: MeetingKind,
    /// The day it is held (not before today).
    pub held_on: NaiveDate,
    /// Where (cleaned to one line; may be empty).
    pub place: String,
    /// The time it starts, if set.
    pub starts_at: Option<NaiveTime>,
    /// The region chairing it.
    pub chair: Option<Region>,
}
