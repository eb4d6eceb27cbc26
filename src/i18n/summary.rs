//! The season summary's texts (`SummaryMsg`, bokmål and English side by side): the
//! Årsrapporter pane's summary view, its combination and drafting the IRF case, and
//! `irf summary`. The case itself is written in bokmål (`domain::summary_texts`).

use super::{Lang, Text, fill};
use crate::domain::{FTE_BOUNDS, SeasonSummary, bar, fte_bin_label};

/// Width of a bar of the FTE histogram.
const HISTOGRAM: usize = 20;

/// A text of the season summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryMsg {
    /// The view's title.
    ViewTitle,
    /// Column: the item code.
    ColItem,
    /// Column: Ja.
    ColYes,
    /// Column: Nei.
    ColNo,
    /// Column: Delvis.
    ColPartly,
    /// Column: Ikke relevant.
    ColNotRelevant,
    /// Column: not answered.
    ColUnanswered,
    /// Column: the question.
    ColQuestion,
    /// Which units the figures cover.
    Covers,
    /// Heading: the portfolio.
    Portfolio,
    /// Ages.
    Age,
    /// Staff.
    Fte,
    /// The FTE bins.
    FteBins,
    /// Heading: the review's progress.
    Progress,
    /// Heading: the combination.
    Combination,
    /// How to ask for a combination.
    CombinationHint,
    /// The units of a combination.
    CombinationFound,
    /// A word that is not a code.
    NotACode,
    /// Nothing but separators typed.
    NoCodes,
    /// Codes on no checklist.
    UnknownCodes,
    /// The case was drafted.
    Drafted,
    /// The season's draft exists already: {title}.
    DraftExists,
    /// No reports in the season.
    NothingToDraft,
    /// `irf summary`: title.
    CliTitle,
    /// `irf summary`: heading of the answer table.
    CliAnswers,
    /// `irf summary --items` given no units.
    CliNoUnits,
    /// A median/mean that cannot be computed.
    None,
}

impl SummaryMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use SummaryMsg as M;
        match self {
            M::ViewTitle => ("Oppsummering", "Summary"),
            M::ColItem => ("Punkt", "Item"),
            M::ColYes => ("Ja", "Yes"),
            M::ColNo => ("Nei", "No"),
            M::ColPartly => ("Delvis", "Partly"),
            M::ColNotRelevant => ("IR", "N/A"),
            M::ColUnanswered => ("Åpent", "Open"),
            M::ColQuestion => ("Spørsmål", "Question"),
            M::Covers => (
                "{} kompetansetjenester med årsrapport for {}.",
                "{} competence services with a report for {}.",
            ),
            M::Portfolio => ("Porteføljen", "Portfolio"),
            M::Age => (
                "Alder (år): median {}, snitt {} ({} med godkjenningsår)",
                "Age (years): median {}, mean {} ({} with an approval year)",
            ),
            M::Fte => (
                "Årsverk: median {}, snitt {}, uten største ({}) {}",
                "FTE: median {}, mean {}, without the largest ({}) {}",
            ),
            M::FteBins => ("Årsverk fordelt", "FTE bins"),
            M::Progress => ("Gjennomgått per region", "Reviewed per region"),
            M::Combination => ("Kombinasjon", "Combination"),
            M::CombinationHint => (
                "Skriv punktkoder i filteret (/), f.eks. K09 K11 K13: tjenestene som svarer ja på alle.",
                "Type item codes in the filter (/), e.g. K09 K11 K13: the units answering yes to all.",
            ),
            M::CombinationFound => ("{} tjenester svarer ja på {}", "{} units answer yes to {}"),
            M::NotACode => (
                "«{}» er ikke en punktkode. Skriv koder som K09, skilt med mellomrom eller komma.",
                "“{}” is not an item code. Type codes like K09, separated by spaces or commas.",
            ),
            M::NoCodes => (
                "Ingen punktkoder. Skriv koder som K09 K11, skilt med mellomrom eller komma.",
                "No item codes. Type codes like K09 K11, separated by spaces or commas.",
            ),
            M::UnknownCodes => (
                "Ingen sjekkliste har punktet {}. Kodene står i tabellen.",
                "No checklist has the item {}. The codes are in the table.",
            ),
            M::Drafted => (
                "Saken «{}» er laget som utkast i Saker.",
                "The case “{}” was drafted in Cases.",
            ),
            M::DraftExists => (
                "Sesongen har alt et utkast, «{}»: det er åpnet i Saker.",
                "The season has a draft already, “{}”: it is open in Cases.",
            ),
            M::NothingToDraft => (
                "Ingen kompetansetjenester har årsrapport for {}: ingenting å oppsummere. Velg et annet år med < og >.",
                "No competence service has a report for {}: nothing to summarise. Choose another year with < and >.",
            ),
            M::CliTitle => ("Sesongoppsummering {}", "Season summary {}"),
            M::CliAnswers => ("Svar per sjekkpunkt", "Answers per checklist item"),
            M::CliNoUnits => (
                "Ingen tjenester svarer ja på alle punktene.",
                "No unit answers yes to all the items.",
            ),
            M::None => ("–", "–"),
        }
    }
}

impl Text for SummaryMsg {
    fn pair(self) -> (&'static str, &'static str) {
        SummaryMsg::pair(self)
    }
}

impl Lang {
    /// A season-summary text.
    pub fn s(self, msg: SummaryMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// A season-summary text with its `{}` placeholders filled in order.
    pub fn sf(self, msg: SummaryMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.s(msg), args)
    }

    /// A figure with one decimal in this language, or a dash when there is none.
    pub fn figure(self, value: Option<f64>) -> String {
        value.map_or_else(
            || self.s(SummaryMsg::None).to_string(),
            |v| self.number(v, 1),
        )
    }
}

/// The portfolio figures as lines (the summary view and `irf summary`): what is
/// covered, the ages, the staff, then the FTE bins as a histogram, one bin a line
/// (`1,5–3 ████░░░░ 1`), the bars scaled to the fullest bin.
pub fn portfolio_lines(s: &SeasonSummary, lang: Lang) -> Vec<String> {
    let p = &s.portfolio;
    let decimal = if lang == Lang::Nb { ',' } else { '.' };
    let fullest = p.fte_bins.iter().copied().max().unwrap_or(0);
    let mut lines = vec![
        lang.sf(SummaryMsg::Covers, &[&s.reports, &s.year]),
        lang.sf(
            SummaryMsg::Age,
            &[
                &lang.figure(p.age.median),
                &lang.figure(p.age.mean),
                &p.age.count,
            ],
        ),
        lang.sf(
            SummaryMsg::Fte,
            &[
                &lang.figure(p.fte.median),
                &lang.figure(p.fte.mean),
                &lang.figure(p.fte_largest),
                &lang.figure(p.fte_mean_without_largest),
            ],
        ),
        format!("{}:", lang.s(SummaryMsg::FteBins)),
    ];
    for (i, n) in p.fte_bins.iter().enumerate().take(FTE_BOUNDS.len()) {
        lines.push(format!(
            "{:>6} {} {n}",
            fte_bin_label(i, decimal),
            bar(*n, fullest, HISTOGRAM)
        ));
    }
    lines
}
