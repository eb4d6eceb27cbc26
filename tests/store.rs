//! Store tests: migrations, pragmas, permissions, optimistic versions, the audit log,
//! refusal of newer schemas, concurrent first opens, windowed lists and the demo data.

use std::os::unix::fs::PermissionsExt;

use irf::domain::{ApplicationStep, Code, Region};
use irf::store::{
    ContactEdit, LATEST_VERSION, ListFilter, ListKind, OpenMode, Row, Store, StoreError,
};

mod support;
use support::db::{demo_store, raw, temp_db, today};

#[test]
fn a_new_file_is_migrated_and_has_the_reference_data() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let conn = raw(&path);
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM regions"), 4);
    assert_eq!(count("SELECT count(*) FROM unit_kinds"), 6);
    assert_eq!(
        count("SELECT count(*) FROM checklist_items WHERE checklist_id = 1"),
        18
    );
    assert_eq!(count("SELECT count(*) FROM grants WHERE year = 2022"), 4);
    let total: f64 = conn
        .query_row("SELECT sum(total_mnok) FROM grants", [], |r| r.get(0))
        .unwrap();
    assert!((total - 508.4).abs() < 1e-9, "grant total {total}");
    assert!(count("SELECT count(*) FROM cycle_template") >= 10);
    assert!(store.is_empty().unwrap());
}

#[test]
fn every_connection_sets_the_house_pragmas() {
    let (_dir, path) = temp_db();
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(store.pragma("journal_mode").unwrap(), "wal");
    assert_eq!(store.pragma("synchronous").unwrap(), "2", "FULL");
    assert_eq!(store.pragma("foreign_keys").unwrap(), "1");
    let timeout: i64 = store.pragma("busy_timeout").unwrap().parse().unwrap();
    assert!(timeout >= 5000, "busy timeout {timeout} ms");
}

#[test]
fn a_new_file_is_shared_with_the_group() {
    let (_dir, path) = temp_db();
    Store::open(&path, OpenMode::ReadWrite).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o660, "mode {mode:o}");
}

#[test]
fn a_stale_edit_is_a_conflict_and_writes_nothing() {
    let (_dir, path) = temp_db();
    let mut anne = Store::open(&path, OpenMode::ReadWrite).unwrap();
    anne.set_user("anne");
    let mut bjorn = Store::open(&path, OpenMode::ReadWrite).unwrap();
    bjorn.set_user("bjørn");
    let id = anne
        .insert_contact(&ContactEdit {
            name: "Åse Ødegård".into(),
            ..Default::default()
        })
        .unwrap();
    let (mut mine, version) = anne.contact(id).unwrap();
    let (mut theirs, same) = bjorn.contact(id).unwrap();
    assert_eq!(version, same);

    theirs.phone = "+47 900 00 000".into();
    let v2 = bjorn.update_contact(id, same, &theirs).unwrap();
    assert_eq!(v2, version + 1);

    mine.email = "ase@demo.example".into();
    match anne.update_contact(id, version, &mine) {
        Err(StoreError::Conflict { by, entity, .. }) => {
            assert_eq!(by, "bjørn");
            assert_eq!(entity, "contact");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let (now, v) = anne.contact(id).unwrap();
    assert_eq!(v, v2);
    assert_eq!(now.phone, "+47 900 00 000");
    assert_eq!(now.email, "", "the stale edit must not be written");
}

#[test]
fn each_write_has_its_audit_row_in_the_same_transaction() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store.set_user("kari");
    let id = store
        .insert_contact(&ContactEdit {
            name: "Kari".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(store.audit_count("contact", id).unwrap(), 1);
    let (mut c, v) = store.contact(id).unwrap();
    c.organisation = "Helse Nord RHF".into();
    store.update_contact(id, v, &c).unwrap();
    assert_eq!(store.audit_count("contact", id).unwrap(), 2);
    // A refused write leaves no audit row.
    assert!(store.update_contact(id, v, &c).is_err());
    assert_eq!(store.audit_count("contact", id).unwrap(), 2);
    let (user, old, new): (String, String, String) = raw(&path)
        .query_row(
            "SELECT user, old_value, new_value FROM audit_log WHERE entity = 'contact' ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(user, "kari");
    assert!(old.contains("\"organisation\":\"\""), "{old}");
    assert!(new.contains("Helse Nord RHF"), "{new}");
}

#[test]
fn bad_values_are_refused_and_leave_the_data_as_it_was() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let bad = ContactEdit {
        name: "Per".into(),
        email: "per.demo.example".into(),
        ..Default::default()
    };
    assert!(matches!(
        store.insert_contact(&bad),
        Err(StoreError::Invalid(_))
    ));
    let empty = ContactEdit {
        name: "  ".into(),
        ..Default::default()
    };
    assert!(matches!(
        store.insert_contact(&empty),
        Err(StoreError::Invalid(_))
    ));
    let filter = ListFilter {
        text: String::new(),
        year: 2026,
        ..Default::default()
    };
    assert_eq!(store.list_count(ListKind::Contacts, &filter).unwrap(), 0);
}

#[test]
fn a_database_from_a_newer_program_is_refused() {
    let (_dir, path) = temp_db();
    Store::open(&path, OpenMode::ReadWrite).unwrap();
    raw(&path)
        .pragma_update(None, "user_version", LATEST_VERSION + 1)
        .unwrap();
    for mode in [OpenMode::ReadWrite, OpenMode::ReadOnly] {
        match Store::open(&path, mode) {
            Err(StoreError::NewerSchema { found, known }) => {
                assert_eq!(found, LATEST_VERSION + 1);
                assert_eq!(known, LATEST_VERSION);
            }
            Err(e) => panic!("expected NewerSchema, got {e:?}"),
            Ok(_) => panic!("expected NewerSchema, the file was opened"),
        }
    }
}

#[test]
fn an_older_schema_is_upgraded_in_place() {
    let (_dir, path) = temp_db();
    // A version-1 file: the schema without the reference data.
    let conn = raw(&path);
    conn.execute_batch(include_str!("../db/0001_schema.sql"))
        .unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    drop(conn);
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let n: i64 = raw(&path)
        .query_row("SELECT count(*) FROM regions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 4);
}

#[test]
fn eight_threads_opening_a_fresh_file_at_once_all_succeed() {
    let (_dir, path) = temp_db();
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(8));
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let path = path.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                let store = Store::open(&path, OpenMode::ReadWrite)?;
                store.schema_version()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap().unwrap(), LATEST_VERSION);
    }
    // The reference data went in exactly once.
    let n: i64 = raw(&path)
        .query_row("SELECT count(*) FROM regions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 4);
}

#[test]
fn lists_are_read_in_windows_and_filters_are_literal() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let all = ListFilter {
        text: String::new(),
        year: 2026,
        ..Default::default()
    };
    let total = store.list_count(ListKind::Units, &all).unwrap();
    assert!(total >= 40, "{total} units");
    let first = store.list_window(ListKind::Units, &all, 0, 10).unwrap();
    let next = store.list_window(ListKind::Units, &all, 10, 10).unwrap();
    assert_eq!(first.len(), 10);
    assert_eq!(next.len(), 10);
    assert_ne!(first[9], next[0]);
    let names: Vec<&str> = first.iter().map(Row::title).collect();
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted, "units are sorted by name");

    let sarkom = ListFilter {
        text: "sarkom".into(),
        year: 2026,
        ..Default::default()
    };
    assert_eq!(store.list_count(ListKind::Units, &sarkom).unwrap(), 1);
    for literal in ["%", "_", "\\", "\"", "' OR 1=1 --"] {
        let f = ListFilter {
            text: literal.into(),
            year: 2026,
            ..Default::default()
        };
        assert_eq!(
            store.list_count(ListKind::Units, &f).unwrap(),
            0,
            "{literal:?} is literal"
        );
    }
}

#[test]
fn the_demo_has_what_the_demo_promises() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let conn = raw(&path);
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert!(count("SELECT count(*) FROM units") >= 40);
    assert_eq!(count("SELECT count(DISTINCT kind) FROM units"), 6);
    assert_eq!(count("SELECT count(DISTINCT region_code) FROM units"), 4);
    assert!(count("SELECT count(*) FROM contacts") >= 30);
    assert_eq!(count("SELECT count(DISTINCT region_code) FROM contacts"), 4);
    assert!(count("SELECT count(DISTINCT step) FROM applications") >= 3);
    assert!(count("SELECT count(*) FROM meetings WHERE held_on > '2026-11-23'") >= 1);
    assert!(count("SELECT count(*) FROM agenda_items") >= 3);
    // Reports of the season in several states, some overdue.
    let season = irf::domain::current_season(today());
    let states: i64 = conn
        .query_row(
            "SELECT count(DISTINCT status) FROM annual_reports WHERE year = ?1",
            [season],
            |r| r.get(0),
        )
        .unwrap();
    assert!(states >= 4);
    let filter = ListFilter {
        text: String::new(),
        year: season,
        ..Default::default()
    };
    let reports = store
        .list_window(ListKind::Reports, &filter, 0, 500)
        .unwrap();
    let overdue = reports.iter().filter(|r| match r {
        Row::Report(r) => {
            r.status == irf::domain::ReportStatus::Expected
                && irf::domain::report_deadline(r.kind, r.year).is_some_and(|d| d < today())
        }
        _ => false,
    });
    assert!(overdue.count() >= 2);
    // Networks in years 1 to 6.
    let renewals = store
        .list_window(ListKind::Renewals, &filter, 0, 500)
        .unwrap();
    let mut years: Vec<u32> = renewals
        .iter()
        .filter_map(|r| match r {
            Row::Renewal(r) if r.is_network => irf::domain::network_year(r.starts_on?, today()),
            _ => None,
        })
        .collect();
    years.sort_unstable();
    assert_eq!(years, vec![1, 2, 3, 4, 5, 6]);
    // A competence service at the end of its term, within half a year.
    assert!(
        renewals
            .iter()
            .any(|r| matches!(r, Row::Renewal(r) if !r.is_network
        && r.ends_on.is_some_and(|e| e >= today() && (e - today()).num_days() < 183)))
    );
    // Some reference groups break the rules, others follow them.
    let units = store.list_window(ListKind::Units, &filter, 0, 500).unwrap();
    let (mut breaking, mut fine) = (0, 0);
    for row in &units {
        if let irf::store::Detail::Unit(extra) = store.detail(row).unwrap() {
            if extra.members.is_empty() {
                continue;
            }
            if extra.breaches.is_empty() {
                fine += 1
            } else {
                breaking += 1
            }
        }
    }
    assert!(
        breaking >= 3 && fine >= 3,
        "{breaking} breaking, {fine} fine"
    );
    let steps: Vec<ApplicationStep> = conn
        .prepare("SELECT step FROM applications")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|s| ApplicationStep::from_code(&s.unwrap()).unwrap())
        .collect();
    assert!(steps.contains(&ApplicationStep::Anchoring));
    let _ = Region::Hso.code();
}

#[test]
fn a_read_only_store_never_creates_a_file() {
    let (_dir, path) = temp_db();
    assert!(Store::open(&path, OpenMode::ReadOnly).is_err());
    assert!(!path.exists());
}

#[test]
fn demo_people_have_distinct_names() {
    let plan = irf::demo::plan_in(today(), irf::demo::SeasonPhase::Reviewing);
    let mut names: Vec<&str> = plan.contacts.iter().map(|c| c.name.as_str()).collect();
    let n = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), n, "two demo people share a name");
}

/// A store can be handed to another thread (the fuzz targets keep one in a static
/// `Mutex`): none of its caches may hold an `Rc`.
#[test]
fn the_store_can_move_to_another_thread() {
    fn send<T: Send>() {}
    send::<irf::store::Store>();
    let (_dir, path) = temp_db();
    let held = std::sync::Mutex::new(demo_store(&path));
    std::thread::spawn(move || {
        let store = held.lock().unwrap();
        assert_eq!(store.integrity_check().unwrap(), vec!["ok".to_string()]);
    })
    .join()
    .unwrap();
}
