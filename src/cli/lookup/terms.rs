//! `irf terms`: terms that end and decisions that fall due within some months, as
//! aligned lines (`date  kind  region  year  unit`, each followed by an indented line
//! saying what is due, wrapped; at most 80 columns) or as JSON with the stable fields `date`,
//! `kind`, `unit`, `unit_id`, `unit_kind`, `region`, `year_in_period`, `overdue`,
//! `due`, `renewal_state` and `phase_out` (`outcome`, `irf_answer`,
//! `transition_years`).

use chrono::NaiveDate;
use serde::Serialize;

use super::json::iso;
use super::{Output, listing, text};
use crate::domain::{Code, IrfAnswer};
use crate::i18n::{CliMsg, Lang};
use crate::store::{TermItem, TermKind};
use crate::ui::sanitize;

/// A phase-out in `--json`.
#[derive(Serialize)]
struct PhaseOutJson<'a> {
    outcome: Option<&'a str>,
    irf_answer: Option<&'static str>,
    transition_years: i64,
}

/// One item in `--json`.
#[derive(Serialize)]
struct TermJson<'a> {
    date: String,
    kind: &'static str,
    unit: &'a str,
    unit_id: i64,
    unit_kind: &'static str,
    region: &'static str,
    year_in_period: Option<u32>,
    overdue: bool,
    due: String,
    renewal_state: Option<&'a str>,
    phase_out: Option<PhaseOutJson<'a>>,
}

/// The column of the unit's name in a plain row.
const UNIT: usize = 4;

/// The narrowest a unit's name is cut to before the other columns give way.
const MIN_UNIT: usize = 12;

/// How far the line saying what is due is indented: under the kind (after the date and
/// its overdue mark).
const INDENT: usize = 14;

/// The label of a kind in plain output.
pub(in crate::cli) fn kind_label(lang: Lang, kind: TermKind) -> &'static str {
    lang.c(match kind {
        TermKind::NetworkYear6 => CliMsg::CalNetworkYear6,
        TermKind::NetworkPeriodEnd => CliMsg::TermNetworkEnd,
        TermKind::TermEnd => CliMsg::CalTermEnd,
        TermKind::RegionalEvaluation => CliMsg::TermEvaluation,
    })
}

/// A phase-out outcome code as words.
fn outcome_label(lang: Lang, code: Option<&str>) -> String {
    let msg = match code {
        Some("nettverk") => CliMsg::OutcomeNetwork,
        Some("annen_form") => CliMsg::OutcomeOtherForm,
        Some("avsluttes") => CliMsg::OutcomeEnds,
        Some("innlemmes") => CliMsg::OutcomeMerged,
        Some("driftsoppgaver") => CliMsg::OutcomeOperation,
        Some(other) => return sanitize(other).into_owned(),
        None => CliMsg::OutcomeNone,
    };
    lang.c(msg).to_string()
}

/// What is due, as a short sentence in the UI language.
pub(super) fn due_text(lang: Lang, item: &TermItem) -> String {
    match item.kind {
        TermKind::NetworkYear6 => lang.c(CliMsg::TermDueYear6).to_string(),
        TermKind::NetworkPeriodEnd => lang.c(CliMsg::TermDuePeriodEnd).to_string(),
        TermKind::RegionalEvaluation => lang.c(CliMsg::TermDueEvaluation).to_string(),
        TermKind::TermEnd => match &item.phase_out {
            None => lang.c(CliMsg::TermDueEnd).to_string(),
            Some(p) => {
                let outcome = outcome_label(lang, p.outcome.as_deref());
                match p.irf_answer {
                    None => lang.cf(CliMsg::TermDueRecommended, &[&outcome]),
                    Some(answer) => {
                        let answer = lang.c(match answer {
                            IrfAnswer::Supports => CliMsg::DocAnswerSupports,
                            IrfAnswer::Rejects => CliMsg::DocAnswerRejects,
                            IrfAnswer::RegionalAssessmentFirst => CliMsg::DocAnswerRegional,
                        });
                        lang.cf(CliMsg::TermDueAnswered, &[&outcome, &answer])
                    }
                }
            }
        },
    }
}

/// The items as plain lines or JSON, counted from `today`; nothing listed is exit code
/// 1 with a sentence on stderr (plain only) naming the `months` looked ahead.
pub(super) fn output(
    items: &[TermItem],
    today: NaiveDate,
    months: u32,
    json: bool,
    lang: Lang,
) -> Result<Output, String> {
    listing(
        items,
        json,
        |i| TermJson {
            date: iso(i.date),
            kind: i.kind.code(),
            unit: &i.unit,
            unit_id: i.unit_id,
            unit_kind: i.unit_kind.code(),
            region: i.region.code(),
            year_in_period: i.year_in_period,
            overdue: i.date < today,
            due: due_text(lang, i),
            renewal_state: i.renewal_state.as_deref(),
            phase_out: i.phase_out.as_ref().map(|p| PhaseOutJson {
                outcome: p.outcome.as_deref(),
                irf_answer: p.irf_answer.map(Code::code),
                transition_years: p.transition_years,
            }),
        },
        |items| {
            let mut rows: Vec<Vec<String>> = items
                .iter()
                .map(|i| {
                    // Past dates are marked, not only told by the colourless date.
                    let mark = if i.date < today { "! " } else { "  " };
                    vec![
                        format!("{mark}{}", lang.date(i.date)),
                        kind_label(lang, i.kind).to_string(),
                        i.region.code().to_string(),
                        i.year_in_period
                            .map(|y| lang.cf(CliMsg::TermYear, &[&y]))
                            .unwrap_or_default(),
                        // The kind has its column: the name without it is the one to read.
                        crate::domain::short_name(&sanitize(&i.unit)).into_owned(),
                    ]
                })
                .collect();
            text::fit_column(&mut rows, UNIT, MIN_UNIT);
            let table = text::table(&rows);
            let indent = " ".repeat(INDENT);
            let mut out = Vec::with_capacity(2 * items.len());
            for (line, item) in table.into_iter().zip(items) {
                out.push(line);
                for part in text::wrap(&due_text(lang, item), text::WIDTH - INDENT, 0) {
                    out.push(format!("{indent}{part}"));
                }
            }
            out
        },
        || lang.cf(CliMsg::NothingTerms, &[&months]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Region, UnitKind};
    use crate::store::PhaseOutState;

    fn item(kind: TermKind, phase_out: Option<PhaseOutState>) -> TermItem {
        TermItem {
            date: NaiveDate::from_ymd_opt(2027, 1, 11).unwrap(),
            kind,
            unit_id: 3,
            unit: "Nasjonal kompetansetjeneste\x1b[2J for noe svært langt ".repeat(4),
            unit_kind: UnitKind::Competence,
            region: Region::Hso,
            year_in_period: Some(5),
            renewal_state: None,
            phase_out,
        }
    }

    #[test]
    fn a_phase_out_says_where_it_stands() {
        let recommended = PhaseOutState {
            outcome: Some("driftsoppgaver".into()),
            irf_answer: None,
            transition_years: 1,
        };
        let text = due_text(
            Lang::En,
            &item(TermKind::TermEnd, Some(recommended.clone())),
        );
        assert_eq!(
            text,
            "Phase-out: recommended tasks to ordinary operation; awaiting IRF's answer."
        );
        let answered = PhaseOutState {
            irf_answer: Some(IrfAnswer::Supports),
            ..recommended
        };
        let text = due_text(Lang::Nb, &item(TermKind::TermEnd, Some(answered)));
        assert_eq!(
            text,
            "Avvikling: innstilling oppgaver til ordinær drift; IRF støtter."
        );
        assert!(due_text(Lang::Nb, &item(TermKind::TermEnd, None)).contains("avvikling"));
    }

    #[test]
    fn plain_lines_are_sanitised_and_fit() {
        let items = [item(TermKind::TermEnd, None)];
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let out = output(&items, today, 18, false, Lang::Nb).unwrap();
        assert!(out.found);
        assert!(!out.stdout.contains('\x1b'));
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("  11.01.2027  Periode slutter  HSØ  år 5  "));
        assert!(lines[0].ends_with('…'));
        assert!(lines[1].starts_with("              Perioden slutter;"));
        for line in lines {
            assert!(text::width(line) <= text::WIDTH, "{line}");
        }
        let none = output(&[], today, 2, false, Lang::En).unwrap();
        assert!(!none.found);
        assert_eq!(
            none.stderr.as_deref(),
            Some("No term ends and no decision falls due in the next 2 months.")
        );
        assert_eq!(output(&[], today, 2, true, Lang::En).unwrap().stderr, None);
    }
}
