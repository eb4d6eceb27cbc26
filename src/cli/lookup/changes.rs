//! `irf changes [--since YYYY-MM-DD|last] [--region R]`: what others changed since the
//! user last closed irf (or since the start of a day, local time), grouped by pane,
//! one line each (local date and time, then a sentence in the UI's words), or JSON.

use chrono::{DateTime, Local, NaiveDate, Utc};
use serde::Serialize;

use super::json::to_json;
use super::{Output, text};
use crate::app::store_error_text;
use crate::domain::{Code, Region};
use crate::i18n::{
    CliMsg, HistoryMsg, Lang, change_sentence, local_moment, pane_label, since_last_text,
};
use crate::store::{Changes, Store};
use crate::ui::sanitize;

/// From when `irf changes` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Since {
    /// When the user last closed irf.
    Last,
    /// The start of this day (local time).
    Day(NaiveDate),
}

/// `--since` as typed: `last` or `YYYY-MM-DD`; anything else is a sentence.
pub(super) fn parse_since(typed: &str, lang: Lang) -> Result<Since, String> {
    let typed = typed.trim();
    if typed.eq_ignore_ascii_case("last") || typed.eq_ignore_ascii_case("sist") {
        return Ok(Since::Last);
    }
    NaiveDate::parse_from_str(typed, "%Y-%m-%d")
        .map(Since::Day)
        .map_err(|_| lang.hf(HistoryMsg::BadSince, &[&sanitize(typed)]))
}

/// The start of `day` in local time, as UTC.
fn day_start(day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    midnight
        .and_local_timezone(Local)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc))
}

#[derive(Serialize)]
struct ItemJson<'a> {
    pane: &'static str,
    change: &'static str,
    kind: &'static str,
    id: i64,
    title: &'a str,
    value: Option<&'a str>,
    region: Option<&'static str>,
    user: &'a str,
    person: Option<&'a str>,
    at: String,
    audit_id: i64,
    text: String,
}

#[derive(Serialize)]
struct ChangesJson<'a> {
    since: String,
    count: usize,
    items: Vec<ItemJson<'a>>,
}

fn iso(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Lists the changes others made since `since` (`now` for the weekday wording).
pub(super) fn run(
    store: &Store,
    since: Since,
    region: Option<Region>,
    limit: usize,
    json: bool,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Output, String> {
    let fail = |e: crate::store::StoreError| store_error_text(lang, &e);
    let from = match since {
        Since::Day(day) => day_start(day),
        Since::Last => store
            .last_closed(store.user())
            .map_err(fail)?
            .ok_or_else(|| lang.h(HistoryMsg::NoLastClose).to_string())?,
    };
    let changes: Changes = store
        .changes_since(from, region, Some(store.user()), limit)
        .map_err(fail)?;
    if json {
        let items = changes
            .items
            .iter()
            .map(|i| ItemJson {
                pane: i.pane.code(),
                change: i.kind.code(),
                kind: i.target.kind(),
                id: i.target.id(),
                title: &i.title,
                value: i.value.as_deref(),
                region: i.region.map(Code::code),
                user: &i.user,
                person: i.person.as_deref(),
                at: iso(i.at),
                audit_id: i.audit_id,
                text: change_sentence(lang, i),
            })
            .collect();
        let stdout = to_json(&ChangesJson {
            since: iso(from),
            count: changes.count,
            items,
        })?;
        return Ok(if changes.count > 0 {
            Output::found(stdout)
        } else {
            Output::nothing(stdout, None)
        });
    }
    let heading = match since {
        Since::Last => since_last_text(lang, changes.count, from, now),
        Since::Day(day) => lang.hf(HistoryMsg::ChangesSince, &[&changes.count, &lang.date(day)]),
    };
    if changes.count == 0 {
        return Ok(Output::nothing(String::new(), Some(heading)));
    }
    let mut lines = vec![text::cut(&heading, text::WIDTH)];
    for (pane, items) in changes.by_pane() {
        lines.push(pane_label(lang, pane));
        for item in items {
            let (date, time) = local_moment(lang, item.at);
            let line = format!(
                "  {date} {time}  {}",
                sanitize(&change_sentence(lang, item))
            );
            lines.push(text::cut(&line, text::WIDTH));
        }
    }
    if changes.count > changes.items.len() {
        let rest = changes.count - changes.items.len();
        lines.push(lang.cf(CliMsg::More, &[&rest]));
    }
    Ok(Output::found(super::lines(&lines)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_is_last_or_a_date_and_anything_else_a_sentence() {
        assert_eq!(parse_since("last", Lang::Nb), Ok(Since::Last));
        assert_eq!(
            parse_since("2026-06-01", Lang::Nb),
            Ok(Since::Day(NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()))
        );
        let bad = parse_since("1. juni", Lang::Nb).unwrap_err();
        assert!(bad.contains("«1. juni» er ikke en dato"), "{bad}");
        let bad = parse_since("2026-13-01", Lang::En).unwrap_err();
        assert!(bad.contains("is not a date"), "{bad}");
    }
}
