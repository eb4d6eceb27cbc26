//! Reading one keymap file's text into bindings per context, with the first problem
//! (in file order) located by line and column.

use std::path::Path;

use strum::IntoEnumIterator;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::error::{KeymapError, KeymapErrorKind};
use super::{Context, KeyCombo};
use crate::app::Action;

/// The value that removes a binding (in a user file, over the defaults).
const UNBIND: &str = "none";

/// One file's bindings, per context in file order: `None` means "unbind this key".
pub(super) type Layer = [Vec<(KeyCombo, Option<Action>)>; Context::COUNT];

/// The action named `word` in keymap files, if any.
fn action_named(word: &str) -> Option<Action> {
    Action::iter().find(|a| a.name() == word)
}

/// Parses a keymap file's text. On error, the first problem in file order.
pub(super) fn parse_layer(path: &Path, text: &str) -> Result<Layer, KeymapError> {
    let root = DeTable::parse(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        let message = e.message().trim().to_string();
        KeymapError::at(path, text, offset, KeymapErrorKind::Syntax(message))
    })?;
    let mut layer: Layer = Default::default();
    // Every problem with its byte offset; the earliest is reported.
    let mut problems: Vec<(usize, KeymapErrorKind)> = Vec::new();
    for (name, value) in in_file_order(root.get_ref()) {
        let Some(context) = Context::from_name(name.get_ref()) else {
            problems.push((
                name.span().start,
                KeymapErrorKind::UnknownContext(name.to_string()),
            ));
            continue;
        };
        let Some(table) = value.get_ref().as_table() else {
            let message = format!("[{context}] must be a table of key = \"action\" lines");
            problems.push((value.span().start, KeymapErrorKind::Syntax(message)));
            continue;
        };
        let bindings = &mut layer[context.index()];
        for (key_name, value) in in_file_order(table) {
            let key_offset = key_name.span().start;
            let Ok(key) = KeyCombo::parse(key_name.get_ref()) else {
                problems.push((
                    key_offset,
                    KeymapErrorKind::UnknownKey(key_name.to_string()),
                ));
                continue;
            };
            if bindings.iter().any(|(k, _)| *k == key) {
                let kind = KeymapErrorKind::DuplicateKey {
                    key: key_name.to_string(),
                    context: context.name().to_string(),
                };
                problems.push((key_offset, kind));
                continue;
            }
            let Some(word) = value.get_ref().as_str() else {
                problems.push((value.span().start, KeymapErrorKind::NotAString));
                continue;
            };
            let action = if word == UNBIND {
                None
            } else if let Some(action) = action_named(word) {
                Some(action)
            } else {
                let kind = KeymapErrorKind::UnknownAction(word.to_string());
                problems.push((value.span().start, kind));
                continue;
            };
            bindings.push((key, action));
        }
    }
    match problems.into_iter().min_by_key(|(offset, _)| *offset) {
        Some((offset, kind)) => Err(KeymapError::at(path, text, offset, kind)),
        None => Ok(layer),
    }
}

/// A table's entries in the order they appear in the file (the map keeps them sorted by
/// name).
fn in_file_order<'a, 'i>(
    table: &'a DeTable<'i>,
) -> Vec<(
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
)> {
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(name, _)| name.span().start);
    entries
}
