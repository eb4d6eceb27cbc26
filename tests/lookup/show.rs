//! `irf show unit|contact|case`: by id, by name, by case number; several matches
//! listed; a unit's reference-group rules.

use super::{assert_fits, err, json, keys, out, run, setup};

#[test]
fn show_by_id_name_and_case_number() {
    let (home, db) = setup();
    let o = run(home.path(), &db, &["show", "unit", "sarkom"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let by_name = out(&o);
    assert!(
        by_name.contains("Navn:") && by_name.contains("for sarkomer"),
        "{by_name}"
    );
    assert!(by_name.contains("Faglig referansegruppe:"), "{by_name}");
    let id = by_name
        .lines()
        .next()
        .unwrap()
        .trim_start_matches("Id:")
        .trim();
    let o = run(home.path(), &db, &["show", "unit", id]);
    assert_eq!(out(&o), by_name);

    let o = run(home.path(), &db, &["show", "case", "42/26"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    assert!(
        text.contains("42/26") && text.contains("Fornyelse av"),
        "{text}"
    );
    assert!(
        text.contains("Bakgrunn:") && text.contains("sjette år"),
        "{text}"
    );
    let o = run(home.path(), &db, &["show", "case", "42/26", "--json"]);
    let case = json(&o);
    assert_eq!(case["kind"], "case");
    assert_eq!(case["number"], "42/26");
    assert_eq!(case["status"], "satt_opp");
    assert!(case["background"].as_str().unwrap().contains("sjette år"));
    let o = run(home.path(), &db, &["show", "case", "99/26"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("99/26"), "{}", err(&o));

    let o = run(
        home.path(),
        &db,
        &["--lang", "en", "show", "contact", "Ståle", "Nordnes"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("Organisation: UNN Tromsø"), "{}", out(&o));
    let o = run(home.path(), &db, &["show", "contact", "langnavn", "--json"]);
    let c = json(&o);
    assert_eq!(
        keys(&c),
        [
            "email",
            "id",
            "kind",
            "name",
            "organisation",
            "phone",
            "region",
            "roles",
            "ties"
        ]
    );
    assert_eq!(c["ties"].as_array().unwrap().len(), 2, "{c}");

    for args in [&["show", "unit", "999999"][..], &["show", "unit", "zzqqxx"]] {
        let o = run(home.path(), &db, args);
        assert_eq!(
            (o.status.code(), out(&o).as_str()),
            (Some(1), ""),
            "{args:?}"
        );
        assert_eq!(err(&o).lines().count(), 1, "{args:?}");
        let mut json_args = args.to_vec();
        json_args.push("--json");
        let o = run(home.path(), &db, &json_args);
        assert_eq!(
            (o.status.code(), out(&o).trim()),
            (Some(1), "[]"),
            "{args:?}"
        );
    }
}

#[test]
fn show_lists_several_matches_and_asks_for_more() {
    let (home, db) = setup();
    // Two people with the same name.
    {
        let mut store = irf::store::Store::open(&db, irf::store::OpenMode::ReadWrite).unwrap();
        for _ in 0..2 {
            let c = irf::store::ContactEdit {
                name: "Tøve Tvilling".into(),
                ..Default::default()
            };
            store.insert_contact(&c).unwrap();
        }
    }
    let o = run(home.path(), &db, &["show", "contact", "tove", "tvilling"]);
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(
        text.lines()
            .all(|l| l.starts_with("Kontakt") && l.contains("Tøve Tvilling"))
    );
    assert!(err(&o).contains("irf show contact ID"), "{}", err(&o));
    let o = run(
        home.path(),
        &db,
        &["show", "contact", "Tøve Tvilling", "--json"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(json(&o).as_array().unwrap().len(), 2);
    // Many matches: the plain list is cut, with a count of the rest.
    let o = run(home.path(), &db, &["show", "unit", "nasjonal"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(out(&o).lines().count(), 21, "{}", out(&o));
    assert!(out(&o).lines().last().unwrap().contains("til"));
}

#[test]
fn units_show_their_reference_group_rules() {
    let (home, db) = setup();
    let rules = [
        "no_group",
        "missing_region",
        "no_user_rep",
        "no_chair",
        "chair_from_host",
        "several_chairs",
        "too_few_user_reps",
    ];
    let mut broken = 0;
    for id in 1..=24 {
        let o = run(
            home.path(),
            &db,
            &["show", "unit", &id.to_string(), "--json"],
        );
        assert_eq!(o.status.code(), Some(0), "{id}");
        let unit = json(&o);
        assert_eq!(unit["kind"], "unit");
        let breaches = unit["breaches"].as_array().unwrap();
        for b in breaches {
            assert!(rules.contains(&b["rule"].as_str().unwrap()), "{b}");
        }
        if !breaches.is_empty() {
            broken += 1;
            let o = run(home.path(), &db, &["show", "unit", &id.to_string()]);
            let text = out(&o);
            assert!(text.contains("Brudd på reglene"), "{text}");
            assert_fits(&text);
        }
    }
    assert!(broken > 0, "the demo has units breaking the rules");
}
