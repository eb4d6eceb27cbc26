//! Imports against the database: unit names resolved (folded, so case and accents do not
//! count; "did you mean" when a name is unknown), the plan of what would change (each
//! row new, changed or unchanged: the dry run), and the plan applied in one write with
//! one audit row per record changed. A plan with problems is never applied, and one
//! that changes nothing does not write at all, so importing a file twice changes
//! nothing the second time.
//!
//! - `reports`: the season's filed reports (status only ever moves forward, and only
//!   as the queue's rules allow);
//! - `units`: a portfolio of units (term end worked out, search index kept current);
//! - `reviews`: checklist answers per unit, checked against the season's checklist,
//!   written only to a received report that is not closed;
//! - `apply`: the writes of a plan, each with its audit row and version check.

mod apply;
mod reports;
mod reviews;
mod units;

use std::collections::HashMap;

use rusqlite::Connection;

use super::{Result, Store};
use crate::domain::{fold, nearest_name, short_name};
use crate::import::{Kind, Note, Problem, ProblemKind};

pub(super) use apply::Op;

/// What an import would do, row by row; applied by [`Store::apply_import`].
#[derive(Debug, Clone)]
pub struct ImportPlan {
    /// What kind of file it was.
    pub kind: Kind,
    /// One entry per valid row.
    pub changes: Vec<Change>,
    /// Every problem; the plan is applied only when there are none.
    pub problems: Vec<Problem>,
    /// What was skipped or ignored.
    pub notes: Vec<Note>,
    /// The writes, one per new or changed record.
    pub(super) ops: Vec<Op>,
}

/// What one row does.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The row's line.
    pub line: usize,
    /// The unit's name as stored (or as it will be).
    pub unit: String,
    /// New, changed (which fields) or unchanged.
    pub effect: Effect,
}

/// What happens to a row's record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// A new record.
    New,
    /// These fields change (their names as in the database).
    Changed(Vec<&'static str>),
    /// Already as the file says.
    Unchanged,
}

impl ImportPlan {
    /// How many rows are new, changed and unchanged.
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut c = (0, 0, 0);
        for change in &self.changes {
            match change.effect {
                Effect::New => c.0 += 1,
                Effect::Changed(_) => c.1 += 1,
                Effect::Unchanged => c.2 += 1,
            }
        }
        c
    }

    /// Whether applying would write anything.
    pub fn writes(&self) -> bool {
        !self.ops.is_empty()
    }
}

/// A unit as the resolver knows it.
#[derive(Debug, Clone)]
pub(super) struct KnownUnit {
    pub id: i64,
    pub name: String,
    pub kind: String,
}

/// Unit names folded, full and short, for matching what a file says.
pub(super) struct Units {
    all: Vec<KnownUnit>,
    full: HashMap<String, Vec<usize>>,
    short: HashMap<String, Vec<usize>>,
}

impl Units {
    /// Every unit in the database.
    pub fn load(conn: &Connection) -> Result<Units> {
        let mut stmt = conn.prepare("SELECT id, name, kind FROM units ORDER BY id")?;
        let all = stmt
            .query_map([], |r| {
                Ok(KnownUnit {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut full: HashMap<String, Vec<usize>> = HashMap::new();
        let mut short: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, u) in all.iter().enumerate() {
            full.entry(fold(&u.name)).or_default().push(i);
            short.entry(fold(&short_name(&u.name))).or_default().push(i);
        }
        Ok(Units { all, full, short })
    }

    /// The unit `name` means: its full name, else its short name (without "Nasjonal
    /// kompetansetjeneste for" and the like) when only one unit has it.
    pub fn find(&self, name: &str) -> std::result::Result<&KnownUnit, ProblemKind> {
        self.find_existing(name)?
            .ok_or_else(|| ProblemKind::UnknownUnit {
                name: name.to_string(),
                nearest: nearest_name(name, self.all.iter().map(|u| u.name.as_str()))
                    .map(str::to_string),
            })
    }

    /// The existing unit a units file's row means (as [`Units::find`]): `Ok(None)` when
    /// the name is new, `Err` when it matches several units (a new unit would be a
    /// duplicate of one of them). A hash look-up: the nearest-name search, which reads
    /// every unit, is left to [`Units::find`]'s unknown names.
    pub fn find_existing(
        &self,
        name: &str,
    ) -> std::result::Result<Option<&KnownUnit>, ProblemKind> {
        let folded = fold(name);
        let hits = self
            .full
            .get(&folded)
            .filter(|v| v.len() == 1)
            .or_else(|| self.short.get(&folded));
        match hits.map(Vec::as_slice) {
            Some([one]) => Ok(Some(&self.all[*one])),
            Some(many) if many.len() > 1 => Err(ProblemKind::AmbiguousUnit {
                name: name.to_string(),
                count: many.len(),
            }),
            _ => Ok(None),
        }
    }
}

/// The rows of a reports or reviews file whose unit is known, once per `key`, each with
/// its unit (`line_unit` gives a row's line and unit name as written), and the problems
/// of the others: unknown or ambiguous names (also of the rows left out for other
/// problems), and a row whose key an earlier row had.
pub(super) fn rows_by_unit<'a, T, K: std::hash::Hash + Eq>(
    units: &'a Units,
    parsed: &'a crate::import::Parsed<T>,
    line_unit: impl Fn(&T) -> (usize, &str),
    key: impl Fn(&T, &KnownUnit) -> K,
) -> (Vec<(&'a T, &'a KnownUnit)>, Vec<Problem>) {
    let column = parsed.column_name(&crate::import::Field::Unit);
    let mut problems = unit_problems(units, parsed, false);
    let mut seen = Seen::new();
    let mut rows = Vec::new();
    for row in &parsed.lines {
        let (line, name) = line_unit(row);
        match units.find(name) {
            Ok(unit) => {
                if seen.first(key(row, unit), line, column, name, &mut problems) {
                    rows.push((row, unit));
                }
            }
            Err(kind) => problems.push(Problem::at(line, column, kind)),
        }
    }
    (rows, problems)
}

/// The problems with the unit names of rows left out for other problems (see
/// [`crate::import::Parsed::unchecked_units`]): unknown or ambiguous names, or only
/// ambiguous ones when `new_allowed` (a units file's unknown name is a new unit).
pub(super) fn unit_problems<T>(
    units: &Units,
    parsed: &crate::import::Parsed<T>,
    new_allowed: bool,
) -> Vec<Problem> {
    let column = parsed.column_name(&crate::import::Field::Unit);
    parsed
        .unchecked_units
        .iter()
        .filter_map(|(line, name)| {
            let found = if new_allowed {
                units.find_existing(name).map(|_| ())
            } else {
                units.find(name).map(|_| ())
            };
            found.err().map(|kind| Problem::at(*line, column, kind))
        })
        .collect()
}

/// Remembers the first line of each key, and turns a repeat into a problem.
pub(super) struct Seen<K>(HashMap<K, usize>);

impl<K: std::hash::Hash + Eq> Seen<K> {
    pub fn new() -> Seen<K> {
        Seen(HashMap::new())
    }

    /// Whether `key` is new at `line`; a repeat pushes onto `problems` that the row's
    /// unit `name` (in `column`) was already on the first line with that key.
    pub fn first(
        &mut self,
        key: K,
        line: usize,
        column: &str,
        name: &str,
        problems: &mut Vec<Problem>,
    ) -> bool {
        match self.0.get(&key) {
            Some(first) => {
                problems.push(Problem::at(
                    line,
                    column,
                    ProblemKind::DuplicateUnit {
                        name: name.to_string(),
                        first: *first,
                    },
                ));
                false
            }
            None => {
                self.0.insert(key, line);
                true
            }
        }
    }
}

/// A parsed file and what its plan needs besides, for [`Store::import_at_once`].
pub enum ImportInput<'a> {
    /// Reports, with today (which bounds the received dates).
    Reports(
        &'a crate::import::Parsed<crate::import::ReportLine>,
        chrono::NaiveDate,
    ),
    /// Units.
    Units(&'a crate::import::Parsed<crate::import::UnitLine>),
    /// Review answers for a report year.
    Reviews(&'a crate::import::Parsed<crate::import::ReviewLine>, i32),
}

impl Store {
    /// The plan for a parsed file (the dry run).
    pub fn plan_import(&self, input: ImportInput<'_>) -> Result<ImportPlan> {
        plan_input(&self.conn, input)
    }

    /// Plans and applies an import in one `BEGIN IMMEDIATE` transaction, so that the
    /// plan is made from what is in the file at the moment it is written: imports run
    /// at once serialise instead of refusing each other. Returns the plan and how many
    /// records were written; a plan with problems, or with nothing to change, writes
    /// nothing.
    pub fn import_at_once(&mut self, input: ImportInput<'_>) -> Result<(ImportPlan, usize)> {
        self.write_or_nothing(|tx, audit| {
            let plan = plan_input(tx, input)?;
            if !plan.problems.is_empty() || plan.ops.is_empty() {
                return Ok((plan, 0));
            }
            let written = apply::run(tx, &plan.ops, audit)?;
            Ok((plan, written))
        })
    }

    /// Applies a plan without problems in one write; returns how many records were
    /// written (0, without writing, when nothing changes). A record changed by someone
    /// else since the plan was made is a conflict and nothing is written.
    pub fn apply_import(&mut self, plan: &ImportPlan) -> Result<usize> {
        if !plan.problems.is_empty() {
            return Err(super::StoreError::Invalid(
                "an import with problems is never applied".into(),
            ));
        }
        if plan.ops.is_empty() {
            return Ok(0);
        }
        let ops = plan.ops.clone();
        self.write(|tx, audit| apply::run(tx, &ops, audit))
    }
}

fn plan_input(conn: &rusqlite::Connection, input: ImportInput<'_>) -> Result<ImportPlan> {
    match input {
        ImportInput::Reports(parsed, today) => reports::plan(conn, parsed, today),
        ImportInput::Units(parsed) => units::plan(conn, parsed),
        ImportInput::Reviews(parsed, year) => reviews::plan(conn, parsed, year),
    }
}

/// Sorts problems by line and puts them after those of the file itself.
pub(super) fn merged(mut first: Vec<Problem>, more: Vec<Problem>) -> Vec<Problem> {
    first.extend(more);
    first.sort_by_key(|p| p.line);
    first
}
