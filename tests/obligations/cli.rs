//! `irf calendar` and `irf due` with the obligations, run as the real binary on the demo
//! of 23 November 2026: Helse Nord's setting-aside of 2026 is not recorded (due 1
//! March, still listed), the others are; two dialogue events; the report was sent.

use super::support::cli::{DAY, demo_of_day, err, json_array, on_day, out, run};

#[test]
fn the_calendar_lists_the_obligations_with_stable_kinds() {
    let (dir, db) = demo_of_day();
    let o = run(dir.path(), &db, &["calendar", "--year", "2026", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let items = json_array(&o);
    let of = |kind: &str| -> Vec<&serde_json::Value> {
        items.iter().filter(|i| i["kind"] == kind).collect()
    };
    let open = of("set_aside");
    assert_eq!(open.len(), 1, "{items:?}");
    assert_eq!(open[0]["owner"], "HN");
    assert_eq!(open[0]["date"], "2026-03-01");
    assert_eq!(open[0]["title"], "HN 2026");
    assert!(open[0]["ref"].is_null());
    let done = of("set_aside_recorded");
    assert_eq!(done.len(), 3);
    assert_eq!(done[0]["ref"]["table"], "set_asides");
    let events = of("dialogue_event");
    assert_eq!(events.len(), 2);
    assert_eq!(events[1]["date"], "2026-10-22");
    assert_eq!(events[1]["ref"]["table"], "dialogue_events");
    let y2024 = json_array(&run(
        dir.path(),
        &db,
        &["calendar", "--year", "2024", "--json"],
    ));
    let report: Vec<_> = y2024
        .iter()
        .filter(|i| i["kind"] == "status_report_sent")
        .collect();
    assert_eq!(report.len(), 1, "{y2024:?}");
    assert_eq!(report[0]["date"], "2024-09-20");
    assert_eq!(report[0]["owner"], "HV");
    assert_eq!(
        report[0]["title"],
        "Statusrapport til HOD etter to års drift"
    );
    // Plain: within 80 columns, the kinds in the UI language.
    let text = out(&run(dir.path(), &db, &["calendar", "--year", "2026"]));
    assert!(text.contains("Avsetning "), "{text}");
    assert!(text.contains("Avsatt "), "{text}");
    assert!(text.contains("Dialogmøte"), "{text}");
    let en = out(&run(
        dir.path(),
        &db,
        &["calendar", "--year", "2026", "--lang", "en"],
    ));
    assert!(
        en.contains("Set-aside ") && en.contains("Dialogue "),
        "{en}"
    );
    for l in text.lines().chain(en.lines()) {
        assert!(unicode_width::UnicodeWidthStr::width(l) <= 80, "{l}");
    }
}

#[test]
fn due_keeps_the_open_set_aside_for_its_region_only() {
    let (dir, db) = demo_of_day();
    let hn = json_array(&on_day(
        dir.path(),
        &db,
        "due",
        &["--region", "hn", "--json"],
    ));
    let open: Vec<_> = hn.iter().filter(|i| i["kind"] == "set_aside").collect();
    assert_eq!(open.len(), 1, "{hn:?}");
    assert_eq!(open[0]["overdue"], true);
    assert_eq!(open[0]["working_days_left"], 0);
    let hv = json_array(&on_day(
        dir.path(),
        &db,
        "due",
        &["--region", "hv", "--json"],
    ));
    assert!(!hv.iter().any(|i| i["kind"] == "set_aside"), "{hv:?}");
    // The sent report is not due; the recorded set-asides neither.
    let all = json_array(&on_day(dir.path(), &db, "due", &["--json"]));
    assert!(!all.iter().any(|i| i["kind"] == "status_report"));
    assert!(!all.iter().any(|i| i["kind"] == "set_aside_recorded"));
    let o = on_day(dir.path(), &db, "due", &["--region", "hn"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    let line = text
        .lines()
        .find(|l| l.contains("HN 2026"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.starts_with("01.03.2026"), "{line}");
    assert!(
        line.contains("Avsetning ") && line.contains("for sent"),
        "{line}"
    );
    for l in text.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(l) <= 80, "{l}");
    }
    let _ = DAY;
}
