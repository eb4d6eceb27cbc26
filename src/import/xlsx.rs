//! The first sheet of an Excel workbook (XLSX, also the older XLS and ODS that
//! calamine reads), each cell as the text a user would have typed.

use calamine::{Data, Reader};

use super::file::FileError;
use super::table::Record;

/// The first sheet's name and its non-blank rows, numbered as Excel numbers them.
pub fn read(bytes: &[u8]) -> Result<(String, Vec<Record>), FileError> {
    // A zip that holds no workbook (a Word document, an archive) is not a table. A zip
    // names its files in plain text, so a workbook's part names show in its bytes.
    let has = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
    if bytes.starts_with(b"PK") && !has(b"xl/workbook") && !has(b"content.xml") {
        return Err(FileError::NotATable);
    }
    let cursor = std::io::Cursor::new(bytes);
    let mut book = calamine::open_workbook_auto_from_rs(cursor)
        .map_err(|e| FileError::BadWorkbook(e.to_string()))?;
    let sheet = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or(FileError::Empty)?;
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| FileError::BadWorkbook(e.to_string()))?;
    let Some((first_row, _)) = range.start() else {
        return Err(FileError::Empty);
    };
    let mut out = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let line = usize::try_from(first_row).unwrap_or(0) + i + 1;
        out.push(Record { line, cells });
    }
    Ok((sheet, out))
}

/// A cell as text: numbers without a needless `.0`, dates as ISO `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => float_text(*f),
        Data::Bool(b) => if *b { "ja" } else { "nei" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        Data::DateTime(d) => float_text(d.as_f64()),
        Data::Error(e) => format!("#{e}"),
    }
}

/// `2024` for 2024.0, `1.5` for 1.5.
fn float_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        f.to_string()
    }
}
