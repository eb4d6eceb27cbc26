//! The cycle in the store: the default cycle until a year is stored, edits with
//! versions and audit rows, refusals that change nothing, copying a year, and the
//! calendar and demo using resolved rule dates.

use std::path::Path;

use irf::domain::{CycleRefusal, Refusal, parse_date_input, parse_rule};
use irf::store::{CalendarKind, Milestone, MilestoneEdit, OpenMode, Store, StoreError};

use super::d;
use crate::support;

fn edit(name: &str, date: &str, rule: &str) -> MilestoneEdit {
    MilestoneEdit {
        name: name.into(),
        date: (!date.is_empty()).then(|| parse_date_input(date).unwrap()),
        rule: rule.into(),
        owner: "nasjonal".into(),
        pane: "arshjul".into(),
    }
}

/// The cycle refusal in a store result, or a panic saying what came instead.
fn refusal<T: std::fmt::Debug>(r: Result<T, StoreError>) -> CycleRefusal {
    match r {
        Err(StoreError::Refused(Refusal::Cycle(c))) => c,
        other => panic!("expected a cycle refusal, got {other:?}"),
    }
}

/// Every milestone row and the number of audit rows, read beside the store.
fn snapshot(path: &Path) -> (Vec<String>, i64) {
    let conn = support::db::raw(path);
    let mut stmt = conn
        .prepare(
            "SELECT id, year, name, due_on, rule, owner, pane, version FROM milestones ORDER BY id",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok(format!(
                "{}|{}|{}|{:?}|{:?}|{}|{}|{}",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, i64>(7)?,
            ))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let audit = conn
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap();
    (rows, audit)
}

/// A fresh store (reference data, no demo) with a small 2026 cycle: a May meeting on
/// 26 May, a list 10 working days before it, and a deadline `før` it on 4 May.
fn small_cycle(path: &Path) -> (Store, i64, i64, i64) {
    let mut store = Store::open(path, OpenMode::ReadWrite).unwrap();
    assert!(store.ensure_cycle(2026).unwrap());
    let meeting = store
        .insert_milestone(2026, &edit("IRF-møte mai", "26.05.2026", ""))
        .unwrap();
    let list = store
        .insert_milestone(
            2026,
            &edit("Saksliste", "", "10 working days before irf-MOTE mai"),
        )
        .unwrap();
    let deadline = store
        .insert_milestone(2026, &edit("Innspill", "2026-05-04", "før IRF-møte mai"))
        .unwrap();
    (store, meeting, list, deadline)
}

fn find(store: &Store, year: i32, name: &str) -> Milestone {
    store
        .milestones(year)
        .unwrap()
        .into_iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no {name} in {year}"))
}
#[test]
fn a_year_without_milestones_shows_the_template_until_stored() {
    let (_dir, path) = support::db::temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let shown = store.milestones(2030).unwrap();
    assert_eq!(shown.len(), 13);
    assert!(shown.iter().all(|m| m.id == 0 && m.version == 0));
    assert_eq!(shown[0].name, "IRF prioriterer og rangerer søknadene");
    assert_eq!(shown[0].date, Some(d(2030, 1, 20)));
    assert_eq!(snapshot(&path).0.len(), 0);

    assert!(store.ensure_cycle(2030).unwrap());
    assert!(!store.ensure_cycle(2030).unwrap());
    let stored = store.milestones(2030).unwrap();
    assert_eq!(stored.len(), 13);
    assert!(stored.iter().all(|m| m.id > 0 && m.version == 1));
    assert_eq!(store.audit_count("cycle", 2030).unwrap(), 1);
}

#[test]
fn edits_store_canonical_rules_check_versions_and_write_audit_rows() {
    let (_dir, path) = support::db::temp_db();
    let (mut store, meeting, list, deadline) = small_cycle(&path);
    let m = find(&store, 2026, "Saksliste");
    assert_eq!(m.id, list);
    assert_eq!(m.rule.as_deref(), Some("10 arbeidsdager før IRF-møte mai"));
    assert_eq!(m.date, Some(d(2026, 5, 8)));
    assert_eq!(m.fixed, None);
    assert_eq!(find(&store, 2026, "Innspill").date, Some(d(2026, 5, 4)));
    assert_eq!(store.audit_count("milestone", list).unwrap(), 1);

    // Moving the meeting a week moves the list with it.
    store
        .update_milestone(meeting, 1, &edit("IRF-møte mai", "02.06.2026", ""))
        .unwrap();
    // 1 June; 29, 28, 27, 26 May (Whit Monday 25 skipped); 22, 21, 20, 19, 18 May.
    assert_eq!(find(&store, 2026, "Saksliste").date, Some(d(2026, 5, 18)));
    assert_eq!(find(&store, 2026, "IRF-møte mai").version, 2);
    assert_eq!(store.audit_count("milestone", meeting).unwrap(), 2);

    // A stale version is a conflict and changes nothing.
    let before = snapshot(&path);
    let stale = store.update_milestone(meeting, 1, &edit("IRF-møte mai", "09.06.2026", ""));
    assert!(
        matches!(
            stale,
            Err(StoreError::Conflict {
                entity: "milestone",
                ..
            })
        ),
        "{stale:?}"
    );
    let stale = store.delete_milestone(deadline, 7);
    assert!(
        matches!(stale, Err(StoreError::Conflict { .. })),
        "{stale:?}"
    );
    assert_eq!(snapshot(&path), before);

    store.delete_milestone(deadline, 1).unwrap();
    assert!(
        store
            .milestones(2026)
            .unwrap()
            .iter()
            .all(|m| m.id != deadline)
    );
    assert_eq!(store.audit_count("milestone", deadline).unwrap(), 2);
    let conn = support::db::raw(&path);
    let action: String = conn
        .query_row(
            "SELECT action FROM audit_log WHERE entity = 'milestone' AND entity_id = ?1
              ORDER BY id DESC LIMIT 1",
            [deadline],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(action, "delete");
}

#[test]
fn refused_changes_leave_the_table_as_it_was() {
    let (_dir, path) = support::db::temp_db();
    let (mut store, meeting, list, deadline) = small_cycle(&path);
    let before = snapshot(&path);

    let r = refusal(store.update_milestone(meeting, 1, &edit("Møte i mai", "26.05.2026", "")));
    assert_eq!(
        r,
        CycleRefusal::StillReferenced {
            name: "IRF-møte mai".into(),
            by: vec!["Saksliste".into(), "Innspill".into()]
        }
    );
    let r = refusal(store.delete_milestone(meeting, 1));
    assert!(matches!(r, CycleRefusal::StillReferenced { .. }), "{r:?}");
    // Moving the meeting before the deadline breaks the deadline.
    let r = refusal(store.update_milestone(meeting, 1, &edit("IRF-møte mai", "04.05.2026", "")));
    assert_eq!(
        r,
        CycleRefusal::DeadlineNotBefore {
            name: "Innspill".into(),
            date: d(2026, 5, 4),
            target: "IRF-møte mai".into(),
            target_date: d(2026, 5, 4),
        }
    );
    // Its own rule: a circle through the list.
    let r = refusal(store.update_milestone(
        meeting,
        1,
        &edit("IRF-møte mai", "", "2 arbeidsdager før Saksliste"),
    ));
    assert!(matches!(r, CycleRefusal::Circular { .. }), "{r:?}");
    let r = refusal(store.update_milestone(
        list,
        1,
        &edit("Saksliste", "", "1 arbeidsdag før saksliste"),
    ));
    assert_eq!(
        r,
        CycleRefusal::SelfReference {
            name: "Saksliste".into()
        }
    );
    let r =
        refusal(store.insert_milestone(2026, &edit("Ny", "", "5 arbeidsdager før IRF-mote mia")));
    assert!(
        matches!(&r, CycleRefusal::UnknownMilestone { suggestion: Some(s), .. } if s == "IRF-møte mai"),
        "{r:?}"
    );
    let r = refusal(store.insert_milestone(2026, &edit("saksLISTE", "01.03.2026", "")));
    assert_eq!(
        r,
        CycleRefusal::DuplicateName {
            name: "saksLISTE".into(),
            year: 2026
        }
    );
    let r = refusal(store.insert_milestone(2026, &edit("Ny", "01.03.2027", "")));
    assert!(
        matches!(r, CycleRefusal::DateOutsideYear { year: 2026, .. }),
        "{r:?}"
    );
    let r = refusal(store.insert_milestone(2026, &edit("Ny", "01.03.2026", "2. tirsdag i mai")));
    assert_eq!(r, CycleRefusal::DateWithRule { name: "Ny".into() });
    let r = refusal(store.insert_milestone(2026, &edit("Ny", "", "")));
    assert_eq!(r, CycleRefusal::NoDateNorRule { name: "Ny".into() });
    let r = refusal(store.insert_milestone(2026, &edit("Ny", "", "-2 arbeidsdager før Saksliste")));
    assert_eq!(r, CycleRefusal::BadCount { text: "-2".into() });
    let mut bad_owner = edit("Ny", "01.03.2026", "");
    bad_owner.owner = "Oslo".into();
    let r = refusal(store.insert_milestone(2026, &bad_owner));
    assert_eq!(
        r,
        CycleRefusal::BadOwner {
            text: "Oslo".into()
        }
    );
    let r = refusal(store.update_milestone(
        deadline,
        1,
        &edit("Innspill", "27.05.2026", "før IRF-møte mai"),
    ));
    assert!(matches!(r, CycleRefusal::DeadlineNotBefore { .. }), "{r:?}");

    assert_eq!(snapshot(&path), before);
}

#[test]
fn copying_a_year_recomputes_rules_and_keeps_day_and_month() {
    let (_dir, path) = support::db::temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store
        .insert_milestone(2028, &edit("Skuddårsfrist", "29.02.2028", ""))
        .unwrap();
    store
        .insert_milestone(2028, &edit("IRF-møte mai", "", "2. tirsdag i mai"))
        .unwrap();
    store
        .insert_milestone(
            2028,
            &edit("Oppsummering", "", "15 arbeidsdager før IRF-møte mai"),
        )
        .unwrap();
    // The template came first (13), then the three.
    let y2028 = store.milestones(2028).unwrap();
    assert_eq!(y2028.len(), 16);
    assert_eq!(find(&store, 2028, "IRF-møte mai").date, Some(d(2028, 5, 9)));
    // 15 working days back from 9 May 2028, over 1 May and Easter (13, 14, 17 April).
    assert_eq!(
        find(&store, 2028, "Oppsummering").date,
        Some(d(2028, 4, 12))
    );

    assert_eq!(store.copy_cycle(2028, 2029).unwrap(), 16);
    assert_eq!(
        find(&store, 2029, "Skuddårsfrist").date,
        Some(d(2029, 2, 28))
    );
    assert_eq!(find(&store, 2029, "IRF-møte mai").date, Some(d(2029, 5, 8)));
    assert_eq!(
        find(&store, 2029, "Oppsummering").rule.as_deref(),
        Some("15 arbeidsdager før IRF-møte mai")
    );
    assert_eq!(
        find(&store, 2029, "Oppsummering").date,
        Some(d(2029, 4, 16))
    );
    assert_eq!(
        find(&store, 2029, "Nasjonal dialogdag").date,
        Some(d(2029, 10, 25))
    );
    let conn = support::db::raw(&path);
    let (action, new): (String, String) = conn
        .query_row(
            "SELECT action, new_value FROM audit_log WHERE entity = 'cycle' AND entity_id = 2029",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(action, "copy_cycle");
    let new: serde_json::Value = serde_json::from_str(&new).unwrap();
    assert_eq!(
        (
            new["from"].as_i64(),
            new["to"].as_i64(),
            new["count"].as_i64()
        ),
        (Some(2028), Some(2029), Some(16))
    );

    // A year that has a cycle is not overwritten.
    let before = snapshot(&path);
    assert_eq!(
        refusal(store.copy_cycle(2028, 2029)),
        CycleRefusal::YearHasCycle {
            year: 2029,
            count: 16
        }
    );
    assert_eq!(snapshot(&path), before);

    // An empty source year gives the default cycle.
    assert_eq!(store.copy_cycle(2031, 2032).unwrap(), 13);
    assert_eq!(
        store.milestones(2032).unwrap()[0].date,
        Some(d(2032, 1, 20))
    );
    assert!(store.milestones(2032).unwrap().iter().all(|m| m.id > 0));
}

#[test]
fn the_calendar_and_the_demo_use_resolved_rule_dates() {
    let (_dir, path) = support::db::temp_db();
    let store = support::db::demo_store(&path);
    let treated = find(&store, 2026, "IRF behandler årsrapportene");
    assert_eq!(treated.rule.as_deref(), Some("3. tirsdag i mai"));
    assert_eq!(treated.fixed, None);
    assert_eq!(treated.date, Some(d(2026, 5, 19)));
    let summary = find(&store, 2026, "Oppsummering av årsrapporter til IRF");
    assert_eq!(
        parse_rule(summary.rule.as_deref().unwrap())
            .unwrap()
            .to_string(),
        summary.rule.clone().unwrap()
    );
    assert_eq!(summary.date, Some(d(2026, 4, 24)));
    assert!(
        store
            .milestones(2026)
            .unwrap()
            .iter()
            .all(|m| m.problem.is_none())
    );

    let calendar = store.calendar(2026).unwrap();
    let on = |name: &str| {
        calendar
            .iter()
            .find(|i| i.kind == CalendarKind::Milestone && i.title == name)
            .map(|i| (i.date, i.reference))
    };
    assert_eq!(
        on("IRF behandler årsrapportene"),
        Some((d(2026, 5, 19), Some(("milestones", treated.id))))
    );
    assert_eq!(
        on("Oppsummering av årsrapporter til IRF").map(|x| x.0),
        Some(d(2026, 4, 24))
    );
    let milestones = calendar
        .iter()
        .filter(|i| i.kind == CalendarKind::Milestone)
        .count();
    // The default cycle's 13 and the group's evaluation after two years, less the
    // placeholder "Nasjonal dialogdag" the demo's national dialogue event stands in for.
    assert_eq!(milestones, 13);
}
