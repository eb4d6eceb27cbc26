//! The queue from the keyboard: narrowing through its dialog, "Min region" asking for
//! the region once, sorting, and a bulk action on marked rows.

use irf::app::{Action, Mode, Pane};
use irf::domain::{Region, ReportStatus};
use irf::keymap::Context;
use irf::store::Row;

use crate::support::app::{demo_on, message, press, type_text};

fn statuses(app: &irf::app::App) -> Vec<ReportStatus> {
    app.state
        .list()
        .window
        .iter()
        .map(|r| match r {
            Row::Report(r) => r.status,
            _ => panic!("not a report"),
        })
        .collect()
}

#[test]
fn narrowing_by_status_from_the_dialog() {
    let (_dir, mut app) = demo_on(Action::PaneReports);
    let total = app.state.list().total;
    press(&mut app, Context::List, Action::Narrow);
    assert_eq!(app.state.mode(), Mode::Dialog);
    // Region, kind, then status: the first status after "all" is "forventet".
    press(&mut app, Context::Filter, Action::MoveDown);
    press(&mut app, Context::Filter, Action::MoveDown);
    press(&mut app, Context::Filter, Action::NextPeriod);
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    let list = app.state.list();
    assert!(list.total > 0 && list.total < total);
    assert!(statuses(&app).iter().all(|s| *s == ReportStatus::Expected));
    let expected = app
        .state
        .queue_counts
        .iter()
        .find(|(s, _)| *s == ReportStatus::Expected)
        .unwrap()
        .1;
    assert_eq!(
        app.state.list().total,
        expected,
        "the header's count agrees"
    );
}

#[test]
fn my_region_asks_once_then_narrows() {
    let (_dir, mut app) = demo_on(Action::PaneReports);
    press(&mut app, Context::List, Action::Views);
    assert_eq!(app.state.mode(), Mode::Dialog);
    // The first view after "all" is "Min region".
    press(&mut app, Context::Filter, Action::NextPeriod);
    press(&mut app, Context::Filter, Action::Open);
    let dialog = app.state.dialog().expect("asks for the region");
    assert!(dialog.title.contains("region"));
    // HSØ, HV: choose HV.
    press(&mut app, Context::Filter, Action::NextPeriod);
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    assert_eq!(app.store.user_region().unwrap(), Some(Region::Hv));
    let q = &app.state.lists[Pane::Reports.index()].filter.queue;
    assert_eq!(q.region, Some(Region::Hv));
    assert!(app.state.list().window.iter().all(|r| match r {
        Row::Report(r) => r.region == Region::Hv || r.reviewer == Some(Region::Hv),
        _ => false,
    }));
    // The second time it does not ask.
    press(&mut app, Context::List, Action::Views);
    press(&mut app, Context::Filter, Action::NextPeriod);
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
}

#[test]
fn marked_reports_are_received_in_one_go_and_sorting_reorders() {
    let (_dir, mut app) = demo_on(Action::PaneReports);
    press(&mut app, Context::List, Action::Narrow);
    press(&mut app, Context::Filter, Action::MoveDown);
    press(&mut app, Context::Filter, Action::MoveDown);
    press(&mut app, Context::Filter, Action::NextPeriod);
    press(&mut app, Context::Filter, Action::Open);
    let before = app.state.list().total;
    assert!(before >= 2);
    press(&mut app, Context::List, Action::ToggleMark);
    press(&mut app, Context::List, Action::ToggleMark);
    assert_eq!(app.state.list().marked.len(), 2);
    press(&mut app, Context::List, Action::MarkReceived);
    assert_eq!(app.state.mode(), Mode::Dialog);
    // A bad date is refused in the dialog, naming it.
    for _ in 0..12 {
        app.on_key(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Backspace,
            ratatui::crossterm::event::KeyModifiers::NONE,
        ));
    }
    type_text(&mut app, "31.02.2026");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::Dialog);
    let warning = app.state.message.as_ref().unwrap();
    assert!(warning.is_error && warning.text.contains("31.02.2026"));
    for _ in 0..10 {
        app.on_key(ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Backspace,
            ratatui::crossterm::event::KeyModifiers::NONE,
        ));
    }
    type_text(&mut app, "09.02.2026");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List);
    assert!(message(&app).starts_with("2 "));
    assert!(app.state.list().marked.is_empty());
    // They left the "forventet" narrowing.
    assert_eq!(app.state.list().total, before - 2);
    // Sorting: the next column after the unit is the kind.
    press(&mut app, Context::List, Action::SortNext);
    let q = &app.state.lists[Pane::Reports.index()].filter.queue;
    assert_eq!(q.sort, irf::domain::QueueSort::Kind);
}

#[test]
fn typing_into_a_prefilled_field_replaces_it_and_the_status_starts_at_the_current() {
    let (_dir, mut app) = demo_on(Action::PaneReports);
    let first = statuses(&app)[0];
    press(&mut app, Context::List, Action::Step);
    let dialog = app.state.dialog().unwrap();
    assert_eq!(
        dialog.fields[0].value,
        irf::domain::Code::code(first),
        "starts at the status now"
    );
    press(&mut app, Context::Filter, Action::Back);
    // The received date opens as today; typing replaces it rather than adding to it.
    let expected = statuses(&app)
        .iter()
        .position(|s| *s == ReportStatus::Expected)
        .unwrap();
    for _ in 0..expected {
        press(&mut app, Context::List, Action::MoveDown);
    }
    press(&mut app, Context::List, Action::MarkReceived);
    assert!(app.state.dialog().unwrap().replaces_on_type(0));
    type_text(&mut app, "09.02.2026");
    assert_eq!(app.state.dialog().unwrap().fields[0].value, "09.02.2026");
    press(&mut app, Context::Filter, Action::Open);
    assert_eq!(app.state.mode(), Mode::List, "{:?}", app.state.message);
}
