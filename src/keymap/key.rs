//! One key with its modifiers, as written in keymap files (`ctrl-k`, `G`, `pagedown`)
//! and as reported by the terminal, normalised so that both compare equal.

use std::cmp::Ordering;
use std::fmt::Write as _;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with modifiers, normalised: for character keys SHIFT is dropped and the
/// character kept as typed (`G` is shift+g), and with Ctrl or Alt held the character is
/// lowercased (`ctrl-K` is `ctrl-k`); Shift+Tab is always `BackTab` without SHIFT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyCombo {
    code: KeyCode,
    modifiers: KeyModifiers,
}

/// The modifier prefixes of key names (matched case-insensitively).
const PREFIXES: &[(&str, KeyModifiers)] = &[
    ("ctrl-", KeyModifiers::CONTROL),
    ("alt-", KeyModifiers::ALT),
    ("shift-", KeyModifiers::SHIFT),
];

/// Names of the keys that are not single characters (lowercase), with their code.
const NAMED: &[(&str, KeyCode)] = &[
    ("space", KeyCode::Char(' ')),
    ("enter", KeyCode::Enter),
    ("return", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("escape", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("del", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("ins", KeyCode::Insert),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pgup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("pgdn", KeyCode::PageDown),
];

impl KeyCombo {
    /// A combo from a key code and modifiers, normalised (see the type's doc).
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> KeyCombo {
        let mut modifiers =
            modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Char(c) => {
                modifiers.remove(KeyModifiers::SHIFT);
                if modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) {
                    KeyCode::Char(c.to_lowercase().next().unwrap_or(c))
                } else {
                    KeyCode::Char(c)
                }
            }
            KeyCode::BackTab => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        KeyCombo { code, modifiers }
    }

    /// The key as the terminal reported it, normalised to compare equal with the parsed
    /// name of the same key.
    pub fn from_event(event: &KeyEvent) -> KeyCombo {
        KeyCombo::new(event.code, event.modifiers)
    }

    /// Parses a key name as written in keymap files: a single character (`j`, `G`, `?`,
    /// case significant) or a name (`enter`, `pagedown`, `f5`, case-insensitive), after
    /// any of the prefixes `ctrl-`, `alt-` and `shift-` (case-insensitive). The error is a
    /// short English explanation.
    pub fn parse(text: &str) -> Result<KeyCombo, String> {
        let mut rest = text;
        let mut modifiers = KeyModifiers::NONE;
        'prefixes: loop {
            for (prefix, modifier) in PREFIXES {
                if let Some(tail) = strip_prefix_ignore_case(rest, prefix)
                    && !tail.is_empty()
                {
                    rest = tail;
                    modifiers |= *modifier;
                    continue 'prefixes;
                }
            }
            break;
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (None, _) => return Err("empty key name".to_string()),
            (Some(c), None) if c.is_control() => {
                return Err(format!("{c:?} is not a key name"));
            }
            (Some(c), None) => {
                if modifiers.contains(KeyModifiers::SHIFT) {
                    if !c.is_alphabetic() {
                        return Err(format!(
                            "\"{text}\": write the shifted character itself instead of shift-{c}"
                        ));
                    }
                    KeyCode::Char(c.to_uppercase().next().unwrap_or(c))
                } else {
                    KeyCode::Char(c)
                }
            }
            (Some(_), Some(_)) => named(&rest.to_ascii_lowercase())
                .ok_or_else(|| format!("\"{text}\" is not a key name"))?,
        };
        Ok(KeyCombo::new(code, modifiers))
    }

    /// The key code (normalised).
    pub fn code(&self) -> KeyCode {
        self.code
    }

    /// The modifiers (normalised: never SHIFT on a character key).
    pub fn modifiers(&self) -> KeyModifiers {
        self.modifiers
    }

    /// A short label for the help and the footer: `j`, `G`, `Enter`, `Shift-Tab`, `↓`,
    /// `PgDn`, `Ctrl-K`, `Space`, `F1`.
    pub fn display(&self) -> String {
        let mut out = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            out.push_str("Shift-");
        }
        let modified = !out.is_empty();
        match self.code {
            KeyCode::Char(' ') => out.push_str("Space"),
            KeyCode::Char(c) if modified => out.extend(c.to_uppercase()),
            KeyCode::Char(c) => out.push(c),
            KeyCode::BackTab => out.push_str("Shift-Tab"),
            KeyCode::F(n) => {
                let _ = write!(out, "F{n}");
            }
            KeyCode::Enter => out.push_str("Enter"),
            KeyCode::Esc => out.push_str("Esc"),
            KeyCode::Tab => out.push_str("Tab"),
            KeyCode::Backspace => out.push_str("Backspace"),
            KeyCode::Delete => out.push_str("Del"),
            KeyCode::Insert => out.push_str("Ins"),
            KeyCode::Up => out.push('↑'),
            KeyCode::Down => out.push('↓'),
            KeyCode::Left => out.push('←'),
            KeyCode::Right => out.push('→'),
            KeyCode::Home => out.push_str("Home"),
            KeyCode::End => out.push_str("End"),
            KeyCode::PageUp => out.push_str("PgUp"),
            KeyCode::PageDown => out.push_str("PgDn"),
            other => {
                let _ = write!(out, "{other:?}");
            }
        }
        out
    }
}

/// `text` without `prefix` (ASCII, compared ignoring case), if it starts with it.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        text.get(prefix.len()..)
    } else {
        None
    }
}

/// The code of a named key (`name` lowercase), including `f1`..`f12`.
fn named(name: &str) -> Option<KeyCode> {
    if let Some((_, code)) = NAMED.iter().find(|(n, _)| *n == name) {
        return Some(*code);
    }
    let number: u8 = name.strip_prefix('f')?.parse().ok()?;
    (1..=12).contains(&number).then_some(KeyCode::F(number))
}

impl PartialOrd for KeyCombo {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Ordered by display label (crossterm's `KeyCode` has no order of its own); ties, if
/// any, are broken by the debug text, so the order agrees with equality.
impl Ord for KeyCombo {
    fn cmp(&self, other: &Self) -> Ordering {
        self.display()
            .cmp(&other.display())
            .then_with(|| format!("{self:?}").cmp(&format!("{other:?}")))
    }
}
