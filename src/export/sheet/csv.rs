//! Sheets as one CSV text: each sheet's title line, header and rows, sheets apart by a
//! blank line.

use super::{Cell, Sheet, clean};
use crate::i18n::Lang;

/// The byte-order mark Excel needs to read UTF-8.
const BOM: &str = "\u{FEFF}";

/// The sheets as CSV: dates dd.mm.yyyy, numbers with the UI language's decimal mark.
pub fn sheets_csv(sheets: &[Sheet], lang: Lang) -> String {
    let mut out = String::from(BOM);
    for (n, sheet) in sheets.iter().enumerate() {
        if n > 0 {
            out.push_str("\r\n");
        }
        line(&mut out, &[text(&sheet.title)]);
        line(
            &mut out,
            &sheet.header.iter().map(|h| text(h)).collect::<Vec<_>>(),
        );
        for row in &sheet.rows {
            let fields: Vec<String> = row
                .iter()
                .map(|cell| match cell {
                    Cell::Text(t) => text(t),
                    Cell::Number(v, decimals) => lang.number(*v, *decimals),
                    Cell::Date(d) => d.format("%d.%m.%Y").to_string(),
                    Cell::Empty => String::new(),
                })
                .collect();
            line(&mut out, &fields);
        }
        if sheet.rows.is_empty() {
            line(&mut out, &[text(&sheet.empty_note)]);
        }
    }
    out
}

/// Text as a field: cleaned, and with a `'` before what Excel would read as a formula.
fn text(t: &str) -> String {
    let t = clean(t);
    if t.starts_with(['=', '+', '-', '@']) {
        format!("'{t}")
    } else {
        t
    }
}

fn line(out: &mut String, fields: &[String]) {
    // Quoted only where `;` CSV needs it, so a decimal comma stays a number.
    let fields: Vec<String> = fields
        .iter()
        .map(|f| {
            if f.contains([';', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect();
    out.push_str(&fields.join(";"));
    out.push_str("\r\n");
}
