//! The Årsrapporter queue: narrowing and order in SQL checked against the rules worked
//! out in Rust from the plain rows, the counts per status, saved views per user, and the
//! bulk actions with their conflicts and refusals.

mod support;

#[path = "queue/app.rs"]
mod app;
#[path = "queue/bulk.rs"]
mod bulk;
#[path = "queue/typed.rs"]
mod typed;

use chrono::NaiveDate;
use irf::domain::{Code, QueueFilter, QueueSort, Region, ReportStatus, UnitKind};
use irf::store::{ListFilter, ListKind, Row, Store};
use support::db::{demo_store, raw, temp_db};

/// A plain report of the season, read without the store.
#[derive(Debug, Clone)]
struct Plain {
    id: i64,
    region: String,
    reviewer: Option<String>,
    kind: String,
    status: String,
    statement: bool,
}

fn plain(path: &std::path::Path, year: i32) -> Vec<Plain> {
    let conn = raw(path);
    let mut stmt = conn
        .prepare(
            "SELECT r.id, u.region_code, r.reviewer_region, u.kind, r.status,
                    r.statement_received
               FROM annual_reports r JOIN units u ON u.id = r.unit_id WHERE r.year = ?1",
        )
        .unwrap();
    stmt.query_map([year], |r| {
        Ok(Plain {
            id: r.get(0)?,
            region: r.get(1)?,
            reviewer: r.get(2)?,
            kind: r.get(3)?,
            status: r.get(4)?,
            statement: r.get(5)?,
        })
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn filter(year: i32, today: NaiveDate, queue: QueueFilter) -> ListFilter {
    ListFilter {
        year,
        today,
        queue,
        ..Default::default()
    }
}

fn ids(store: &Store, f: &ListFilter) -> Vec<i64> {
    let n = store.list_count(ListKind::Reports, f).unwrap();
    let rows = store.list_window(ListKind::Reports, f, 0, 10_000).unwrap();
    assert_eq!(rows.len(), n, "count and window agree");
    rows.iter().map(Row::id).collect()
}

fn sorted(mut v: Vec<i64>) -> Vec<i64> {
    v.sort_unstable();
    v
}

const YEAR: i32 = 2025;

use support::db::d;

#[test]
fn each_narrowing_lets_through_exactly_the_reports_its_rule_names() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let today = support::db::today();
    // One report reviewed by a region other than its host's.
    raw(&path)
        .execute(
            "UPDATE annual_reports SET reviewer_region = 'HN' WHERE id = (SELECT r.id
               FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE r.year = 2025 AND u.region_code = 'HSØ' ORDER BY r.id LIMIT 1)",
            [],
        )
        .unwrap();
    let all = plain(&path, YEAR);
    assert!(all.len() > 10, "the demo season has reports");
    assert!(
        all.iter()
            .any(|p| p.reviewer.as_deref().is_some_and(|r| r != p.region))
    );
    let want = |keep: &dyn Fn(&Plain) -> bool| -> Vec<i64> {
        sorted(all.iter().filter(|p| keep(p)).map(|p| p.id).collect())
    };
    for region in Region::all() {
        let q = QueueFilter {
            region: Some(region),
            ..Default::default()
        };
        let got = sorted(ids(&store, &filter(YEAR, today, q)));
        let code = region.code();
        let expected = want(&|p| p.region == code || p.reviewer.as_deref() == Some(code));
        assert_eq!(got, expected, "region {code}");
    }
    for kind in UnitKind::all() {
        let q = QueueFilter {
            kind: Some(kind),
            ..Default::default()
        };
        let got = sorted(ids(&store, &filter(YEAR, today, q)));
        assert_eq!(
            got,
            want(&|p| p.kind == kind.code()),
            "kind {}",
            kind.code()
        );
    }
    let mut seen = 0;
    for status in ReportStatus::all() {
        let q = QueueFilter {
            status: Some(status),
            ..Default::default()
        };
        let got = sorted(ids(&store, &filter(YEAR, today, q)));
        seen += got.len();
        assert_eq!(
            got,
            want(&|p| p.status == status.code()),
            "status {}",
            status.code()
        );
    }
    assert_eq!(seen, all.len(), "every report has one status");
    let q = QueueFilter {
        awaiting_statement: true,
        ..Default::default()
    };
    let got = sorted(ids(&store, &filter(YEAR, today, q)));
    assert_eq!(got, want(&|p| p.status != "forventet" && !p.statement));
    // Narrowings combine: region and status together are the intersection.
    let q = QueueFilter {
        region: Some(Region::Hv),
        status: Some(ReportStatus::Expected),
        ..Default::default()
    };
    let got = sorted(ids(&store, &filter(YEAR, today, q)));
    assert_eq!(
        got,
        want(
            &|p| (p.region == "HV" || p.reviewer.as_deref() == Some("HV"))
                && p.status == "forventet"
        )
    );
}

#[test]
fn overdue_follows_the_two_deadlines_and_today() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    // Two expected reports of the season: one of a regional competence service (due
    // 15 February), one of a national service (due 10 February).
    let conn = raw(&path);
    let expected: Vec<(i64, i64)> = conn
        .prepare(
            "SELECT r.id, r.unit_id FROM annual_reports r
              WHERE r.year = 2025 AND r.status = 'forventet' ORDER BY r.id LIMIT 2",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(expected.len(), 2);
    let (regional, national) = (expected[0], expected[1]);
    conn.execute(
        "UPDATE units SET kind = 'regional_kompetanse' WHERE id = ?1",
        [regional.1],
    )
    .unwrap();
    conn.execute(
        "UPDATE units SET kind = 'kompetanse' WHERE id = ?1",
        [national.1],
    )
    .unwrap();
    let overdue = |today| {
        let q = QueueFilter {
            overdue: true,
            ..Default::default()
        };
        ids(&store, &filter(YEAR, today, q))
    };
    // On the deadline itself nothing is late yet.
    let on_10th = overdue(d(2026, 2, 10));
    assert!(!on_10th.contains(&national.0) && !on_10th.contains(&regional.0));
    let on_12th = overdue(d(2026, 2, 12));
    assert!(on_12th.contains(&national.0));
    assert!(
        !on_12th.contains(&regional.0),
        "the regional deadline is the 15th"
    );
    let on_16th = overdue(d(2026, 2, 16));
    assert!(on_16th.contains(&national.0) && on_16th.contains(&regional.0));
    // Every overdue report is one not received.
    let all = plain(&path, YEAR);
    for id in &on_16th {
        let p = all.iter().find(|p| p.id == *id).unwrap();
        assert_eq!(p.status, "forventet");
    }
    // Sorted by days overdue, most first: the 10 February deadline before the 15th.
    let q = QueueFilter {
        overdue: true,
        sort: QueueSort::Overdue,
        descending: true,
        ..Default::default()
    };
    let order = ids(&store, &filter(YEAR, d(2026, 2, 16), q));
    let at = |id: i64| order.iter().position(|x| *x == id).unwrap();
    assert!(at(national.0) < at(regional.0));
}

#[test]
fn sorting_by_status_follows_the_review_and_reverses() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let today = support::db::today();
    let rank = |s: &str| ReportStatus::from_code(s).unwrap() as usize;
    let status_of: std::collections::HashMap<i64, String> = plain(&path, YEAR)
        .into_iter()
        .map(|p| (p.id, p.status))
        .collect();
    for descending in [false, true] {
        let q = QueueFilter {
            sort: QueueSort::Status,
            descending,
            ..Default::default()
        };
        let order: Vec<usize> = ids(&store, &filter(YEAR, today, q))
            .iter()
            .map(|id| rank(&status_of[id]))
            .collect();
        let mut want = order.clone();
        want.sort_unstable();
        if descending {
            want.reverse();
        }
        assert_eq!(order, want, "descending: {descending}");
        assert!(
            order.first() != order.last(),
            "the demo has several statuses"
        );
    }
    // Received: dated reports first, oldest first; the undated last either way.
    let received: std::collections::HashMap<i64, Option<String>> = {
        let conn = raw(&path);
        let mut stmt = conn
            .prepare("SELECT id, received_on FROM annual_reports WHERE year = 2025")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for descending in [false, true] {
        let q = QueueFilter {
            sort: QueueSort::Received,
            descending,
            ..Default::default()
        };
        let dates: Vec<Option<String>> = ids(&store, &filter(YEAR, today, q))
            .iter()
            .map(|id| received[id].clone())
            .collect();
        let first_none = dates
            .iter()
            .position(Option::is_none)
            .unwrap_or(dates.len());
        assert!(dates[first_none..].iter().all(Option::is_none));
        let dated: Vec<&String> = dates[..first_none].iter().flatten().collect();
        let mut want = dated.clone();
        want.sort();
        if descending {
            want.reverse();
        }
        assert_eq!(dated, want);
    }
}

#[test]
fn counts_per_status_add_up_to_the_season_under_region_and_kind() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let all = plain(&path, YEAR);
    let counts = store.report_counts(YEAR, None, None).unwrap();
    assert_eq!(counts.len(), ReportStatus::all().len());
    for (status, n) in &counts {
        let want = all.iter().filter(|p| p.status == status.code()).count();
        assert_eq!(*n, want, "{}", status.code());
    }
    let hn = store.report_counts(YEAR, Some(Region::Hn), None).unwrap();
    let total: usize = hn.iter().map(|(_, n)| n).sum();
    let want = all
        .iter()
        .filter(|p| p.region == "HN" || p.reviewer.as_deref() == Some("HN"))
        .count();
    assert_eq!(total, want);
    assert!(total < all.len());
}

#[test]
fn saved_views_are_per_user_seeded_once_replaced_and_deleted_with_audit() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    store.set_user("kari");
    let defaults: Vec<(String, QueueFilter)> = irf::domain::default_views()
        .into_iter()
        .map(|(v, f)| {
            (
                irf::i18n::default_view_name(irf::i18n::Lang::Nb, v).to_string(),
                f,
            )
        })
        .collect();
    assert!(store.seed_views("arsrapporter", &defaults).unwrap());
    assert!(
        !store.seed_views("arsrapporter", &defaults).unwrap(),
        "only once"
    );
    let names: Vec<String> = store
        .saved_views("arsrapporter")
        .unwrap()
        .into_iter()
        .map(|v| v.name)
        .collect();
    assert_eq!(names, ["Min region", "Forsinket", "Venter på uttalelse"]);
    let mine = QueueFilter {
        region: Some(Region::Hmn),
        sort: QueueSort::Deadline,
        ..Default::default()
    };
    assert!(!store.save_view("arsrapporter", "HMN", &mine).unwrap());
    let mut other = mine.clone();
    other.descending = true;
    assert!(
        store.save_view("arsrapporter", "HMN", &other).unwrap(),
        "replaced"
    );
    let views = store.saved_views("arsrapporter").unwrap();
    assert_eq!(views.last().unwrap().filter, other);
    // Another user sees none of Kari's views.
    store.set_user("ola");
    assert!(store.saved_views("arsrapporter").unwrap().is_empty());
    store.set_user("kari");
    assert!(store.delete_view("arsrapporter", "HMN").unwrap());
    assert!(!store.delete_view("arsrapporter", "HMN").unwrap());
    let audit: i64 = raw(&path)
        .query_row(
            "SELECT count(*) FROM audit_log WHERE entity = 'saved_view' AND user = 'kari'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audit, 3 + 2 + 1, "three seeded, saved twice, deleted once");
    // The user's region.
    assert_eq!(store.user_region().unwrap(), None);
    store.set_user_region(Region::Hv).unwrap();
    assert_eq!(store.user_region().unwrap(), Some(Region::Hv));
}

#[test]
fn a_large_season_read_in_name_order_walks_the_index_and_agrees_with_sorting() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path, irf::store::OpenMode::ReadWrite).unwrap();
    let today = support::db::today();
    // 1,000 units with ten reports each: the season is large enough for the walk.
    store.generate_large(5, today).unwrap();
    let season = irf::domain::current_season(today);
    let conn = raw(&path);
    // A few units without a report this season: the count must leave them out.
    conn.execute(
        "DELETE FROM annual_reports WHERE year = ?1 AND unit_id % 97 = 0",
        [season],
    )
    .unwrap();
    let want = |text: &str, descending: bool| -> Vec<String> {
        let dir = if descending { "DESC" } else { "" };
        let mut stmt = conn
            .prepare(&format!(
                "SELECT u.name FROM units u JOIN annual_reports r ON r.unit_id = u.id
                  WHERE r.year = ?1 AND u.name LIKE ?2
                  ORDER BY u.name COLLATE NOCASE {dir}, u.id {dir} LIMIT 40"
            ))
            .unwrap();
        stmt.query_map((season, format!("%{text}%")), |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for (text, descending) in [("", false), ("", true), ("tjeneste 00", false)] {
        let f = ListFilter {
            text: text.to_string(),
            ..filter(
                season,
                today,
                QueueFilter {
                    descending,
                    ..Default::default()
                },
            )
        };
        let total = store.list_count(ListKind::Reports, &f).unwrap();
        assert!(total > 300, "{text:?}: {total}");
        let counted: usize = conn
            .query_row(
                "SELECT count(*) FROM units u JOIN annual_reports r ON r.unit_id = u.id
                  WHERE r.year = ?1 AND u.name LIKE ?2",
                (season, format!("%{text}%")),
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .unwrap();
        assert_eq!(total, counted, "{text:?}");
        let got: Vec<String> = store
            .list_window(ListKind::Reports, &f, 0, 40)
            .unwrap()
            .iter()
            .map(|r| match r {
                Row::Report(r) => r.unit.clone(),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            got,
            want(text, descending),
            "{text:?} descending {descending}"
        );
    }
}

/// A narrowed queue reads its ids once and each window by them: windows at every offset
/// join up to the whole list in order, and a write that moves a report out of the
/// narrowing shows at once.
#[test]
fn a_narrowed_queue_pages_in_order_and_follows_a_write() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let today = support::db::today();
    let q = QueueFilter {
        status: Some(ReportStatus::Expected),
        sort: QueueSort::Unit,
        ..Default::default()
    };
    let f = filter(YEAR, today, q);
    let whole = ids(&store, &f);
    assert!(whole.len() >= 3, "{whole:?}");
    let mut paged = Vec::new();
    for offset in (0..whole.len()).step_by(2) {
        let rows = store.list_window(ListKind::Reports, &f, offset, 2).unwrap();
        paged.extend(rows.iter().map(Row::id));
    }
    assert_eq!(paged, whole, "windows of two join up in the list's order");
    assert!(
        store
            .list_window(ListKind::Reports, &f, whole.len(), 5)
            .unwrap()
            .is_empty()
    );
    let first = whole[0];
    let versions = store.report_versions(&[first]).unwrap();
    store
        .bulk_reports(&versions, irf::store::BulkChange::Received(today), today)
        .unwrap();
    let after = ids(&store, &f);
    assert_eq!(after.len(), whole.len() - 1);
    assert!(
        !after.contains(&first),
        "the received report left the narrowing"
    );
}
