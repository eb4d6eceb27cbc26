//! Bulk actions: one audit row per report changed, a stale report skipped and named
//! while the rest apply, the rules' refusals, and nothing written when nothing changes.

use irf::domain::{QueueRefusal, Region, ReportStatus, ReviewRefusal};
use irf::store::{BulkChange, BulkSkip};

use super::d;
use crate::support::db::{demo_store, dump, raw, temp_db, today};

fn reports(path: &std::path::Path, status: &str, n: usize) -> Vec<(i64, i64)> {
    let conn = raw(path);
    let mut stmt = conn
        .prepare(
            "SELECT id, version FROM annual_reports WHERE year = 2025 AND status = ?1
              ORDER BY id LIMIT ?2",
        )
        .unwrap();
    stmt.query_map((status, n as i64), |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn audit_rows(path: &std::path::Path) -> i64 {
    raw(path)
        .query_row(
            "SELECT count(*) FROM audit_log WHERE entity = 'annual_report'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn marking_received_applies_to_all_but_the_stale_one() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let chosen = reports(&path, "forventet", 3);
    assert_eq!(chosen.len(), 3);
    // Someone else changes the third report after the dialog read its version.
    raw(&path)
        .execute(
            "UPDATE annual_reports SET version = version + 1, statement_received = 1 WHERE id = ?1",
            [chosen[2].0],
        )
        .unwrap();
    let before = audit_rows(&path);
    let out = store
        .bulk_reports(&chosen, BulkChange::Received(d(2026, 2, 9)), today())
        .unwrap();
    assert_eq!(out.applied, 2);
    assert_eq!(out.skipped.len(), 1);
    assert_eq!(out.skipped[0].0, chosen[2].0);
    assert!(matches!(out.skipped[0].2, BulkSkip::Conflict { .. }));
    assert!(!out.skipped[0].1.is_empty(), "the unit is named");
    assert_eq!(
        audit_rows(&path) - before,
        2,
        "one audit row per report changed"
    );
    let state = dump(
        &path,
        &[&format!(
            "SELECT id, status, received_on FROM annual_reports WHERE id IN ({}, {}, {}) ORDER BY id",
            chosen[0].0, chosen[1].0, chosen[2].0
        )],
    );
    let lines: Vec<&str> = state.lines().collect();
    assert!(lines[0].contains("mottatt") && lines[0].contains("2026-02-09"));
    assert!(lines[1].contains("mottatt") && lines[1].contains("2026-02-09"));
    assert!(lines[2].contains("forventet") && lines[2].contains("Null"));
}

#[test]
fn refused_changes_are_named_and_write_nothing() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let chosen = reports(&path, "forventet", 2);
    let before = dump(
        &path,
        &[
            "SELECT * FROM annual_reports ORDER BY id",
            "SELECT count(*) FROM audit_log",
        ],
    );
    // A date after today.
    let out = store
        .bulk_reports(&chosen, BulkChange::Received(d(2026, 12, 24)), today())
        .unwrap();
    assert_eq!(out.applied, 0);
    assert!(
        out.skipped
            .iter()
            .all(|s| s.2 == BulkSkip::Refused(QueueRefusal::ReceivedInFuture))
    );
    // Reviewed before it is received.
    let out = store
        .bulk_reports(&chosen, BulkChange::Status(ReportStatus::Reviewed), today())
        .unwrap();
    assert_eq!(out.skipped.len(), 2);
    assert_eq!(
        out.skipped[0].2,
        BulkSkip::Refused(QueueRefusal::Review(ReviewRefusal::NotReceived))
    );
    let after = dump(
        &path,
        &[
            "SELECT * FROM annual_reports ORDER BY id",
            "SELECT count(*) FROM audit_log",
        ],
    );
    assert_eq!(before, after, "nothing written");
}

#[test]
fn closing_needs_every_follow_up_done_and_unchanged_reports_are_counted() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let open = reports(&path, "oppfolging", 1);
    assert_eq!(open.len(), 1, "the demo has a report with follow-ups");
    let open_items: i64 = raw(&path)
        .query_row(
            "SELECT count(*) FROM follow_ups WHERE report_id = ?1 AND done = 0",
            [open[0].0],
            |r| r.get(0),
        )
        .unwrap();
    assert!(open_items > 0);
    let out = store
        .bulk_reports(&open, BulkChange::Status(ReportStatus::Closed), today())
        .unwrap();
    assert_eq!(
        out.skipped[0].2,
        BulkSkip::Refused(QueueRefusal::Review(ReviewRefusal::FollowUpsOpen {
            open: open_items as usize
        }))
    );
    raw(&path)
        .execute(
            "UPDATE follow_ups SET done = 1 WHERE report_id = ?1",
            [open[0].0],
        )
        .unwrap();
    let out = store
        .bulk_reports(&open, BulkChange::Status(ReportStatus::Closed), today())
        .unwrap();
    assert_eq!((out.applied, out.skipped.len()), (1, 0));
    // The reviewer: set on two, then again on the same two changes nothing.
    let pair = reports(&path, "mottatt", 2);
    let out = store
        .bulk_reports(&pair, BulkChange::Reviewer(Region::Hn), today())
        .unwrap();
    assert_eq!(out.applied, pair.len());
    let again = store
        .report_versions(&pair.iter().map(|p| p.0).collect::<Vec<_>>())
        .unwrap();
    let before = audit_rows(&path);
    let out = store
        .bulk_reports(&again, BulkChange::Reviewer(Region::Hn), today())
        .unwrap();
    assert_eq!((out.applied, out.unchanged), (0, pair.len()));
    assert_eq!(audit_rows(&path), before, "no audit row for no change");
}
