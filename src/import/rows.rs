//! Each data row of a table into a typed line of its kind, or problems naming the line
//! and the column. An empty cell is "no value": it changes nothing that is stored.

use chrono::NaiveDate;

use super::file::Format;
use super::header::Field;
use super::problem::{Note, Problem, ProblemKind};
use super::table::{Record, Table};
use super::values;
use crate::domain::{Answer, Function, Region, ReportStatus, UnitKind};

/// The typed lines of a file, the problems found, and what was skipped.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    /// What the file was.
    pub format: Format,
    /// The rows without problems.
    pub lines: Vec<T>,
    /// Every problem, in line order.
    pub problems: Vec<Problem>,
    /// What was skipped or ignored.
    pub notes: Vec<Note>,
    /// Each known column's field and its header as written.
    pub columns: Vec<(Field, String)>,
    /// The unit name (line, name as written) of each row left out for a problem in
    /// another cell, so the plan can check the name too and a row lists all its
    /// problems at once.
    pub unchecked_units: Vec<(usize, String)>,
}

impl<T> Parsed<T> {
    /// The header of `field`'s column as written in the file (empty when absent).
    pub fn column_name(&self, field: &Field) -> &str {
        self.columns
            .iter()
            .find(|(f, _)| f == field)
            .map_or("", |(_, h)| h.as_str())
    }
}

/// A row of the reports file.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportLine {
    /// The row's line.
    pub line: usize,
    /// The unit's name as written.
    pub unit: String,
    /// The report year.
    pub year: i32,
    /// When the report was received.
    pub received: Option<NaiveDate>,
    /// Its status.
    pub status: Option<ReportStatus>,
    /// Whether the reference group's statement came with it.
    pub statement: Option<bool>,
    /// The region that reviews it.
    pub reviewer: Option<Region>,
}

/// A row of the units file.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitLine {
    /// The row's line.
    pub line: usize,
    /// The unit's name.
    pub name: String,
    /// Its kind, when given.
    pub kind: Option<UnitKind>,
    /// Its region, when given.
    pub region: Option<Region>,
    /// Its health trust's name as written, when given.
    pub hf: Option<String>,
    /// When it was approved.
    pub approved: Option<NaiveDate>,
    /// Its term function.
    pub function: Option<Function>,
    /// Staff in full-time equivalents.
    pub fte: Option<f64>,
    /// Its European Reference Network.
    pub ern: Option<String>,
}

/// A row of the reviews file.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewLine {
    /// The row's line.
    pub line: usize,
    /// The unit's name as written.
    pub unit: String,
    /// (item code, the column's header, answer) for each filled cell.
    pub answers: Vec<(String, String, Answer)>,
}

/// A cell read through `parse`: `Ok(None)` when empty, a problem naming the cell.
fn optional<T>(
    table: &Table,
    row: &Record,
    field: &Field,
    parse: impl Fn(&str) -> Result<T, ProblemKind>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let column = table.column(field)?;
    let text = table.cell(row, column);
    if text.is_empty() {
        return None;
    }
    match parse(text) {
        Ok(v) => Some(v),
        Err(kind) => {
            problems.push(Problem::at(row.line, &table.headers[column], kind));
            None
        }
    }
}

/// The unit's name, or a problem when it is empty.
fn unit_name(table: &Table, row: &Record, problems: &mut Vec<Problem>) -> Option<String> {
    let column = table.column(&Field::Unit)?;
    let text = table.cell(row, column);
    if text.is_empty() {
        problems.push(Problem::at(
            row.line,
            &table.headers[column],
            ProblemKind::Empty,
        ));
        return None;
    }
    Some(text.to_string())
}

/// Runs `one` over every row, collecting lines and problems.
fn parse_all<T>(
    table: Table,
    mut one: impl FnMut(&Table, &Record, &mut Vec<Problem>) -> Option<T>,
) -> Parsed<T> {
    let mut problems = table.problems.clone();
    // A problem on the header line (a column missing or named twice) makes every row
    // meaningless; a row of the wrong shape is only that row's problem.
    let header_ok = !problems.iter().any(|p| p.line == table.header_line);
    let mut lines = Vec::with_capacity(table.rows.len());
    let mut unchecked_units = Vec::new();
    if header_ok {
        let unit_column = table.column(&Field::Unit);
        for row in &table.rows {
            let before = problems.len();
            match one(&table, row, &mut problems) {
                Some(line) if problems.len() == before => lines.push(line),
                _ => {
                    let name = unit_column.map_or("", |c| table.cell(row, c));
                    if !name.is_empty() {
                        unchecked_units.push((row.line, name.to_string()));
                    }
                }
            }
        }
        if table.rows.is_empty() {
            problems.push(Problem::row(table.header_line, ProblemKind::NoRows));
        }
    }
    problems.sort_by_key(|p| p.line);
    let columns = table
        .fields
        .iter()
        .zip(&table.headers)
        .filter_map(|(f, h)| f.clone().map(|f| (f, h.clone())))
        .collect();
    Parsed {
        format: table.format,
        lines,
        problems,
        notes: table.notes,
        columns,
        unchecked_units,
    }
}

/// The rows of a reports file. `year` is the year asked for (`--year`); a row's own
/// year must agree with it.
pub fn parse_reports(mut table: Table, year: Option<i32>) -> Parsed<ReportLine> {
    if year.is_none() && table.column(&Field::Year).is_none() && table.problems.is_empty() {
        let line = table.header_line;
        table.problems.push(Problem::row(line, ProblemKind::NoYear));
    }
    parse_all(table, |t, row, problems| {
        let unit = unit_name(t, row, problems);
        let own = optional(t, row, &Field::Year, values::year, problems);
        let year = match (own, year) {
            (Some(found), Some(asked)) if found != asked => {
                let column = t.column(&Field::Year).map_or("", |c| t.headers[c].as_str());
                problems.push(Problem::at(
                    row.line,
                    column,
                    ProblemKind::OtherYear { found, asked },
                ));
                None
            }
            (Some(y), _) | (None, Some(y)) => Some(y),
            (None, None) => {
                if let Some(c) = t.column(&Field::Year) {
                    problems.push(Problem::at(row.line, &t.headers[c], ProblemKind::Empty));
                }
                None
            }
        };
        let received = optional(t, row, &Field::Received, values::date, problems);
        let status = optional(t, row, &Field::Status, values::status, problems);
        let statement = optional(t, row, &Field::Statement, values::yes_no, problems);
        let reviewer = optional(t, row, &Field::Reviewer, values::region, problems);
        Some(ReportLine {
            line: row.line,
            unit: unit?,
            year: year?,
            received,
            status,
            statement,
            reviewer,
        })
    })
}

/// The rows of a units file.
pub fn parse_units(table: Table) -> Parsed<UnitLine> {
    parse_all(table, |t, row, problems| {
        let name = unit_name(t, row, problems);
        let kind = optional(t, row, &Field::UnitKind, values::unit_kind, problems);
        if kind.is_none()
            && let Some(c) = t.column(&Field::UnitKind)
            && t.cell(row, c).is_empty()
        {
            problems.push(Problem::at(row.line, &t.headers[c], ProblemKind::Empty));
        }
        let text = |s: &str| Ok::<String, ProblemKind>(s.to_string());
        Some(UnitLine {
            line: row.line,
            kind,
            region: optional(t, row, &Field::Region, values::region, problems),
            hf: optional(t, row, &Field::Hf, text, problems),
            approved: optional(t, row, &Field::Approved, values::approval, problems),
            function: optional(t, row, &Field::Function, values::function, problems),
            fte: optional(t, row, &Field::Fte, values::number, problems),
            ern: optional(t, row, &Field::Ern, text, problems),
            name: name?,
        })
    })
}

/// The rows of a reviews file: a unit column and one column per checklist code.
pub fn parse_reviews(table: Table) -> Parsed<ReviewLine> {
    parse_all(table, |t, row, problems| {
        let unit = unit_name(t, row, problems);
        let mut answers = Vec::new();
        for (i, field) in t.fields.iter().enumerate() {
            let Some(Field::Item(code)) = field else {
                continue;
            };
            let text = t.cell(row, i);
            if text.is_empty() {
                continue;
            }
            match values::answer(text) {
                Ok(a) => answers.push((code.clone(), t.headers[i].clone(), a)),
                Err(kind) => problems.push(Problem::at(row.line, &t.headers[i], kind)),
            }
        }
        Some(ReviewLine {
            line: row.line,
            unit: unit?,
            answers,
        })
    })
}
