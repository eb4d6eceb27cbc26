//! Cases and meetings in the store: numbering per series and year (never reused), the
//! status machine, the templates a new case starts from, cleaning and limiting section
//! text, stale versions (in `texts`), agendas, meetings and what
//! IRF's decision does to the linked records. Every refusal is checked to leave the
//! data as it was.
//!
//! The demo has one IRF meeting 21 days ahead (14.12.2026) with three cases numbered
//! 41/26–43/26 at positions 41–43 (a ranking, a network renewal linked to its unit, a
//! phase-out linked to its unit), and one draft report summary without a number.

use std::path::Path;

use chrono::{Days, NaiveDate};
use irf::domain::{CaseRefusal, CaseStatus as S, CaseType, MeetingKind, Refusal, Region};
use irf::store::{Case, CaseEdit, MeetingEdit, Store, StoreError};

#[path = "cases/agenda.rs"]
mod agenda;
#[path = "cases/decisions.rs"]
mod decisions;
mod support;
#[path = "cases/texts.rs"]
mod texts;
use support::db::{demo_store, raw, temp_db, today};

/// The refusal in a store result, or a panic saying what came instead.
fn refusal<T: std::fmt::Debug>(r: irf::store::Result<T>) -> CaseRefusal {
    match r {
        Err(StoreError::Refused(Refusal::Case(c))) => c,
        other => panic!("expected a case refusal, got {other:?}"),
    }
}

/// Every row a case or meeting change could touch, as text, to show a refused change
/// wrote nothing.
fn dump(path: &Path) -> String {
    support::db::dump(
        path,
        &[
            "SELECT * FROM cases ORDER BY id",
            "SELECT * FROM case_links ORDER BY 1, 2, 3",
            "SELECT * FROM case_numbers_used ORDER BY 1, 2, 3",
            "SELECT * FROM agenda_items ORDER BY 1, 2",
            "SELECT * FROM meetings ORDER BY id",
            "SELECT id, step, irf_rank, version FROM applications ORDER BY id",
            "SELECT id, renewal_state, decision, decided_on, version FROM network_periods ORDER BY id",
            "SELECT id, irf_answer, version FROM phase_outs ORDER BY id",
            "SELECT count(*), max(id) FROM audit_log",
            "SELECT count(*) FROM search_index",
        ],
    )
}

/// `n` days after the tests' today.
fn later(n: u64) -> NaiveDate {
    today().checked_add_days(Days::new(n)).unwrap()
}

fn edit(title: &str, case_type: CaseType) -> CaseEdit {
    CaseEdit {
        title: title.into(),
        case_type,
        region: Some(Region::Hv),
    }
}

/// A new draft of `case_type` linked to `links`; returns it as read.
fn new_case(store: &mut Store, title: &str, case_type: CaseType, links: &[(&str, i64)]) -> Case {
    let id = store
        .insert_case(&edit(title, case_type), links, today())
        .unwrap();
    store.case(id).unwrap()
}

/// A new meeting of `kind` on `held_on`; returns its id.
fn new_meeting(store: &mut Store, kind: MeetingKind, held_on: NaiveDate) -> i64 {
    let e = MeetingEdit {
        kind,
        held_on,
        place: "Gardermoen".into(),
        starts_at: None,
        chair: Some(Region::Hmn),
    };
    store.insert_meeting(&e, today()).unwrap()
}

/// Puts case `id` on meeting `meeting`'s agenda; returns the case as read after.
fn put_on(store: &mut Store, meeting: i64, id: i64) -> Case {
    let version = store.case(id).unwrap().version;
    store.add_to_agenda(meeting, id, version).unwrap();
    store.case(id).unwrap()
}

/// The first id of `table` (a constant of the tests) matching `filter`.
fn first_id(path: &Path, table: &str, filter: &str) -> i64 {
    raw(path)
        .query_row(
            &format!("SELECT id FROM {table} WHERE {filter} ORDER BY id LIMIT 1"),
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// The number of a case as shown.
fn number(store: &Store, id: i64) -> Option<String> {
    store.case(id).unwrap().number.map(|n| n.to_string())
}

#[test]
fn numbers_run_per_series_and_year_and_are_never_reused() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let demo = store.find_meeting("next", today()).unwrap().unwrap();
    let irf_27 = new_meeting(
        &mut store,
        MeetingKind::Irf,
        NaiveDate::from_ymd_opt(2027, 1, 12).unwrap(),
    );
    let ad_26 = new_meeting(&mut store, MeetingKind::Ad, later(10));
    let ids: Vec<i64> = (0..5)
        .map(|i| new_case(&mut store, &format!("Sak {i}"), CaseType::Other, &[]).id)
        .collect();
    assert!(ids.iter().all(|id| number(&store, *id).is_none()));

    put_on(&mut store, demo, ids[0]);
    put_on(&mut store, irf_27, ids[1]);
    put_on(&mut store, irf_27, ids[2]);
    let ad = put_on(&mut store, ad_26, ids[3]);
    assert_eq!(number(&store, ids[0]).as_deref(), Some("44/26"));
    assert_eq!(number(&store, ids[1]).as_deref(), Some("1/27"));
    assert_eq!(number(&store, ids[2]).as_deref(), Some("2/27"));
    assert_eq!(number(&store, ids[3]).as_deref(), Some("1-2026"));
    assert_eq!(ad.series, "AD");

    // 2/27 leaves the agenda with its number, goes back to draft and is deleted; its
    // number is never handed out again.
    let c = store.case(ids[2]).unwrap();
    store.remove_from_agenda(c.id, c.version).unwrap();
    let c = store.case(ids[2]).unwrap();
    assert_eq!(
        (c.status, number(&store, c.id).as_deref()),
        (S::Ready, Some("2/27"))
    );
    let v = store.set_case_status(c.id, c.version, S::Draft).unwrap();
    store.delete_case(c.id, v).unwrap();
    assert!(matches!(store.case(c.id), Err(StoreError::NotFound { .. })));
    put_on(&mut store, irf_27, ids[4]);
    assert_eq!(number(&store, ids[4]).as_deref(), Some("3/27"));
    let used: i64 = raw(&path)
        .query_row(
            "SELECT count(*) FROM case_numbers_used WHERE series = 'IRF' AND year = 2027 AND number = 2",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(used, 1);

    // Numbered off an agenda: the case's series and today's year; kept ever after.
    let loose = new_case(&mut store, "Løs sak", CaseType::Other, &[]);
    let n = store
        .assign_number(loose.id, loose.version, today())
        .unwrap();
    assert_eq!(n.to_string(), "45/26");
    let numbered = store.case(loose.id).unwrap();
    assert_eq!(numbered.version, loose.version + 1);
    let before = dump(&path);
    assert_eq!(
        store
            .assign_number(loose.id, numbered.version, today())
            .unwrap(),
        n
    );
    assert_eq!(dump(&path), before, "a number kept writes nothing");
    let on_27 = put_on(&mut store, irf_27, loose.id);
    assert_eq!(
        on_27.number,
        Some(n),
        "a numbered case keeps its number on any agenda"
    );
    // A stale version is a conflict for a case that has no number yet.
    let other = new_case(&mut store, "Annen sak", CaseType::Other, &[]);
    store
        .update_case(other.id, other.version, &edit("Ny tittel", CaseType::Other))
        .unwrap();
    let before = dump(&path);
    assert!(matches!(
        store.assign_number(other.id, other.version, today()),
        Err(StoreError::Conflict { entity: "case", .. })
    ));
    assert_eq!(dump(&path), before);
}

#[test]
fn the_status_machine_allows_its_steps_and_refuses_the_rest() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let meeting = new_meeting(&mut store, MeetingKind::Irf, later(30));
    let c = new_case(&mut store, "Statussak", CaseType::Other, &[]);
    assert_eq!(c.status, S::Draft);
    let v = store.set_case_status(c.id, c.version, S::Ready).unwrap();
    let v = store.set_case_status(c.id, v, S::Draft).unwrap();
    let v = store.set_case_status(c.id, v, S::Ready).unwrap();
    assert_eq!(store.case(c.id).unwrap().status, S::Ready);

    let before = dump(&path);
    let refused = [
        (S::Ready, CaseRefusal::SameStatus { status: S::Ready }),
        (
            S::OnAgenda,
            CaseRefusal::StatusByAgenda {
                from: S::Ready,
                to: S::OnAgenda,
            },
        ),
        (
            S::Decided,
            CaseRefusal::BadStatus {
                from: S::Ready,
                to: S::Decided,
            },
        ),
        (
            S::Closed,
            CaseRefusal::BadStatus {
                from: S::Ready,
                to: S::Closed,
            },
        ),
    ];
    for (to, want) in refused {
        assert_eq!(refusal(store.set_case_status(c.id, v, to)), want);
    }
    assert_eq!(dump(&path), before);

    let c = put_on(&mut store, meeting, c.id);
    assert_eq!(c.status, S::OnAgenda);
    let before = dump(&path);
    assert_eq!(
        refusal(store.set_case_status(c.id, c.version, S::Ready)),
        CaseRefusal::StatusByAgenda {
            from: S::OnAgenda,
            to: S::Ready
        }
    );
    assert_eq!(
        refusal(store.set_case_status(c.id, c.version, S::Decided)),
        CaseRefusal::StatusByDecision {
            from: S::OnAgenda,
            to: S::Decided
        }
    );
    assert_eq!(dump(&path), before);

    store
        .record_decision(
            c.id,
            c.version,
            "IRF tar saken til orientering.",
            None,
            today(),
        )
        .unwrap();
    let c = store.case(c.id).unwrap();
    assert_eq!(c.status, S::Decided);
    assert_eq!(
        refusal(store.set_case_status(c.id, c.version, S::Ready)),
        CaseRefusal::BadStatus {
            from: S::Decided,
            to: S::Ready
        }
    );
    let v = store.set_case_status(c.id, c.version, S::SentToAd).unwrap();
    let v = store.set_case_status(c.id, v, S::Closed).unwrap();
    assert_eq!(
        refusal(store.set_case_status(c.id, v, S::Draft)),
        CaseRefusal::BadStatus {
            from: S::Closed,
            to: S::Draft
        }
    );
    assert_eq!(
        refusal(store.delete_case(c.id, v)),
        CaseRefusal::NotDraft { status: S::Closed }
    );
    // vedtatt → lukket directly, on another case.
    let d = new_case(&mut store, "Rett til lukket", CaseType::Other, &[]);
    let d = put_on(&mut store, meeting, d.id);
    store
        .record_decision(d.id, d.version, "Vedtatt.", None, today())
        .unwrap();
    let d = store.case(d.id).unwrap();
    store.set_case_status(d.id, d.version, S::Closed).unwrap();
    assert_eq!(store.case(d.id).unwrap().status, S::Closed);
}
