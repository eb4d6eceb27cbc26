//! Sheets as an XLSX workbook with rust_xlsxwriter.

use chrono::Datelike;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{Cell, Sheet, clean};

/// The row of the title, of the header, and of the first data row.
const TITLE_ROW: u32 = 0;
const HEADER_ROW: u32 = 1;
const FIRST_ROW: u32 = 2;

/// The sheets as the bytes of an XLSX file.
pub fn sheets_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    for sheet in sheets {
        let ws = book.add_worksheet();
        write_sheet(ws, sheet).map_err(|e| e.to_string())?;
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    let name: String = clean(&sheet.name)
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if !name.trim().is_empty() {
        ws.set_name(name.trim())?;
    }
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    ws.write_string_with_format(
        TITLE_ROW,
        0,
        clean(&sheet.title),
        &Format::new().set_bold().set_font_size(13),
    )?;
    let mut widths: Vec<usize> = sheet.header.iter().map(|h| h.chars().count()).collect();
    for (col, name) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(HEADER_ROW, col_of(col), clean(name), &bold)?;
    }
    for (n, row) in sheet.rows.iter().enumerate() {
        let r = FIRST_ROW + u32::try_from(n).unwrap_or(u32::MAX - FIRST_ROW);
        for (col, cell) in row.iter().enumerate() {
            let c = col_of(col);
            let shown = match cell {
                Cell::Text(text) => {
                    let text = clean(text);
                    ws.write_string(r, c, &text)?;
                    text.chars().count()
                }
                Cell::Number(value, decimals) => {
                    let format = if *decimals == 0 {
                        Format::new().set_num_format("0")
                    } else {
                        Format::new().set_num_format(format!("0.{}", "0".repeat(*decimals)))
                    };
                    ws.write_number_with_format(r, c, *value, &format)?;
                    format!("{value:.decimals$}").len()
                }
                Cell::Date(day) => {
                    let when = ExcelDateTime::from_ymd(
                        u16::try_from(day.year()).unwrap_or(1900),
                        u8::try_from(day.month()).unwrap_or(1),
                        u8::try_from(day.day()).unwrap_or(1),
                    )?;
                    ws.write_datetime_with_format(r, c, &when, &date)?;
                    10
                }
                Cell::Empty => 0,
            };
            if let Some(w) = widths.get_mut(col) {
                *w = (*w).max(shown);
            }
        }
    }
    if sheet.rows.is_empty() {
        ws.write_string(FIRST_ROW, 0, clean(&sheet.empty_note))?;
    }
    let last_col = col_of(sheet.header.len().saturating_sub(1));
    let last_row = HEADER_ROW + u32::try_from(sheet.rows.len()).unwrap_or(u32::MAX - HEADER_ROW);
    ws.autofilter(HEADER_ROW, 0, last_row, last_col)?;
    ws.set_freeze_panes(FIRST_ROW, 0)?;
    for (col, width) in widths.iter().enumerate() {
        // Room for the autofilter's button; very long text wraps at 60.
        #[allow(clippy::cast_precision_loss)]
        let width = (*width + 3).min(60) as f64;
        ws.set_column_width(col_of(col), width)?;
    }
    Ok(())
}

/// A column index as rust_xlsxwriter counts them.
fn col_of(col: usize) -> u16 {
    u16::try_from(col).unwrap_or(u16::MAX)
}
