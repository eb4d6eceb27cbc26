//! Text typed into a narrowed queue: each key keeps, of the narrowing's reports in
//! their order, those whose unit the text finds; the same as the whole queue's hits
//! taken in the narrowing's order, key after key and after a write.

use irf::domain::{QueueFilter, QueueSort, Region, ReportStatus};
use irf::store::ListFilter;

use super::support::db::{demo_store, temp_db, today};
use super::{YEAR, filter, ids};

/// The narrowing's reports (in its order) that the whole queue finds with `text`.
fn expected(store: &irf::store::Store, narrowed: &ListFilter, text: &str) -> Vec<i64> {
    let whole = ListFilter {
        text: text.into(),
        queue: QueueFilter::default(),
        ..narrowed.clone()
    };
    let found = ids(store, &whole);
    ids(store, narrowed)
        .into_iter()
        .filter(|id| found.contains(id))
        .collect()
}

#[test]
fn typing_into_a_narrowed_queue_keeps_its_order_and_finds_what_the_whole_queue_finds() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let q = QueueFilter {
        region: Some(Region::Hso),
        status: Some(ReportStatus::Expected),
        sort: QueueSort::Kind,
        descending: true,
        ..Default::default()
    };
    let narrowed = filter(YEAR, today(), q);
    let all = ids(&store, &narrowed);
    assert!(all.len() >= 3, "{all:?}");
    let mut some_found_fewer = false;
    for text in [
        "n",
        "na",
        "nas",
        "nasjonal",
        "kompetanse",
        "behandling",
        "sarkom",
        "zzz",
        "",
    ] {
        let typed = ListFilter {
            text: text.into(),
            ..narrowed.clone()
        };
        let want = expected(&store, &narrowed, text);
        assert_eq!(ids(&store, &typed), want, "{text:?}");
        some_found_fewer |= !want.is_empty() && want.len() < all.len();
        // Each window by itself, from the ids kept.
        for (i, id) in want.iter().enumerate() {
            let row = store
                .list_window(irf::store::ListKind::Reports, &typed, i, 1)
                .unwrap();
            assert_eq!(
                row.iter().map(irf::store::Row::id).collect::<Vec<_>>(),
                vec![*id]
            );
        }
    }
    assert!(
        some_found_fewer,
        "a text found some of the narrowing, not all"
    );
    // A write that takes a report out of the narrowing shows under the same text.
    let typed = ListFilter {
        text: "nasjonal".into(),
        ..narrowed.clone()
    };
    let before = ids(&store, &typed);
    let first = before[0];
    let versions = store.report_versions(&[first]).unwrap();
    store
        .bulk_reports(
            &versions,
            irf::store::BulkChange::Received(today()),
            today(),
        )
        .unwrap();
    let after = ids(&store, &typed);
    assert_eq!(after, before[1..].to_vec());
    assert_eq!(after, expected(&store, &narrowed, "nasjonal"));
}
