//! `irf leadership` and the leadership item of `irf due`, run as the real binary on the
//! demo of 23 November 2026 (Helse Midt-Norge leads; its period ends 31 December, and
//! Helse Nord takes over).

use super::support::cli::{DAY, demo_of_day, err, json_array, keys, on_day, out, run};
use super::support::db::{raw, temp_db};

#[test]
fn leadership_lists_the_periods_and_says_who_leads_today() {
    let (dir, db) = demo_of_day();
    let o = on_day(dir.path(), &db, "leadership", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(
        text.starts_with("Ledelsen av arbeidsgruppen går på omgang"),
        "{text}"
    );
    let line = |part: &str| {
        text.lines()
            .find(|l| l.contains(part))
            .unwrap_or_else(|| panic!("no {part}: {text}"))
            .to_string()
    };
    assert!(
        line("HV  ").contains("01.01.2023  31.12.2024  HV      IRF 21.11.2022"),
        "{text}"
    );
    assert!(
        line("HMN").starts_with("*  01.01.2025  31.12.2026  HMN"),
        "{text}"
    );
    assert!(
        line("HN  ").starts_with("   01.01.2027  31.12.2028  HN"),
        "{text}"
    );
    assert!(line("HSØ").contains("Eksempel"), "{text}");
    assert!(
        text.ends_with("I dag (23.11.2026) leder Helse Midt-Norge RHF (01.01.2025–31.12.2026).\n"),
        "{text}"
    );
    for l in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(l) <= 80, "{l}");
    }
    let en = out(&on_day(dir.path(), &db, "leadership", &["--lang", "en"]));
    assert!(
        en.contains("Today (2026-11-23) Helse Midt-Norge RHF leads"),
        "{en}"
    );
}

#[test]
fn leadership_json_has_its_fields_and_the_current_period() {
    let (dir, db) = demo_of_day();
    let o = on_day(dir.path(), &db, "leadership", &["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        keys(&v),
        ["current", "leading_region", "periods", "source", "today"]
    );
    assert_eq!(v["today"], DAY);
    assert_eq!(v["leading_region"], "HMN");
    assert_eq!(v["source"], "period");
    let periods = v["periods"].as_array().unwrap();
    let first = &periods[0];
    assert_eq!(
        keys(first),
        [
            "current",
            "decision",
            "ends_on",
            "id",
            "note",
            "region",
            "region_name",
            "starts_on"
        ]
    );
    assert_eq!(
        (
            first["region"].as_str(),
            first["starts_on"].as_str(),
            first["ends_on"].as_str()
        ),
        (Some("HV"), Some("2023-01-01"), Some("2024-12-31"))
    );
    assert_eq!(first["decision"], "IRF 21.11.2022");
    let current: Vec<_> = periods.iter().filter(|p| p["current"] == true).collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["region"], "HMN");
    assert_eq!(current[0]["id"], v["current"]);
    // Where no period covers the day, the setting answers.
    let later = run(
        dir.path(),
        &db,
        &["leadership", "--json", "--today", "2040-06-01"],
    );
    let later: serde_json::Value = serde_json::from_slice(&later.stdout).unwrap();
    assert_eq!(later["source"], "setting");
    assert_eq!(later["leading_region"], "HV");
    assert_eq!(later["current"], serde_json::Value::Null);
}

#[test]
fn leadership_without_periods_is_exit_one_with_a_sentence() {
    let (dir, db) = temp_db();
    drop(irf::store::Store::open(&db, irf::store::OpenMode::ReadWrite).unwrap());
    raw(&db)
        .execute("DELETE FROM leadership_periods", [])
        .unwrap();
    let o = run(dir.path(), &db, &["leadership", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(err(&o), "No leadership period is recorded.\n");
    assert!(out(&o).contains("No period covers today"), "{}", out(&o));
}

#[test]
fn due_says_who_takes_over_and_when() {
    let (dir, db) = demo_of_day();
    let o = on_day(dir.path(), &db, "due", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    let line = text
        .lines()
        .find(|l| l.contains("Ledelse"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        line.starts_with("31.12.2026  om 27 arbeidsdager  Ledelse"),
        "{line}"
    );
    // Who hands over to whom, and when, within 80 columns.
    assert!(
        line.contains("Ledelse        HMN → HN 01.01.2027 "),
        "{line}"
    );
    assert!(line.ends_with("  HMN"), "{line}");
    let items = json_array(&on_day(dir.path(), &db, "due", &["--json", "--lang", "en"]));
    let item = items.iter().find(|i| i["kind"] == "leadership").unwrap();
    assert_eq!(item["date"], "2026-12-31");
    assert_eq!(item["title"], "HMN → HN 2027-01-01");
    assert_eq!(item["owner"], "HMN");
    assert_eq!(item["ref"]["table"], "leadership_periods");
    // With no next period recorded it says so.
    raw(&db)
        .execute(
            "DELETE FROM leadership_periods WHERE starts_on > '2026-12-31'",
            [],
        )
        .unwrap();
    let items = json_array(&on_day(dir.path(), &db, "due", &["--json", "--lang", "en"]));
    let item = items.iter().find(|i| i["kind"] == "leadership").unwrap();
    assert_eq!(item["title"], "HMN until 2026-12-31, none after");
}

#[test]
fn the_help_of_leadership_is_in_both_languages() {
    let (dir, db) = demo_of_day();
    let nb = out(&run(dir.path(), &db, &["leadership", "--help"]));
    assert!(
        nb.contains("Hvilken region som leder arbeidsgruppen når"),
        "{nb}"
    );
    let en = out(&run(
        dir.path(),
        &db,
        &["--lang", "en", "leadership", "--help"],
    ));
    assert!(
        en.contains("Which region leads the working group when"),
        "{en}"
    );
}
