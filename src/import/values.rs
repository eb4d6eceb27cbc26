//! One cell's text into a value: dates (`dd.mm.yyyy` or ISO), years, numbers with a
//! decimal comma or point, yes/no, checklist answers, and the domain's vocabularies by
//! code or by name in either language.

use chrono::NaiveDate;

use super::problem::ProblemKind;
use crate::domain::{
    Answer, Code, Function, Region, ReportStatus, UnitKind, fold, parse_date_input, parse_decimal,
};
use crate::i18n::Labelled;

/// A date written `dd.mm.yyyy` or `yyyy-mm-dd` (a time after it is ignored), or the
/// day number Excel stores (five digits, days since 30.12.1899) when a date cell's
/// format was not recognised as a date.
pub fn date(text: &str) -> Result<NaiveDate, ProblemKind> {
    let day = text.split(['T', ' ']).next().unwrap_or(text).trim();
    if let Some(d) = parse_date_input(day) {
        return Ok(d);
    }
    if day.len() == 5
        && let Ok(serial) = day.parse::<u64>()
        && let Some(d) = NaiveDate::from_ymd_opt(1899, 12, 30)
            .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(serial)))
    {
        return Ok(d);
    }
    let shaped = |sep: char, year_first: bool| {
        let parts: Vec<&str> = day.split(sep).collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
            && parts[if year_first { 0 } else { 2 }].len() == 4
    };
    if shaped('.', false) || shaped('-', true) {
        Err(ProblemKind::NoSuchDate(text.to_string()))
    } else {
        Err(ProblemKind::BadDate(text.to_string()))
    }
}

/// A year from 1900 to 2100 (`2024`, also `2024.0` as a spreadsheet may give it).
pub fn year(text: &str) -> Result<i32, ProblemKind> {
    let digits = text.trim().strip_suffix(".0").unwrap_or(text.trim());
    match digits.parse::<i32>() {
        Ok(y) if (1900..=2100).contains(&y) && digits.len() == 4 => Ok(y),
        _ => Err(ProblemKind::BadYear(text.to_string())),
    }
}

/// An approval: a year (taken as 1 January) or a whole date.
pub fn approval(text: &str) -> Result<NaiveDate, ProblemKind> {
    if let Ok(y) = year(text) {
        return NaiveDate::from_ymd_opt(y, 1, 1).ok_or(ProblemKind::BadYear(text.to_string()));
    }
    match date(text) {
        Err(ProblemKind::BadDate(t)) => Err(ProblemKind::BadYear(t)),
        other => other,
    }
}

/// A number of zero or more with a decimal comma or point (`1,5`, `1.5`, `12`); spaces
/// between thousands are allowed.
pub fn number(text: &str) -> Result<f64, ProblemKind> {
    parse_decimal(text).ok_or_else(|| ProblemKind::BadNumber(text.to_string()))
}

/// Yes or no: `Ja`/`Nei`, `Yes`/`No`, `J`/`N`, `X` (a ticked box), `1`/`0`.
pub fn yes_no(text: &str) -> Result<bool, ProblemKind> {
    match fold(text).as_str() {
        "ja" | "j" | "yes" | "y" | "x" | "1" | "sann" | "true" => Ok(true),
        "nei" | "n" | "no" | "0" | "usann" | "false" => Ok(false),
        _ => Err(ProblemKind::BadYesNo(text.to_string())),
    }
}

/// A checklist answer: `Ja`, `Nei`, `Delvis`, `Ikke relevant` (or English), `1` = Ja,
/// `2` = Nei.
pub fn answer(text: &str) -> Result<Answer, ProblemKind> {
    match fold(text).replace('_', " ").as_str() {
        "ja" | "j" | "yes" | "1" => Ok(Answer::Ja),
        "nei" | "n" | "no" | "2" => Ok(Answer::Nei),
        "delvis" | "partly" | "partially" => Ok(Answer::Delvis),
        "ikke relevant" | "ir" | "i.r." | "not relevant" | "n/a" => Ok(Answer::IkkeRelevant),
        _ => Err(ProblemKind::BadAnswer(text.to_string())),
    }
}

/// A region by code (`HSØ`, `HSO`, `HV` …) or name (`Helse Vest`, `Helse Sør-Øst RHF`).
pub fn region(text: &str) -> Result<Region, ProblemKind> {
    if let Some(r) = Region::parse_loose(text) {
        return Ok(r);
    }
    let folded = fold(text);
    let folded = folded.strip_suffix(" rhf").unwrap_or(&folded);
    Region::all()
        .into_iter()
        .find(|r| {
            let name = fold(r.name());
            name.strip_suffix(" rhf").unwrap_or(&name) == folded
                || (*r == Region::Hso && folded == "helse sor-aust")
                || (*r == Region::Hmn && folded == "helse midt-noreg")
        })
        .ok_or(ProblemKind::BadRegion(text.to_string()))
}

/// Whether `text` names `value` by its code or its name in either language.
fn names<T: Code + Labelled>(value: T, text: &str, more: &[&str]) -> bool {
    let folded = fold(text);
    let (nb, en) = value.pair();
    let code = fold(&value.code().replace('_', " "));
    [fold(value.code()), code, fold(nb), fold(en)].contains(&folded)
        || more.iter().any(|m| fold(m) == folded)
}

/// A kind of unit by code or name (`kompetanse`, `Nasjonal kompetansetjeneste`,
/// `Competence service` …).
pub fn unit_kind(text: &str) -> Result<UnitKind, ProblemKind> {
    UnitKind::all()
        .into_iter()
        .find(|k| {
            let more: &[&str] = match k {
                UnitKind::Treatment => {
                    &["Nasjonal behandlingstjeneste", "National treatment service"]
                }
                UnitKind::Multiregional => &[
                    "Flerregional behandlingstjeneste",
                    "Multiregional treatment service",
                ],
                UnitKind::Competence => {
                    &["Nasjonal kompetansetjeneste", "National competence service"]
                }
                UnitKind::Network => &[
                    "Kvalitets- og kompetansenettverk",
                    "Quality and competence network",
                ],
                UnitKind::Centre => &[
                    "Nasjonalt senter",
                    "Annen organisasjonsform",
                    "National centre",
                    "Centre",
                ],
                UnitKind::RegionalCompetence => {
                    &["Regional kompetansetjeneste", "Regional competence service"]
                }
            };
            names(*k, text, more)
        })
        .ok_or(ProblemKind::BadKind(text.to_string()))
}

/// A term function: `opplæring` (5 years) or `kompetansebygging` (10 years), or English.
pub fn function(text: &str) -> Result<Function, ProblemKind> {
    Function::all()
        .into_iter()
        .find(|f| {
            let more: &[&str] = match f {
                Function::Training => &["Opplæring", "Training", "5", "5 år", "5 years"],
                Function::CompetenceBuilding => &[
                    "Kompetansebygging",
                    "Competence building",
                    "10",
                    "10 år",
                    "10 years",
                ],
            };
            names(*f, text, more)
        })
        .ok_or(ProblemKind::BadFunction(text.to_string()))
}

/// A report status by code or name (`mottatt`, `Under vurdering`, `received` …).
pub fn status(text: &str) -> Result<ReportStatus, ProblemKind> {
    ReportStatus::all()
        .into_iter()
        .find(|s| {
            let more: &[&str] = match s {
                ReportStatus::FollowUpOpen => &["oppfølging", "follow-up"],
                ReportStatus::Received => &["levert", "innlevert", "filed"],
                _ => &[],
            };
            names(*s, text, more)
        })
        .ok_or(ProblemKind::BadStatus(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_and_impossible_dates() {
        assert_eq!(date("12.02.2026"), Ok(d(2026, 2, 12)));
        assert_eq!(date("2026-02-12"), Ok(d(2026, 2, 12)));
        assert_eq!(date("2026-02-12T00:00:00"), Ok(d(2026, 2, 12)));
        // Excel's day number of 12.02.2026.
        assert_eq!(date("46065"), Ok(d(2026, 2, 12)));
        assert_eq!(
            date("31.02.2024"),
            Err(ProblemKind::NoSuchDate("31.02.2024".into()))
        );
        assert_eq!(
            date("2024-13-01"),
            Err(ProblemKind::NoSuchDate("2024-13-01".into()))
        );
        assert_eq!(date("i går"), Err(ProblemKind::BadDate("i går".into())));
        assert_eq!(
            date("12/02/2026"),
            Err(ProblemKind::BadDate("12/02/2026".into()))
        );
    }

    #[test]
    fn numbers_with_comma_or_point() {
        assert_eq!(number("1,5"), Ok(1.5));
        assert_eq!(number("1.5"), Ok(1.5));
        assert_eq!(number("1 250,25"), Ok(1250.25));
        assert_eq!(number("-1"), Err(ProblemKind::BadNumber("-1".into())));
        assert_eq!(number("1,5,0"), Err(ProblemKind::BadNumber("1,5,0".into())));
        assert_eq!(number("to"), Err(ProblemKind::BadNumber("to".into())));
    }

    #[test]
    fn vocabularies() {
        assert_eq!(region("hso"), Ok(Region::Hso));
        assert_eq!(region("Helse Midt-Norge RHF"), Ok(Region::Hmn));
        assert_eq!(region("helse vest"), Ok(Region::Hv));
        assert_eq!(
            unit_kind("Nasjonal kompetansetjeneste"),
            Ok(UnitKind::Competence)
        );
        assert_eq!(
            unit_kind("regional_kompetanse"),
            Ok(UnitKind::RegionalCompetence)
        );
        assert_eq!(unit_kind("network"), Ok(UnitKind::Network));
        assert_eq!(function("opplaering"), Ok(Function::Training));
        assert_eq!(
            function("Kompetansebygging (10 år)"),
            Ok(Function::CompetenceBuilding)
        );
        assert_eq!(status("Under vurdering"), Ok(ReportStatus::InReview));
        assert_eq!(answer("1"), Ok(Answer::Ja));
        assert_eq!(answer("2"), Ok(Answer::Nei));
        assert_eq!(answer("Ikke relevant"), Ok(Answer::IkkeRelevant));
        assert_eq!(answer("3"), Err(ProblemKind::BadAnswer("3".into())));
        assert_eq!(approval("2011"), Ok(d(2011, 1, 1)));
        assert_eq!(approval("01.07.2014"), Ok(d(2014, 7, 1)));
        assert_eq!(yes_no("X"), Ok(true));
    }
}
