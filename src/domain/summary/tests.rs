//! The statistics worked out by hand.

use super::*;
use chrono::NaiveDate;

fn item(code: &str) -> ChecklistItem {
    ChecklistItem {
        code: code.into(),
        text_nb: format!("Spørsmål {code}?"),
        text_en: format!("Question {code}?"),
    }
}

#[test]
fn age_counts_the_approval_year() {
    // The 2018 review: sarkomer 27 years (approved 1992), hyperkolesterolemi 3 (2016).
    assert_eq!(age(2018, 1992), 27);
    assert_eq!(age(2018, 2016), 3);
    assert_eq!(age(2018, 2018), 1);
}

#[test]
fn median_and_means() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
    // Even count: the mean of the two middle values, 2 and 4.
    assert_eq!(median(&[4.0, 1.0, 10.0, 2.0]), Some(3.0));
    assert_eq!(mean(&[4.0, 1.0, 10.0, 2.0]), Some(4.25));
    // Without the 10: (4 + 1 + 2) / 3.
    assert_eq!(
        mean_without_largest(&[4.0, 1.0, 10.0, 2.0]),
        Some(7.0 / 3.0)
    );
    assert_eq!(mean_without_largest(&[87.0]), None);
    // Only one of two equal largest values is left out: (5 + 5 + 2) / 3 = 4.
    assert_eq!(mean_without_largest(&[5.0, 5.0, 5.0, 2.0]), Some(4.0));
}

#[test]
fn bins_take_their_lower_bound() {
    let bins = fte_bins(&[0.0, 1.4, 1.5, 2.9, 3.0, 5.0, 9.9, 10.0, 20.0, 87.0]);
    assert_eq!(bins, [2, 2, 1, 2, 1, 2]);
    assert_eq!(fte_bin_label(0, ','), "<1,5");
    assert_eq!(fte_bin_label(1, ','), "1,5–3");
    assert_eq!(fte_bin_label(3, '.'), "5–10");
    assert_eq!(fte_bin_label(5, '.'), ">20");
}

#[test]
fn portfolio_leaves_unknowns_out_of_their_figure() {
    let units = [
        PortfolioUnit {
            approved_year: Some(1992),
            fte: Some(4.0),
        },
        PortfolioUnit {
            approved_year: Some(2016),
            fte: None,
        },
        PortfolioUnit {
            approved_year: None,
            fte: Some(87.0),
        },
        PortfolioUnit {
            approved_year: Some(2010),
            fte: Some(1.0),
        },
    ];
    let p = portfolio(2018, &units);
    assert_eq!(p.units, 4);
    // Ages 27, 3, 9: median 9, mean 13.
    assert_eq!(p.age.count, 3);
    assert_eq!(p.age.median, Some(9.0));
    assert_eq!(p.age.mean, Some(13.0));
    assert_eq!(p.age_range, Some((27, 3)));
    // FTE 4, 87, 1: median 4, mean 30.67, without 87: 2.5.
    assert_eq!(p.fte.median, Some(4.0));
    assert_eq!(p.fte.mean, Some(92.0 / 3.0));
    assert_eq!(p.fte_largest, Some(87.0));
    assert_eq!(p.fte_mean_without_largest, Some(2.5));
    assert_eq!(p.fte_bins, [1, 0, 1, 0, 0, 1]);
}

#[test]
fn answer_table_counts_what_is_left_open() {
    let items = [item("K01"), item("K02")];
    let counts = vec![
        ("K01".to_string(), Answer::Ja, 3),
        ("K01".to_string(), Answer::Nei, 1),
        ("K02".to_string(), Answer::Delvis, 2),
        ("K02".to_string(), Answer::IkkeRelevant, 1),
        ("X99".to_string(), Answer::Ja, 9),
    ];
    let table = answer_table(&items, &counts, 5);
    assert_eq!(table[0].counts, [3, 1, 0, 0]);
    assert_eq!(table[0].unanswered, 1);
    assert_eq!(table[1].counts, [0, 0, 2, 1]);
    assert_eq!(table[1].unanswered, 2);
    assert_eq!(table[1].relevant(), 2);
}

#[test]
fn codes_are_read_loosely_and_refused_clearly() {
    assert_eq!(
        parse_item_codes("k09, K11 ∧ k13 K09").unwrap(),
        ["K09", "K11", "K13"]
    );
    assert_eq!(parse_item_codes("K09+K11").unwrap(), ["K09", "K11"]);
    assert_eq!(parse_item_codes("K09 og K11"), Err("og".to_string()));
    assert_eq!(parse_item_codes("  "), Err(String::new()));
}

#[test]
fn combination_needs_every_code() {
    let yes: Vec<(i64, String)> = [
        (1, "K09"),
        (1, "K11"),
        (1, "K13"),
        (2, "K09"),
        (2, "K11"),
        (3, "K11"),
        (3, "K13"),
    ]
    .iter()
    .map(|(u, c)| (*u, c.to_string()))
    .collect();
    let codes = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(units_with_all(&yes, &codes(&["K09", "K11"])), [1, 2]);
    assert_eq!(units_with_all(&yes, &codes(&["K09", "K11", "K13"])), [1]);
    assert!(units_with_all(&yes, &[]).is_empty());
}

#[test]
fn bars_read_without_colour() {
    assert_eq!(bar(12, 30, 10), "████░░░░░░");
    assert_eq!(bar(29, 30, 4), "███░");
    assert_eq!(bar(30, 30, 4), "████");
    assert_eq!(bar(0, 0, 3), "░░░");
    assert!(is_reviewed(ReportStatus::FollowUpOpen));
    assert!(!is_reviewed(ReportStatus::InReview));
}

#[test]
fn the_draft_has_both_headings_and_groups_follow_ups_by_theme() {
    let mut k09 = item("K09");
    k09.text_nb = "Er det fastsatt resultatmål for tjenesten?".into();
    let summary = SeasonSummary {
        year: 2025,
        reports: 4,
        items: answer_table(
            &[item("K05"), k09],
            &[
                ("K05".into(), Answer::Ja, 4),
                ("K09".into(), Answer::Ja, 1),
                ("K09".into(), Answer::Nei, 3),
            ],
            4,
        ),
        portfolio: portfolio(
            2025,
            &[PortfolioUnit {
                approved_year: Some(2020),
                fte: Some(2.5),
            }],
        ),
        progress: vec![RegionProgress {
            region: Region::Hv,
            reviewed: 3,
            total: 4,
        }],
    };
    let f = |unit: &str, code: Option<&str>, text: &str| FollowUpLine {
        unit: unit.into(),
        owner: Region::Hv,
        item_code: code.map(str::to_string),
        text: text.into(),
        due_on: NaiveDate::from_ymd_opt(2026, 3, 1),
    };
    let texts = summary_texts(
        &summary,
        "kompetansetjenester",
        &[
            f("Sarkomer", None, "Ring tjenesten"),
            f("Amming", Some("K09"), "Sett resultatmål"),
        ],
    );
    assert_eq!(texts.title, "Oppsummering av årsrapporter 2025");
    assert!(
        texts
            .background
            .contains("4 kompetansetjenester har levert årsrapport for 2025")
    );
    assert!(texts.background.contains("- Helse Vest RHF: 3 av 4\n"));
    assert!(
        texts.background.contains("median 6,0"),
        "{}",
        texts.background
    );
    assert!(texts.background.contains("1,5–3: 1"));
    let a = &texts.assessment;
    let good = a.find("Hva går bra:").unwrap();
    let hard = a.find("Felles utfordringer:").unwrap();
    assert!(good < hard);
    assert!(a[good..hard].contains("- K05 Spørsmål K05? (Ja: 4 av 4)"));
    assert!(a[hard..].contains("- K09 Er det fastsatt resultatmål for tjenesten? (Ja: 1 av 4)"));
    let k09_theme = a
        .find("K09 Er det fastsatt resultatmål for tjenesten? (1):")
        .unwrap();
    let other = a.find("Annet (1):").unwrap();
    assert!(k09_theme < other);
    assert!(a.contains("- Amming: Sett resultatmål (HV, frist 01.03.2026)\n"));
    assert!(a.contains("- Sarkomer: Ring tjenesten (HV, frist 01.03.2026)\n"));
    assert!(texts.proposal.contains("1. juni 2026"));
}
