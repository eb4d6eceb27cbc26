//! `irf export queue|summary|units|contacts|terms|money --format xlsx|csv`: the lists people
//! mail around, as a spreadsheet. The same rules as the agenda export (`export.rs`):
//! the database is opened read-only, the file is written through a temporary file, and
//! without `-o` a default name in the current folder is never replaced.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use crate::app::store_error_text;
use crate::domain::{QueueFilter, Region, current_season};
use crate::export::sheet::{Sheet, sheets_csv, sheets_xlsx};
use crate::export::tables;
use crate::i18n::{CliMsg, Lang};
use crate::store::{ListFilter, Store};
use crate::ui::sanitize;

/// Which list `irf export` writes as a spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetWhat {
    /// The season's report queue.
    Queue,
    /// The season summary.
    Summary,
    /// The unit registry.
    Units,
    /// The contacts.
    Contacts,
    /// The terms list.
    Terms,
    /// The money table.
    Money,
}

/// How and where a list is written.
#[derive(Debug, Args)]
pub struct SheetOptions {
    /// xlsx (Excel, LibreOffice) or csv (UTF-8, `;`, as Norwegian Excel opens it); by
    /// default taken from the -o file's ending, else xlsx.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<SheetFormat>,
    /// The year (queue, summary: the report year; money: the grant's year; default:
    /// the current season).
    #[arg(long, value_name = "YYYY", value_parser = crate::cli::args::within::<i32>(1, 9999))]
    pub year: Option<i32>,
    /// Only this region: HSØ (or HSO), HV, HMN, HN (queue, units, contacts).
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    /// Write to this file, replacing it if it exists (default: a name after the list
    /// and season in the current folder, never replacing a file).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The day to count from instead of today (for tests).
    #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
    pub today: Option<NaiveDate>,
}

/// The spreadsheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    /// Excel workbook.
    Xlsx,
    /// Comma-separated values (with `;`).
    Csv,
}

impl SheetFormat {
    fn resolve(asked: Option<SheetFormat>, output: Option<&std::path::Path>) -> SheetFormat {
        let from_name = || match output?.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(SheetFormat::Csv),
            "xlsx" => Some(SheetFormat::Xlsx),
            _ => None,
        };
        asked.or_else(from_name).unwrap_or(SheetFormat::Xlsx)
    }

    fn extension(self) -> &'static str {
        match self {
            SheetFormat::Xlsx => "xlsx",
            SheetFormat::Csv => "csv",
        }
    }
}

/// The sheets of `what`, and the stem of its default file name.
pub(super) fn build(
    store: &Store,
    what: SheetWhat,
    options: &SheetOptions,
    lang: Lang,
    today: NaiveDate,
) -> Result<(String, Vec<Sheet>), String> {
    let today = options.today.unwrap_or(today);
    let year = options.year.unwrap_or_else(|| current_season(today));
    let region = match options.region.as_deref() {
        Some(text) => Some(
            Region::parse_loose(text)
                .ok_or_else(|| lang.cf(CliMsg::BadRegion, &[&sanitize(text)]))?,
        ),
        None => None,
    };
    let failed = |e: crate::store::StoreError| store_error_text(lang, &e);
    let suffix = region.map_or_else(String::new, |r| {
        format!("-{}", crate::domain::fold(crate::domain::Code::code(r)))
    });
    Ok(match what {
        SheetWhat::Queue => {
            let filter = ListFilter {
                year,
                today,
                queue: QueueFilter {
                    region,
                    ..QueueFilter::default()
                },
                ..ListFilter::default()
            };
            let sheet = tables::queue_sheet(store, &filter, lang, today).map_err(failed)?;
            (format!("arsrapporter-{year}{suffix}"), vec![sheet])
        }
        SheetWhat::Summary => {
            let summary = store.season_summary(year).map_err(failed)?;
            (
                format!("oppsummering-{year}"),
                tables::summary_sheets(&summary, lang, today),
            )
        }
        SheetWhat::Units => {
            let filter = ListFilter {
                today,
                ..ListFilter::default()
            };
            let sheet = tables::units_sheet(store, &filter, region, lang, today).map_err(failed)?;
            (format!("tjenester{suffix}"), vec![sheet])
        }
        SheetWhat::Contacts => {
            let sheet = tables::contacts_sheet(store, region, lang, today).map_err(failed)?;
            (format!("kontakter{suffix}"), vec![sheet])
        }
        SheetWhat::Terms => {
            let label = |t: &crate::store::TermItem| {
                super::lookup::term_kind_label(lang, t.kind).to_string()
            };
            let sheet = tables::terms_sheet(store, 18, label, lang, today).map_err(failed)?;
            ("frister".to_string(), vec![sheet])
        }
        SheetWhat::Money => {
            let sheet = tables::money_sheet(store, year, lang, today).map_err(failed)?;
            (format!("penger-{year}"), vec![sheet])
        }
    })
}

/// The sheets as a file's bytes in `format`, and the file's default name.
pub(super) fn bytes(
    stem: &str,
    sheets: &[Sheet],
    options: &SheetOptions,
    lang: Lang,
) -> Result<(String, Vec<u8>), String> {
    let format = SheetFormat::resolve(options.format, options.output.as_deref());
    let bytes = match format {
        SheetFormat::Xlsx => {
            sheets_xlsx(sheets).map_err(|e| lang.cf(CliMsg::ExportBuild, &[&e]))?
        }
        SheetFormat::Csv => sheets_csv(sheets, lang).into_bytes(),
    };
    Ok((format!("{stem}.{}", format.extension()), bytes))
}
