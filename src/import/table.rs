//! Rows of cells into a table: the header row found and matched, blank rows, rows above
//! the header and a trailing summary row skipped, rows of the wrong shape refused.

use super::file::{FileError, Format};
use super::header::{Field, Kind, aliases, header_field, required};
use super::problem::{Note, Problem, ProblemKind};
use crate::domain::fold;

/// Rows this far down are not searched for the header.
const HEADER_SEARCH: usize = 10;

/// One non-blank row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Its line (CSV) or row (workbook) number, 1-based.
    pub line: usize,
    /// Its cells, trimmed.
    pub cells: Vec<String>,
}

/// A file read and its header matched.
#[derive(Debug, Clone)]
pub struct Table {
    /// What the file was.
    pub format: Format,
    /// The header row's line.
    pub header_line: usize,
    /// The header cells as written (a cell merged from above filled in).
    pub headers: Vec<String>,
    /// The field each column names.
    pub fields: Vec<Option<Field>>,
    /// The data rows.
    pub rows: Vec<Record>,
    /// What was skipped or ignored.
    pub notes: Vec<Note>,
    /// Problems with the header or with a row's shape.
    pub problems: Vec<Problem>,
}

/// The index among the first rows of the one naming the most fields of `kind` (its
/// empty cells filled from the row above, see [`merged_header`]), and how many it
/// names; `None` when no row names any. Ties go to the upper row.
pub fn best_header(records: &[Record], kind: Kind) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, r) in records.iter().take(HEADER_SEARCH).enumerate() {
        let above = i.checked_sub(1).and_then(|j| records.get(j));
        let score = merged_header(r, above)
            .iter()
            .filter(|c| header_field(c, kind).is_some())
            .count();
        if score > 0 && best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    best
}

/// Words that start a summary row.
const SUMMARY: [&str; 7] = [
    "sum",
    "sum:",
    "totalt",
    "total",
    "i alt",
    "totalsum",
    "sum totalt",
];

impl Table {
    /// Finds the header among `records` and sorts out the rest.
    pub fn build(format: Format, records: Vec<Record>, kind: Kind) -> Result<Table, FileError> {
        if records.is_empty() {
            return Err(FileError::Empty);
        }
        let index = best_header(&records, kind).map_or(0, |(i, _)| i);
        let mut records = records;
        let mut rest = records.split_off(index);
        let above = records;
        let header = rest.remove(0);
        let mut notes = Vec::new();
        if index > 0 {
            notes.push(Note::HeaderAt(header.line));
        }
        let headers = merged_header(&header, above.last());
        let (fields, mut problems) = match_header(&headers, header.line, kind, &mut notes);
        let rows = shaped_rows(rest, &format, headers.len(), &mut problems);
        let mut table = Table {
            format,
            header_line: header.line,
            headers,
            fields,
            rows,
            notes,
            problems,
        };
        table.skip_summary();
        Ok(table)
    }

    /// The column of `field`, if the header names it.
    pub fn column(&self, field: &Field) -> Option<usize> {
        self.fields.iter().position(|f| f.as_ref() == Some(field))
    }

    /// The cell of `row` in `column` (empty when the row is short).
    pub fn cell<'a>(&self, row: &'a Record, column: usize) -> &'a str {
        row.cells.get(column).map_or("", String::as_str)
    }

    /// Drops a last row that starts with "Sum", "Totalt" or the like.
    fn skip_summary(&mut self) {
        let is_summary = self.rows.last().is_some_and(|r| {
            r.cells
                .iter()
                .find(|c| !c.is_empty())
                .is_some_and(|c| SUMMARY.contains(&fold(c).as_str()))
        });
        if is_summary && let Some(r) = self.rows.pop() {
            self.notes.push(Note::SummarySkipped(r.line));
        }
    }
}

/// The header cells; an empty one takes the text of the cell above it, when that row is
/// the one just above (a header cell merged over two rows keeps its text in the top
/// cell).
fn merged_header(header: &Record, above: Option<&Record>) -> Vec<String> {
    let above = above.filter(|a| a.line + 1 == header.line);
    header
        .cells
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if c.is_empty() {
                above
                    .and_then(|a| a.cells.get(i))
                    .cloned()
                    .unwrap_or_default()
            } else {
                c.clone()
            }
        })
        .collect()
}

/// Each header cell's field; a field named twice, a required one missing, a name not
/// understood (a note: the column is ignored).
fn match_header(
    headers: &[String],
    line: usize,
    kind: Kind,
    notes: &mut Vec<Note>,
) -> (Vec<Option<Field>>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut fields: Vec<Option<Field>> = Vec::with_capacity(headers.len());
    for text in headers {
        let field = header_field(text, kind);
        if let Some(f) = &field
            && let Some(first) = fields.iter().position(|g| g.as_ref() == Some(f))
        {
            problems.push(Problem::at(
                line,
                text,
                ProblemKind::DuplicateColumn {
                    other: headers[first].clone(),
                },
            ));
            fields.push(None);
            continue;
        }
        if field.is_none() && !text.is_empty() {
            notes.push(Note::ColumnIgnored(text.clone()));
        }
        fields.push(field);
    }
    for wanted in required(kind) {
        if !fields.iter().any(|f| f.as_ref() == Some(wanted)) {
            let found = headers.iter().filter(|h| !h.is_empty()).cloned().collect();
            problems.push(Problem::row(
                line,
                ProblemKind::MissingColumn {
                    wanted: aliases(wanted).first().copied().unwrap_or(""),
                    found,
                },
            ));
        }
    }
    (fields, problems)
}

/// The rows whose shape fits the header; the others become problems: more filled cells
/// than header cells, or (CSV) one cell holding another separator.
fn shaped_rows(
    rows: Vec<Record>,
    format: &Format,
    width: usize,
    problems: &mut Vec<Problem>,
) -> Vec<Record> {
    let mut out = Vec::with_capacity(rows.len());
    for mut row in rows {
        while row.cells.len() > width && row.cells.last().is_some_and(String::is_empty) {
            row.cells.pop();
        }
        if let Format::Csv { separator, .. } = format
            && width > 1
            && row.cells.len() == 1
            && let Some(seen) = [';', ',', '\t']
                .into_iter()
                .find(|s| s != separator && row.cells[0].contains(*s))
        {
            problems.push(Problem::row(
                row.line,
                ProblemKind::WrongSeparator {
                    seen,
                    expected: *separator,
                },
            ));
            continue;
        }
        if row.cells.len() > width {
            problems.push(Problem::row(
                row.line,
                ProblemKind::TooManyCells {
                    found: row.cells.len(),
                    expected: width,
                },
            ));
            continue;
        }
        out.push(row);
    }
    out
}
