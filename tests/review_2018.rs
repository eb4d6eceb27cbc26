//! The 2018 review of the 49 national competence services, entered as a user would:
//! the units, their annual reports for 2017 (received early 2018), the review's answers
//! for 2017, then `irf summary --year 2017`. The review read the 2017 reports, so that
//! is the report year; ages count to the review year 2018. The checklist K01–K18 is
//! valid from 2018, and as the kind's earliest list it also governs 2017.
//!
//! The figures asserted are those printed in the review (see the seeds): the Ja/Nei
//! table (the published table has no row for K16, so the fixture leaves it open), the
//! combinations (K09∧K11: 9, K09∧K11∧K13: 6 named services, one of them also with
//! K08), ages median 11 and mean 10,7, and FTE bins 4/16/11/8/9/1 with median 3,4,
//! mean 6,9 and 5,2 without the largest (87). Services the review does not name are
//! "fagområde 30" … "fagområde 49" in the fixture.

mod support;

use std::path::{Path, PathBuf};

use support::cli::{err, out, run};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/review_2018")
        .join(name)
}

/// A fresh database with the review entered through the three documented imports.
fn entered() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("irf.sqlite");
    for (kind, file, year) in [
        ("units", "units.csv", None),
        ("reports", "reports_2017.csv", Some("2017")),
        ("reviews", "reviews_2017.csv", Some("2017")),
    ] {
        let file = fixture(file);
        let mut args = vec!["import", kind, file.to_str().unwrap()];
        if let Some(year) = year {
            args.extend(["--year", year]);
        }
        let o = run(dir.path(), &db, &args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}{}", out(&o), err(&o));
        assert!(out(&o).contains("49"), "{args:?}: {}", out(&o));
    }
    (dir, db)
}

/// `irf summary --year 2017 --json [--items ITEMS]`.
fn summary(dir: &Path, db: &Path, items: Option<&str>) -> serde_json::Value {
    let mut args = vec!["summary", "--year", "2017", "--json"];
    if let Some(items) = items {
        args.extend(["--items", items]);
    }
    let o = run(dir, db, &args);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn the_2018_review_comes_out_as_published() {
    let (dir, db) = entered();
    let v = summary(dir.path(), &db, None);
    assert_eq!(v["year"], 2017);
    assert_eq!(v["reports"], 49);
    // (code, Ja, Nei) as printed in the review; K16 is not in its table.
    let published: [(&str, u64, u64); 17] = [
        ("K01", 49, 0),
        ("K02", 45, 4),
        ("K03", 21, 28),
        ("K04", 24, 25),
        ("K05", 49, 0),
        ("K06", 48, 1),
        ("K07", 48, 1),
        ("K08", 4, 45),
        ("K09", 25, 24),
        ("K10", 2, 47),
        ("K11", 13, 36),
        ("K12", 2, 47),
        ("K13", 12, 37),
        ("K14", 9, 40),
        ("K15", 20, 29),
        ("K17", 37, 12),
        ("K18", 49, 0),
    ];
    let items = v["items"].as_array().unwrap();
    assert_eq!(items.len(), 18, "the K01–K18 list");
    for (code, ja, nei) in published {
        let i = items.iter().find(|i| i["code"] == code).unwrap();
        assert_eq!(
            (
                i["ja"].as_u64(),
                i["nei"].as_u64(),
                i["unanswered"].as_u64()
            ),
            (Some(ja), Some(nei), Some(0)),
            "{code}"
        );
    }
    let k16 = items.iter().find(|i| i["code"] == "K16").unwrap();
    assert_eq!(k16["unanswered"], 49);

    let p = &v["portfolio"];
    assert_eq!(p["units"], 49);
    assert_eq!(p["age"]["median"], 11.0);
    assert!((p["age"]["mean"].as_f64().unwrap() - 10.7).abs() < 0.05);
    assert_eq!(
        (p["age"]["oldest"].as_i64(), p["age"]["youngest"].as_i64()),
        (Some(27), Some(1))
    );
    let fte = &p["fte"];
    assert_eq!(fte["median"], 3.4);
    assert!((fte["mean"].as_f64().unwrap() - 6.9).abs() < 0.05);
    assert_eq!(fte["largest"], 87.0);
    assert!((fte["mean_without_largest"].as_f64().unwrap() - 5.2).abs() < 0.05);
    let bins: Vec<u64> = fte["bins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["units"].as_u64().unwrap())
        .collect();
    assert_eq!(bins, [4, 16, 11, 8, 9, 1]);
}

#[test]
fn the_combinations_are_those_the_review_names() {
    let (dir, db) = entered();
    let count = |items: &str| summary(dir.path(), &db, Some(items))["combination"]["count"].clone();
    assert_eq!(count("K09,K11"), 9);
    let v = summary(dir.path(), &db, Some("K09 K11 K13"));
    let names: Vec<&str> = v["combination"]["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap())
        .collect();
    let six = [
        "amming",
        "funksjonell MRI",
        "hjemmerespiratorbehandling",
        "hyperkolesterolemi",
        "læring og mestring",
        "solide svulster hos barn",
    ]
    .map(|t| format!("Nasjonal kompetansetjeneste for {t}"));
    assert_eq!(names, six);
    let v = summary(dir.path(), &db, Some("K08,K09,K11,K13"));
    assert_eq!(v["combination"]["count"], 1);
    assert_eq!(
        v["combination"]["units"][0]["name"],
        "Nasjonal kompetansetjeneste for hyperkolesterolemi"
    );
}

#[test]
fn the_plain_summary_prints_the_published_figures() {
    let (dir, db) = entered();
    let o = run(dir.path(), &db, &["summary", "--year", "2017"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    for line in [
        "K09        25     24      0      0      0  Er det fastsatt resultatmål",
        "Alder (år): median 11,0, snitt 10,7 (49 med godkjenningsår)",
        "Årsverk: median 3,4, snitt 6,9, uten største (87,0) 5,2",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
}

#[test]
fn the_review_form_uses_the_earliest_checklist_for_2017() {
    let (_dir, db) = entered();
    let mut store = irf::store::Store::open(&db, irf::store::OpenMode::ReadWrite).unwrap();
    let id: i64 = support::db::raw(&db)
        .query_row(
            "SELECT r.id FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE u.name LIKE '%sarkomer' AND r.year = 2017",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let review = store.review(id).unwrap();
    assert_eq!(review.year, 2017);
    assert_eq!(
        review.checklist.as_deref(),
        Some("Gjennomgang av kompetansetjenester (K01–K18)")
    );
    assert_eq!(review.items.len(), 18);
    let k16 = review.items.iter().find(|i| i.code == "K16").unwrap();
    store
        .save_answer(
            id,
            review.version,
            "K16",
            k16.version,
            Some(irf::domain::Answer::Nei),
            "Ingen plan i årsrapporten.",
        )
        .unwrap();
    let again = store.review(id).unwrap();
    let k16 = again.items.iter().find(|i| i.code == "K16").unwrap();
    assert_eq!(k16.answer, Some(irf::domain::Answer::Nei));
}
