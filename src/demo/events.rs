//! Changes colleagues made in the days before the demo day, written by the store as
//! the audit rows its own writes make, so a record's history and "Siden sist" have
//! something to show.

use chrono::NaiveDateTime;

use crate::domain::{Region, ReportStatus};

/// A change a colleague made in the days before the demo day, written as the audit
/// row the store's own write would have made.
#[derive(Debug, Clone)]
pub struct SeedEvent {
    /// When (UTC), on a day before the demo day.
    pub at: NaiveDateTime,
    /// The region of the colleague who made it (the working group's member there).
    pub region: Region,
    /// What changed.
    pub change: SeedChange,
}

/// What a [`SeedEvent`] changed.
#[derive(Debug, Clone)]
pub enum SeedChange {
    /// A report (index into `Plan::reports`) moved on; from `Expected` it was received.
    Report {
        report: usize,
        from: ReportStatus,
        to: ReportStatus,
    },
    /// A contact's (index into `Plan::contacts`) phone number changed from `old`.
    Phone { contact: usize, old: String },
    /// A region answered an application's (index into `Plan::applications`) anchoring.
    Anchoring { application: usize, region: Region },
}
