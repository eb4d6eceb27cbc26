//! `irf import reviews --year`: one review's checklist answers per unit.

use super::{Case, ok, path, refused};

#[test]
fn answers_load_with_the_2018_codes_and_again_change_nothing() {
    let case = Case::new();
    let file = case.file(
        "k.csv",
        "Enhet;K01;K02;K03 Er oppdraget avgrenset ift innhold og målgruppe?;K18\n\
         Sarkomer;1;2;Delvis;\n\
         Aldring og helse;Ja;Nei;Ikke relevant;ja\n"
            .as_bytes(),
    );
    let text = ok(&case.import(&["reviews", path(&file), "--year", "2018"]));
    assert!(text.contains("2 nye, 0 endres, 0 uendret."), "{text}");
    let answers = |topic: &str| {
        case.value(&format!(
            "SELECT status || ':' || group_concat(item_code || '=' || answer, ',')
               FROM (SELECT r.status, a.item_code, a.answer
                       FROM annual_reports r JOIN units u ON u.id = r.unit_id
                       JOIN report_answers a ON a.report_id = r.id
                      WHERE u.name LIKE '%{topic}' AND r.year = 2018 ORDER BY a.item_code)"
        ))
    };
    assert_eq!(answers("sarkomer"), "vurdert:K01=ja,K02=nei,K03=delvis");
    assert_eq!(
        answers("aldring og helse"),
        "vurdert:K01=ja,K02=nei,K03=ikke_relevant,K18=ja"
    );
    let before = case.dump();
    let again = ok(&case.import(&["reviews", path(&file), "--year", "2018"]));
    assert!(again.contains("Ingen endringer"), "{again}");
    assert_eq!(case.dump(), before);
    // A changed answer is one update of that report's answers.
    let file = case.file("k2.csv", "Enhet;K02\nSarkomer;Ja\n".as_bytes());
    let text = ok(&case.import(&["reviews", path(&file), "--year", "2018"]));
    assert!(text.contains("0 nye, 1 endres, 0 uendret."), "{text}");
    assert_eq!(answers("sarkomer"), "vurdert:K01=ja,K02=ja,K03=delvis");
}

#[test]
fn bad_answers_and_codes_off_the_checklist() {
    let case = Case::new();
    let before = case.dump();
    let file = case.file(
        "k.csv",
        "Enhet;K01;K02\nSarkomer;3;Ja\nParkinsonNet;Ja;\nUkjent tjeneste;Ja;Nei\n".as_bytes(),
    );
    let o = case.import(&["reviews", path(&file), "--year", "2018"]);
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
    let file = case.file("k.csv", "Enhet;K01\nSarkomer;Ja\n".as_bytes());
    let o = case.import(&["reviews", path(&file)]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_workbook_with_a_group_header_merged_over_the_codes() {
    let case = Case::new();
    let file = super::fixture("reviews_2018.xlsx");
    let text = ok(&case.import(&["reviews", path(&file), "--year", "2018"]));
    assert!(text.contains("overskriften står på linje 2"), "{text}");
    assert!(text.contains("2 nye, 0 endres, 0 uendret."), "{text}");
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
