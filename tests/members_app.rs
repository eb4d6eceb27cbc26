//! A reference group by keys in Tjenester: adding the missing region's member takes the
//! rule break away, a new chair takes the chair from the old one (undo gives it back,
//! redo takes it again), taking a member out breaks the rule again, and a member
//! without a name is refused with nothing saved. A regional competence service's
//! member gets a role and a health trust by choice.

mod support;

use irf::app::{Action, App, Mode};
use irf::domain::Breach;
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::KeyCode;
use support::app::{demo_on, key, press, type_text};

/// The breaches of the unit of the selected breach row.
fn breaches(app: &App, unit: i64) -> Vec<Breach> {
    app.store
        .reference_groups()
        .unwrap()
        .into_iter()
        .find(|g| g.unit_id == unit)
        .map(|g| g.breaches)
        .unwrap_or_default()
}

#[test]
fn the_missing_region_is_added_and_the_break_goes() {
    let (_dir, mut app) = demo_on(Action::PaneUnits);
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Breaches);
    // The first group that misses a region.
    press(&mut app, Context::List, Action::First);
    let mut tries = 0;
    let (unit, missing) = loop {
        tries += 1;
        assert!(tries < 100, "no group misses a region");
        let Some(Row::Breach(g)) = app.state.list().selected_row().cloned() else {
            panic!("no group misses a region");
        };
        if let Some(Breach::MissingRegion(r)) = g
            .breaches
            .iter()
            .find(|b| matches!(b, Breach::MissingRegion(_)))
        {
            break (g.unit_id, *r);
        }
        press(&mut app, Context::List, Action::MoveDown);
    };
    // A nameless member is refused.
    press(&mut app, Context::List, Action::New);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(app.state.message.as_ref().unwrap().is_error);
    let before = app.store.group_members(unit).unwrap();
    let count = before.len();
    type_text(&mut app, "Ingrid Øvrebø");
    key(&mut app, KeyCode::Tab);
    for _ in 0..4 {
        if app.state.dialog().unwrap().fields[1].value == irf::domain::Code::code(missing) {
            break;
        }
        key(&mut app, KeyCode::Right);
    }
    // … and make her chair.
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let members = app.store.group_members(unit).unwrap();
    assert_eq!(members.len(), count + 1);
    assert!(!breaches(&app, unit).contains(&Breach::MissingRegion(missing)));
    let chairs: Vec<_> = members.iter().filter(|m| m.chair).collect();
    assert_eq!(chairs.len(), 1, "one chair");
    assert_eq!(chairs[0].name, "Ingrid Øvrebø");
    // Undo takes her out and gives the chair back to who had it; redo brings her back.
    let chair_ids = |members: &[irf::store::GroupMember]| -> Vec<i64> {
        members.iter().filter(|m| m.chair).map(|m| m.id).collect()
    };
    press(&mut app, Context::List, Action::Undo);
    let message = app.state.message.as_ref().map(|m| m.text.clone());
    assert!(
        message.as_deref().is_some_and(|t| t.starts_with("Angret")),
        "{message:?}"
    );
    let undone = app.store.group_members(unit).unwrap();
    assert_eq!(undone.len(), count);
    assert_eq!(chair_ids(&undone), chair_ids(&before));
    assert!(breaches(&app, unit).contains(&Breach::MissingRegion(missing)));
    press(&mut app, Context::List, Action::Redo);
    let members = app.store.group_members(unit).unwrap();
    assert_eq!(members.len(), count + 1, "{:?}", app.state.message);
    assert_eq!(
        chair_ids(&members),
        chair_ids(&chairs.into_iter().cloned().collect::<Vec<_>>())
    );

    // Taken out again (from the units' list), the region is missing again.
    press(&mut app, Context::List, Action::PrevView);
    assert_eq!(app.state.list().kind, ListKind::Units);
    press(&mut app, Context::List, Action::First);
    for _ in 0..200 {
        if matches!(app.state.list().selected_row(), Some(Row::Unit(u)) if u.id == unit) {
            break;
        }
        press(&mut app, Context::List, Action::MoveDown);
    }
    press(&mut app, Context::List, Action::Delete);
    assert_eq!(app.state.mode(), Mode::Dialog);
    for _ in 0..50 {
        if app.state.dialog().unwrap().fields[0]
            .shown()
            .starts_with("Ingrid Øvrebø")
        {
            break;
        }
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.store.group_members(unit).unwrap().len(), count);
    assert!(breaches(&app, unit).contains(&Breach::MissingRegion(missing)));
}

#[test]
fn a_regional_services_member_gets_a_role_and_a_health_trust_by_choice() {
    let (dir, mut app) = demo_on(Action::PaneUnits);
    assert_eq!(app.state.list().kind, ListKind::Units);
    press(&mut app, Context::List, Action::First);
    let mut unit = None;
    for _ in 0..500 {
        if let Some(Row::Unit(u)) = app.state.list().selected_row()
            && u.name.ends_with("klinisk ernæring")
        {
            unit = Some(u.id);
            break;
        }
        press(&mut app, Context::List, Action::MoveDown);
    }
    let unit = unit.expect("the demo's regional service for klinisk ernæring");
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    {
        let d = app.state.dialog().unwrap();
        // Role: fagperson first; health trust: none first, then HSØ's six by name.
        assert_eq!(
            (d.value(2), d.fields[2].shown()),
            ("fagperson".into(), "fagperson")
        );
        assert_eq!(d.fields[5].shown(), "ingen");
    }
    type_text(&mut app, "Siri Haug");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    // fagperson → kommune.
    key(&mut app, KeyCode::Right);
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    // ingen → the first of HSØ's trusts by name.
    key(&mut app, KeyCode::Right);
    assert_eq!(
        app.state.dialog().unwrap().fields[5].shown(),
        "Akershus universitetssykehus HF"
    );
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let (role, trust): (String, String) = support::db::raw(&dir.path().join("demo.sqlite"))
        .query_row(
            "SELECT m.role, t.name FROM reference_group_members m
               JOIN health_trusts t ON t.id = m.hf_id
              WHERE m.unit_id = ?1 AND m.name = 'Siri Haug'",
            [unit],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (role.as_str(), trust.as_str()),
        ("kommune", "Akershus universitetssykehus HF")
    );
    // One member from a municipality and Akershus: the other five areas, a second
    // municipality member, a university member and the user representatives missing.
    let found = breaches(&app, unit);
    assert!(found.contains(&Breach::TooFewMunicipalities), "{found:?}");
    assert!(found.contains(&Breach::NoAcademia), "{found:?}");
    assert!(found.contains(&Breach::MissingHospitalArea("Vestre Viken HF".into())));
    assert!(!found.contains(&Breach::MissingHospitalArea(
        "Akershus universitetssykehus HF".into()
    )));
    let areas = found
        .iter()
        .filter(|b| matches!(b, Breach::MissingHospitalArea(_)))
        .count();
    assert_eq!(areas, 5);
}
