//! `irf ern [--flagged]`: the ERN memberships by network, then member HF. Plain output
//! heads each network with its name, then gives each membership as its HF, status and
//! status date, its unit and coordinator on the next line, and what it is flagged for
//! below it as `! sentence` (at most 80 columns); a count closes the list. `--json`
//! gives an array of objects with the stable fields `id`, `ern`, `known`, `unit`,
//! `unit_id`, `unit_region`, `health_trust`, `hf_region`, `status` (code), `starts_on`,
//! `ends_on`, `coordinator`, `coordinator_id`, `note` and `flags` (`rule`, `text`).

use chrono::NaiveDate;
use serde::Serialize;

use super::json::{iso, to_json};
use super::{Output, lines, text};
use crate::app::store_error_text;
use crate::domain::{Code, ErnFlag, known_ern};
use crate::i18n::{ErnMsg, Lang, ern_flag_text, ern_status_span};
use crate::store::{ErnMembership, Store};
use crate::ui::sanitize;

/// One flag in `--json`.
#[derive(Serialize)]
pub(super) struct FlagJson {
    rule: &'static str,
    text: String,
}

impl FlagJson {
    /// The flags of a membership of `ern`, each with its code and sentence in `lang`.
    pub(super) fn all(lang: Lang, ern: &str, flags: &[ErnFlag]) -> Vec<FlagJson> {
        flags
            .iter()
            .map(|f| FlagJson {
                rule: f.code(),
                text: ern_flag_text(lang, ern, f),
            })
            .collect()
    }
}

/// One membership in `--json` (also `irf show unit --json`'s `ern_memberships`).
#[derive(Serialize)]
pub(super) struct MembershipJson<'a> {
    id: i64,
    ern: &'a str,
    known: bool,
    unit: &'a str,
    unit_id: i64,
    unit_region: &'static str,
    health_trust: Option<&'a str>,
    hf_region: Option<&'static str>,
    status: &'static str,
    starts_on: Option<String>,
    ends_on: Option<String>,
    coordinator: Option<&'a str>,
    coordinator_id: Option<i64>,
    note: &'a str,
    flags: Vec<FlagJson>,
}

impl<'a> MembershipJson<'a> {
    pub(super) fn of(m: &'a ErnMembership, today: NaiveDate, lang: Lang) -> MembershipJson<'a> {
        MembershipJson {
            id: m.id,
            ern: &m.ern,
            known: known_ern(&m.ern).is_ok(),
            unit: &m.unit,
            unit_id: m.unit_id,
            unit_region: m.unit_region.code(),
            health_trust: m.hf_name(),
            hf_region: m.hf.as_ref().map(|h| h.2.code()),
            status: m.status.code(),
            starts_on: m.starts_on.map(iso),
            ends_on: m.ends_on.map(iso),
            coordinator: m.coordinator.as_ref().map(|c| c.1.as_str()),
            coordinator_id: m.coordinator.as_ref().map(|c| c.0),
            note: &m.note,
            flags: FlagJson::all(lang, &m.ern, &m.flags(today)),
        }
    }
}

/// Reads the memberships and prints them (only the flagged ones with `flagged`).
pub(super) fn run(
    store: &Store,
    today: NaiveDate,
    flagged: bool,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    let mut all = store
        .ern_memberships()
        .map_err(|e| store_error_text(lang, &e))?;
    let any = !all.is_empty();
    if flagged {
        all.retain(|m| !m.flags(today).is_empty());
    }
    output(&all, any, today, json, lang)
}

/// The listing of `memberships`; `any` tells "none recorded" from "none flagged".
pub(super) fn output(
    memberships: &[ErnMembership],
    any: bool,
    today: NaiveDate,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    let stdout = if json {
        to_json(
            &memberships
                .iter()
                .map(|m| MembershipJson::of(m, today, lang))
                .collect::<Vec<_>>(),
        )?
    } else {
        lines(&plain(memberships, today, lang))
    };
    if memberships.is_empty() {
        let msg = if any {
            ErnMsg::NothingFlagged
        } else {
            ErnMsg::NothingRecorded
        };
        let line = lang.ern(msg).to_string();
        return Ok(Output::nothing(stdout, (!json).then_some(line)));
    }
    Ok(Output::found(stdout))
}

/// `text` wrapped within the width, indented by `indent` (continuations by two more).
fn push_wrapped(out: &mut Vec<String>, text: &str, indent: usize) {
    let pad = " ".repeat(indent);
    for part in text::wrap(text, text::WIDTH - indent, 2) {
        out.push(format!("{pad}{part}"));
    }
}

fn plain(memberships: &[ErnMembership], today: NaiveDate, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let mut networks = 0;
    let mut flagged = 0;
    let mut current: Option<String> = None;
    for m in memberships {
        let name = crate::domain::fold(&m.ern);
        if current.as_deref() != Some(name.as_str()) {
            if current.is_some() {
                out.push(String::new());
            }
            push_wrapped(&mut out, &sanitize(&m.ern), 0);
            current = Some(name);
            networks += 1;
        }
        let mut head = m
            .hf_name()
            .map(|h| sanitize(h).into_owned())
            .unwrap_or_else(|| lang.ern(ErnMsg::Nobody).to_string());
        head.push_str(" · ");
        head.push_str(&ern_status_span(lang, m));
        push_wrapped(&mut out, &head, 2);
        let mut tail = sanitize(&crate::domain::short_name(&m.unit)).into_owned();
        if let Some((_, c)) = &m.coordinator {
            tail.push_str("; ");
            tail.push_str(&lang.ernf(ErnMsg::CoordinatorIs, &[&sanitize(c)]));
        }
        push_wrapped(&mut out, &tail, 4);
        let flags = m.flags(today);
        flagged += usize::from(!flags.is_empty());
        for f in &flags {
            push_wrapped(
                &mut out,
                &format!("! {}", ern_flag_text(lang, &m.ern, f)),
                4,
            );
        }
    }
    if !memberships.is_empty() {
        out.push(String::new());
        out.push(lang.ernf(ErnMsg::Count, &[&memberships.len(), &networks, &flagged]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ErnStatus, Region};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn membership(id: i64, ern: &str, coordinator: bool) -> ErnMembership {
        ErnMembership {
            id,
            ern: ern.into(),
            unit_id: 3,
            unit: "Nasjonal kompetansetjeneste for noe \x1b[2J langt ".repeat(3),
            unit_region: Region::Hmn,
            hf: Some((1, "St. Olavs hospital HF".into(), Region::Hmn)),
            status: ErnStatus::Full,
            starts_on: Some(d(2023, 1, 1)),
            ends_on: None,
            coordinator: coordinator.then(|| (9, "Kari Ødegård".into())),
            note: String::new(),
            version: 1,
        }
    }

    #[test]
    fn memberships_are_listed_by_network_with_their_flags_and_fit() {
        let all = [
            membership(1, "ERN EURACAN", true),
            membership(2, "ERN-RND", false),
        ];
        let out = output(&all, true, d(2026, 3, 1), false, Lang::Nb).unwrap();
        assert!(out.found);
        assert!(!out.stdout.contains('\x1b'));
        for line in out.stdout.lines() {
            assert!(text::width(line) <= text::WIDTH, "{line}");
        }
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines[0], "ERN EURACAN");
        assert_eq!(
            lines[1],
            "  St. Olavs hospital HF · fullverdig medlem fra 01.01.2023"
        );
        assert!(out.stdout.contains("    ! ingen nasjonal koordinator"));
        assert!(
            out.stdout
                .ends_with("2 medlemskap i 2 nettverk; 1 flagget.\n")
        );
        let none = output(&[], true, d(2026, 3, 1), false, Lang::En).unwrap();
        assert!(!none.found);
        assert_eq!(
            none.stderr.as_deref(),
            Some("No ERN membership is flagged.")
        );
        let empty = output(&[], false, d(2026, 3, 1), true, Lang::En).unwrap();
        assert_eq!((empty.stdout.as_str(), empty.stderr), ("[]\n", None));
    }
}
