//! A national competence service's yearly grant above 4 MNOK, in the store on the
//! demo of `support::db::today()`: recorded (older services get far more), and flagged
//! "over 4 MNOK, the ceiling for new services" on the Fornyelser row's detail only for a
//! service approved within five years of the grant year.

mod support;

use irf::app::Action;
use irf::i18n::Lang;
use irf::keymap::Context;
use support::app::{press, screen, screen_app, select_renewal_of};
use support::db::{competence_service, demo_store, id, raw, renewal_rows, temp_db};

#[test]
fn a_grant_above_four_mnok_is_recorded_and_flagged_for_a_new_service_only() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let service = |n: i64| competence_service(&path, "HSØ", n);
    let (new, old) = (service(0), service(1));
    let conn = raw(&path);
    conn.execute(
        "UPDATE units SET approved_on = '2022-05-01' WHERE id = ?1",
        [new],
    )
    .unwrap();
    conn.execute(
        "UPDATE units SET approved_on = '2012-05-01' WHERE id = ?1",
        [old],
    )
    .unwrap();
    drop(conn);
    // Older services get far more than 4 MNOK (HSØ's 29 share 354): recorded.
    store.set_unit_grant(old, 2026, 12.5, 0).unwrap();
    store.set_unit_grant(new, 2026, 4.5, 0).unwrap();
    assert_eq!(store.unit_grant(old, 2026).unwrap().unwrap().mnok, 12.5);
    let rows = renewal_rows(&store);
    let flagged = |unit: i64| {
        let r = rows.iter().find(|r| r.unit_id == unit).unwrap();
        irf::domain::above_new_service_ceiling(
            r.frame_mnok.unwrap(),
            r.starts_on,
            r.grant_year.unwrap(),
        )
    };
    // Approved 2022, grant for 2026: within 5 years, above 4 — flagged.
    assert!(flagged(new));
    // Approved 2012: not a new service, not flagged.
    assert!(!flagged(old));
    // Before 2026 neither grant counts (a grant counts from its year on).
    let before = store.money(2025).unwrap();
    let hso = before.region(irf::domain::Region::Hso);
    assert_eq!(
        (hso.services_above_ceiling, hso.service_grants_mnok),
        (0, 0.0)
    );
    // The money view counts the flagged one in its region (both summed), beside the
    // latest grant table up to the year (2022's).
    let money = store.money(2026).unwrap();
    assert_eq!(money.year, 2022);
    let hso = money.region(irf::domain::Region::Hso);
    assert_eq!(
        (hso.services_above_ceiling, hso.service_grants_mnok),
        (1, 17.0)
    );
    assert_eq!(money.total.services_above_ceiling, 1);
    assert_eq!(
        money.region(irf::domain::Region::Hv).services_above_ceiling,
        0
    );
}

#[test]
fn the_detail_flags_a_new_services_grant_above_the_ceiling() {
    let (dir, mut app) = screen_app(Lang::En);
    let path = dir.path().join("demo.sqlite");
    let unit = id(
        &path,
        "SELECT id FROM units WHERE kind = 'kompetanse' AND status != 'avviklet'
           AND term_ends_on IS NOT NULL ORDER BY id LIMIT 1",
    );
    raw(&path)
        .execute(
            "UPDATE units SET approved_on = '2023-01-15' WHERE id = ?1",
            [unit],
        )
        .unwrap();
    app.store.set_unit_grant(unit, 2026, 4.5, 0).unwrap();
    press(&mut app, Context::Global, Action::PaneRenewals);
    select_renewal_of(&mut app, unit);
    let text = screen(&mut app, 120, 32);
    // The detail wraps: amount, year and the flag, then the rest of the sentence.
    assert!(text.contains("4.5 (2026) – over 4"), "{text}");
    assert!(
        text.contains("MNOK, the ceiling for new services"),
        "{text}"
    );
    // Four MNOK is within the ceiling: the amount and its year only.
    app.store.set_unit_grant(unit, 2026, 4.0, 1).unwrap();
    press(&mut app, Context::Global, Action::Reload);
    select_renewal_of(&mut app, unit);
    let text = screen(&mut app, 120, 32);
    assert!(text.contains("4.0 (2026)"), "{text}");
    assert!(!text.contains("ceiling"), "{text}");
}
