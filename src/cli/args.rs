//! The command line's own errors in the UI language: the language is known before the
//! arguments are parsed (from `--lang` among them, else the settings file), the number
//! parsers say their range in it, and clap's errors are put into sentences from their
//! parts (which argument, which value, what would have been right).

use std::cell::Cell;
use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Lang, UsageMsg};

thread_local! {
    /// The language the argument parsers speak, set before parsing.
    static LANG: Cell<Lang> = const { Cell::new(Lang::Nb) };
}

/// The language for the command line's own messages: `--lang` as written among `args`
/// if it names a language, else `fallback` (the settings file's, or bokmål). Sets it
/// for the number parsers too.
pub fn early_lang(args: &[OsString], fallback: Lang) -> Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut found = None;
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|w| w.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::parse) {
            found = Some(lang);
        }
    }
    let lang = found.unwrap_or(fallback);
    LANG.with(|l| l.set(lang));
    lang
}

/// `irf help [COMMAND…]` as `irf [COMMAND…] --help`: the bokmål help has no `help`
/// subcommand of clap's (its text would be English), so the word is read here.
pub fn help_word(args: Vec<OsString>) -> Vec<OsString> {
    let mut at = 1;
    while let Some(word) = args.get(at).map(|a| a.to_string_lossy()) {
        match word.as_ref() {
            "--db" | "--lang" => at += 2,
            w if w.starts_with('-') => at += 1,
            "help" => {
                let mut out = args;
                out.remove(at);
                out.push("--help".into());
                return out;
            }
            _ => break,
        }
    }
    args
}

fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// A parser for a whole number from `lo` to `hi` whose errors are in the UI language.
pub fn within<T: TryFrom<i64> + Clone + Send + Sync + 'static>(
    lo: i64,
    hi: i64,
) -> impl Fn(&str) -> Result<T, String> + Clone + Send + Sync + 'static {
    move |text: &str| {
        let lang = lang();
        let number: i64 = text
            .trim()
            .parse()
            .map_err(|_| lang.uf(UsageMsg::NotNumber, &[&text]))?;
        if !(lo..=hi).contains(&number) {
            return Err(lang.uf(UsageMsg::OutOfRange, &[&lo, &hi]));
        }
        T::try_from(number).map_err(|_| lang.uf(UsageMsg::OutOfRange, &[&lo, &hi]))
    }
}

/// `--lang`'s parser.
pub fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| lang().u(UsageMsg::UnknownLang).to_string())
}

/// One of clap's errors as one line in `lang`: what was wrong, a suggestion where clap
/// has one, and where to read more.
pub fn error_text(lang: Lang, e: &clap::Error) -> String {
    let get = |kind| e.get(kind).map(context_text);
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut text = match e.kind() {
        ErrorKind::UnknownArgument => lang.uf(UsageMsg::Unknown, &[&arg]),
        ErrorKind::InvalidSubcommand => {
            let name = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            lang.uf(UsageMsg::UnknownCommand, &[&name])
        }
        ErrorKind::InvalidValue if value.is_empty() => lang.uf(UsageMsg::NoValue, &[&arg]),
        ErrorKind::InvalidValue => lang.uf(UsageMsg::Invalid, &[&value, &arg]),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map_or_else(String::new, |s| s.to_string());
            lang.uf(UsageMsg::Refused, &[&value, &arg, &why])
        }
        ErrorKind::MissingRequiredArgument => lang.uf(UsageMsg::Missing, &[&arg]),
        ErrorKind::ArgumentConflict => {
            let prior = get(ContextKind::PriorArg).unwrap_or_default();
            lang.uf(UsageMsg::Conflict, &[&arg, &prior])
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues => lang.uf(UsageMsg::NoValue, &[&arg]),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            lang.uf(UsageMsg::TooMany, &[&arg])
        }
        ErrorKind::MissingSubcommand => lang.uf(UsageMsg::NeedCommand, &[&arg]),
        ErrorKind::InvalidUtf8 => lang.u(UsageMsg::NotUtf8).to_string(),
        _ => {
            let words = e.to_string();
            let first = words.lines().next().unwrap_or_default();
            let first = first.strip_prefix("error: ").unwrap_or(first).trim();
            lang.uf(UsageMsg::Other, &[&first])
        }
    };
    text.push('.');
    if let Some(valid) = get(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        text.push(' ');
        text.push_str(&lang.uf(UsageMsg::Possible, &[&valid]));
    }
    // clap lists similar names from the least to the most similar: name the best.
    let best = |kind| e.get(kind).map(best_suggestion);
    if let Some(better) = best(ContextKind::SuggestedArg)
        .or_else(|| best(ContextKind::SuggestedSubcommand))
        .filter(|s| !s.is_empty())
    {
        text.push(' ');
        text.push_str(&lang.uf(UsageMsg::DidYouMean, &[&better]));
    }
    if e.kind() == ErrorKind::UnknownArgument && arg.starts_with('-') && arg.len() > 1 {
        let dash_value = arg[1..].chars().all(|c| c.is_ascii_digit() || c == '.');
        if dash_value {
            text.push(' ');
            text.push_str(&lang.uf(UsageMsg::DashValue, &[&arg, &arg]));
        }
    }
    text.push(' ');
    text.push_str(lang.u(UsageMsg::SeeHelp));
    crate::ui::sanitize(&text).into_owned()
}

/// The most similar of clap's suggestions (it lists them from least to most similar).
fn best_suggestion(value: &ContextValue) -> String {
    match value {
        ContextValue::Strings(all) => all.last().cloned().unwrap_or_default(),
        other => other.to_string(),
    }
}

/// A piece of clap's context as text: several values joined by commas.
fn context_text(value: &ContextValue) -> String {
    match value {
        ContextValue::Strings(all) => all.join(", "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn error(args: &[&str]) -> clap::Error {
        match crate::cli::Cli::try_parse_from(args) {
            Err(e) => e,
            Ok(cli) => panic!("{args:?} parsed: {cli:?}"),
        }
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            early_lang(&args(&["irf", "--lang", "en", "x"]), Lang::Nb),
            Lang::En
        );
        assert_eq!(
            early_lang(&args(&["irf", "due", "--lang=en"]), Lang::Nb),
            Lang::En
        );
        assert_eq!(
            early_lang(&args(&["irf", "--lang", "xx"]), Lang::En),
            Lang::En
        );
        assert_eq!(
            early_lang(&args(&["irf", "--", "--lang", "en"]), Lang::Nb),
            Lang::Nb
        );
    }

    #[test]
    fn the_word_help_asks_for_the_help() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(help_word(args(&["irf", "help"])), args(&["irf", "--help"]));
        assert_eq!(
            help_word(args(&["irf", "--db", "x", "help", "export"])),
            args(&["irf", "--db", "x", "export", "--help"])
        );
        let find = args(&["irf", "find", "help"]);
        assert_eq!(help_word(find.clone()), find, "a word to find");
    }

    #[test]
    fn clap_errors_are_sentences_in_bokmal_and_english() {
        let cases: &[(&[&str], &str, &str)] = &[
            (
                &["irf", "summary", "--year", "99999"],
                "ugyldig verdi «99999» for --year <YYYY>: tallet må være fra 1 til 9999.",
                "invalid value “99999” for --year <YYYY>: the number must be from 1 to 9999.",
            ),
            (
                &["irf", "find", "-1"],
                "ukjent argument «-1». Er «-1» en verdi, så skriv den etter --",
                "unknown argument “-1”. If “-1” is a value, write it after --",
            ),
            (
                &["irf", "--lang", "xx"],
                "ugyldig verdi «xx» for --lang <LANG>: språket finnes ikke i irf",
                "invalid value “xx” for --lang <LANG>: irf has no such language",
            ),
            (
                &["irf", "show", "enhet", "1"],
                "ugyldig verdi «enhet» for <WHAT>. Mulige verdier: unit, contact, case.",
                "invalid value “enhet” for <WHAT>. Possible values: unit, contact, case.",
            ),
            (
                &["irf", "kontakter"],
                "ukjent underkommando «kontakter». Mente du «contacts»?",
                "unknown subcommand “kontakter”. Did you mean “contacts”?",
            ),
            (
                &["irf", "find", "x", "--json", "--csv"],
                "--json kan ikke brukes sammen med --csv.",
                "--json cannot be used together with --csv.",
            ),
            (
                &["irf", "show", "unit"],
                "mangler <ID-OR-NAME>",
                "missing <ID-OR-NAME>",
            ),
            (
                &["irf", "--lang"],
                "--lang <LANG> mangler en verdi.",
                "--lang <LANG> needs a value.",
            ),
        ];
        for (args, nb, en) in cases {
            for (lang, want) in [(Lang::Nb, nb), (Lang::En, en)] {
                LANG.with(|l| l.set(lang));
                let text = error_text(lang, &error(args));
                assert!(text.contains(want), "{args:?} in {lang:?}: {text}");
                assert!(!text.contains("error:"), "{text}");
            }
            assert!(error_text(Lang::Nb, &error(args)).ends_with("Se irf --help."));
        }
    }
}
