//! `irf calendar` run as the real binary against a demo database made for 2 March 2026:
//! the network in year 6 and the service whose term ends in seven weeks, the year's
//! milestones in order, the default cycle for a year without milestones, the 80-column
//! limit, the JSON field names, and the exit codes for nothing and for a bad year.

use std::path::PathBuf;
use std::process::Output;

use chrono::NaiveDate;
use irf::store::{OpenMode, Store};
use support::cli::{err, keys, out, run};
use unicode_width::UnicodeWidthStr;

mod support;

/// The day the demo is made for.
fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

/// A demo database of [`day`] in a temp folder.
fn setup() -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = support::db::temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store.seed_demo(&irf::demo::plan(day())).unwrap();
    (dir, path)
}

fn json(o: &Output) -> Vec<serde_json::Value> {
    support::cli::json_array(o)
}

/// The names of the demo's first network and of its service near the end of its term.
fn names() -> (String, String) {
    let plan = irf::demo::plan(day());
    let network = plan.units[plan.periods[0].unit].name.clone();
    let service = support::db::demo_unit(&plan, "hyperkolesterolemi");
    (network, service)
}

#[test]
fn year_six_and_term_end_appear_with_their_dates() {
    let (dir, db) = setup();
    let (network, service) = names();
    let o = run(dir.path(), &db, &["calendar", "--year", "2026"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    // The period started 5 years and 20 days before the demo day: year 6 on 10 February.
    let line = text.lines().find(|l| l.contains("Nettverk år 6")).unwrap();
    assert!(line.starts_with("10.02.2026  Nettverk år 6"), "{line}");
    assert!(line.contains(&network[..10]), "{line}");
    // Approved 5 years minus 50 days ago: the term's last day is 49 days (7 weeks) away.
    let line = text.lines().find(|l| l.contains("hyperko")).unwrap();
    assert!(line.starts_with("20.04.2026  Periode slutter"), "{line}");
    assert!(line.ends_with("HSØ"), "{line}");
    assert_eq!(text.matches("Nettverk år 6").count(), 1, "{text}");

    let items = json(&run(
        dir.path(),
        &db,
        &["calendar", "--year", "2026", "--json"],
    ));
    let find = |kind: &str| {
        items
            .iter()
            .find(|i| i["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind}: {items:?}"))
            .clone()
    };
    let net = find("network_year_6");
    assert_eq!(net["date"], "2026-02-10");
    assert_eq!(net["title"], network.as_str());
    assert_eq!(net["ref"]["table"], "units");
    let term = find("term_end");
    assert_eq!(term["date"], "2026-04-20");
    assert_eq!(term["title"], service.as_str());
    let meeting = find("meeting");
    assert_eq!(meeting["date"], "2026-03-23");
    // Chaired by the region leading that day: HMN in the demo's rotation.
    assert_eq!(meeting["owner"], "HMN");
    assert_eq!(meeting["ref"]["table"], "meetings");
    // The year after holds neither.
    let later = json(&run(
        dir.path(),
        &db,
        &["calendar", "--year", "2027", "--json"],
    ));
    assert!(
        later
            .iter()
            .all(|i| i["title"] != network.as_str() && i["title"] != service.as_str())
    );
}

#[test]
fn milestones_are_listed_sorted_with_their_owners() {
    let (dir, db) = setup();
    let items = json(&run(
        dir.path(),
        &db,
        &["calendar", "--year", "2026", "--json"],
    ));
    let dates: Vec<&str> = items.iter().map(|i| i["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    let milestones: Vec<_> = items.iter().filter(|i| i["kind"] == "milestone").collect();
    // The default cycle's 13, and the group's own evaluation after two years, less the
    // placeholder "Nasjonal dialogdag": the demo's national dialogue event stands in.
    assert_eq!(milestones.len(), 13, "{milestones:?}");
    assert!(
        !milestones
            .iter()
            .any(|m| m["title"] == "Nasjonal dialogdag")
    );
    assert!(items.iter().any(|i| i["kind"] == "dialogue_event"));
    assert_eq!(milestones[0]["date"], "2026-01-20");
    assert_eq!(
        milestones[0]["title"],
        "IRF prioriterer og rangerer søknadene"
    );
    assert_eq!(milestones[0]["owner"], "nasjonal");
    assert_eq!(milestones[0]["ref"]["table"], "milestones");
    assert_eq!(milestones[12]["date"], "2026-12-10");
    assert_eq!(milestones[12]["owner"], "regionene");

    // Plain text is in the same order, with ISO dates in English.
    let o = run(
        dir.path(),
        &db,
        &["--lang", "en", "calendar", "--year", "2026"],
    );
    let plain: Vec<String> = out(&o).lines().map(|l| l[..10].to_string()).collect();
    assert_eq!(plain, dates);

    // A year without stored milestones gets the default cycle, with no record behind it.
    let items = json(&run(
        dir.path(),
        &db,
        &["calendar", "--year", "2030", "--json"],
    ));
    let first = items.iter().find(|i| i["kind"] == "milestone").unwrap();
    assert_eq!(first["date"], "2030-01-20");
    assert!(first["ref"].is_null(), "{first}");
}

#[test]
fn plain_lines_fit_eighty_columns_and_are_sanitised() {
    let (dir, db) = setup();
    let conn = support::db::raw(&db);
    conn.execute(
        "INSERT INTO meetings (kind, held_on, place) VALUES ('AD', '2026-06-01', ?1)",
        [format!("Evil\x1b[2J {}", "Langt stedsnavn ".repeat(10))],
    )
    .unwrap();
    drop(conn);
    let o = run(dir.path(), &db, &["calendar", "--year", "2026"]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    assert!(!text.contains('\x1b'), "{text}");
    assert!(text.contains("01.06.2026  Møte"), "{text}");
    assert!(text.contains('…'), "{text}");
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
}

#[test]
fn json_field_names_are_exact() {
    let (dir, db) = setup();
    let o = run(dir.path(), &db, &["calendar", "--year", "2026", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let items = json(&o);
    assert!(!items.is_empty());
    for item in &items {
        assert_eq!(
            keys(item),
            ["date", "kind", "owner", "ref", "title"],
            "{item}"
        );
        assert!(
            [
                "milestone",
                "meeting",
                "network_year_6",
                "term_end",
                "leadership_handover",
                "status_report",
                "status_report_sent",
                "set_aside",
                "set_aside_recorded",
                "dialogue_event"
            ]
            .contains(&item["kind"].as_str().unwrap()),
            "{item}"
        );
        if !item["ref"].is_null() {
            assert_eq!(keys(&item["ref"]), ["id", "table"]);
            assert!(item["ref"]["id"].is_i64());
        }
    }
}

#[test]
fn a_year_with_nothing_is_exit_one() {
    let (dir, db) = setup();
    // Every year has at least the default cycle, unless it is empty.
    support::db::raw(&db)
        .execute("DELETE FROM cycle_template", [])
        .unwrap();
    let o = run(dir.path(), &db, &["calendar", "--year", "1990"]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert_eq!(out(&o), "");
    assert_eq!(err(&o).trim(), "Ingenting datert i 1990.");
    let o = run(dir.path(), &db, &["calendar", "--year", "1990", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(out(&o), "[]\n");
    // The stored milestones of 2026 still count.
    let o = run(dir.path(), &db, &["calendar", "--year", "2026"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn a_bad_year_is_exit_two_with_one_line() {
    let (dir, db) = setup();
    for bad in ["99999", "abc", "0"] {
        let o = run(dir.path(), &db, &["calendar", "--year", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert_eq!(out(&o), "");
        let e = err(&o);
        assert_eq!(e.lines().count(), 1, "{e}");
        assert!(e.starts_with("irf: ") && e.contains("--year"), "{e}");
    }
    // A missing file is an error too, never created.
    let missing = dir.path().join("none.sqlite");
    let o = run(dir.path(), &missing, &["calendar"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!missing.exists());
}
