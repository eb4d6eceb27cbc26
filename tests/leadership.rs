//! Leadership periods (issue 18, item 1): the migration's documented period (Helse Vest
//! 2023–2024, IRF 21 November 2022), also on a file at the previous schema version;
//! the region leading on a day and the fallback to the old setting; adding, changing
//! and deleting periods as audited writes, each refusal (gap, overlap, end before
//! start, a stale version) leaving the data as it was; the hand-over in the calendar
//! and the item `irf due` lists. The app (`leadership/app.rs`) and the command line
//! (`leadership/cli.rs`) are tested beside this.

use chrono::NaiveDate;
use irf::domain::{LeadershipRefusal, Refusal, Region};
use irf::store::{
    CalendarKind, DueKind, LATEST_VERSION, LeadershipEdit, OpenMode, Store, StoreError,
};

#[path = "leadership/app.rs"]
mod app;
#[path = "leadership/cli.rs"]
mod cli;
mod support;
use support::db::{audit_actions, d, demo_store, raw, sql, temp_db};

/// The periods and their audit rows as text: a refused change must leave both as they
/// were.
fn dump(path: &std::path::Path) -> String {
    support::db::dump(
        path,
        &[
            "SELECT * FROM leadership_periods ORDER BY id",
            "SELECT entity, entity_id, action, old_value, new_value FROM audit_log
              WHERE entity = 'leadership_period' ORDER BY id",
        ],
    )
}

fn refusal<T: std::fmt::Debug>(r: irf::store::Result<T>) -> LeadershipRefusal {
    match r {
        Err(StoreError::Refused(Refusal::Leadership(l))) => l,
        other => panic!("expected a leadership refusal, got {other:?}"),
    }
}

fn edit(region: Region, from: NaiveDate, to: NaiveDate) -> LeadershipEdit {
    LeadershipEdit {
        region,
        starts_on: from,
        ends_on: to,
        decision: "IRF 12.12.2024".into(),
        note: String::new(),
    }
}

/// A fresh file: only the migration's period.
fn fresh() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let (dir, path) = temp_db();
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    (dir, path, store)
}

#[test]
fn a_new_file_holds_the_documented_period_of_helse_vest() {
    let (_dir, _path, store) = fresh();
    let periods = store.leadership_periods().unwrap();
    assert_eq!(periods.len(), 1);
    let hv = &periods[0];
    assert_eq!(hv.region, Region::Hv);
    assert_eq!((hv.starts_on, hv.ends_on), (d(2023, 1, 1), d(2024, 12, 31)));
    assert_eq!(hv.decision, "IRF 21.11.2022");
    assert!(hv.note.contains("2023–2024"), "{}", hv.note);
    assert_eq!(
        store.leading_region_on(d(2023, 1, 1)).unwrap(),
        Some(Region::Hv)
    );
    assert_eq!(
        store.leading_region_on(d(2024, 12, 31)).unwrap(),
        Some(Region::Hv)
    );
}

#[test]
fn the_leader_on_a_day_is_its_period_else_the_old_setting() {
    let (_dir, path, mut store) = fresh();
    store
        .insert_leadership_period(&edit(Region::Hmn, d(2025, 1, 1), d(2026, 12, 31)))
        .unwrap();
    // The old setting says HV; make it say HN, so the fallback shows.
    sql(
        &path,
        "UPDATE settings SET value = 'HN' WHERE key = 'leading_region'",
    );
    assert_eq!(
        store.leading_region_on(d(2024, 6, 1)).unwrap(),
        Some(Region::Hv)
    );
    assert_eq!(
        store.leading_region_on(d(2025, 1, 1)).unwrap(),
        Some(Region::Hmn)
    );
    assert_eq!(
        store.leading_region_on(d(2026, 12, 31)).unwrap(),
        Some(Region::Hmn)
    );
    // No period covers these days: the setting answers.
    assert_eq!(
        store.leading_region_on(d(2027, 1, 1)).unwrap(),
        Some(Region::Hn)
    );
    assert_eq!(
        store.leading_region_on(d(2020, 1, 1)).unwrap(),
        Some(Region::Hn)
    );
    assert_eq!(
        store
            .leadership_on(d(2025, 6, 1))
            .unwrap()
            .map(|p| p.region),
        Some(Region::Hmn)
    );
    assert_eq!(store.leadership_on(d(2027, 6, 1)).unwrap(), None);
    sql(&path, "DELETE FROM settings WHERE key = 'leading_region'");
    assert_eq!(store.leading_region_on(d(2027, 1, 1)).unwrap(), None);
}

#[test]
fn a_file_at_the_previous_schema_version_gets_the_table_and_keeps_its_setting() {
    let (_dir, path) = temp_db();
    // A file as irf left it before the periods: migrations 1 to 12 and some use.
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
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "UPDATE settings SET value = 'HMN' WHERE key = 'leading_region';
         INSERT INTO meetings (kind, held_on, place, chair_region) VALUES ('IRF', '2026-05-19', 'Bodø', 'HMN');",
    )
    .unwrap();
    // The file stops at 0012 (before the leadership periods).
    conn.pragma_update(None, "user_version", 12).unwrap();
    drop(conn);
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let periods = store.leadership_periods().unwrap();
    assert_eq!(periods.len(), 1);
    assert_eq!(periods[0].region, Region::Hv);
    // What was there is kept: the meeting, and the setting for days no period covers.
    let meetings: i64 = raw(&path)
        .query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))
        .unwrap();
    assert_eq!(meetings, 1);
    assert_eq!(
        store.leading_region_on(d(2024, 3, 1)).unwrap(),
        Some(Region::Hv)
    );
    assert_eq!(
        store.leading_region_on(d(2026, 3, 1)).unwrap(),
        Some(Region::Hmn)
    );
    assert_eq!(store.integrity_check().unwrap(), ["ok"]);
}

#[test]
fn adding_a_period_writes_it_with_its_audit_row() {
    let (_dir, path, mut store) = fresh();
    let mut e = edit(Region::Hmn, d(2025, 1, 1), d(2026, 12, 31));
    e.note = "  Første\x1b[2J  periode ".into();
    let id = store.insert_leadership_period(&e).unwrap();
    let p = store.leadership_period(id).unwrap();
    assert_eq!(p.region, Region::Hmn);
    assert_eq!(p.version, 1);
    assert!(!p.note.contains('\x1b'), "{:?}", p.note);
    assert_eq!(audit_actions(&path, "leadership_period", id), ["insert"]);
    let new: String = raw(&path)
        .query_row(
            "SELECT new_value FROM audit_log WHERE entity = 'leadership_period' AND entity_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    let new: serde_json::Value = serde_json::from_str(&new).unwrap();
    assert_eq!(new["region"], "HMN");
    assert_eq!(new["starts_on"], "2025-01-01");
    assert_eq!(new["name"], "HMN 2025–2026");
}

#[test]
fn an_overlap_a_gap_and_an_end_before_the_start_are_refused_and_change_nothing() {
    let (_dir, path, mut store) = fresh();
    let before = dump(&path);
    // Starts inside Helse Vest's period.
    assert_eq!(
        refusal(store.insert_leadership_period(&edit(Region::Hmn, d(2024, 7, 1), d(2026, 6, 30)))),
        LeadershipRefusal::Overlap {
            region: Region::Hv,
            starts_on: d(2023, 1, 1),
            ends_on: d(2024, 12, 31),
        }
    );
    // Starts a month after it ends.
    assert_eq!(
        refusal(store.insert_leadership_period(&edit(Region::Hmn, d(2025, 2, 1), d(2026, 12, 31)))),
        LeadershipRefusal::Gap {
            before: Region::Hv,
            after: Region::Hmn,
            from: d(2025, 1, 1),
            to: d(2025, 1, 31),
        }
    );
    // Ends before it starts.
    assert_eq!(
        refusal(store.insert_leadership_period(&edit(Region::Hmn, d(2026, 12, 31), d(2025, 1, 1)))),
        LeadershipRefusal::EndsBeforeStart {
            starts_on: d(2026, 12, 31),
            ends_on: d(2025, 1, 1),
        }
    );
    assert_eq!(dump(&path), before);

    // The same rules for a change of the period itself.
    let hv = store.leadership_periods().unwrap()[0].clone();
    let id = store
        .insert_leadership_period(&edit(Region::Hmn, d(2025, 1, 1), d(2026, 12, 31)))
        .unwrap();
    store
        .insert_leadership_period(&edit(Region::Hn, d(2027, 1, 1), d(2028, 12, 31)))
        .unwrap();
    let hmn = store.leadership_period(id).unwrap();
    let before = dump(&path);
    assert!(matches!(
        refusal(store.update_leadership_period(
            id,
            hmn.version,
            &edit(Region::Hmn, d(2025, 1, 1), d(2024, 1, 1))
        )),
        LeadershipRefusal::EndsBeforeStart { .. }
    ));
    // Past Helse Nord's whole period.
    assert!(matches!(
        refusal(store.update_leadership_period(
            id,
            hmn.version,
            &edit(Region::Hmn, d(2025, 1, 1), d(2029, 3, 1))
        )),
        LeadershipRefusal::Overlap {
            region: Region::Hn,
            ..
        }
    ));
    // Deleting the middle period would leave 2025–2026 without a leader.
    assert!(matches!(
        refusal(store.delete_leadership_period(id, hmn.version)),
        LeadershipRefusal::Gap {
            before: Region::Hv,
            after: Region::Hn,
            ..
        }
    ));
    // A stale version is a conflict naming the period.
    match store.update_leadership_period(
        hv.id,
        hv.version + 7,
        &edit(Region::Hv, hv.starts_on, hv.ends_on),
    ) {
        Err(StoreError::Conflict { entity, .. }) => assert_eq!(entity, "leadership_period"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(dump(&path), before);
}

#[test]
fn moving_a_hand_over_moves_the_neighbour_in_the_same_write() {
    let (_dir, path, mut store) = fresh();
    let hv = store.leadership_periods().unwrap()[0].clone();
    let hmn = store
        .insert_leadership_period(&edit(Region::Hmn, d(2025, 1, 1), d(2026, 12, 31)))
        .unwrap();
    // Helse Vest leads half a year longer.
    let moved = store
        .update_leadership_period(
            hv.id,
            hv.version,
            &edit(Region::Hv, d(2023, 1, 1), d(2025, 6, 30)),
        )
        .unwrap();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].id, hmn);
    let hmn = store.leadership_period(hmn).unwrap();
    assert_eq!((hmn.starts_on, hmn.version), (d(2025, 7, 1), 2));
    assert_eq!(
        store.leading_region_on(d(2025, 6, 30)).unwrap(),
        Some(Region::Hv)
    );
    assert_eq!(
        store.leading_region_on(d(2025, 7, 1)).unwrap(),
        Some(Region::Hmn)
    );
    assert_eq!(audit_actions(&path, "leadership_period", hv.id), ["update"]);
    assert_eq!(
        audit_actions(&path, "leadership_period", hmn.id),
        ["insert", "update"]
    );
    // Both rows belong to one write (one step of history).
    let writes: i64 = raw(&path)
        .query_row(
            "SELECT count(DISTINCT write_id) FROM audit_log
              WHERE entity = 'leadership_period' AND action = 'update'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(writes, 1);
    // The last period can go; then the first.
    store.delete_leadership_period(hmn.id, hmn.version).unwrap();
    let hv = store.leadership_period(hv.id).unwrap();
    store.delete_leadership_period(hv.id, hv.version).unwrap();
    assert!(store.leadership_periods().unwrap().is_empty());
    assert_eq!(
        audit_actions(&path, "leadership_period", hv.id),
        ["update", "delete"]
    );
}

#[test]
fn the_calendar_shows_each_hand_over_in_its_year_and_due_warns_six_months_ahead() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    // The demo: HV 2023–2024, then HMN 2025–2026, HN 2027–2028, HSØ 2029–2030 (examples).
    let regions: Vec<Region> = store
        .leadership_periods()
        .unwrap()
        .iter()
        .map(|p| p.region)
        .collect();
    assert_eq!(
        regions[..4],
        [Region::Hv, Region::Hmn, Region::Hn, Region::Hso]
    );
    let periods = store.leadership_periods().unwrap();
    assert!(periods[1..].iter().all(|p| p.note.starts_with("Eksempel")));
    assert!(!periods[0].note.starts_with("Eksempel"));
    let handovers = |year| -> Vec<(NaiveDate, String)> {
        store
            .calendar(year)
            .unwrap()
            .into_iter()
            .filter(|i| i.kind == CalendarKind::Handover)
            .map(|i| (i.date, i.title))
            .collect()
    };
    assert_eq!(handovers(2025), [(d(2025, 1, 1), "HV → HMN".to_string())]);
    assert_eq!(handovers(2027), [(d(2027, 1, 1), "HMN → HN".to_string())]);
    assert!(handovers(2026).is_empty());
    // Six months before HMN's period ends the item is listed, once, on its last day.
    let due = |day: NaiveDate| -> Vec<irf::store::DueItem> {
        store
            .due(day, 30)
            .unwrap()
            .into_iter()
            .filter(|i| matches!(i.kind, DueKind::Leadership { .. }))
            .collect()
    };
    assert!(due(d(2026, 6, 30)).is_empty());
    let items = due(d(2026, 7, 1));
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].date, d(2026, 12, 31));
    assert_eq!(
        items[0].kind,
        DueKind::Leadership {
            from: Region::Hmn,
            to: Some(Region::Hn)
        }
    );
    assert!(due(d(2027, 1, 1)).is_empty());
    // `--days 0` lists only what is overdue.
    assert!(
        !store
            .due(d(2026, 12, 1), 0)
            .unwrap()
            .iter()
            .any(|i| matches!(i.kind, DueKind::Leadership { .. }))
    );
    // The last period recorded has no next one.
    let last = periods.last().unwrap();
    let items = due(last.ends_on.pred_opt().unwrap());
    assert_eq!(
        items[0].kind,
        DueKind::Leadership {
            from: last.region,
            to: None
        }
    );
    let text = irf::i18n::due_title(irf::i18n::Lang::Nb, &items[0]).into_owned();
    assert!(
        text.ends_with(", ingen etter") && text.starts_with(irf::domain::Code::code(last.region)),
        "{text}"
    );
}
