//! Search tests: folding (case, accents, æøå), literal input, ranking, word starts for
//! one or two letters, the panes' filters and the migration that builds the index.

use irf::store::{ContactEdit, ListFilter, ListKind, OpenMode, Store};

mod support;
use support::db::{demo_store, raw, temp_db, today};

/// The filter of the lists on `text`, in 2026.
fn filter(text: &str) -> ListFilter {
    ListFilter {
        text: text.into(),
        year: 2026,
        ..Default::default()
    }
}

#[test]
fn search_folds_case_accents_and_norwegian_letters() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    for (name, org) in [
        ("Åse Ødegård", "Universitetssykehuset i Tromsø"),
        ("René Sæther", "Helse Møre og Romsdal, Ørsta"),
    ] {
        store
            .insert_contact(&ContactEdit {
                name: name.into(),
                organisation: org.into(),
                phone: "+47 22 11 00 00".into(),
                ..Default::default()
            })
            .unwrap();
    }
    let titles = |q: &str| -> Vec<String> {
        store
            .search(q, 10)
            .unwrap()
            .into_iter()
            .map(|h| h.title)
            .collect()
    };
    assert_eq!(titles("tromso"), vec!["Åse Ødegård"]);
    assert_eq!(titles("ORSTA"), vec!["René Sæther"]);
    assert_eq!(titles("saether"), vec!["René Sæther"]);
    assert_eq!(titles("rene"), vec!["René Sæther"]);
    assert_eq!(titles("ase odegard"), vec!["Åse Ødegård"]);
    assert_eq!(titles("22110000").len(), 2, "phones match as digits");
    for literal in [
        "*",
        "?",
        "[",
        "\"",
        "NOT",
        "%",
        "_",
        "' OR 1=1 --",
        "\u{1b}[2J",
    ] {
        assert!(
            titles(literal).is_empty(),
            "{literal:?} is searched literally"
        );
    }
    assert!(titles("").is_empty());
    assert!(
        titles(&"x".repeat(100_000)).is_empty(),
        "a huge query is cut, not an error"
    );
}

#[test]
fn search_ranks_whole_and_leading_matches_first_and_follows_edits() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let hits = store.search("sarkom", 5).unwrap();
    assert_eq!(hits[0].kind, irf::store::SearchKind::Unit);
    assert!(hits[0].title.ends_with("sarkomer"));
    // An edit is in the index at once.
    let id = store
        .insert_contact(&ContactEdit {
            name: "Kari Nordmann".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(store.search("nordmann", 5).unwrap()[0].id, id);
    let (mut c, v) = store.contact(id).unwrap();
    c.name = "Kari Sørmann".into();
    store.update_contact(id, v, &c).unwrap();
    assert!(store.search("nordmann", 5).unwrap().is_empty());
    assert_eq!(store.search("sormann", 5).unwrap()[0].title, "Kari Sørmann");
}

#[test]
fn pane_filters_use_the_folded_index() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    store
        .insert_contact(&ContactEdit {
            name: "Øyvind Ørstavik".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        store
            .list_count(ListKind::Contacts, &filter("oyvind orstavik"))
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .list_count(ListKind::Units, &filter("SARKOM"))
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .list_count(ListKind::Units, &filter("laering og mestring"))
            .unwrap(),
        2
    );
    assert!(
        store
            .list_count(ListKind::Milestones, &filter("arsrapporter"))
            .unwrap()
            >= 2,
        "the cycle folds too"
    );
    let season = irf::domain::current_season(today());
    let reports = ListFilter {
        text: "sarkom".into(),
        year: season,
        ..Default::default()
    };
    assert_eq!(store.list_count(ListKind::Reports, &reports).unwrap(), 1);
    let rows = store
        .list_window(ListKind::Contacts, &filter("orstavik"), 0, 10)
        .unwrap();
    assert_eq!(rows.len(), 1);
}

#[test]
fn the_search_migration_indexes_rows_already_there() {
    let (_dir, path) = temp_db();
    // A version-2 file with a contact in it, as an older irf left it.
    let conn = raw(&path);
    conn.execute_batch(include_str!("../db/0001_schema.sql"))
        .unwrap();
    conn.execute_batch(include_str!("../db/0002_reference.sql"))
        .unwrap();
    conn.execute("INSERT INTO contacts (name) VALUES ('Tove Bø')", [])
        .unwrap();
    conn.pragma_update(None, "user_version", 2).unwrap();
    drop(conn);
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(store.search("tove bo", 5).unwrap()[0].title, "Tove Bø");
}

#[test]
fn one_or_two_letters_match_word_starts() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    for name in ["Åse Ødegård", "Kari Øvre", "Per Haug"] {
        store
            .insert_contact(&ContactEdit {
                name: name.into(),
                ..Default::default()
            })
            .unwrap();
    }
    assert_eq!(
        store.list_count(ListKind::Contacts, &filter("å")).unwrap(),
        1,
        "å → a, word start"
    );
    assert_eq!(
        store.list_count(ListKind::Contacts, &filter("ø")).unwrap(),
        2,
        "Ødegård and Øvre"
    );
    assert_eq!(
        store.list_count(ListKind::Contacts, &filter("au")).unwrap(),
        0,
        "not inside Haug"
    );
    assert_eq!(
        store
            .list_count(ListKind::Contacts, &filter("aug"))
            .unwrap(),
        1,
        "three letters: anywhere"
    );
    let titles: Vec<String> = store
        .search("OV", 5)
        .unwrap()
        .into_iter()
        .map(|h| h.title)
        .collect();
    assert_eq!(titles, vec!["Kari Øvre"]);
    assert!(store.search("*", 5).unwrap().is_empty());
}

#[test]
fn a_misspelling_still_finds_the_closest_names() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let titles = |q: &str| -> Vec<String> {
        store
            .search(q, 5)
            .unwrap()
            .into_iter()
            .map(|h| h.title)
            .collect()
    };
    assert!(
        titles("sarkomr")[0].ends_with("sarkomer"),
        "{:?}",
        titles("sarkomr")
    );
    let near = store.search("tromsoe", 5).unwrap();
    assert!(!near.is_empty(), "tromsoe finds the people in Tromsø");
    let (first, _) = store.contact(near[0].id).unwrap();
    assert!(first.organisation.contains("Tromsø"), "{first:?}");
    // An exact match always ranks above a sloppy one, and nonsense finds nothing.
    assert!(titles("zzqxwv").is_empty());
    let exact = store.search("sarkom", 5).unwrap();
    let sloppy = store.search("sarkomr", 5).unwrap();
    assert!(exact[0].score > sloppy[0].score);
}
