//! The row counts the triggers keep (`db/0016_counts.sql`, `store::counts`): the panes'
//! whole lists and the queue's counts per status, narrowed or not, always equal what a
//! count of the rows gives, through every kind of change by any writer (the program,
//! a colleague's program, plain SQL), and a file from before them gets them filled.

mod support;

use irf::domain::{Code, Region, ReportStatus, UnitKind};
use irf::store::{ListFilter, ListKind, OpenMode, Store};
use rusqlite::Connection;
use support::db::{raw, temp_db, today};

const WHOLE: [(ListKind, &str); 4] = [
    (ListKind::Contacts, "contacts"),
    (ListKind::Units, "units"),
    (ListKind::Cases, "cases"),
    (ListKind::Applications, "applications"),
];

fn filter(year: i32) -> ListFilter {
    ListFilter {
        year,
        today: today(),
        ..Default::default()
    }
}

/// The reports of `year` per status, counted from the rows.
fn counted(
    conn: &Connection,
    year: i32,
    region: Option<Region>,
    kind: Option<UnitKind>,
) -> Vec<(ReportStatus, usize)> {
    ReportStatus::all()
        .into_iter()
        .map(|s| {
            let n: i64 = conn
                .query_row(
                    "SELECT count(*) FROM annual_reports r JOIN units u ON u.id = r.unit_id
                      WHERE r.year = ?1 AND r.status = ?2
                        AND (?3 IS NULL OR u.region_code = ?3 OR r.reviewer_region = ?3)
                        AND (?4 IS NULL OR u.kind = ?4)",
                    (year, s.code(), region.map(Code::code), kind.map(Code::code)),
                    |r| r.get(0),
                )
                .unwrap();
            (s, usize::try_from(n).unwrap())
        })
        .collect()
}

/// Every count the store gives against the rows: the whole lists, and the queue's
/// counts per status of each season, whole and narrowed by each region and kind.
fn check(store: &Store, conn: &Connection, when: &str) {
    for (kind, table) in WHOLE {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        let f = filter(2026);
        assert_eq!(
            store.list_count(kind, &f).unwrap(),
            usize::try_from(n).unwrap(),
            "{table} {when}"
        );
    }
    let years: Vec<i32> = conn
        .prepare("SELECT DISTINCT year FROM annual_reports UNION SELECT 1999")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let regions: Vec<Option<Region>> = [None]
        .into_iter()
        .chain(Region::all().into_iter().map(Some))
        .collect();
    let kinds: Vec<Option<UnitKind>> = [None]
        .into_iter()
        .chain(UnitKind::all().into_iter().map(Some))
        .collect();
    for year in years {
        for &region in &regions {
            for &kind in &kinds {
                assert_eq!(
                    store.report_counts(year, region, kind).unwrap(),
                    counted(conn, year, region, kind),
                    "{year} {region:?} {kind:?} {when}"
                );
            }
        }
        let whole: usize = counted(conn, year, None, None).iter().map(|(_, n)| n).sum();
        assert_eq!(
            store.list_count(ListKind::Reports, &filter(year)).unwrap(),
            whole,
            "{year} {when}"
        );
    }
}

fn generated() -> (tempfile::TempDir, Store, Connection) {
    let (dir, path) = temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store.generate_large(1, today()).unwrap();
    let conn = raw(&path);
    (dir, store, conn)
}

#[test]
fn the_counts_follow_every_change_by_any_writer() {
    let (_dir, mut store, conn) = generated();
    check(&store, &conn, "after generating");
    // The program's own writes: a contact added and removed, reports reviewed.
    let id = store
        .insert_contact(&irf::store::ContactEdit {
            name: "Åse Ødegård".into(),
            ..Default::default()
        })
        .unwrap();
    check(&store, &conn, "after a new contact");
    let (_, version) = store.contact(id).unwrap();
    store.delete_contact(id, version).unwrap();
    check(&store, &conn, "after the contact was removed");
    let season = irf::domain::current_season(today());
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM annual_reports WHERE year = ?1 AND status = 'mottatt' LIMIT 10")
        .unwrap()
        .query_map([season], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!ids.is_empty(), "the season has received reports");
    let versions = store.report_versions(&ids).unwrap();
    store
        .bulk_reports(
            &versions,
            irf::store::BulkChange::Status(ReportStatus::Reviewed),
            today(),
        )
        .unwrap();
    check(&store, &conn, "after ten reviews");
    // Plain SQL, as any other writer: a unit moved to another region and kind, a
    // report moved to another year, status, reviewer and unit, a report added, one
    // removed, a unit removed with its reports, a case and an application added.
    let unit = |n: i64| -> i64 {
        conn.query_row(
            "SELECT unit_id FROM annual_reports ORDER BY id LIMIT 1 OFFSET ?1",
            [n],
            |r| r.get(0),
        )
        .unwrap()
    };
    let (a, b, c) = (unit(0), unit(40), unit(80));
    conn.execute(
        "UPDATE units SET region_code = 'HN', kind = 'behandling' WHERE id = ?1",
        [a],
    )
    .unwrap();
    check(&store, &conn, "after a unit moved");
    conn.execute(
        "UPDATE units SET region_code = region_code WHERE id = ?1",
        [a],
    )
    .unwrap();
    check(&store, &conn, "after a unit was written unchanged");
    conn.execute(
        "UPDATE annual_reports SET year = 1999, status = 'lukket', reviewer_region = 'HV', unit_id = ?1
          WHERE id = (SELECT min(id) FROM annual_reports WHERE unit_id = ?2)",
        [c, b],
    )
    .unwrap();
    check(&store, &conn, "after a report moved");
    conn.execute(
        "UPDATE annual_reports SET reviewer_region = NULL WHERE unit_id = ?1",
        [c],
    )
    .unwrap();
    check(&store, &conn, "after the reviewers were taken away");
    conn.execute(
        "INSERT INTO annual_reports (unit_id, year, status) VALUES (?1, 1998, 'mottatt')",
        [b],
    )
    .unwrap();
    check(&store, &conn, "after a report was added");
    conn.execute(
        "DELETE FROM annual_reports WHERE id = (SELECT max(id) FROM annual_reports)",
        [],
    )
    .unwrap();
    check(&store, &conn, "after a report was removed");
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    conn.execute("DELETE FROM units WHERE id = ?1", [b])
        .unwrap();
    check(&store, &conn, "after a unit was removed with its reports");
    conn.execute(
        "INSERT INTO cases (series, number, year, title, case_type, region_code, status)
         SELECT series, number + 1000, year, 'Ny sak', case_type, region_code, status FROM cases LIMIT 1",
        [],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO applications (title, region_code, proposed_kind, received_on, step)
         SELECT 'Ny søknad', region_code, proposed_kind, received_on, step FROM applications LIMIT 1",
        [],
    )
    .unwrap();
    check(&store, &conn, "after a case and an application were added");
}

#[test]
fn a_file_from_before_the_counts_gets_them_filled() {
    let (dir, store, conn) = generated();
    drop(store);
    conn.execute_batch(
        "DROP TABLE table_counts; DROP TABLE report_counts;
         DROP TRIGGER contacts_counted_in; DROP TRIGGER contacts_counted_out;
         DROP TRIGGER units_counted_in; DROP TRIGGER units_counted_out;
         DROP TRIGGER cases_counted_in; DROP TRIGGER cases_counted_out;
         DROP TRIGGER applications_counted_in; DROP TRIGGER applications_counted_out;
         DROP TRIGGER reports_counted_in; DROP TRIGGER reports_counted_out;
         DROP TRIGGER reports_counted_moved; DROP TRIGGER units_reports_moved;
         DROP TRIGGER units_reports_gone;
         PRAGMA user_version = 15; DROP INDEX units_term; CREATE INDEX units_term ON units(term_ends_on) WHERE term_ends_on IS NOT NULL;",
    )
    .unwrap();
    let store = Store::open(&dir.path().join("irf.sqlite"), OpenMode::ReadWrite).unwrap();
    assert_eq!(store.schema_version().unwrap(), irf::store::LATEST_VERSION);
    check(&store, &conn, "after the migration");
}
