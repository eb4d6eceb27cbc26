//! The service environment's own obligations (issue 18, item 3): the status report to
//! HOD held as data with the start of operation (HOD's letter received 20.09.2022, due
//! two years later), each region's yearly setting-aside of 2–4 % tied to the money
//! view, and dialogue events (a national one standing in for the year's "Nasjonal
//! dialogdag"); every write audited, each refusal a sentence in both languages that
//! leaves the data as it was. The command line (`obligations/cli.rs`) and the app
//! (`obligations/app.rs`) are tested beside this.

use irf::domain::{ObligationRefusal, Refusal, Region};
use irf::i18n::{Lang, refusal_text};
use irf::store::{
    CalendarKind, DialogueEdit, DueKind, HistoryTarget, ObligationsEdit, OpenMode, SetAsideEdit,
    Store, StoreError,
};

#[path = "obligations/app.rs"]
mod app;
#[path = "obligations/cli.rs"]
mod cli;
mod support;
use support::db::{d, demo_store, temp_db};

fn dump(path: &std::path::Path) -> String {
    support::db::dump(
        path,
        &[
            "SELECT * FROM environment_obligations",
            "SELECT * FROM set_asides ORDER BY id",
            "SELECT * FROM dialogue_events ORDER BY id",
            "SELECT entity, entity_id, action, old_value, new_value FROM audit_log
              WHERE entity IN ('obligations', 'set_aside', 'dialogue_event') ORDER BY id",
        ],
    )
}

fn refusal<T: std::fmt::Debug>(r: irf::store::Result<T>) -> ObligationRefusal {
    match r {
        Err(StoreError::Refused(Refusal::Obligation(o))) => o,
        other => panic!("expected an obligation refusal, got {other:?}"),
    }
}

fn fresh() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let (dir, path) = temp_db();
    let store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    (dir, path, store)
}

fn edit_of(store: &Store) -> ObligationsEdit {
    let o = store.obligations().unwrap();
    ObligationsEdit {
        started_on: o.started_on,
        started_basis: o.started_basis,
        report_title: o.report_title,
        report_years: i64::from(o.report_years),
        report_owner: o.report_owner,
        report_sent_on: o.report_sent_on,
        set_aside_month: o.set_aside_month,
        set_aside_day: o.set_aside_day,
        note: o.note,
    }
}

fn set_aside(region: Region, percent: Option<f64>, mnok: Option<f64>) -> SetAsideEdit {
    SetAsideEdit {
        year: 2026,
        region,
        percent,
        mnok,
        note: String::new(),
    }
}

fn event(held_on: Option<chrono::NaiveDate>, title: &str, national: bool) -> DialogueEdit {
    DialogueEdit {
        held_on,
        title: title.into(),
        place: "Bodø".into(),
        region: Region::Hn,
        national,
        note: String::new(),
    }
}

#[test]
fn a_new_file_holds_the_start_and_the_report_is_due_two_years_after() {
    let (_dir, _path, store) = fresh();
    let o = store.obligations().unwrap();
    assert_eq!(o.started_on, d(2022, 9, 20));
    assert_eq!(o.report_years, 2);
    assert_eq!(o.report_due(), Some(d(2024, 9, 20)));
    assert_eq!(o.report_owner, Region::Hv);
    let report: Vec<_> = store
        .calendar(2024)
        .unwrap()
        .into_iter()
        .filter(|i| matches!(i.kind, CalendarKind::StatusReport { .. }))
        .collect();
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].date, d(2024, 9, 20));
    assert_eq!(report[0].kind.code(), "status_report");
    assert_eq!(report[0].owner.as_deref(), Some("HV"));
    // Open, it is due and, past its day, overdue beyond the usual 60 days.
    let due = store.due(d(2026, 11, 23), 10).unwrap();
    let item = due
        .iter()
        .find(|i| i.kind == DueKind::Calendar(CalendarKind::StatusReport { sent: false }))
        .expect("the open report is listed");
    assert!(item.kind.is_obligation());
    // The documented national dialogue arena of 15.09.2023 stands in for 2023's
    // placeholder.
    let y2023 = store.calendar(2023).unwrap();
    assert!(
        y2023
            .iter()
            .any(|i| i.kind == CalendarKind::Dialogue && i.date == d(2023, 9, 15))
    );
    assert!(!y2023.iter().any(|i| i.title == "Nasjonal dialogdag"));
}

#[test]
fn the_start_is_data_moving_it_moves_the_due_day_and_sending_closes_it() {
    let (_dir, path, mut store) = fresh();
    let mut e = edit_of(&store);
    e.started_on = d(2023, 1, 1);
    store.update_obligations(1, &e).unwrap();
    assert_eq!(
        store.obligations().unwrap().report_due(),
        Some(d(2025, 1, 1))
    );
    let in_2025 = store.calendar(2025).unwrap();
    assert!(
        in_2025
            .iter()
            .any(|i| i.kind.code() == "status_report" && i.date == d(2025, 1, 1))
    );
    // A stale version is a conflict and changes nothing.
    let before = dump(&path);
    e.report_sent_on = Some(d(2024, 12, 20));
    assert!(matches!(
        store.update_obligations(1, &e),
        Err(StoreError::Conflict { .. })
    ));
    assert_eq!(dump(&path), before);
    store.update_obligations(2, &e).unwrap();
    let sent = store.calendar(2025).unwrap();
    assert!(sent.iter().any(|i| i.kind.code() == "status_report_sent"));
    assert!(
        !store
            .due(d(2025, 1, 2), 10)
            .unwrap()
            .iter()
            .any(|i| matches!(i.kind, DueKind::Calendar(CalendarKind::StatusReport { .. })))
    );
    let page = store
        .history(HistoryTarget::Obligations(1), None, 10)
        .unwrap();
    assert_eq!(page.entries.len(), 2);
}

#[test]
fn bad_report_fields_are_refused_in_both_languages_and_change_nothing() {
    let (_dir, path, mut store) = fresh();
    let before = dump(&path);
    let mut e = edit_of(&store);
    e.report_years = 11;
    let r = refusal(store.update_obligations(1, &e));
    assert_eq!(r, ObligationRefusal::YearsOutside { years: 11 });
    let mut e = edit_of(&store);
    e.report_sent_on = Some(d(2022, 1, 1));
    let r = refusal(store.update_obligations(1, &e));
    let nb = refusal_text(Lang::Nb, &Refusal::Obligation(r.clone()));
    let en = refusal_text(Lang::En, &Refusal::Obligation(r));
    assert!(
        nb.starts_with("Rapporten står som sendt 01.01.2022 men driften startet 20.09.2022."),
        "{nb}"
    );
    assert!(
        en.starts_with("The report is marked sent on 2022-01-01"),
        "{en}"
    );
    let mut e = edit_of(&store);
    (e.set_aside_month, e.set_aside_day) = (2, 30);
    let r = refusal(store.update_obligations(1, &e));
    assert!(
        refusal_text(Lang::Nb, &Refusal::Obligation(r)).starts_with("30.02 er ikke en dag i året.")
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn a_set_aside_outside_two_to_four_or_negative_is_refused_with_a_sentence() {
    let (_dir, path, mut store) = fresh();
    let before = dump(&path);
    let r = refusal(store.record_set_aside(&set_aside(Region::Hv, Some(4.5), None), 0));
    assert_eq!(r, ObligationRefusal::PercentOutside { hundredths: 450 });
    let r = Refusal::Obligation(r);
    assert!(
        refusal_text(Lang::Nb, &r).starts_with("4,50 % er utenfor 2–4 %"),
        "{}",
        refusal_text(Lang::Nb, &r)
    );
    assert!(refusal_text(Lang::En, &r).starts_with("4.50 % is outside 2–4 %"));
    let r = refusal(store.record_set_aside(&set_aside(Region::Hv, None, Some(-0.5)), 0));
    assert_eq!(r, ObligationRefusal::NegativeAmount);
    let r = Refusal::Obligation(r);
    assert!(refusal_text(Lang::Nb, &r).starts_with("Beløpet kan ikke være negativt."));
    assert!(refusal_text(Lang::En, &r).starts_with("The amount cannot be negative."));
    let r = refusal(store.record_set_aside(&set_aside(Region::Hv, None, None), 0));
    assert_eq!(r, ObligationRefusal::NothingRecorded);
    // A year the table does not hold is a sentence too, not the database's error.
    let far = SetAsideEdit {
        year: 1999,
        ..set_aside(Region::Hv, Some(3.0), None)
    };
    let r = refusal(store.record_set_aside(&far, 0));
    assert_eq!(
        r,
        ObligationRefusal::BadYear {
            text: "1999".into()
        }
    );
    let r = Refusal::Obligation(r);
    assert!(refusal_text(Lang::Nb, &r).starts_with("«1999» er ikke et år fra 2000 til 2100."));
    assert!(refusal_text(Lang::En, &r).starts_with("“1999” is not a year from 2000 to 2100."));
    assert_eq!(dump(&path), before, "nothing written");
}

#[test]
fn a_recorded_set_aside_shows_in_the_money_view_and_the_calendar() {
    let (_dir, path, mut store) = fresh();
    // Nothing recorded: every region's setting-aside of 2026 is open on 1 March.
    let open: Vec<_> = store
        .calendar(2026)
        .unwrap()
        .into_iter()
        .filter(|i| i.kind == CalendarKind::SetAside { recorded: false })
        .collect();
    assert_eq!(open.len(), 4);
    assert!(open.iter().all(|i| i.date == d(2026, 3, 1)));
    let hv = open
        .iter()
        .find(|i| i.owner.as_deref() == Some("HV"))
        .unwrap();
    assert_eq!(hv.title, "HV 2026");
    // 4 % of Helse Vest's 36.9 MNOK is 1.476.
    let id = store
        .record_set_aside(&set_aside(Region::Hv, Some(4.0), None), 0)
        .unwrap();
    let money = store.money(2026).unwrap();
    let hv = money.region(Region::Hv);
    assert!((hv.set_aside_mnok.unwrap() - 1.476).abs() < 1e-9);
    assert_eq!(hv.set_aside_percent, Some(4.0));
    assert_eq!(money.region(Region::Hn).set_aside_mnok, None);
    // An amount alone: its share follows (0.354 of HN's 17.7 is 2 %).
    store
        .record_set_aside(&set_aside(Region::Hn, None, Some(0.354)), 0)
        .unwrap();
    let hn = store.money(2026).unwrap().region(Region::Hn);
    assert!((hn.set_aside_percent.unwrap() - 2.0).abs() < 1e-9);
    let cal = store.calendar(2026).unwrap();
    let recorded: Vec<_> = cal
        .iter()
        .filter(|i| i.kind == CalendarKind::SetAside { recorded: true })
        .collect();
    assert_eq!(recorded.len(), 2);
    assert!(
        recorded
            .iter()
            .any(|i| i.owner.as_deref() == Some("HV") && i.reference == Some(("set_asides", id)))
    );
    // Recording again over a row the caller did not read is a conflict.
    let before = dump(&path);
    assert!(matches!(
        store.record_set_aside(&set_aside(Region::Hv, Some(2.0), None), 0),
        Err(StoreError::Conflict { .. })
    ));
    assert_eq!(dump(&path), before);
    store
        .record_set_aside(&set_aside(Region::Hv, Some(2.0), None), 1)
        .unwrap();
    let page = store
        .history(HistoryTarget::SetAside(id), None, 10)
        .unwrap();
    let actions: Vec<_> = page.entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["update", "insert"]);
    // Only the open ones are due, owned by their region.
    let due = store.due(d(2026, 2, 20), 20).unwrap();
    let owners: Vec<_> = due
        .iter()
        .filter(|i| i.kind == DueKind::Calendar(CalendarKind::SetAside { recorded: false }))
        .map(|i| i.owner.as_deref().unwrap())
        .collect();
    assert_eq!(owners, ["HMN", "HSØ"], "by title on the same day");
    assert!(
        due.iter()
            .filter(|i| i.owned_by("HMN"))
            .any(|i| i.title == "HMN 2026")
    );
    // Deleting it leaves the year unrecorded again.
    let row = store.set_aside(2026, Region::Hv).unwrap().unwrap();
    store.delete_set_aside(row.id, row.version).unwrap();
    assert_eq!(
        store.money(2026).unwrap().region(Region::Hv).set_aside_mnok,
        None
    );
}

#[test]
fn a_dialogue_event_needs_a_date_and_a_title_and_a_national_one_replaces_the_placeholder() {
    let (_dir, path, mut store) = fresh();
    let before = dump(&path);
    let r = refusal(store.insert_dialogue_event(&event(None, "Dialogdag", true)));
    assert_eq!(r, ObligationRefusal::EventWithoutDate);
    let r = Refusal::Obligation(r);
    assert!(refusal_text(Lang::Nb, &r).starts_with("Dialogmøtet trenger en dato."));
    assert!(refusal_text(Lang::En, &r).starts_with("The dialogue event needs a date."));
    let r = refusal(store.insert_dialogue_event(&event(Some(d(2027, 10, 20)), "  ", true)));
    assert_eq!(r, ObligationRefusal::EventWithoutTitle);
    assert_eq!(dump(&path), before);
    // 2027 has only the default cycle: its "Nasjonal dialogdag" is shown …
    let placeholder = |s: &Store| {
        s.calendar(2027)
            .unwrap()
            .iter()
            .filter(|i| i.kind == CalendarKind::Milestone && i.title == "Nasjonal dialogdag")
            .count()
    };
    assert_eq!(placeholder(&store), 1);
    // … a regional event beside it, a national one in its place.
    let regional = store
        .insert_dialogue_event(&event(
            Some(d(2027, 4, 10)),
            "Dialogmøte i Helse Nord",
            false,
        ))
        .unwrap();
    assert_eq!(placeholder(&store), 1);
    let national = store
        .insert_dialogue_event(&event(
            Some(d(2027, 10, 20)),
            "Nasjonal dialogdag 2027",
            true,
        ))
        .unwrap();
    assert_eq!(placeholder(&store), 0);
    let events: Vec<_> = store
        .calendar(2027)
        .unwrap()
        .into_iter()
        .filter(|i| i.kind == CalendarKind::Dialogue)
        .collect();
    assert_eq!(events.len(), 2);
    assert_eq!(events[1].title, "Nasjonal dialogdag 2027 – Bodø");
    assert_eq!(events[1].owner.as_deref(), Some("HN"));
    assert_eq!(events[1].reference, Some(("dialogue_events", national)));
    // Changing it checks the version; deleting it brings the placeholder back.
    let before = dump(&path);
    let r = store.update_dialogue_event(national, 7, &event(Some(d(2027, 10, 21)), "X", true));
    assert!(matches!(r, Err(StoreError::Conflict { .. })));
    assert_eq!(dump(&path), before);
    store
        .update_dialogue_event(
            national,
            1,
            &event(Some(d(2027, 10, 21)), "Nasjonal dialogdag", true),
        )
        .unwrap();
    store.delete_dialogue_event(national, 2).unwrap();
    assert_eq!(placeholder(&store), 1);
    let page = store
        .history(HistoryTarget::DialogueEvent(national), None, 10)
        .unwrap();
    assert_eq!(page.entries.len(), 3);
    assert!(store.dialogue_event(regional).is_ok());
}

#[test]
fn the_demo_records_three_regions_and_leaves_one_open() {
    let (_dir, path) = temp_db();
    let store = demo_store(&path);
    let money = store.money(2026).unwrap();
    let recorded: Vec<bool> = [Region::Hso, Region::Hv, Region::Hmn, Region::Hn]
        .into_iter()
        .map(|r| money.region(r).set_aside_mnok.is_some())
        .collect();
    assert_eq!(recorded, [true, true, true, false]);
    assert_eq!(
        store.obligations().unwrap().report_sent_on,
        Some(d(2024, 9, 16))
    );
    let events = store.dialogue_events(Some(2026)).unwrap();
    assert_eq!(events.len(), 2);
    assert!(events.iter().any(|e| e.national));
}
