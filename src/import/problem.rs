//! What can be wrong with a row or a header, and what was skipped on the way. The
//! sentences are in `i18n::import`.

/// One problem: where (line, and the column's header as written in the file) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The line (CSV) or row (workbook) number, 1-based.
    pub line: usize,
    /// The column's header as written in the file, when one column is at fault.
    pub column: Option<String>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// No header row names the required column: its first accepted name, the header
    /// cells that were found.
    MissingColumn {
        wanted: &'static str,
        found: Vec<String>,
    },
    /// Two header cells name the same field: the other column's header.
    DuplicateColumn { other: String },
    /// A row has more cells than the header: found, expected.
    TooManyCells { found: usize, expected: usize },
    /// A row is one cell that holds another separator: the separator seen, the file's.
    WrongSeparator { seen: char, expected: char },
    /// A required value is empty.
    Empty,
    /// Not a date at all.
    BadDate(String),
    /// Shaped like a date, but no such day exists (31.02.2024, 2024-13-01).
    NoSuchDate(String),
    /// Not a year.
    BadYear(String),
    /// Neither the file nor the command gives the report year.
    NoYear,
    /// The file's year differs from the one asked for: file, asked.
    OtherYear { found: i32, asked: i32 },
    /// Not a number (or a negative one).
    BadNumber(String),
    /// Not a region code or name.
    BadRegion(String),
    /// Not a kind of unit.
    BadKind(String),
    /// Not a term function.
    BadFunction(String),
    /// Not a report status.
    BadStatus(String),
    /// Not yes or no.
    BadYesNo(String),
    /// Not a checklist answer.
    BadAnswer(String),
    /// No unit has this name: the name, the nearest name if one is close.
    UnknownUnit {
        name: String,
        nearest: Option<String>,
    },
    /// Several units have this (short) name: the name, how many.
    AmbiguousUnit { name: String, count: usize },
    /// The unit appears twice: the name, the line of its first row.
    DuplicateUnit { name: String, first: usize },
    /// No health trust has this name: the name, the nearest name if one is close.
    UnknownHf {
        name: String,
        nearest: Option<String>,
    },
    /// The health trust lies in another region than the row's: trust, its region.
    HfRegion { hf: String, region: &'static str },
    /// The ERN column writes a status outside the list after a network: what it wrote.
    ErnStatus { typed: String },
    /// Neither a region nor a health trust says where the unit belongs.
    NoRegion,
    /// The checklist valid for the unit that year has no such item: code, checklist.
    NotOnChecklist { code: String, checklist: String },
    /// No checklist applies to the unit in that year.
    NoChecklist,
    /// The file has a header but no rows.
    NoRows,
    /// The report rules (the queue's) refuse what the row asks of the report of `year`,
    /// stored as received on `received`.
    Refused {
        why: crate::domain::QueueRefusal,
        year: i32,
        received: Option<chrono::NaiveDate>,
    },
    /// Answers for a unit that has no report of `year`.
    NoReport { year: i32 },
    /// Answers to a report of `year` not yet received (`forventet`).
    ReportNotReceived { year: i32 },
    /// Answers to a closed report of `year` (`lukket`, read only).
    ReportClosed { year: i32 },
}

/// Something the import skipped or ignored, shown with the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A trailing summary row ("Sum", "Totalt" …) was skipped: its line.
    SummarySkipped(usize),
    /// A column whose header names nothing known was ignored: its header.
    ColumnIgnored(String),
    /// Rows above the header row (a title) were skipped: the header's line.
    HeaderAt(usize),
    /// A network outside the 24 ERNs, kept as the file writes it: the line, the name
    /// and the nearest known one, if any is close.
    ErnUnknown {
        /// The file's line.
        line: usize,
        /// The name as written.
        ern: String,
        /// The nearest of the 24, to offer.
        nearest: Option<&'static str>,
    },
    /// An ERN membership irf holds already has another status than the file's: irf's
    /// is kept (a membership is changed in irf, not by the units file).
    ErnStatusKept {
        /// The file's line.
        line: usize,
        /// The network, as stored.
        ern: String,
        /// The status the file gives.
        file: crate::domain::ErnStatus,
        /// The status irf holds, kept.
        kept: crate::domain::ErnStatus,
    },
}

impl Problem {
    /// A problem in one cell.
    pub fn at(line: usize, column: &str, kind: ProblemKind) -> Problem {
        Problem {
            line,
            column: Some(column.to_string()),
            kind,
        }
    }

    /// A problem with a whole row.
    pub fn row(line: usize, kind: ProblemKind) -> Problem {
        Problem {
            line,
            column: None,
            kind,
        }
    }
}
