//! `irf export agenda` and `irf export case` run as the real binary on a demo database:
//! the Markdown and DOCX content in both languages, choosing the meeting by `next`, date
//! or id, unknown meetings and cases, stored text with control characters. Where the
//! file goes (default names, `-o`, unwritable paths, LibreOffice) is in `files.rs`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Output;

use irf::store::{Agenda, OpenMode, Store};
use support::cli::{err, out, run};
use support::db::{demo_store, raw, today};

#[path = "export_agenda/files.rs"]
mod files;
mod support;

/// The day `next` counts from in these tests (the demo's meeting is 21 days later).
const TODAY: &str = "2026-11-23";

/// A home folder with a demo database, and the demo's next meeting as the store reads it.
fn setup() -> (tempfile::TempDir, PathBuf, Agenda) {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("irf.sqlite");
    let store = demo_store(&db);
    let id = store.find_meeting("next", today()).unwrap().unwrap();
    let agenda = store.agenda(id).unwrap();
    assert_eq!(agenda.items.len(), 3, "the demo's meeting has three cases");
    (home, db, agenda)
}

/// Runs `irf --db DB ARGS…` in the folder `cwd`.
fn run_in(cwd: &Path, home: &Path, db: &Path, args: &[&str]) -> Output {
    support::cli::command(home)
        .arg("--db")
        .arg(db)
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap()
}

/// Exports the next meeting's agenda as Markdown to a file and returns its text.
fn agenda_md(home: &Path, db: &Path, extra: &[&str]) -> String {
    let file = home.join("agenda.md");
    let path = file.to_str().unwrap();
    let mut args = vec!["export", "agenda", "next", "--today", TODAY, "-o", path];
    args.extend_from_slice(extra);
    let o = run(home, db, &args);
    assert!(o.status.success(), "{}", err(&o));
    std::fs::read_to_string(&file).unwrap()
}

/// Exports the next meeting's agenda to `file` (its format by its name) and asserts
/// that it succeeded.
fn export_next(home: &Path, db: &Path, file: &Path) -> Output {
    let o = run(
        home,
        db,
        &[
            "export",
            "agenda",
            "next",
            "--today",
            TODAY,
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    o
}

/// The text of one part of a DOCX file.
fn docx_part(file: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Checks that every tag is closed in order and the text holds no raw `<` or `&`
/// outside entities; panics with the first fault.
fn assert_well_formed(xml: &str) {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(&entity)
                    || entity.starts_with("&#"),
                "bad entity {entity:?}"
            );
        }
        let end = start + rest[start..].find('>').expect("an unclosed <");
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.starts_with('!') || tag.ends_with('/') {
            continue;
        }
        let name = tag
            .trim_start_matches('/')
            .split_whitespace()
            .next()
            .unwrap();
        if tag.starts_with('/') {
            assert_eq!(open.pop(), Some(name), "closing {name}");
        } else {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "never closed: {open:?}");
    assert!(rest.trim().is_empty());
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// `Sak 41/26 Tittel` for each case on the agenda, in order.
fn agenda_lines(agenda: &Agenda, word: &str) -> Vec<String> {
    agenda
        .items
        .iter()
        .map(|c| format!("{word} {} {}", c.number.unwrap(), c.title))
        .collect()
}

#[test]
fn markdown_agenda_in_bokmal() {
    let (home, db, agenda) = setup();
    let text = agenda_md(home.path(), &db, &[]);
    assert!(text.starts_with("# Saksliste\n"), "{text}");
    assert!(
        text.contains("Interregionalt fagdirektørmøte (IRF)"),
        "{text}"
    );
    assert!(text.contains("Dato: 14. desember 2026"), "{text}");
    assert!(text.contains("Sted: Gardermoen og Teams"));
    // Chaired by the region leading on 14 December 2026 in the demo's rotation.
    assert!(text.contains("Ledes av: Helse Midt-Norge RHF"), "{text}");
    assert!(
        text.contains("| Saksnr. | Sak | Ansvarlig region |\n| --- | --- | --- |\n"),
        "{text}"
    );
    let lines = agenda_lines(&agenda, "Sak");
    let mut at = 0;
    for (line, case) in lines.iter().zip(&agenda.items) {
        let item = format!("\n| {} | {} | ", case.number.unwrap(), case.title);
        let heading = format!("\n# {line}\n");
        let item_at = text
            .find(&item)
            .unwrap_or_else(|| panic!("{item:?} in {text}"));
        let heading_at = text.find(&heading).unwrap_or_else(|| panic!("{heading:?}"));
        assert!(item_at < text.find(&format!("\n# {}", lines[0])).unwrap());
        assert!(heading_at > at, "cases in agenda order");
        at = heading_at;
    }
    assert_eq!(text.matches("\n## Bakgrunn\n").count(), 3, "{text}");
    assert_eq!(text.matches("\n## Forslag til vedtak\n").count(), 3);
    assert!(text.contains("Fire søknader er forankret i alle regioner."));
    assert!(!text.contains("## Vedtak\n"), "nothing is decided yet");
    let linked = agenda.items.iter().filter(|c| !c.links.is_empty()).count();
    assert_eq!(text.matches("\n## Koblinger\n").count(), linked);
    assert!(text.contains("| Type | Navn |\n| --- | --- |\n| Tjeneste | "));
    assert!(text.contains("hyperkolesterolemi |"));
}

#[test]
fn markdown_agenda_in_english() {
    let (home, db, agenda) = setup();
    let text = agenda_md(home.path(), &db, &["--lang", "en"]);
    assert!(text.starts_with("# Agenda\n"), "{text}");
    assert!(text.contains("Date: 14 December 2026"), "{text}");
    assert!(
        text.contains("| Case no. | Case | Responsible region |\n"),
        "{text}"
    );
    for (line, case) in agenda_lines(&agenda, "Case").iter().zip(&agenda.items) {
        let item = format!("\n| {} | {} | ", case.number.unwrap(), case.title);
        assert!(text.contains(&item), "{item}");
        assert!(text.contains(&format!("\n# {line}\n")), "{line}");
    }
    assert!(text.contains("\n## Background\n"));
    assert!(text.contains("\n## Proposed decision\n"));
    assert!(text.contains("\n## Links\n"));
    assert!(!text.contains("Saksliste") && !text.contains("Bakgrunn"));
}

#[test]
fn docx_agenda_has_headings_an_agenda_table_page_numbers_and_every_title() {
    let (home, db, agenda) = setup();
    let file = home.path().join("saksliste.docx");
    let o = run(
        home.path(),
        &db,
        &[
            "export", "agenda", "next", "--today", TODAY, "--format", "docx",
        ]
        .into_iter()
        .chain(["-o", file.to_str().unwrap()])
        .collect::<Vec<_>>(),
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("Skrev"), "{}", out(&o));
    let document = docx_part(&file, "word/document.xml");
    assert!(document.trim_end().ends_with("</w:document>"));
    assert_well_formed(&document);
    assert_eq!(
        document.matches(r#"<w:pStyle w:val="Heading1" />"#).count(),
        4
    );
    assert!(document.matches(r#"<w:pStyle w:val="Heading2" />"#).count() >= 6);
    for (line, case) in agenda_lines(&agenda, "Sak").iter().zip(&agenda.items) {
        // The case's heading, and its title alone in the agenda table's row.
        assert_eq!(document.matches(&xml_escape(line)).count(), 1, "{line}");
        let cell = format!(">{}<", xml_escape(&case.title));
        assert_eq!(document.matches(&cell).count(), 1, "{cell}");
    }
    for column in ["Saksnr.", "Sak", "Ansvarlig region"] {
        assert!(document.contains(&format!(">{column}<")), "{column}");
    }
    // The agenda table first, then one page per case (each with its own page break).
    let first_case = document.find(&xml_escape(&agenda_lines(&agenda, "Sak")[0]));
    assert!(document.find("<w:tbl>") < first_case);
    assert_eq!(
        document.matches("<w:pageBreakBefore").count(),
        agenda.items.len()
    );
    assert!(
        document.contains(r#"<w:pgSz w:w="11906" w:h="16838""#),
        "A4"
    );
    for heading in ["Saksliste", "Bakgrunn", "Forslag til vedtak", "Koblinger"] {
        assert!(document.contains(&format!(">{heading}<")), "{heading}");
    }
    assert!(document.contains("14. desember 2026"));
    assert!(document.contains("<w:tbl>"));
    let styles = docx_part(&file, "word/styles.xml");
    assert_well_formed(&styles);
    assert!(styles.contains(r#"w:styleId="Heading1""#) && styles.contains("heading 1"));
    assert!(styles.contains(r#"w:styleId="Heading2""#) && styles.contains("heading 2"));
    let footer = docx_part(&file, "word/footer1.xml");
    assert_well_formed(&footer);
    assert!(
        footer.contains("PAGE") && footer.contains("NUMPAGES"),
        "{footer}"
    );
    assert!(
        footer.contains(">Side <") && footer.contains("> av <"),
        "{footer}"
    );
    let header = docx_part(&file, "word/header1.xml");
    assert_well_formed(&header);
    assert!(
        header.contains("Interregionalt fagdirektørmøte (IRF) · 14. desember 2026 kl. 10:00"),
        "{header}"
    );
    let core = docx_part(&file, "docProps/core.xml");
    assert_well_formed(&core);
    assert!(
        core.contains("<dc:title>Saksliste – IRF 14. desember 2026 kl. 10:00</dc:title>"),
        "{core}"
    );
    assert!(
        core.contains("<dc:creator>Helse Midt-Norge RHF</dc:creator>"),
        "{core}"
    );
}

#[test]
fn the_meeting_by_next_date_or_id_and_unknown_meetings() {
    let (home, db, agenda) = setup();
    let home = home.path();
    // One meeting before the demo's and one after it.
    raw(&db)
        .execute_batch(
            "INSERT INTO meetings (kind, held_on, place) VALUES ('IRF', '2026-10-01', 'Bodø');
             INSERT INTO meetings (kind, held_on, place) VALUES ('AD', '2027-02-01', 'Oslo');",
        )
        .unwrap();
    let by_next = agenda_md(home, &db, &[]);
    assert!(by_next.contains("Dato: 14. desember 2026"), "{by_next}");
    let target = home.join("x.md");
    let target = target.to_str().unwrap();
    let id = agenda.meeting.to_string();
    for spec in ["2026-12-14", id.as_str()] {
        let o = run(
            home,
            &db,
            &["export", "agenda", spec, "--format", "md", "-o", target],
        );
        assert!(o.status.success(), "{spec}: {}", err(&o));
        assert_eq!(std::fs::read_to_string(target).unwrap(), by_next, "{spec}");
    }
    let o = run(
        home,
        &db,
        &[
            "export",
            "agenda",
            "next",
            "--today",
            "2026-12-15",
            "-o",
            target,
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let later = std::fs::read_to_string(target).unwrap();
    assert!(later.contains("Interregionalt AD-møte\\\nDato: 1. februar 2027\\\nSted: Oslo\n"));
    assert!(later.contains("Ingen saker er satt opp."), "{later}");
    std::fs::remove_file(target).unwrap();
    let unknown = [
        vec!["2001-01-01"],
        vec!["999999"],
        vec!["snart"],
        vec!["next", "--today", "2027-02-02"],
    ];
    for spec in unknown {
        let mut args = vec!["export", "agenda"];
        args.extend(&spec);
        args.extend(["-o", target]);
        let o = run(home, &db, &args);
        assert_eq!(o.status.code(), Some(1), "{spec:?}");
        let e = err(&o);
        assert!(e.starts_with("irf: fant ingen møte «"), "{e}");
        assert!(e.contains(spec[0]) && e.contains("next"), "{e}");
        assert_eq!(e.lines().count(), 1, "{e}");
        assert!(!Path::new(target).exists(), "{spec:?}");
    }
    let o = run(
        home,
        &db,
        &["--lang", "en", "export", "agenda", "1999-01-01"],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("no meeting matches “1999-01-01”"),
        "{}",
        err(&o)
    );
}

#[test]
fn one_case_by_id_or_number_and_unknown_cases() {
    let (home, db, agenda) = setup();
    let cwd = tempfile::tempdir().unwrap();
    let first = &agenda.items[0];
    let number = first.number.unwrap().to_string();
    let o = run_in(
        cwd.path(),
        home.path(),
        &db,
        &["export", "case", &number, "--format", "md"],
    );
    assert!(o.status.success(), "{}", err(&o));
    let text = std::fs::read_to_string(cwd.path().join(format!("sak-{}.md", first.id))).unwrap();
    assert!(
        text.starts_with(&format!("# Sak {number} {}\n", first.title)),
        "{text}"
    );
    assert!(text.contains("\n## Bakgrunn\n") && !text.contains("Saksliste"));
    let id = first.id.to_string();
    let o = run_in(
        cwd.path(),
        home.path(),
        &db,
        &["export", "case", &id, "-o", "sak.docx"],
    );
    assert!(o.status.success(), "{}", err(&o));
    let document = docx_part(&cwd.path().join("sak.docx"), "word/document.xml");
    assert_well_formed(&document);
    assert!(document.contains(&xml_escape(&first.title)));
    for unknown in ["999999", "999/26", "tittel"] {
        let o = run_in(cwd.path(), home.path(), &db, &["export", "case", unknown]);
        assert_eq!(o.status.code(), Some(1), "{unknown}");
        assert!(
            err(&o).contains(&format!("fant ingen sak «{unknown}»")),
            "{}",
            err(&o)
        );
    }
    assert_eq!(std::fs::read_dir(cwd.path()).unwrap().count(), 2);
}

#[test]
fn bad_arguments_are_clap_errors() {
    let (home, db, _) = setup();
    for args in [
        vec!["export", "agenda"],
        vec!["export", "agenda", "next", "--format", "pdf"],
        vec!["export", "minutes", "next"],
    ] {
        let o = run(home.path(), &db, &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", err(&o));
        assert!(err(&o).starts_with("irf: "), "{}", err(&o));
        assert!(out(&o).is_empty());
    }
    // `irf export` alone lists what it can export.
    let o = run(home.path(), &db, &["export"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("Bruk: irf export") && err(&o).contains("agenda"));
}

#[test]
fn stored_control_characters_never_reach_the_document_and_the_database_is_untouched() {
    let (home, db, agenda) = setup();
    let conn = raw(&db);
    conn.execute(
        "UPDATE cases SET title = 'Farlig\x1b[2J <b>&\ttittel', assessment = ?2,
                attachments = '- Vedlegg\x07 én\n2. Vedlegg to' WHERE id = ?1",
        (
            agenda.items[1].id,
            "Linje én\r\nlinje to\x00\n\n# Ikke overskrift",
        ),
    )
    .unwrap();
    drop(conn);
    let before = std::fs::read(&db).unwrap();
    let text = agenda_md(home.path(), &db, &[]);
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    assert!(text.contains("Farlig[2J \\<b>& tittel"), "{text}");
    assert!(text.contains("\n## Vurdering\n\nLinje én\\\nlinje to\n\n\\# Ikke overskrift\n"));
    assert!(
        text.contains("\n## Vedlegg\n\n- Vedlegg én\n- Vedlegg to\n"),
        "{text}"
    );
    let file = home.path().join("farlig.docx");
    export_next(home.path(), &db, &file);
    let document = docx_part(&file, "word/document.xml");
    assert_well_formed(&document);
    assert!(document.contains("Farlig[2J &lt;b&gt;&amp; tittel"));
    assert!(
        !document
            .chars()
            .any(|c| c.is_control() && !"\n\r\t".contains(c))
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "an export never writes"
    );
    let store = Store::open(&db, OpenMode::ReadOnly).unwrap();
    assert!(
        store.agenda(agenda.meeting).unwrap().items[1]
            .title
            .contains('\x1b')
    );
}
