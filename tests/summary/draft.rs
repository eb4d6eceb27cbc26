//! The IRF summary case drafted from the hand-made season (figures in `summary.rs`).

use irf::domain::{CaseStatus, CaseType, Region, Section};

use super::support::db::{dump, today};
use super::{open, portfolio_db};

#[test]
fn the_draft_holds_the_figures_the_headings_and_the_follow_ups_by_theme() {
    let (_dir, path) = portfolio_db();
    let mut store = open(&path);
    let id = store.draft_summary_case(2025, today()).unwrap();
    let case = store.case(id).unwrap();
    assert_eq!(case.title, "Oppsummering av årsrapporter 2025");
    assert_eq!(case.case_type, CaseType::ReportSummary);
    assert_eq!(case.status, CaseStatus::Draft);
    assert_eq!(case.number, None);
    assert_eq!(case.region, Some(Region::Hv), "the leading region");

    let bg = case.section(Section::Background);
    assert!(
        bg.contains("5 nasjonale kompetansetjenester har levert årsrapport for 2025"),
        "{bg}"
    );
    assert!(bg.contains("- Helse Sør-Øst RHF: 2 av 2\n"), "{bg}");
    assert!(bg.contains("- Helse Nord RHF: 0 av 2\n"), "{bg}");
    assert!(bg.contains("median 17,0, gjennomsnitt 18,2"), "{bg}");
    assert!(bg.contains("uten den største (87,0) 4,4"), "{bg}");
    assert!(bg.contains("- K13: 2 / 3 / 0 / 0 / 0\n"), "{bg}");

    let a = case.section(Section::Assessment);
    let good = a.find("Hva går bra:").expect(a);
    let hard = a.find("Felles utfordringer:").expect(a);
    assert!(good < hard);
    let good_part = &a[good..hard];
    assert!(good_part.contains("- K05 Driver tjenesten kompetansespredning? (Ja: 4 av 5)"));
    assert!(good_part.contains("- K09 Er det fastsatt resultatmål for tjenesten? (Ja: 3 av 4)"));
    assert!(!good_part.contains("K13"));
    let hard_part = &a[hard..];
    assert!(
        hard_part
            .contains("- K13 Er det dokumentert effekt av tjenestens virksomhet? (Ja: 2 av 5)")
    );
    assert!(
        hard_part.contains("Åpne oppfølgingspunkter per tema, alle typer tjenester (2):"),
        "{a}"
    );
    let theme = hard_part
        .find("K13 Er det dokumentert effekt av tjenestens virksomhet? (1):\n- Barn og unge: Sett resultatmål for effekt (HSØ, frist 01.03.2026)\n")
        .expect(a);
    let other = hard_part
        .find("Annet (1):\n- Døvblinde: Avklar ansvar mot regionale tilbud (HV)\n")
        .expect(a);
    assert!(theme < other);
    assert!(
        !a.contains("Dokumenter resultater"),
        "a done follow-up is left out"
    );
    assert!(
        !a.contains("Gammel oppfølging"),
        "another season's is left out"
    );

    let proposal = case.section(Section::Proposal);
    assert!(proposal.contains("innen 1. juni 2026"), "{proposal}");
    assert!(
        case.section(Section::Attachments)
            .contains("Svar per sjekkpunkt")
    );

    assert_eq!(store.audit_count("case", id).unwrap(), 1);
    let action = dump(
        &path,
        &["SELECT action FROM audit_log WHERE entity = 'case'"],
    );
    assert_eq!(action, "Text(\"draft_summary\")\n");
}

#[test]
fn the_seasons_draft_is_found_again_rather_than_made_twice() {
    let (_dir, path) = portfolio_db();
    let mut store = open(&path);
    assert_eq!(store.summary_case_draft(2025).unwrap(), None);
    let id = store.draft_summary_case(2025, today()).unwrap();
    assert_eq!(store.summary_case_draft(2025).unwrap(), Some(id));
    assert_eq!(
        store.summary_case_draft(2024).unwrap(),
        None,
        "another season"
    );
}
