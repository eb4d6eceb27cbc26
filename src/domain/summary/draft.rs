//! The texts of the IRF case that summarises a report season (*rapportoppsummering*),
//! in bokmål, the language of IRF's cases: the season's figures as the background,
//! "Hva går bra" and "Felles utfordringer" as the assessment.
//!
//! - *Hva går bra*: the items at least three quarters of the relevant answers (Ja,
//!   Nei, Delvis) say Ja to.
//! - *Felles utfordringer*: the items fewer than half say Ja to, then the open
//!   follow-ups grouped by theme (the checklist item they belong to, in checklist
//!   order; items not on the list after them; those without an item under "Annet"),
//!   at most [`PER_THEME`] a theme with a count of the rest.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{Answer, FTE_BOUNDS, ItemCount, SeasonSummary, fte_bin_label};
use crate::domain::{Code, Region};

/// Follow-ups listed under one theme; the rest are counted.
pub const PER_THEME: usize = 15;

/// An open follow-up, as the case lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUpLine {
    /// The unit whose report it belongs to.
    pub unit: String,
    /// The region that owns it.
    pub owner: Region,
    /// Its theme: the checklist item, if any.
    pub item_code: Option<String>,
    /// What is to be done.
    pub text: String,
    /// When.
    pub due_on: Option<NaiveDate>,
}

/// The title of the case that summarises report season `year`.
pub fn summary_title(year: i32) -> String {
    format!("Oppsummering av årsrapporter {year}")
}

/// The drafted case's title and sections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryTexts {
    /// The title.
    pub title: String,
    /// *Bakgrunn*: the season's figures.
    pub background: String,
    /// *Vurdering*: what goes well and the shared challenges.
    pub assessment: String,
    /// *Forslag til vedtak*.
    pub proposal: String,
}

/// A number with a decimal comma and `decimals` decimals.
fn nb(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}").replace('.', ",")
}

fn opt(value: Option<f64>, decimals: usize) -> String {
    value.map_or_else(|| "–".to_string(), |v| nb(v, decimals))
}

/// `K05 Driver tjenesten kompetansespredning? (Ja: 5 av 6)`.
fn item_line(i: &ItemCount) -> String {
    format!(
        "- {} {} (Ja: {} av {})",
        i.item.code,
        i.item.text_nb,
        i.count(Answer::Ja),
        i.relevant()
    )
}

/// The texts of the case for `summary`, whose units are of the kind named `kind`
/// (bokmål, plural, e.g. "kompetansetjenester"), with the season's open follow-ups.
pub fn summary_texts(
    summary: &SeasonSummary,
    kind: &str,
    follow_ups: &[FollowUpLine],
) -> SummaryTexts {
    let year = summary.year;
    let p = &summary.portfolio;
    let mut bg = String::new();
    let _ = writeln!(bg, "Rapportsesongen {year}:");
    let _ = writeln!(
        bg,
        "{} {kind} har levert årsrapport for {year}. Regionenes gjennomgang står under.",
        summary.reports
    );
    bg.push_str("\nGjennomgått per region (alle typer tjenester):\n");
    for r in &summary.progress {
        let _ = writeln!(bg, "- {}: {} av {}", r.region.name(), r.reviewed, r.total);
    }
    bg.push_str("\nPorteføljen:\n");
    let _ = writeln!(
        bg,
        "- Alder (år, {} tjenester med godkjenningsår): median {}, gjennomsnitt {}",
        p.age.count,
        opt(p.age.median, 1),
        opt(p.age.mean, 1)
    );
    let _ = writeln!(
        bg,
        "- Årsverk ({} tjenester): median {}, gjennomsnitt {}, uten den største ({}) {}",
        p.fte.count,
        opt(p.fte.median, 1),
        opt(p.fte.mean, 1),
        opt(p.fte_largest, 1),
        opt(p.fte_mean_without_largest, 1)
    );
    let bins: Vec<String> = (0..FTE_BOUNDS.len())
        .map(|i| format!("{}: {}", fte_bin_label(i, ','), p.fte_bins[i]))
        .collect();
    let _ = writeln!(bg, "- Årsverk fordelt: {}", bins.join(", "));
    bg.push_str("\nSvar per sjekkpunkt (Ja / Nei / Delvis / Ikke relevant / ubesvart):\n");
    for i in &summary.items {
        let _ = writeln!(
            bg,
            "- {}: {} / {} / {} / {} / {}",
            i.item.code, i.counts[0], i.counts[1], i.counts[2], i.counts[3], i.unanswered
        );
    }

    let mut assessment = String::from("Hva går bra:\n");
    let good: Vec<&ItemCount> = summary
        .items
        .iter()
        .filter(|i| i.relevant() > 0 && i.count(Answer::Ja) * 4 >= i.relevant() * 3)
        .collect();
    if good.is_empty() {
        assessment.push_str("- (ingen sjekkpunkter der minst tre av fire svarer ja)\n");
    }
    for i in good {
        assessment.push_str(&item_line(i));
        assessment.push('\n');
    }
    assessment.push_str("\nFelles utfordringer:\n");
    for i in summary
        .items
        .iter()
        .filter(|i| i.relevant() > 0 && i.count(Answer::Ja) * 2 < i.relevant())
    {
        assessment.push_str(&item_line(i));
        assessment.push('\n');
    }
    themes(&mut assessment, summary, follow_ups);

    SummaryTexts {
        title: summary_title(year),
        background: bg,
        assessment,
        proposal: format!(
            "IRF tar oppsummeringen av årsrapportene for {year} til orientering.\n\
             Tilbakemelding sendes Helsedirektoratet innen 1. juni {}.\n",
            year + 1
        ),
    }
}

/// The open follow-ups grouped by theme, under "Felles utfordringer".
fn themes(out: &mut String, summary: &SeasonSummary, follow_ups: &[FollowUpLine]) {
    let _ = writeln!(
        out,
        "\nÅpne oppfølgingspunkter per tema, alle typer tjenester ({}):",
        follow_ups.len()
    );
    if follow_ups.is_empty() {
        out.push_str("- (ingen)\n");
        return;
    }
    // Themes in checklist order, then codes not on the list, then none ("Annet").
    let mut order: Vec<Option<String>> = summary
        .items
        .iter()
        .map(|i| Some(i.item.code.clone()))
        .collect();
    let mut extra: Vec<String> = follow_ups
        .iter()
        .filter_map(|f| f.item_code.clone())
        .filter(|c| !order.contains(&Some(c.clone())))
        .collect();
    extra.sort();
    extra.dedup();
    order.extend(extra.into_iter().map(Some));
    order.push(None);
    for theme in order {
        let lines: Vec<&FollowUpLine> =
            follow_ups.iter().filter(|f| f.item_code == theme).collect();
        if lines.is_empty() {
            continue;
        }
        let heading = match &theme {
            Some(code) => summary
                .items
                .iter()
                .find(|i| &i.item.code == code)
                .map_or_else(|| code.clone(), |i| format!("{code} {}", i.item.text_nb)),
            None => "Annet".to_string(),
        };
        let _ = writeln!(out, "{heading} ({}):", lines.len());
        for f in lines.iter().take(PER_THEME) {
            let _ = write!(out, "- {}: {} ({}", f.unit, f.text, f.owner.code());
            if let Some(due) = f.due_on {
                let _ = write!(out, ", frist {}", due.format("%d.%m.%Y"));
            }
            out.push_str(")\n");
        }
        if lines.len() > PER_THEME {
            let _ = writeln!(out, "- … og {} til", lines.len() - PER_THEME);
        }
    }
}
