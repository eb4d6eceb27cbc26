//! `irf due` run as the real binary against a demo database made for 23 November 2026
//! (a Monday) and counted from that day: the pending anchoring answer from HN with its
//! due date, the region filter, overdue items with `--days 0`, the JSON field names,
//! the 80-column limit and the exit codes for a bad region and for nothing due.

use std::path::{Path, PathBuf};
use std::process::Output;

use support::cli::{DAY, cells, err, irf, keys, out};
use unicode_width::UnicodeWidthStr;

mod support;

/// A demo database of [`DAY`] (the day `due` counts from) in a temp folder.
fn setup() -> (tempfile::TempDir, PathBuf) {
    support::cli::demo_of_day()
}

/// `irf --db DB due --today DAY ARGS…`.
fn due(home: &Path, db: &Path, args: &[&str]) -> Output {
    support::cli::on_day(home, db, "due", args)
}

fn json(o: &Output) -> Vec<serde_json::Value> {
    support::cli::json_array(o)
}

/// The title of the demo application at the anchoring step.
fn anchoring_title() -> String {
    let plan = irf::demo::plan_in(support::db::today(), irf::demo::SeasonPhase::Reviewing);
    plan.applications
        .iter()
        .find(|a| a.step == irf::domain::ApplicationStep::Anchoring)
        .unwrap()
        .title
        .to_string()
}

#[test]
fn the_pending_anchoring_from_hn_is_due_on_the_anchoring_milestone() {
    let (dir, db) = setup();
    let title = anchoring_title();
    let o = due(dir.path(), &db, &["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let items = json(&o);
    let anchorings: Vec<_> = items.iter().filter(|i| i["kind"] == "anchoring").collect();
    // HV and HMN have answered; only HN is still pending.
    assert_eq!(anchorings.len(), 1, "{items:?}");
    let a = anchorings[0];
    assert_eq!(a["title"], title.as_str());
    assert_eq!(a["owner"], "HN");
    // The year's milestone "Forankring i de andre regionene" is 10 December.
    assert_eq!(a["date"], "2026-12-10");
    assert_eq!(a["overdue"], false);
    assert_eq!(a["working_days_left"], 13);
    assert_eq!(a["ref"]["table"], "applications");
    // Sorted by date.
    let dates: Vec<&str> = items.iter().map(|i| i["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);

    let o = due(dir.path(), &db, &[]);
    let line = out(&o)
        .lines()
        .find(|l| l.contains(" HN") && l.contains("Forankring"))
        .unwrap_or_else(|| panic!("{}", out(&o)))
        .to_string();
    let cells = cells(&line);
    assert_eq!(
        cells[..3],
        ["10.12.2026", "om 13 arbeidsdager", "Forankring"],
        "{line}"
    );
    assert!(line.ends_with("  HN"), "{line}");
}

#[test]
fn without_the_milestone_an_anchoring_is_due_thirty_days_after_receipt() {
    let (dir, db) = setup();
    support::db::raw(&db)
        .execute("DELETE FROM milestones WHERE name LIKE 'Forankring%'", [])
        .unwrap();
    // Received 60 days before the demo day: due 30 days ago.
    let items = json(&due(dir.path(), &db, &["--json", "--days", "0"]));
    let a = items.iter().find(|i| i["kind"] == "anchoring").unwrap();
    assert_eq!(a["date"], "2026-10-24");
    assert_eq!(a["overdue"], true);
    assert_eq!(a["working_days_left"], 0);
    let o = due(dir.path(), &db, &["--lang", "en", "--region", "HN"]);
    let text = out(&o);
    let line = text.lines().find(|l| l.contains("Anchoring")).unwrap();
    let cells = cells(line);
    assert_eq!(
        cells[..3],
        ["2026-10-24", "30 days overdue", "Anchoring"],
        "{text}"
    );
    assert_eq!(cells[4], "HN", "{text}");
}

#[test]
fn region_keeps_its_own_items_and_the_regions_milestones() {
    let (dir, db) = setup();
    let all = json(&due(dir.path(), &db, &["--json"]));
    let o = due(dir.path(), &db, &["--region", "hn", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let items = json(&o);
    assert!(items.iter().any(|i| i["kind"] == "anchoring"), "{items:?}");
    for item in &items {
        let owner = item["owner"].as_str().unwrap();
        let regions = owner == "regionene" && item["kind"] == "milestone";
        assert!(owner == "HN" || regions, "{item}");
    }
    // Others are dropped: the national milestones and the items of other regions.
    assert!(items.len() < all.len());
    assert!(
        all.iter()
            .any(|i| i["owner"] != "HN" && i["owner"] != "regionene"),
        "{all:?}"
    );
    assert!(!items.iter().any(|i| i["owner"] == "nasjonal"));
    // HSO is HSØ, in any case.
    let hso = json(&due(dir.path(), &db, &["--region", "hso", "--json"]));
    assert!(
        hso.iter()
            .all(|i| i["owner"] == "HSØ" || i["owner"] == "regionene")
    );
    assert!(!hso.iter().any(|i| i["kind"] == "anchoring"), "{hso:?}");
}

#[test]
fn days_zero_still_shows_what_is_overdue() {
    let (dir, db) = setup();
    let o = due(dir.path(), &db, &["--days", "0", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let items = json(&o);
    assert!(!items.is_empty());
    for item in &items {
        assert!(item["date"].as_str().unwrap() <= DAY, "{item}");
        assert_eq!(item["working_days_left"], 0, "{item}");
    }
    // "Regional vurdering ferdig" was 15 November; 10 December is not listed.
    let regional = items
        .iter()
        .find(|i| i["title"] == "Regional vurdering ferdig")
        .unwrap();
    assert_eq!(regional["overdue"], true);
    assert!(!items.iter().any(|i| i["kind"] == "anchoring"));
    // Older than 60 days is left out (the call for applications, 1 September).
    let titles: Vec<&str> = items.iter().map(|i| i["title"].as_str().unwrap()).collect();
    assert!(!titles.contains(&"Utlysning og felles søknadsskjema publisert"));
    let plain = out(&due(dir.path(), &db, &["--days", "0"]));
    let line = plain.lines().find(|l| l.starts_with("15.11.2026")).unwrap();
    let cells = cells(line);
    assert_eq!(
        cells[..3],
        ["15.11.2026", "for 8 dager siden", "Milepæl"],
        "a milestone has passed; only an obligation is late: {plain}"
    );
    assert!(cells[3].starts_with("Regional vurdering"), "{plain}");
    assert_eq!(cells[4], "regionene", "{plain}");
}

#[test]
fn json_field_names_are_exact() {
    let (dir, db) = setup();
    let items = json(&due(dir.path(), &db, &["--json"]));
    assert!(!items.is_empty());
    let kinds = [
        "milestone",
        "meeting",
        "network_year_6",
        "term_end",
        "anchoring",
        "leadership",
        "dialogue_event",
        "status_report",
        "set_aside",
    ];
    for item in &items {
        assert_eq!(
            keys(item),
            [
                "date",
                "kind",
                "overdue",
                "owner",
                "ref",
                "title",
                "working_days_left"
            ],
            "{item}"
        );
        assert!(kinds.contains(&item["kind"].as_str().unwrap()), "{item}");
        assert!(item["overdue"].is_boolean());
        assert!(item["working_days_left"].is_u64());
    }
}

#[test]
fn a_bad_region_is_exit_two_naming_the_four() {
    let (dir, db) = setup();
    for lang in ["nb", "en"] {
        let o = due(dir.path(), &db, &["--lang", lang, "--region", "XY"]);
        assert_eq!(o.status.code(), Some(2));
        assert_eq!(out(&o), "");
        let e = err(&o);
        assert_eq!(e.lines().count(), 1, "{e}");
        assert!(e.starts_with("irf: ") && e.contains("XY"), "{e}");
        for code in ["HSØ", "HV", "HMN", "HN"] {
            assert!(e.contains(code), "{code}: {e}");
        }
    }
}

#[test]
fn plain_lines_fit_eighty_columns_and_nothing_due_is_exit_one() {
    let (dir, db) = setup();
    support::db::raw(&db)
        .execute(
            "UPDATE applications SET title = ?1 WHERE step = 'forankring'",
            [format!(
                "Evil\x1b[2J {}",
                "Svært lang søknadstittel ".repeat(8)
            )],
        )
        .unwrap();
    let o = due(dir.path(), &db, &[]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    assert!(!text.contains('\x1b'), "{text}");
    assert!(text.contains('…'), "{text}");
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    // Years later nothing is due: exit 1, a sentence on stderr (plain), [] in JSON.
    let later = |json: bool| {
        let mut args = vec!["--db", db.to_str().unwrap(), "due", "--today", "2040-06-01"];
        if json {
            args.push("--json");
        }
        irf(dir.path(), &args)
    };
    support::db::raw(&db)
        .execute("DELETE FROM cycle_template", [])
        .unwrap();
    // Every region's set-aside of 2040 recorded: none is open.
    support::db::raw(&db)
        .execute(
            "INSERT INTO set_asides (year, region_code, percent)
             SELECT 2040, code, 3 FROM regions",
            [],
        )
        .unwrap();
    let o = later(false);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert_eq!(out(&o), "");
    assert!(err(&o).starts_with("Ingenting forfaller de neste 30 dagene"));
    let o = later(true);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(out(&o), "[]\n");
}
