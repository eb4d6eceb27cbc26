//! The words of a circulated document's frame (`DocMsg`, bokmål and English side by
//! side): the agenda table's columns, the running header's time, the footer's page
//! numbers. The words of the document's body are `CliMsg::Doc*`.

use strum::EnumIter;

use super::{Lang, Text, fill};

/// A text of a DOCX document's frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter)]
pub enum DocMsg {
    /// Agenda column: the case number.
    CaseNo,
    /// Agenda column: the case's title.
    Case,
    /// Agenda column: the responsible region.
    Responsible,
    /// A meeting's start time after its date: the time.
    AtTime,
    /// Footer, before the page number.
    Page,
    /// Footer, between the page number and the number of pages.
    PageOf,
    /// The document title of an agenda: the meeting (kind and date).
    AgendaTitle,
    /// The language tag of a document in this language.
    LanguageTag,
    /// A sheet's title: what, the day written.
    SheetTitle,
    /// Sheet: the report queue of a season.
    SheetQueue,
    /// Sheet: the unit registry.
    SheetUnits,
    /// Sheet: the contacts.
    SheetContacts,
    /// Sheet: the terms list.
    SheetTerms,
    /// Sheet: the money table (the year follows).
    SheetMoney,
    /// `E` where there is nothing to export: where there is.
    ExportNotHere,
    /// Sheet: the answers per checklist item of a season.
    SheetAnswers,
    /// Sheet: the progress per region of a season.
    SheetProgress,
    /// Sheet: the portfolio figures of a season.
    SheetPortfolio,
    /// Under the header of an empty sheet.
    SheetEmpty,
    /// Column: a checklist item's code.
    ColItem,
    /// Column: a checklist item's text.
    ColText,
    /// Column: reports that left the item open.
    ColUnanswered,
    /// Column: reports reviewed.
    ColReviewed,
    /// Column: reports in all.
    ColTotal,
    /// Column: a figure's name.
    ColFigure,
    /// Column: a figure's value.
    ColValue,
    /// Portfolio figure: units.
    FigUnits,
    /// Portfolio figure: median age.
    FigAgeMedian,
    /// Portfolio figure: mean age.
    FigAgeMean,
    /// Portfolio figure: median FTE.
    FigFteMedian,
    /// Portfolio figure: mean FTE.
    FigFteMean,
    /// Portfolio figure: mean FTE without the largest.
    FigFteMeanWithout,
}

impl DocMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use DocMsg as M;
        match self {
            M::CaseNo => ("Saksnr.", "Case no."),
            M::Case => ("Sak", "Case"),
            M::Responsible => ("Ansvarlig region", "Responsible region"),
            M::AtTime => ("kl. {}", "at {}"),
            M::Page => ("Side ", "Page "),
            M::PageOf => (" av ", " of "),
            M::AgendaTitle => ("Saksliste – {}", "Agenda – {}"),
            M::LanguageTag => ("nb-NO", "en-GB"),
            M::SheetTitle => ("{} · skrevet {}", "{} · written {}"),
            M::SheetQueue => ("Årsrapporter {}", "Annual reports {}"),
            M::SheetUnits => ("Tjenester", "Units"),
            M::SheetContacts => ("Kontakter", "Contacts"),
            M::SheetTerms => ("Frister", "Terms"),
            M::SheetMoney => ("Penger", "Money"),
            M::ExportNotHere => (
                "Her er det ingenting å eksportere; E virker i Årsrapporter (2), Fornyelser – Penger (3), Kontakter (4), Saker (5) og Tjenester (6).",
                "Nothing to export here; E works in Annual reports (2), Renewals – Money (3), Contacts (4), Cases (5) and Units (6).",
            ),
            M::SheetAnswers => ("Svar per punkt {}", "Answers per item {}"),
            M::SheetProgress => ("Fremdrift per region {}", "Progress per region {}"),
            M::SheetPortfolio => ("Porteføljen {}", "Portfolio {}"),
            M::SheetEmpty => ("Listen er tom.", "The list is empty."),
            M::ColItem => ("Punkt", "Item"),
            M::ColText => ("Tekst", "Text"),
            M::ColUnanswered => ("Ubesvart", "Unanswered"),
            M::ColReviewed => ("Vurdert", "Reviewed"),
            M::ColTotal => ("I alt", "In all"),
            M::ColFigure => ("Tall", "Figure"),
            M::ColValue => ("Verdi", "Value"),
            M::FigUnits => ("Tjenester", "Units"),
            M::FigAgeMedian => ("Alder, median (år)", "Age, median (years)"),
            M::FigAgeMean => ("Alder, gjennomsnitt (år)", "Age, mean (years)"),
            M::FigFteMedian => ("Årsverk, median", "FTE, median"),
            M::FigFteMean => ("Årsverk, gjennomsnitt", "FTE, mean"),
            M::FigFteMeanWithout => (
                "Årsverk, gjennomsnitt uten den største",
                "FTE, mean without the largest",
            ),
        }
    }
}

impl Text for DocMsg {
    fn pair(self) -> (&'static str, &'static str) {
        DocMsg::pair(self)
    }
}

impl Lang {
    /// A document-frame text with its `{}` placeholders filled in order.
    pub fn docf(self, msg: DocMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.pick(msg.pair()), args)
    }

    /// A day as given, followed by ` kl. 10:00` when a time is set.
    pub fn day_at(self, day: String, time: Option<chrono::NaiveTime>) -> String {
        match time {
            Some(t) => format!("{day} {}", self.docf(DocMsg::AtTime, &[&t.format("%H:%M")])),
            None => day,
        }
    }
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn both_languages_have_the_same_placeholders() {
        for msg in DocMsg::iter() {
            let (nb, en) = msg.pair();
            assert_eq!(
                nb.matches("{}").count(),
                en.matches("{}").count(),
                "{msg:?}"
            );
            assert!(!nb.is_empty() && !en.is_empty(), "{msg:?}");
            assert!(nb.len() < 200, "{msg:?}");
        }
    }
}
