//! `irf import units`: a portfolio of units.

use super::{Case, fixture, ok, path, refused};

#[test]
fn a_workbook_with_number_cells_text_numbers_and_a_total_row() {
    let case = Case::new();
    let text = ok(&case.import(&["units", path(&fixture("units.xlsx"))]));
    assert!(
        text.contains("linje 4: summeringsrad hoppet over."),
        "{text}"
    );
    assert!(text.contains("2 nye, 0 endres, 0 uendret."), "{text}");
    assert_eq!(
        case.value(
            "SELECT kind || '|' || region_code || '|' || approved_on || '|' || term_ends_on || '|' || fte
               FROM units WHERE name = 'Nasjonal kompetansetjeneste for regnearkprøver'"
        ),
        "kompetanse|HN|2015-01-01|2024-12-31|1.5"
    );
    assert_eq!(
        case.value("SELECT kind || '|' || region_code || '|' || fte || '|' || ern FROM units WHERE name = 'Regionalt testnettverk'"),
        "nettverk|HMN|2.75|ERN-RND"
    );
}

const HEADER: &str = "Navn;Type;Region;HF;Godkjent;Funksjon;Årsverk;ERN\n";

#[test]
fn new_units_with_decimal_comma_and_point_then_nothing_changes() {
    let case = Case::new();
    let body = format!(
        "{HEADER}Nasjonal kompetansetjeneste for importprøver;Nasjonal kompetansetjeneste;HV;Helse Bergen HF;2020;opplæring;1,5;\n\
         Nettverk for filtesting;nettverk;;St. Olavs hospital;2021;;1.5;ERN-Testnett\n"
    );
    let file = case.file("u.csv", body.as_bytes());
    let text = ok(&case.import(&["units", path(&file)]));
    assert!(text.contains("2 nye, 0 endres, 0 uendret."), "{text}");
    assert_eq!(
        case.value(
            "SELECT kind || '|' || region_code || '|' || approved_on || '|' || function || '|'
                    || term_ends_on || '|' || fte || '|' || (SELECT name FROM health_trusts WHERE id = hf_id)
               FROM units WHERE name = 'Nasjonal kompetansetjeneste for importprøver'"
        ),
        "kompetanse|HV|2020-01-01|opplaering|2024-12-31|1.5|Helse Bergen HF"
    );
    // The region follows the health trust; no function, no term.
    assert_eq!(
        case.value(
            "SELECT kind || '|' || region_code || '|' || fte || '|' || ern || '|'
                    || coalesce(term_ends_on, '-')
               FROM units WHERE name = 'Nettverk for filtesting'"
        ),
        "nettverk|HMN|1.5|ERN-Testnett|-"
    );
    // A new unit is findable at once, by a sloppy spelling too.
    let hits = irf::store::Store::open(&case.db, irf::store::OpenMode::ReadOnly)
        .unwrap()
        .search("importprover", 5)
        .unwrap();
    assert_eq!(
        hits.first().map(|h| h.title.as_str()),
        Some("Nasjonal kompetansetjeneste for importprøver")
    );
    let before = case.dump();
    let again = ok(&case.import(&["units", path(&file)]));
    assert!(again.contains("Ingen endringer"), "{again}");
    assert_eq!(case.dump(), before);
}

#[test]
fn an_existing_unit_gets_new_values() {
    let case = Case::new();
    let file = case.file(
        "u.csv",
        "Name,Kind,FTE\nSarkomer,kompetanse,\"3,25\"\n".as_bytes(),
    );
    let text = ok(&case.import(&["units", path(&file)]));
    assert!(
        text.contains("linje 2: Sarkomer – endres: årsverk"),
        "{text}"
    );
    assert_eq!(
        case.value("SELECT fte || '|' || version FROM units WHERE name LIKE '%for sarkomer'"),
        "3.25|2"
    );
}

#[test]
fn bad_rows_name_line_and_column_and_write_nothing() {
    let case = Case::new();
    let before = case.dump();
    let body = format!(
        "{HEADER}Ny tjeneste A;kompetanse;HV;Helse Bergn HF;2020;opplæring;1,5,0;\n\
         Ny tjeneste B;kompetense;HV;;2020;;1;\n\
         Ny tjeneste C;behandling;HN;Helse Bergen HF;2019;;;\n\
         Ny tjeneste E;senter;HV;;31.02.2020;;;\n\
         Ny tjeneste D;senter;HV;;;;;\n\
         ny tjeneste d;senter;;;;;;\n"
    );
    let file = case.file("u.csv", body.as_bytes());
    let o = case.import(&["units", path(&file)]);
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Årsverk»: «1,5,0» er ikke et tall",
            "linje 3, kolonne «Type»: ukjent type: «kompetense»",
            "linje 4, kolonne «Region»: Helse Bergen HF hører til HV",
            "linje 5, kolonne «Godkjent»: «31.02.2020» er ingen dag som finnes",
            "linje 7, kolonne «Navn»: «ny tjeneste d» står allerede på linje 6",
        ],
    );
    // Line 2's health trust is only reported once its number is right.
    let file = case.file(
        "u2.csv",
        format!("{HEADER}Ny tjeneste A;kompetanse;;Helse Bergn HF;2020;;1;\n").as_bytes(),
    );
    let o = case.import(&["units", path(&file)]);
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «HF»: ukjent helseforetak: «Helse Bergn HF». Mente du «Helse Bergen HF»?",
        ],
    );
}

#[test]
fn a_name_several_units_share_is_a_problem_not_a_new_unit() {
    let case = Case::new();
    let before = case.dump();
    // The demo has revmatologisk rehabilitering both as a competence service and as a
    // treatment service.
    let file = case.file(
        "u.csv",
        format!("{HEADER}Revmatologisk rehabilitering;kompetanse;HSØ;;;;2;\n").as_bytes(),
    );
    let o = case.import(&["units", path(&file)]);
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Navn»: «Revmatologisk rehabilitering» passer på 2 enheter; skriv hele navnet.",
        ],
    );
}

#[test]
fn a_shared_name_is_reported_beside_a_bad_cell() {
    let case = Case::new();
    let before = case.dump();
    let file = case.file(
        "u.csv",
        format!("{HEADER}Revmatologisk rehabilitering;kompetanse;HSØ;;;;to;\n").as_bytes(),
    );
    let o = case.import(&["units", path(&file)]);
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Årsverk»: «to» er ikke et tall",
            "linje 2, kolonne «Navn»: «Revmatologisk rehabilitering» passer på 2 enheter",
            "2 problem(er) i filen.",
        ],
    );
}

/// Eight shells importing at once, each changing the same unit 25 times (200 imports):
/// every one applies, because each is read, checked and written under one write lock,
/// and the audit log holds all 200 changes in a chain where each starts from the last.
#[test]
fn eight_imports_at_once_all_apply_and_none_is_lost() {
    let case = Case::new();
    let name = "Nasjonal kompetansetjeneste for samtidige importer";
    let first = format!("{HEADER}{name};Nasjonal kompetansetjeneste;HV;Helse Bergen HF;2020;;1;\n");
    ok(&case.import(&["units", path(&case.file("first.csv", first.as_bytes()))]));
    let shells: Vec<_> = (0..8)
        .map(|shell| {
            let files: Vec<_> = (0..25)
                .map(|round| {
                    // A different number of FTE in every file: each import changes it.
                    let fte = format!("{},{:02}", shell + 2, round + 1);
                    let body = format!(
                        "{HEADER}{name};Nasjonal kompetansetjeneste;HV;Helse Bergen HF;2020;;{fte};\n"
                    );
                    case.file(&format!("s{shell}-{round}.csv"), body.as_bytes())
                })
                .collect();
            let (home, db) = (case.dir.path().to_path_buf(), case.db.clone());
            std::thread::spawn(move || {
                files
                    .iter()
                    .map(|file| {
                        super::support::cli::run(&home, &db, &["import", "units", path(file)])
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut applied = 0;
    for shell in shells {
        for o in shell.join().unwrap() {
            let text = ok(&o);
            assert!(text.contains("0 nye, 1 endres, 0 uendret."), "{text}");
            applied += 1;
        }
    }
    assert_eq!(applied, 200);
    // Each change's old value is the value the one before it wrote.
    let conn = super::support::db::raw(&case.db);
    let mut stmt = conn
        .prepare(
            "SELECT json_extract(old_value, '$.fte'), json_extract(new_value, '$.fte')
               FROM audit_log
              WHERE entity = 'unit' AND action = 'import' AND old_value IS NOT NULL
                AND entity_id = (SELECT id FROM units WHERE name = ?1)
              ORDER BY id",
        )
        .unwrap();
    let changes: Vec<(f64, f64)> = stmt
        .query_map([name], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(changes.len(), 200, "one audited change per import");
    for pair in changes.windows(2) {
        assert_eq!(pair[0].1, pair[1].0, "a change starts from the one before");
    }
    let last: f64 = conn
        .query_row("SELECT fte FROM units WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(last, changes[199].1);
}
