//! The user's settings file (`config.toml`): every key optional, each checked on its
//! own. A bad value is named with its file, line and what is allowed, and only that
//! setting falls back to its default; the rest of the file still counts.

use std::path::Path;

use toml::de::{DeTable, DeValue};

use crate::i18n::{Lang, UsageMsg};
use crate::keymap::line_column;

/// The largest settings file read; a longer one is surely not a settings file.
const MAX_BYTES: u64 = 64 * 1024;

/// What the settings file says. `None` where it says nothing (or nothing valid).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Config {
    /// `lang = "nb"` or `"en"`.
    pub lang: Option<Lang>,
    /// `mouse = true`: capture the mouse for wheel scrolling.
    pub mouse: Option<bool>,
}

/// One thing wrong in the file, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line it is on.
    pub line: usize,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What can be wrong in a settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not TOML at all: the parser's words.
    Syntax(String),
    /// A key irf does not know.
    UnknownKey(String),
    /// `lang` is not "nb" or "en": the value as written.
    BadLang(String),
    /// `mouse` is not true or false: the value as written.
    BadMouse(String),
    /// The file is not UTF-8 text.
    NotText,
    /// The file is larger than [`MAX_BYTES`].
    TooLarge,
}

/// Reads the settings in `text`; every problem, in file order.
pub fn parse(text: &str) -> (Config, Vec<Problem>) {
    let mut config = Config::default();
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            let kind = ProblemKind::Syntax(e.message().trim().to_string());
            return (config, vec![at(text, offset, kind)]);
        }
    };
    let mut problems = Vec::new();
    let mut entries: Vec<_> = root.get_ref().iter().collect();
    entries.sort_by_key(|(name, _)| name.span().start);
    for (name, value) in entries {
        let written = text
            .get(value.span())
            .unwrap_or_default()
            .trim()
            .to_string();
        let offset = name.span().start;
        match name.get_ref().as_ref() {
            "lang" => match value.get_ref() {
                DeValue::String(s) if Lang::parse(s).is_some() => config.lang = Lang::parse(s),
                _ => problems.push(at(text, offset, ProblemKind::BadLang(written))),
            },
            "mouse" => match value.get_ref() {
                DeValue::Boolean(b) => config.mouse = Some(*b),
                _ => problems.push(at(text, offset, ProblemKind::BadMouse(written))),
            },
            other => problems.push(at(text, offset, ProblemKind::UnknownKey(other.to_string()))),
        }
    }
    (config, problems)
}

fn at(text: &str, offset: usize, kind: ProblemKind) -> Problem {
    Problem {
        line: line_column(text, offset).0,
        kind,
    }
}

/// Reads the settings file at `path`. A missing file is the defaults; a file that
/// cannot be read is the defaults and the system's error (see [`unreadable_text`]).
pub fn read(path: &Path) -> (Config, Vec<Problem>, Option<std::io::Error>) {
    use std::io::Read;
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return (Config::default(), Vec::new(), None);
        }
        Err(e) => return (Config::default(), Vec::new(), Some(e)),
    };
    let mut bytes = Vec::new();
    if let Err(e) = file.take(MAX_BYTES + 1).read_to_end(&mut bytes) {
        return (Config::default(), Vec::new(), Some(e));
    }
    let whole = |kind| vec![Problem { line: 1, kind }];
    if bytes.len() as u64 > MAX_BYTES {
        return (Config::default(), whole(ProblemKind::TooLarge), None);
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let (config, problems) = parse(&text);
            (config, problems, None)
        }
        Err(_) => (Config::default(), whole(ProblemKind::NotText), None),
    }
}

/// The sentence for a settings file that cannot be read.
pub fn unreadable_text(lang: Lang, path: &Path, error: &std::io::Error) -> String {
    let shown = crate::ui::sanitize(&path.display().to_string()).into_owned();
    lang.uf(UsageMsg::ConfigUnreadable, &[&shown, &error])
}

/// The sentence for one problem in the settings file at `path`, in `lang`.
pub fn problem_text(lang: Lang, path: &Path, problem: &Problem) -> String {
    let shown = crate::ui::sanitize(&path.display().to_string()).into_owned();
    let what = match &problem.kind {
        ProblemKind::Syntax(why) => lang.uf(UsageMsg::ConfigSyntax, &[&sanitized(why)]),
        ProblemKind::UnknownKey(key) => lang.uf(UsageMsg::ConfigUnknownKey, &[&sanitized(key)]),
        ProblemKind::BadLang(value) => lang.uf(UsageMsg::ConfigBadLang, &[&sanitized(value)]),
        ProblemKind::BadMouse(value) => lang.uf(UsageMsg::ConfigBadMouse, &[&sanitized(value)]),
        ProblemKind::NotText => lang.u(UsageMsg::ConfigNotText).to_string(),
        ProblemKind::TooLarge => lang.u(UsageMsg::ConfigTooLarge).to_string(),
    };
    lang.uf(UsageMsg::ConfigAt, &[&shown, &problem.line, &what])
}

/// At most 60 characters of a value or a parser's words, safe for the terminal.
fn sanitized(text: &str) -> String {
    let short: String = text.chars().take(60).collect();
    crate::ui::sanitize(&short).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_settings_are_read() {
        let (config, problems) = parse("lang = \"en\"\nmouse = true\n");
        assert_eq!(problems, []);
        assert_eq!(config.lang, Some(Lang::En));
        assert_eq!(config.mouse, Some(true));
    }

    #[test]
    fn each_bad_value_is_named_at_its_line_and_the_others_still_count() {
        let (config, problems) = parse("# mine\nmouse = \"yes\"\nlang = 7\ncolour = 1\n");
        assert_eq!(config, Config::default());
        assert_eq!(
            problems,
            [
                Problem {
                    line: 2,
                    kind: ProblemKind::BadMouse("\"yes\"".into())
                },
                Problem {
                    line: 3,
                    kind: ProblemKind::BadLang("7".into())
                },
                Problem {
                    line: 4,
                    kind: ProblemKind::UnknownKey("colour".into())
                },
            ]
        );
        let (config, problems) = parse("lang = \"en\"\nmouse = 1\n");
        assert_eq!(config.lang, Some(Lang::En), "lang is good");
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn the_sentence_has_the_file_the_line_and_what_is_allowed() {
        let (_, problems) = parse("\n\nmouse = \"yes\"\n");
        let path = Path::new("/home/anne/.config/irf/config.toml");
        let text = problem_text(Lang::Nb, path, &problems[0]);
        for part in [
            "config.toml",
            "linje 3",
            "\"yes\"",
            "true eller false",
            "brukes",
        ] {
            assert!(text.contains(part), "{part}: {text}");
        }
        let (_, problems) = parse("lang = \"xx\"");
        let text = problem_text(Lang::En, path, &problems[0]);
        for part in ["line 1", "\"xx\"", "\"nb\"", "\"en\""] {
            assert!(text.contains(part), "{part}: {text}");
        }
    }

    #[test]
    fn not_toml_is_a_syntax_problem_at_its_line() {
        let (config, problems) = parse("lang = \"nb\"\nmouse = \n");
        assert_eq!(config, Config::default());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 2);
        assert!(matches!(problems[0].kind, ProblemKind::Syntax(_)));
    }

    #[test]
    fn a_file_that_is_not_text_or_too_large_is_said_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, b"lang = \"\xff\"").unwrap();
        let (_, problems, error) = read(&path);
        assert!(error.is_none());
        assert_eq!(problems[0].kind, ProblemKind::NotText);
        std::fs::write(&path, vec![b'#'; 70_000]).unwrap();
        assert_eq!(read(&path).1[0].kind, ProblemKind::TooLarge);
        let (config, problems, error) = read(&dir.path().join("none.toml"));
        assert_eq!((config, problems.len()), (Config::default(), 0));
        assert!(error.is_none(), "a missing file is the defaults");
    }
}
