//! The only place with SQL. Opens the shared SQLite file with the house pragmas, runs the
//! embedded migrations, and offers one repository method per question the program asks.
//!
//! - `open`: file creation (0660), pragmas, migrations serialised across processes.
//! - `write`: the write transaction (`BEGIN IMMEDIATE` + audit row + version check).
//! - `lists`: windowed reads for the six panes (never a whole table).
//! - `live`: noticing other processes' commits (`PRAGMA data_version`) and what they were.
//! - `details`: everything shown about one record.
//! - `edits`: versioned updates and drafts.
//! - `search`: the folded trigram index and the queries over it.
//! - `milestones`: the year's cycle: milestones, their rules and copying a year.
//! - `applications`: applications, anchoring answers, the step guard and IRF ranking.
//! - `cases`: cases and meetings: numbers, status, sections, agendas, decisions.
//! - `agenda`: a meeting's agenda with each case, read for export.
//! - `reviews`: a report's review: answers, assessment, follow-ups, status moves.
//! - `refgroup`: adding and removing reference-group members.
//! - `reports`: the Årsrapporter queue's narrowing, saved views and bulk actions.
//! - `calendar`: the year's dated things for `irf calendar`.
//! - `leadership`: the leadership periods, the region leading on a day, hand-overs.
//! - `ern`: ERN memberships (network, HF, unit, status, coordinator) and their flags.
//! - `obligations`: the environment's own obligations: the status report to HOD, each
//!   region's yearly setting-aside of 2–4 %, the dialogue events.
//! - `due`: what is due or overdue for `irf due`, pending anchorings included.
//! - `summary`: the season summary, the combination query, the IRF summary case.
//! - `views`: the short lists computed in Rust (what is due, milestones, the IRF round).
//! - `background`: computing the lists that read all the data in a thread of their own.
//! - `history`: each record's history from the audit log, "since you last looked", undo.
//! - `import`: the plan of an import file (the dry run) and applying it in one write.
//! - `seed`: demo data and the large generated database used by the benchmark.
//!
//! Every query binds its parameters; nothing here formats user text into SQL.

mod agenda;
mod applications;
mod background;
mod calendar;
mod cases;
mod counts;
mod details;
mod due;
mod edits;
mod ern;
mod error;
mod history;
mod hits;
mod import;
mod leadership;
mod lists;
mod live;
mod lookups;
mod mappers;
mod milestones;
mod obligations;
mod open;
mod refgroup;
mod renewals;
mod reports;
mod reviews;
mod roles;
mod rows;
mod search;
pub mod seed;
mod sloppy;
mod steps;
mod summary;
mod terms;
mod views;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use agenda::{Agenda, AgendaCase};
pub use applications::*;
pub use calendar::{CalendarItem, CalendarKind};
pub use cases::*;
pub use details::{Detail, Tie};
pub use due::{ANCHORING_DAYS, DueItem, DueKind, OVERDUE_DAYS};
pub use edits::ContactEdit;
pub use ern::{ErnEdit, ErnMembership};
pub use error::{StoreError, WriteFailure};
pub use history::{
    ChangeItem, ChangeKind, ChangePane, Changes, FieldChange, HistoryEntry, HistoryPage,
    HistoryTarget, Home, MAX_PAGE, UndoStep, Undone,
};
pub use import::{Change, Effect, ImportInput, ImportPlan};
pub use leadership::{LEADERSHIP_NOTICE_MONTHS, LeadershipEdit, LeadershipPeriod};
pub use lists::{ListFilter, ListKind};
pub use live::{Outside, OutsideChange, OutsideRecord};
pub use lookups::ContactQuery;
pub use milestones::*;
pub use obligations::{
    DialogueEdit, DialogueEvent, Obligations, ObligationsEdit, SetAside, SetAsideEdit,
};
pub use open::{LATEST_VERSION, OpenMode};
pub use refgroup::{GroupMember, MemberEdit};
pub use renewals::{
    Evaluation, GrantRow, Money, MoneyLine, Network, NetworkPeriod, PhaseOut, PhaseOutEdit,
    RenewalDecision, UnitGrant,
};
pub use reports::{BulkChange, BulkOutcome, BulkSkip, SavedView};
pub use reviews::{FollowUp, REVIEW_DRAFT, Review, ReviewItem, Saved};
pub use rows::{
    ApplicationRow, CaseRow, ContactRow, MoneyRow, RefMember, RenewalRow, ReportRow, Row,
    UnitExtra, UnitRow,
};
pub use search::{Hit, MAX_QUERY_CHARS, SearchKind};
pub use steps::Counted;
pub use summary::{CombinationResult, CombinationUnit, SUMMARY_KIND, SummaryRow, SummaryView};
pub use terms::{EVALUATION_YEARS, GroupCheck, PhaseOutState, TermItem, TermKind};
pub use views::DUE_DAYS;

/// A handle on one database file, owned by one thread.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    user: String,
    /// Which filter's hits `temp.filter_hits` holds (see `hits`).
    hits: hits::HitsCache,
    /// The filter with many hits read in steps, if any (see `steps`).
    steps: steps::StepsCache,
    /// The calendars read (see `calendar`), kept until something changes.
    calendars: calendar::CalendarCache,
    /// The last computed list read (see `views`), kept until the next write or reload.
    computed: views::ComputedCache,
    /// The thread that computes the lists reading all the data, when on.
    background: background::Background,
    /// The queue's last row count and the filter it was read under.
    queue_total: std::cell::RefCell<Option<(ListFilter, usize)>>,
    /// A narrowed queue's report ids in list order (see `reports`), kept likewise.
    queue_ids: reports::QueueIds,
    /// The units without a report in a season (see `reports`), kept likewise.
    unreported: std::cell::RefCell<Option<(i32, Vec<i64>)>>,
    /// What this connection has seen of other processes' commits (see `live`).
    live: live::Live,
    /// The id of the last write this store made (see `history::undo`).
    last_write: Option<i64>,
}

/// The result type of every store call.
pub type Result<T> = std::result::Result<T, StoreError>;

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path, mode: OpenMode) -> Result<Store> {
        let conn = open::connect(path, mode)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            user: os_user(),
            hits: Default::default(),
            steps: Default::default(),
            calendars: Default::default(),
            computed: Default::default(),
            background: Default::default(),
            queue_total: Default::default(),
            queue_ids: Default::default(),
            unreported: Default::default(),
            live: Default::default(),
            last_write: None,
        })
    }

    /// The file this store works on.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The OS user written into audit rows.
    pub fn user(&self) -> &str {
        &self.user
    }

    /// Overrides the user name (tests use this to play two people).
    pub fn set_user(&mut self, user: &str) {
        self.user = user.to_string();
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// A pragma's current value as text (tests read back the house pragmas).
    pub fn pragma(&self, name: &str) -> Result<String> {
        let value: rusqlite::types::Value =
            self.conn.pragma_query_value(None, name, |r| r.get(0))?;
        Ok(match value {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        })
    }

    /// Runs SQLite's integrity check; returns its messages ("ok" when sound).
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Number of rows in the audit log for one entity (tests and `irf check`).
    pub fn audit_count(&self, entity: &str, id: i64) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM audit_log WHERE entity = ?1 AND entity_id = ?2",
            (entity, id),
            |r| r.get(0),
        )?)
    }
}

impl Drop for Store {
    /// Lets SQLite refresh its planner statistics where they are stale, as its
    /// documentation advises before closing; cheap, a no-op on a read-only file, and
    /// never waits: if another process is writing, it is simply skipped.
    fn drop(&mut self) {
        let _ = self.conn.busy_timeout(std::time::Duration::ZERO);
        let _ = self.conn.execute_batch("PRAGMA optimize");
    }
}

/// The OS user running the program, for audit rows: `USER`/`LOGNAME`, else the name
/// of the process's uid in /etc/passwd, else the uid itself.
pub fn os_user() -> String {
    use std::os::unix::fs::MetadataExt;
    if let Some(name) = ["USER", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
    {
        return name;
    }
    let Ok(uid) = std::fs::metadata("/proc/self").map(|m| m.uid()) else {
        return "ukjent".to_string();
    };
    std::fs::read_to_string("/etc/passwd")
        .ok()
        .and_then(|passwd| {
            passwd.lines().find_map(|line| {
                let mut fields = line.split(':');
                let name = fields.next()?;
                let id: u32 = fields.nth(1)?.parse().ok()?;
                (id == uid).then(|| name.to_string())
            })
        })
        .unwrap_or_else(|| format!("uid {uid}"))
}
