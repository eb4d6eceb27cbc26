//! `irf export queue|summary|units|contacts|terms` as the real binary on a demo
//! database: the XLSX read back with calamine (titles, headers, typed cells), CSV for
//! Norwegian Excel, the region narrowing, and paths that cannot be written.

use calamine::{Data, Reader, Xlsx};
use support::cli::{err, out, run};
use support::db::demo_store;

mod support;

/// A home with a demo database.
fn setup() -> (tempfile::TempDir, std::path::PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("irf.sqlite");
    drop(demo_store(&db));
    (home, db)
}

/// Exports `what` as XLSX and opens it.
fn workbook(
    home: &std::path::Path,
    db: &std::path::Path,
    args: &[&str],
) -> Xlsx<std::io::BufReader<std::fs::File>> {
    let file = home.join(format!("{}.xlsx", args[0]));
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    all.extend(["-o", file.to_str().unwrap()]);
    let o = run(home, db, &all);
    assert!(o.status.success(), "{args:?}: {}", err(&o));
    assert!(out(&o).contains("Skrev"), "{}", out(&o));
    calamine::open_workbook(&file).unwrap()
}

#[test]
fn the_unit_registry_has_typed_cells() {
    let (home, db) = setup();
    let mut book = workbook(home.path(), &db, &["units"]);
    let range = book.worksheet_range("Tjenester").unwrap();
    match range.get_value((0, 0)) {
        Some(Data::String(title)) => assert!(title.starts_with("Tjenester · skrevet "), "{title}"),
        other => panic!("title row: {other:?}"),
    }
    let header: Vec<String> = (0..9)
        .map(|c| range.get_value((1, c)).unwrap().to_string())
        .collect();
    assert_eq!(header[0], "Navn");
    assert_eq!(header[4], "Godkjent");
    assert_eq!(header[7], "Årsverk");
    let rows = range.height() - 2;
    assert!(rows >= 20, "the demo's units: {rows}");
    let dates = (2..range.height() as u32)
        .filter(|r| matches!(range.get_value((*r, 4)), Some(Data::DateTime(_))))
        .count();
    let numbers = (2..range.height() as u32)
        .filter(|r| matches!(range.get_value((*r, 7)), Some(Data::Float(_))))
        .count();
    assert!(
        dates > 0 && numbers > 0,
        "approval dates {dates}, FTE {numbers}"
    );
}

#[test]
fn the_summary_has_its_three_tables() {
    let (home, db) = setup();
    let mut book = workbook(home.path(), &db, &["summary", "--year", "2025"]);
    let names = book.sheet_names();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names[0].starts_with("Svar per punkt 2025"), "{names:?}");
    let answers = book.worksheet_range(&names[0]).unwrap();
    assert_eq!(answers.get_value((1, 2)), Some(&Data::String("Ja".into())));
    assert!(matches!(answers.get_value((2, 0)), Some(Data::String(code)) if code.starts_with('K')));
    assert!(
        matches!(answers.get_value((2, 2)), Some(Data::Float(_))),
        "counts are numbers"
    );
    let progress = book.worksheet_range(&names[1]).unwrap();
    assert_eq!(progress.height(), 2 + 4, "one row per region");
    assert_eq!(
        progress.get_value((2, 0)),
        Some(&Data::String("Helse Sør-Øst RHF".into()))
    );
}

#[test]
fn the_queue_and_contacts_narrow_to_a_region_and_csv_opens_in_norwegian_excel() {
    let (home, db) = setup();
    let mut book = workbook(
        home.path(),
        &db,
        &["queue", "--year", "2025", "--region", "HN"],
    );
    let name = book.sheet_names()[0].clone();
    let queue = book.worksheet_range(&name).unwrap();
    assert_eq!(
        queue.get_value((1, 0)),
        Some(&Data::String("Tjeneste".into()))
    );
    let csv = home.path().join("kontakter.csv");
    let o = run(
        home.path(),
        &db,
        &[
            "export",
            "contacts",
            "--region",
            "HV",
            "-o",
            csv.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", err(&o));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{FEFF}'), "a byte-order mark");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1], "Navn;Organisasjon;Region;Roller;E-post;Telefon");
    assert!(lines.len() > 3);
    for line in &lines[2..] {
        assert_eq!(line.split(';').nth(2), Some("HV"), "{line}");
    }
}

#[test]
fn stored_formulas_stay_text_and_an_unwritable_path_leaves_nothing() {
    let (home, db) = setup();
    support::db::raw(&db)
        .execute(
            "UPDATE contacts SET name = '=cmd|'' /C calc''!A0' WHERE id = 1",
            [],
        )
        .unwrap();
    let csv = home.path().join("k.csv");
    let o = run(
        home.path(),
        &db,
        &["export", "contacts", "-o", csv.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", err(&o));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains("'=cmd|' /C calc'!A0"), "{text}");
    let mut book = workbook(home.path(), &db, &["contacts"]);
    let range = book.worksheet_range("Kontakter").unwrap();
    let formulas = book.worksheet_formula("Kontakter").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    assert!(
        range
            .used_cells()
            .any(|(_, _, v)| v == &Data::String("=cmd|' /C calc'!A0".into()))
    );

    let missing = home.path().join("finnes-ikke").join("x.xlsx");
    let o = run(
        home.path(),
        &db,
        &["export", "units", "-o", missing.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("mappen finnes ikke"), "{}", err(&o));
    assert!(!home.path().join("finnes-ikke").exists());
}

#[test]
fn e_in_arsrapporter_and_tjenester_writes_what_the_list_shows() {
    use irf::app::Action;
    use irf::keymap::Context;
    use support::app::{demo_on, message, press};
    for (pane, stem) in [
        (Action::PaneReports, "arsrapporter"),
        (Action::PaneUnits, "tjenester"),
    ] {
        let (_dir, mut app) = demo_on(pane);
        let out = tempfile::tempdir().unwrap();
        app.state.export_dir = out.path().to_path_buf();
        let shown = app.state.list().total;
        press(&mut app, Context::List, Action::Export);
        assert!(message(&app).starts_with("Skrev "), "{}", message(&app));
        let file = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "xlsx"))
            .expect("an xlsx file");
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(stem), "{name}");
        let mut book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
        let sheet = book.sheet_names()[0].clone();
        let range = book.worksheet_range(&sheet).unwrap();
        assert_eq!(
            range.height() - 2,
            shown,
            "{stem}: every row the list shows"
        );
        // A second E never replaces the first file.
        press(&mut app, Context::List, Action::Export);
        assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 2);
    }
}

#[test]
fn the_money_table_has_one_row_per_region_and_the_sum() {
    let (home, db) = setup();
    let mut book = workbook(home.path(), &db, &["money", "--year", "2025"]);
    let name = book.sheet_names()[0].clone();
    assert_eq!(name, "Penger 2025");
    let range = book.worksheet_range(&name).unwrap();
    assert_eq!(range.height(), 2 + 5, "four regions and the sum");
    assert_eq!(range.get_value((6, 0)), Some(&Data::String("Sum".into())));
    let cell = |r: u32, c: u32| match range.get_value((r, c)) {
        Some(Data::Float(v)) => *v,
        other => panic!("({r}, {c}) is a number, not {other:?}"),
    };
    let regions: f64 = (2..6).map(|r| cell(r, 1)).sum();
    assert!(
        (regions - cell(6, 1)).abs() < 0.25,
        "the sum adds up: {regions} vs {}",
        cell(6, 1)
    );
}
