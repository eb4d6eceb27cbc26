//! The Årsrapporter queue: its narrowing and order in SQL (`queue`), the counts per
//! status for the pane header, the users' saved views and regions (`views`), and the
//! bulk actions on marked reports (`bulk`).

mod bulk;
mod queue;
mod views;

pub use bulk::{BulkChange, BulkOutcome, BulkSkip};
pub(super) use queue::{
    QueueIds, REPORTS_FIRST, hits_column, narrowed_ids, narrowed_window, open_queue_count,
    queue_order, queue_test, walk_units,
};
pub use views::SavedView;
