//! Importing a file from the Årsrapporter pane: the dialog's answers read the file and
//! make the plan (the dry run, always shown), Enter applies it when it has no problems.
//! [`plan_file`] is also what `irf import` uses.

use std::path::Path;

use super::lists::store_error_text;
use crate::i18n::{ImportMsg, Lang, file_error_text};
use crate::import::{Kind, parse_reports, parse_reviews, parse_units, read_file};
use crate::store::{ImportPlan, Store};

/// Reads `path` as a file of `kind` and makes the plan against the database. `year` is
/// the report year (required for reviews; for reports, when the file has no year
/// column). `Err` is a sentence: the file could not be read, or the database failed.
pub fn plan_file(
    store: &Store,
    path: &Path,
    kind: Kind,
    year: Option<i32>,
    lang: Lang,
) -> Result<ImportPlan, String> {
    let table = read_file(path, kind).map_err(|e| file_error_text(lang, &e))?;
    let plan = match kind {
        Kind::Reports => store.plan_reports(&parse_reports(table, year)),
        Kind::Units => store.plan_units(&parse_units(table)),
        Kind::Reviews => {
            let year = year.ok_or_else(|| lang.i(ImportMsg::NeedYear).to_string())?;
            store.plan_reviews(&parse_reviews(table), year)
        }
    };
    plan.map_err(|e| store_error_text(lang, &e))
}
