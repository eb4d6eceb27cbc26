//! Why an undo was refused (other than a conflict, which the store reports as
//! `StoreError::Conflict` naming who changed the record since, and when).

/// An undo that cannot be done; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UndoRefusal {
    /// No write is recorded under this step.
    Nothing,
    /// The change is of a kind undo cannot revert ("this change can't be undone").
    NotCovered,
    /// Someone else made the change: only one's own changes are undone.
    NotYours {
        /// Who made it.
        by: String,
    },
    /// The change was undone already.
    AlreadyUndone {
        /// Who undid it.
        by: String,
        /// When (UTC, ISO 8601).
        at: String,
    },
    /// The deleted record's id belongs to a new record now, so it cannot come back.
    IdTaken,
    /// The record is used elsewhere now, or its place is taken by another record.
    InUse,
}
