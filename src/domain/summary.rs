//! The season summary's statistics, as the 2018 review of the competence services
//! computed them, on plain inputs (the store reads them, the UI and the CLI show them).
//!
//! - the answers per checklist item: how many reports answer Ja, Nei, Delvis, Ikke
//!   relevant, and how many leave the item open ([`answer_table`]);
//! - a combination: the units answering Ja to every one of some items
//!   ([`units_with_all`], the codes read by [`parse_item_codes`]);
//! - the portfolio ([`portfolio`]): each unit's age, `review year − (approval year −
//!   1)`, with median and mean; staff in full-time equivalents binned as <1.5, 1.5–3,
//!   3–5, 5–10, 10–20, >20 (lower bound inclusive: 3.0 is in 3–5, 20.0 in >20), with
//!   median, mean, and the mean again without the largest value (the review's outlier);
//! - each region's progress: reports reviewed out of all (`vurdert`, `oppfolging` and
//!   `lukket` count as reviewed), drawn as a bar that reads without colour ([`bar`]).
//!
//! Which units these cover is the store's choice (see `Store::season_summary`): the
//! units of one kind (competence services unless asked otherwise) with a report in
//! the season, as the 2018 review did. A median of an even count is the mean of the
//! two middle values.

mod draft;

use super::{Answer, Region, ReportStatus};

pub use draft::{FollowUpLine, SummaryTexts, summary_texts, summary_title};

/// One item of a checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    /// `K09`.
    pub code: String,
    /// The question in bokmål.
    pub text_nb: String,
    /// The question in English.
    pub text_en: String,
}

/// How the season's reports answered one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemCount {
    /// The item.
    pub item: ChecklistItem,
    /// Reports answering Ja, Nei, Delvis and Ikke relevant, in [`Answer::ALL`] order.
    pub counts: [usize; 4],
    /// Reports with no answer to the item.
    pub unanswered: usize,
}

impl ItemCount {
    /// Reports answering `answer`.
    pub fn count(&self, answer: Answer) -> usize {
        let i = Answer::ALL.iter().position(|a| *a == answer).unwrap_or(0);
        self.counts[i]
    }

    /// Reports answering anything but Ikke relevant.
    pub fn relevant(&self) -> usize {
        self.counts[0] + self.counts[1] + self.counts[2]
    }
}

/// The answer table: one line per item in checklist order, from `(item code, answer,
/// how many)` counts over `reports` reports. Counts for codes not on the list are left
/// out; what is not answered is `reports` less the answers (never below 0).
pub fn answer_table(
    items: &[ChecklistItem],
    counts: &[(String, Answer, usize)],
    reports: usize,
) -> Vec<ItemCount> {
    items
        .iter()
        .map(|item| {
            let mut line = [0usize; 4];
            for (code, answer, n) in counts {
                if *code == item.code {
                    let i = Answer::ALL.iter().position(|a| a == answer).unwrap_or(0);
                    line[i] += n;
                }
            }
            ItemCount {
                item: item.clone(),
                counts: line,
                unanswered: reports.saturating_sub(line.iter().sum()),
            }
        })
        .collect()
}

/// Reads item codes typed by a user: `K09,K11,K13`, `k09 k11 ∧ k13`, `K09+K11`.
/// Upper-cased, each once, in the order typed. `Err` holds the first word that is not
/// a code (a letter followed by digits), or an empty string when nothing was typed.
pub fn parse_item_codes(text: &str) -> Result<Vec<String>, String> {
    let mut codes: Vec<String> = Vec::new();
    let words = text
        .split(|c: char| {
            c == ',' || c == ';' || c == '+' || c == '∧' || c == '&' || c.is_whitespace()
        })
        .filter(|w| !w.is_empty());
    for word in words {
        let code = word.to_uppercase();
        let mut chars = code.chars();
        let letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
        let digits = chars.as_str();
        if !letter || digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(word.to_string());
        }
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    if codes.is_empty() {
        return Err(String::new());
    }
    Ok(codes)
}

/// The units answering Ja to every code of `codes`, from `(unit, code)` pairs of Ja
/// answers; each unit once, in the order first seen. No codes: no units.
pub fn units_with_all(yes: &[(i64, String)], codes: &[String]) -> Vec<i64> {
    if codes.is_empty() {
        return Vec::new();
    }
    // Each unit's codes as bits (by place in `codes`), units in the order first seen.
    let mut order: Vec<i64> = Vec::new();
    let mut have: std::collections::HashMap<i64, Vec<bool>> = std::collections::HashMap::new();
    for (unit, code) in yes {
        let Some(i) = codes.iter().position(|c| c == code) else {
            continue;
        };
        let bits = have.entry(*unit).or_insert_with(|| {
            order.push(*unit);
            vec![false; codes.len()]
        });
        bits[i] = true;
    }
    order
        .into_iter()
        .filter(|u| have.get(u).is_some_and(|b| b.iter().all(|x| *x)))
        .collect()
}

/// A unit's age in a review of `review_year`: `review_year − (approval year − 1)`, so
/// a service approved in the review year is 1 year old.
pub fn age(review_year: i32, approval_year: i32) -> i32 {
    review_year - (approval_year - 1)
}

/// The mean; `None` for no values.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The median (the mean of the two middle values of an even count); `None` for none.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The mean without the largest value (one of them, if it occurs twice); `None` for
/// fewer than two values.
pub fn mean_without_largest(values: &[f64]) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let largest = values.iter().copied().fold(f64::MIN, f64::max);
    Some((values.iter().sum::<f64>() - largest) / (values.len() - 1) as f64)
}

/// The lower bounds of the FTE bins <1.5, 1.5–3, 3–5, 5–10, 10–20, >20; a value is in
/// the last bin whose lower bound it reaches.
pub const FTE_BOUNDS: [f64; 6] = [0.0, 1.5, 3.0, 5.0, 10.0, 20.0];

/// How many values fall in each FTE bin (negative values count in the first).
pub fn fte_bins(values: &[f64]) -> [usize; 6] {
    let mut bins = [0usize; 6];
    for v in values {
        let i = FTE_BOUNDS.iter().rposition(|b| v >= b).unwrap_or(0);
        bins[i] += 1;
    }
    bins
}

/// The label of FTE bin `i` (0–5): `<1.5`, `1.5–3`, …, `>20`, with `decimal` as the
/// decimal mark (`,` in bokmål).
pub fn fte_bin_label(i: usize, decimal: char) -> String {
    let b = |x: f64| {
        let s = if x.fract() == 0.0 {
            format!("{x:.0}")
        } else {
            format!("{x:.1}")
        };
        s.replace('.', &decimal.to_string())
    };
    match i {
        0 => format!("<{}", b(FTE_BOUNDS[1])),
        5 => format!(">{}", b(FTE_BOUNDS[5])),
        i => format!(
            "{}–{}",
            b(FTE_BOUNDS[i.min(4)]),
            b(FTE_BOUNDS[(i + 1).min(5)])
        ),
    }
}

/// Count, median and mean of some values.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Stats {
    /// How many values.
    pub count: usize,
    /// Their median.
    pub median: Option<f64>,
    /// Their mean.
    pub mean: Option<f64>,
}

impl Stats {
    /// The statistics of `values`.
    pub fn of(values: &[f64]) -> Stats {
        Stats {
            count: values.len(),
            median: median(values),
            mean: mean(values),
        }
    }
}

/// One unit of the portfolio: the year it was approved and its staff, where known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PortfolioUnit {
    /// The year of `approved_on`.
    pub approved_year: Option<i32>,
    /// Full-time equivalents (*årsverk*).
    pub fte: Option<f64>,
}

/// The portfolio figures of a season.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Portfolio {
    /// Units covered.
    pub units: usize,
    /// Ages in years, of the units with an approval date.
    pub age: Stats,
    /// The oldest and the youngest age.
    pub age_range: Option<(i32, i32)>,
    /// Staff, of the units with an FTE figure.
    pub fte: Stats,
    /// Units per FTE bin (see [`FTE_BOUNDS`]).
    pub fte_bins: [usize; 6],
    /// The largest FTE figure (the outlier left out of the next figure).
    pub fte_largest: Option<f64>,
    /// The mean FTE without the largest figure.
    pub fte_mean_without_largest: Option<f64>,
}

/// The portfolio figures of `units` in a review of `review_year`. Units without an
/// approval date are left out of the ages, units without an FTE figure out of the
/// staff figures; both still count in `units`.
pub fn portfolio(review_year: i32, units: &[PortfolioUnit]) -> Portfolio {
    let ages: Vec<i32> = units
        .iter()
        .filter_map(|u| u.approved_year.map(|y| age(review_year, y)))
        .collect();
    let ages_f: Vec<f64> = ages.iter().map(|a| f64::from(*a)).collect();
    let ftes: Vec<f64> = units.iter().filter_map(|u| u.fte).collect();
    Portfolio {
        units: units.len(),
        age: Stats::of(&ages_f),
        age_range: ages
            .iter()
            .max()
            .zip(ages.iter().min())
            .map(|(a, b)| (*a, *b)),
        fte: Stats::of(&ftes),
        fte_bins: fte_bins(&ftes),
        fte_largest: ftes.iter().copied().reduce(f64::max),
        fte_mean_without_largest: mean_without_largest(&ftes),
    }
}

/// Whether a report of this status counts as reviewed.
pub fn is_reviewed(status: ReportStatus) -> bool {
    matches!(
        status,
        ReportStatus::Reviewed | ReportStatus::FollowUpOpen | ReportStatus::Closed
    )
}

/// One region's progress in the season's review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionProgress {
    /// The region.
    pub region: Region,
    /// Its reports reviewed.
    pub reviewed: usize,
    /// All its reports of the season.
    pub total: usize,
}

/// A progress bar `width` cells wide that reads without colour: `████░░░░`. The
/// filled part is rounded down, so a bar is full only when everything is done.
pub fn bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done.min(total) * width).checked_div(total).unwrap_or(0);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Everything the season summary shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeasonSummary {
    /// The report year.
    pub year: i32,
    /// Reports of the covered kind in the season (one per unit).
    pub reports: usize,
    /// The answers per item of the checklist valid for the season.
    pub items: Vec<ItemCount>,
    /// The portfolio figures of the covered units.
    pub portfolio: Portfolio,
    /// Each region's progress, in the fixed order HSØ, HV, HMN, HN.
    pub progress: Vec<RegionProgress>,
}

#[cfg(test)]
mod tests;
