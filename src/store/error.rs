//! What can go wrong in the store, in terms the UI can explain to a user.

use std::fmt;

/// An error from the store. The UI turns each variant into a sentence in the user's
/// language (see `i18n`); `Display` here is the plain English form for logs and the CLI.
#[derive(Debug)]
pub enum StoreError {
    /// The file was written by a newer irf than this one.
    NewerSchema {
        /// The version found in the file.
        found: i64,
        /// The newest version this program knows.
        known: i64,
    },
    /// Someone else changed the row since it was read.
    Conflict {
        /// The kind of record.
        entity: &'static str,
        /// Its id.
        id: i64,
        /// Its name or title as the audit log last recorded it, if it did.
        name: Option<String>,
        /// Who wrote it last, from the audit log.
        by: String,
        /// When (UTC, ISO 8601), from the audit log.
        at: String,
    },
    /// The record does not exist (any more).
    NotFound {
        /// The kind of record.
        entity: &'static str,
        /// Its id.
        id: i64,
    },
    /// A value broke a rule of the data model.
    Invalid(String),
    /// A change broke a rule of the domain; the UI says which and how to fix it.
    Refused(crate::domain::Refusal),
    /// The file could not be created or its permissions set.
    Io(std::io::Error),
    /// SQLite said no.
    Sqlite(rusqlite::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NewerSchema { found, known } => write!(
                f,
                "the database has schema version {found}, newer than this irf knows ({known}); upgrade irf"
            ),
            StoreError::Conflict {
                entity, id, by, at, ..
            } => {
                write!(
                    f,
                    "{entity} {id} was changed by {by} at {at}; reload before saving"
                )
            }
            StoreError::NotFound { entity, id } => write!(f, "{entity} {id} does not exist"),
            StoreError::Invalid(why) => write!(f, "{why}"),
            StoreError::Refused(r) => {
                write!(f, "{}", crate::i18n::refusal_text(crate::i18n::Lang::En, r))
            }
            StoreError::Io(e) => write!(f, "{e}"),
            StoreError::Sqlite(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// Why a write could not reach the file, when the cause is the disk or another writer
/// rather than the data: the transaction was rolled back, nothing was saved, and the
/// same write can simply be tried again once the cause is gone. The UI keeps what was
/// typed and says which of these it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFailure {
    /// The disk is full (`SQLITE_FULL`, `ENOSPC`).
    DiskFull,
    /// The file or its file system is read-only (`SQLITE_READONLY`, `EROFS`).
    ReadOnly,
    /// Reading or writing the disk failed (`SQLITE_IOERR`).
    Io,
    /// Another process held the write lock past the busy timeout (`SQLITE_BUSY`).
    Busy,
}

impl StoreError {
    /// The kind of write failure this is, if it is one (see [`WriteFailure`]).
    pub fn write_failure(&self) -> Option<WriteFailure> {
        use rusqlite::ErrorCode as C;
        match self {
            StoreError::Sqlite(e) => match e.sqlite_error_code()? {
                C::DiskFull => Some(WriteFailure::DiskFull),
                C::ReadOnly => Some(WriteFailure::ReadOnly),
                C::SystemIoFailure => Some(WriteFailure::Io),
                C::DatabaseBusy | C::DatabaseLocked => Some(WriteFailure::Busy),
                _ => None,
            },
            StoreError::Io(e) => match e.kind() {
                std::io::ErrorKind::StorageFull => Some(WriteFailure::DiskFull),
                std::io::ErrorKind::ReadOnlyFilesystem => Some(WriteFailure::ReadOnly),
                _ => None,
            },
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(e)
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::Io(e)
    }
}

impl From<crate::domain::Refusal> for StoreError {
    fn from(r: crate::domain::Refusal) -> Self {
        StoreError::Refused(r)
    }
}

impl From<crate::domain::CycleRefusal> for StoreError {
    fn from(r: crate::domain::CycleRefusal) -> Self {
        StoreError::Refused(r.into())
    }
}

impl From<crate::domain::ApplicationRefusal> for StoreError {
    fn from(r: crate::domain::ApplicationRefusal) -> Self {
        StoreError::Refused(r.into())
    }
}

impl From<crate::domain::CaseRefusal> for StoreError {
    fn from(r: crate::domain::CaseRefusal) -> Self {
        StoreError::Refused(r.into())
    }
}

impl From<crate::domain::RenewalRefusal> for StoreError {
    fn from(r: crate::domain::RenewalRefusal) -> Self {
        StoreError::Refused(r.into())
    }
}

impl From<crate::domain::ReviewRefusal> for StoreError {
    fn from(r: crate::domain::ReviewRefusal) -> Self {
        StoreError::Refused(r.into())
    }
}

impl From<crate::domain::LeadershipRefusal> for StoreError {
    fn from(r: crate::domain::LeadershipRefusal) -> Self {
        StoreError::Refused(r.into())
    }
}

impl From<crate::domain::ObligationRefusal> for StoreError {
    fn from(r: crate::domain::ObligationRefusal) -> Self {
        StoreError::Refused(r.into())
    }
}

impl From<crate::domain::UndoRefusal> for StoreError {
    fn from(r: crate::domain::UndoRefusal) -> Self {
        StoreError::Refused(r.into())
    }
}

impl From<crate::domain::ErnRefusal> for StoreError {
    fn from(r: crate::domain::ErnRefusal) -> StoreError {
        StoreError::Refused(r.into())
    }
}
