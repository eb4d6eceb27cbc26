//! `irf import reviews --year`: one review's checklist answers per unit.

use super::{Case, ok, path, refused};

/// Imports the 2018 reports of `units` as received on 08.02.2019.
fn received_2018(case: &Case, units: &[&str]) {
    let mut body = String::from("Enhet;År;Mottatt\n");
    for unit in units {
        body.push_str(&format!("{unit};2018;08.02.2019\n"));
    }
    let file = case.file("r2018.csv", body.as_bytes());
    ok(&case.import(&["reports", path(&file)]));
}

#[test]
fn answers_load_with_the_2018_codes_and_again_change_nothing() {
    let case = Case::new();
    received_2018(&case, &["Sarkomer", "Aldring og helse"]);
    let file = case.file(
        "k.csv",
        "Enhet;K01;K02;K03 Er oppdraget avgrenset ift innhold og målgruppe?;K18\n\
         Sarkomer;1;2;Delvis;\n\
         Aldring og helse;Ja;Nei;Ikke relevant;ja\n"
            .as_bytes(),
    );
    let text = ok(&case.import(&["reviews", path(&file), "--year", "2018"]));
    assert!(
        text.contains("linje 2: Sarkomer – endres: svar på sjekklisten, status"),
        "{text}"
    );
    assert!(text.contains("0 nye, 2 endres, 0 uendret."), "{text}");
    let answers = |topic: &str| {
        case.value(&format!(
            "SELECT status || ':' || group_concat(item_code || '=' || answer, ',')
               FROM (SELECT r.status, a.item_code, a.answer
                       FROM annual_reports r JOIN units u ON u.id = r.unit_id
                       JOIN report_answers a ON a.report_id = r.id
                      WHERE u.name LIKE '%{topic}' AND r.year = 2018 ORDER BY a.item_code)"
        ))
    };
    // Answers move a received report to under review, as the review form does.
    assert_eq!(
        answers("sarkomer"),
        "under_vurdering:K01=ja,K02=nei,K03=delvis"
    );
    assert_eq!(
        answers("aldring og helse"),
        "under_vurdering:K01=ja,K02=nei,K03=ikke_relevant,K18=ja"
    );
    // One audit row per answer, under the names the review form uses.
    assert_eq!(
        case.value(
            "SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'report_answer'"
        ),
        "7"
    );
    assert_eq!(
        case.value(
            "SELECT count(*) FROM audit_log WHERE action = 'status' AND entity = 'annual_report'"
        ),
        "2"
    );
    let before = case.dump();
    let again = ok(&case.import(&["reviews", path(&file), "--year", "2018"]));
    assert!(again.contains("Ingen endringer"), "{again}");
    assert_eq!(case.dump(), before);
    // A changed answer is one update of that report's answers.
    let file = case.file("k2.csv", "Enhet;K02\nSarkomer;Ja\n".as_bytes());
    let text = ok(&case.import(&["reviews", path(&file), "--year", "2018"]));
    assert!(text.contains("0 nye, 1 endres, 0 uendret."), "{text}");
    assert!(
        text.contains("linje 2: Sarkomer – endres: svar på sjekklisten"),
        "{text}"
    );
    assert_eq!(
        answers("sarkomer"),
        "under_vurdering:K01=ja,K02=ja,K03=delvis"
    );
}

#[test]
fn bad_answers_and_codes_off_the_checklist() {
    let case = Case::new();
    let before = case.dump();
    let (_, o) = case.import_text(
        "reviews",
        "k.csv",
        "Enhet;K01;K02\nSarkomer;3;Ja\nParkinsonNet;Ja;\nUkjent tjeneste;Ja;Nei\n",
        &["--year", "2018"],
    );
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «K01»: «3» er ikke et svar",
            "linje 3, kolonne «K01»: K01 er ikke med i sjekklisten «Rammeverk for kvalitets- og kompetansenettverk»",
            "linje 4, kolonne «Enhet»: ukjent enhet: «Ukjent tjeneste».",
        ],
    );
}

#[test]
fn reviews_need_a_year() {
    let case = Case::new();
    let (_, o) = case.import_text("reviews", "k.csv", "Enhet;K01\nSarkomer;Ja\n", &[]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_workbook_with_a_group_header_merged_over_the_codes() {
    let case = Case::new();
    received_2018(&case, &["Sarkomer", "Hyperkolesterolemi"]);
    let file = super::fixture("reviews_2018.xlsx");
    let text = ok(&case.import(&["reviews", path(&file), "--year", "2018"]));
    assert!(text.contains("overskriften står på linje 2"), "{text}");
    assert!(text.contains("0 nye, 2 endres, 0 uendret."), "{text}");
    let answers = |topic: &str| {
        case.value(&format!(
            "SELECT group_concat(item_code || '=' || answer, ',')
               FROM (SELECT a.item_code, a.answer FROM report_answers a
                       JOIN annual_reports r ON r.id = a.report_id
                       JOIN units u ON u.id = r.unit_id
                      WHERE u.name LIKE '%{topic}' AND r.year = 2018 ORDER BY a.item_code)"
        ))
    };
    assert_eq!(answers("sarkomer"), "K01=ja,K09=nei,K11=ja");
    assert_eq!(answers("hyperkolesterolemi"), "K01=nei,K11=delvis");
}

#[test]
fn answers_need_a_received_report_that_is_not_closed() {
    let case = Case::new();
    // 2025 in the demo: sarkomer expected, solide svulster hos barn received; no unit
    // has a report of 2018. Close the report of hyperkolesterolemi (under review, no
    // follow-ups) the way the review form would leave it.
    // Its own answers are cleared, so the file's answer is a change.
    super::support::db::raw(&case.db)
        .execute_batch(
            "UPDATE annual_reports SET status = 'lukket' WHERE year = 2025
               AND unit_id = (SELECT id FROM units WHERE name LIKE '%hyperkolesterolemi');
             DELETE FROM report_answers WHERE report_id = (SELECT r.id FROM annual_reports r
               JOIN units u ON u.id = r.unit_id
              WHERE r.year = 2025 AND u.name LIKE '%hyperkolesterolemi');",
        )
        .unwrap();
    let before = case.dump();
    let (_, o) = case.import_text(
        "reviews",
        "k.csv",
        "Enhet;K01\nSarkomer;Ja\nHyperkolesterolemi;Nei\nSolide svulster hos barn;Ja\n",
        &["--year", "2025"],
    );
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Enhet»: årsrapporten for 2025 er ikke mottatt (forventet), så den kan ikke vurderes; registrer den som mottatt først.",
            "linje 3, kolonne «Enhet»: årsrapporten for 2025 er lukket, og vurderingen kan ikke endres; fjern raden fra filen.",
            "2 problem(er) i filen.",
        ],
    );
    let (_, o) = case.import_text(
        "reviews",
        "k2018.csv",
        "Enhet;K01\nSarkomer;Ja\n",
        &["--year", "2018"],
    );
    refused(
        &case,
        &before,
        &o,
        &[
            "linje 2, kolonne «Enhet»: enheten har ingen årsrapport for 2018; importer rapportene først (irf import reports).",
        ],
    );
    // The received report alone takes its answers, and moves to under review.
    let file = case.file(
        "k3.csv",
        "Enhet;K01\nSolide svulster hos barn;Ja\n".as_bytes(),
    );
    ok(&case.import(&["reviews", path(&file), "--year", "2025"]));
    assert_eq!(
        case.report("solide svulster hos barn", 2025)
            .split('|')
            .next(),
        Some("under_vurdering")
    );
}

/// The plan of a reviews file for 2025, made on `store`.
fn plan_2025(store: &irf::store::Store, csv: &str) -> irf::store::ImportPlan {
    let table = irf::import::read_bytes(csv.as_bytes(), irf::import::Kind::Reviews).unwrap();
    store
        .plan_import(irf::store::ImportInput::Reviews(
            &irf::import::parse_reviews(table),
            2025,
        ))
        .unwrap()
}

#[test]
fn an_answer_saved_by_someone_else_since_the_plan_is_a_conflict_naming_them() {
    use irf::store::{OpenMode, Store, StoreError};
    let case = Case::new();
    let mut importer = Store::open(&case.db, OpenMode::ReadWrite).unwrap();
    importer.set_user("ola");
    // Solide svulster hos barn: received in the demo, K05 not answered yet.
    let report: i64 = case
        .value(
            "SELECT r.id FROM annual_reports r JOIN units u ON u.id = r.unit_id
              WHERE r.year = 2025 AND u.name LIKE '%solide svulster hos barn'",
        )
        .parse()
        .unwrap();
    super::support::db::raw(&case.db)
        .execute(
            "DELETE FROM report_answers WHERE report_id = ?1 AND item_code = 'K05'",
            [report],
        )
        .unwrap();
    let plan = plan_2025(&importer, "Enhet;K05\nSolide svulster hos barn;Ja\n");
    assert!(plan.problems.is_empty(), "{:?}", plan.problems);
    // Kari answers K05 in the review form meanwhile.
    let mut kari = Store::open(&case.db, OpenMode::ReadWrite).unwrap();
    kari.set_user("kari");
    let version: i64 = case
        .value(&format!(
            "SELECT version FROM annual_reports WHERE id = {report}"
        ))
        .parse()
        .unwrap();
    kari.save_answer(
        report,
        version,
        "K05",
        0,
        Some(irf::domain::Answer::Nei),
        "",
    )
    .unwrap();
    let before = case.dump();
    match importer.apply_import(&plan) {
        Err(StoreError::Conflict { entity, id, by, .. }) => {
            assert_eq!((entity, id, by.as_str()), ("report_answer", report, "kari"));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(case.dump(), before);
}
