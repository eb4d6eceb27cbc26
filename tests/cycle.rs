//! The annual cycle: rules typed in bokmål or English and stored canonical, dates
//! resolved over Easter and the May holidays, weekday rules, broken references named
//! (self, circles, unknown names with a suggestion, a deadline after its meeting).
//! `store` (in `tests/cycle/`): versioned edits with audit rows, refusals that leave
//! the table as it was, copying a year (rules recomputed, fixed dates keeping day and
//! month) and the calendar showing resolved rule dates. Expected dates were counted by
//! hand from the holiday lists.

use chrono::NaiveDate;
use irf::domain::{
    CycleItem, CycleRefusal, CycleRule, Refusal, WeekdayNth, parse_date_input, parse_rule,
    resolve_cycle,
};
use irf::i18n::{Lang, refusal_text};

#[path = "cycle/store.rs"]
mod store;
mod support;

use support::db::d;

fn item(name: &str, fixed: Option<NaiveDate>, rule: &str) -> CycleItem {
    CycleItem {
        name: name.into(),
        fixed,
        rule: (!rule.is_empty()).then(|| parse_rule(rule).unwrap()),
    }
}

#[test]
fn rules_are_read_in_both_languages_and_written_back_in_bokmal() {
    for (typed, canonical) in [
        (
            "10 arbeidsdager før IRF-møte mai",
            "10 arbeidsdager før IRF-møte mai",
        ),
        (
            "10 working days before IRF-møte mai",
            "10 arbeidsdager før IRF-møte mai",
        ),
        (
            "  10  Working  Days BEFORE  IRF-møte   mai ",
            "10 arbeidsdager før IRF-møte mai",
        ),
        ("1 working day before X", "1 arbeidsdag før X"),
        ("før Søknadsfrist", "før Søknadsfrist"),
        ("Before Søknadsfrist", "før Søknadsfrist"),
        ("2. tirsdag i mai", "2. tirsdag i mai"),
        ("2nd tuesday of may", "2. tirsdag i mai"),
        ("siste fredag i mai", "siste fredag i mai"),
        ("last friday in may", "siste fredag i mai"),
        ("Tredje Onsdag i Oktober", "3. onsdag i oktober"),
    ] {
        let rule = parse_rule(typed).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!(rule.to_string(), canonical, "{typed}");
        assert_eq!(parse_rule(canonical), Ok(rule), "{canonical}");
    }
    assert_eq!(
        parse_rule("last friday in may"),
        Ok(CycleRule::NthWeekday {
            nth: WeekdayNth::Last,
            weekday: chrono::Weekday::Fri,
            month: 5
        })
    );
}

#[test]
fn bad_rules_and_counts_are_refused_with_a_sentence() {
    assert_eq!(
        parse_rule("-3 arbeidsdager før X"),
        Err(CycleRefusal::BadCount { text: "-3".into() })
    );
    assert_eq!(
        parse_rule("ti working days before X"),
        Err(CycleRefusal::BadCount { text: "ti".into() })
    );
    for bad in [
        "",
        "etter Søknadsfrist",
        "6. tirsdag i mai",
        "2. tirsdag i smai",
        "før",
    ] {
        assert!(
            matches!(parse_rule(bad), Err(CycleRefusal::BadRule { .. })),
            "{bad}"
        );
    }
    let r = Refusal::Cycle(parse_rule("-3 arbeidsdager før X").unwrap_err());
    assert!(refusal_text(Lang::Nb, &r).starts_with("«-3» er ikke et antall arbeidsdager"));
    assert!(refusal_text(Lang::En, &r).starts_with("«-3» is not a number of working days"));
}

#[test]
fn working_days_are_counted_over_easter_and_the_may_holidays() {
    let items = [
        item("Møte april", Some(d(2026, 4, 10)), ""),
        // 9, 8, 7 April; Easter Monday 6, Good Friday 3 and Maundy Thursday 2 skipped;
        // 1 April and 31 March.
        item("Frist april", None, "5 arbeidsdager før Møte april"),
        item("Møte mai", Some(d(2026, 5, 26)), ""),
        // 22–18 May, 15, 13, 12, 11, 8: Whit Monday 25 and Ascension 14 skipped.
        item("Frist mai", None, "10 arbeidsdager før møte MAI"),
        // 19 May (3rd Tuesday) back over 14 May and 1 May: 24 April.
        item("Behandling", None, "3. tirsdag i mai"),
        item("Oppsummering", None, "15 arbeidsdager før Behandling"),
    ];
    let got = resolve_cycle(2026, &items);
    assert_eq!(got[1], Ok(d(2026, 3, 31)));
    assert_eq!(got[3], Ok(d(2026, 5, 8)));
    assert_eq!(got[4], Ok(d(2026, 5, 19)));
    assert_eq!(got[5], Ok(d(2026, 4, 24)));
}

#[test]
fn weekday_rules_fall_in_the_year_and_a_missing_fifth_is_refused() {
    let items = [
        item("Andre", None, "2. tirsdag i mai"),
        item("Siste", None, "siste fredag i mai"),
        item("Femte", None, "5th tuesday of may"),
    ];
    let y2026 = resolve_cycle(2026, &items);
    assert_eq!(y2026[0], Ok(d(2026, 5, 12)));
    assert_eq!(y2026[1], Ok(d(2026, 5, 29)));
    assert_eq!(
        y2026[2],
        Err(CycleRefusal::NoSuchDay {
            name: "Femte".into(),
            rule: "5. tirsdag i mai".into(),
            year: 2026
        })
    );
    let y2029 = resolve_cycle(2029, &items);
    assert_eq!(y2029[0], Ok(d(2029, 5, 8)));
    assert_eq!(y2029[1], Ok(d(2029, 5, 25)));
    assert_eq!(y2029[2], Ok(d(2029, 5, 29)));
}

#[test]
fn broken_references_are_named() {
    let items = [
        item("Selv", None, "2 arbeidsdager før selv"),
        item("A", None, "1 arbeidsdag før B"),
        item("B", None, "1 arbeidsdag før A"),
        item("Ukjent", None, "3 arbeidsdager før IRF-mote mia"),
        item("IRF-møte mai", Some(d(2026, 5, 19)), ""),
        item("Sen frist", Some(d(2026, 5, 19)), "før IRF-møte mai"),
    ];
    let got = resolve_cycle(2026, &items);
    assert_eq!(
        got[0],
        Err(CycleRefusal::SelfReference {
            name: "Selv".into()
        })
    );
    let chain = vec!["A".to_string(), "B".into(), "A".into()];
    assert_eq!(got[1], Err(CycleRefusal::Circular { chain }));
    let unknown = got[3].clone().unwrap_err();
    assert_eq!(
        unknown,
        CycleRefusal::UnknownMilestone {
            name: "Ukjent".into(),
            rule: "3 arbeidsdager før IRF-mote mia".into(),
            target: "IRF-mote mia".into(),
            year: 2026,
            suggestion: Some("IRF-møte mai".into()),
        }
    );
    assert!(
        refusal_text(Lang::Nb, &Refusal::Cycle(unknown))
            .ends_with("som ikke finnes i 2026. Mente du «IRF-møte mai»?")
    );
    assert_eq!(
        got[5],
        Err(CycleRefusal::DeadlineNotBefore {
            name: "Sen frist".into(),
            date: d(2026, 5, 19),
            target: "IRF-møte mai".into(),
            target_date: d(2026, 5, 19),
        })
    );
}

#[test]
fn typed_dates_must_exist() {
    assert_eq!(parse_date_input("26.05.2026"), Some(d(2026, 5, 26)));
    assert_eq!(parse_date_input("4.5.2026"), Some(d(2026, 5, 4)));
    assert_eq!(parse_date_input("2026-05-04"), Some(d(2026, 5, 4)));
    for bad in ["31.02.2026", "2026-13-01", "4/5/2026", "i morgen"] {
        assert_eq!(parse_date_input(bad), None, "{bad}");
    }
}
