//! `irf ern` and the memberships in `irf show unit`, run as the real binary on the demo
//! of 23 November 2026: the listing by network, then HF, with its flags; `--json`'s
//! fields; `--flagged`; and the exit codes (0 listed, 1 nothing, 2 a usage error).

use super::support::cli::{demo_of_day, err, json_array, keys, on_day, out, run};
use super::support::db::temp_db;

#[test]
fn ern_lists_memberships_by_network_with_their_flags() {
    let (dir, db) = demo_of_day();
    let o = on_day(dir.path(), &db, "ern", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(
        text.starts_with("ERN EURACAN\n  Oslo universitetssykehus HF · fullverdig medlem fra "),
        "{text}"
    );
    assert!(
        text.contains("    ! statusen er fra 01.03.2017, over 5 år siden: bekreft den"),
        "{text}"
    );
    assert!(text.contains("ERN LUNG\n"), "{text}");
    assert!(text.contains("    ! ingen nasjonal koordinator"), "{text}");
    assert!(text.contains("MetabERN\n  Helse Bergen HF"), "{text}");
    let networks: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.is_empty())
        .collect();
    assert_eq!(
        &networks[..networks.len() - 1],
        [
            "ERN EURACAN",
            "ERN EuroBloodNet",
            "ERN LUNG",
            "ERN PaedCan",
            "ERN ReCONNET",
            "MetabERN"
        ]
    );
    assert!(
        text.ends_with("7 medlemskap i 6 nettverk; 2 flagget.\n"),
        "{text}"
    );
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
    // Only the flagged, in English.
    let o = on_day(dir.path(), &db, "ern", &["--flagged"]);
    let o2 = run(
        dir.path(),
        &db,
        &["--lang", "en", "ern", "--today", "2026-11-23", "--flagged"],
    );
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o2);
    assert!(
        text.ends_with("2 memberships in 2 networks; 2 flagged.\n"),
        "{text}"
    );
    assert!(text.contains("! no national coordinator"), "{text}");
}

#[test]
fn ern_json_has_the_documented_fields() {
    let (dir, db) = demo_of_day();
    let o = on_day(dir.path(), &db, "ern", &["--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let all = json_array(&o);
    assert_eq!(all.len(), 7);
    assert_eq!(
        keys(&all[0]),
        [
            "coordinator",
            "coordinator_id",
            "ends_on",
            "ern",
            "flags",
            "health_trust",
            "hf_region",
            "id",
            "known",
            "note",
            "starts_on",
            "status",
            "unit",
            "unit_id",
            "unit_region"
        ]
    );
    let lung = all.iter().find(|m| m["ern"] == "ERN LUNG").unwrap();
    assert_eq!(lung["status"], "sokt");
    assert_eq!(lung["known"], true);
    assert_eq!(lung["coordinator"], serde_json::Value::Null);
    assert_eq!(lung["flags"][0]["rule"], "no_coordinator");
    assert_eq!(lung["flags"][0]["text"], "ingen nasjonal koordinator");
    let left = all.iter().find(|m| m["status"] == "utmeldt").unwrap();
    assert!(left["ends_on"].is_string());
    assert_eq!(left["flags"], serde_json::json!([]));
}

#[test]
fn exit_codes_follow_the_other_lookups() {
    let (dir, db) = temp_db();
    // A fresh file holds no memberships: 1, with a sentence (plain) or [] (JSON).
    drop(irf::store::Store::open(&db, irf::store::OpenMode::ReadWrite).unwrap());
    let o = run(dir.path(), &db, &["ern"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(err(&o), "Ingen ERN-medlemskap er registrert.\n");
    let o = run(dir.path(), &db, &["ern", "--json"]);
    assert_eq!((o.status.code(), out(&o).as_str()), (Some(1), "[]\n"));
    // A usage error or a missing file: 2.
    let o = run(dir.path(), &db, &["ern", "--bogus"]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    let missing = dir.path().join("none.sqlite");
    let o = run(dir.path(), &missing, &["ern"]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
}

#[test]
fn show_unit_lists_its_memberships_plain_and_json() {
    let (dir, db) = demo_of_day();
    let o = run(dir.path(), &db, &["show", "unit", "sarkomer"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(text.contains("ERN-medlemskap"), "{text}");
    assert!(
        text.contains("- ERN EURACAN – Oslo universitetssykehus HF – fullverdig\n"),
        "{text}"
    );
    assert!(text.contains("! statusen er fra 01.03.2017"), "{text}");
    let o = run(dir.path(), &db, &["show", "unit", "sarkomer", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let erns = v["ern_memberships"].as_array().unwrap();
    assert_eq!(erns.len(), 1);
    assert_eq!(erns[0]["ern"], "ERN EURACAN");
    assert_eq!(erns[0]["flags"][0]["rule"], "status_old");
    // A unit without memberships has an empty list.
    let o = run(dir.path(), &db, &["show", "unit", "døvblinde", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["ern_memberships"], serde_json::json!([]));
}
