//! The Fornyelser pane's money view: the 2022 grant table per region with the service
//! environment's 2 % and 4 % shares (the reference figures 4.9, 1.5, 1.6, 0.7 and 8.7
//! in all, with a decimal comma in bokmål), the networks' frames, the competence
//! services' recorded grants (set with `n` on a service's row in Perioder; a
//! negative amount refused, a row the dialog did not show never overwritten), and the year moved with `<` `>` (the latest grant year up to the
//! one chosen).

mod support;

use irf::app::{Action, App, Mode};
use irf::domain::{Region, UnitKind};
use irf::i18n::Lang;
use irf::keymap::Context;
use irf::store::{ListKind, Row};
use ratatui::crossterm::event::KeyCode;
use support::app::{key, press, screen, screen_app, select_renewal_of, type_text};

/// Types `mnok` into the grant dialog of the selected service and saves it.
fn set_grant(app: &mut App, mnok: &str) {
    press(app, Context::List, Action::New);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    key(app, KeyCode::Tab);
    for _ in 0..10 {
        key(app, KeyCode::Backspace);
    }
    type_text(app, mnok);
    key(app, KeyCode::Enter);
}

/// The first competence services with a term in HSØ (two) and HN (one).
fn services(app: &App) -> (i64, i64, i64) {
    let list = app.state.list();
    let rows = app
        .store
        .list_window(ListKind::Renewals, &list.filter, 0, 500)
        .unwrap();
    let ids = |region: Region| -> Vec<i64> {
        rows.iter()
            .filter_map(|r| match r {
                Row::Renewal(r) if r.kind == UnitKind::Competence && r.region == region => {
                    Some(r.unit_id)
                }
                _ => None,
            })
            .collect()
    };
    let (hso, hn) = (ids(Region::Hso), ids(Region::Hn));
    (hso[0], hso[1], hn[0])
}

#[test]
fn the_money_per_region_matches_the_2022_figures() {
    let (_dir, mut app) = screen_app(Lang::Nb);
    press(&mut app, Context::Global, Action::PaneRenewals);
    // Grants recorded by keys: 3 and 2,5 MNOK in HSØ, 4 in HN; -1 is refused.
    let (a, b, hn) = services(&app);
    select_renewal_of(&mut app, hn);
    set_grant(&mut app, "-1");
    assert_eq!(app.state.mode(), Mode::Dialog, "refused, the dialog stays");
    let said = format!("{:?}", app.state.message);
    assert!(said.contains("«-1» er ikke et beløp"), "{said}");
    assert_eq!(
        app.store.unit_grant(hn, 2026).unwrap(),
        None,
        "nothing saved"
    );
    key(&mut app, KeyCode::Esc);
    set_grant(&mut app, "4");
    for (unit, mnok) in [(a, "3"), (b, "2,5")] {
        select_renewal_of(&mut app, unit);
        set_grant(&mut app, mnok);
        assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    }
    assert_eq!(app.store.unit_grant(b, 2026).unwrap().unwrap().mnok, 2.5);
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Money);
    let list = app.state.list();
    let rows = app
        .store
        .list_window(list.kind, &list.filter, 0, 10)
        .unwrap();
    assert_eq!(rows.len(), 5, "four regions and the total");
    let high: Vec<String> = rows
        .iter()
        .map(|r| match r {
            Row::Money(m) => format!("{:.1}", irf::domain::round_mnok(m.line.share_high_mnok)),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(high, ["4.9", "1.5", "1.6", "0.7", "8.7"]);
    let services: Vec<f64> = rows
        .iter()
        .map(|r| match r {
            Row::Money(m) => irf::domain::round_mnok(m.line.service_grants_mnok),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(services, [5.5, 0.0, 0.0, 4.0, 9.5]);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("8,7") && text.contains("9,5"), "{text}");
    insta::assert_snapshot!("money_80x24", text);
    // Years before the table have no grant: the view says 0, and the year is shown.
    press(&mut app, Context::List, Action::PrevYear);
    for _ in 0..5 {
        press(&mut app, Context::List, Action::PrevYear);
    }
    let list = app.state.list();
    let rows = app
        .store
        .list_window(list.kind, &list.filter, 0, 10)
        .unwrap();
    let Row::Money(total) = rows.last().unwrap() else {
        panic!("the total");
    };
    assert_eq!(total.line.grant_mnok, 0.0, "no grant table before 2022");
}

#[test]
fn a_grant_is_recorded_from_a_regions_line_for_any_of_its_services() {
    let (_dir, mut app) = screen_app(Lang::En);
    press(&mut app, Context::Global, Action::PaneRenewals);
    press(&mut app, Context::List, Action::NextView);
    assert_eq!(app.state.list().kind, ListKind::Money);
    // The total line has no services of its own: n says to choose a region.
    press(&mut app, Context::List, Action::Last);
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(
        format!("{:?}", app.state.message).contains("Choose a region's line"),
        "{:?}",
        app.state.message
    );
    // HMN's line (third): the first of its services, this year, 1.5 MNOK.
    press(&mut app, Context::List, Action::First);
    press(&mut app, Context::List, Action::MoveDown);
    press(&mut app, Context::List, Action::MoveDown);
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    let unit: i64 = app.state.dialog().unwrap().value(0).parse().unwrap();
    let services = app.store.competence_services(Region::Hmn).unwrap();
    assert_eq!(unit, services[0].0);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.state.mode(),
        Mode::Dialog,
        "not an amount: {:?}",
        app.state.dialog()
    );
    assert!(
        format!("{:?}", app.state.message).contains("is not an amount"),
        "{:?} {:?}",
        app.state.message,
        app.state.dialog()
    );
    key(&mut app, KeyCode::Backspace);
    type_text(&mut app, "1.5");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(app.store.unit_grant(unit, 2026).unwrap().unwrap().mnok, 1.5);
    let money = app.store.money(2026).unwrap();
    assert_eq!(money.region(Region::Hmn).service_grants_mnok, 1.5);
    assert_eq!(money.total.service_grants_mnok, 1.5);

    // The same service and year again from the region's line: the dialog never
    // showed the 1.5 recorded, so it is not overwritten; the refusal names it.
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    assert_eq!(app.state.dialog().unwrap().value(0), unit.to_string());
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "3");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog, "refused, the dialog stays");
    let said = format!("{:?}", app.state.message);
    assert!(
        said.contains("The grant for 2026 is already recorded: 1.5 MNOK, by "),
        "{said}"
    );
    assert!(said.contains("Open it from the service's row"), "{said}");
    assert_eq!(app.store.unit_grant(unit, 2026).unwrap().unwrap().mnok, 1.5);
}

#[test]
fn another_year_typed_in_a_services_grant_dialog_does_not_overwrite_that_year() {
    let (_dir, mut app) = screen_app(Lang::En);
    press(&mut app, Context::Global, Action::PaneRenewals);
    let (a, _, _) = services(&app);
    // 2025 is recorded; the dialog opens on 2026 (none yet), showing 2025's amount.
    app.store.set_unit_grant(a, 2025, 2.0, 0).unwrap();
    select_renewal_of(&mut app, a);
    press(&mut app, Context::List, Action::New);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    let dialog = app.state.dialog().unwrap();
    assert_eq!(
        (dialog.value(0), dialog.value(1)),
        ("2026".into(), "2.0".into())
    );
    // The year changed to 2025 and 5 typed: 2025's row was not the one shown.
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2025");
    key(&mut app, KeyCode::Tab);
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "5");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog, "refused, the dialog stays");
    let said = format!("{:?}", app.state.message);
    assert!(
        said.contains("The grant for 2025 is already recorded: 2.0 MNOK"),
        "{said}"
    );
    assert_eq!(app.store.unit_grant(a, 2025).unwrap().unwrap().mnok, 2.0);
    // The refusal puts the cursor on the year: the year shown (2026) saves.
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "2026");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(app.store.unit_grant(a, 2026).unwrap().unwrap().mnok, 5.0);
}
