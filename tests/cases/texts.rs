//! The text of a case: the template each type starts from with its placeholders filled
//! in, titles and links refused, sections cleaned and limited, and a stale save that
//! conflicts and keeps the text saved first.

use irf::domain::{CaseRefusal, CaseType, Code, Section};
use irf::store::{CaseEdit, StoreError};

use super::support::db::{demo_store, raw, temp_db, today};
use super::{dump, edit, first_id, new_case, refusal};

/// The headings each type's template must give (besides the placeholders).
const HEADINGS: [(CaseType, &[&str]); 7] = [
    (
        CaseType::ApplicationRanking,
        &[
            "Søknader om nye nasjonale tjenester i 2026:",
            "Faglig begrunnelse for rangeringen:",
        ],
    ),
    (
        CaseType::ReportSummary,
        &[
            "Hva går bra:",
            "Felles utfordringer:",
            "Oppfølgingsbehov per region:",
        ],
    ),
    (
        CaseType::NetworkRenewal,
        &[
            "Nettverk og periode:",
            "Måloppnåelse i perioden:",
            "IRF støtter fornyelse",
        ],
    ),
    (
        CaseType::PhaseOut,
        &[
            "Vertsregionens innstilling:",
            "Anbefalt utfall:",
            "IRF støtter innstillingen.",
        ],
    ),
    (
        CaseType::Mandate,
        &["Formål:", "Målgruppe:", "Avgrensning mot andre tjenester:"],
    ),
    (
        CaseType::AnnualPlan,
        &["Gjennomført i 2026:", "Plan for neste år:"],
    ),
    (CaseType::Other, &["Saken gjelder:", "Vurdering:"]),
];

#[test]
fn every_case_type_starts_from_its_template_filled_in() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let unit = first_id(&path, "units", "name LIKE '%sarkomer'");
    let unit_name: String = raw(&path)
        .query_row("SELECT name FROM units WHERE id = ?1", [unit], |r| r.get(0))
        .unwrap();
    let conn = raw(&path);
    for (case_type, headings) in HEADINGS {
        let title = format!("Sak om {}", case_type.code());
        let c = new_case(&mut store, &title, case_type, &[("unit", unit)]);
        let mut stmt = conn
            .prepare("SELECT section, text FROM case_templates WHERE case_type = ?1")
            .unwrap();
        let templates: Vec<(String, String)> = stmt
            .query_map([case_type.code()], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            templates.len() >= 4,
            "{case_type:?} has {} templates",
            templates.len()
        );
        let lines = format!("- Tjeneste: {unit_name}");
        for (column, template) in &templates {
            let section = Section::from_column(column).unwrap();
            let want = template
                .replace("{tittel}", &title)
                .replace("{år}", "2026")
                .replace("{region}", "Helse Vest RHF")
                .replace("{koblinger}", &lines);
            assert_eq!(c.section(section), want, "{case_type:?} {column}");
            for placeholder in ["{tittel}", "{år}", "{region}", "{koblinger}"] {
                assert!(
                    !c.section(section).contains(placeholder),
                    "{case_type:?} {column}"
                );
            }
        }
        let background = c.section(Section::Background);
        assert!(
            background.contains(&format!("Sak: {title}\n")),
            "{background}"
        );
        assert!(background.contains("Ansvarlig region: Helse Vest RHF\n"));
        assert!(background.contains(&lines), "{case_type:?}: {background}");
        let all = c.sections.join("\n");
        for heading in headings {
            assert!(all.contains(heading), "{case_type:?} lacks {heading:?}");
        }
        assert_eq!(c.section(Section::Decision), "");
        assert_eq!(c.links.len(), 1);
        assert_eq!((c.links[0].entity.as_str(), c.links[0].id), ("unit", unit));
    }
    // No region and no links; a placeholder typed in the title stays as typed.
    let id = store
        .insert_case(
            &CaseEdit {
                title: " Om {region}\n ".into(),
                case_type: CaseType::Other,
                region: None,
            },
            &[],
            today(),
        )
        .unwrap();
    let c = store.case(id).unwrap();
    assert_eq!(c.title, "Om {region}");
    assert!(c.section(Section::Background).starts_with(
        "Sak: Om {region}\nAnsvarlig region: ingen region valgt\n\nSaken gjelder:\n- (ingen)\n"
    ));
}

#[test]
fn bad_titles_and_links_are_refused() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let before = dump(&path);
    let r = store.insert_case(&edit(" \t\u{1b}[2J\n", CaseType::Other), &[], today());
    assert_eq!(refusal(r), CaseRefusal::EmptyTitle);
    let unit = first_id(&path, "units", "1");
    for (entity, id) in [("unit", 999_999), ("planet", unit)] {
        let r = store.insert_case(
            &edit("Sak", CaseType::Other),
            &[("unit", unit), (entity, id)],
            today(),
        );
        assert_eq!(
            refusal(r),
            CaseRefusal::UnknownLink {
                entity: entity.into(),
                id
            }
        );
    }
    assert_eq!(dump(&path), before);
}

#[test]
fn sections_are_cleaned_and_limited() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let c = new_case(&mut store, "Tekst", CaseType::Other, &[]);
    let typed =
        "a\tb \u{1b}[31mrød\u{1b}[0m\u{7}\r\nlinje 2\u{1b}]52;c;aGVp\u{7}\u{0} slutt\u{9b}2J";
    let v = store
        .save_section(c.id, c.version, Section::Assessment, typed)
        .unwrap();
    assert_eq!(v, c.version + 1);
    let saved = store.case(c.id).unwrap();
    assert_eq!(
        saved.section(Section::Assessment),
        "a    b rød\nlinje 2 slutt"
    );
    assert_eq!(saved.version, v);

    let at_limit = "ø".repeat(1_000_000);
    let v = store
        .save_section(c.id, v, Section::Proposal, &at_limit)
        .unwrap();
    assert_eq!(
        store
            .case(c.id)
            .unwrap()
            .section(Section::Proposal)
            .chars()
            .count(),
        1_000_000
    );
    let before = dump(&path);
    let over = format!("{at_limit}x");
    assert_eq!(
        refusal(store.save_section(c.id, v, Section::Background, &over)),
        CaseRefusal::SectionTooLong {
            section: Section::Background,
            chars: 1_000_001,
            max: 1_000_000
        }
    );
    // A tab that pushes the text over the limit counts as its four spaces.
    let tabbed = format!("{}\t", "x".repeat(999_998));
    assert_eq!(
        refusal(store.save_section(c.id, v, Section::Attachments, &tabbed)),
        CaseRefusal::SectionTooLong {
            section: Section::Attachments,
            chars: 1_000_002,
            max: 1_000_000
        }
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn a_stale_section_save_is_a_conflict_and_keeps_the_saved_text() {
    let (_dir, path) = temp_db();
    let mut store = demo_store(&path);
    let c = new_case(&mut store, "To redaktører", CaseType::Other, &[]);
    store.set_user("kari");
    store
        .save_section(c.id, c.version, Section::Background, "Karis tekst")
        .unwrap();
    store.set_user("ola");
    let before = dump(&path);
    match store.save_section(c.id, c.version, Section::Background, "Olas tekst") {
        Err(StoreError::Conflict { entity, id, by, .. }) => {
            assert_eq!((entity, id, by.as_str()), ("case", c.id, "kari"));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    // Another section read at the same stale version conflicts too.
    assert!(matches!(
        store.save_section(c.id, c.version, Section::Proposal, "x"),
        Err(StoreError::Conflict { .. })
    ));
    assert!(matches!(
        store.update_case(c.id, c.version, &edit("Ny", CaseType::Other)),
        Err(StoreError::Conflict { .. })
    ));
    assert_eq!(dump(&path), before);
    assert_eq!(
        store.case(c.id).unwrap().section(Section::Background),
        "Karis tekst"
    );
}
