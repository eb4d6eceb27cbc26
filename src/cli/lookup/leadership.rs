//! `irf leadership`: the leadership periods by start, the one covering today marked
//! `*`, and a sentence saying who leads today (from its period, or from the old
//! setting `leading_region` when no period covers the day). `--json` gives the object
//! `{"today", "leading_region", "source", "current", "periods": [...]}` with `source`
//! `period`, `setting` or `null`, and each period's `id`, `region`, `region_name`,
//! `starts_on`, `ends_on`, `decision`, `note` and `current`.

use chrono::NaiveDate;
use serde::Serialize;

use super::json::{iso, to_json};
use super::{Output, lines, text};
use crate::app::store_error_text;
use crate::domain::Code;
use crate::i18n::{Lang, LeadMsg};
use crate::store::{LeadershipPeriod, Store};
use crate::ui::sanitize;

#[derive(Serialize)]
struct PeriodJson<'a> {
    id: i64,
    region: &'static str,
    region_name: &'static str,
    starts_on: String,
    ends_on: String,
    decision: &'a str,
    note: &'a str,
    current: bool,
}

#[derive(Serialize)]
struct LeadershipJson<'a> {
    today: String,
    leading_region: Option<&'static str>,
    source: Option<&'static str>,
    current: Option<i64>,
    periods: Vec<PeriodJson<'a>>,
}

/// The column of the note in a plain row.
const NOTE: usize = 5;

/// Reads the periods and who leads on `today`, and prints them.
pub(super) fn run(
    store: &Store,
    today: NaiveDate,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    let fail = |e: crate::store::StoreError| store_error_text(lang, &e);
    let periods = store.leadership_periods().map_err(fail)?;
    let leader = store.leading_region_on(today).map_err(fail)?;
    output(&periods, leader, today, json, lang)
}

/// The listing of `periods` with `leader` leading on `today`.
pub(super) fn output(
    periods: &[LeadershipPeriod],
    leader: Option<crate::domain::Region>,
    today: NaiveDate,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    let current = periods.iter().find(|p| p.covers(today));
    let stdout = if json {
        let source = match (current, leader) {
            (Some(_), _) => Some("period"),
            (None, Some(_)) => Some("setting"),
            (None, None) => None,
        };
        to_json(&LeadershipJson {
            today: iso(today),
            leading_region: leader.map(Code::code),
            source,
            current: current.map(|p| p.id),
            periods: periods
                .iter()
                .map(|p| PeriodJson {
                    id: p.id,
                    region: p.region.code(),
                    region_name: p.region.name(),
                    starts_on: iso(p.starts_on),
                    ends_on: iso(p.ends_on),
                    decision: &p.decision,
                    note: &p.note,
                    current: p.covers(today),
                })
                .collect(),
        })?
    } else {
        lines(&plain(periods, current, leader, today, lang))
    };
    if periods.is_empty() {
        let line = lang.l(LeadMsg::NothingRecorded).to_string();
        return Ok(Output::nothing(stdout, (!json).then_some(line)));
    }
    Ok(Output::found(stdout))
}

fn plain(
    periods: &[LeadershipPeriod],
    current: Option<&LeadershipPeriod>,
    leader: Option<crate::domain::Region>,
    today: NaiveDate,
    lang: Lang,
) -> Vec<String> {
    let mut out = Vec::new();
    if !periods.is_empty() {
        out.push(lang.l(LeadMsg::Heading).to_string());
        let header = [
            LeadMsg::ColFrom,
            LeadMsg::ColTo,
            LeadMsg::ColRegion,
            LeadMsg::ColDecision,
            LeadMsg::ColNote,
        ];
        let mut rows: Vec<Vec<String>> = vec![
            std::iter::once(String::new())
                .chain(header.iter().map(|m| lang.l(*m).to_string()))
                .collect(),
        ];
        rows.extend(periods.iter().map(|p| {
            vec![
                if p.covers(today) { "*" } else { "" }.to_string(),
                lang.date(p.starts_on),
                lang.date(p.ends_on),
                p.region.code().to_string(),
                sanitize(&p.decision).into_owned(),
                sanitize(&p.note).into_owned(),
            ]
        }));
        text::fit_column(&mut rows, NOTE, 12);
        out.extend(text::table(&rows));
        out.push(String::new());
    }
    let day = lang.date(today);
    out.push(match (current, leader) {
        (Some(p), _) => lang.lead(
            LeadMsg::Today,
            &[
                &day,
                &p.region.name(),
                &lang.date(p.starts_on),
                &lang.date(p.ends_on),
            ],
        ),
        (None, Some(region)) => lang.lead(LeadMsg::TodaySetting, &[&day, &region.code()]),
        (None, None) => lang.lead(LeadMsg::TodayNobody, &[&day]),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Region;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn period(
        id: i64,
        region: Region,
        from: NaiveDate,
        to: NaiveDate,
        note: &str,
    ) -> LeadershipPeriod {
        LeadershipPeriod {
            id,
            region,
            starts_on: from,
            ends_on: to,
            decision: "IRF 21.11.2022".into(),
            note: note.into(),
            version: 1,
        }
    }

    #[test]
    fn the_period_of_today_is_marked_and_lines_fit() {
        let periods = [
            period(
                1,
                Region::Hv,
                d(2023, 1, 1),
                d(2024, 12, 31),
                &"lang\x1b[2J ".repeat(20),
            ),
            period(2, Region::Hmn, d(2025, 1, 1), d(2026, 12, 31), "Eksempel"),
        ];
        let out = output(&periods, Some(Region::Hmn), d(2026, 3, 1), false, Lang::Nb).unwrap();
        assert!(out.found);
        assert!(!out.stdout.contains('\x1b'));
        for line in out.stdout.lines() {
            assert!(text::width(line) <= text::WIDTH, "{line}");
        }
        assert!(
            out.stdout.contains("*  01.01.2025  31.12.2026  HMN"),
            "{}",
            out.stdout
        );
        assert!(
            out.stdout
                .contains("I dag (01.03.2026) leder Helse Midt-Norge RHF (01.01.2025–31.12.2026)."),
            "{}",
            out.stdout
        );
        let later = output(&periods, Some(Region::Hv), d(2027, 3, 1), false, Lang::En).unwrap();
        assert!(
            later.stdout.contains(
                "No period covers today (2027-03-01); the setting leading_region gives HV."
            )
        );
        let none = output(&[], None, d(2027, 3, 1), false, Lang::En).unwrap();
        assert!(!none.found);
        assert_eq!(
            none.stderr.as_deref(),
            Some("No leadership period is recorded.")
        );
    }
}
