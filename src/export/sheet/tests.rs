use calamine::{Data, Reader, Xlsx};
use chrono::NaiveDate;

use super::*;
use crate::i18n::Lang;

fn sheet(rows: Vec<Vec<Cell>>) -> Sheet {
    Sheet {
        name: "Årsrapporter 2025".into(),
        title: "Årsrapporter 2025 · skrevet 06.12.2026".into(),
        header: vec!["Tjeneste".into(), "Mottatt".into(), "Årsverk".into()],
        rows,
        empty_note: "Ingen rader.".into(),
    }
}

fn rows() -> Vec<Vec<Cell>> {
    vec![
        vec![
            Cell::text("Sarkomer"),
            Cell::date(NaiveDate::from_ymd_opt(2026, 2, 12)),
            Cell::number(Some(3.4), 1),
        ],
        vec![
            Cell::text("=HYPERLINK(\"http://x\")\u{7}"),
            Cell::date(None),
            Cell::number(None, 1),
        ],
        vec![Cell::text("-1+2"), Cell::Empty, Cell::int(12)],
    ]
}

#[test]
fn xlsx_cells_are_typed_and_text_is_never_a_formula() {
    let bytes = sheets_xlsx(&[sheet(rows())]).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), vec!["Årsrapporter 2025".to_string()]);
    let range = book.worksheet_range("Årsrapporter 2025").unwrap();
    assert_eq!(
        range.get_value((0, 0)),
        Some(&Data::String(
            "Årsrapporter 2025 · skrevet 06.12.2026".into()
        ))
    );
    assert_eq!(
        range.get_value((1, 1)),
        Some(&Data::String("Mottatt".into()))
    );
    assert_eq!(
        range.get_value((2, 0)),
        Some(&Data::String("Sarkomer".into()))
    );
    match range.get_value((2, 1)) {
        Some(Data::DateTime(d)) => {
            // Excel counts days from 30 December 1899.
            let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
            let day = NaiveDate::from_ymd_opt(2026, 2, 12).unwrap();
            #[allow(clippy::cast_precision_loss)]
            let serial = (day - epoch).num_days() as f64;
            assert!((d.as_f64() - serial).abs() < 1e-9, "{d:?}");
        }
        other => panic!("a date cell, not {other:?}"),
    }
    assert_eq!(range.get_value((2, 2)), Some(&Data::Float(3.4)));
    assert_eq!(
        range.get_value((3, 0)),
        Some(&Data::String("=HYPERLINK(\"http://x\")".into())),
        "a formula-looking text is a string, its control character gone"
    );
    assert_eq!(range.get_value((4, 0)), Some(&Data::String("-1+2".into())));
    assert_eq!(range.get_value((4, 2)), Some(&Data::Float(12.0)));
    let formulas = book.worksheet_formula("Årsrapporter 2025").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formulas"
    );
}

#[test]
fn xlsx_freezes_and_filters_the_header() {
    let bytes = sheets_xlsx(&[sheet(rows())]).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(xml.contains(r#"<autoFilter ref="A2:C5"/>"#), "{xml}");
    assert!(xml.contains(r#"state="frozen""#), "{xml}");
    assert!(xml.contains("<cols>"), "column widths: {xml}");
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
    assert!(styles.contains("dd.mm.yyyy"), "{styles}");
    assert!(styles.contains("<b/>"), "bold: {styles}");
}

#[test]
fn an_empty_list_is_a_file_with_its_header_and_a_note() {
    let bytes = sheets_xlsx(&[sheet(vec![])]).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Årsrapporter 2025").unwrap();
    assert_eq!(
        range.get_value((1, 0)),
        Some(&Data::String("Tjeneste".into()))
    );
    assert_eq!(
        range.get_value((2, 0)),
        Some(&Data::String("Ingen rader.".into()))
    );
    let text = sheets_csv(&[sheet(vec![])], Lang::Nb);
    assert!(
        text.ends_with("Tjeneste;Mottatt;Årsverk\r\nIngen rader.\r\n"),
        "{text:?}"
    );
}

#[test]
fn csv_is_for_norwegian_excel_and_quotes_formulas() {
    let text = sheets_csv(&[sheet(rows())], Lang::Nb);
    assert!(text.starts_with("\u{FEFF}Årsrapporter 2025 · skrevet 06.12.2026\r\n"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1], "Tjeneste;Mottatt;Årsverk");
    assert_eq!(lines[2], "Sarkomer;12.02.2026;3,4");
    assert_eq!(lines[3], "\"'=HYPERLINK(\"\"http://x\"\")\";;");
    assert_eq!(lines[4], "'-1+2;;12");
    assert!(sheets_csv(&[sheet(rows())], Lang::En).contains("Sarkomer;12.02.2026;3.4"));
}
