//! ERN memberships as records (issue 18, item 2): the migration turning the units' old
//! free-text ERN field into records (also on a file at the previous schema version);
//! adding, changing and deleting a membership as audited writes, each refusal (an end
//! before the status date, no network, the same network twice, a stale version)
//! leaving the data as it was; the flags (no coordinator, a status over five years old,
//! an HF outside the unit's region, an unknown network with "mente du"); the units
//! import filling memberships and changing nothing the second time. The command line
//! (`ern/cli.rs`) and the app (`ern/app.rs`) are tested beside this.

use irf::domain::{ErnFlag, ErnRefusal, ErnStatus, Refusal};
use irf::i18n::{Lang, ern_flag_text, refusal_text};
use irf::store::{ErnEdit, HistoryTarget, LATEST_VERSION, OpenMode, Store, StoreError};

#[path = "ern/app.rs"]
mod app;
#[path = "ern/cli.rs"]
mod cli;
mod support;
use support::cli::{err, out, run};
use support::db::{audit_actions, d, demo_store, id, raw, temp_db, today};

/// The memberships and their audit rows as text: a refused change must leave both.
fn dump(path: &std::path::Path) -> String {
    support::db::dump(
        path,
        &[
            "SELECT * FROM ern_memberships ORDER BY id",
            "SELECT entity, entity_id, action, old_value, new_value FROM audit_log
              WHERE entity = 'ern_membership' ORDER BY id",
        ],
    )
}

fn refusal<T: std::fmt::Debug>(r: irf::store::Result<T>) -> ErnRefusal {
    match r {
        Err(StoreError::Refused(Refusal::Ern(e))) => e,
        other => panic!("expected an ERN refusal, got {other:?}"),
    }
}

/// A unit of the demo by the end of its name.
fn unit(path: &std::path::Path, ending: &str) -> i64 {
    id(
        path,
        &format!("SELECT id FROM units WHERE name LIKE '%{ending}' ORDER BY id LIMIT 1"),
    )
}

fn trust(path: &std::path::Path, name: &str) -> i64 {
    id(
        path,
        &format!("SELECT id FROM health_trusts WHERE name = '{name}'"),
    )
}

fn edit(unit_id: i64, hf_id: Option<i64>, ern: &str) -> ErnEdit {
    ErnEdit {
        ern: ern.into(),
        unit_id,
        hf_id,
        status: ErnStatus::Full,
        starts_on: Some(d(2024, 3, 1)),
        ends_on: None,
        coordinator_id: Some(1),
        note: "Bekreftet\x1b[2J på nytt".into(),
    }
}

#[test]
fn the_demo_holds_believable_memberships_and_flags_the_doubtful_ones() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let all = store.ern_memberships().unwrap();
    assert!(all.len() >= 5, "{all:?}");
    // By network, then HF.
    let names: Vec<&str> = all.iter().map(|m| m.ern.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| irf::domain::fold(n));
    assert_eq!(names, sorted);
    assert!(names.iter().all(|n| irf::domain::known_ern(n).is_ok()));
    let sarcoma = all
        .iter()
        .find(|m| m.unit.ends_with("sarkomer"))
        .expect("sarkomer is in EURACAN");
    assert_eq!(sarcoma.ern, "ERN EURACAN");
    assert_eq!(
        sarcoma.flags(today()),
        [ErnFlag::StatusOld {
            since: d(2017, 3, 1)
        }]
    );
    let lung = all.iter().find(|m| m.ern == "ERN LUNG").unwrap();
    assert_eq!(lung.status, ErnStatus::Applied);
    assert_eq!(lung.flags(today()), [ErnFlag::NoCoordinator]);
    // Most are in order: a coordinator from the unit's region, a recent date.
    let sound = all.iter().filter(|m| m.flags(today()).is_empty()).count();
    assert!(sound >= 3, "{all:?}");
    for m in &all {
        assert_eq!(m.hf.as_ref().map(|h| h.2), Some(m.unit_region), "{m:?}");
    }
    // The unit's free-text field says the same.
    let text: String = raw(&path)
        .query_row(
            "SELECT ern FROM units WHERE id = ?1",
            [sarcoma.unit_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(text, "ERN EURACAN");
}

#[test]
fn the_migration_turns_the_old_field_into_records() {
    let (_dir, path) = temp_db();
    let conn = raw(&path);
    for sql in [
        include_str!("../db/0001_schema.sql"),
        include_str!("../db/0002_reference.sql"),
        include_str!("../db/0003_search.sql"),
        include_str!("../db/0004_lookup_indexes.sql"),
        include_str!("../db/0005_search_rowids.sql"),
        include_str!("../db/0006_ranking.sql"),
        include_str!("../db/0007_cases.sql"),
        include_str!("../db/0008_report_views.sql"),
        include_str!("../db/0009_renewals.sql"),
        include_str!("../db/0010_member_trust.sql"),
        include_str!("../db/0011_shared_desk.sql"),
        include_str!("../db/0012_meeting_time.sql"),
        include_str!("../db/0013_leadership.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "INSERT INTO units (name, kind, hf_id, region_code, ern) VALUES
           ('Nasjonal kompetansetjeneste for bevegelsesforstyrrelser', 'kompetanse',
            (SELECT id FROM health_trusts WHERE name = 'St. Olavs hospital HF'), 'HMN',
            'ern rnd (søkt); EuroBloodNet'),
           ('Nasjonal kompetansetjeneste for noe annet', 'kompetanse', NULL, 'HV',
            'ERN-RND (kanskje)'),
           ('Nasjonal behandlingstjeneste uten ERN', 'behandling', NULL, 'HV', '  ');",
    )
    .unwrap();
    conn.pragma_update(None, "user_version", 13).unwrap();
    drop(conn);
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let all = store.ern_memberships().unwrap();
    let seen: Vec<(String, ErnStatus, Option<String>, String)> = all
        .iter()
        .map(|m| {
            (
                m.ern.clone(),
                m.status,
                m.hf_name().map(str::to_string),
                m.note.clone(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "ERN EuroBloodNet".into(),
                ErnStatus::Full,
                Some("St. Olavs hospital HF".into()),
                String::new()
            ),
            (
                "ERN-RND".into(),
                ErnStatus::Applied,
                Some("St. Olavs hospital HF".into()),
                String::new()
            ),
            (
                "ERN-RND".into(),
                ErnStatus::Full,
                None,
                "ERN-feltet: ERN-RND (kanskje)".into()
            ),
        ]
    );
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
}

#[test]
fn adding_changing_and_deleting_are_audited_and_shown_in_the_units_history() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let u = unit(&path, "døvblinde");
    let ous = trust(&path, "Oslo universitetssykehus HF");
    let id = store
        .insert_ern_membership(&edit(u, Some(ous), "ern eye"))
        .unwrap();
    let m = store.ern_membership(id).unwrap();
    // A known network is stored as the list writes it; the note on one clean line.
    assert_eq!(m.ern, "ERN EYE");
    assert_eq!(m.note, "Bekreftet på nytt");
    assert_eq!(m.version, 1);
    assert!(m.flags(today()).is_empty(), "{:?}", m.flags(today()));
    let mut changed = edit(u, Some(ous), "ERN EYE");
    changed.status = ErnStatus::Left;
    changed.ends_on = Some(d(2026, 6, 30));
    store.update_ern_membership(id, 1, &changed).unwrap();
    assert_eq!(store.ern_membership(id).unwrap().version, 2);
    // A stale version is a conflict, and nothing changes.
    let before = dump(&path);
    assert!(matches!(
        store.update_ern_membership(id, 1, &edit(u, Some(ous), "ERN EYE")),
        Err(StoreError::Conflict { .. })
    ));
    assert!(matches!(
        store.delete_ern_membership(id, 1),
        Err(StoreError::Conflict { .. })
    ));
    assert_eq!(dump(&path), before);
    store.delete_ern_membership(id, 2).unwrap();
    assert!(matches!(
        store.ern_membership(id),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(
        audit_actions(&path, "ern_membership", id),
        ["insert", "update", "delete"]
    );
    // The unit's history holds the three, as ERN memberships.
    let history = store.history(HistoryTarget::Unit(u), None, 100).unwrap();
    let ern_rows = history
        .entries
        .iter()
        .filter(|e| e.entity == "ern_membership")
        .count();
    assert_eq!(ern_rows, 3, "{:?}", history.entries);
}

#[test]
fn refusals_leave_the_data_as_it_was_and_read_in_both_languages() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let u = unit(&path, "døvblinde");
    let ous = trust(&path, "Oslo universitetssykehus HF");
    store
        .insert_ern_membership(&edit(u, Some(ous), "ERN EYE"))
        .unwrap();
    let before = dump(&path);
    let mut backwards = edit(u, Some(ous), "ERN CRANIO");
    backwards.ends_on = Some(d(2024, 2, 1));
    assert!(matches!(
        refusal(store.insert_ern_membership(&backwards)),
        ErnRefusal::EndsBeforeStart { .. }
    ));
    assert_eq!(
        refusal(store.insert_ern_membership(&edit(u, Some(ous), "  "))),
        ErnRefusal::NoName
    );
    let twice = refusal(store.insert_ern_membership(&edit(u, Some(ous), "ern-eye")));
    assert_eq!(
        twice,
        ErnRefusal::Duplicate {
            ern: "ERN EYE".into()
        }
    );
    assert!(matches!(
        store.insert_ern_membership(&edit(u, Some(99_999), "ERN CRANIO")),
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(dump(&path), before);
    let nb = refusal_text(Lang::Nb, &Refusal::Ern(twice.clone()));
    let en = refusal_text(Lang::En, &Refusal::Ern(twice));
    assert!(nb.contains("allerede registrert i ERN EYE"), "{nb}");
    assert!(en.contains("already recorded in ERN EYE"), "{en}");
    // A status outside the list is refused by its parser, in both languages.
    let status = irf::domain::parse_ern_status("observatør").unwrap_err();
    let nb = refusal_text(Lang::Nb, &Refusal::Ern(status.clone()));
    let en = refusal_text(Lang::En, &Refusal::Ern(status));
    assert_eq!(
        nb,
        "«observatør» er ingen ERN-status. Bruk søkt, fullverdig medlem, tilknyttet partner eller utmeldt. Ingenting er endret."
    );
    assert!(en.starts_with("“observatør” is not an ERN status."), "{en}");
}

#[test]
fn an_hf_outside_the_region_and_an_unknown_network_are_kept_and_flagged() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let u = unit(&path, "døvblinde");
    let bergen = trust(&path, "Helse Bergen HF");
    let mut e = edit(u, Some(bergen), "ERN-RDN");
    e.coordinator_id = None;
    e.starts_on = Some(d(2020, 1, 1));
    let id = store.insert_ern_membership(&e).unwrap();
    let m = store.ern_membership(id).unwrap();
    assert_eq!(m.ern, "ERN-RDN", "kept as typed");
    let flags = m.flags(today());
    assert_eq!(
        flags,
        [
            ErnFlag::UnknownErn {
                suggestion: Some("ERN-RND")
            },
            ErnFlag::HfOutsideRegion {
                hf: "Helse Bergen HF".into(),
                hf_region: irf::domain::Region::Hv,
                unit_region: m.unit_region,
            },
            ErnFlag::NoCoordinator,
            ErnFlag::StatusOld {
                since: d(2020, 1, 1)
            },
        ]
    );
    assert_eq!(
        ern_flag_text(Lang::Nb, &m.ern, &flags[0]),
        "«ERN-RDN» er ikke blant de 24 ERN-ene. Mente du «ERN-RND»?"
    );
    assert_eq!(
        ern_flag_text(Lang::En, &m.ern, &flags[1]),
        "Helse Bergen HF belongs to HV, not to the unit's region HSØ"
    );
    // The unit's detail carries it.
    let row = store.lookup_unit(u).unwrap().unwrap();
    match store.detail(&irf::store::Row::Unit(row)).unwrap() {
        irf::store::Detail::Unit(extra) => {
            assert_eq!(extra.erns.iter().map(|m| m.id).collect::<Vec<_>>(), [id]);
        }
        other => panic!("{other:?}"),
    }
}

const HEADER: &str = "Navn;Type;Region;HF;Godkjent;Funksjon;Årsverk;ERN\n";

#[test]
fn a_units_import_fills_memberships_and_the_same_file_again_changes_nothing() {
    let (dir, path) = temp_db();
    drop(demo_store(&path));
    let file = dir.path().join("units.csv");
    std::fs::write(
        &file,
        format!(
            "{HEADER}Nasjonal kompetansetjeneste for ERN-prøver;kompetanse;;St. Olavs hospital HF;2020;opplæring;1,5;ern rnd (søkt), EuroBloodNet\n\
             Nasjonal kompetansetjeneste for døvblinde;kompetanse;HSØ;;;;;ERN EYE\n"
        ),
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let o = run(dir.path(), &path, &["import", "units", file]);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    let text = out(&o);
    assert!(text.contains("1 nye, 1 endres, 0 uendret."), "{text}");
    assert!(text.contains("ERN-medlemskap"), "{text}");
    let store = Store::open(&path, OpenMode::ReadOnly).unwrap();
    let new = unit(&path, "ERN-prøver");
    let erns: Vec<(String, ErnStatus, Option<String>)> = store
        .unit_ern_memberships(new)
        .unwrap()
        .into_iter()
        .map(|m| (m.ern.clone(), m.status, m.hf_name().map(str::to_string)))
        .collect();
    assert_eq!(
        erns,
        [
            (
                "ERN EuroBloodNet".into(),
                ErnStatus::Full,
                Some("St. Olavs hospital HF".into())
            ),
            (
                "ERN-RND".into(),
                ErnStatus::Applied,
                Some("St. Olavs hospital HF".into())
            ),
        ]
    );
    let deafblind = unit(&path, "døvblinde");
    assert_eq!(store.unit_ern_memberships(deafblind).unwrap().len(), 1);
    drop(store);
    let before = support::db::dump(
        &path,
        &[
            "SELECT * FROM ern_memberships ORDER BY id",
            "SELECT count(*) FROM audit_log",
        ],
    );
    let again = run(dir.path(), &path, &["import", "units", file]);
    assert_eq!(again.status.code(), Some(0), "{}", err(&again));
    assert!(
        out(&again).contains("Ingen endringer: databasen har allerede det filen sier."),
        "{}",
        out(&again)
    );
    let after = support::db::dump(
        &path,
        &[
            "SELECT * FROM ern_memberships ORDER BY id",
            "SELECT count(*) FROM audit_log",
        ],
    );
    assert_eq!(after, before);

    // The file says full member where irf holds "søkt": irf's status is kept, and the
    // plan says so.
    std::fs::write(
        file,
        format!(
            "{HEADER}Nasjonal kompetansetjeneste for ERN-prøver;kompetanse;;St. Olavs hospital HF;2020;opplæring;1,5;ERN-RND, EuroBloodNet\n"
        ),
    )
    .unwrap();
    let o = run(dir.path(), &path, &["import", "units", file]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains(
            "linje 2: ERN-RND står som «fullverdig medlem» i filen, men «søkt» i irf; irf"
        ),
        "{}",
        out(&o)
    );
    let store = Store::open(&path, OpenMode::ReadOnly).unwrap();
    let rnd = store
        .unit_ern_memberships(new)
        .unwrap()
        .into_iter()
        .find(|m| m.ern == "ERN-RND")
        .unwrap();
    assert_eq!(rnd.status, ErnStatus::Applied, "kept as irf holds it");
}

#[test]
fn an_import_with_a_status_outside_the_list_is_refused_with_a_sentence() {
    let (dir, path) = temp_db();
    drop(demo_store(&path));
    let file = dir.path().join("units.csv");
    std::fs::write(
        &file,
        format!("{HEADER}Nasjonal kompetansetjeneste for døvblinde;kompetanse;HSØ;;;;;ERN EYE (observatør)\n"),
    )
    .unwrap();
    let before = dump(&path);
    for (lang, sentence) in [
        ("nb", "«observatør» er ingen ERN-status."),
        ("en", "“observatør” is not an ERN status."),
    ] {
        let o = run(
            dir.path(),
            &path,
            &["--lang", lang, "import", "units", file.to_str().unwrap()],
        );
        assert_eq!(o.status.code(), Some(1), "{}", err(&o));
        let text = format!("{}{}", out(&o), err(&o)).replace("\n  ", " ");
        assert!(text.contains(sentence), "{text}");
    }
    assert_eq!(dump(&path), before);
}

#[test]
fn an_import_naming_an_unknown_network_keeps_it_and_offers_the_nearest() {
    let (dir, path) = temp_db();
    drop(demo_store(&path));
    let file = dir.path().join("units.csv");
    std::fs::write(
        &file,
        format!("{HEADER}Nasjonal kompetansetjeneste for døvblinde;kompetanse;HSØ;;;;;ERN-RDN\n"),
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let o = run(dir.path(), &path, &["import", "units", file, "--dry-run"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        out(&o).contains("linje 2: «ERN-RDN» er ikke blant de 24 ERN-ene. Mente du «ERN-RND»?"),
        "{}",
        out(&o)
    );
    let o = run(dir.path(), &path, &["import", "units", file]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let store = Store::open(&path, OpenMode::ReadOnly).unwrap();
    let kept = store
        .unit_ern_memberships(unit(&path, "døvblinde"))
        .unwrap()
        .into_iter()
        .any(|m| m.ern == "ERN-RDN");
    assert!(kept, "accepted as written");
}
