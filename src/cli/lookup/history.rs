//! `irf history unit|report|contact|case|application|meeting ID-OR-NAME`: a record's
//! history from the audit log, newest first, as lines in the UI's words (each fitting
//! 80 columns) or a JSON object. Names resolve as `irf show` resolves them (an id, a
//! case number, or a name matching one record); a report is named by its unit's name,
//! optionally followed by the year reported on (`sarkom 2025`; without it, the unit's
//! latest report). A record deleted since still shows its history by id.

use clap::ValueEnum;
use serde::Serialize;

use super::json::to_json;
use super::show::{Pick, many, not_found, pick_named};
use super::{Output, text};
use crate::app::store_error_text;
use crate::domain::Code;
use crate::i18n::{CliMsg, HistoryMsg, Lang, history_lines, target_noun};
use crate::store::{HistoryEntry, HistoryTarget, SearchKind, Store, StoreError};
use crate::ui::sanitize;

/// What `irf history` shows the history of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HistoryWhat {
    /// A unit, with its reference group, network periods and phase-outs.
    Unit,
    /// An annual report, with its checklist answers and follow-ups.
    Report,
    /// A person.
    Contact,
    /// An IRF or AD case.
    Case,
    /// An application, with its anchoring answers.
    Application,
    /// A meeting.
    Meeting,
}

impl HistoryWhat {
    fn code(self) -> &'static str {
        match self {
            HistoryWhat::Unit => "unit",
            HistoryWhat::Report => "report",
            HistoryWhat::Contact => "contact",
            HistoryWhat::Case => "case",
            HistoryWhat::Application => "application",
            HistoryWhat::Meeting => "meeting",
        }
    }

    fn target(self, id: i64) -> HistoryTarget {
        match self {
            HistoryWhat::Unit => HistoryTarget::Unit(id),
            HistoryWhat::Report => HistoryTarget::Report(id),
            HistoryWhat::Contact => HistoryTarget::Contact(id),
            HistoryWhat::Case => HistoryTarget::Case(id),
            HistoryWhat::Application => HistoryTarget::Application(id),
            HistoryWhat::Meeting => HistoryTarget::Meeting(id),
        }
    }

    /// The search kind names are looked up in (a report: its unit's).
    fn search_kind(self) -> SearchKind {
        match self {
            HistoryWhat::Unit | HistoryWhat::Report => SearchKind::Unit,
            HistoryWhat::Contact => SearchKind::Contact,
            HistoryWhat::Case => SearchKind::Case,
            HistoryWhat::Application => SearchKind::Application,
            HistoryWhat::Meeting => SearchKind::Meeting,
        }
    }
}

#[derive(Serialize)]
struct ChangeJson<'a> {
    field: &'a str,
    old: Option<&'a serde_json::Value>,
    new: Option<&'a serde_json::Value>,
}

#[derive(Serialize)]
struct EntryJson<'a> {
    id: i64,
    write: Option<i64>,
    at: String,
    user: &'a str,
    person: Option<&'a str>,
    region: Option<&'static str>,
    entity: &'a str,
    entity_id: Option<i64>,
    action: &'a str,
    subject: Option<&'a str>,
    undoes: Option<i64>,
    changes: Vec<ChangeJson<'a>>,
    lines: Vec<String>,
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    kind: &'static str,
    id: i64,
    title: Option<&'a str>,
    exists: bool,
    entries: Vec<EntryJson<'a>>,
    more: bool,
}

fn entry_json(lang: Lang, e: &HistoryEntry) -> EntryJson<'_> {
    EntryJson {
        id: e.id,
        write: e.write,
        at: e.at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        user: &e.user,
        person: e.person.as_deref(),
        region: e.region.map(Code::code),
        entity: &e.entity,
        entity_id: e.entity_id,
        action: &e.action,
        subject: e.subject.as_deref(),
        undoes: e.undoes,
        changes: e
            .changes
            .iter()
            .map(|c| ChangeJson {
                field: &c.field,
                old: c.old.as_ref(),
                new: c.new.as_ref(),
            })
            .collect(),
        lines: history_lines(lang, e),
    }
}

/// The report `key` names: an id, or a unit's name with an optional year at the end.
fn pick_report(store: &Store, key: &str, lang: Lang) -> crate::store::Result<Pick> {
    let key = key.trim();
    if key.chars().all(|c| c.is_ascii_digit()) {
        return pick_named(
            store,
            SearchKind::Unit,
            target_noun(lang, HistoryTarget::Report(0)),
            key,
            lang,
        );
    }
    let (name, year) = match key.rsplit_once(' ') {
        Some((name, year)) if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) => {
            (name.trim(), year.parse::<i32>().ok())
        }
        _ => (key, None),
    };
    let unit_noun = target_noun(lang, HistoryTarget::Unit(0));
    Ok(
        match pick_named(store, SearchKind::Unit, unit_noun, name, lang)? {
            Pick::One(unit) => match store.report_of_unit(unit, year)? {
                Some(report) => Pick::One(report),
                None => Pick::Nothing(lang.cf(
                    CliMsg::NotFoundName,
                    &[&target_noun(lang, HistoryTarget::Report(0)), &sanitize(key)],
                )),
            },
            other => other,
        },
    )
}

/// Finds the record `key` names and prints its history, at most `limit` entries.
pub(super) fn run(
    store: &Store,
    what: HistoryWhat,
    key: &str,
    limit: usize,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    let fail = |e: StoreError| store_error_text(lang, &e);
    let noun = target_noun(lang, what.target(0));
    let picked = match what {
        HistoryWhat::Report => pick_report(store, key, lang),
        _ => pick_named(store, what.search_kind(), noun, key, lang),
    }
    .map_err(fail)?;
    let id = match picked {
        Pick::One(id) => id,
        Pick::Nothing(sentence) => return Ok(not_found(sentence, json)),
        Pick::Many(matches) => {
            let sentence = lang.hf(HistoryMsg::Ambiguous, &[&matches.len(), &what.code()]);
            return many(matches, what.search_kind(), json, sentence, lang);
        }
    };
    let target = what.target(id);
    let title = store.record_title(target).map_err(fail)?;
    let exists = title.is_some();
    if !exists && !store.has_history(target).map_err(fail)? {
        let sentence = lang.cf(CliMsg::NotFoundId, &[&noun, &id]);
        return Ok(not_found(sentence, json));
    }
    let title = match title {
        Some(t) => Some(t),
        None => store.recorded_title(target).map_err(fail)?,
    };
    let page = store.history(target, None, limit).map_err(fail)?;
    let more = page.before.is_some();
    if json {
        return Ok(Output::found(to_json(&HistoryJson {
            kind: target.kind(),
            id,
            title: title.as_deref(),
            exists,
            entries: page.entries.iter().map(|e| entry_json(lang, e)).collect(),
            more,
        })?));
    }
    let mut shown = sanitize(title.as_deref().unwrap_or("")).into_owned();
    if !exists {
        shown = format!("{shown} {}", lang.h(HistoryMsg::Deleted))
            .trim()
            .to_string();
    }
    let mut lines = vec![text::cut(
        &lang.hf(HistoryMsg::Title, &[&noun, &shown]),
        text::WIDTH,
    )];
    if page.entries.is_empty() {
        lines.push(lang.h(HistoryMsg::Empty).to_string());
    }
    for e in &page.entries {
        lines.extend(
            history_lines(lang, e)
                .iter()
                .map(|l| text::cut(l, text::WIDTH)),
        );
    }
    if more {
        let next = (limit * 2).min(crate::store::MAX_PAGE);
        lines.push(text::cut(&lang.hf(HistoryMsg::More, &[&next]), text::WIDTH));
    }
    Ok(Output::found(super::lines(&lines)))
}
