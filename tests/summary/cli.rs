//! `irf summary`: the JSON keys are pinned (README.md, "Season summary"), the figures
//! are the hand-made ones, plain text fits 80 columns, bad item codes are refused.

use super::portfolio_db;
use super::support::cli::{err, keys, out, run};

#[test]
fn json_has_stable_keys_and_the_hand_made_figures() {
    let (dir, path) = portfolio_db();
    let o = run(
        dir.path(),
        &path,
        &["summary", "--year", "2025", "--json", "--items", "k09,K11"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        keys(&v),
        [
            "combination",
            "items",
            "kind",
            "portfolio",
            "progress",
            "reports",
            "year"
        ]
    );
    assert_eq!(v["year"], 2025);
    assert_eq!(v["kind"], "kompetanse");
    assert_eq!(v["reports"], 5);
    let k09 = &v["items"][8];
    assert_eq!(
        keys(k09),
        [
            "code",
            "delvis",
            "ikke_relevant",
            "ja",
            "nei",
            "question_en",
            "question_nb",
            "unanswered"
        ]
    );
    assert_eq!(k09["code"], "K09");
    assert_eq!(
        (k09["ja"].as_u64(), k09["nei"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(k09["ikke_relevant"], 1);
    assert_eq!(k09["unanswered"], 0);
    let p = &v["portfolio"];
    assert_eq!(keys(p), ["age", "fte", "units"]);
    assert_eq!(
        keys(&p["age"]),
        ["count", "mean", "median", "oldest", "youngest"]
    );
    assert_eq!(
        keys(&p["fte"]),
        [
            "bins",
            "count",
            "largest",
            "mean",
            "mean_without_largest",
            "median"
        ]
    );
    assert_eq!(p["age"]["median"], 17.0);
    assert_eq!(p["fte"]["mean_without_largest"], 4.375);
    let bins: Vec<(String, u64)> = p["fte"]["bins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["label"].as_str().unwrap().to_string(),
                b["units"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(bins[0], ("<1.5".to_string(), 1));
    assert_eq!(bins[3], ("5–10".to_string(), 0));
    assert_eq!(bins[5], (">20".to_string(), 1));
    assert_eq!(keys(&p["fte"]["bins"][5]), ["from", "label", "to", "units"]);
    assert!(p["fte"]["bins"][5]["to"].is_null());
    assert_eq!(keys(&v["progress"][0]), ["region", "reviewed", "total"]);
    assert_eq!(v["progress"][3]["region"], "HN");
    assert_eq!(v["progress"][3]["total"], 2);
    let c = &v["combination"];
    assert_eq!(keys(c), ["count", "items", "units"]);
    assert_eq!(c["items"], serde_json::json!(["K09", "K11"]));
    assert_eq!(c["count"], 2);
    assert_eq!(
        c["units"][0],
        serde_json::json!({ "id": 1, "name": "Amming" })
    );
    // Without --items there is no combination key.
    let o = run(dir.path(), &path, &["summary", "--year", "2025", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.get("combination").is_none());
}

#[test]
fn plain_text_fits_80_columns() {
    let (dir, path) = portfolio_db();
    let o = run(
        dir.path(),
        &path,
        &["summary", "--year", "2025", "--items", "K09 K11 K13"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    for line in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "{line}");
    }
    assert!(text.starts_with("Sesongoppsummering 2025\n"), "{text}");
    assert!(
        text.contains("K09         3      1      0      1      0  Er det fastsatt"),
        "{text}"
    );
    assert!(
        text.contains(&format!("HMN {} 0/1\n", "░".repeat(40))),
        "{text}"
    );
    assert!(
        text.contains(&format!("HSØ {} 2/2\n", "█".repeat(40))),
        "{text}"
    );
    assert!(
        text.contains("Alder (år): median 17,0, snitt 18,2 (5 med godkjenningsår)"),
        "{text}"
    );
    assert!(
        text.contains("1 tjenester svarer ja på K09 ∧ K11 ∧ K13\n- Amming\n"),
        "{text}"
    );
    let o = run(
        dir.path(),
        &path,
        &["--lang", "en", "summary", "--year", "2025"],
    );
    assert!(out(&o).contains("FTE: median 3.0, mean 20.9, without the largest (87.0) 4.4"));
}

#[test]
fn bad_item_codes_are_refused_and_no_unit_is_exit_1() {
    let (dir, path) = portfolio_db();
    let o = run(
        dir.path(),
        &path,
        &["summary", "--year", "2025", "--items", "K09 og K11"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("«og» er ikke en punktkode"), "{}", err(&o));
    let o = run(
        dir.path(),
        &path,
        &["summary", "--year", "2025", "--items", "K09,K99"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("Ingen sjekkliste har punktet K99"),
        "{}",
        err(&o)
    );
    let o = run(
        dir.path(),
        &path,
        &["summary", "--year", "2025", "--items", "K01"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(out(&o).contains("0 tjenester svarer ja på K01"));
}
