//! `irf export agenda MEETING` and `irf export case ID`: a meeting's agenda with its
//! cases, or one case, written as DOCX or Markdown.
//!
//! The database is opened read-only, as for the shell lookups: an export never writes
//! it. The document is written to a temporary file beside the target and then moved
//! into place, so a reader never sees half a file and a failure leaves nothing behind.
//! Without `-o` the file gets a default name in the current folder and an existing file
//! is never replaced; with `-o` the named file is replaced.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

use crate::app::store_error_text;
use crate::domain::CaseNumber;
use crate::export::agenda::{agenda_docx, agenda_markdown, case_docx, case_markdown};
use crate::i18n::{CliMsg, Lang};
use crate::store::{Store, StoreError};
use crate::ui::sanitize;

use super::sheets::{SheetOptions, SheetWhat};

/// What `irf export` writes.
#[derive(Debug, Subcommand)]
pub enum ExportWhat {
    /// A meeting's agenda (saksliste) with every case on it.
    Agenda {
        /// The meeting: its date (YYYY-MM-DD), its id, or `next` (the first meeting
        /// today or later).
        #[arg(value_name = "MEETING")]
        meeting: String,
        #[command(flatten)]
        options: ExportOptions,
    },
    /// One case, on an agenda or not.
    Case {
        /// The case's id, or its number such as 42/26 or 139-2021.
        #[arg(value_name = "ID")]
        id: String,
        #[command(flatten)]
        options: ExportOptions,
    },
    /// The season's report queue (Årsrapporter) as a spreadsheet.
    Queue {
        #[command(flatten)]
        options: SheetOptions,
    },
    /// The season summary (answer table, progress per region, portfolio) as a spreadsheet.
    Summary {
        #[command(flatten)]
        options: SheetOptions,
    },
    /// The unit registry (Tjenester) as a spreadsheet.
    Units {
        #[command(flatten)]
        options: SheetOptions,
    },
    /// The contacts (Kontakter) as a spreadsheet.
    Contacts {
        #[command(flatten)]
        options: SheetOptions,
    },
    /// The terms list (networks' years, terms' ends, evaluations) as a spreadsheet.
    Terms {
        #[command(flatten)]
        options: SheetOptions,
    },
    /// The money table (Fornyelser: grants, the 2–4 % share, frames) as a spreadsheet.
    Money {
        #[command(flatten)]
        options: SheetOptions,
    },
}

/// Where and how an export is written.
#[derive(Debug, Args)]
pub struct ExportOptions {
    /// docx (Word, LibreOffice) or md (Markdown); by default taken from the -o file's
    /// ending, else docx.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ExportFormat>,
    /// Write to this file, replacing it if it exists (default: saksliste-DATE or
    /// sak-ID in the current folder, never replacing a file).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The day `next` counts from instead of today (for tests).
    #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
    pub today: Option<NaiveDate>,
}

/// The file formats of `irf export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Word document (Office Open XML).
    Docx,
    /// Markdown text.
    #[value(alias = "markdown")]
    Md,
}

impl ExportFormat {
    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Docx => "docx",
            ExportFormat::Md => "md",
        }
    }

    /// As asked, else from the output file's ending, else DOCX.
    fn resolve(asked: Option<ExportFormat>, output: Option<&Path>) -> ExportFormat {
        let from_name = || {
            let ending = output?.extension()?.to_str()?.to_ascii_lowercase();
            match ending.as_str() {
                "md" | "markdown" => Some(ExportFormat::Md),
                "docx" => Some(ExportFormat::Docx),
                _ => None,
            }
        };
        asked.or_else(from_name).unwrap_or(ExportFormat::Docx)
    }
}

/// Runs an export on the database at `db`; `Err` is the sentence for stderr (exit 1).
pub(super) fn run(
    what: &ExportWhat,
    db: &Path,
    lang: Lang,
    today: NaiveDate,
) -> Result<ExitCode, String> {
    if let Some((sheet, options)) = what.sheet() {
        let store = super::lookup::open(db, lang)?;
        let (stem, sheets) = super::sheets::build(&store, sheet, options, lang, today)?;
        drop(store);
        let (default_name, bytes) = super::sheets::bytes(&stem, &sheets, options, lang)?;
        return place(options.output.as_ref(), &default_name, &bytes, lang);
    }
    let (ExportWhat::Agenda { options, .. } | ExportWhat::Case { options, .. }) = what else {
        return Ok(ExitCode::from(2));
    };
    let format = ExportFormat::resolve(options.format, options.output.as_deref());
    let store = super::lookup::open(db, lang)?;
    let (default_name, bytes) = match what {
        ExportWhat::Agenda { meeting, .. } => {
            let today = options.today.unwrap_or(today);
            agenda_file(&store, meeting, today, format, lang)?
        }
        ExportWhat::Case { id, .. } => case_file(&store, id, format, lang)?,
        _ => return Ok(ExitCode::from(2)),
    };
    drop(store);
    place(options.output.as_ref(), &default_name, &bytes, lang)
}

impl ExportWhat {
    /// The spreadsheet this names, with its options; `None` for a document.
    fn sheet(&self) -> Option<(SheetWhat, &SheetOptions)> {
        Some(match self {
            ExportWhat::Queue { options } => (SheetWhat::Queue, options),
            ExportWhat::Summary { options } => (SheetWhat::Summary, options),
            ExportWhat::Units { options } => (SheetWhat::Units, options),
            ExportWhat::Contacts { options } => (SheetWhat::Contacts, options),
            ExportWhat::Terms { options } => (SheetWhat::Terms, options),
            ExportWhat::Money { options } => (SheetWhat::Money, options),
            ExportWhat::Agenda { .. } | ExportWhat::Case { .. } => return None,
        })
    }
}

/// Writes `bytes` to `-o` (replacing) or to `default_name` in the current folder (never
/// replacing), and says where.
fn place(
    output: Option<&PathBuf>,
    default_name: &str,
    bytes: &[u8],
    lang: Lang,
) -> Result<ExitCode, String> {
    let (target, replace) = match output {
        Some(path) => (path.clone(), true),
        None => (PathBuf::from(default_name), false),
    };
    write_file(&target, bytes, replace, lang)?;
    println!("{}", lang.cf(CliMsg::ExportWrote, &[&shown(&target)]));
    Ok(ExitCode::SUCCESS)
}

/// The agenda of the meeting `spec` names: its default file name and its bytes.
fn agenda_file(
    store: &Store,
    spec: &str,
    today: NaiveDate,
    format: ExportFormat,
    lang: Lang,
) -> Result<(String, Vec<u8>), String> {
    let unknown = || lang.cf(CliMsg::ExportNoMeeting, &[&sanitize(spec)]);
    let id = store
        .find_meeting(spec, today)
        .map_err(|e| store_error_text(lang, &e))?
        .ok_or_else(unknown)?;
    let agenda = store.agenda(id).map_err(|e| match e {
        StoreError::NotFound { .. } => unknown(),
        e => store_error_text(lang, &e),
    })?;
    let bytes = match format {
        ExportFormat::Md => agenda_markdown(&agenda, lang).into_bytes(),
        ExportFormat::Docx => agenda_docx(&agenda, lang).map_err(|e| build_error(lang, &e))?,
    };
    let day = agenda.held_on.format("%Y-%m-%d");
    Ok((format!("saksliste-{day}.{}", format.extension()), bytes))
}

/// The case `text` names (an id or a number): its default file name and its bytes.
fn case_file(
    store: &Store,
    text: &str,
    format: ExportFormat,
    lang: Lang,
) -> Result<(String, Vec<u8>), String> {
    let unknown = || lang.cf(CliMsg::ExportNoCase, &[&sanitize(text)]);
    let id = find_case(store, text, lang)?.ok_or_else(unknown)?;
    let case = store.case_for_export(id).map_err(|e| match e {
        StoreError::NotFound { .. } => unknown(),
        e => store_error_text(lang, &e),
    })?;
    let bytes = match format {
        ExportFormat::Md => case_markdown(&case, lang).into_bytes(),
        ExportFormat::Docx => case_docx(&case, lang).map_err(|e| build_error(lang, &e))?,
    };
    Ok((format!("sak-{id}.{}", format.extension()), bytes))
}

fn build_error(lang: Lang, why: &str) -> String {
    lang.cf(CliMsg::ExportBuild, &[&why])
}

/// A case by id or by number (`42/26`, `139-2021`).
fn find_case(store: &Store, text: &str, lang: Lang) -> Result<Option<i64>, String> {
    let text = text.trim();
    if let Some(number) = CaseNumber::parse(text) {
        return store
            .lookup_case_number(number)
            .map_err(|e| store_error_text(lang, &e));
    }
    Ok(text.parse::<i64>().ok())
}

/// A path as it may be printed.
fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

/// Writes `bytes` to `target` through a temporary file in the same folder; an existing
/// `target` is replaced only when `replace`. On failure nothing is left behind.
fn write_file(target: &Path, bytes: &[u8], replace: bool, lang: Lang) -> Result<(), String> {
    let cannot = |e: &std::io::Error| {
        lang.cf(
            CliMsg::ExportCannotWrite,
            &[&shown(target), &crate::i18n::io_reason(lang, e)],
        )
    };
    let exists = || lang.cf(CliMsg::ExportExists, &[&shown(target)]);
    if target.is_dir() {
        let e = std::io::Error::from(std::io::ErrorKind::IsADirectory);
        return Err(cannot(&e));
    }
    if !replace && target.symlink_metadata().is_ok() {
        return Err(exists());
    }
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let temp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut file| file.write_all(bytes).and_then(|()| file.sync_all()));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(cannot(&e));
    }
    let placed = if replace {
        std::fs::rename(&temp, target)
    } else {
        // A hard link fails if the name was taken meanwhile; where links are not
        // supported, fall back to a rename after one more look.
        match std::fs::hard_link(&temp, target) {
            Ok(()) => std::fs::remove_file(&temp),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let _ = std::fs::remove_file(&temp);
                return Err(exists());
            }
            Err(_) if target.symlink_metadata().is_ok() => {
                let _ = std::fs::remove_file(&temp);
                return Err(exists());
            }
            Err(_) => std::fs::rename(&temp, target),
        }
    };
    placed.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        cannot(&e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_file_name_unless_asked() {
        let md = Some(Path::new("ut/Saksliste.MD"));
        assert_eq!(ExportFormat::resolve(None, md), ExportFormat::Md);
        assert_eq!(
            ExportFormat::resolve(Some(ExportFormat::Docx), md),
            ExportFormat::Docx
        );
        let other = Some(Path::new("saksliste.txt"));
        assert_eq!(ExportFormat::resolve(None, other), ExportFormat::Docx);
        assert_eq!(ExportFormat::resolve(None, None), ExportFormat::Docx);
    }

    #[test]
    fn a_taken_name_is_kept_and_nothing_is_left_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("saksliste.md");
        std::fs::write(&target, "gammel").unwrap();
        let e = write_file(&target, b"ny", false, Lang::En).unwrap_err();
        assert!(e.contains("already exists"), "{e}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "gammel");
        write_file(&target, b"ny", true, Lang::En).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "ny");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_missing_folder_is_named_with_its_reason() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("finnes-ikke").join("x.md");
        let e = write_file(&target, b"x", true, Lang::Nb).unwrap_err();
        assert!(e.contains("mappen finnes ikke"), "{e}");
        assert!(e.contains("finnes-ikke"), "{e}");
    }
}
