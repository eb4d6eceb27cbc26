//! Recording a renewal end to end: the real binary in a pseudo-terminal on a fresh
//! demo database, Fornyelser (`3`), the network in year 6 at the top of the list (the
//! most urgent decision), `b` and Enter to renew it with the next period the dialog
//! proposes; the new period shows on screen and is in the database.

mod support;

use chrono::NaiveDate;
use support::session::{TIMEOUT, quit, spawn_demo};

/// The network's periods as (start, end, state), oldest first.
fn periods(db: &std::path::Path, network: &str) -> Vec<(String, String, String)> {
    let conn = rusqlite::Connection::open(db).expect("open");
    let mut stmt = conn
        .prepare(
            "SELECT p.starts_on, p.ends_on, p.renewal_state FROM network_periods p
               JOIN units u ON u.id = p.unit_id WHERE u.name = ?1 ORDER BY p.starts_on",
        )
        .expect("prepare");
    stmt.query_map([network], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows")
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a stored date")
}

#[test]
fn a_network_in_year_6_is_renewed_from_the_keyboard() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("fresh.sqlite");
    let mut tui = spawn_demo(&db, home.path(), &[], (100, 30));
    tui.wait_for_all(&["Årshjul", "Tidslinje"], TIMEOUT);

    // The demo's ParkinsonNet is in year 6 of its period; it heads Fornyelser.
    let before = periods(&db, "ParkinsonNet");
    assert_eq!(before.len(), 1, "{before:?}");
    let today = chrono::Local::now().date_naive();
    let start = date(&before[0].0);
    assert_eq!(irf::domain::network_year(start, today), Some(6));
    tui.press("3");
    tui.wait_for_all(&["[Perioder]", "ParkinsonNet", "! 6"], TIMEOUT);
    let first_row = tui
        .contents()
        .lines()
        .find(|l| l.contains("Nettverk") || l.contains("Kompetansetjeneste"))
        .unwrap_or_default()
        .to_string();
    assert!(first_row.contains("ParkinsonNet"), "{first_row}");

    // b: the decision dialog proposes "renewed" and the next five years; Enter saves.
    let (next_start, next_end) = irf::domain::next_period(date(&before[0].1));
    let shown = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
    tui.press("b");
    tui.wait_for_all(
        &[
            "Fornyelse: ParkinsonNet",
            &shown(next_start),
            &shown(next_end),
        ],
        TIMEOUT,
    );
    tui.press("\r");
    tui.wait_for("Lagret.", TIMEOUT);
    // The network now runs its new period: year 1, ending five years on.
    tui.wait_until("ParkinsonNet in its new period", TIMEOUT, |s| {
        s.contents().lines().any(|l| {
            l.contains("ParkinsonNet") && l.contains(&shown(next_end)) && !l.contains("! 6")
        })
    });
    quit(&mut tui);

    let after = periods(&db, "ParkinsonNet");
    assert_eq!(
        after,
        vec![
            (
                before[0].0.clone(),
                before[0].1.clone(),
                "fornyet".to_string()
            ),
            (
                next_start.to_string(),
                next_end.to_string(),
                "lopende".to_string()
            ),
        ]
    );
}
