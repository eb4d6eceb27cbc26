//! `irf terms` and `irf groups` run as the real binary against a demo database made
//! for 23 November 2026 and counted from that day: the network in year 6 and the
//! competence service at the end of its term with its phase-out, `--months` narrowing,
//! decisions taken dropping out, the JSON field names, 80 columns, English, the exit
//! codes; the reference groups that break rules, with the rule codes of `irf show
//! unit`, and the compliant ones left out (regional services: see `groups_hso.rs`).

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use support::cli::{err, groups_json as groups, keys, out, rules, run};
use support::db::sql;
use unicode_width::UnicodeWidthStr;

mod support;

/// A demo database of [`DAY`] (the day `terms` counts from) in a temp folder.
fn setup() -> (tempfile::TempDir, PathBuf) {
    support::cli::demo_of_day()
}

/// `irf --db DB terms --today DAY ARGS…`.
fn terms(home: &Path, db: &Path, args: &[&str]) -> Output {
    support::cli::on_day(home, db, "terms", args)
}

fn json(o: &Output) -> Vec<serde_json::Value> {
    support::cli::json_array(o)
}

/// The demo network in year 6 (name, start of its period) and the competence service
/// whose term ends in about seven weeks (name).
fn names() -> (String, chrono::NaiveDate, String) {
    let plan = irf::demo::plan_in(support::db::today(), irf::demo::SeasonPhase::Reviewing);
    let period = &plan.periods[0];
    assert_eq!(period.state, "under_evaluering");
    let network = plan.units[period.unit].name.clone();
    let service = support::db::demo_unit(&plan, "hyperkolesterolemi");
    (network, period.starts_on, service)
}

fn find<'a>(items: &'a [serde_json::Value], kind: &str, unit: &str) -> &'a serde_json::Value {
    items
        .iter()
        .find(|i| i["kind"] == kind && i["unit"] == unit)
        .unwrap_or_else(|| panic!("no {kind} for {unit}: {items:#?}"))
}

#[test]
fn the_year_six_network_and_the_ending_term_are_listed() {
    let (dir, db) = setup();
    let (network, start, service) = names();
    let o = terms(dir.path(), &db, &["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let items = json(&o);

    let year6 = find(&items, "network_year_6", &network);
    let date = start.checked_add_months(chrono::Months::new(60)).unwrap();
    assert_eq!(year6["date"], date.to_string());
    // Twenty days ago, and still undecided: listed as overdue.
    assert_eq!(year6["date"], "2026-11-03");
    assert_eq!(year6["overdue"], true);
    assert_eq!(year6["year_in_period"], 6);
    assert_eq!(year6["renewal_state"], "under_evaluering");
    assert_eq!(year6["unit_kind"], "nettverk");
    assert_eq!(year6["region"], "HSØ");
    assert_eq!(
        year6["due"],
        "RHF-ene avgjør om nettverket får en ny periode."
    );
    let end = find(&items, "network_period_end", &network);
    assert_eq!(end["date"], "2026-11-02");

    let term = find(&items, "term_end", &service);
    assert_eq!(term["date"], "2027-01-11");
    assert_eq!(term["overdue"], false);
    assert_eq!(term["year_in_period"], 5);
    assert_eq!(term["phase_out"]["outcome"], "driftsoppgaver");
    assert_eq!(term["phase_out"]["irf_answer"], serde_json::Value::Null);
    assert_eq!(term["phase_out"]["transition_years"], 1);
    assert!(
        term["due"]
            .as_str()
            .unwrap()
            .contains("venter på IRFs svar")
    );

    // The regional service approved nine years ago is evaluated in a year.
    let evaluation = find(
        &items,
        "regional_evaluation",
        "Regional kompetansetjeneste for lindrende behandling",
    );
    assert_eq!(evaluation["date"], "2027-11-23");
    assert_eq!(evaluation["year_in_period"], 10);

    // Nothing beyond 18 months; sorted by date; the closed service never shows.
    let dates: Vec<&str> = items.iter().map(|i| i["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert!(dates.iter().all(|d| *d <= "2028-05-23"), "{dates:?}");
    assert!(
        !items
            .iter()
            .any(|i| i["unit"].as_str().unwrap().ends_with("amming"))
    );
}

#[test]
fn a_period_stored_as_running_reads_as_the_calendar_gives_it() {
    // A period entered without a state (a new desk's networks) is stored `lopende`;
    // the network in year 6 is in evaluation all the same, as Fornyelser shows it.
    let (dir, db) = setup();
    let (network, start, _) = names();
    sql(
        &db,
        "UPDATE network_periods SET renewal_state = 'lopende'
          WHERE id = (SELECT min(id) FROM network_periods)",
    );
    let items = json(&terms(dir.path(), &db, &["--json"]));
    let year6 = find(&items, "network_year_6", &network);
    assert_eq!(year6["year_in_period"], 6);
    assert_eq!(year6["renewal_state"], "under_evaluering");
    // A year earlier it was in year 5: due.
    let year_before = start
        .checked_add_months(chrono::Months::new(50))
        .unwrap()
        .to_string();
    let o = run(
        dir.path(),
        &db,
        &["terms", "--today", &year_before, "--json"],
    );
    let items = json(&o);
    let year6 = find(&items, "network_year_6", &network);
    assert_eq!(year6["year_in_period"], 5);
    assert_eq!(year6["renewal_state"], "forfaller");
}

#[test]
fn months_narrow_and_decisions_taken_drop_out() {
    let (dir, db) = setup();
    let (network, _, service) = names();
    let all = json(&terms(dir.path(), &db, &["--json"]));
    let o = terms(dir.path(), &db, &["--months", "1", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let near = json(&o);
    assert!(near.len() < all.len());
    assert!(
        near.iter()
            .all(|i| i["date"].as_str().unwrap() <= "2026-12-23")
    );
    find(&near, "network_year_6", &network);
    assert!(
        !near.iter().any(|i| i["unit"] == service.as_str()),
        "{near:#?}"
    );
    // Seven weeks ahead: within two months.
    find(
        &json(&terms(dir.path(), &db, &["--months", "2", "--json"])),
        "term_end",
        &service,
    );

    // Renewed: the network's decision is taken; closed: the service is gone.
    sql(
        &db,
        &format!(
            "UPDATE network_periods SET renewal_state = 'fornyet'
              WHERE unit_id = (SELECT id FROM units WHERE name = '{network}');
             UPDATE units SET status = 'avviklet' WHERE name = '{service}';"
        ),
    );
    let after = json(&terms(dir.path(), &db, &["--json"]));
    assert!(!after.iter().any(|i| i["unit"] == network.as_str()));
    assert!(!after.iter().any(|i| i["unit"] == service.as_str()));
    assert_eq!(after.len(), all.len() - 3);
}

#[test]
fn json_field_names_are_exact() {
    let (dir, db) = setup();
    let items = json(&terms(dir.path(), &db, &["--json", "--months", "60"]));
    let kinds = [
        "network_year_6",
        "network_period_end",
        "term_end",
        "regional_evaluation",
    ];
    for kind in kinds {
        assert!(items.iter().any(|i| i["kind"] == kind), "{kind}");
    }
    for item in &items {
        assert_eq!(
            keys(item),
            [
                "date",
                "due",
                "kind",
                "overdue",
                "phase_out",
                "region",
                "renewal_state",
                "unit",
                "unit_id",
                "unit_kind",
                "year_in_period",
            ],
            "{item}"
        );
        assert!(kinds.contains(&item["kind"].as_str().unwrap()), "{item}");
        assert!(item["unit_id"].is_i64() && item["overdue"].is_boolean());
        assert!(!item["due"].as_str().unwrap().is_empty());
    }
}

#[test]
fn plain_lines_fit_eighty_columns_in_both_languages() {
    let (dir, db) = setup();
    let (_, _, service) = names();
    let long = format!(
        "Evil\x1b[2J {}",
        "Svært langt navn på en tjeneste ".repeat(5)
    );
    sql(
        &db,
        &format!("UPDATE units SET name = '{long}' WHERE name = '{service}'"),
    );
    let o = terms(dir.path(), &db, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(!text.contains('\x1b'));
    for line in text.lines() {
        assert!(line.width() <= 80, "{}: {line}", line.width());
    }
    // The date, the kind, the region and the year whole; the name cut.
    let line = text.lines().find(|l| l.contains("Evil")).unwrap();
    assert!(line.starts_with("  11.01.2027  Periode slutter"), "{line}");
    assert!(
        line.contains("  HSØ  år 5  ") && line.ends_with('…'),
        "{line}"
    );
    assert!(text.contains("\n              RHF-ene avgjør om nettverket får en ny periode.\n"));

    // A decision already past is marked "!" before its date (not only in the JSON).
    sql(
        &db,
        "UPDATE network_periods SET renewal_state = 'under_evaluering',
                starts_on = '2021-11-01', ends_on = '2026-10-31'
          WHERE id = (SELECT min(id) FROM network_periods)",
    );
    let text = out(&terms(dir.path(), &db, &[]));
    let late: Vec<&str> = text.lines().filter(|l| l.starts_with("! ")).collect();
    assert!(late.iter().any(|l| l.starts_with("! 31.10.2026")), "{text}");

    let o = terms(dir.path(), &db, &["--lang", "en"]);
    let text = out(&o);
    let line = text.lines().find(|l| l.contains("Evil")).unwrap();
    assert!(line.starts_with("  2027-01-11  Term ends"), "{line}");
    assert!(line.contains("  HSØ  year 5  "), "{line}");
    assert!(text.contains("Network year 6"), "{text}");
    assert!(text.contains("              The RHFs decide whether the network gets a new period."));
    assert!(text.contains("Phase-out: recommended tasks to ordinary operation; awaiting"));
    for line in text.lines() {
        assert!(line.width() <= 80, "{line}");
    }
}

#[test]
fn nothing_due_is_exit_one_and_bad_arguments_exit_two() {
    let (dir, db) = setup();
    sql(
        &db,
        "UPDATE network_periods SET renewal_state = 'avsluttet';
         UPDATE units SET status = 'avviklet'
          WHERE term_ends_on IS NOT NULL OR kind = 'regional_kompetanse';",
    );
    let o = terms(dir.path(), &db, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(out(&o), "");
    assert_eq!(
        err(&o).trim(),
        "Ingen perioder slutter og ingen beslutninger forfaller de neste 18 månedene."
    );
    let o = terms(
        dir.path(),
        &db,
        &["--json", "--lang", "en", "--months", "3"],
    );
    assert_eq!((o.status.code(), out(&o).as_str()), (Some(1), "[]\n"));
    assert_eq!(err(&o), "");

    for bad in [
        &["--months", "-1"][..],
        &["--months", "x"],
        &["--months", "601"],
        &["--today", "2026-13-01"],
    ] {
        let o = terms(dir.path(), &db, bad);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        assert_eq!(out(&o), "");
        assert_eq!(err(&o).lines().count(), 1, "{}", err(&o));
    }
    let o = run(dir.path(), &dir.path().join("none.sqlite"), &["terms"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!dir.path().join("none.sqlite").exists());
}

#[test]
fn noncompliant_groups_are_named_with_the_rules_of_show_unit() {
    let (dir, db) = setup();
    let (code, broken) = groups(dir.path(), &db, &["--noncompliant"]);
    assert_eq!(code, Some(0));
    // Every unit that must have a group and has no member recorded is listed as such.
    let no_group: Vec<i64> = broken
        .iter()
        .filter(|u| rules(u) == ["no_groupnull"])
        .map(|u| u["unit_id"].as_i64().unwrap())
        .collect();
    let mut want: Vec<i64> = rusqlite::Connection::open(&db)
        .unwrap()
        .prepare(
            "SELECT id FROM units u WHERE status != 'avviklet' AND kind != 'senter'
               AND NOT EXISTS (SELECT 1 FROM reference_group_members m WHERE m.unit_id = u.id)",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    want.sort_unstable();
    let mut got = no_group.clone();
    got.sort_unstable();
    assert!(!want.is_empty());
    assert_eq!(got, want);
    let flawed: Vec<&serde_json::Value> = broken
        .iter()
        .filter(|u| rules(u) != ["no_groupnull"])
        .collect();
    let by_name = |end: &str| {
        *flawed
            .iter()
            .find(|u| u["unit"].as_str().unwrap().ends_with(end))
            .unwrap_or_else(|| panic!("{end}: {flawed:#?}"))
    };
    // The demo's flawed groups: a missing region, no user representative, a chair
    // from the host region.
    assert_eq!(
        rules(by_name("hyperkolesterolemi")),
        ["missing_region\"HN\""]
    );
    assert_eq!(rules(by_name("kvinnehelse")), ["no_user_repnull"]);
    assert_eq!(
        rules(by_name("medfødte stoffskiftesykdommer")),
        ["chair_from_hostnull"]
    );
    // Six reference groups and one network's members (a flawed one every fourth).
    assert_eq!(flawed.len(), 7, "{flawed:#?}");
    for unit in &broken {
        assert_eq!(
            keys(unit),
            ["breaches", "kind", "members", "region", "unit", "unit_id"]
        );
        let id = unit["unit_id"].as_i64().unwrap().to_string();
        let o = run(dir.path(), &db, &["show", "unit", &id, "--json"]);
        let shown: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(shown["breaches"], unit["breaches"], "{id}");
        assert_eq!(shown["unit_kind"], unit["kind"]);
        assert_eq!(shown["region"], unit["region"]);
    }
    // Without the flag: every group, the compliant ones with no breaches; those are
    // not in the noncompliant list.
    let (code, all) = groups(dir.path(), &db, &[]);
    assert_eq!(code, Some(0));
    assert!(all.len() > broken.len());
    let ok: Vec<&serde_json::Value> = all.iter().filter(|u| rules(u).is_empty()).collect();
    assert_eq!(ok.len(), all.len() - broken.len());
    assert!(
        ok.iter()
            .any(|u| u["unit"].as_str().unwrap().ends_with("sarkomer"))
    );
    for unit in ok {
        assert!(!broken.iter().any(|b| b["unit_id"] == unit["unit_id"]));
    }
}

#[test]
fn groups_plain_fits_and_nothing_is_exit_one() {
    let (dir, db) = setup();
    let o = run(
        dir.path(),
        &db,
        &["--lang", "en", "groups", "--noncompliant"],
    );
    let text = out(&o);
    assert_eq!(o.status.code(), Some(0));
    for line in text.lines() {
        assert!(line.width() <= 80, "{line}");
    }
    let line = text
        .lines()
        .find(|l| l.contains("hyperkolesterolemi"))
        .unwrap();
    assert!(
        line.starts_with("HSØ  ") && line.ends_with("  1 broken"),
        "{line}"
    );
    assert!(
        text.contains("\n     - No member from Helse Nord RHF.\n"),
        "{text}"
    );
    assert!(!text.contains("sarkomer") && !text.contains("follows the rules"));
    let all = out(&run(dir.path(), &db, &["groups"]));
    assert!(
        all.lines()
            .any(|l| l.contains("sarkomer") && l.ends_with("følger reglene"))
    );

    // Every unit that breaks a rule closed: nothing left breaks one.
    let (_, broken) = groups(dir.path(), &db, &["--noncompliant"]);
    let ids: Vec<String> = broken.iter().map(|u| u["unit_id"].to_string()).collect();
    sql(
        &db,
        &format!(
            "UPDATE units SET status = 'avviklet' WHERE id IN ({})",
            ids.join(",")
        ),
    );
    let o = run(dir.path(), &db, &["groups", "--noncompliant"]);
    assert_eq!((o.status.code(), out(&o).as_str()), (Some(1), ""));
    assert_eq!(
        err(&o).trim(),
        "Alle registrerte referansegrupper følger reglene."
    );
    assert_eq!(run(dir.path(), &db, &["groups"]).status.code(), Some(0));
    // No group and no unit that needs one: nothing to list.
    sql(&db, "DELETE FROM reference_group_members");
    sql(
        &db,
        "UPDATE units SET status = 'avviklet' WHERE kind != 'senter'",
    );
    let o = run(dir.path(), &db, &["--lang", "en", "groups"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(err(&o).trim(), "No reference group is recorded.");
    let o = run(dir.path(), &db, &["groups", "--json"]);
    assert_eq!((o.status.code(), out(&o).as_str()), (Some(1), "[]\n"));
    let o = run(dir.path(), &db, &["groups", "--bogus"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn both_lookups_do_not_wait_for_a_writer() {
    let (dir, db) = setup();
    let writer = rusqlite::Connection::open(&db).unwrap();
    writer.execute_batch("BEGIN EXCLUSIVE").unwrap();
    writer
        .execute("DELETE FROM reference_group_members", [])
        .unwrap();
    let start = Instant::now();
    assert_eq!(terms(dir.path(), &db, &[]).status.code(), Some(0));
    let o = run(dir.path(), &db, &["groups", "--noncompliant"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(start.elapsed() < Duration::from_secs(5));
    writer.execute_batch("ROLLBACK").unwrap();
}
