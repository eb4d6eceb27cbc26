//! What can be wrong with a keymap file, and where.

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem in a keymap file. When the user's file has one, the program uses the
/// defaults alone and shows this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line of the offending key or value.
    pub line: usize,
    /// 1-based column (in characters) of the offending key or value.
    pub column: usize,
    /// What is wrong.
    pub kind: KeymapErrorKind,
}

/// What is wrong in a keymap file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeymapErrorKind {
    /// The file is not valid TOML (or could not be read as text); the message says why.
    Syntax(String),
    /// A table other than `global`, `list`, `detail`, `help` and `filter`.
    UnknownContext(String),
    /// A value that is not an action name (nor `none`).
    UnknownAction(String),
    /// A key that is not a key name.
    UnknownKey(String),
    /// Two names for the same key in one table (`ctrl-k` and `Ctrl-K`).
    DuplicateKey {
        /// The second name, as written.
        key: String,
        /// The table.
        context: String,
    },
    /// A value that is not a string (a number, a table, ...).
    NotAString,
}

impl KeymapError {
    /// An error at byte `offset` of `text` (the file's content).
    pub(crate) fn at(path: &Path, text: &str, offset: usize, kind: KeymapErrorKind) -> Self {
        let (line, column) = line_column(text, offset);
        KeymapError {
            path: path.to_path_buf(),
            line,
            column,
            kind,
        }
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = text.get(..end).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// The path for messages, with the home directory shown as `~`.
fn shown_path(path: &Path) -> String {
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty())
        && let Ok(rest) = path.strip_prefix(&home)
    {
        return format!("~/{}", rest.display());
    }
    path.display().to_string()
}

impl fmt::Display for KeymapErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeymapErrorKind::Syntax(message) => write!(f, "invalid TOML ({message})"),
            KeymapErrorKind::UnknownContext(name) => write!(
                f,
                "unknown table [{name}]; use global, list, detail, help or filter"
            ),
            KeymapErrorKind::UnknownAction(name) => write!(f, "unknown action \"{name}\""),
            KeymapErrorKind::UnknownKey(name) => write!(f, "unknown key name \"{name}\""),
            KeymapErrorKind::DuplicateKey { key, context } => {
                write!(f, "the key \"{key}\" is bound twice in [{context}]")
            }
            KeymapErrorKind::NotAString => write!(
                f,
                "the value must be an action name in quotes, such as \"move_down\""
            ),
        }
    }
}

impl fmt::Display for KeymapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} line {}, column {}: {}; the defaults are used",
            shown_path(&self.path),
            self.line,
            self.column,
            self.kind
        )
    }
}

impl std::error::Error for KeymapError {}
