//! The shell lookups, for use over SSH and in scripts: `irf find`, `irf contacts`,
//! `irf show`, `irf history`, `irf changes`, `irf calendar`, `irf due`, `irf
//! leadership`, `irf ern`, `irf terms` and `irf groups`. They open the
//! database read-only (never creating or migrating it), never wait on a writer, and
//! print plain aligned text that fits 80 columns, `--json` or `--csv`. Exit codes: 0
//! found, 1 nothing found (or, for `show`, several match), 2 error (one line on stderr
//! in the UI language).
//!
//! Every stored string is sanitised in plain and CSV output, so text holding escape
//! sequences never reaches the terminal raw; JSON escapes control characters itself.
//! The JSON field names are stable and documented in README.md ("Shell lookups").

mod calendar;
mod changes;
mod due;
mod ern;
mod groups;
mod history;
mod json;
mod leadership;
mod show;
mod terms;
mod text;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{Datelike, NaiveDate};

pub use self::history::HistoryWhat;
use self::json::{ContactJson, HitJson, to_json};
pub(super) use self::terms::kind_label as term_kind_label;
use super::Command;
use crate::app::store_error_text;
use crate::domain::{Code, ContactRole, Region, fold};
use crate::i18n::{CliMsg, Lang, Msg};
use crate::store::{
    ContactQuery, Hit, LATEST_VERSION, MAX_QUERY_CHARS, OpenMode, SearchKind, Store,
};
use crate::ui::sanitize;

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// Aligned text for people, at most 80 columns wide.
    Plain,
    /// JSON for scripts.
    Json,
    /// CSV with a header row.
    Csv,
}

impl Format {
    fn from_flags(json: bool, csv: bool) -> Format {
        match (json, csv) {
            (true, _) => Format::Json,
            (false, true) => Format::Csv,
            (false, false) => Format::Plain,
        }
    }
}

/// What a lookup prints when it does not fail.
struct Output {
    /// Found what was asked (exit code 0) or not (1).
    found: bool,
    /// For stdout.
    stdout: String,
    /// A sentence for stderr, if any.
    stderr: Option<String>,
}

impl Output {
    fn found(stdout: String) -> Output {
        Output {
            found: true,
            stdout,
            stderr: None,
        }
    }

    fn nothing(stdout: String, stderr: Option<String>) -> Output {
        Output {
            found: false,
            stdout,
            stderr,
        }
    }
}

/// Whether `command` is one of the shell lookups.
pub(super) fn is_lookup(command: &Command) -> bool {
    matches!(
        command,
        Command::Find { .. }
            | Command::Contacts { .. }
            | Command::Show { .. }
            | Command::History { .. }
            | Command::Changes { .. }
            | Command::Calendar { .. }
            | Command::Due { .. }
            | Command::Leadership { .. }
            | Command::Ern { .. }
            | Command::Terms { .. }
            | Command::Groups { .. }
    )
}

/// Runs a lookup on the database at `path` and returns its exit code; `today` gives
/// `calendar` its default year and `due` the day it counts from.
pub(super) fn run(
    command: &Command,
    path: Result<PathBuf, String>,
    lang: Lang,
    today: NaiveDate,
) -> ExitCode {
    match path.and_then(|path| lookup(command, &path, lang, today)) {
        Ok(out) => {
            write_all(&mut std::io::stdout().lock(), &out.stdout);
            if let Some(line) = out.stderr {
                eprintln!("{line}");
            }
            ExitCode::from(if out.found { 0 } else { 1 })
        }
        Err(message) => {
            eprintln!("irf: {message}");
            ExitCode::from(2)
        }
    }
}

/// Writes everything, quietly stopping if the reader went away (`irf contacts | head`).
fn write_all(to: &mut impl Write, text: &str) {
    let _ = to.write_all(text.as_bytes()).and_then(|()| to.flush());
}

/// Checks the arguments, then opens the database and answers.
fn lookup(command: &Command, path: &Path, lang: Lang, today: NaiveDate) -> Result<Output, String> {
    match command {
        Command::Find {
            text,
            limit,
            json,
            csv,
        } => {
            let query = search_text(text, lang)?;
            let store = open(path, lang)?;
            let limit = usize::try_from(*limit).unwrap_or(usize::MAX);
            let hits = store
                .search(&query, limit)
                .map_err(|e| store_error_text(lang, &e))?;
            find_output(&hits, &query, Format::from_flags(*json, *csv), lang)
        }
        Command::Contacts {
            region,
            role,
            text,
            json,
            csv,
        } => {
            let query = ContactQuery {
                region: region
                    .as_deref()
                    .map(|r| parse_region(r, lang))
                    .transpose()?,
                role: role.as_deref().map(|r| parse_role(r, lang)).transpose()?,
                text: filter_text(text, lang)?,
            };
            let store = open(path, lang)?;
            let rows = store
                .lookup_contacts(&query)
                .map_err(|e| store_error_text(lang, &e))?;
            contacts_output(&rows, Format::from_flags(*json, *csv), lang)
        }
        Command::Show {
            what,
            id_or_name,
            json,
        } => {
            let key = search_text(id_or_name, lang)?;
            let store = open(path, lang)?;
            show::run(&store, *what, &key, *json, lang, today)
        }
        Command::History {
            what,
            id_or_name,
            limit,
            json,
        } => {
            let key = search_text(id_or_name, lang)?;
            let store = open(path, lang)?;
            let limit = usize::try_from(*limit).unwrap_or(crate::store::MAX_PAGE);
            history::run(&store, *what, &key, limit, *json, lang)
        }
        Command::Changes {
            since,
            region,
            limit,
            json,
        } => {
            let since = changes::parse_since(since, lang)?;
            let region = region
                .as_deref()
                .map(|r| parse_region(r, lang))
                .transpose()?;
            let store = open(path, lang)?;
            let limit = usize::try_from(*limit).unwrap_or(usize::MAX);
            changes::run(
                &store,
                since,
                region,
                limit,
                *json,
                lang,
                chrono::Utc::now(),
            )
        }
        Command::Calendar { year, json } => {
            let year = year.unwrap_or_else(|| today.year());
            let store = open(path, lang)?;
            let items = store
                .calendar(year)
                .map_err(|e| store_error_text(lang, &e))?;
            calendar::output(&items, year, *json, lang)
        }
        Command::Due {
            days,
            region,
            json,
            today: given,
        } => {
            let region = region
                .as_deref()
                .map(|r| parse_region(r, lang))
                .transpose()?;
            let today = given.unwrap_or(today);
            let store = open(path, lang)?;
            let mut items = store
                .due(today, *days)
                .map_err(|e| store_error_text(lang, &e))?;
            if let Some(region) = region {
                items.retain(|i| i.owned_by(region.code()));
            }
            due::output(&items, today, *days, *json, lang)
        }
        Command::Leadership { json, today: given } => {
            let store = open(path, lang)?;
            leadership::run(&store, given.unwrap_or(today), *json, lang)
        }
        Command::Ern {
            flagged,
            json,
            today: given,
        } => {
            let store = open(path, lang)?;
            ern::run(&store, given.unwrap_or(today), *flagged, *json, lang)
        }
        Command::Terms {
            months,
            json,
            today: given,
        } => {
            let today = given.unwrap_or(today);
            let store = open(path, lang)?;
            let items = store
                .terms(today, *months)
                .map_err(|e| store_error_text(lang, &e))?;
            terms::output(&items, today, *months, *json, lang)
        }
        Command::Groups { noncompliant, json } => {
            let store = open(path, lang)?;
            let mut groups = store
                .reference_groups()
                .map_err(|e| store_error_text(lang, &e))?;
            let any = !groups.is_empty();
            if *noncompliant {
                groups.retain(|g| !g.breaches.is_empty());
            }
            groups::output(&groups, any, *json, lang)
        }
        _ => Ok(Output::nothing(String::new(), None)),
    }
}

/// Opens the file read-only: a missing file is an error, never created.
pub(super) fn open(path: &Path, lang: Lang) -> Result<Store, String> {
    let shown = sanitize(&path.display().to_string()).into_owned();
    if !path.exists() {
        return Err(lang.cf(CliMsg::MissingDb, &[&shown]));
    }
    let fail = |e: crate::store::StoreError| format!("{shown}: {}", store_error_text(lang, &e));
    let store = Store::open(path, OpenMode::ReadOnly).map_err(fail)?;
    store.lookup_mode().map_err(fail)?;
    let version = store.schema_version().map_err(fail)?;
    if version == 0 {
        return Err(lang.cf(CliMsg::NotIrf, &[&shown]));
    }
    if version < LATEST_VERSION {
        return Err(lang.cf(CliMsg::OldSchema, &[&shown, &version, &LATEST_VERSION]));
    }
    Ok(store)
}

/// The words joined by spaces, required and not too long once folded.
fn search_text(words: &[String], lang: Lang) -> Result<String, String> {
    let text = filter_text(words, lang)?;
    if fold(&text).is_empty() {
        return Err(lang.c(CliMsg::EmptyQuery).to_string());
    }
    Ok(text)
}

/// The words joined by spaces (possibly empty), not too long once folded.
fn filter_text(words: &[String], lang: Lang) -> Result<String, String> {
    let text = words.join(" ");
    let length = fold(&text).chars().count();
    if length > MAX_QUERY_CHARS {
        return Err(lang.cf(CliMsg::LongQuery, &[&length, &MAX_QUERY_CHARS]));
    }
    Ok(text)
}

/// A region code as a user types it (`HSO` for `HSØ`, any case).
fn parse_region(text: &str, lang: Lang) -> Result<Region, String> {
    Region::parse_loose(text).ok_or_else(|| lang.cf(CliMsg::BadRegion, &[&sanitize(text)]))
}

/// A role code, matched folded (so `Servicemiljø` is `servicemiljo`).
fn parse_role(text: &str, lang: Lang) -> Result<ContactRole, String> {
    ContactRole::from_code(&fold(text)).ok_or_else(|| {
        let roles: Vec<&str> = ContactRole::all().into_iter().map(Code::code).collect();
        lang.cf(CliMsg::BadRole, &[&sanitize(text), &roles.join(", ")])
    })
}

/// The label of a kind of hit in the UI language.
fn kind_label(lang: Lang, kind: SearchKind) -> &'static str {
    lang.c(match kind {
        SearchKind::Unit => CliMsg::KindUnit,
        SearchKind::Contact => CliMsg::KindContact,
        SearchKind::Case => CliMsg::KindCase,
        SearchKind::Application => CliMsg::KindApplication,
        SearchKind::Meeting => CliMsg::KindMeeting,
    })
}

/// Hits as plain lines, JSON or CSV (shared by `find` and an ambiguous `show`).
fn hits_text(hits: &[Hit], format: Format, lang: Lang) -> Result<String, String> {
    match format {
        Format::Json => {
            let items: Vec<HitJson<'_>> = hits
                .iter()
                .map(|h| HitJson {
                    kind: h.kind.code(),
                    id: h.id,
                    title: &h.title,
                })
                .collect();
            to_json(&items)
        }
        Format::Csv => {
            let mut out = text::csv_line(&["kind", "id", "title"]);
            for h in hits {
                let id = h.id.to_string();
                out.push_str(&text::csv_line(&[h.kind.code(), &id, &sanitize(&h.title)]));
            }
            Ok(out)
        }
        Format::Plain => {
            let rows: Vec<Vec<String>> = hits
                .iter()
                .map(|h| {
                    vec![
                        kind_label(lang, h.kind).to_string(),
                        h.id.to_string(),
                        sanitize(&h.title).into_owned(),
                    ]
                })
                .collect();
            Ok(lines(&text::table(&rows)))
        }
    }
}

/// Lines joined, each ending in a line feed.
fn lines(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// A listing of `items` as JSON (each item as `shape` makes it) or as the plain lines
/// `plain` writes. No items is exit code 1 with the sentence `nothing` on stderr (plain
/// only).
fn listing<'a, T, J: serde::Serialize>(
    items: &'a [T],
    json: bool,
    shape: impl Fn(&'a T) -> J,
    plain: impl FnOnce(&'a [T]) -> Vec<String>,
    nothing: impl FnOnce() -> String,
) -> Result<Output, String> {
    let stdout = if json {
        to_json(&items.iter().map(shape).collect::<Vec<J>>())?
    } else {
        lines(&plain(items))
    };
    if !items.is_empty() {
        return Ok(Output::found(stdout));
    }
    Ok(Output::nothing(stdout, (!json).then(nothing)))
}

fn find_output(hits: &[Hit], query: &str, format: Format, lang: Lang) -> Result<Output, String> {
    let stdout = hits_text(hits, format, lang)?;
    if !hits.is_empty() {
        return Ok(Output::found(stdout));
    }
    let line = lang.cf(CliMsg::NothingFound, &[&sanitize(query)]);
    Ok(Output::nothing(
        stdout,
        (format == Format::Plain).then_some(line),
    ))
}

fn contacts_output(
    rows: &[crate::store::ContactRow],
    format: Format,
    lang: Lang,
) -> Result<Output, String> {
    let stdout = match format {
        Format::Json => {
            let items: Vec<ContactJson<'_>> = rows.iter().map(ContactJson::from).collect();
            to_json(&items)?
        }
        Format::Csv => {
            let header = [
                "id",
                "name",
                "organisation",
                "region",
                "roles",
                "email",
                "phone",
            ];
            let mut out = text::csv_line(&header);
            for c in rows {
                let fields = [
                    c.id.to_string(),
                    sanitize(&c.name).into_owned(),
                    sanitize(&c.organisation).into_owned(),
                    c.region.map(Code::code).unwrap_or_default().to_string(),
                    c.role_codes().join(";"),
                    sanitize(&c.email).into_owned(),
                    sanitize(&c.phone).into_owned(),
                ];
                out.push_str(&text::csv_line(&fields));
            }
            out
        }
        Format::Plain if rows.is_empty() => String::new(),
        Format::Plain => {
            let header = [
                Msg::ColRegion,
                Msg::ColName,
                Msg::ColOrganisation,
                Msg::ColEmail,
                Msg::ColPhone,
            ];
            let mut table = vec![header.iter().map(|m| lang.t(*m).to_string()).collect()];
            table.extend(rows.iter().map(|c| {
                vec![
                    c.region.map(Code::code).unwrap_or_default().to_string(),
                    sanitize(&c.name).into_owned(),
                    sanitize(&c.organisation).into_owned(),
                    sanitize(&c.email).into_owned(),
                    sanitize(&c.phone).into_owned(),
                ]
            }));
            lines(&text::table(&table))
        }
    };
    if !rows.is_empty() {
        return Ok(Output::found(stdout));
    }
    let line = lang.c(CliMsg::NoContacts).to_string();
    Ok(Output::nothing(
        stdout,
        (format == Format::Plain).then_some(line),
    ))
}
