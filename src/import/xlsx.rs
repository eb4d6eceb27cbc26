//! The first sheet of an Excel workbook (XLSX, also the older XLS and ODS that
//! calamine reads), each cell as the text a user would have typed.
//!
//! A workbook is a zip: a small file may unpack to gigabytes (a "zip bomb"), so the
//! sizes its parts declare are added up before calamine opens it, and a workbook that
//! would unpack to more than [`MAX_UNPACKED`] is refused.

use calamine::{Data, Reader};

use super::file::FileError;
use super::table::Record;

/// The most a workbook may unpack to: 200 MB (a sheet of a few hundred rows is well
/// under 1 MB unpacked).
pub const MAX_UNPACKED: u64 = 200 * 1024 * 1024;

/// The sum of the sizes the parts of the zip `bytes` declare unpacked.
fn unpacked_size(bytes: &[u8]) -> Result<u64, FileError> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| FileError::BadWorkbook(e.to_string()))?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let part = archive
            .by_index_data(i)
            .map_err(|e| FileError::BadWorkbook(e.to_string()))?;
        total = total.saturating_add(part.size());
    }
    Ok(total)
}

/// The first sheet's name and cells, read by calamine.
fn first_sheet(bytes: &[u8]) -> Result<(String, calamine::Range<Data>), FileError> {
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
    Ok((sheet, range))
}

/// [`first_sheet`], with a panic inside calamine taken as a damaged workbook: a cell
/// reference with a row number past any sheet made calamine overflow a multiplication
/// (found by fuzzing), and no file may end the program. The panic's own message is kept
/// off the screen while it runs.
fn first_sheet_guarded(bytes: &[u8]) -> Result<(String, calamine::Range<Data>), FileError> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| first_sheet(bytes));
    std::panic::set_hook(hook);
    result.unwrap_or_else(|_| {
        Err(FileError::BadWorkbook(
            "a cell reference is out of range".into(),
        ))
    })
}

/// The first sheet's name and its non-blank rows, numbered as Excel numbers them.
pub fn read(bytes: &[u8]) -> Result<(String, Vec<Record>), FileError> {
    // A zip that holds no workbook (a Word document, an archive) is not a table. A zip
    // names its files in plain text, so a workbook's part names show in its bytes.
    let has = |name: &[u8]| bytes.windows(name.len()).any(|w| w == name);
    if bytes.starts_with(b"PK") && !has(b"xl/workbook") && !has(b"content.xml") {
        return Err(FileError::NotATable);
    }
    if bytes.starts_with(b"PK") {
        let unpacked = unpacked_size(bytes)?;
        if unpacked > MAX_UNPACKED {
            return Err(FileError::TooLargeUnpacked(unpacked));
        }
    }
    let (sheet, range) = first_sheet_guarded(bytes)?;
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

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A zip holding `xl/workbook.xml` and a sheet part of 1 KB that declares itself
    /// `declared` bytes unpacked (what a zip bomb's parts declare; writing the real
    /// 200 MB would only make the test slow).
    fn zip_with(declared: u32) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("xl/workbook.xml", options).unwrap();
        zip.write_all(b"<workbook/>").unwrap();
        zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
        zip.write_all(&[b' '; 1024]).unwrap();
        zip.finish().unwrap();
        let mut bytes = out.into_inner();
        // The uncompressed size: at 22 in a local header, at 24 in a central one; the
        // sheet's headers are the second of each.
        for (signature, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let starts: Vec<usize> = (0..bytes.len() - 4)
                .filter(|&i| &bytes[i..i + 4] == signature)
                .collect();
            let field = starts[1] + at;
            bytes[field..field + 4].copy_from_slice(&declared.to_le_bytes());
        }
        bytes
    }

    #[test]
    fn a_workbook_that_unpacks_to_too_much_is_refused_before_calamine_opens_it() {
        let bomb = zip_with(200 * 1024 * 1024);
        // 11 bytes of workbook.xml and the sheet's declared 200 MB.
        assert_eq!(
            read(&bomb),
            Err(FileError::TooLargeUnpacked(200 * 1024 * 1024 + 11))
        );
        // Exactly at the limit it gets as far as calamine (which finds no real
        // workbook in it).
        let at_limit = zip_with(200 * 1024 * 1024 - 11);
        assert!(
            matches!(read(&at_limit), Err(FileError::BadWorkbook(_))),
            "{:?}",
            read(&at_limit)
        );
    }

    #[test]
    fn a_cell_reference_past_any_sheet_is_a_damaged_workbook_not_a_panic() {
        // Found by fuzzing: calamine multiplied the reference's row number past u32.
        let bytes = include_bytes!("../../tests/fixtures/import/fuzz_row_overflow.xlsx");
        assert!(
            matches!(read(bytes), Err(FileError::BadWorkbook(_))),
            "{:?}",
            read(bytes).map(|(sheet, rows)| (sheet, rows.len()))
        );
    }
}
