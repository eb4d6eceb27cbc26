//! Undo of the records that are only their fields: reference-group members (added,
//! with the chair passing, and removed) and leadership periods (added, changed with
//! the neighbour that moved, deleted). Each comes back exactly as it was, redo does it
//! again, and the refusals leave the data as it was: a removal recorded before every
//! field was kept, an undo that would leave days without a leader, a colleague's change.

mod support;

use std::path::Path;

use irf::domain::{Refusal, Region, UndoRefusal};
use irf::store::{LeadershipEdit, MemberEdit, OpenMode, Store, StoreError, UndoStep};

use support::db::{d, demo_store, dump, id, ola_and_kari, raw, sql, temp_db};

fn step(store: &mut Store) -> UndoStep {
    store.take_last_write().expect("the write gives a step")
}

/// The members and periods, without versions (which an undo moves on).
fn state(path: &Path) -> String {
    dump(
        path,
        &[
            "SELECT id, unit_id, contact_id, name, region_code, role, user_rep, chair, hf_id
               FROM reference_group_members ORDER BY id",
            "SELECT id, region_code, starts_on, ends_on, decision, note
               FROM leadership_periods ORDER BY id",
        ],
    )
}

fn audit_rows(path: &Path) -> String {
    dump(path, &["SELECT count(*) FROM audit_log"])
}

fn member(name: &str, region: &str, chair: bool) -> MemberEdit {
    MemberEdit {
        name: name.into(),
        region: region.into(),
        role: "fagperson".into(),
        hf_id: None,
        user_rep: false,
        chair,
    }
}

/// A unit with a reference group whose chair is a member of its own.
fn unit_with_chair(path: &Path, store: &mut Store) -> (i64, i64) {
    let unit = id(path, "SELECT id FROM units ORDER BY id LIMIT 1");
    sql(
        path,
        &format!("UPDATE reference_group_members SET chair = 0 WHERE unit_id = {unit}"),
    );
    let chair = store
        .add_member(unit, &member("Åse Ødegård", "HN", true))
        .unwrap();
    let _ = store.take_last_write();
    (unit, chair)
}

#[test]
fn a_member_added_as_chair_goes_again_and_the_chair_returns_to_who_had_it() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let (unit, chair) = unit_with_chair(&path, &mut store);
    let before = state(&path);
    let new = store
        .add_member(unit, &member("Bjørn Æsheim", "HV", true))
        .unwrap();
    let chairs = |store: &Store| -> Vec<i64> {
        let members = store.group_members(unit).unwrap();
        members.iter().filter(|m| m.chair).map(|m| m.id).collect()
    };
    assert_eq!(chairs(&store), vec![new]);
    // The chair passing has its own audit row, on the member who had it.
    let passed = dump(
        &path,
        &[&format!(
            "SELECT action, old_value, new_value FROM audit_log
              WHERE entity = 'reference_group_member' AND entity_id = {chair} ORDER BY id"
        )],
    );
    assert!(passed.contains("update"), "{passed}");
    assert!(passed.contains(r#"\"chair\":false"#), "{passed}");
    let changed = state(&path);
    let s = step(&mut store);
    let undone = store.undo(s).unwrap();
    assert_eq!(state(&path), before);
    assert_eq!(chairs(&store), vec![chair]);
    assert!(
        undone
            .records
            .contains(&irf::store::HistoryTarget::Member(new))
    );
    // Redo: the member is back with its id, and chairs again.
    store.undo(undone.step).unwrap();
    assert_eq!(state(&path), changed);
    assert_eq!(chairs(&store), vec![new]);
}

#[test]
fn a_removed_member_comes_back_with_every_field_and_its_id() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let (unit, chair) = unit_with_chair(&path, &mut store);
    let hf = id(&path, "SELECT id FROM health_trusts ORDER BY id LIMIT 1");
    let contact = id(&path, "SELECT id FROM contacts ORDER BY id LIMIT 1");
    sql(
        &path,
        &format!(
            "UPDATE reference_group_members SET hf_id = {hf}, contact_id = {contact},
                    user_rep = 1, role = 'brukerrepresentant' WHERE id = {chair}"
        ),
    );
    let before = state(&path);
    let version = store
        .group_members(unit)
        .unwrap()
        .into_iter()
        .find(|m| m.id == chair)
        .unwrap()
        .version;
    store.remove_member(chair, version).unwrap();
    let removed = state(&path);
    assert_ne!(removed, before);
    let s = step(&mut store);
    let undone = store.undo(s).unwrap();
    assert_eq!(
        state(&path),
        before,
        "back as it was, trust and contact too"
    );
    store.undo(undone.step).unwrap();
    assert_eq!(state(&path), removed, "redo removes it again");
}

#[test]
fn a_removal_recorded_with_the_name_only_is_not_undone() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let (unit, _) = unit_with_chair(&path, &mut store);
    let first = store.group_members(unit).unwrap().remove(0);
    store.remove_member(first.id, first.version).unwrap();
    let s = step(&mut store);
    // As a removal was recorded before it kept all of the member.
    sql(
        &path,
        &format!(
            "UPDATE audit_log SET old_value = json_object('unit_id', {unit}, 'name', 'X')
              WHERE write_id = {}",
            s.write
        ),
    );
    let before = (state(&path), audit_rows(&path));
    assert!(store.can_undo(s).is_err());
    match store.undo(s) {
        Err(StoreError::Refused(Refusal::Undo(UndoRefusal::NotCovered))) => {}
        other => panic!("expected not covered, got {other:?}"),
    }
    assert_eq!((state(&path), audit_rows(&path)), before);
}

#[test]
fn a_member_a_colleague_changed_since_is_not_taken_away() {
    let (_dir, path) = temp_db();
    let (mut ola, mut kari) = ola_and_kari(&path);
    let unit = id(&path, "SELECT id FROM units ORDER BY id LIMIT 1");
    ola.add_member(unit, &member("Per Ås", "HSØ", true))
        .unwrap();
    let s = step(&mut ola);
    // Kari adds a chair: the chair passes from Ola's new member, in Kari's write.
    kari.add_member(unit, &member("Kari Lie", "HMN", true))
        .unwrap();
    let before = (state(&path), audit_rows(&path));
    match ola.undo(s) {
        Err(StoreError::Conflict { by, .. }) => assert_eq!(by, "kari"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!((state(&path), audit_rows(&path)), before);
}

fn period(region: Region, from: (i32, u32, u32), to: (i32, u32, u32)) -> LeadershipEdit {
    LeadershipEdit {
        region,
        starts_on: d(from.0, from.1, from.2),
        ends_on: d(to.0, to.1, to.2),
        decision: "IRF 12.12.2024".into(),
        note: "Ålesund–Bodø".into(),
    }
}

#[test]
fn leadership_periods_added_moved_and_deleted_are_undone_and_redone() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    let fresh = state(&path);
    // Added after the documented period (Helse Vest 2023–2024).
    let nord = store
        .insert_leadership_period(&period(Region::Hn, (2025, 1, 1), (2026, 12, 31)))
        .unwrap();
    let added = state(&path);
    let s = step(&mut store);
    let undone = store.undo(s).unwrap();
    assert_eq!(state(&path), fresh);
    store.undo(undone.step).unwrap();
    assert_eq!(state(&path), added);
    let _ = store.take_last_write();
    // Moving the hand-over moves the neighbour too; one undo puts both back.
    let version = store.leadership_period(nord).unwrap().version;
    store
        .update_leadership_period(
            nord,
            version,
            &period(Region::Hn, (2025, 7, 1), (2026, 12, 31)),
        )
        .unwrap();
    assert_ne!(state(&path), added);
    let s = step(&mut store);
    store.undo(s).unwrap();
    assert_eq!(state(&path), added);
    // Deleted (the last may go), and back with its id.
    let version = store.leadership_period(nord).unwrap().version;
    store.delete_leadership_period(nord, version).unwrap();
    let s = step(&mut store);
    store.undo(s).unwrap();
    assert_eq!(state(&path), added);
    assert_eq!(store.leadership_period(nord).unwrap().region, Region::Hn);
}

#[test]
fn undoing_a_period_that_would_leave_days_without_a_leader_is_refused() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store
        .insert_leadership_period(&period(Region::Hn, (2025, 1, 1), (2026, 12, 31)))
        .unwrap();
    let s = step(&mut store);
    // A later period after it: taking the middle one away would leave a gap.
    store
        .insert_leadership_period(&period(Region::Hmn, (2027, 1, 1), (2028, 12, 31)))
        .unwrap();
    let _ = store.take_last_write();
    let before = (state(&path), audit_rows(&path));
    match store.undo(s) {
        Err(StoreError::Refused(Refusal::Leadership(_))) => {}
        other => panic!("expected a leadership refusal, got {other:?}"),
    }
    assert_eq!((state(&path), audit_rows(&path)), before);
    let periods: i64 = raw(&path)
        .query_row("SELECT count(*) FROM leadership_periods", [], |r| r.get(0))
        .unwrap();
    assert_eq!(periods, 3);
}
