//! The demo's desk on any day: the IRF meeting is never on a weekend or a public
//! holiday (made on 5 December it would fall on 2. juledag), and colleagues' changes
//! of the last days are in the audit log, so "Siden sist" and a record's history show
//! something.

use chrono::{Datelike, NaiveDate};
use irf::domain::is_working_day;
use irf::store::{OpenMode, Store};

fn demo(dir: &tempfile::TempDir, day: NaiveDate) -> Store {
    let path = dir.path().join(format!("{day}.sqlite"));
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store.seed_demo(&irf::demo::plan(day)).unwrap();
    store
}

#[test]
fn the_meeting_is_on_a_working_day_every_day_of_a_year() {
    let mut day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    while day.year() == 2026 {
        let (held, _, _) = irf::demo::plan(day).meeting;
        assert!(is_working_day(held), "made on {day}: the meeting on {held}");
        assert!(
            (21..=26).contains(&(held - day).num_days()),
            "{day}: {held}"
        );
        day = day.succ_opt().unwrap();
    }
    let (held, _, _) = irf::demo::plan(NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()).meeting;
    assert_eq!(held, NaiveDate::from_ymd_opt(2026, 12, 28).unwrap());
}

#[test]
fn colleagues_changes_show_in_since_last_and_in_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let store = demo(&dir, day);
    let since = day
        .pred_opt()
        .unwrap()
        .checked_sub_days(chrono::Days::new(6))
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc();
    let changes = store
        .changes_since(since, None, Some("tester"), 50)
        .unwrap();
    assert_eq!(changes.count, 2, "{changes:?}");
    let kinds: Vec<&str> = changes.items.iter().map(|i| i.kind.code()).collect();
    assert!(kinds.contains(&"contact_changed"), "{kinds:?}");
    assert!(kinds.contains(&"anchoring_answered"), "{kinds:?}");
    for item in &changes.items {
        assert!(item.person.is_some(), "{item:?}: the colleague is named");
        assert!(item.at.date_naive() < day, "{item:?}");
        let history = store.history(item.target, None, 20).unwrap();
        assert!(!history.entries.is_empty(), "{item:?}");
    }
}

/// The first screen does not wait for the audit log: "N endringer siden sist" is read
/// once the first frame is drawn (`after_first_frame`), and then shows.
#[test]
fn since_last_is_said_after_the_first_frame() {
    let dir = tempfile::tempdir().unwrap();
    let today = chrono::Local::now().date_naive();
    let mut store = demo(&dir, today);
    store.set_user("tester");
    store
        .mark_closed(chrono::Utc::now() - chrono::Duration::days(8))
        .unwrap();
    let (keymap, _) = irf::keymap::Keymap::load(None);
    let mut app = irf::app::App::new(store, keymap, irf::i18n::Lang::Nb, today, true);
    let said = |app: &irf::app::App| {
        app.state
            .message
            .as_ref()
            .map(|m| format!("{m:?}"))
            .unwrap_or_default()
    };
    assert!(!said(&app).contains("siden sist"), "{}", said(&app));
    assert!(app.after_first_frame(), "the status line changed");
    assert!(
        said(&app).contains("endringer siden sist"),
        "{}",
        said(&app)
    );
    assert!(!app.after_first_frame(), "said once");
}
