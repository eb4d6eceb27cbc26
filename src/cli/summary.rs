//! `irf summary [--year YYYY] [--json] [--items K09,K11,K13]`: the season summary of
//! the competence services (answers per checklist item, the review's progress per
//! region, the portfolio figures) and, with `--items`, the units answering Ja to all
//! the items given. Opens the database read-only like the lookups. Plain text fits 80
//! columns; `--json` has the stable shape documented in README.md ("Season
//! summary"). Exit codes: 0 done, 1 `--items` found no unit, 2 error.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::store_error_text;
use crate::domain::{Code, FTE_BOUNDS, SeasonSummary, bar, fte_bin_label, parse_item_codes};
use crate::i18n::{Lang, SummaryMsg};
use crate::store::{CombinationUnit, Store};
use crate::ui::sanitize;

/// The width every plain line fits in.
const WIDTH: usize = 80;

/// Width of a region's progress bar.
const BAR: usize = 40;

/// `--json`: the whole summary.
#[derive(Serialize)]
struct SummaryJson<'a> {
    year: i32,
    kind: &'static str,
    reports: usize,
    items: Vec<ItemJson<'a>>,
    progress: Vec<ProgressJson>,
    portfolio: PortfolioJson,
    #[serde(skip_serializing_if = "Option::is_none")]
    combination: Option<CombinationJson<'a>>,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    code: &'a str,
    question_nb: &'a str,
    question_en: &'a str,
    ja: usize,
    nei: usize,
    delvis: usize,
    ikke_relevant: usize,
    unanswered: usize,
}

#[derive(Serialize)]
struct ProgressJson {
    region: &'static str,
    reviewed: usize,
    total: usize,
}

#[derive(Serialize)]
struct PortfolioJson {
    units: usize,
    age: AgeJson,
    fte: FteJson,
}

#[derive(Serialize)]
struct AgeJson {
    count: usize,
    median: Option<f64>,
    mean: Option<f64>,
    oldest: Option<i32>,
    youngest: Option<i32>,
}

#[derive(Serialize)]
struct FteJson {
    count: usize,
    median: Option<f64>,
    mean: Option<f64>,
    largest: Option<f64>,
    mean_without_largest: Option<f64>,
    bins: Vec<BinJson>,
}

#[derive(Serialize)]
struct BinJson {
    label: String,
    from: f64,
    to: Option<f64>,
    units: usize,
}

#[derive(Serialize)]
struct CombinationJson<'a> {
    items: &'a [String],
    count: usize,
    units: Vec<UnitJson<'a>>,
}

#[derive(Serialize)]
struct UnitJson<'a> {
    id: i64,
    name: &'a str,
}

/// Runs `irf summary` on the database at `path` and returns its exit code.
pub(super) fn run(path: &Path, year: i32, items: Option<&str>, json: bool, lang: Lang) -> ExitCode {
    match answer(path, year, items, json, lang) {
        Ok((text, found)) => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
            if !found {
                eprintln!("{}", lang.s(SummaryMsg::CliNoUnits));
            }
            ExitCode::from(if found { 0 } else { 1 })
        }
        Err(message) => {
            eprintln!("irf: {message}");
            ExitCode::from(2)
        }
    }
}

/// The codes of `--items`, checked before the database is read further.
fn codes(store: &Store, items: &str, lang: Lang) -> Result<Vec<String>, String> {
    let codes = parse_item_codes(items).map_err(|word| {
        if word.is_empty() {
            lang.s(SummaryMsg::NoCodes).to_string()
        } else {
            lang.sf(SummaryMsg::NotACode, &[&sanitize(&word)])
        }
    })?;
    let known = store
        .checklist_codes()
        .map_err(|e| store_error_text(lang, &e))?;
    let unknown: Vec<&str> = codes
        .iter()
        .filter(|c| !known.contains(c))
        .map(String::as_str)
        .collect();
    if !unknown.is_empty() {
        let unknown = sanitize(&unknown.join(", ")).into_owned();
        return Err(lang.sf(SummaryMsg::UnknownCodes, &[&unknown]));
    }
    Ok(codes)
}

/// The text to print, and whether `--items` found a unit (true without it).
fn answer(
    path: &Path,
    year: i32,
    items: Option<&str>,
    json: bool,
    lang: Lang,
) -> Result<(String, bool), String> {
    let store = super::lookup::open(path, lang)?;
    let fail = |e: crate::store::StoreError| store_error_text(lang, &e);
    let combination = match items {
        Some(items) => {
            let codes = codes(&store, items, lang)?;
            let (_, units) = store.combination(year, &codes).map_err(fail)?;
            Some((codes, units))
        }
        None => None,
    };
    let summary = store.season_summary(year).map_err(fail)?;
    let found = combination.as_ref().is_none_or(|(_, u)| !u.is_empty());
    let text = if json {
        to_json(&summary, combination.as_ref())?
    } else {
        plain(&summary, combination.as_ref(), lang)
    };
    Ok((text, found))
}

fn to_json(
    s: &SeasonSummary,
    combination: Option<&(Vec<String>, Vec<CombinationUnit>)>,
) -> Result<String, String> {
    let p = &s.portfolio;
    let shaped = SummaryJson {
        year: s.year,
        kind: crate::store::SUMMARY_KIND.code(),
        reports: s.reports,
        items: s
            .items
            .iter()
            .map(|i| ItemJson {
                code: &i.item.code,
                question_nb: &i.item.text_nb,
                question_en: &i.item.text_en,
                ja: i.counts[0],
                nei: i.counts[1],
                delvis: i.counts[2],
                ikke_relevant: i.counts[3],
                unanswered: i.unanswered,
            })
            .collect(),
        progress: s
            .progress
            .iter()
            .map(|r| ProgressJson {
                region: r.region.code(),
                reviewed: r.reviewed,
                total: r.total,
            })
            .collect(),
        portfolio: PortfolioJson {
            units: p.units,
            age: AgeJson {
                count: p.age.count,
                median: p.age.median,
                mean: p.age.mean,
                oldest: p.age_range.map(|r| r.0),
                youngest: p.age_range.map(|r| r.1),
            },
            fte: FteJson {
                count: p.fte.count,
                median: p.fte.median,
                mean: p.fte.mean,
                largest: p.fte_largest,
                mean_without_largest: p.fte_mean_without_largest,
                bins: (0..FTE_BOUNDS.len())
                    .map(|i| BinJson {
                        label: fte_bin_label(i, '.'),
                        from: FTE_BOUNDS[i],
                        to: FTE_BOUNDS.get(i + 1).copied(),
                        units: p.fte_bins[i],
                    })
                    .collect(),
            },
        },
        combination: combination.map(|(codes, units)| CombinationJson {
            items: codes,
            count: units.len(),
            units: units
                .iter()
                .map(|u| UnitJson {
                    id: u.id,
                    name: &u.name,
                })
                .collect(),
        }),
    };
    serde_json::to_string_pretty(&shaped)
        .map(|mut t| {
            t.push('\n');
            t
        })
        .map_err(|e| e.to_string())
}

/// `text` cut to at most `max` columns, ending in `…` when cut.
fn cut(text: &str, max: usize) -> String {
    if UnicodeWidthStr::width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `text` padded on the left to `width` columns.
fn right(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(UnicodeWidthStr::width(text));
    format!("{}{text}", " ".repeat(pad))
}

fn plain(
    s: &SeasonSummary,
    combination: Option<&(Vec<String>, Vec<CombinationUnit>)>,
    lang: Lang,
) -> String {
    let mut lines = vec![
        lang.sf(SummaryMsg::CliTitle, &[&s.year]),
        String::new(),
        lang.s(SummaryMsg::CliAnswers).to_string(),
    ];
    let numbers = [
        SummaryMsg::ColYes,
        SummaryMsg::ColNo,
        SummaryMsg::ColPartly,
        SummaryMsg::ColNotRelevant,
        SummaryMsg::ColUnanswered,
    ];
    let mut header = format!("{:<6}", lang.s(SummaryMsg::ColItem));
    for m in numbers {
        header.push_str(&right(lang.s(m), 7));
    }
    header.push_str("  ");
    let room = WIDTH.saturating_sub(UnicodeWidthStr::width(header.as_str()));
    header.push_str(lang.s(SummaryMsg::ColQuestion));
    lines.push(header);
    for i in &s.items {
        let mut line = format!("{:<6}", cut(&sanitize(&i.item.code), 6));
        for n in i.counts.iter().chain([&i.unanswered]) {
            line.push_str(&right(&n.to_string(), 7));
        }
        line.push_str("  ");
        let question = match lang {
            Lang::Nb => &i.item.text_nb,
            Lang::En => &i.item.text_en,
        };
        line.push_str(&cut(&sanitize(question), room));
        lines.push(line);
    }
    lines.push(String::new());
    lines.push(lang.s(SummaryMsg::Progress).to_string());
    for r in &s.progress {
        lines.push(format!(
            "{:<4}{} {}/{}",
            r.region.code(),
            bar(r.reviewed, r.total, BAR),
            r.reviewed,
            r.total
        ));
    }
    lines.push(String::new());
    lines.push(lang.s(SummaryMsg::Portfolio).to_string());
    lines.extend(
        crate::i18n::portfolio_lines(s, lang)
            .into_iter()
            .map(|l| cut(&l, WIDTH)),
    );
    if let Some((codes, units)) = combination {
        lines.push(String::new());
        lines.push(lang.s(SummaryMsg::Combination).to_string());
        let found = lang.sf(
            SummaryMsg::CombinationFound,
            &[&units.len(), &codes.join(" ∧ ")],
        );
        lines.push(cut(&found, WIDTH));
        for u in units {
            lines.push(cut(&format!("- {}", sanitize(&u.name)), WIDTH));
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}
