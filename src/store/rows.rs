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
    /// Årshjul, timeline: something due or overdue.
    Due(crate::store::DueItem),
    /// Årshjul: an application (in the applications and the ranking views).
    Application(ApplicationRow),
    /// Årshjul: a milestone of the year.
    Milestone(crate::store::Milestone),
    /// Saker: a meeting with its agenda.
    Meeting(crate::store::Meeting),
    /// Fornyelser: one region's money, or the total (`region` is `None`).
    Money(MoneyRow),
    /// Tjenester: a unit whose reference group breaks a rule.
    Breach(crate::store::GroupCheck),
    /// Årsrapporter: one item of the season summary.
    SummaryItem(crate::store::SummaryRow),
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
            Row::Due(r) => &r.title,
            Row::Application(r) => &r.title,
            Row::Milestone(r) => &r.name,
            Row::Meeting(r) => &r.place,
            Row::Money(r) => r.region.map_or("", crate::domain::Code::code),
            Row::Breach(r) => &r.unit,
            Row::SummaryItem(r) => r.item().map_or("", |i| i.item.code.as_str()),
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
            Row::Due(r) => r.reference.map_or(0, |(_, id)| id),
            Row::Application(r) => r.id,
            Row::Milestone(r) => r.id,
            Row::Meeting(r) => r.id,
            Row::Money(r) => r.region.map_or(0, |g| g as i64 + 1),
            Row::Breach(r) => r.unit_id,
            Row::SummaryItem(r) => r.index as i64,
            Row::Report(r) => r.id,
            Row::Renewal(r) => r.id,
            Row::Contact(r) => r.id,
            Row::Case(r) => r.id,
            Row::Unit(r) => r.id,
        }
    }

    /// The record whose history this row opens (`None` for the money lines and the
    /// summary's items, which are counts rather than records).
    pub fn history_target(&self) -> Option<crate::store::HistoryTarget> {
        use crate::store::HistoryTarget as T;
        Some(match self {
            Row::Due(r) => match r.reference? {
                ("milestones", id) => T::Milestone(id),
                ("meetings", id) => T::Meeting(id),
                ("units", id) => T::Unit(id),
                ("applications", id) => T::Application(id),
                ("leadership_periods", id) => T::Leadership(id),
                ("environment_obligations", id) => T::Obligations(id),
                ("dialogue_events", id) => T::DialogueEvent(id),
                ("set_asides", id) => T::SetAside(id),
                _ => return None,
            },
            Row::Application(r) => T::Application(r.id),
            Row::Milestone(r) => T::Milestone(r.id),
            Row::Meeting(r) => T::Meeting(r.id),
            Row::Money(_) | Row::SummaryItem(_) => return None,
            Row::Breach(r) => T::Unit(r.unit_id),
            Row::Report(r) => T::Report(r.id),
            Row::Renewal(r) if r.is_network => T::NetworkPeriod(r.id),
            Row::Renewal(r) => T::Unit(r.unit_id),
            Row::Contact(r) => T::Contact(r.id),
            Row::Case(r) => T::Case(r.id),
            Row::Unit(r) => T::Unit(r.id),
        })
    }

    /// Whether this row shows the record `id` of search kind `kind`.
    pub fn is(&self, kind: crate::store::SearchKind, id: i64) -> bool {
        use crate::store::SearchKind as K;
        match (self, kind) {
            (Row::Unit(r), K::Unit) => r.id == id,
            (Row::Breach(r), K::Unit) => r.unit_id == id,
            (Row::Contact(r), K::Contact) => r.id == id,
            (Row::Case(r), K::Case) => r.id == id,
            (Row::Application(r), K::Application) => r.id == id,
            (Row::Due(r), K::Meeting) => r.reference == Some(("meetings", id)),
            _ => false,
        }
    }
}

/// One line of the money view.
#[derive(Debug, Clone, PartialEq)]
pub struct MoneyRow {
    /// The grant table's year the line is from.
    pub year: i32,
    /// The region, or `None` for the total.
    pub region: Option<Region>,
    /// The year the line's setting-aside is of (the year asked about).
    pub set_aside_year: i32,
    /// The amounts.
    pub line: crate::store::MoneyLine,
}

/// An application in the Søknader list.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationRow {
    /// Application id.
    pub id: i64,
    /// Its title.
    pub title: String,
    /// The applicant health trust.
    pub hf: Option<String>,
    /// The applicant's region.
    pub region: Region,
    /// The proposed kind (`behandling`, `kompetanse`, `flerregional`).
    pub proposed_kind: String,
    /// When it was received.
    pub received_on: Option<NaiveDate>,
    /// The step reached.
    pub step: ApplicationStep,
    /// IRF's rank, once given.
    pub rank: Option<i64>,
    /// How many of the three other regions have answered.
    pub answered: i64,
    /// IRF's decision, once recorded.
    pub decision: Option<crate::domain::IrfDecision>,
}

impl From<&crate::store::Application> for ApplicationRow {
    fn from(a: &crate::store::Application) -> ApplicationRow {
        ApplicationRow {
            id: a.id,
            title: a.title.clone(),
            hf: a.hf.clone(),
            region: a.region,
            proposed_kind: a.proposed_kind.clone(),
            received_on: a.received_on,
            step: a.step,
            rank: a.irf_rank,
            answered: i64::try_from(a.anchorings.iter().filter(|n| n.view.is_answer()).count())
                .unwrap_or(0),
            decision: a.irf_decision,
        }
    }
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
    /// True for a network period, false for a competence service's term or a regional
    /// competence service's evaluation.
    pub is_network: bool,
    /// The unit's kind: a network, a national competence service (its term) or a
    /// regional competence service (its evaluation every 5 years).
    pub kind: crate::domain::UnitKind,
    /// The period's id (network) or the unit's id (term).
    pub id: i64,
    /// The unit.
    pub unit_id: i64,
    /// The unit's name.
    pub unit: String,
    /// The host region.
    pub region: Region,
    /// Period start, approval date (terms), or the latest evaluation or else the
    /// approval (regional services).
    pub starts_on: Option<NaiveDate>,
    /// Period end, term end, or the next evaluation's date (regional services).
    pub ends_on: Option<NaiveDate>,
    /// Renewal state code as the calendar gives it (networks), unit status code
    /// (terms), or the latest evaluation's outcome code, empty when none is recorded
    /// (regional services).
    pub state: String,
    /// The network's yearly frame, or the competence service's latest recorded yearly
    /// grant, in MNOK.
    pub frame_mnok: Option<f64>,
    /// The year of that grant (competence services with a grant only).
    pub grant_year: Option<i32>,
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
    /// The unit's ERN memberships, by network (their flags follow from `today`).
    pub erns: Vec<super::ErnMembership>,
}
