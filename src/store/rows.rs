//! The typed rows the panes list and the details they show. The store returns these;
//! the UI decides how they look.

use chrono::NaiveDate;

use crate::domain::{
    ApplicationStep, Breach, CaseNumber, CaseStatus, CaseType, Function, Region, ReportStatus,
    UnitKind, UnitStatus,
};

/// One row of any pane's list.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// Årshjul.
    Cycle(CycleRow),
    /// Årsrapporter.
    Report(ReportRow),
    /// Fornyelser.
    Renewal(RenewalRow),
    /// Kontakter.
    Contact(ContactRow),
    /// Saker.
    Case(CaseRow),
    /// Tjenester.
    Unit(UnitRow),
}

impl Row {
    /// The name shown first on the row (used for jump-to and tests).
    pub fn title(&self) -> &str {
        match self {
            Row::Cycle(r) => &r.name,
            Row::Report(r) => &r.unit,
            Row::Renewal(r) => &r.unit,
            Row::Contact(r) => &r.name,
            Row::Case(r) => &r.title,
            Row::Unit(r) => &r.name,
        }
    }
}

impl Row {
    /// The id of the record in its own table (used for marks).
    pub fn id(&self) -> i64 {
        match self {
            Row::Cycle(r) => r.id,
            Row::Report(r) => r.id,
            Row::Renewal(r) => r.id,
            Row::Contact(r) => r.id,
            Row::Case(r) => r.id,
            Row::Unit(r) => r.id,
        }
    }

    /// Whether this row shows the record `id` of search kind `kind`.
    pub fn is(&self, kind: crate::store::SearchKind, id: i64) -> bool {
        use crate::store::SearchKind as K;
        match (self, kind) {
            (Row::Unit(r), K::Unit) => r.id == id,
            (Row::Contact(r), K::Contact) => r.id == id,
            (Row::Case(r), K::Case) => r.id == id,
            (Row::Cycle(r), K::Application) => r.entity == CycleEntity::Application && r.id == id,
            (Row::Cycle(r), K::Meeting) => r.entity == CycleEntity::Meeting && r.id == id,
            _ => false,
        }
    }
}

/// What a dated row in the annual cycle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CycleEntity {
    /// A milestone of the year.
    Milestone,
    /// A fixed point of the default cycle, not yet made a milestone for this year.
    Template,
    /// An application for a new national service.
    Application,
    /// An IRF or AD meeting.
    Meeting,
}

/// A dated thing in the group's year.
#[derive(Debug, Clone, PartialEq)]
pub struct CycleRow {
    /// What it is.
    pub entity: CycleEntity,
    /// Its id in its own table.
    pub id: i64,
    /// When.
    pub date: Option<NaiveDate>,
    /// Name or title.
    pub name: String,
    /// Who owns it: `nasjonal`, `regionene` or a region code.
    pub owner: String,
    /// For applications: the step reached.
    pub step: Option<ApplicationStep>,
}

/// One annual report in the review queue.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportRow {
    /// Report id.
    pub id: i64,
    /// The unit reporting.
    pub unit_id: i64,
    /// The unit's name.
    pub unit: String,
    /// The unit's kind (sets the deadline and the checklist).
    pub kind: UnitKind,
    /// The host region.
    pub region: Region,
    /// The year reported on.
    pub year: i32,
    /// Review status.
    pub status: ReportStatus,
    /// Which region reviews it.
    pub reviewer: Option<Region>,
    /// When it was received.
    pub received_on: Option<NaiveDate>,
    /// The reference group's statement is in.
    pub statement: bool,
    /// Follow-up items not done.
    pub open_follow_ups: i64,
}

/// A term or period that ends: a network period or a competence service's term.
#[derive(Debug, Clone, PartialEq)]
pub struct RenewalRow {
    /// True for a network period, false for a competence service's term.
    pub is_network: bool,
    /// The period's id (network) or the unit's id (term).
    pub id: i64,
    /// The unit.
    pub unit_id: i64,
    /// The unit's name.
    pub unit: String,
    /// The host region.
    pub region: Region,
    /// Period start or approval date.
    pub starts_on: Option<NaiveDate>,
    /// Period end or term end.
    pub ends_on: Option<NaiveDate>,
    /// Renewal state code (networks) or unit status code (terms).
    pub state: String,
    /// The network's yearly frame in MNOK.
    pub frame_mnok: Option<f64>,
}

/// A person in the address book.
#[derive(Debug, Clone, PartialEq)]
pub struct ContactRow {
    /// Contact id.
    pub id: i64,
    /// Full name.
    pub name: String,
    /// Organisation (HF, RHF, university, user organisation …).
    pub organisation: String,
    /// Region, if the person belongs to one.
    pub region: Option<Region>,
    /// Role codes, comma-separated.
    pub roles: String,
    /// E-mail as typed.
    pub email: String,
    /// Phone as typed.
    pub phone: String,
}

/// A case for IRF or the AD meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRow {
    /// Case id.
    pub id: i64,
    /// The case number, once assigned.
    pub number: Option<CaseNumber>,
    /// Title.
    pub title: String,
    /// Type of case.
    pub case_type: CaseType,
    /// Responsible region.
    pub region: Option<Region>,
    /// Status.
    pub status: CaseStatus,
    /// Date of the meeting it is on the agenda of.
    pub meeting_on: Option<NaiveDate>,
}

/// A unit in the registry.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRow {
    /// Unit id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: UnitKind,
    /// Host region.
    pub region: Region,
    /// Host health trust, if known.
    pub hf: Option<String>,
    /// Approval date.
    pub approved_on: Option<NaiveDate>,
    /// Function (competence services).
    pub function: Option<Function>,
    /// Last day of the term, where there is one.
    pub term_ends_on: Option<NaiveDate>,
    /// Staff in full-time equivalents.
    pub fte: Option<f64>,
    /// Status.
    pub status: UnitStatus,
    /// Row version, for edits.
    pub version: i64,
}

/// A member of a unit's reference group.
#[derive(Debug, Clone, PartialEq)]
pub struct RefMember {
    /// Name.
    pub name: String,
    /// Region.
    pub region: Region,
    /// Role in the group (profession, municipality …).
    pub role: String,
    /// User representative.
    pub user_rep: bool,
    /// Chairs the group.
    pub chair: bool,
}

/// Everything the detail view shows about a unit beyond its row.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitExtra {
    /// ERN membership, if any.
    pub ern: Option<String>,
    /// Free notes.
    pub notes: String,
    /// The reference group.
    pub members: Vec<RefMember>,
    /// Rules the reference group breaks.
    pub breaches: Vec<Breach>,
}
