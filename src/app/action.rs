//! The vocabulary of the keymap: every thing a key can do. The serde names
//! (`snake_case`) are the words used in keymap files, so a binding to an action that
//! does not exist is caught when the file is read, never looked up by string at run time.

use serde::Deserialize;
use strum::{EnumIter, IntoStaticStr};

/// Something the user asks the program to do.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, EnumIter, IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Show or hide the key help.
    Help,
    /// Close the detail, help or filter; go one step back.
    Back,
    /// Open the selected record.
    Open,
    /// Select the next row (or scroll down).
    MoveDown,
    /// Select the previous row (or scroll up).
    MoveUp,
    /// Move one screen down.
    PageDown,
    /// Move one screen up.
    PageUp,
    /// Go to the first row.
    First,
    /// Go to the last row.
    Last,
    /// Switch to the next pane.
    NextPane,
    /// Switch to the previous pane.
    PrevPane,
    /// Show the Årshjul pane (annual cycle and applications).
    PaneCycle,
    /// Show the Årsrapporter pane (report review queue).
    PaneReports,
    /// Show the Fornyelser pane (renewals and term ends).
    PaneRenewals,
    /// Show the Kontakter pane (contacts by region).
    PaneContacts,
    /// Show the Saker pane (cases and meetings).
    PaneCases,
    /// Show the Tjenester pane (the unit registry).
    PaneUnits,
    /// Type to filter the list.
    Filter,
    /// Open the command palette.
    Palette,
    /// Read the list again from the database.
    Reload,
    /// Show the previous year (report season or cycle year).
    PrevYear,
    /// Show the next year (report season or cycle year).
    NextYear,
    /// Edit the selected record's notes (Tjenester).
    Edit,
    /// Mark or unmark the selected row.
    ToggleMark,
    /// Mark every row under the filter (or unmark all if all are marked).
    MarkAll,
    /// Copy the e-mail of the selected or marked contacts to the clipboard (OSC 52).
    CopyEmail,
    /// Export the marked contacts (or all under the filter) as vCard and CSV.
    Export,
    /// Show the pane's next view (Årshjul: timeline, milestones, applications, ranking).
    NextView,
    /// Show the pane's previous view.
    PrevView,
    /// Change the selected application's step (Årshjul, applications).
    Step,
    /// Record a region's anchoring answer to the selected application.
    Anchor,
    /// Move the selected application up in IRF's ranking.
    RankUp,
    /// Move the selected application down in IRF's ranking.
    RankDown,
    /// Record IRF's decision on the selected application (ranking).
    Decide,
    /// Draft the IRF case of the ranking, in rank order.
    DraftCase,
    /// Copy the year's cycle of milestones to the next year.
    CopyYear,
    /// Show the previous months on the timeline.
    PrevPeriod,
    /// Show the next months on the timeline.
    NextPeriod,
    /// Meeting mode: the meeting's agenda on the projector, one item at a time.
    MeetingMode,
    /// Give the selected case its number now (before it is on an agenda).
    AssignNumber,
    /// Link the selected case to a unit or an application, or take a link away.
    Link,
    /// Årsrapporter: narrow the queue by region, kind, status, overdue, statement.
    Narrow,
    /// Årsrapporter: sort the queue by the next column.
    SortNext,
    /// Årsrapporter: reverse the queue's order.
    SortReverse,
    /// Årsrapporter: pick or delete a saved view.
    Views,
    /// Årsrapporter: save the current view.
    SaveView,
    /// Årsrapporter: mark the marked (or selected) reports received.
    MarkReceived,
    /// Årsrapporter: choose the reviewing region of the marked (or selected) reports.
    AssignReviewer,
    /// Review the selected annual report (Årsrapporter): checklist, assessment, follow-ups.
    Review,
    /// Add a new record (a contact, in Kontakter).
    New,
    /// Delete the selected record (a contact, in Kontakter), after confirmation.
    Delete,
    /// Import reports, units or review answers from a CSV or XLSX file (Årsrapporter).
    Import,
    /// Show the selected record's history (who changed what, when).
    History,
    /// Show what others changed since you last closed irf ("Siden sist").
    SinceLast,
    /// Undo your own most recent change (outside text fields).
    Undo,
    /// Do again what the last undo took back.
    Redo,
    /// The leadership periods: which region leads when; change, delete or see the
    /// history of one.
    Leadership,
    /// Add a leadership period (region, from, to, IRF's decision, note).
    NewLeadership,
    /// The ERN memberships: which networks, through which HF and unit; change, delete
    /// or see the history of one.
    Ern,
    /// Add an ERN membership to the unit selected in Tjenester (network, HF, status,
    /// dates, national coordinator, note).
    NewErn,
    /// The status report to HOD (due two years after operation started) and the
    /// start of operation it counts from, with the yearly day of the setting-aside.
    Obligations,
    /// The dialogue events: change, delete or see the history of one, or add one.
    DialogueEvents,
    /// Add a dialogue event (date, title, place, region, national or regional, note).
    NewDialogueEvent,
    /// Record a region's setting-aside of 2–4 % for the year (the region of the
    /// money view's selected line, else chosen in the dialog).
    SetAside,
}

impl Action {
    /// The keymap word for this action (as written in keymap files).
    pub fn name(self) -> &'static str {
        self.into()
    }
}
