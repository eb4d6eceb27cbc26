//! Tables as the spreadsheets people mail around: XLSX (rust_xlsxwriter) and CSV as
//! Norwegian Excel opens it. A [`Sheet`] is a title, a header and typed rows; `xlsx`
//! writes each as a worksheet with a bold title row naming the season and the day, a
//! bold, frozen header row with an autofilter, dates as Excel dates (dd.mm.yyyy),
//! numbers as numbers, and column widths that fit; `csv` writes them one after another
//! (UTF-8 with a byte-order mark, `;`, CRLF). Text is always written as text: in XLSX
//! as a string cell, in CSV with a leading `'` where Excel would read a formula
//! (`=`, `+`, `-`, `@`), so nothing from the database runs as one.

mod csv;
mod xlsx;

use chrono::NaiveDate;

pub use csv::sheets_csv;
pub use xlsx::sheets_xlsx;

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text (cleaned of control characters when written).
    Text(String),
    /// A number shown with this many decimals.
    Number(f64, usize),
    /// A date.
    Date(NaiveDate),
    /// Nothing.
    Empty,
}

impl Cell {
    /// Text, or an empty cell for empty text.
    pub fn text(text: impl Into<String>) -> Cell {
        let text = text.into();
        if text.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text)
        }
    }

    /// A whole number.
    pub fn int(n: impl Into<i64>) -> Cell {
        // Counts and years fit a float exactly.
        #[allow(clippy::cast_precision_loss)]
        Cell::Number(n.into() as f64, 0)
    }

    /// A date, or an empty cell.
    pub fn date(date: Option<NaiveDate>) -> Cell {
        date.map_or(Cell::Empty, Cell::Date)
    }

    /// A number with `decimals`, or an empty cell.
    pub fn number(n: Option<f64>, decimals: usize) -> Cell {
        n.map_or(Cell::Empty, |n| Cell::Number(n, decimals))
    }
}

/// A table with its title, column names and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The worksheet's name (at most 31 characters are kept).
    pub name: String,
    /// The title row: what it is, the season, the day it was written.
    pub title: String,
    /// The column names.
    pub header: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<Cell>>,
    /// Said under the header when there are no rows.
    pub empty_note: String,
}

/// Text safe for a cell: control characters dropped (tabs and line breaks become
/// spaces).
fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => None,
            c => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests;
