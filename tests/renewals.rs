//! Money, network periods and phase-outs in the store: the 2022 grant table and its
//! 2 % / 4 % shares against the figures in DOMAIN.md, the year in period and renewal
//! state (with a period starting on 29 February), adding periods and recording the
//! RHFs' decision, and the phase-out's answers. Every refusal is checked to leave the
//! data as it was.
//!
//! Networks are tested on a database without the demo (only the reference data), so
//! every period and frame is the test's own; phase-outs use the demo, which has one
//! competence service with a recommendation (`driftsoppgaver`, 1 year) and no answer.

use std::path::Path;

use irf::domain::{Region, RenewalRefusal, RenewalState, round_mnok};
use irf::store::{OpenMode, RenewalDecision, Store, StoreError};

#[path = "renewals/phase_out.rs"]
mod phase_out;
mod support;
use support::db::{d, raw, renewal_refusal as refusal, temp_db};

/// Every period, phase-out and the audit log's size as text, to show a refused
/// change wrote nothing.
fn dump(path: &Path) -> String {
    support::db::dump(
        path,
        &[
            "SELECT id, unit_id, starts_on, ends_on, frame_mnok, coordinating_hf, renewal_state,
                decision, decided_on, version FROM network_periods ORDER BY id",
            "SELECT id, unit_id, tasks, outcome, transition_years, recommendation, irf_answer,
                version FROM phase_outs ORDER BY id",
            "SELECT count(*), max(id), 0, 0, 0, 0, 0, 0, 0, 0 FROM audit_log",
        ],
    )
}

/// A database with the reference data only.
fn empty_store(path: &Path) -> Store {
    Store::open(path, OpenMode::ReadWrite).unwrap()
}

/// Inserts a unit of `kind` in `region`; returns its id.
fn unit(path: &Path, name: &str, kind: &str, region: &str) -> i64 {
    let conn = raw(path);
    conn.execute(
        "INSERT INTO units (name, kind, region_code) VALUES (?1, ?2, ?3)",
        (name, kind, region),
    )
    .unwrap();
    conn.last_insert_rowid()
}

#[test]
fn grant_table_and_shares_match_the_2022_figures() {
    let (_dir, path) = temp_db();
    let store = empty_store(&path);
    let grants = store.grants(2022).unwrap();
    let others: Vec<(Region, f64)> = grants.iter().map(|g| (g.region, g.other_mnok)).collect();
    assert_eq!(
        others,
        [
            (Region::Hso, 121.5),
            (Region::Hv, 36.9),
            (Region::Hmn, 41.0),
            (Region::Hn, 17.7)
        ]
    );
    assert!(store.grants(2021).unwrap().is_empty());

    let money = store.money(2022).unwrap();
    assert!(money.has_grant);
    let four: Vec<f64> = money
        .regions
        .iter()
        .map(|(_, l)| round_mnok(l.share_high_mnok))
        .collect();
    assert_eq!(four, [4.9, 1.5, 1.6, 0.7]);
    let two: Vec<f64> = money
        .regions
        .iter()
        .map(|(_, l)| round_mnok(l.share_low_mnok))
        .collect();
    assert_eq!(two, [2.4, 0.7, 0.8, 0.4]);
    assert_eq!(round_mnok(money.total.share_high_mnok), 8.7);
    assert_eq!(round_mnok(money.total.share_low_mnok), 4.3);
    assert_eq!(round_mnok(money.total.grant_mnok), 508.4);
    assert_eq!(round_mnok(money.total.rare_mnok), 291.3);
    assert_eq!(round_mnok(money.total.other_mnok), 217.1);
    assert_eq!(money.region(Region::Hn).rare_mnok, 58.6);
    assert_eq!(money.total.network_frames_mnok, 0.0);

    // A later year shows the latest table up to it (2022's, the one shipped).
    let later = store.money(2030).unwrap();
    assert_eq!(later.year, 2022);
    assert_eq!(round_mnok(later.total.grant_mnok), 508.4);
    // A year before any table: no grant, no shares.
    let none = store.money(2010).unwrap();
    assert!(!none.has_grant);
    assert_eq!(none.total.share_high_mnok, 0.0);
    assert_eq!(none.regions.len(), 4);
}

#[test]
fn money_sums_each_networks_latest_frame_by_region() {
    let (_dir, path) = temp_db();
    let mut store = empty_store(&path);
    let a = unit(&path, "Nettverk A", "nettverk", "HSØ");
    let b = unit(&path, "Nettverk B", "nettverk", "HSØ");
    let c = unit(&path, "Nettverk C", "nettverk", "HN");
    store
        .add_network_period(a, d(2015, 1, 1), d(2019, 12, 31), 1.0, None)
        .unwrap();
    store
        .add_network_period(a, d(2020, 1, 1), d(2024, 12, 31), 2.0, None)
        .unwrap();
    store
        .add_network_period(b, d(2021, 1, 1), d(2025, 12, 31), 1.0, None)
        .unwrap();
    store
        .add_network_period(
            c,
            d(2022, 1, 1),
            d(2026, 12, 31),
            2.5,
            Some("universitetssykehuset nord-norge"),
        )
        .unwrap();
    let money = store.money(2022).unwrap();
    let frames: Vec<f64> = money
        .regions
        .iter()
        .map(|(_, l)| l.network_frames_mnok)
        .collect();
    assert_eq!(frames, [3.0, 0.0, 0.0, 2.5]);
    assert_eq!(money.total.network_frames_mnok, 5.5);
}

#[test]
fn year_in_period_and_state_from_a_leap_day_start() {
    let (_dir, path) = temp_db();
    let mut store = empty_store(&path);
    let n = unit(&path, "Skuddårsnettverket", "nettverk", "HV");
    store
        .add_network_period(
            n,
            d(2020, 2, 29),
            d(2025, 2, 28),
            1.0,
            Some("Helse Bergen HF"),
        )
        .unwrap();
    let on = |today| {
        let net = store.network(n, today).unwrap();
        (net.year_in_period, net.state)
    };
    assert_eq!(on(d(2020, 2, 28)), (None, None));
    assert_eq!(on(d(2020, 2, 29)), (Some(1), Some(RenewalState::Running)));
    assert_eq!(on(d(2024, 2, 28)), (Some(4), Some(RenewalState::Running)));
    assert_eq!(on(d(2024, 2, 29)), (Some(5), Some(RenewalState::Due)));
    assert_eq!(on(d(2025, 2, 28)), (Some(5), Some(RenewalState::Due)));
    assert_eq!(
        on(d(2025, 3, 1)),
        (Some(6), Some(RenewalState::InEvaluation))
    );
    let net = store.network(n, d(2024, 6, 1)).unwrap();
    assert_eq!(net.name, "Skuddårsnettverket");
    assert_eq!(net.region, Region::Hv);
    assert_eq!(
        net.current.unwrap().coordinating_hf.as_deref(),
        Some("Helse Bergen HF")
    );
}

#[test]
fn adding_periods_refuses_bad_dates_frames_and_units_without_writing() {
    let (_dir, path) = temp_db();
    let mut store = empty_store(&path);
    let n = unit(&path, "Nettverk", "nettverk", "HMN");
    let not_network = unit(&path, "Kompetansetjeneste", "kompetanse", "HMN");
    // Passing cases first: a period, the next right after it, a frame above 2.
    store
        .add_network_period(n, d(2020, 1, 1), d(2024, 12, 31), 2.0, None)
        .unwrap();
    store
        .add_network_period(n, d(2025, 1, 1), d(2029, 12, 31), 2.5, None)
        .unwrap();
    assert_eq!(
        store.network(n, d(2025, 6, 1)).unwrap().frame_flag,
        Some(irf::domain::FrameFlag::AboveTwo)
    );
    let before = dump(&path);

    let r = refusal(store.add_network_period(n, d(2031, 1, 1), d(2030, 12, 31), 1.0, None));
    assert_eq!(
        r,
        RenewalRefusal::EndsBeforeStart {
            starts_on: d(2031, 1, 1),
            ends_on: d(2030, 12, 31)
        }
    );
    let r = refusal(store.add_network_period(n, d(2029, 12, 31), d(2034, 12, 30), 1.0, None));
    assert_eq!(
        r,
        RenewalRefusal::Overlap {
            other_start: d(2025, 1, 1),
            other_end: d(2029, 12, 31)
        }
    );
    let r = refusal(store.add_network_period(n, d(2030, 1, 1), d(2034, 12, 31), -1.0, None));
    assert_eq!(r, RenewalRefusal::NegativeFrame);
    let r =
        refusal(store.add_network_period(not_network, d(2030, 1, 1), d(2034, 12, 31), 1.0, None));
    assert_eq!(
        r,
        RenewalRefusal::NoSuchNetwork {
            unit_id: not_network
        }
    );
    let r = refusal(store.add_network_period(
        n,
        d(2030, 1, 1),
        d(2034, 12, 31),
        1.0,
        Some("Helse Bergn HF"),
    ));
    assert!(
        matches!(r, RenewalRefusal::UnknownHf { suggestion: Some(s), .. } if s == "Helse Bergen HF")
    );
    assert!(matches!(
        refusal(store.network(999, d(2025, 1, 1))),
        RenewalRefusal::NoSuchNetwork { unit_id: 999 }
    ));
    assert_eq!(dump(&path), before);

    // The day after the last period is free.
    store
        .add_network_period(n, d(2030, 1, 1), d(2034, 12, 31), 0.0, None)
        .unwrap();
    assert_eq!(store.network(n, d(2030, 1, 1)).unwrap().periods.len(), 3);
}

#[test]
fn renewal_creates_the_next_period_in_the_same_write() {
    let (_dir, path) = temp_db();
    let mut store = empty_store(&path);
    let n = unit(&path, "Nettverk", "nettverk", "HN");
    let first = store
        .add_network_period(
            n,
            d(2020, 1, 1),
            d(2024, 12, 31),
            1.0,
            Some("Nordlandssykehuset"),
        )
        .unwrap();
    let renew = RenewalDecision::Renewed {
        next_start: d(2025, 1, 1),
        next_end: d(2029, 12, 31),
        frame_mnok: 2.0,
    };
    let before = dump(&path);
    // Year 4: too early.
    assert_eq!(
        refusal(store.record_renewal(first, 1, renew, "Fornyes.", d(2023, 6, 1))),
        RenewalRefusal::NotDue
    );
    // Year 6, but the next period overlaps this one.
    let overlapping = RenewalDecision::Renewed {
        next_start: d(2024, 12, 31),
        next_end: d(2029, 12, 30),
        frame_mnok: 2.0,
    };
    assert!(matches!(
        refusal(store.record_renewal(first, 1, overlapping, "x", d(2025, 2, 1))),
        RenewalRefusal::Overlap { .. }
    ));
    let negative = RenewalDecision::Renewed {
        next_start: d(2025, 1, 1),
        next_end: d(2029, 12, 31),
        frame_mnok: -2.0,
    };
    assert_eq!(
        refusal(store.record_renewal(first, 1, negative, "x", d(2025, 2, 1))),
        RenewalRefusal::NegativeFrame
    );
    // A stale version is a conflict.
    assert!(matches!(
        store.record_renewal(first, 7, renew, "x", d(2025, 2, 1)),
        Err(StoreError::Conflict { .. })
    ));
    assert_eq!(dump(&path), before);

    let next = store
        .record_renewal(first, 1, renew, "Fornyes for fem år.", d(2025, 2, 1))
        .unwrap()
        .expect("the next period's id");
    let net = store.network(n, d(2025, 2, 1)).unwrap();
    assert_eq!(net.periods.len(), 2);
    let (old, new) = (&net.periods[0], &net.periods[1]);
    assert_eq!(old.stored_state, RenewalState::Renewed);
    assert_eq!(old.decision, "Fornyes for fem år.");
    assert_eq!(old.decided_on, Some(d(2025, 2, 1)));
    assert_eq!(old.version, 2);
    assert_eq!(new.id, next);
    assert_eq!(
        (new.starts_on, new.ends_on),
        (d(2025, 1, 1), d(2029, 12, 31))
    );
    assert_eq!(new.frame_mnok, 2.0);
    assert_eq!(
        new.coordinating_hf.as_deref(),
        Some("Nordlandssykehuset HF")
    );
    assert_eq!(net.current.as_ref().map(|p| p.id), Some(next));
    assert_eq!(net.state, Some(RenewalState::Running));
    assert_eq!(store.audit_count("network_period", first).unwrap(), 2);
    assert_eq!(store.audit_count("network_period", next).unwrap(), 1);

    // The decided period is no longer the latest.
    assert_eq!(
        refusal(store.record_renewal(first, 2, RenewalDecision::Ended, "x", d(2025, 3, 1))),
        RenewalRefusal::NotLatest {
            latest_start: d(2025, 1, 1)
        }
    );
}

#[test]
fn an_ended_network_is_decided_once() {
    let (_dir, path) = temp_db();
    let mut store = empty_store(&path);
    let n = unit(&path, "Nettverk", "nettverk", "HV");
    let p = store
        .add_network_period(n, d(2020, 1, 1), d(2024, 12, 31), 1.0, None)
        .unwrap();
    // Year 5 (due) may be decided.
    let none = store
        .record_renewal(p, 1, RenewalDecision::Ended, "Avsluttes.", d(2024, 3, 1))
        .unwrap();
    assert_eq!(none, None);
    let net = store.network(n, d(2026, 1, 1)).unwrap();
    assert_eq!(net.state, Some(RenewalState::Ended));
    assert_eq!(net.periods.len(), 1);
    let before = dump(&path);
    assert_eq!(
        refusal(store.record_renewal(p, 2, RenewalDecision::Ended, "x", d(2025, 3, 1))),
        RenewalRefusal::AlreadyDecided {
            state: RenewalState::Ended
        }
    );
    assert_eq!(dump(&path), before);
}
