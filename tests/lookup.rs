//! The shell lookups (`irf find`, `irf contacts`, `irf show`) run as the real binary
//! against a demo database: plain, JSON and CSV output, exit codes, folding, literal
//! search text, escape sequences, bad input, read-only opening and the 80-column limit.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use irf::domain::{Code, ContactRole, Region};
use irf::store::{ContactEdit, OpenMode, Store};
use support::cli::{err, keys, out, run};
use unicode_width::UnicodeWidthStr;

#[path = "lookup/show.rs"]
mod show;
mod support;

const ESC_NAME: &str = "Mal\x1b[2Jice Escape";

/// A demo database in `dir` with a few contacts added for the edge cases.
fn demo_db(dir: &Path) -> PathBuf {
    let path = dir.join("irf.sqlite");
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    store.seed_demo(&irf::demo::plan(today)).unwrap();
    let add = |store: &mut Store, name: &str, org: &str, region: Option<Region>, email: &str| {
        store
            .insert_contact(&ContactEdit {
                name: name.into(),
                organisation: org.into(),
                region,
                email: email.into(),
                phone: "+47 77 62 60 00".into(),
            })
            .unwrap()
    };
    add(
        &mut store,
        ESC_NAME,
        "Evil\x1b]0;t\x07 Org",
        None,
        "mal@x.example",
    );
    add(
        &mut store,
        "Ståle Nordnes",
        "UNN Tromsø",
        Some(Region::Hn),
        "",
    );
    add(
        &mut store,
        "Ola \"Wild*Card?\" [x]",
        "Helse, Nord",
        Some(Region::Hn),
        "",
    );
    let long = "Langnavn ".repeat(20);
    let id = add(&mut store, &long, &"Org ".repeat(40), Some(Region::Hv), "");
    drop(store);
    // A second role, to see roles joined in CSV and listed in JSON.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "INSERT INTO contact_roles (contact_id, role) VALUES (?1, 'arbeidsgruppe'), (?1, 'fagdirektor')",
        [id],
    )
    .unwrap();
    path
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(o)))
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let db = demo_db(home.path());
    (home, db)
}

fn assert_fits(text: &str) {
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
}

#[test]
fn find_in_plain_json_and_csv() {
    let (home, db) = setup();
    let o = run(home.path(), &db, &["find", "sarkom"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).starts_with("Tjeneste  "), "{}", out(&o));
    assert!(out(&o).contains("Nasjonal kompetansetjeneste for sarkomer"));
    let o = run(home.path(), &db, &["--lang", "en", "find", "sarkom"]);
    assert!(out(&o).starts_with("Unit  "), "{}", out(&o));

    let o = run(home.path(), &db, &["find", "sarkom", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let hits = json(&o);
    let first = &hits.as_array().unwrap()[0];
    assert_eq!(keys(first), ["id", "kind", "title"]);
    assert_eq!(first["kind"], "unit");
    assert!(first["id"].as_i64().unwrap() > 0);

    let o = run(home.path(), &db, &["find", "sarkom", "--csv"]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("kind,id,title"));
    assert!(lines.next().unwrap().starts_with("unit,"), "{text}");

    // Several words are one text; --limit caps the hits.
    let o = run(
        home.path(),
        &db,
        &["find", "kompetansetjeneste", "for", "sarkomer"],
    );
    assert_eq!(out(&o).lines().count(), 1, "{}", out(&o));
    let o = run(home.path(), &db, &["find", "nasjonal", "--limit", "3"]);
    assert_eq!(out(&o).lines().count(), 3);
}

#[test]
fn nothing_found_is_exit_code_1() {
    let (home, db) = setup();
    let o = run(home.path(), &db, &["find", "zzqqxx"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(out(&o), "");
    assert!(err(&o).contains("Ingen treff for «zzqqxx»"), "{}", err(&o));
    let o = run(home.path(), &db, &["find", "zzqqxx", "--json"]);
    assert_eq!((o.status.code(), out(&o).trim()), (Some(1), "[]"));
    assert_eq!(err(&o), "");
    let o = run(home.path(), &db, &["find", "zzqqxx", "--csv"]);
    assert_eq!(
        (o.status.code(), out(&o).as_str()),
        (Some(1), "kind,id,title\n")
    );
    let o = run(home.path(), &db, &["contacts", "zzqqxx", "--csv"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(out(&o), "id,name,organisation,region,roles,email,phone\n");
    let o = run(home.path(), &db, &["contacts", "zzqqxx"]);
    assert_eq!((o.status.code(), out(&o).as_str()), (Some(1), ""));
    assert_eq!(err(&o).lines().count(), 1);
}

#[test]
fn folding_finds_norwegian_letters_typed_without_them() {
    let (home, db) = setup();
    let o = run(home.path(), &db, &["find", "tromso"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("Ståle Nordnes"), "{}", out(&o));
    let o = run(home.path(), &db, &["contacts", "SAETHER"]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    assert!(text.lines().skip(1).all(|l| l.contains("Sæther")), "{text}");
    let o = run(home.path(), &db, &["contacts", "--region", "hn", "TROMSØ"]);
    let text = out(&o);
    assert!(text.lines().count() >= 2, "{text}");
    assert!(
        text.lines()
            .skip(1)
            .all(|l| l.starts_with("HN") && l.contains("Tromsø")),
        "{text}"
    );
}

#[test]
fn one_or_two_letters_match_word_starts_as_in_the_panes() {
    let (home, db) = setup();
    // "ae" is inside Sæther and Engebråten, and starts the word Ærlend.
    let o = run(home.path(), &db, &["contacts", "ae", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let rows = json(&o);
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    for c in rows {
        let text = ["name", "organisation", "email", "phone"]
            .iter()
            .map(|k| c[*k].as_str().unwrap_or_default())
            .collect::<Vec<_>>()
            .join(" ");
        let roles = c["roles"].to_string();
        assert!(
            irf::domain::fold(&format!("{text} {roles}"))
                .split([' ', '"'])
                .any(|w| w.starts_with("ae")),
            "{c}"
        );
    }
    let o = run(home.path(), &db, &["show", "contact", "ae"]);
    assert!(out(&o).contains("Ærlend"), "{}", out(&o));
    assert!(!out(&o).contains("Sæther"), "{}", out(&o));
}

#[test]
fn quotes_and_wildcards_are_searched_literally() {
    let (home, db) = setup();
    // As a pattern, d*c would match most records.
    let o = run(home.path(), &db, &["find", "d*c", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let hits = json(&o);
    let hits = hits.as_array().unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0]["title"], "Ola \"Wild*Card?\" [x]");
    for text in ["\"Wild*", "card?\"", "[x]"] {
        let o = run(home.path(), &db, &["find", text]);
        assert_eq!(o.status.code(), Some(0), "{text}");
        assert_eq!(out(&o).lines().count(), 1, "{text}: {}", out(&o));
    }
    for text in [
        "s?rkom", "sar*om", "[s]arkom", "%", "_", "%%%", "___", "sarkom'",
    ] {
        let o = run(home.path(), &db, &["find", text]);
        assert_eq!(o.status.code(), Some(1), "{text}: {}", out(&o));
    }
}

#[test]
fn escape_sequences_never_reach_the_terminal() {
    let (home, db) = setup();
    for args in [
        &["find", "escape"][..],
        &["find", "escape", "--csv"],
        &["contacts", "escape"],
        &["contacts", "escape", "--csv"],
        &["contacts"],
        &["show", "contact", "escape"],
    ] {
        let o = run(home.path(), &db, args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", err(&o));
        assert!(!o.stdout.contains(&0x1b), "{args:?}: {}", out(&o));
        assert!(!o.stdout.contains(&0x07), "{args:?}");
        assert!(
            out(&o).contains("Mal\u{FFFD}[2Jice"),
            "{args:?}: {}",
            out(&o)
        );
    }
    // JSON keeps the text as stored, escaped.
    let o = run(home.path(), &db, &["contacts", "escape", "--json"]);
    assert!(!o.stdout.contains(&0x1b));
    assert!(out(&o).contains("\\u001b[2J"), "{}", out(&o));
    assert_eq!(json(&o)[0]["name"], ESC_NAME);
    // A search text with control characters is not echoed raw either.
    let o = run(home.path(), &db, &["find", "zz\x1b[2Jqq"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!o.stderr.contains(&0x1b), "{}", err(&o));
    let o = run(home.path(), &db, &["contacts", "--region", "\x1b[2J"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!o.stderr.contains(&0x1b), "{}", err(&o));
}

#[test]
fn bad_input_is_exit_code_2_with_one_line() {
    let (home, db) = setup();
    let huge = "a".repeat(5000);
    let cases: [(&[&str], &str); 7] = [
        (&["find", ""], "tom"),
        (&["find", " \t "], "tom"),
        (&["find"], "tom"),
        (&["find", &huge], "for lang"),
        (&["contacts", &huge], "for lang"),
        (&["show", "unit", ""], "tom"),
        (&["find", "x", "--json", "--csv"], "--csv"),
    ];
    for (args, says) in cases {
        let o = run(home.path(), &db, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(out(&o), "", "{args:?}");
        let e = err(&o);
        assert_eq!(e.lines().count(), 1, "{args:?}: {e}");
        assert!(e.starts_with("irf: ") && e.contains(says), "{args:?}: {e}");
    }
}

#[test]
fn regions_and_roles_are_checked() {
    let (home, db) = setup();
    let o = run(home.path(), &db, &["contacts", "--region", "XX"]);
    assert_eq!(o.status.code(), Some(2));
    let e = err(&o);
    for code in ["HSØ", "HV", "HMN", "HN", "«XX»"] {
        assert!(e.contains(code), "{code}: {e}");
    }
    let o = run(
        home.path(),
        &db,
        &["--lang", "en", "contacts", "--role", "boss"],
    );
    assert_eq!(o.status.code(), Some(2));
    let e = err(&o);
    assert!(e.contains("unknown role"), "{e}");
    for role in ContactRole::all().into_iter().map(Code::code) {
        assert!(e.contains(role), "{role}: {e}");
    }
    // HSO is HSØ; a role may be typed with æøå and capitals.
    let o = run(home.path(), &db, &["contacts", "--region", "hso", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let rows = json(&o);
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|c| c["region"] == "HSØ")
    );
    let o = run(
        home.path(),
        &db,
        &["contacts", "--role", "Fagdirektør", "--json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let rows = json(&o);
    assert!(rows.as_array().unwrap().iter().all(|c| {
        c["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "fagdirektor")
    }));
}

#[test]
fn contacts_in_plain_json_and_csv() {
    let (home, db) = setup();
    let o = run(home.path(), &db, &["contacts"]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    assert!(text.starts_with("Region  Navn"), "{text}");
    // Region order HSØ, HV, HMN, HN, then none.
    let order = ["HSØ", "HV", "HMN", "HN"];
    let ranks: Vec<usize> = text
        .lines()
        .skip(1)
        .map(|l| {
            order
                .iter()
                .position(|r| l.starts_with(&format!("{r} ")))
                .unwrap_or(4)
        })
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{text}");
    assert_fits(&text);

    let o = run(home.path(), &db, &["contacts", "langnavn", "--json"]);
    let rows = json(&o);
    let row = &rows[0];
    assert_eq!(
        keys(row),
        [
            "email",
            "id",
            "name",
            "organisation",
            "phone",
            "region",
            "roles"
        ]
    );
    assert_eq!(row["region"], "HV");
    assert_eq!(
        row["roles"],
        serde_json::json!(["arbeidsgruppe", "fagdirektor"])
    );

    let o = run(home.path(), &db, &["contacts", "langnavn", "--csv"]);
    let text = out(&o);
    assert!(text.contains(",HV,arbeidsgruppe;fagdirektor,"), "{text}");
    let o = run(home.path(), &db, &["contacts", "wild", "--csv"]);
    let text = out(&o);
    assert!(
        text.contains(",\"Ola \"\"Wild*Card?\"\" [x]\",\"Helse, Nord\",HN,,,"),
        "{text}"
    );
}

#[test]
fn plain_output_fits_80_columns() {
    let (home, db) = setup();
    for lang in ["nb", "en"] {
        for args in [
            &["find", "langnavn"][..],
            &["find", "nasjonal", "--limit", "200"],
            &["contacts"],
            &["show", "contact", "langnavn"],
            &["show", "unit", "1"],
            &["show", "case", "41/26"],
            &["show", "unit", "nasjonal"],
        ] {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let o = run(home.path(), &db, &all);
            assert!(o.status.code().unwrap() < 2, "{all:?}: {}", err(&o));
            assert!(!out(&o).is_empty(), "{all:?}");
            assert_fits(&out(&o));
        }
    }
    let o = run(home.path(), &db, &["contacts", "langnavn"]);
    assert!(out(&o).contains('…'), "long fields are cut: {}", out(&o));
}

#[test]
fn lookups_open_the_database_read_only() {
    let (home, db) = setup();
    let before = std::fs::metadata(&db).unwrap();
    for args in [
        &["find", "sarkom"][..],
        &["contacts", "--json"],
        &["show", "unit", "1"],
    ] {
        let o = run(home.path(), &db, args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
    }
    let after = std::fs::metadata(&db).unwrap();
    assert_eq!(before.len(), after.len());
    assert_eq!(before.modified().unwrap(), after.modified().unwrap());

    // A missing file is an error, and is not created.
    let missing = home.path().join("none.sqlite");
    let o = run(home.path(), &missing, &["find", "sarkom"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(err(&o).lines().count(), 1);
    assert!(err(&o).contains("none.sqlite"), "{}", err(&o));
    let names: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| !n.starts_with("irf.sqlite"))
        .collect();
    assert!(names.is_empty(), "created {names:?}");

    // Not a database, or an empty file: exit code 2, file untouched.
    let junk = home.path().join("junk.sqlite");
    std::fs::write(&junk, "not a database at all, just text ".repeat(50)).unwrap();
    let empty = home.path().join("empty.sqlite");
    std::fs::write(&empty, "").unwrap();
    for file in [&junk, &empty] {
        let size = std::fs::metadata(file).unwrap().len();
        let o = run(home.path(), file, &["find", "x"]);
        assert_eq!(o.status.code(), Some(2), "{file:?}");
        assert_eq!(err(&o).lines().count(), 1, "{}", err(&o));
        assert_eq!(std::fs::metadata(file).unwrap().len(), size);
    }
}

#[test]
fn lookups_do_not_wait_for_a_writer() {
    let (home, db) = setup();
    let writer = rusqlite::Connection::open(&db).unwrap();
    writer.execute_batch("BEGIN EXCLUSIVE").unwrap();
    writer
        .execute("UPDATE contacts SET phone = '1' WHERE id = 1", [])
        .unwrap();
    let start = Instant::now();
    let o = run(home.path(), &db, &["find", "sarkom"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let o = run(home.path(), &db, &["show", "contact", "1", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_ne!(json(&o)["phone"], "1", "uncommitted writes are not seen");
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    writer.execute_batch("ROLLBACK").unwrap();
}
