//! Fornyelser on ratatui's TestBackend, as insta snapshots: the list in its order of
//! urgency at 120×32 (bokmål), a network's detail with its members and what they
//! lack against the network rule, and (in English) a regional competence service
//! with its evaluation recorded.

mod support;

use irf::app::Action;
use irf::domain::EvaluationOutcome;
use irf::i18n::Lang;
use irf::keymap::Context;
use irf::store::MemberEdit;
use support::app::{press, screen, screen_app, select_renewal, today};

fn member(name: &str, region: &str, role: &str, user_rep: bool) -> MemberEdit {
    MemberEdit {
        name: name.into(),
        region: region.into(),
        role: role.into(),
        user_rep,
        chair: false,
        hf_id: None,
    }
}

#[test]
fn the_list_and_a_networks_members() {
    let (_dir, mut app) = screen_app(Lang::Nb);
    press(&mut app, Context::Global, Action::PaneRenewals);
    let text = screen(&mut app, 120, 32);
    // The network in year 6 heads the list.
    let first = text.lines().nth(4).unwrap_or_default();
    assert!(
        first.contains("ParkinsonNet") && first.contains("! 6"),
        "{text}"
    );
    insta::assert_snapshot!("renewals_list_120x32", text);

    let unit = select_renewal(&mut app, "ParkinsonNet", true);
    for m in [
        member("Ola Nordmann", "HSØ", "nevrolog", false),
        member("Kari Vik", "HV", "fysioterapeut", false),
        member("Åse Lund", "HMN", "Trondheim kommune", false),
    ] {
        app.store.add_member(unit, &m).unwrap();
    }
    press(&mut app, Context::Global, Action::Reload);
    select_renewal(&mut app, "ParkinsonNet", true);
    let text = screen(&mut app, 120, 32);
    assert!(
        text.contains("Mangler medlem fra Helse Nord RHF."),
        "{text}"
    );
    assert!(text.contains("Mangler brukerrepresentant."), "{text}");
    insta::assert_snapshot!("renewals_network_members_120x32", text);

    // With Helse Nord's representative, a user representative, it is complete.
    app.store
        .add_member(unit, &member("Nils Moe", "HN", "", true))
        .unwrap();
    press(&mut app, Context::Global, Action::Reload);
    select_renewal(&mut app, "ParkinsonNet", true);
    let text = screen(&mut app, 120, 32);
    assert!(text.contains("Alle fire regioner og brukerne er"), "{text}");
    assert!(!text.contains("Mangler medlem"), "{text}");
}

#[test]
fn a_regional_service_with_its_evaluation_in_english() {
    let (_dir, mut app) = screen_app(Lang::En);
    press(&mut app, Context::Global, Action::PaneRenewals);
    let unit = select_renewal(&mut app, "klinisk ernæring", false);
    app.store
        .record_evaluation(
            unit,
            chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            EvaluationOutcome::Continues,
            "",
            today(),
        )
        .unwrap();
    press(&mut app, Context::Global, Action::Reload);
    select_renewal(&mut app, "klinisk ernæring", false);
    let text = screen(&mut app, 120, 32);
    assert!(
        text.contains("Latest evaluation: 2026-03-02 – continues"),
        "{text}"
    );
    assert!(text.contains("Next evaluation: 2031-03-02"), "{text}");
    insta::assert_snapshot!("renewals_regional_en_120x32", text);
}

#[test]
fn a_competence_services_phase_out_and_irfs_answer_show_in_its_detail() {
    let (_dir, mut app) = screen_app(Lang::Nb);
    press(&mut app, Context::Global, Action::PaneRenewals);
    let unit = select_renewal(&mut app, "hyperkolesterolemi", false);
    let p = app
        .store
        .phase_out(unit)
        .unwrap()
        .expect("the demo's assessment");
    press(&mut app, Context::List, Action::Open);
    let text = screen(&mut app, 140, 40);
    assert!(text.contains("Avvikling"), "{text}");
    assert!(
        text.contains("Overgangsfinansiering (år, høyst 2): 1"),
        "{text}"
    );
    let first_words: String = p.recommendation.chars().take(30).collect();
    assert!(text.contains(&first_words), "{first_words:?} in {text}");
    // With IRF's answer recorded it shows there too.
    app.store
        .record_phase_out_answer(p.id, p.version, irf::domain::IrfAnswer::Supports)
        .unwrap();
    press(&mut app, Context::Global, Action::Reload);
    press(&mut app, Context::Detail, Action::Back);
    select_renewal(&mut app, "hyperkolesterolemi", false);
    press(&mut app, Context::List, Action::Open);
    let text = screen(&mut app, 140, 40);
    assert!(text.contains("IRFs svar: støtter"), "{text}");
}
