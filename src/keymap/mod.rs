//! Key bindings: which key does which [`Action`] in which [`Context`].
//!
//! The defaults live in `keymaps/default.toml`, built into the program. A user's file
//! (`~/.config/irf/keymap.toml` on Linux) in the same format is merged over them: the
//! user's binding wins per key per context, and `"none"` removes a default binding. Any
//! problem in the user's file means the defaults alone are used, and a [`KeymapError`]
//! says where the problem is. Nothing here writes files.
//!
//! To add a default binding, add a `"key" = "action"` line to the right table of
//! `keymaps/default.toml` (and a new action to [`Action`] first, if needed). Keep the
//! defaults free of keys that need `AltGr` on a Norwegian keyboard; the tests check that.
//!
//! - [`key`]: [`KeyCombo`], key names and their normalisation;
//! - `parse`: reading a file's text into bindings;
//! - [`error`]: [`KeymapError`], what can be wrong and where.

pub mod error;
pub mod key;
mod parse;
#[cfg(test)]
mod tests;

use std::fmt;
use std::io::Read;
use std::path::Path;

pub use error::{KeymapError, KeymapErrorKind, line_column};
pub use key::KeyCombo;

use crate::app::Action;
use parse::{Layer, parse_layer};

/// The built-in keymap (`keymaps/default.toml`).
pub const DEFAULT_KEYMAP: &str = include_str!("../../keymaps/default.toml");

/// A user's keymap file larger than this is refused (a keymap is a few hundred bytes).
const MAX_USER_FILE: u64 = 1024 * 1024;

/// Where a key is pressed; each is a table in keymap files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    /// Everywhere but the filter line, after the current context.
    Global,
    /// The pane's table has focus.
    List,
    /// A record is open.
    Detail,
    /// The help overlay is open.
    Help,
    /// Typing into the filter line (or the palette): only non-character keys belong
    /// here, since characters are text; `global` is not consulted.
    Filter,
}

impl Context {
    /// How many contexts there are.
    pub const COUNT: usize = 5;
    /// Every context, in the order of the default file.
    pub const ALL: [Context; Context::COUNT] = [
        Context::Global,
        Context::List,
        Context::Detail,
        Context::Help,
        Context::Filter,
    ];

    /// The table name in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Detail => "detail",
            Context::Help => "help",
            Context::Filter => "filter",
        }
    }

    /// The context with table name `name`.
    pub fn from_name(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.name() == name)
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The merged key bindings, per context.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keymap {
    /// Per context (by [`Context::index`]), the bindings in file order; keys unique.
    tables: [Vec<(KeyCombo, Action)>; Context::COUNT],
}

impl Keymap {
    /// The built-in keymap. Should the built-in file fail to parse (a test guards that
    /// it does not), the map is empty.
    pub fn defaults() -> Keymap {
        Keymap::from_sources(DEFAULT_KEYMAP, None).0
    }

    /// The defaults with the user's file merged over them. A missing file is not an
    /// error; any problem in it gives the pure defaults and the error. Never panics.
    pub fn load(user_file: Option<&Path>) -> (Keymap, Option<KeymapError>) {
        let Some(path) = user_file else {
            return Keymap::from_sources(DEFAULT_KEYMAP, None);
        };
        match read_user_file(path) {
            Ok(None) => Keymap::from_sources(DEFAULT_KEYMAP, None),
            Ok(Some(text)) => Keymap::from_sources(DEFAULT_KEYMAP, Some((path, &text))),
            Err(e) => (Keymap::defaults(), Some(e)),
        }
    }

    /// The keymap from the default file's text and, optionally, a user file's path and
    /// text merged over it. Any problem in the user's text gives the defaults alone and
    /// the error.
    pub fn from_sources(
        default_text: &str,
        user: Option<(&Path, &str)>,
    ) -> (Keymap, Option<KeymapError>) {
        let mut keymap = Keymap::default();
        if let Err(e) = parse_layer(Path::new("keymaps/default.toml"), default_text)
            .map(|layer| keymap.merge(layer))
        {
            return (keymap, Some(e));
        }
        match user {
            Some((path, text)) => keymap.with_user(path, text),
            None => (keymap, None),
        }
    }

    /// This map with a user file's text merged over it; on any problem in the text,
    /// this map unchanged and the error.
    pub fn with_user(&self, path: &Path, text: &str) -> (Keymap, Option<KeymapError>) {
        let mut keymap = self.clone();
        match parse_layer(path, text) {
            Ok(layer) => {
                keymap.merge(layer);
                (keymap, None)
            }
            Err(e) => (keymap, Some(e)),
        }
    }

    /// Applies `layer` over this map: a key already bound keeps its place and takes the
    /// new action (or is removed by `none`); new keys are added at the end.
    fn merge(&mut self, layer: Layer) {
        for (table, bindings) in self.tables.iter_mut().zip(layer) {
            for (key, action) in bindings {
                let existing = table.iter().position(|(k, _)| *k == key);
                match (existing, action) {
                    (Some(i), Some(action)) => table[i].1 = action,
                    (Some(i), None) => {
                        table.remove(i);
                    }
                    (None, Some(action)) => table.push((key, action)),
                    (None, None) => {}
                }
            }
        }
    }

    fn table(&self, ctx: Context) -> &[(KeyCombo, Action)] {
        &self.tables[ctx.index()]
    }

    fn find(&self, ctx: Context, key: &KeyCombo) -> Option<Action> {
        self.table(ctx)
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, a)| *a)
    }

    /// The contexts consulted for `ctx`, in order: itself, then `global` (except for
    /// `filter`, where letters are text).
    fn chain(ctx: Context) -> &'static [Context] {
        match ctx {
            Context::Global => &[Context::Global],
            Context::List => &[Context::List, Context::Global],
            Context::Detail => &[Context::Detail, Context::Global],
            Context::Help => &[Context::Help, Context::Global],
            Context::Filter => &[Context::Filter],
        }
    }

    /// The action of `key` in `ctx`: the context's own binding first, then `global`'s
    /// (never for [`Context::Filter`]).
    pub fn lookup(&self, ctx: Context, key: &KeyCombo) -> Option<Action> {
        Keymap::chain(ctx).iter().find_map(|c| self.find(*c, key))
    }

    /// The context's own bindings (not `global`'s), grouped by action in the order of
    /// the [`Action`] enum, keys in file order within an action.
    pub fn bindings(&self, ctx: Context) -> Vec<(KeyCombo, Action)> {
        let mut bindings = self.table(ctx).to_vec();
        bindings.sort_by_key(|(_, action)| *action);
        bindings
    }

    /// The keys that do `action` in `ctx`: the context's own in file order, then
    /// `global`'s (except for [`Context::Filter`]) where the context does not shadow
    /// them. For hints such as "j/k move".
    pub fn keys_for(&self, ctx: Context, action: Action) -> Vec<KeyCombo> {
        let mut keys = Vec::new();
        for c in Keymap::chain(ctx) {
            for (key, a) in self.table(*c) {
                if *a == action && self.lookup(ctx, key) == Some(action) && !keys.contains(key) {
                    keys.push(*key);
                }
            }
        }
        keys
    }
}

/// The user's file: `None` if it does not exist, its text otherwise.
fn read_user_file(path: &Path) -> Result<Option<String>, KeymapError> {
    let unreadable = |message: String| KeymapError {
        path: path.to_path_buf(),
        line: 1,
        column: 1,
        kind: KeymapErrorKind::Syntax(message),
    };
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(format!("the file could not be read: {e}"))),
    };
    let mut bytes = Vec::new();
    if let Err(e) = file.take(MAX_USER_FILE + 1).read_to_end(&mut bytes) {
        return Err(unreadable(format!("the file could not be read: {e}")));
    }
    if bytes.len() as u64 > MAX_USER_FILE {
        return Err(unreadable(format!(
            "the file is larger than {MAX_USER_FILE} bytes"
        )));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let prefix = String::from_utf8_lossy(e.as_bytes().get(..valid).unwrap_or_default());
            let kind = KeymapErrorKind::Syntax("the file is not UTF-8 text".to_string());
            Err(KeymapError::at(path, &prefix, valid, kind))
        }
    }
}
