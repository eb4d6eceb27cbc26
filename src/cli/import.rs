//! `irf import reports|units|reviews FILE`: load the season's filed reports, a portfolio
//! of units, or a review's checklist answers from CSV or XLSX.
//!
//! The plan is always worked out first (the dry run): every row's problem with its line
//! and column, or the rows that are new or change. Nothing is written unless every row
//! is valid, and then all of it in the same transaction the plan was made in, so
//! imports run at once serialise instead of refusing each other. Exit code 0 applied (or a clean dry
//! run), 1 problems found or the file unreadable (nothing written), 2 bad arguments.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use crate::app::{ParsedFile, conflict_parts, store_error_text};
use crate::i18n::{ImportMsg, Lang, plan_lines};
use crate::import::Kind;
use crate::store::{OpenMode, Store};
use crate::ui::sanitize;

/// What `irf import` loads.
#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// The season's filed reports (eRapport's list or a spreadsheet): unit, and any of
    /// year, received, status, statement, reviewer (see README, "Import").
    Reports {
        /// A CSV (`;` or `,`, UTF-8 or Windows-1252) or XLSX file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The report year, when the file has no year column (a row's own year must
        /// agree with it).
        #[arg(long, value_name = "YYYY",
              value_parser = crate::cli::args::within::<i32>(1900, 2100))]
        year: Option<i32>,
        /// Show what would change, or every problem, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// A portfolio of units: name, kind, region, HF, approval year, term function, FTE,
    /// ERN (see README, "Import").
    Units {
        /// A CSV or XLSX file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Show what would change, or every problem, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// A review's checklist answers: a unit column, then one column per code (K01 …).
    Reviews {
        /// A CSV or XLSX file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The report year the review is about.
        #[arg(long, value_name = "YYYY", required = true,
              value_parser = crate::cli::args::within::<i32>(1900, 2100))]
        year: Option<i32>,
        /// Show what would change, or every problem, and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Runs `irf import`.
pub fn run(
    what: &ImportWhat,
    db: &Path,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<ExitCode, String> {
    let (kind, file, year, dry_run) = match what {
        ImportWhat::Reports {
            file,
            year,
            dry_run,
        } => (Kind::Reports, file, *year, *dry_run),
        ImportWhat::Units { file, dry_run } => (Kind::Units, file, None, *dry_run),
        ImportWhat::Reviews {
            file,
            year,
            dry_run,
        } => (Kind::Reviews, file, *year, *dry_run),
    };
    let mut store = Store::open(db, OpenMode::ReadWrite)
        .map_err(|e| format!("{}: {}", db.display(), store_error_text(lang, &e)))?;
    let parsed = match ParsedFile::read(file, kind, year, lang) {
        Ok(parsed) => parsed,
        Err(why) => {
            eprintln!("irf: {}: {}", sanitize(&file.display().to_string()), why);
            return Ok(ExitCode::from(1));
        }
    };
    // Read and written under one lock, an import meets no conflict; should one come
    // anyway, running the command again reads the file afresh.
    let failed = |e: crate::store::StoreError| match conflict_parts(lang, &e) {
        Some((what, by, time)) => lang.if_(ImportMsg::RunAgain, &[&what, &by, &time]),
        None => store_error_text(lang, &e),
    };
    // A dry run only plans; otherwise the plan is made and applied under one write
    // lock, so imports run at once wait for each other instead of conflicting.
    let (plan, written) = if dry_run {
        (store.plan_import(parsed.input(today)).map_err(failed)?, 0)
    } else {
        store.import_at_once(parsed.input(today)).map_err(failed)?
    };
    let mut out = std::io::stdout().lock();
    for line in plan_lines(lang, &plan) {
        let _ = writeln!(out, "{}", wrap(&sanitize(&line), 80));
    }
    if !plan.problems.is_empty() {
        return Ok(ExitCode::from(1));
    }
    if dry_run {
        let _ = writeln!(out, "{}", lang.i(ImportMsg::DryRun));
        return Ok(ExitCode::SUCCESS);
    }
    if plan.writes() {
        let _ = writeln!(out, "{}", lang.if_(ImportMsg::Applied, &[&written]));
    }
    Ok(ExitCode::SUCCESS)
}

/// Wraps `text` at `width` columns on spaces; continuation lines are indented by two.
fn wrap(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = String::with_capacity(text.len() + 8);
    let mut column = 0;
    for word in text.split(' ') {
        let w = word.width();
        if column > 0 && column + 1 + w > width {
            out.push_str("\n  ");
            column = 2;
        } else if column > 0 {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_width() {
        assert_eq!(wrap("aa bb cc", 5), "aa bb\n  cc");
        assert_eq!(wrap("kort", 80), "kort");
    }
}
