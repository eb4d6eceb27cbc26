//! Opening a database file: creation with group-shared permissions, the house pragmas,
//! and migrations that many processes can race on safely.

use std::fs::{OpenOptions, Permissions};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::{Result, Store, StoreError};

/// One migration: its SQL, and optionally a step in Rust that runs right after it in
/// the same transaction (for work SQL cannot do, such as folding text for search).
struct Migration {
    sql: &'static str,
    then: Option<fn(&rusqlite::Transaction<'_>) -> Result<()>>,
}

/// The migrations, in order; `user_version` counts how many have run.
const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("../../db/0001_schema.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0002_reference.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0003_search.sql"),
        then: Some(super::search::reindex_all),
    },
    Migration {
        sql: include_str!("../../db/0004_lookup_indexes.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0005_search_rowids.sql"),
        then: Some(super::search::reindex_all),
    },
    Migration {
        sql: include_str!("../../db/0006_ranking.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0007_cases.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0008_report_views.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0009_renewals.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0010_member_trust.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0011_shared_desk.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0012_meeting_time.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0013_leadership.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0014_ern.sql"),
        then: Some(super::ern::fill_from_units),
    },
    Migration {
        sql: include_str!("../../db/0015_obligations.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0016_counts.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("../../db/0017_term_index.sql"),
        then: None,
    },
];

/// The schema version this program writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a connection waits for another writer before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How the file is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create if missing, migrate, read and write (the TUI).
    ReadWrite,
    /// Read only; never creates, migrates or waits on a writer (shell lookups).
    ReadOnly,
}

/// Opens `path` with the house pragmas and brings its schema up to date.
pub fn connect(path: &Path, mode: OpenMode) -> Result<Connection> {
    let conn = match mode {
        OpenMode::ReadWrite => {
            create_shared_file(path)?;
            Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?
        }
        OpenMode::ReadOnly => Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?,
    };
    conn.busy_timeout(BUSY_TIMEOUT)?;
    register_functions(&conn)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Scratch tables (the filter's hits) live in memory, never in a file.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    if mode == OpenMode::ReadWrite {
        set_wal(&conn)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        migrate(&conn)?;
    } else {
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > LATEST_VERSION {
            return Err(StoreError::NewerSchema {
                found,
                known: LATEST_VERSION,
            });
        }
    }
    Ok(conn)
}

/// SQL functions the queries use: `irf_fold(text)` folds text for search the way
/// `domain::fold` does. Only queries use them, never the schema, so the file stays
/// readable by any SQLite tool.
fn register_functions(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "irf_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            Ok(ctx
                .get::<Option<String>>(0)?
                .map(|text| crate::domain::fold(&text)))
        },
    )?;
    Ok(())
}

/// Creates the file with mode 0660 if it does not exist yet, so the group can share it.
/// SQLite gives its -wal and -shm files the same permissions.
fn create_shared_file(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o660)
        .open(path)
    {
        Ok(_) => {
            // The umask may have removed group write; set it explicitly.
            std::fs::set_permissions(path, Permissions::from_mode(0o660))?;
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e.into()),
    }
}

impl Store {
    /// How long a write waits for another writer's lock before it gives up with a
    /// busy error (10 s unless set).
    pub fn set_busy_timeout(&self, wait: Duration) -> Result<()> {
        Ok(self.conn.busy_timeout(wait)?)
    }
}

/// Switches to WAL. Changing the journal mode needs a moment alone with the file, so a
/// busy answer (another process doing the same) is retried.
fn set_wal(conn: &Connection) -> Result<()> {
    let mut last = None;
    for attempt in 0..200 {
        match conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0)) {
            Ok(mode) if mode.eq_ignore_ascii_case("wal") => return Ok(()),
            Ok(mode) => return Err(StoreError::Invalid(format!("journal mode stayed {mode}"))),
            Err(e) if is_busy(&e) => {
                last = Some(e);
                std::thread::sleep(Duration::from_millis(5 + attempt % 20));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(last.map_or_else(
        || StoreError::Invalid("journal mode".into()),
        StoreError::from,
    ))
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Runs the missing migrations inside one exclusive transaction that re-reads
/// `user_version`, so when many copies start on a fresh file exactly one migrates and
/// the others find the work done. Refuses a file newer than this program.
fn migrate(conn: &Connection) -> Result<()> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > LATEST_VERSION {
        return Err(StoreError::NewerSchema {
            found,
            known: LATEST_VERSION,
        });
    }
    if found == LATEST_VERSION {
        return Ok(());
    }
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Exclusive)?;
    let found: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > LATEST_VERSION {
        return Err(StoreError::NewerSchema {
            found,
            known: LATEST_VERSION,
        });
    }
    let start = usize::try_from(found).unwrap_or(0);
    for migration in MIGRATIONS.iter().skip(start) {
        tx.execute_batch(migration.sql)?;
        if let Some(step) = migration.then {
            step(&tx)?;
        }
    }
    tx.pragma_update(None, "user_version", LATEST_VERSION)?;
    tx.commit()?;
    Ok(())
}
