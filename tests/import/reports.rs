//! `irf import reports`: the season's filed reports.

use super::{Case, fixture, ok, path, refused};

#[test]
fn a_separator_inside_a_value_and_long_sentences_fit_80_columns() {
    let case = Case::new();
    let before = case.dump();
    let (_, o) = case.import_text(
        "reports",
        "r.csv",
        "Enhet,År,Mottatt\nSarkomer,2025,12.02.2026,sent\n\"Albuekirurgi, HMN\",2025,\n",
        &[],
    );
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2: 4 celler, men overskriften har 3. Står det et skilletegn i en verdi?",
            "linje 3, kolonne «Enhet»: ukjent enhet: «Albuekirurgi, HMN». Skriv navnet slik det står i Tjenester.",
        ],
    );
    let raw = super::support::cli::out(&o);
    for line in raw.lines() {
        assert!(
            line.chars().count() <= 80,
            "{line:?} is wider than 80 columns"
        );
    }
}

#[test]
fn a_plain_file_loads_and_a_second_import_changes_nothing() {
    let case = Case::new();
    let file = case.file(
        "r.csv",
        "Enhet;Mottatt;Uttalelse\nSarkomer;12.02.2026;Ja\nAldring og helse;2026-02-09;nei\n"
            .as_bytes(),
    );
    let text = ok(&case.import(&["reports", path(&file), "--year", "2025"]));
    assert!(
        text.contains("linje 2: Sarkomer – endres: status, mottatt, uttalelse"),
        "{text}"
    );
    assert!(text.contains("0 nye, 2 endres, 0 uendret."), "{text}");
    assert!(text.contains("Importert: 2 poster skrevet."), "{text}");
    assert_eq!(case.report("sarkomer", 2025), "mottatt|2026-02-12|1|-");
    assert_eq!(
        case.report("aldring og helse", 2025),
        "mottatt|2026-02-09|0|-"
    );
    assert_eq!(
        case.value(
            "SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'annual_report'"
        ),
        "2"
    );
    let before = case.dump();
    let again = ok(&case.import(&["reports", path(&file), "--year", "2025"]));
    assert!(again.contains("Ingen endringer"), "{again}");
    assert_eq!(case.dump(), before);
}

#[test]
fn dry_run_lists_the_plan_and_writes_nothing() {
    let case = Case::new();
    let before = case.dump();
    let file = case.file(
        "r.csv",
        "Enhet;År;Mottatt\nAlbuekirurgi;2025;10.02.2026\n".as_bytes(),
    );
    let text = ok(&case.import(&["reports", path(&file), "--dry-run"]));
    assert!(
        text.contains("linje 2: Albuekirurgi – endres: status, mottatt"),
        "{text}"
    );
    assert!(
        text.contains("Prøvekjøring: ingenting er skrevet."),
        "{text}"
    );
    assert_eq!(case.dump(), before);
}

#[test]
fn bom_comma_separator_and_crlf() {
    let case = Case::new();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice("Unit,Year,Received\r\nSarkomer,2025,2026-02-12\r\n".as_bytes());
    let file = case.file("r.csv", &bytes);
    ok(&case.import(&["reports", path(&file)]));
    assert_eq!(case.report("sarkomer", 2025), "mottatt|2026-02-12|0|-");
}

#[test]
fn utf16_tab_separated_as_excel_saves_unicode_text() {
    let case = Case::new();
    let text = "Enhet\tÅr\tMottatt\r\nDøvblinde\t2025\t10.02.2026\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let file = case.file("r.txt", &bytes);
    ok(&case.import(&["reports", path(&file)]));
    assert_eq!(
        case.report("døvblinde", 2025).split('|').nth(1),
        Some("2026-02-10")
    );
}

#[test]
fn windows_1252_with_aeoeaa() {
    let case = Case::new();
    // "Døvblinde;2025;10.02.2026" with ø as the single byte 0xF8; "År" with 0xC5.
    let mut bytes = b"Enhet;\xC5r;Mottatt\n".to_vec();
    bytes.extend_from_slice(b"D\xF8vblinde;2025;10.02.2026\n");
    let file = case.file("r.csv", &bytes);
    let text = ok(&case.import(&["reports", path(&file)]));
    assert!(text.contains("linje 2: Døvblinde"), "{text}");
    assert_eq!(
        case.report("døvblinde", 2025).split('|').nth(1),
        Some("2026-02-10")
    );
}

#[test]
fn blank_lines_and_a_summary_row_are_skipped() {
    let case = Case::new();
    let file = case.file(
        "r.csv",
        "Enhet;År;Mottatt\n\nSarkomer;2025;12.02.2026\n;;\n\nSum;1;\n".as_bytes(),
    );
    let text = ok(&case.import(&["reports", path(&file)]));
    assert!(
        text.contains("linje 6: summeringsrad hoppet over."),
        "{text}"
    );
    assert!(text.contains("linje 3: Sarkomer"), "{text}");
    assert_eq!(case.report("sarkomer", 2025), "mottatt|2026-02-12|0|-");
}

#[test]
fn a_row_with_another_separator_is_refused() {
    let case = Case::new();
    let before = case.dump();
    let (_, o) = case.import_text(
        "reports",
        "r.csv",
        "Enhet;År;Mottatt\nSarkomer;2025;12.02.2026\nAlbuekirurgi,2025,10.02.2026\n",
        &[],
    );
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 3: raden er skilt med «,», men overskriften med «;»",
            "Ingenting er skrevet",
        ],
    );
}

#[test]
fn a_file_separated_by_something_else_names_the_missing_column() {
    let case = Case::new();
    let before = case.dump();
    let (_, o) = case.import_text(
        "reports",
        "r.csv",
        "Enhet|År|Mottatt\nSarkomer|2025|12.02.2026\n",
        &[],
    );
    refused(
        &case,
        &before,
        &o,
        &["linje 1: fant ingen kolonne «Enhet» (overskriftene er: Enhet|År|Mottatt)"],
    );
}

#[test]
fn unknown_and_duplicate_units_name_line_and_column() {
    let case = Case::new();
    let before = case.dump();
    let (file, o) = case.import_text("reports", "r.csv", "Enhet;År;Mottatt\nSarkommer;2025;12.02.2026\nAlbuekirurgi;2025;10.02.2026\nalbuekirurgi;2025;11.02.2026\nAldring og helse;2025;09.02.2026\n", &[]);
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Enhet»: ukjent enhet: «Sarkommer». Mente du «Nasjonal kompetansetjeneste for sarkomer»?",
            "linje 4, kolonne «Enhet»: «albuekirurgi» står allerede på linje 3",
            "2 problem(er) i filen. Ingenting er skrevet",
        ],
    );
    let en = super::support::cli::run(
        case.dir.path(),
        &case.db,
        &["--lang", "en", "import", "reports", path(&file)],
    );
    refused(
        &case,
        &before,
        &en,
        &["line 2, column “Enhet”: unknown unit: “Sarkommer”. Did you mean"],
    );
}

#[test]
fn impossible_dates_name_line_and_column() {
    let case = Case::new();
    let before = case.dump();
    let (_, o) = case.import_text("reports", "r.csv", "Enhet;År;Mottatt\nSarkomer;2025;31.02.2024\nAlbuekirurgi;2025;2024-13-01\nAldring og helse;2025;i går\n", &[]);
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Mottatt»: «31.02.2024» er ingen dag som finnes",
            "linje 3, kolonne «Mottatt»: «2024-13-01» er ingen dag som finnes",
            "linje 4, kolonne «Mottatt»: «i går» er ikke en dato",
        ],
    );
}

#[test]
fn a_year_other_than_asked_or_none_at_all() {
    let case = Case::new();
    let before = case.dump();
    let (_, o) = case.import_text(
        "reports",
        "r.csv",
        "Enhet;År\nSarkomer;2024\n",
        &["--year", "2025"],
    );
    refused(
        &case,
        &before,
        &o,
        &["linje 2, kolonne «År»: året er 2024, men importen gjelder 2025."],
    );
    let (_, o) = case.import_text(
        "reports",
        "r2.csv",
        "Enhet;Mottatt\nSarkomer;12.02.2026\n",
        &[],
    );
    refused(
        &case,
        &before,
        &o,
        &["linje 1: filen har ingen kolonne «År»"],
    );
}

#[test]
fn a_status_never_moves_back() {
    let case = Case::new();
    // Funksjonell MRI has a follow-up open in the demo; an export saying "Mottatt"
    // does not undo that, and its received date stays.
    let before = case.report("funksjonell MRI", 2025);
    assert!(before.starts_with("oppfolging|"), "{before}");
    let file = case.file(
        "r.csv",
        "Enhet;År;Status\nFunksjonell MRI;2025;Mottatt\n".as_bytes(),
    );
    let text = ok(&case.import(&["reports", path(&file)]));
    assert!(text.contains("Ingen endringer"), "{text}");
    assert_eq!(case.report("funksjonell MRI", 2025), before);
}

#[test]
fn a_large_file_is_refused_before_reading() {
    let case = Case::new();
    let before = case.dump();
    let file = case.dir.path().join("stor.csv");
    let f = std::fs::File::create(&file).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let o = case.import(&["reports", path(&file), "--year", "2025"]);
    refused(
        &case,
        &before,
        &o,
        &["stor.csv: Filen er 50,0 MB; grensen er 10 MB."],
    );
}

#[test]
fn files_that_are_not_tables() {
    let case = Case::new();
    let before = case.dump();
    let png = case.file("bilde.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    let o = case.import(&["reports", path(&png), "--year", "2025"]);
    refused(
        &case,
        &before,
        &o,
        &["Filen er verken CSV (tekst) eller en Excel-arbeidsbok (XLSX)"],
    );
    let zip = case.file("falsk.xlsx", b"PK\x03\x04 not really a zip");
    let o = case.import(&["reports", path(&zip), "--year", "2025"]);
    refused(&case, &before, &o, &["falsk.xlsx: Filen er verken CSV"]);
    let docx = fixture("brev.docx");
    let o = case.import(&["reports", path(&docx), "--year", "2025"]);
    refused(&case, &before, &o, &["brev.docx: Filen er verken CSV"]);
    let broken = fixture("truncated.xlsx");
    let o = case.import(&["reports", path(&broken), "--year", "2025"]);
    refused(
        &case,
        &before,
        &o,
        &["truncated.xlsx: Arbeidsboken kan ikke leses ("],
    );
    let (_, o) = case.import_text(
        "reports",
        "brev.txt",
        "Hei,\nher er rapportene.\n",
        &["--year", "2025"],
    );
    refused(&case, &before, &o, &["linje 1: fant ingen kolonne «Enhet»"]);
    let empty = case.file("tom.csv", b"\n\n");
    let o = case.import(&["reports", path(&empty), "--year", "2025"]);
    refused(&case, &before, &o, &["Filen er tom."]);
    let missing = case.dir.path().join("finnes-ikke.csv");
    let o = case.import(&["reports", path(&missing), "--year", "2025"]);
    refused(
        &case,
        &before,
        &o,
        &["finnes-ikke.csv", "Det finnes ingen fil der"],
    );
}

#[test]
fn xlsx_with_a_title_row_merged_header_cells_and_a_summary_row() {
    let case = Case::new();
    let file = fixture("reports_merged.xlsx");
    let text = ok(&case.import(&["reports", path(&file)]));
    assert!(text.contains("overskriften står på linje 3"), "{text}");
    assert!(
        text.contains("linje 7: summeringsrad hoppet over."),
        "{text}"
    );
    assert!(text.contains("0 nye, 3 endres"), "{text}");
    assert_eq!(case.report("sarkomer", 2025), "mottatt|2026-02-12|1|HSØ");
    assert_eq!(
        case.report("aldring og helse", 2025),
        "mottatt|2026-02-09|0|HSØ"
    );
    assert_eq!(case.report("albuekirurgi", 2025), "mottatt|2026-02-10|1|-");
    let before = case.dump();
    let again = ok(&case.import(&["reports", path(&file)]));
    assert!(again.contains("Ingen endringer"), "{again}");
    assert_eq!(case.dump(), before);
}

#[test]
fn the_queue_rules_hold_for_dates_and_statuses() {
    let case = Case::new();
    let before = case.dump();
    // 2025 in the demo: funksjonell MRI has a follow-up open, hyperkolesterolemi is
    // under review without one, sarkomer/albuekirurgi/aldring og helse are expected,
    // solide svulster hos barn received (its row alone would be taken).
    let file = case.file(
        "r.csv",
        "Enhet;År;Mottatt;Status\n\
         Funksjonell MRI;2025;;Lukket\n\
         Hyperkolesterolemi;2025;;Oppfølging\n\
         Sarkomer;2025;;Vurdert\n\
         Albuekirurgi;2025;01.01.2099;\n\
         Aldring og helse;2025;31.12.2025;\n\
         Solide svulster hos barn;2025;;Vurdert\n"
            .as_bytes(),
    );
    let o = case.import(&["reports", path(&file)]);
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Status»: rapporten har oppfølgingspunkter som ikke er utført, så den kan ikke lukkes",
            "linje 3, kolonne «Status»: rapporten har ingen åpne oppfølgingspunkter; bruk status vurdert.",
            "linje 4, kolonne «Status»: rapporten er ikke mottatt, så den kan ikke få denne statusen; fyll inn mottatt-datoen.",
            "linje 5, kolonne «Mottatt»: mottatt-datoen ligger fram i tid",
            "linje 6, kolonne «Mottatt»: en rapport for 2025 kan tidligst være mottatt 01.01.2026; rett datoen.",
            "5 problem(er) i filen.",
        ],
    );
    // With a received date the expected report may be reviewed at once; a received
    // report's date may be corrected.
    let file = case.file(
        "r2.csv",
        "Enhet;År;Mottatt;Status\nSarkomer;2025;09.02.2026;Vurdert\nDøvblinde;2025;10.02.2026;\n"
            .as_bytes(),
    );
    ok(&case.import(&["reports", path(&file)]));
    assert_eq!(case.report("sarkomer", 2025), "vurdert|2026-02-09|0|-");
    assert_eq!(
        case.report("døvblinde", 2025).split('|').nth(1),
        Some("2026-02-10")
    );
}

#[test]
fn a_row_with_several_problems_lists_them_all() {
    let case = Case::new();
    let before = case.dump();
    let (_, o) = case.import_text(
        "reports",
        "r.csv",
        "Enhet;År;Mottatt;Status\nSarkommer;2025;31.02.2026;lest\n",
        &[],
    );
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Mottatt»: «31.02.2026» er ingen dag som finnes",
            "linje 2, kolonne «Status»: ukjent status: «lest»",
            "linje 2, kolonne «Enhet»: ukjent enhet: «Sarkommer». Mente du",
            "3 problem(er) i filen.",
        ],
    );
}

#[test]
fn a_follow_up_added_since_the_plan_stops_closing_the_report() {
    use irf::store::{OpenMode, Store, StoreError};
    let case = Case::new();
    let mut store = Store::open(&case.db, OpenMode::ReadWrite).unwrap();
    // Hyperkolesterolemi's review is finished here (vurdert), without follow-ups:
    // closing it is allowed when the plan is made.
    rusqlite::Connection::open(&case.db)
        .unwrap()
        .execute(
            "UPDATE annual_reports SET status = 'vurdert' WHERE year = 2025 AND unit_id =
               (SELECT id FROM units WHERE name LIKE '%hyperkolesterolemi')",
            [],
        )
        .unwrap();
    let csv = "Enhet;År;Status\nHyperkolesterolemi;2025;Lukket\n";
    let table = irf::import::read_bytes(csv.as_bytes(), irf::import::Kind::Reports).unwrap();
    let plan = store
        .plan_import(irf::store::ImportInput::Reports(
            &irf::import::parse_reports(table, None),
            super::support::db::today(),
        ))
        .unwrap();
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    let report: i64 = case
        .value(
            "SELECT r.id FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE r.year = 2025 AND u.name LIKE '%hyperkolesterolemi'",
        )
        .parse()
        .unwrap();
    let version: i64 = case
        .value(&format!(
            "SELECT version FROM annual_reports WHERE id = {report}"
        ))
        .parse()
        .unwrap();
    let item = irf::domain::follow_up("Avklar målgruppen", "HV", "", None).unwrap();
    let mut kari = Store::open(&case.db, OpenMode::ReadWrite).unwrap();
    kari.add_follow_up(report, version, &item).unwrap();
    let before = case.dump();
    match store.apply_import(&plan) {
        Err(StoreError::Conflict { entity, id, .. }) => {
            assert_eq!((entity, id), ("annual_report", report));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(case.dump(), before);
    // Kari's follow-up made the finished review one with a follow-up open.
    assert!(
        case.report("hyperkolesterolemi", 2025)
            .starts_with("oppfolging|")
    );
}
