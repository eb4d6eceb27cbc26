//! Reading import files: the season's filed reports, a portfolio of units, and a
//! review's checklist answers, from CSV or an Excel workbook (XLSX).
//!
//! Pure apart from reading the file. The steps, one module each:
//!
//! - `file`: read the bytes (refusing a file above [`MAX_BYTES`]), tell an Excel
//!   workbook (zip signature) from text, decode text (UTF-8 with or without BOM, else
//!   Windows-1252), and find the separator (`;`, `,` or tab) from the header line;
//! - `xlsx`: the first sheet of a workbook through calamine, cells as text;
//! - `table`: the header row (found among the first rows, so a title row or a merged
//!   group header above it does no harm), blank rows and a trailing summary row skipped;
//! - `header`: the accepted column names per file kind (bokmål and English), matched by
//!   folded name;
//! - `values`: dates, numbers, years, yes/no, answers, kinds, regions, functions;
//! - `rows`: each row validated into a typed line or problems with line and column;
//! - `problem`: what can be wrong (and what was skipped), as data; the sentences are
//!   made in `i18n::import`.
//!
//! Matching unit names against the database and applying the plan live in
//! `store::import`; the sentences in `i18n::import`.

mod file;
mod header;
mod problem;
mod rows;
mod table;
mod values;
mod xlsx;

pub use file::{FileError, Format, MAX_BYTES, read_bytes, read_file};
pub use header::{Field, Kind, aliases, header_field};
pub use problem::{Note, Problem, ProblemKind};
pub use rows::{
    Parsed, ReportLine, ReviewLine, UnitLine, parse_reports, parse_reviews, parse_units,
};
pub use table::{Record, Table};
pub use xlsx::MAX_UNPACKED;

/// A report year typed by a user (four digits, 1900–2100).
pub fn parse_year(text: &str) -> Option<i32> {
    values::year(text).ok()
}
