//! What Fornyelser records beside a renewal, in the store on the demo of
//! `support::db::today()` (23 November 2026): a regional competence service's
//! evaluation (the next falls due 5 years after it), a competence service's yearly
//! grant (summed per region in the money view), a network's members
//! against the network rule, a renewal decided through an IRF case (the next period
//! made in the same transaction), and the list's order by how soon a decision is
//! needed. Every refusal is checked to leave the data as it was.

mod support;

use chrono::NaiveDate;

use irf::domain::{
    Breach, EvaluationOutcome, IrfAnswer, Refusal, Region, RenewalRefusal, RenewalState, UnitKind,
    round_mnok,
};
use irf::store::{MemberEdit, StoreError, TermKind};
use support::db::{
    competence_service, d, demo_store, id, raw, renewal_refusal as refusal, renewal_rows, temp_db,
    today,
};

/// The demo's renewal case that links unit `unit`.
fn renewal_case(path: &std::path::Path, unit: i64) -> i64 {
    id(
        path,
        &format!(
            "SELECT c.id FROM cases c JOIN case_links l ON l.case_id = c.id
              WHERE c.case_type = 'fornyelse' AND l.entity = 'unit' AND l.entity_id = {unit}"
        ),
    )
}

/// IRF's decision "supports" on case `case_id`, taken today.
fn supports(store: &mut irf::store::Store, case_id: i64) -> irf::store::Result<()> {
    let case = store.case(case_id).unwrap();
    store.record_decision(
        case.id,
        case.version,
        "IRF støtter.",
        Some(IrfAnswer::Supports),
        today(),
    )
}

/// The tables these records live in, and the audit log's size.
fn dump(path: &std::path::Path) -> String {
    support::db::dump(
        path,
        &[
            "SELECT * FROM regional_evaluations ORDER BY id",
            "SELECT * FROM unit_grants ORDER BY id",
            "SELECT * FROM network_periods ORDER BY id",
            "SELECT * FROM reference_group_members ORDER BY id",
            "SELECT count(*) FROM audit_log",
        ],
    )
}

#[test]
fn an_evaluation_moves_the_next_one_five_years_on() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let unit = id(
        &path,
        "SELECT id FROM units WHERE kind = 'regional_kompetanse' ORDER BY id LIMIT 1",
    );
    let before = dump(&path);
    // Not ahead of today, not before the approval, only a regional service.
    let ahead = store.record_evaluation(
        unit,
        d(2026, 11, 24),
        EvaluationOutcome::Continues,
        "",
        today(),
    );
    assert_eq!(
        refusal(ahead),
        RenewalRefusal::EvaluationInFuture {
            evaluated_on: d(2026, 11, 24)
        }
    );
    let early = store.record_evaluation(
        unit,
        d(1990, 1, 1),
        EvaluationOutcome::Continues,
        "",
        today(),
    );
    assert!(matches!(
        refusal(early),
        RenewalRefusal::EvaluationBeforeApproval { .. }
    ));
    let network = id(
        &path,
        "SELECT id FROM units WHERE kind = 'nettverk' LIMIT 1",
    );
    let wrong = store.record_evaluation(
        network,
        d(2026, 1, 1),
        EvaluationOutcome::Continues,
        "",
        today(),
    );
    assert_eq!(
        refusal(wrong),
        RenewalRefusal::NotRegionalService {
            kind: "nettverk".into()
        }
    );
    assert_eq!(dump(&path), before);

    store
        .record_evaluation(
            unit,
            d(2026, 6, 15),
            EvaluationOutcome::Changes,
            " Ny plan. ",
            today(),
        )
        .unwrap();
    let evaluations = store.evaluations(unit).unwrap();
    assert_eq!(evaluations.len(), 1);
    assert_eq!(evaluations[0].outcome, EvaluationOutcome::Changes);
    assert_eq!(evaluations[0].note, "Ny plan.");
    // The list shows the next one on 15 June 2031, the terms too.
    let row = renewal_rows(&store)
        .into_iter()
        .find(|r| r.unit_id == unit)
        .unwrap();
    assert_eq!(row.kind, UnitKind::RegionalCompetence);
    assert_eq!(row.ends_on, Some(d(2031, 6, 15)));
    assert_eq!(row.state, "endres");
    let terms = store.terms(today(), 12 * 5).unwrap();
    let due: Vec<NaiveDate> = terms
        .iter()
        .filter(|t| t.unit_id == unit && t.kind == TermKind::RegionalEvaluation)
        .map(|t| t.date)
        .collect();
    assert_eq!(due, vec![d(2031, 6, 15)]);
    // An evaluation that ends the regional function ends the cycle.
    store
        .record_evaluation(unit, d(2026, 11, 1), EvaluationOutcome::Ends, "", today())
        .unwrap();
    let terms = store.terms(today(), 12 * 10).unwrap();
    assert!(!terms.iter().any(|t| t.unit_id == unit));
    let audited: i64 = id(
        &path,
        "SELECT count(*) FROM audit_log WHERE entity = 'regional_evaluation'",
    );
    assert_eq!(audited, 2);
}

#[test]
fn grants_are_summed_per_region() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let hso = |n: i64| competence_service(&path, "HSØ", n);
    let (a, b) = (hso(0), hso(1));
    let hv = id(
        &path,
        "SELECT id FROM units WHERE kind = 'kompetanse' AND region_code = 'HV'
           AND status != 'avviklet' ORDER BY id LIMIT 1",
    );
    let before = dump(&path);
    assert_eq!(
        refusal(store.set_unit_grant(a, 2026, -1.0, 0)),
        RenewalRefusal::NegativeGrant
    );
    let network = id(
        &path,
        "SELECT id FROM units WHERE kind = 'nettverk' LIMIT 1",
    );
    assert_eq!(
        refusal(store.set_unit_grant(network, 2026, 1.0, 0)),
        RenewalRefusal::GrantNotForKind {
            kind: "nettverk".into()
        }
    );
    assert_eq!(dump(&path), before);

    store.set_unit_grant(a, 2025, 1.0, 0).unwrap();
    store.set_unit_grant(a, 2026, 3.0, 0).unwrap();
    store.set_unit_grant(b, 2026, 2.5, 0).unwrap();
    store.set_unit_grant(hv, 2026, 4.0, 0).unwrap();
    // The same amount again writes nothing; a stale version is a conflict.
    let quiet = dump(&path);
    store.set_unit_grant(hv, 2026, 4.0, 1).unwrap();
    assert_eq!(dump(&path), quiet);
    assert!(matches!(
        store.set_unit_grant(hv, 2026, 3.0, 0),
        Err(StoreError::Conflict { .. })
    ));
    store.set_unit_grant(hv, 2026, 3.5, 1).unwrap();
    assert_eq!(store.unit_grant(hv, 2026).unwrap().unwrap().version, 2);

    // In 2025 only a's 1.0 counts (the 2026 grants are later).
    let money = store.money(2025).unwrap();
    assert_eq!(round_mnok(money.total.service_grants_mnok), 1.0);
    // Each service's latest year up to 2026: HSØ 3.0 + 2.5, HV 3.5; 9.0 in all.
    let money = store.money(2026).unwrap();
    assert_eq!(
        round_mnok(money.region(Region::Hso).service_grants_mnok),
        5.5
    );
    assert_eq!(
        round_mnok(money.region(Region::Hv).service_grants_mnok),
        3.5
    );
    assert_eq!(money.region(Region::Hn).service_grants_mnok, 0.0);
    assert!(
        money
            .region(Region::Hn)
            .service_grants_mnok
            .is_sign_positive()
    );
    assert_eq!(round_mnok(money.total.service_grants_mnok), 9.0);
    // The list row of a service carries its latest grant.
    let row = renewal_rows(&store).into_iter().find(|r| r.unit_id == a);
    let row = row.unwrap();
    assert_eq!((row.frame_mnok, row.grant_year), (Some(3.0), Some(2026)));
}

#[test]
fn a_networks_members_are_checked_against_the_network_rule() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let network = id(&path, "SELECT id FROM units WHERE name = 'ParkinsonNet'");
    let group = |store: &irf::store::Store| {
        store
            .reference_groups()
            .unwrap()
            .into_iter()
            .find(|g| g.unit_id == network)
    };
    // ParkinsonNet has no members recorded: it is listed, breaking "no group".
    assert_eq!(
        group(&store).map(|g| (g.members, g.breaches)),
        Some((0, vec![irf::domain::Breach::NoGroup]))
    );
    for (name, region, user_rep) in [
        ("Ola Nordmann", "HSØ", false),
        ("Kari Vik", "HV", false),
        ("Per Berg", "hn", false),
    ] {
        let edit = MemberEdit {
            name: name.into(),
            region: region.into(),
            role: String::new(),
            user_rep,
            chair: false,
            hf_id: None,
        };
        store.add_member(network, &edit).unwrap();
    }
    let check = group(&store).unwrap();
    assert_eq!(check.kind, UnitKind::Network);
    assert_eq!(
        check.breaches,
        vec![Breach::MissingRegion(Region::Hmn), Breach::NoUserRep]
    );
    // A user representative from a municipality in HMN completes it; no chair needed.
    let edit = MemberEdit {
        name: "Åse Lund".into(),
        region: "hmn".into(),
        role: "Trondheim kommune".into(),
        user_rep: true,
        chair: false,
        hf_id: None,
    };
    store.add_member(network, &edit).unwrap();
    assert!(group(&store).unwrap().breaches.is_empty());
    // A member without a region is refused.
    let before = dump(&path);
    let nowhere = MemberEdit {
        name: "Ukjent".into(),
        region: "Oslo".into(),
        ..MemberEdit::default()
    };
    assert!(matches!(
        refusal(store.add_member(network, &nowhere)),
        RenewalRefusal::MemberNoRegion { .. }
    ));
    assert_eq!(dump(&path), before);
}

#[test]
fn a_renewal_case_supported_by_irf_makes_the_next_period() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let unit = id(&path, "SELECT id FROM units WHERE name = 'ParkinsonNet'");
    let old = store.network(unit, today()).unwrap();
    let current = old.current.clone().unwrap();
    assert_eq!(old.state, Some(RenewalState::InEvaluation));
    let case_id = renewal_case(&path, unit);
    supports(&mut store, case_id).unwrap();
    let network = store.network(unit, today()).unwrap();
    assert_eq!(network.periods.len(), old.periods.len() + 1);
    let decided = &network.periods[network.periods.len() - 2];
    assert_eq!(decided.stored_state, RenewalState::Renewed);
    assert_eq!(decided.decided_on, Some(today()));
    let next = network.periods.last().unwrap();
    let start = current.ends_on.succ_opt().unwrap();
    assert_eq!(next.starts_on, start);
    assert_eq!(
        next.ends_on,
        start
            .checked_add_months(chrono::Months::new(60))
            .unwrap()
            .pred_opt()
            .unwrap()
    );
    assert_eq!(next.frame_mnok, current.frame_mnok);
    assert_eq!(next.coordinating_hf_id, current.coordinating_hf_id);
    assert_eq!(next.stored_state, RenewalState::Running);
    // The new period is in its first year: the network no longer needs a decision.
    assert_eq!(network.state, Some(RenewalState::Running));
}

#[test]
fn a_renewal_already_recorded_is_not_renewed_again_by_the_case() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let unit = id(&path, "SELECT id FROM units WHERE name = 'ParkinsonNet'");
    let current = store.network(unit, today()).unwrap().current.unwrap();
    let (start, end) = irf::domain::next_period(current.ends_on);
    store
        .record_renewal(
            current.id,
            current.version,
            irf::store::RenewalDecision::Renewed {
                next_start: start,
                next_end: end,
                frame_mnok: 2.0,
            },
            "Fornyet i RHF-ene.",
            today(),
        )
        .unwrap();
    let periods = store.network(unit, today()).unwrap().periods;
    let case_id = renewal_case(&path, unit);
    supports(&mut store, case_id).unwrap();
    assert_eq!(store.network(unit, today()).unwrap().periods, periods);
}

#[test]
fn the_list_puts_the_most_urgent_decision_first() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    // A network past year 6 (started 6½ years ago) is overdue: it comes first.
    let late = id(
        &path,
        "SELECT id FROM units WHERE name = 'Interregionalt simuleringsnettverk'",
    );
    let latest = store.network(late, today()).unwrap().current.unwrap();
    raw(&path)
        .execute("DELETE FROM network_periods WHERE id = ?1", [latest.id])
        .unwrap();
    store
        .add_network_period(late, d(2020, 5, 1), d(2025, 4, 30), 1.0, None)
        .unwrap();
    let rows = renewal_rows(&store);
    let names: Vec<&str> = rows.iter().map(|r| r.unit.as_str()).collect();
    assert_eq!(names[0], "Interregionalt simuleringsnettverk", "{names:?}");
    assert_eq!(names[1], "ParkinsonNet", "year 6 next: {names:?}");
    // Year 5 (or a term within a year) before anything later; each group by date.
    let tropical = rows
        .iter()
        .find(|r| r.unit.contains("tropemedisin") && r.is_network);
    let tropical = tropical.unwrap();
    assert_eq!(
        irf::domain::network_year(tropical.starts_on.unwrap(), today()),
        Some(5)
    );
    let later = rows
        .iter()
        .position(|r| r.is_network && r.unit.contains("læring og mestring"))
        .unwrap();
    let tropical_at = rows
        .iter()
        .position(|r| r.is_network && r.unit.contains("tropemedisin"))
        .unwrap();
    assert!(tropical_at < later, "year 5 before year 2");
    // Within the overdue and decide-now groups the dates ascend.
    let ends: Vec<NaiveDate> = rows[1..4].iter().filter_map(|r| r.ends_on).collect();
    let mut sorted = ends.clone();
    sorted.sort();
    assert_eq!(ends, sorted);
}

#[test]
fn a_case_renewal_that_would_overlap_a_later_period_is_refused_whole() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let unit = id(&path, "SELECT id FROM units WHERE name = 'ParkinsonNet'");
    let current = store.network(unit, today()).unwrap().current.unwrap();
    // A period recorded by hand from a year after this one ends.
    let later_start = current
        .ends_on
        .checked_add_months(chrono::Months::new(12))
        .unwrap();
    let later_end = later_start
        .checked_add_months(chrono::Months::new(12))
        .unwrap();
    store
        .add_network_period(unit, later_start, later_end, 1.0, None)
        .unwrap();
    let case_id = renewal_case(&path, unit);
    let before = (
        dump(&path),
        support::db::dump(&path, &["SELECT * FROM cases ORDER BY id"]),
    );
    // The unit's latest period is the later one, which has not started: the decision
    // is on the current period (year 6), whose next period would overlap the later one.
    let result = supports(&mut store, case_id);
    match result {
        Err(StoreError::Refused(Refusal::Renewal(RenewalRefusal::Overlap {
            other_start, ..
        }))) => {
            assert_eq!(other_start, later_start);
            let after = (
                dump(&path),
                support::db::dump(&path, &["SELECT * FROM cases ORDER BY id"]),
            );
            assert_eq!(after, before, "nothing half-saved");
        }
        other => panic!("expected the overlap to refuse the decision, got {other:?}"),
    }
}
