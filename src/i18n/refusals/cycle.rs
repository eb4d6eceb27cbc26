//! Refusals of milestones and cycle rules: what was wrong and what to do, bokmål and
//! English side by side. Dates are written `dd.mm.yyyy` in both languages.

use chrono::NaiveDate;

use crate::domain::{CycleRefusal, MAX_WORKING_DAYS, MILESTONE_OWNERS, MILESTONE_PANES};
use crate::i18n::{Lang, fill};

/// `23.11.2026`.
fn date(d: &NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Names as a list in quotes: «A», «B» og «C» / «A», «B» and «C».
fn names(lang: Lang, list: &[String]) -> String {
    let quoted: Vec<String> = list.iter().map(|n| format!("«{n}»")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.pick(("og", "and"))),
    }
}

/// The sentence for `r` in `lang`.
pub(super) fn text(lang: Lang, r: &CycleRefusal) -> String {
    use CycleRefusal as R;
    let f = |pair: (&'static str, &'static str), args: &[&dyn std::fmt::Display]| {
        fill(lang.pick(pair), args)
    };
    match r {
        R::NoName => lang
            .pick((
                "Milepælen mangler navn. Skriv et navn.",
                "The milestone has no name. Type a name.",
            ))
            .to_string(),
        R::DuplicateName { name, year } => f(
            (
                "{} har allerede en milepæl som heter «{}». Velg et annet navn.",
                "{} already has a milestone called «{}». Choose another name.",
            ),
            &[year, name],
        ),
        R::BadRule { text } => f(
            (
                "Regelen «{}» forstås ikke. Skriv for eksempel «10 arbeidsdager før IRF-møte mai», «før Søknadsfrist», «2. tirsdag i mai» eller «siste fredag i mai».",
                "The rule «{}» is not understood. Write for example «10 working days before IRF-møte mai», «before Søknadsfrist», «2nd tuesday of may» or «last friday in may».",
            ),
            &[text],
        ),
        R::BadCount { text } => f(
            (
                "«{}» er ikke et antall arbeidsdager. Skriv et helt tall fra 0 til {}, for eksempel «10 arbeidsdager før IRF-møte mai».",
                "«{}» is not a number of working days. Write a whole number from 0 to {}, for example «10 working days before IRF-møte mai».",
            ),
            &[text, &MAX_WORKING_DAYS],
        ),
        R::BadDate { text } => f(
            (
                "«{}» er ikke en dato. Skriv datoen som 23.11.2026 eller 2026-11-23.",
                "«{}» is not a date. Write the date as 23.11.2026 or 2026-11-23.",
            ),
            &[text],
        ),
        R::UnknownMilestone {
            name,
            rule,
            target,
            year,
            suggestion,
        } => {
            let first = f(
                (
                    "Regelen «{}» for «{}» peker på «{}», som ikke finnes i {}.",
                    "The rule «{}» of «{}» points at «{}», which does not exist in {}.",
                ),
                &[rule, name, target, year],
            );
            let then = match suggestion {
                Some(s) => f(("Mente du «{}»?", "Did you mean «{}»?"), &[s]),
                None => lang
                    .pick((
                        "Skriv navnet på en av årets milepæler.",
                        "Write the name of one of the year's milestones.",
                    ))
                    .to_string(),
            };
            format!("{first} {then}")
        }
        R::SelfReference { name } => f(
            (
                "Regelen for «{}» peker på milepælen selv. La den peke på en annen milepæl, eller gi en dato.",
                "The rule of «{}» points at the milestone itself. Point it at another milestone, or give a date.",
            ),
            &[name],
        ),
        R::Circular { chain } => {
            let circle = chain
                .iter()
                .map(|n| format!("«{n}»"))
                .collect::<Vec<_>>()
                .join(" → ");
            f(
                (
                    "Reglene peker på hverandre i ring: {}. Gi en av dem en fast dato.",
                    "The rules point at each other in a circle: {}. Give one of them a fixed date.",
                ),
                &[&circle],
            )
        }
        R::Unresolved { name, target } => f(
            (
                "«{}» regnes fra «{}», som ikke har noen dato. Rett «{}» først.",
                "«{}» is counted from «{}», which has no date. Fix «{}» first.",
            ),
            &[name, target, target],
        ),
        R::DeadlineNotBefore {
            name,
            date: d,
            target,
            target_date,
        } => f(
            (
                "Fristen «{}» ({}) er ikke før «{}» ({}): en frist kan ikke ligge etter sitt eget møte. Flytt fristen til før {}, eller flytt møtet.",
                "The deadline «{}» ({}) is not before «{}» ({}): a deadline cannot fall after its own meeting. Move the deadline before {}, or move the meeting.",
            ),
            &[
                name,
                &date(d),
                target,
                &date(target_date),
                &date(target_date),
            ],
        ),
        R::DeadlineWithoutDate { name, target } => f(
            (
                "«{}» har regelen «før {}», som bare sjekker en dato. Gi «{}» en dato før «{}».",
                "«{}» has the rule «before {}», which only checks a date. Give «{}» a date before «{}».",
            ),
            &[name, target, name, target],
        ),
        R::DateWithRule { name } => f(
            (
                "«{}» har både en dato og en regel som setter datoen. Fjern datoen eller regelen (bare «før …» tar en dato).",
                "«{}» has both a date and a rule that sets the date. Remove the date or the rule (only «before …» takes a date).",
            ),
            &[name],
        ),
        R::NoDateNorRule { name } => f(
            (
                "«{}» har verken dato eller regel. Gi den en dato eller en regel.",
                "«{}» has neither a date nor a rule. Give it a date or a rule.",
            ),
            &[name],
        ),
        R::NoSuchDay { name, rule, year } => f(
            (
                "Regelen «{}» for «{}» gir ingen dag i {}: måneden har ikke så mange. Bruk for eksempel «siste …».",
                "The rule «{}» of «{}» gives no day in {}: the month does not have that many. Use for example «last …».",
            ),
            &[rule, name, year],
        ),
        R::DateOutsideYear {
            name,
            date: d,
            year,
        } => f(
            (
                "Datoen {} for «{}» er ikke i {}. Velg en dato i {}.",
                "The date {} of «{}» is not in {}. Choose a date in {}.",
            ),
            &[&date(d), name, year, year],
        ),
        R::StillReferenced { name, by } => f(
            (
                "«{}» brukes i regelen til {}. Endre eller fjern de reglene først.",
                "«{}» is used in the rule of {}. Change or remove those rules first.",
            ),
            &[name, &names(lang, by)],
        ),
        R::YearHasCycle { year, count } => f(
            (
                "{} har allerede et årshjul ({} milepæler). Kopier til et år uten milepæler, eller rediger {} direkte.",
                "{} already has a cycle ({} milestones). Copy into a year without milestones, or edit {} directly.",
            ),
            &[year, count, year],
        ),
        R::NothingToCopy { year } => f(
            (
                "{} har ingen milepæler, og standard-årshjulet er tomt. Legg inn milepæler først.",
                "{} has no milestones, and the default cycle is empty. Add milestones first.",
            ),
            &[year],
        ),
        R::BadOwner { text } => f(
            (
                "«{}» er ikke en eier. Velg en av {}.",
                "«{}» is not an owner. Choose one of {}.",
            ),
            &[text, &MILESTONE_OWNERS.join(", ")],
        ),
        R::BadPane { text } => f(
            (
                "«{}» er ikke en fane. Velg en av {}.",
                "«{}» is not a pane. Choose one of {}.",
            ),
            &[text, &MILESTONE_PANES.join(", ")],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn unknown_milestone_suggests_in_both_languages() {
        let r = CycleRefusal::UnknownMilestone {
            name: "Frist".into(),
            rule: "10 arbeidsdager før IRF-mote mia".into(),
            target: "IRF-mote mia".into(),
            year: 2026,
            suggestion: Some("IRF-møte mai".into()),
        };
        assert_eq!(
            text(Lang::Nb, &r),
            "Regelen «10 arbeidsdager før IRF-mote mia» for «Frist» peker på «IRF-mote mia», som ikke finnes i 2026. Mente du «IRF-møte mai»?"
        );
        assert!(text(Lang::En, &r).ends_with("Did you mean «IRF-møte mai»?"));
    }

    #[test]
    fn dates_lists_and_circles() {
        let r = CycleRefusal::DeadlineNotBefore {
            name: "Frist".into(),
            date: d(2026, 6, 1),
            target: "Møte".into(),
            target_date: d(2026, 5, 19),
        };
        assert!(text(Lang::Nb, &r).contains("(01.06.2026) er ikke før «Møte» (19.05.2026)"));
        assert!(text(Lang::En, &r).contains("(01.06.2026) is not before «Møte» (19.05.2026)"));
        let r = CycleRefusal::StillReferenced {
            name: "Møte".into(),
            by: vec!["A".into(), "B".into(), "C".into()],
        };
        assert!(text(Lang::Nb, &r).contains("«A», «B» og «C»"));
        assert!(text(Lang::En, &r).contains("«A», «B» and «C»"));
        let r = CycleRefusal::Circular {
            chain: vec!["A".into(), "B".into(), "A".into()],
        };
        assert!(text(Lang::Nb, &r).contains("«A» → «B» → «A»"));
    }

    #[test]
    fn every_sentence_is_filled_and_differs_by_language() {
        let all = [
            CycleRefusal::NoName,
            CycleRefusal::DuplicateName {
                name: "A".into(),
                year: 2026,
            },
            CycleRefusal::BadRule { text: "x".into() },
            CycleRefusal::BadCount { text: "-3".into() },
            CycleRefusal::BadDate {
                text: "31.02.2026".into(),
            },
            CycleRefusal::SelfReference { name: "A".into() },
            CycleRefusal::Unresolved {
                name: "A".into(),
                target: "B".into(),
            },
            CycleRefusal::DeadlineWithoutDate {
                name: "A".into(),
                target: "B".into(),
            },
            CycleRefusal::DateWithRule { name: "A".into() },
            CycleRefusal::NoDateNorRule { name: "A".into() },
            CycleRefusal::NoSuchDay {
                name: "A".into(),
                rule: "5. tirsdag i mai".into(),
                year: 2026,
            },
            CycleRefusal::DateOutsideYear {
                name: "A".into(),
                date: d(2027, 1, 1),
                year: 2026,
            },
            CycleRefusal::YearHasCycle {
                year: 2027,
                count: 13,
            },
            CycleRefusal::NothingToCopy { year: 2026 },
            CycleRefusal::BadOwner {
                text: "Oslo".into(),
            },
            CycleRefusal::BadPane { text: "x".into() },
        ];
        for r in &all {
            let (nb, en) = (text(Lang::Nb, r), text(Lang::En, r));
            assert!(!nb.contains("{}") && !en.contains("{}"), "{r:?}");
            assert_ne!(nb, en, "{r:?}");
            assert!(nb.ends_with('.') || nb.ends_with('?'), "{nb}");
        }
        assert!(text(Lang::Nb, &all[11]).starts_with("Datoen 01.01.2027"));
        assert!(text(Lang::En, &all[15]).contains("arshjul, arsrapporter"));
    }
}
