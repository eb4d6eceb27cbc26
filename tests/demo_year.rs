//! The demo made on every day of a year: no meeting on a weekend or a public holiday,
//! no report received after the day it was made, every report's status in step with its
//! dates, the report season where a real desk has it on that day (reports arriving in
//! February, reviews going on in March, mostly done in April and May, closed but for a
//! few stragglers after the summer), and no pane empty.

mod support;

use chrono::{Datelike, NaiveDate};
use irf::app::{Action, App};
use irf::demo::Plan;
use irf::domain::{CaseType, Code, ReportStatus, current_season, is_working_day};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{OpenMode, Store};
use support::app::press;

const YEAR: i32 = 2027;

/// The days of [`YEAR`] in `quarter` (0–3).
fn days(quarter: u32) -> impl Iterator<Item = NaiveDate> {
    let mut day = NaiveDate::from_ymd_opt(YEAR, 1, 1).unwrap();
    std::iter::from_fn(move || {
        let now = day;
        day = day.succ_opt()?;
        Some(now)
    })
    .take_while(|d| d.year() == YEAR)
    .filter(move |d| d.month0() / 3 == quarter)
}

/// The current season's reports with this status.
fn count(plan: &Plan, season: i32, status: ReportStatus) -> usize {
    plan.reports
        .iter()
        .filter(|r| r.year == season && r.status == status)
        .count()
}

/// What holds on every day, whatever the phase.
fn check_dates(plan: &Plan, day: NaiveDate) {
    let (held, _, _) = plan.meeting;
    assert!(is_working_day(held), "made on {day}: the meeting on {held}");
    assert!(held > day, "made on {day}: the meeting on {held}");
    let season = current_season(day);
    for r in &plan.reports {
        let what = format!("made on {day}: report {r:?}");
        assert!(r.year == season || r.year == season - 1, "{what}");
        if let Some(received) = r.received_on {
            assert!(received <= day, "{what}: received in the future");
            assert!(
                received.year() == r.year + 1,
                "{what}: received the year after"
            );
        }
        let awaited = r.status == ReportStatus::Expected;
        assert_eq!(r.received_on.is_none(), awaited, "{what}");
        assert_eq!(r.reviewer.is_none(), awaited, "{what}");
        assert!(!(awaited && r.statement), "{what}");
        let open = r.follow_ups.iter().filter(|f| !f.3).count();
        assert_eq!(r.status == ReportStatus::FollowUpOpen, open > 0, "{what}");
        for f in &r.follow_ups {
            assert!(f.2 > day, "{what}: an open follow-up already overdue");
        }
    }
}

/// The season where a real desk has it on `day`.
fn check_phase(plan: &Plan, day: NaiveDate) {
    use ReportStatus::*;
    let season = current_season(day);
    let all = plan.reports.iter().filter(|r| r.year == season).count();
    let n = |s| count(plan, season, s);
    let open = n(Expected) + n(Received) + n(InReview);
    let summary = plan
        .cases
        .iter()
        .find(|c| c.case_type == CaseType::ReportSummary)
        .expect("the summary case");
    // By the month, not by `SeasonPhase::of`, so that a wrong phase is caught.
    match day.month() {
        2 => {
            assert!(n(Expected) + n(Received) + n(InReview) > all / 2, "{day}");
            assert!(
                n(Received) + n(InReview) + n(Reviewed) > 0,
                "{day}: some arrived"
            );
            if day.day() >= 10 {
                assert!(n(InReview) > 0, "{day}: reviews have started");
            }
            if day.day() > 20 {
                assert_eq!(n(Expected), 0, "{day}: all arrived by 20 February");
            }
            assert!(summary.background.is_empty(), "{day}");
        }
        3 => {
            for s in ReportStatus::all() {
                assert!(n(s) > 0, "{day}: no report {s:?}");
            }
        }
        4 | 5 => {
            assert!(open * 5 <= all, "{day}: {open} of {all} still open");
            assert!(n(Closed) * 2 > all, "{day}");
            assert!(
                !summary.background.is_empty(),
                "{day}: the summary is drafted"
            );
        }
        _ => {
            assert_eq!(n(Expected), 0, "{day}");
            let left = all - n(Closed);
            assert!(
                left > 0 && left * 8 <= all,
                "{day}: {left} stragglers of {all}"
            );
            assert!(!summary.decision.is_empty(), "{day}: IRF has decided");
        }
    }
}

/// Every pane lists something in the demo made on `day`.
fn check_panes(dir: &tempfile::TempDir, plan: &Plan, day: NaiveDate) {
    let path = dir.path().join(format!("{day}.sqlite"));
    let mut store = Store::open(&path, OpenMode::ReadWrite).unwrap();
    store.seed_demo(plan).unwrap();
    let mut app = App::new(store, Keymap::defaults(), Lang::Nb, day, true);
    app.set_page_rows(10);
    for pane in [
        Action::PaneCycle,
        Action::PaneReports,
        Action::PaneRenewals,
        Action::PaneContacts,
        Action::PaneCases,
        Action::PaneUnits,
    ] {
        press(&mut app, Context::Global, pane);
        assert!(
            app.state.list().total > 0,
            "made on {day}: {:?} is empty",
            app.state.pane
        );
    }
    drop(app);
    std::fs::remove_file(&path).unwrap();
}

fn check_quarter(quarter: u32) {
    let dir = tempfile::tempdir().unwrap();
    for day in days(quarter) {
        let plan = irf::demo::plan(day);
        check_dates(&plan, day);
        check_phase(&plan, day);
        check_panes(&dir, &plan, day);
    }
}

#[test]
fn january_to_march() {
    check_quarter(0);
}

#[test]
fn april_to_june() {
    check_quarter(1);
}

#[test]
fn july_to_september() {
    check_quarter(2);
}

#[test]
fn october_to_december() {
    check_quarter(3);
}

#[test]
fn the_year_has_every_day() {
    assert_eq!((0..4).map(|q| days(q).count()).sum::<usize>(), 365);
}

#[test]
fn december_shows_no_report_awaited_for_most_of_a_year() {
    // Made in December, the demo used to show 13 reports nearly 300 days overdue.
    let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let plan = irf::demo::plan(day);
    let season = current_season(day);
    assert_eq!(count(&plan, season, ReportStatus::Expected), 0);
    assert!(count(&plan, season, ReportStatus::Closed) > 0);
}
