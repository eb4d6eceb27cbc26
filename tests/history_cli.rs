//! `irf history`: names resolved as `irf show` resolves them (a report by its unit's
//! name and year), plain lines within 80 columns in the UI's words, the JSON shape,
//! a deleted record's history by id, and the exit codes 0 (shown), 1 (unknown or
//! several) and 2 (an error).

mod support;

use std::path::Path;

use irf::domain::{Answer, follow_up};
use irf::store::Store;

use support::cli::{err, out, run};
use support::db::{demo_store, raw, temp_db};

/// A demo database where Kari answered, followed up and finished report `id`, and
/// deleted a contact; returns (report id, its unit's name, its year, deleted contact).
fn worked_on(path: &Path) -> (i64, String, i32, i64) {
    let mut store: Store = demo_store(path);
    store.set_user("kari");
    let (id, unit, year, v): (i64, String, i32, i64) = raw(path)
        .query_row(
            "SELECT r.id, u.name, r.year, r.version FROM annual_reports r
               JOIN units u ON u.id = r.unit_id
              WHERE r.status = 'mottatt' AND u.kind = 'kompetanse' ORDER BY r.id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    let saved = store
        .save_answer(id, v, "K09", 0, Some(Answer::Delvis), "Mål uten frist")
        .unwrap();
    let item = follow_up(
        "Fastsett frist for målene",
        "HMN",
        "01.04.2027",
        Some("K10"),
    )
    .unwrap();
    let (_, saved) = store
        .add_follow_up(id, saved.report_version, &item)
        .unwrap();
    store.finish_review(id, saved.report_version).unwrap();
    let (_, cv) = store.contact(9).unwrap();
    store.delete_contact(9, cv).unwrap();
    (id, unit, year, 9)
}

#[test]
fn a_report_by_its_units_name_and_year_in_plain_lines() {
    let (dir, path) = temp_db();
    let (_, unit, year, _) = worked_on(&path);
    let key = format!("{unit} {year}");
    let o = run(dir.path(), &path, &["history", "report", &key]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(text.starts_with("Historikk for årsrapport: "), "{text}");
    assert!(text.contains("Status: under vurdering → "), "{text}");
    assert!(text.contains("Svar: Delvis"), "{text}");
    assert!(text.contains("Frist: 01.04.2027"), "{text}");
    assert!(
        text.contains("Ansvarlig region: Helse Midt-Norge RHF"),
        "{text}"
    );
    assert!(!text.contains('{') && !text.contains('"'), "{text}");
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80),
        "{text}"
    );
    let o = run(
        dir.path(),
        &path,
        &["--lang", "en", "history", "report", &key, "--limit", "1"],
    );
    let text = out(&o);
    assert!(text.starts_with("History of annual report: "), "{text}");
    assert!(text.contains("There are older changes"), "{text}");
}

#[test]
fn the_json_is_one_object_with_every_entry_and_its_fields() {
    let (dir, path) = temp_db();
    let (id, _, _, _) = worked_on(&path);
    let o = run(
        dir.path(),
        &path,
        &["history", "report", &id.to_string(), "--json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["kind"], "report");
    assert_eq!(json["id"], id);
    assert_eq!(json["exists"], true);
    assert_eq!(json["more"], false);
    assert!(json["title"].as_str().unwrap().len() > 4);
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(
        entries.len(),
        4,
        "answer, its status move, follow-up, finish: {json:#}"
    );
    for e in entries {
        for key in [
            "id",
            "write",
            "at",
            "user",
            "person",
            "region",
            "entity",
            "entity_id",
            "action",
            "subject",
            "undoes",
            "changes",
            "lines",
        ] {
            assert!(e.get(key).is_some(), "{key} in {e}");
        }
        assert_eq!(e["user"], "kari");
        assert!(e["at"].as_str().unwrap().ends_with('Z'));
        for c in e["changes"].as_array().unwrap() {
            assert!(c.get("field").is_some() && c.get("old").is_some() && c.get("new").is_some());
        }
    }
    let ids: Vec<i64> = entries.iter().map(|e| e["id"].as_i64().unwrap()).collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first");
    let answer = entries
        .iter()
        .find(|e| e["entity"] == "report_answer")
        .unwrap();
    assert_eq!(answer["subject"], "K09");
    assert_eq!(answer["changes"][0]["field"], "answer");
    assert_eq!(answer["changes"][0]["new"], "delvis");
    // The answer's write also moved the report: one write id for both rows.
    let moved = entries
        .iter()
        .find(|e| e["entity"] == "annual_report" && e["write"] == answer["write"])
        .expect("the status row of the same write");
    assert_eq!(moved["changes"][0]["old"], "mottatt");
}

#[test]
fn a_deleted_contact_shows_its_history_by_id() {
    let (dir, path) = temp_db();
    let (_, _, _, contact) = worked_on(&path);
    let o = run(
        dir.path(),
        &path,
        &["history", "contact", &contact.to_string()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(
        text.lines().next().unwrap().ends_with("(slettet)"),
        "{text}"
    );
    assert!(text.contains("Kontakt: slettet"), "{text}");
    let o = run(
        dir.path(),
        &path,
        &["history", "contact", &contact.to_string(), "--json"],
    );
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["exists"], false);
}

#[test]
fn unknown_ambiguous_and_bad_lookups_have_their_exit_codes() {
    let (dir, path) = temp_db();
    worked_on(&path);
    let o = run(dir.path(), &path, &["history", "contact", "99999"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("Fant ingen kontakt med id 99999."),
        "{}",
        err(&o)
    );
    let o = run(
        dir.path(),
        &path,
        &["history", "contact", "99999", "--json"],
    );
    assert_eq!((o.status.code(), out(&o).trim()), (Some(1), "[]"));
    let o = run(
        dir.path(),
        &path,
        &["--lang", "en", "history", "application", "zzzz qqqq"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("No application matches"), "{}", err(&o));
    let o = run(dir.path(), &path, &["history", "unit", "nasjonal"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("irf history unit ID"), "{}", err(&o));
    let o = run(dir.path(), &path, &["history", "case", "41/26"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "a case by its number: {}",
        err(&o)
    );
    let o = run(dir.path(), &path, &["history", "meeting", "1"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = run(dir.path(), &path, &["history", "unit", "1", "--limit", "0"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(
        dir.path(),
        &dir.path().join("missing.sqlite"),
        &["history", "unit", "1"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!err(&o).is_empty());
}
