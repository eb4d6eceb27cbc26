//! From a path to rows of text cells: the size limit, workbook or text, the text's
//! encoding and separator.

use std::io::Read;
use std::path::Path;

use super::header::Kind;
use super::table::{Record, Table};
use super::xlsx;

/// The largest file read: 10 MB. A portfolio or a season is a few hundred rows (well
/// under 1 MB); anything larger is almost surely the wrong file.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// What the file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// Text with this separator, in this encoding.
    Csv {
        /// `;`, `,` or a tab.
        separator: char,
        /// How the bytes were decoded.
        encoding: Encoding,
    },
    /// An Excel workbook; its first sheet was read.
    Workbook {
        /// The sheet's name.
        sheet: String,
    },
}

/// How a text file was decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (as Excel writes "CSV UTF-8").
    Utf8Bom,
    /// Windows-1252 (as Excel writes plain "CSV" on a Norwegian Windows).
    Windows1252,
    /// UTF-16 with a byte-order mark (Excel's "Unicode text", tab-separated).
    Utf16,
}

/// Why a file could not be read at all (as opposed to rows with problems).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The file could not be opened or read: the system's reason.
    Unreadable(String),
    /// There is no file at this path (the path, as given).
    NotFound(String),
    /// The file may not be read by this user (the path).
    NoAccess(String),
    /// The path is a folder, a named pipe, a device or a socket: refused before
    /// opening, so a pipe never makes the import wait.
    NotAFile(crate::paths::NotAFile),
    /// The file is larger than [`MAX_BYTES`]: its size in bytes.
    TooLarge(u64),
    /// Neither text nor a workbook (an image, a PDF, a Word document …).
    NotATable,
    /// A workbook calamine could not read: its reason.
    BadWorkbook(String),
    /// A workbook whose parts unpack to more than `xlsx::MAX_UNPACKED`: their size in
    /// bytes.
    TooLargeUnpacked(u64),
    /// The file (or the workbook's first sheet) has no rows.
    Empty,
}

/// Reads the file at `path` as a table of `kind`.
pub fn read_file(path: &Path, kind: Kind) -> Result<Table, FileError> {
    let shown = path.display().to_string();
    let cannot = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory => {
            FileError::NotFound(shown.clone())
        }
        std::io::ErrorKind::PermissionDenied => FileError::NoAccess(shown.clone()),
        _ => FileError::Unreadable(e.to_string()),
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if let Some(what) = crate::paths::NotAFile::of(&meta) {
        return Err(FileError::NotAFile(what));
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    if let Some(what) = file
        .metadata()
        .ok()
        .and_then(|m| crate::paths::NotAFile::of(&m))
    {
        return Err(FileError::NotAFile(what));
    }
    let size = file
        .metadata()
        .map_err(|e| FileError::Unreadable(e.to_string()))?
        .len();
    if size > MAX_BYTES {
        return Err(FileError::TooLarge(size));
    }
    let mut bytes = Vec::new();
    // Read at most one byte past the limit, in case the file grew since.
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FileError::Unreadable(e.to_string()))?;
    read_bytes(&bytes, kind)
}

/// Reads the bytes of a file as a table of `kind`.
pub fn read_bytes(bytes: &[u8], kind: Kind) -> Result<Table, FileError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > MAX_BYTES {
        return Err(FileError::TooLarge(size));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        let (sheet, records) = xlsx::read(bytes)?;
        return Table::build(Format::Workbook { sheet }, records, kind);
    }
    let (text, encoding) = decode(bytes)?;
    let (separator, records) = split(&text, kind);
    Table::build(
        Format::Csv {
            separator,
            encoding,
        },
        records,
        kind,
    )
}

/// UTF-16 when it starts with its byte-order mark; UTF-8 (a BOM stripped) when the
/// bytes are valid UTF-8; else Windows-1252. Text with NUL bytes or other control
/// characters is not a CSV file.
fn decode(bytes: &[u8]) -> Result<(String, Encoding), FileError> {
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    };
    let (text, encoding) = if let Some(utf16) = utf16 {
        let (t, _, bad) = utf16.decode(bytes);
        if bad {
            return Err(FileError::NotATable);
        }
        (t.into_owned(), Encoding::Utf16)
    } else if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        match std::str::from_utf8(rest) {
            Ok(t) => (t.to_string(), Encoding::Utf8Bom),
            Err(_) => return Err(FileError::NotATable),
        }
    } else if let Ok(t) = std::str::from_utf8(bytes) {
        (t.to_string(), Encoding::Utf8)
    } else {
        let (t, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
        (t.into_owned(), Encoding::Windows1252)
    };
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
        .count();
    if control > 0 || bytes.starts_with(b"%PDF") {
        return Err(FileError::NotATable);
    }
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    Ok((text, encoding))
}

/// Splits CSV text into rows with each candidate separator and keeps the one whose
/// header row matches the most column names of `kind` (ties: the separator seen most
/// often in the first non-blank line, `;` first).
fn split(text: &str, kind: Kind) -> (char, Vec<Record>) {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut best: Option<(usize, usize, char, Vec<Record>)> = None;
    for separator in [';', ',', '\t'] {
        let records = csv_records(text, separator);
        let score = super::table::best_header(&records, kind).map_or(0, |(_, s)| s);
        let seen = first.matches(separator).count();
        let better = match &best {
            None => true,
            Some((s, n, _, _)) => (score, seen) > (*s, *n),
        };
        if better {
            best = Some((score, seen, separator, records));
        }
    }
    match best {
        Some((_, _, separator, records)) => (separator, records),
        None => (';', Vec::new()),
    }
}

/// The non-blank rows of CSV text with their line numbers (1-based). A row whose
/// quotes never close swallows the rest of the file, as in any CSV reader.
fn csv_records(text: &str, separator: char) -> Vec<Record> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(u8::try_from(separator).unwrap_or(b';'))
        .from_reader(text.as_bytes());
    // The reader does not count the blank lines it skips, so a record's line comes
    // from its byte offset.
    let newlines: Vec<usize> = text
        .bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    while let Ok(true) = reader.read_record(&mut record) {
        let mut byte = record
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(0);
        // The position is where the previous record ended: step over blank lines.
        while matches!(text.as_bytes().get(byte), Some(b'\n' | b'\r')) {
            byte += 1;
        }
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        out.push(Record {
            line: newlines.partition_point(|&n| n < byte) + 1,
            cells,
        });
    }
    out
}
