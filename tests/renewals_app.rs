//! The Fornyelser pane by keys: the RHFs' renewal of a network in year 6 (the next
//! period made with it), a competence service's phase-out assessment (a transition
//! over two years refused, then saved) and IRF's answer, a renewal case drafted
//! into Saker linked to the network, a network's members added and taken out (`n`,
//! `d`), and a regional competence service's evaluation (`b`; a date ahead refused).

mod support;

use irf::app::{Action, App, Mode, Pane};
use irf::keymap::Context;
use irf::store::Row;
use ratatui::crossterm::event::KeyCode;
use support::app::{demo_on, key, message, press, select_renewal, today, type_text};

#[test]
fn a_network_in_year_6_is_renewed_with_its_next_period() {
    let (_dir, mut app) = demo_on(Action::PaneRenewals);
    let unit = select_renewal(&mut app, "ParkinsonNet", true);
    let before = app.store.network(unit, today()).unwrap().periods.len();
    press(&mut app, Context::List, Action::Decide);
    assert_eq!(app.state.mode(), Mode::Dialog);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let network = app.store.network(unit, today()).unwrap();
    assert_eq!(
        network.periods.len(),
        before + 1,
        "the next period is there"
    );
}

#[test]
fn a_phase_out_assessment_is_written_and_answered() {
    let (_dir, mut app) = demo_on(Action::PaneRenewals);
    let unit = select_renewal(&mut app, "hyperkolesterolemi", false);
    press(&mut app, Context::List, Action::Edit);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    key(&mut app, KeyCode::Tab);
    // Choose "continues as a network" whatever the demo had.
    for _ in 0..10 {
        if app.state.dialog().unwrap().fields[1].value == "nettverk" {
            break;
        }
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Tab);
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "3");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog, "three years is refused");
    assert!(message(&app).contains('2'));
    key(&mut app, KeyCode::Backspace);
    type_text(&mut app, "2");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let saved = app.store.phase_out(unit).unwrap().expect("saved");
    assert_eq!(saved.transition_years, 2);
    assert_eq!(saved.outcome.map(irf::domain::Code::code), Some("nettverk"));
    press(&mut app, Context::List, Action::Decide);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let answered = app.store.phase_out(unit).unwrap().unwrap();
    assert_eq!(
        answered.irf_answer.map(irf::domain::Code::code),
        Some("stotter")
    );
}

#[test]
fn a_renewal_case_is_drafted_linked_to_the_network() {
    let (_dir, mut app) = demo_on(Action::PaneRenewals);
    let unit = select_renewal(&mut app, "ParkinsonNet", true);
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Cases, "{:?}", app.state.message);
    let Some(Row::Case(case)) = app.state.list().selected_row().cloned() else {
        panic!("the new case is selected");
    };
    let stored = app.store.case(case.id).unwrap();
    assert!(
        stored
            .links
            .iter()
            .any(|l| l.entity == "unit" && l.id == unit)
    );
    assert!(stored.title.contains("ParkinsonNet"));
}

/// Types `text` into the focused field after clearing it.
fn replace(app: &mut App, text: &str) {
    for _ in 0..40 {
        key(app, KeyCode::Backspace);
    }
    type_text(app, text);
}

#[test]
fn a_networks_members_are_added_and_taken_out_by_keys() {
    let (_dir, mut app) = demo_on(Action::PaneRenewals);
    let unit = select_renewal(&mut app, "ParkinsonNet", true);
    // n: name, region (←/→), role, user representative.
    for (name, rights, user_rep) in [("Ola Nordmann", 0, false), ("Kari Vik", 1, true)] {
        press(&mut app, Context::List, Action::New);
        assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
        type_text(&mut app, name);
        key(&mut app, KeyCode::Tab);
        for _ in 0..rights {
            key(&mut app, KeyCode::Right);
        }
        // The role stays fagperson.
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        if user_rep {
            key(&mut app, KeyCode::Right);
        }
        key(&mut app, KeyCode::Enter);
        assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    }
    let members = app.store.group_members(unit).unwrap();
    let names: Vec<(&str, &str)> = members
        .iter()
        .map(|m| (m.name.as_str(), irf::domain::Code::code(m.region)))
        .collect();
    assert_eq!(names, [("Kari Vik", "HV"), ("Ola Nordmann", "HSØ")]);
    // The detail flags the regions still missing (HMN, HN), not the user representative.
    let Some(irf::store::Detail::Network { group, .. }) = app.state.list().detail.clone() else {
        panic!("a network's detail");
    };
    use irf::domain::{Breach, Region};
    assert_eq!(
        group.breaches,
        [
            Breach::MissingRegion(Region::Hmn),
            Breach::MissingRegion(Region::Hn)
        ]
    );
    // A member without a name is refused and nothing is saved.
    press(&mut app, Context::List, Action::New);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog, "refused");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.store.group_members(unit).unwrap().len(), 2);
    // d: the first choice (Kari Vik) goes.
    press(&mut app, Context::List, Action::Delete);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let left = app.store.group_members(unit).unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].name, "Ola Nordmann");
}

#[test]
fn a_regional_services_evaluation_is_recorded_by_keys() {
    let (_dir, mut app) = demo_on(Action::PaneRenewals);
    let unit = select_renewal(&mut app, "klinisk ernæring", false);
    // c makes no IRF case of a regional evaluation; it says so.
    press(&mut app, Context::List, Action::DraftCase);
    assert_eq!(app.state.pane, Pane::Renewals);
    assert!(
        message(&app).contains("b registrerer"),
        "{:?}",
        app.state.message
    );
    press(&mut app, Context::List, Action::Decide);
    assert_eq!(app.state.mode(), Mode::Dialog, "{:?}", app.state.message);
    // A date ahead is refused with the field at fault; nothing is saved.
    replace(&mut app, "24.11.2026");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(message(&app).contains("fram i tid"));
    assert!(app.store.evaluations(unit).unwrap().is_empty());
    replace(&mut app, "01.10.2026");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Tab);
    type_text(&mut app, "Nytt mandat");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    let recorded = app.store.evaluations(unit).unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].outcome, irf::domain::EvaluationOutcome::Changes);
    assert_eq!(recorded[0].note, "Nytt mandat");
    // The row now shows the next evaluation on 1 October 2031.
    let unit_row = select_renewal(&mut app, "klinisk ernæring", false);
    assert_eq!(unit_row, unit);
    let Some(Row::Renewal(row)) = app.state.list().selected_row().cloned() else {
        panic!("the row");
    };
    assert_eq!(row.ends_on, chrono::NaiveDate::from_ymd_opt(2031, 10, 1));
}

#[test]
fn d_on_a_service_says_where_its_group_is_changed_and_on_a_network_names_it() {
    let (_dir, mut app) = demo_on(Action::PaneRenewals);
    select_renewal(&mut app, "hyperkolesterolemi", false);
    press(&mut app, Context::List, Action::Delete);
    assert_eq!(app.state.mode(), Mode::List);
    let text = &message(&app);
    assert!(text.contains("Tjenester (6)"), "{text}");
    select_renewal(&mut app, "søvnsykdommer", true);
    press(&mut app, Context::List, Action::Delete);
    let dialog = app.state.dialog().expect("the members to take out");
    assert!(
        dialog.title.starts_with("Ta ut av nettverket"),
        "{}",
        dialog.title
    );
}

#[test]
fn b_in_units_gives_a_network_without_a_period_its_first_and_fornyelser_lists_it() {
    // A new desk: a network and a competence service entered as a portfolio file
    // enters them, without a period (the file has no column for one).
    let (_dir, path) = support::db::temp_db();
    let store = irf::store::Store::open(&path, irf::store::OpenMode::ReadWrite).unwrap();
    support::db::sql(
        &path,
        "INSERT INTO units (name, kind, region_code, approved_on) VALUES
           ('Nettverk for nyfødtmedisin', 'nettverk', 'HV', '2021-06-01'),
           ('Nasjonal kompetansetjeneste for prøver', 'kompetanse', 'HN', '2020-01-01');",
    );
    let mut app = App::new(
        store,
        irf::keymap::Keymap::defaults(),
        irf::i18n::Lang::Nb,
        today(),
        false,
    );
    press(&mut app, Context::Global, Action::PaneRenewals);
    assert_eq!(app.state.list().total, 0, "no period: not in Fornyelser");
    press(&mut app, Context::Global, Action::PaneUnits);
    let title = |r: &Row| r.title().to_string();
    let at = |app: &mut App, part: &str| {
        support::app::select_by(app, part, 10, |r| title(r).contains(part).then(|| r.id()))
    };
    // On a service, b says what it is for here; nothing opens.
    at(&mut app, "prøver");
    press(&mut app, Context::List, Action::Decide);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(
        message(&app).contains("første periode"),
        "{}",
        message(&app)
    );
    let network = at(&mut app, "nyfødtmedisin");
    press(&mut app, Context::List, Action::Decide);
    let dialog = app.state.dialog().cloned().expect("the period dialog");
    assert_eq!(dialog.title, "Første periode: Nettverk for nyfødtmedisin");
    let values: Vec<&str> = dialog.fields.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values, ["01.06.2021", "31.05.2026", "1,0", ""]);
    // A date that is none is refused on its field, and nothing is written.
    replace(&mut app, "31.02.2021");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::Dialog);
    assert!(message(&app).contains("31.02.2021"), "{}", message(&app));
    assert!(
        app.store
            .network(network, today())
            .unwrap()
            .periods
            .is_empty()
    );
    // Back to the approval date, the end left empty (five years), frame 2, a trust.
    replace(&mut app, "01.06.2021");
    key(&mut app, KeyCode::Tab);
    replace(&mut app, "");
    key(&mut app, KeyCode::Tab);
    replace(&mut app, "2");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Right);
    let trust = app.state.dialog().unwrap().fields[3].value.clone();
    assert!(!trust.is_empty(), "a health trust of Helse Vest");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
    assert_eq!(
        message(&app),
        "Perioden 01.06.2021–31.05.2026 er lagret. Nettverket står nå i Fornyelser (3)."
    );
    let saved = app.store.network(network, today()).unwrap();
    let period = saved.current.clone().expect("the period");
    assert_eq!(
        (period.starts_on, period.ends_on, period.frame_mnok),
        (support::db::d(2021, 6, 1), support::db::d(2026, 5, 31), 2.0)
    );
    assert_eq!(period.coordinating_hf.as_deref(), Some(trust.as_str()));
    assert_eq!(saved.year_in_period, Some(6));
    assert_eq!(
        support::db::audit_actions(&path, "network_period", period.id),
        ["insert"]
    );
    // Again: it has a period, and its renewal is decided in Fornyelser.
    press(&mut app, Context::List, Action::Decide);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(message(&app).contains("har alt en periode (01.06.2021–31.05.2026)"));
    press(&mut app, Context::Global, Action::PaneRenewals);
    assert_eq!(app.state.list().total, 1);
    let Some(Row::Renewal(row)) = app.state.list().selected_row().cloned() else {
        panic!("the network's row");
    };
    assert_eq!(
        (row.unit_id, row.state.as_str()),
        (network, "under_evaluering")
    );
    // Ctrl-Z takes the period back.
    press(&mut app, Context::Global, Action::Undo);
    assert!(
        app.store
            .network(network, today())
            .unwrap()
            .periods
            .is_empty()
    );
}
