//! The Årshjul pane's texts: its views, columns, forms and sentences (`CycleMsg`,
//! bokmål and English side by side), and the labels of dated things shared with the
//! shell lookups (`calendar_kind_label`, `due_kind_label`, `due_when`).

use chrono::NaiveDate;

use super::{CliMsg, Lang, fill};
use crate::domain::working_days_between;
use crate::store::{CalendarKind, DueKind};

/// A text of the Årshjul pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CycleMsg {
    /// View: what is due, under the timeline.
    ViewDue,
    /// View: the year's milestones.
    ViewMilestones,
    /// View: applications.
    ViewApplications,
    /// View: IRF's ranking.
    ViewRanking,
    /// A pane with one view.
    NoViews,
    /// Column: when, relative to today.
    ColWhen,
    /// Column: a milestone's rule.
    ColRule,
    /// Column: rank.
    ColRank,
    /// Column: applicant HF.
    ColApplicant,
    /// Column: received date.
    ColReceived,
    /// Column: anchoring answers in.
    ColAnswers,
    /// Column: IRF's decision.
    ColDecision,
    /// Column: the pane a milestone belongs to.
    ColPane,
    /// Header: overdue and due counts.
    HeaderDue,
    /// Warning: applications await anchoring from a region, due in N working days.
    AwaitAnchoring,
    /// Warning: the same, overdue.
    AwaitAnchoringLate,
    /// One application (in a count).
    Application,
    /// Several applications (in a count).
    Applications,
    /// Detail: the applicant's own region in the matrix.
    OwnRegion,
    /// Detail: the step was forced past the guard, with this reason.
    Overridden,
    /// Detail: a template milestone, not yet the year's own.
    FromTemplate,
    /// Detail: a milestone whose date cannot be worked out.
    Unresolved,
    /// Detail: Enter leads to the record.
    EnterGoes,
    /// Form field.
    FieldTitle,
    /// Form field.
    FieldHf,
    /// Form field.
    FieldKind,
    /// Form field.
    FieldReceived,
    /// Form field.
    FieldContact,
    /// Form field.
    FieldName,
    /// Form field.
    FieldDate,
    /// Form field.
    FieldRule,
    /// Form field.
    FieldOwner,
    /// Form field.
    FieldPane,
    /// Form field.
    FieldRegion,
    /// Form field.
    FieldView,
    /// Form field.
    FieldNote,
    /// Form field.
    FieldStep,
    /// Form field.
    FieldReason,
    /// Form field.
    FieldDecision,
    /// Form field.
    FieldPlace,
    /// Form field.
    FieldChair,
    /// Form field: a meeting's start time.
    FieldTime,
    /// Form field.
    FieldStatus,
    /// Form field.
    FieldMeeting,
    /// Form field.
    FieldAnswer,
    /// Form field.
    FieldRole,
    /// Form field.
    FieldUserRep,
    /// Form field.
    FieldStart,
    /// Form field.
    FieldEnd,
    /// Form field.
    FieldFrame,
    /// Form field.
    FieldTasks,
    /// Form field.
    FieldOutcome,
    /// Form field.
    FieldTransition,
    /// Form field.
    FieldRecommendation,
    /// Form title.
    FormNewApplication,
    /// Form title.
    FormEditApplication,
    /// Form title.
    FormNewMilestone,
    /// Form title.
    FormEditMilestone,
    /// Form title.
    FormAnchoring,
    /// Form title.
    FormStep,
    /// Form title.
    FormDecision,
    /// Form hint: keys.
    FormKeys,
    /// A typed date that does not exist.
    BadDate,
    /// A typed time of day that does not exist.
    BadTime,
    /// Saved.
    Saved,
    /// A new application saved.
    ApplicationAdded,
    /// The step changed.
    StepChanged,
    /// The step changed past the guard.
    StepOverridden,
    /// The ranking case drafted.
    CaseDrafted,
    /// The cycle copied to the next year.
    CycleCopied,
    /// The year's cycle made from the template.
    CycleCreated,
    /// A milestone deleted.
    MilestoneDeleted,
    /// Ask before deleting a milestone.
    ConfirmDeleteMilestone,
    /// The action belongs to another view.
    NotInThisView,
    /// Nothing selected to act on.
    NothingSelected,
    /// The timeline shows another period.
    Period,
    /// A milestone or meeting that has passed, N days ago.
    DaysAgo,
    /// … yesterday.
    Yesterday,
    /// A milestone with a fixed date (no rule).
    FixedDate,
    /// After a conflict in a dialog: what Enter and Esc do now.
    ConflictHint,
}

impl CycleMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use CycleMsg as M;
        match self {
            M::ViewDue => ("Tidslinje", "Timeline"),
            M::ViewMilestones => ("Milepæler", "Milestones"),
            M::ViewApplications => ("Søknader", "Applications"),
            M::ViewRanking => ("Rangering", "Ranking"),
            M::NoViews => (
                "Denne fanen har bare én visning.",
                "This pane has one view only.",
            ),
            M::ColWhen => ("Når", "When"),
            M::ColRule => ("Regel", "Rule"),
            M::ColRank => ("Rang", "Rank"),
            M::ColApplicant => ("Søker", "Applicant"),
            M::ColReceived => ("Mottatt", "Received"),
            M::ColAnswers => ("Svar", "Answers"),
            M::ColDecision => ("IRF", "IRF"),
            M::ColPane => ("Fane", "Pane"),
            M::HeaderDue => (
                "{} forfalt · {} neste 30 dager",
                "{} overdue · {} next 30 days",
            ),
            M::AwaitAnchoring => (
                "Forankring fra {}: {} {}, frist {}",
                "Anchoring from {}: {} {}, due {}",
            ),
            M::AwaitAnchoringLate => (
                "Forankring fra {}: {} {}, {}",
                "Anchoring from {}: {} {}, {}",
            ),
            M::Application => ("søknad", "application"),
            M::Applications => ("søknader", "applications"),
            M::OwnRegion => ("søker", "applicant"),
            M::Overridden => ("Overstyrt: {}", "Overridden: {}"),
            M::FromTemplate => (
                "Fra standard-årshjulet. Endre den (e) eller legg til (n), så blir årets årshjul laget.",
                "From the default cycle. Edit it (e) or add one (n) and the year's own cycle is made.",
            ),
            M::Unresolved => (
                "Datoen kan ikke regnes ut: {}",
                "The date cannot be worked out: {}",
            ),
            M::EnterGoes => ("Enter går til saken.", "Enter goes to the record."),
            M::FieldTitle => ("Tittel", "Title"),
            M::FieldHf => ("Søkende helseforetak", "Applicant health trust"),
            M::FieldKind => ("Foreslått type", "Proposed kind"),
            M::FieldReceived => ("Mottatt (dd.mm.åååå)", "Received (dd.mm.yyyy)"),
            M::FieldContact => ("Kontaktperson", "Contact"),
            M::FieldName => ("Navn", "Name"),
            M::FieldDate => ("Dato (dd.mm.åååå)", "Date (dd.mm.yyyy)"),
            M::FieldRule => ("Regel", "Rule"),
            M::FieldOwner => ("Ansvar", "Owner"),
            M::FieldPane => ("Fane", "Pane"),
            M::FieldRegion => ("Region", "Region"),
            M::FieldView => ("Syn", "View"),
            M::FieldNote => ("Merknad", "Note"),
            M::FieldStep => ("Nytt steg", "New step"),
            M::FieldReason => ("Begrunnelse for å overstyre", "Reason to override"),
            M::FieldDecision => ("IRFs vedtak", "IRF's decision"),
            M::FieldPlace => ("Sted", "Place"),
            M::FieldChair => ("Møteleder (region)", "Chair (region)"),
            M::FieldTime => ("Klokkeslett (tt:mm)", "Time (hh:mm)"),
            M::FieldStatus => ("Status", "Status"),
            M::FieldMeeting => ("Møte", "Meeting"),
            M::FieldAnswer => ("IRFs svar", "IRF's answer"),
            M::FieldRole => ("Rolle eller fagfelt", "Role or field"),
            M::FieldUserRep => ("Brukerrepresentant", "User representative"),
            M::FieldStart => ("Ny periode fra", "New period from"),
            M::FieldEnd => ("Ny periode til", "New period to"),
            M::FieldFrame => ("Ramme (MNOK i året)", "Frame (MNOK a year)"),
            M::FieldTasks => ("Oppgaver i ordinær drift", "Tasks to ordinary operation"),
            M::FieldOutcome => ("Foreslått utfall", "Proposed outcome"),
            M::FieldTransition => (
                "Overgangsfinansiering (år, høyst 2)",
                "Transitional funding (years, at most 2)",
            ),
            M::FieldRecommendation => (
                "Anbefaling fra vertsregionen",
                "Host region's recommendation",
            ),
            M::FormNewApplication => ("Ny søknad", "New application"),
            M::FormEditApplication => ("Endre søknad", "Edit application"),
            M::FormNewMilestone => ("Ny milepæl {}", "New milestone {}"),
            M::FormEditMilestone => ("Endre milepæl", "Edit milestone"),
            M::FormAnchoring => ("Forankring: {}", "Anchoring: {}"),
            M::FormStep => ("Steg: {}", "Step: {}"),
            M::FormDecision => ("IRFs vedtak: {}", "IRF's decision: {}"),
            M::FormKeys => (
                "Tab neste felt · ←/→ velg · Enter lagre · Esc lukk (utkastet beholdes)",
                "Tab next field · ←/→ choose · Enter save · Esc close (the draft is kept)",
            ),
            M::BadDate => (
                "«{}» i feltet {} er ikke en dato som finnes. Skriv dd.mm.åååå, for eksempel 10.02.2027.",
                "“{}” in the field {} is not a date that exists. Type dd.mm.yyyy, e.g. 10.02.2027.",
            ),
            M::BadTime => (
                "«{}» i feltet {} er ikke et klokkeslett. Skriv tt:mm, for eksempel 09:30, eller la feltet stå tomt.",
                "“{}” in the field {} is not a time of day. Type hh:mm, e.g. 09:30, or leave the field empty.",
            ),
            M::Saved => ("Lagret.", "Saved."),
            M::ApplicationAdded => ("Søknaden er lagt til.", "The application was added."),
            M::StepChanged => ("Steget er nå «{}».", "The step is now “{}”."),
            M::StepOverridden => (
                "Steget er nå «{}», overstyrt med begrunnelse.",
                "The step is now “{}”, overridden with a reason.",
            ),
            M::CaseDrafted => (
                "Saksutkastet «{}» er laget i Saker.",
                "The draft case “{}” was made in Cases.",
            ),
            M::CycleCopied => (
                "Kopierte {} milepæler til {}.",
                "Copied {} milestones to {}.",
            ),
            M::CycleCreated => (
                "Årshjulet for {} er laget fra standarden.",
                "The cycle for {} was made from the default.",
            ),
            M::MilestoneDeleted => (
                "Milepælen «{}» er slettet.",
                "The milestone “{}” was deleted.",
            ),
            M::ConfirmDeleteMilestone => (
                "Slette milepælen «{}»? y = ja, Esc = nei",
                "Delete the milestone “{}”? y = yes, Esc = no",
            ),
            M::NotInThisView => (
                "Det gjøres i visningen {} (v bytter visning).",
                "That is done in the {} view (v switches views).",
            ),
            M::NothingSelected => ("Ingen rad er valgt.", "No row is selected."),
            M::Period => ("{} · {}", "{} · {}"),
            M::DaysAgo => ("for {} dager siden", "{} days ago"),
            M::Yesterday => ("i går", "yesterday"),
            M::FixedDate => ("fast dato", "fixed date"),
            M::ConflictHint => (
                "Enter lagrer det du har skrevet over deres; Esc lukker (utkastet beholdes).",
                "Enter saves what you typed over theirs; Esc closes (the draft is kept).",
            ),
        }
    }
}

impl Lang {
    /// The text of an Årshjul message.
    pub fn y(self, msg: CycleMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// An Årshjul message with its `{}` placeholders filled in order.
    pub fn yf(self, msg: CycleMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.y(msg), args)
    }
}

/// The label of a kind of calendar item in the UI language.
pub fn calendar_kind_label(lang: Lang, kind: CalendarKind) -> &'static str {
    lang.c(match kind {
        CalendarKind::Milestone => CliMsg::CalMilestone,
        CalendarKind::Meeting => CliMsg::KindMeeting,
        CalendarKind::NetworkYear6 => CliMsg::CalNetworkYear6,
        CalendarKind::TermEnd => CliMsg::CalTermEnd,
        CalendarKind::Handover => return lang.l(super::LeadMsg::KindHandOver),
        CalendarKind::StatusReport { sent } => {
            return lang.o(if sent {
                super::ObligMsg::KindReportSent
            } else {
                super::ObligMsg::KindReport
            });
        }
        CalendarKind::SetAside { recorded } => {
            return lang.o(if recorded {
                super::ObligMsg::KindSetAsideRecorded
            } else {
                super::ObligMsg::KindSetAside
            });
        }
        CalendarKind::Dialogue => return lang.o(super::ObligMsg::KindDialogue),
    })
}

/// The label of a kind of due item in the UI language.
pub fn due_kind_label(lang: Lang, kind: DueKind) -> &'static str {
    match kind {
        DueKind::Calendar(kind) => calendar_kind_label(lang, kind),
        DueKind::Anchoring => lang.c(CliMsg::DueAnchoring),
        DueKind::Leadership { .. } => lang.l(super::LeadMsg::KindLeadership),
    }
}

/// How soon a due item is: as [`due_when`], except that a milestone or a meeting past
/// its date has passed ("for 4 dager siden", "i går") rather than being late, since
/// only an obligation (an anchoring answer, a year 6, a term's end) stays open.
pub fn due_item_when(lang: Lang, today: NaiveDate, item: &crate::store::DueItem) -> String {
    if item.date >= today || item.kind.is_obligation() {
        return due_when(lang, today, item.date);
    }
    match (today - item.date).num_days() {
        1 => lang.y(CycleMsg::Yesterday).to_string(),
        days => lang.yf(CycleMsg::DaysAgo, &[&days]),
    }
}

/// "in 3 working days", "today" or "12 days overdue".
pub fn due_when(lang: Lang, today: NaiveDate, date: NaiveDate) -> String {
    if date < today {
        match (today - date).num_days() {
            1 => lang.c(CliMsg::OverdueOne).to_string(),
            days => lang.cf(CliMsg::Overdue, &[&days]),
        }
    } else if date == today {
        lang.c(CliMsg::DueToday).to_string()
    } else {
        match working_days_between(today, date) {
            1 => lang.c(CliMsg::DueInOne).to_string(),
            days => lang.cf(CliMsg::DueIn, &[&days]),
        }
    }
}
