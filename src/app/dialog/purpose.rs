//! What saving a dialog does (`Purpose`): one variant per dialog of every pane, with
//! the record and version it was opened on, and where its draft is kept.

use crate::domain::Region;

/// What saving the dialog does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// Add an application.
    NewApplication,
    /// Edit application `id`, read at `version`.
    EditApplication {
        /// The application.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Add a milestone to `year`.
    NewMilestone {
        /// The cycle year.
        year: i32,
    },
    /// Edit milestone `id`, read at `version`.
    EditMilestone {
        /// The milestone.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Delete milestone `id` (no fields: the title asks).
    DeleteMilestone {
        /// The milestone.
        id: i64,
        /// Its version when read.
        version: i64,
        /// Its name, for the message afterwards.
        name: String,
    },
    /// Record a region's anchoring answer to an application.
    Anchoring {
        /// The application.
        id: i64,
        /// Each other region's anchoring version when read (0: no row yet).
        versions: Vec<(Region, i64)>,
    },
    /// Change an application's step.
    Step {
        /// The application.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Add a case.
    NewCase,
    /// Add an IRF or AD meeting.
    NewMeeting,
    /// Change a case's status.
    CaseStatus {
        /// The case.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Put a case on a meeting's agenda, or take it off.
    CaseAgenda {
        /// The case.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Link a case to a record, or take a link away.
    CaseLink {
        /// The case.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Narrow the Årsrapporter queue.
    QueueNarrow,
    /// Pick, or delete, a saved view of the queue.
    QueueViews,
    /// Save the queue's current view under a name.
    QueueSave,
    /// Ask the user's region, then show `view` ("Min region").
    MyRegion {
        /// The view to show once the region is known.
        view: crate::domain::QueueFilter,
    },
    /// Mark these reports (id, version when read) received.
    BulkReceived {
        /// The reports.
        reports: Vec<(i64, i64)>,
    },
    /// Choose the reviewing region of these reports.
    BulkReviewer {
        /// The reports.
        reports: Vec<(i64, i64)>,
    },
    /// Set the status of these reports.
    BulkStatus {
        /// The reports.
        reports: Vec<(i64, i64)>,
    },
    /// Record IRF's decision on a case.
    CaseDecision {
        /// The case.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// The RHFs' decision on a network period's renewal.
    Renewal {
        /// The network period.
        period: i64,
        /// Its version when read.
        version: i64,
    },
    /// A competence service's phase-out assessment (version 0: a new one).
    PhaseOut {
        /// The unit.
        unit: i64,
        /// The assessment's version when read.
        version: i64,
    },
    /// IRF's answer to a phase-out assessment.
    PhaseOutAnswer {
        /// The assessment.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Add a member to a unit's reference group.
    AddMember {
        /// The unit.
        unit: i64,
    },
    /// Take a member out of a unit's reference group.
    RemoveMember {
        /// The unit.
        unit: i64,
    },
    /// Record a network's first period (Tjenester, `b`: the RHFs fund it).
    FirstPeriod {
        /// The network (unit).
        unit: i64,
    },
    /// Record a regional competence service's 5-yearly evaluation.
    Evaluation {
        /// The unit.
        unit: i64,
    },
    /// Set a competence service's yearly grant.
    Grant {
        /// The unit.
        unit: i64,
        /// The year shown when the dialog opened.
        year: i32,
        /// That year's grant's version (0: none).
        version: i64,
    },
    /// Set the yearly grant of one of a region's competence services (chosen in the
    /// dialog, from the money view).
    ServiceGrant {
        /// The region.
        region: crate::domain::Region,
    },
    /// Import a file (Årsrapporter, see `import`).
    Import,
    /// Record IRF's decision on an application.
    Decision {
        /// The application.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// The leadership periods: pick one to change, delete or see the history of.
    LeadershipList,
    /// Add a leadership period.
    NewLeadership,
    /// Change leadership period `id`, read at `version`.
    EditLeadership {
        /// The period.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Delete leadership period `id` (no fields: the title asks).
    DeleteLeadership {
        /// The period.
        id: i64,
        /// Its version when read.
        version: i64,
        /// Its label, for the message afterwards.
        name: String,
    },
    /// The ERN memberships: pick one to change, delete or see the history of.
    ErnList,
    /// Add an ERN membership to unit `unit`.
    NewErn {
        /// The unit.
        unit: i64,
    },
    /// Change ERN membership `id`, read at `version`.
    EditErn {
        /// The membership.
        id: i64,
        /// Its version when read.
        version: i64,
        /// Its unit.
        unit: i64,
    },
    /// Delete ERN membership `id` (no fields: the title asks).
    DeleteErn {
        /// The membership.
        id: i64,
        /// Its version when read.
        version: i64,
        /// Its label, for the message afterwards.
        name: String,
    },
    /// The status report and the start of operation (the one row, read at `version`).
    Obligations {
        /// Its version when read.
        version: i64,
    },
    /// The dialogue events: pick one to change, delete or see the history of.
    DialogueList,
    /// Add a dialogue event.
    NewDialogue,
    /// Change dialogue event `id`, read at `version`.
    EditDialogue {
        /// The event.
        id: i64,
        /// Its version when read.
        version: i64,
    },
    /// Delete dialogue event `id` (no fields: the title asks).
    DeleteDialogue {
        /// The event.
        id: i64,
        /// Its version when read.
        version: i64,
        /// Its label, for the message afterwards.
        name: String,
    },
    /// Choose the region and year of a setting-aside to record.
    SetAsideChoose,
    /// Record `region`'s setting-aside for `year`; `version` of the row read (0: none).
    SetAside {
        /// The region.
        region: Region,
        /// The year.
        year: i32,
        /// The row's version when read (0: none recorded).
        version: i64,
    },
}

impl Purpose {
    /// Whether the dialog is one of the obligations' (see `app::obligations`).
    pub fn is_obligation(&self) -> bool {
        matches!(
            self,
            Purpose::Obligations { .. }
                | Purpose::DialogueList
                | Purpose::NewDialogue
                | Purpose::EditDialogue { .. }
                | Purpose::DeleteDialogue { .. }
                | Purpose::SetAsideChoose
                | Purpose::SetAside { .. }
        )
    }

    /// Whether the dialog is one of the ERN memberships' (see `app::ern`).
    pub fn is_ern(&self) -> bool {
        matches!(
            self,
            Purpose::ErnList
                | Purpose::NewErn { .. }
                | Purpose::EditErn { .. }
                | Purpose::DeleteErn { .. }
        )
    }

    /// Whether the dialog belongs to the Saker pane (see `case_forms`).
    pub fn is_case(&self) -> bool {
        matches!(
            self,
            Purpose::NewCase
                | Purpose::NewMeeting
                | Purpose::CaseStatus { .. }
                | Purpose::CaseAgenda { .. }
                | Purpose::CaseDecision { .. }
                | Purpose::CaseLink { .. }
        )
    }

    /// Whether the dialog is one of the leadership periods' (see `app::leadership`).
    pub fn is_leadership(&self) -> bool {
        matches!(
            self,
            Purpose::LeadershipList
                | Purpose::NewLeadership
                | Purpose::EditLeadership { .. }
                | Purpose::DeleteLeadership { .. }
        )
    }

    /// Whether the dialog belongs to the Fornyelser pane (see `renewal_forms`).
    pub fn is_renewal(&self) -> bool {
        matches!(
            self,
            Purpose::Renewal { .. }
                | Purpose::PhaseOut { .. }
                | Purpose::PhaseOutAnswer { .. }
                | Purpose::Evaluation { .. }
                | Purpose::Grant { .. }
                | Purpose::ServiceGrant { .. }
        )
    }

    /// The records the dialog edits, as audit entities and ids: the shared desk says
    /// when another process changed one of them while the dialog was open.
    pub fn records(&self) -> Vec<(&'static str, i64)> {
        match self {
            Purpose::EditApplication { id, .. }
            | Purpose::Anchoring { id, .. }
            | Purpose::Step { id, .. }
            | Purpose::Decision { id, .. } => vec![("application", *id), ("anchoring", *id)],
            Purpose::EditMilestone { id, .. } | Purpose::DeleteMilestone { id, .. } => {
                vec![("milestone", *id)]
            }
            Purpose::CaseStatus { id, .. }
            | Purpose::CaseAgenda { id, .. }
            | Purpose::CaseDecision { id, .. }
            | Purpose::CaseLink { id, .. } => vec![("case", *id)],
            Purpose::Renewal { period, .. } => vec![("network_period", *period)],
            Purpose::PhaseOutAnswer { id, .. } => vec![("phase_out", *id)],
            Purpose::EditLeadership { id, .. } | Purpose::DeleteLeadership { id, .. } => {
                vec![("leadership_period", *id)]
            }
            Purpose::EditErn { id, .. } | Purpose::DeleteErn { id, .. } => {
                vec![("ern_membership", *id)]
            }
            Purpose::Obligations { .. } => vec![("obligations", 1)],
            Purpose::EditDialogue { id, .. } | Purpose::DeleteDialogue { id, .. } => {
                vec![("dialogue_event", *id)]
            }
            _ => Vec::new(),
        }
    }

    /// Where the dialog's draft is kept: entity and id in the drafts table.
    pub(super) fn draft_key(&self) -> (&'static str, i64) {
        match self {
            Purpose::NewApplication => ("application", 0),
            Purpose::EditApplication { id, .. } => ("application", *id),
            Purpose::NewMilestone { year } => ("milestone_new", i64::from(*year)),
            Purpose::EditMilestone { id, .. } | Purpose::DeleteMilestone { id, .. } => {
                ("milestone", *id)
            }
            Purpose::Anchoring { id, .. } => ("anchoring", *id),
            Purpose::Step { id, .. } => ("step", *id),
            Purpose::Decision { id, .. } => ("decision", *id),
            Purpose::NewCase => ("case_new", 0),
            Purpose::NewMeeting => ("meeting_new", 0),
            Purpose::CaseStatus { id, .. } => ("case_status", *id),
            Purpose::CaseAgenda { id, .. } => ("case_agenda", *id),
            Purpose::CaseDecision { id, .. } => ("case_decision", *id),
            Purpose::CaseLink { id, .. } => ("case_link", *id),
            Purpose::Renewal { period, .. } => ("renewal", *period),
            Purpose::PhaseOut { unit, .. } => ("phase_out", *unit),
            Purpose::PhaseOutAnswer { id, .. } => ("phase_out_answer", *id),
            Purpose::AddMember { unit } => ("member_new", *unit),
            Purpose::QueueNarrow => ("queue_narrow", 0),
            Purpose::QueueViews => ("queue_views", 0),
            Purpose::QueueSave => ("queue_save", 0),
            Purpose::MyRegion { .. } => ("my_region", 0),
            Purpose::BulkReceived { .. } => ("bulk_received", 0),
            Purpose::BulkReviewer { .. } => ("bulk_reviewer", 0),
            Purpose::BulkStatus { .. } => ("bulk_status", 0),
            Purpose::RemoveMember { unit } => ("member_remove", *unit),
            Purpose::FirstPeriod { unit } => ("network_period_new", *unit),
            Purpose::Evaluation { unit } => ("evaluation", *unit),
            Purpose::Grant { unit, .. } => ("unit_grant", *unit),
            Purpose::ServiceGrant { region } => ("region_grant", *region as i64),
            Purpose::Import => ("import", 0),
            Purpose::LeadershipList => ("leadership_list", 0),
            Purpose::NewLeadership => ("leadership_new", 0),
            Purpose::EditLeadership { id, .. } | Purpose::DeleteLeadership { id, .. } => {
                ("leadership_period", *id)
            }
            Purpose::ErnList => ("ern_list", 0),
            Purpose::NewErn { unit } => ("ern_new", *unit),
            Purpose::EditErn { id, .. } | Purpose::DeleteErn { id, .. } => ("ern_membership", *id),
            Purpose::Obligations { .. } => ("obligations", 1),
            Purpose::DialogueList => ("dialogue_list", 0),
            Purpose::NewDialogue => ("dialogue_new", 0),
            Purpose::EditDialogue { id, .. } | Purpose::DeleteDialogue { id, .. } => {
                ("dialogue_event", *id)
            }
            Purpose::SetAsideChoose => ("set_aside_choose", 0),
            Purpose::SetAside { region, year, .. } => {
                ("set_aside", i64::from(*year) * 10 + *region as i64)
            }
        }
    }
}
