use chrono::NaiveDate;

use super::*;
use crate::domain::{CaseStatus, CaseType, Region};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn case(number: Option<u32>, title: &str) -> AgendaCase {
    AgendaCase {
        id: 7,
        position: number.map(i64::from),
        number: number.map(|number| CaseNumber {
            kind: MeetingKind::Irf,
            number,
            year: 2026,
        }),
        title: title.into(),
        case_type: CaseType::PhaseOut,
        region: Some(Region::Hn),
        status: CaseStatus::OnAgenda,
        sections: Default::default(),
        irf_answer: None,
        links: vec![],
    }
}

fn agenda(items: Vec<AgendaCase>) -> Agenda {
    Agenda {
        meeting: 1,
        kind: MeetingKind::Irf,
        held_on: day(2026, 12, 14),
        starts_at: chrono::NaiveTime::from_hms_opt(9, 30, 0),
        place: "Gardermoen\tog Teams".into(),
        chair: Some(Region::Hv),
        items,
    }
}

#[test]
fn long_dates_in_both_languages() {
    assert_eq!(long_date(Lang::Nb, day(2026, 11, 23)), "23. november 2026");
    assert_eq!(long_date(Lang::En, day(2026, 11, 23)), "23 November 2026");
    assert_eq!(long_date(Lang::Nb, day(2027, 1, 1)), "1. januar 2027");
    assert_eq!(long_date(Lang::En, day(2027, 12, 31)), "31 December 2027");
    assert_eq!(long_date(Lang::Nb, day(2026, 5, 17)), "17. mai 2026");
}

#[test]
fn stored_text_is_cleaned_and_split() {
    assert_eq!(clean("a\tb\x1b[2Jc\x07\r\nd\u{FFFF}"), "a b[2Jc\nd");
    assert_eq!(
        paragraphs("  Første linje\nandre\n\n\n\x1b\nTredje  \r\n"),
        vec![
            vec!["Første linje".to_string(), "andre".to_string()],
            vec!["Tredje".to_string()]
        ]
    );
    assert!(paragraphs(" \n\t\n").is_empty());
    assert_eq!(
        one_line("Tittel\nover\tto  linjer"),
        "Tittel over to linjer"
    );
    assert_eq!(
        list_lines("- Søknad A\n2. Søknad B\n• Søknad C\n\n2026 var et år\n*\n"),
        vec!["Søknad A", "Søknad B", "Søknad C", "2026 var et år"]
    );
}

#[test]
fn the_agenda_lists_the_cases_then_each_on_its_own_page() {
    let mut first = case(Some(41), "Rangering");
    first.sections[AgendaCase::BACKGROUND] = "Fire søknader.\n\nAndre avsnitt.".into();
    first.sections[AgendaCase::PROPOSAL] = "IRF slutter seg til.".into();
    first.sections[AgendaCase::ATTACHMENTS] = "- Søknad A\n- Søknad B".into();
    first.links = vec![("unit".into(), "Nasjonal tjeneste".into())];
    let second = case(Some(42), "Avvikling");
    let blocks = agenda_blocks(&agenda(vec![first, second]), Lang::Nb);
    assert_eq!(
        blocks[1],
        Block::Paragraph(vec![
            "Interregionalt fagdirektørmøte (IRF)".into(),
            "Dato: 14. desember 2026 kl. 09:30".into(),
            "Sted: Gardermoen og Teams".into(),
            "Ledes av: Helse Vest RHF".into(),
        ])
    );
    assert_eq!(
        blocks[2],
        Block::Table {
            header: vec!["Saksnr.".into(), "Sak".into(), "Ansvarlig region".into()],
            rows: vec![
                vec!["41/26".into(), "Rangering".into(), "Helse Nord RHF".into()],
                vec!["42/26".into(), "Avvikling".into(), "Helse Nord RHF".into()],
            ],
        }
    );
    let headings: Vec<_> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading {
                level,
                text,
                new_page,
            } => Some((*level, text.as_str(), *new_page)),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        vec![
            (1, "Saksliste", false),
            (1, "Sak 41/26 Rangering", true),
            (2, "Bakgrunn", false),
            (2, "Forslag til vedtak", false),
            (2, "Vedlegg", false),
            (2, "Koblinger", false),
            (1, "Sak 42/26 Avvikling", true),
        ]
    );
    assert!(blocks.contains(&Block::Bullets(vec!["Søknad A".into(), "Søknad B".into()])));
    assert!(blocks.contains(&Block::Table {
        header: vec!["Type".into(), "Navn".into()],
        rows: vec![vec!["Tjeneste".into(), "Nasjonal tjeneste".into()]],
    }));
}

#[test]
fn an_empty_agenda_says_so_in_english() {
    let text = agenda_markdown(&agenda(vec![]), Lang::En);
    assert!(text.starts_with("# Agenda\n"), "{text}");
    assert!(text.contains("Date: 14 December 2026 at 09:30"));
    assert!(text.contains("No cases are on the agenda."));
}

#[test]
fn a_decided_case_alone() {
    let mut c = case(None, "Uten nummer");
    c.sections[AgendaCase::DECISION] = "Vedtatt som foreslått.".into();
    c.irf_answer = Some("stotter".into());
    let text = case_markdown(&c, Lang::Nb);
    assert!(text.starts_with("# Uten nummer\n"), "{text}");
    assert!(text.contains("IRFs svar: støtter"));
    assert!(text.contains("## Vedtak\n\nVedtatt som foreslått.\n"));
    assert!(!text.contains("## Bakgrunn"));
    let bytes = case_docx(&c, Lang::En).unwrap();
    assert!(bytes.starts_with(b"PK"));
}

#[test]
fn the_agenda_document_is_framed_by_its_meeting() {
    let mut unnumbered = case(None, "Uten nummer");
    unnumbered.region = None;
    let doc = agenda_doc(
        &agenda(vec![case(Some(41), "Rangering"), unnumbered]),
        Lang::Nb,
    );
    assert_eq!(doc.title, "Saksliste – IRF 14. desember 2026 kl. 09:30");
    assert_eq!(doc.author, "Helse Vest RHF");
    assert_eq!(
        doc.header,
        "Interregionalt fagdirektørmøte (IRF) · 14. desember 2026 kl. 09:30 · Gardermoen og Teams"
    );
    let Block::Table { rows, .. } = &doc.blocks[2] else {
        panic!("the agenda is a table: {:?}", doc.blocks[2]);
    };
    assert_eq!(
        rows[1],
        vec!["–".to_string(), "Uten nummer".into(), String::new()]
    );
    let mut no_time = agenda(vec![]);
    no_time.starts_at = None;
    no_time.chair = None;
    let doc = agenda_doc(&no_time, Lang::En);
    assert_eq!(doc.title, "Agenda – IRF 14 December 2026");
    assert_eq!(doc.author, "irf");
}
