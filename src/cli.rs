//! The command line: clap definitions and the dispatch of the non-interactive
//! subcommands (`db` chooses and opens the database). `main.rs` only calls [`main`].

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::app::{App, store_error_text};
use crate::i18n::{Lang, Msg};
use crate::keymap::Keymap;
use crate::{paths, term};

mod args;
mod check;
pub mod config;
mod db;
mod export;
mod help_nb;
mod help_texts;
mod import;
mod lookup;
mod sheets;
mod shell;
mod summary;

use db::{database_path, open, open_demo};

pub use export::{ExportFormat, ExportOptions, ExportWhat};
pub use import::ImportWhat;
pub use lookup::HistoryWhat;
pub use sheets::{SheetFormat, SheetOptions};

/// irf – the desk of the interregional working group for national services.
#[derive(Debug, Parser)]
#[command(name = "irf", version, about, long_about = None)]
pub struct Cli {
    /// Database file (default: the platform data directory; also IRF_DB).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Use the demo database (with --db: that file, which must be a demo database).
    #[arg(long, global = true)]
    pub demo: bool,
    /// Re-create the demo database before opening it.
    #[arg(long, global = true, requires = "demo")]
    pub reset_demo: bool,
    /// UI language: nb (bokmål, default) or en.
    #[arg(long, global = true, value_name = "LANG", value_parser = args::parse_lang)]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the database: integrity, schema version, file path and permissions.
    Check,
    /// Find anything (units, contacts, cases, applications, meetings), best first.
    ///
    /// Exit code 0 found, 1 nothing found, 2 error.
    Find {
        /// What to look for; several words are joined by spaces. Case, accents and æøå
        /// do not matter (tromso finds Tromsø); * ? [ " are searched literally.
        #[arg(value_name = "TEXT")]
        text: Vec<String>,
        /// Show at most this many hits.
        #[arg(long, value_name = "N", default_value_t = 20,
              value_parser = crate::cli::args::within::<u32>(1, 10_000))]
        limit: u32,
        /// JSON for scripts: [{"kind", "id", "title"}].
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// CSV with the header kind,id,title.
        #[arg(long)]
        csv: bool,
    },
    /// List contacts by region and name, optionally narrowed.
    ///
    /// Exit code 0 found, 1 nobody, 2 error.
    Contacts {
        /// Only this region: HSØ (or HSO), HV, HMN, HN.
        #[arg(long, value_name = "R")]
        region: Option<String>,
        /// Only contacts with this role (e.g. arbeidsgruppe, fagdirektor).
        #[arg(long, value_name = "ROLE")]
        role: Option<String>,
        /// Only contacts whose name, organisation, e-mail, phone or role contains this.
        #[arg(value_name = "TEXT")]
        text: Vec<String>,
        /// JSON for scripts: [{"id", "name", "organisation", "region", "roles", "email",
        /// "phone"}].
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// CSV with the header id,name,organisation,region,roles,email,phone.
        #[arg(long)]
        csv: bool,
    },
    /// Show one unit, contact or case by id, by name, or (cases) by number such as 42/26.
    ///
    /// Exit code 0 shown, 1 not found or several match, 2 error.
    Show {
        /// What to show.
        what: ShowWhat,
        /// An id, a name (or part of one), or a case number; words are joined by spaces.
        #[arg(value_name = "ID-OR-NAME", required = true)]
        id_or_name: Vec<String>,
        /// JSON for scripts (see README, "Shell lookups").
        #[arg(long)]
        json: bool,
    },
    /// One record's history from the audit log, newest first: who changed what, when.
    ///
    /// Exit code 0 shown, 1 not found or several match, 2 error.
    History {
        /// What kind of record.
        what: HistoryWhat,
        /// An id, a name (or part of one), or a case number; for a report the unit's
        /// name, optionally followed by the year.
        #[arg(value_name = "ID-OR-NAME", required = true)]
        id_or_name: Vec<String>,
        /// Show at most this many changes (default 20).
        #[arg(long, value_name = "N", default_value_t = 20,
              value_parser = crate::cli::args::within::<u32>(1, 500))]
        limit: u32,
        /// JSON for scripts (see README, "Shell lookups").
        #[arg(long)]
        json: bool,
    },
    /// What others changed since you last closed irf, or since a day, by pane.
    ///
    /// Exit code 0 something changed, 1 nothing, 2 error.
    Changes {
        /// `last` (when you last closed irf) or YYYY-MM-DD (from that day's start).
        #[arg(long, value_name = "YYYY-MM-DD|last", default_value = "last")]
        since: String,
        /// Only records of this region: HSØ (or HSO), HV, HMN, HN.
        #[arg(long, value_name = "R")]
        region: Option<String>,
        /// Show at most this many changes (default 200).
        #[arg(long, value_name = "N", default_value_t = 200,
              value_parser = crate::cli::args::within::<u32>(1, 10_000))]
        limit: u32,
        /// JSON for scripts (see README, "Shell lookups").
        #[arg(long)]
        json: bool,
    },
    /// The year's dates: milestones, meetings, networks in year 6 and term ends.
    ///
    /// Exit code 0 something listed, 1 nothing, 2 error.
    Calendar {
        /// Which year (default: this year).
        #[arg(long, value_name = "YYYY",
              value_parser = crate::cli::args::within::<i32>(1, 9999))]
        year: Option<i32>,
        /// JSON for scripts: [{"date", "kind", "title", "owner", "ref"}].
        #[arg(long)]
        json: bool,
    },
    /// What is due soon or overdue: milestones, meetings, year 6, term ends, anchorings.
    ///
    /// Exit code 0 something due, 1 nothing, 2 error.
    Due {
        /// How many days ahead (default 30); overdue items (up to 60 days) always show.
        #[arg(long, value_name = "N", default_value_t = 30,
              value_parser = crate::cli::args::within::<u32>(0, 3660))]
        days: u32,
        /// Only what this region owns: HSØ (or HSO), HV, HMN, HN.
        #[arg(long, value_name = "R")]
        region: Option<String>,
        /// JSON for scripts: [{"date", "kind", "title", "owner", "overdue",
        /// "working_days_left", "ref"}].
        #[arg(long)]
        json: bool,
        /// The day to count from instead of today (for tests).
        #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
        today: Option<NaiveDate>,
    },
    /// Which region leads the working group when: the leadership periods, and the one
    /// covering today.
    ///
    /// Exit code 0 listed, 1 no period recorded, 2 error.
    Leadership {
        /// JSON for scripts: {"today", "leading_region", "source", "current", "periods":
        /// [{"id", "region", "region_name", "starts_on", "ends_on", "decision", "note",
        /// "current"}]}.
        #[arg(long)]
        json: bool,
        /// The day to count from instead of today (for tests).
        #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
        today: Option<NaiveDate>,
    },
    /// Norway's ERN memberships: by network, then member HF, each with what it is flagged for.
    ///
    /// A membership is flagged when it has no national coordinator, its status dates
    /// from over 5 years ago (or has no date), it has no member HF or one outside the
    /// unit's region, or its network is not one of the 24 ERNs.
    ///
    /// Exit code 0 something listed, 1 nothing, 2 error.
    Ern {
        /// Only the memberships that are flagged.
        #[arg(long)]
        flagged: bool,
        /// JSON for scripts: [{"id", "ern", "known", "unit", "unit_id", "unit_region",
        /// "health_trust", "hf_region", "status", "starts_on", "ends_on", "coordinator",
        /// "coordinator_id", "note", "flags": [{"rule", "text"}]}].
        #[arg(long)]
        json: bool,
        /// The day to count from instead of today (for tests).
        #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
        today: Option<NaiveDate>,
    },
    /// What ends or falls due: network year 6 and period ends, term ends, evaluations.
    ///
    /// Networks whose current period reaches year 6 or ends (unless renewed or ended),
    /// competence services whose term ends (with the phase-out, if one is recorded), and
    /// regional competence services' evaluation every 5 years.
    ///
    /// Exit code 0 something listed, 1 nothing, 2 error.
    Terms {
        /// How many months ahead (default 18); open decisions already past always show.
        #[arg(long, value_name = "N", default_value_t = 18,
              value_parser = crate::cli::args::within::<u32>(0, 600))]
        months: u32,
        /// JSON for scripts: [{"date", "kind", "unit", "unit_id", "unit_kind", "region",
        /// "year_in_period", "overdue", "due", "renewal_state", "phase_out"}].
        #[arg(long)]
        json: bool,
        /// The day to count from instead of today (for tests).
        #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
        today: Option<NaiveDate>,
    },
    /// The season summary: answers per checklist item, progress per region and the
    /// portfolio figures of the competence services (see README, "Season summary").
    ///
    /// Exit code 0 done, 1 `--items` found no unit, 2 error.
    Summary {
        /// The report year (default: the current season).
        #[arg(long, value_name = "YYYY",
              value_parser = crate::cli::args::within::<i32>(1, 9999))]
        year: Option<i32>,
        /// Also the units answering Ja to all these items, e.g. K09,K11,K13.
        #[arg(long, value_name = "CODES")]
        items: Option<String>,
        /// Print JSON (fields documented in README.md).
        #[arg(long)]
        json: bool,
    },
    /// Units and their reference groups, and the rules each group breaks.
    ///
    /// The rules: members from all four regions, a user representative, one chair, from
    /// another region than the host's. Regional competence services (Helse Sør-Øst):
    /// two user representatives, two from municipalities, one from a university or
    /// college, one from each hospital area (health trust) of the host region.
    /// Every national service, network and regional competence service needs a group:
    /// one without members breaks "no group". Closed units, and centres without a
    /// group, are not listed.
    ///
    /// Exit code 0 something listed, 1 nothing, 2 error.
    Groups {
        /// Only the groups that break a rule.
        #[arg(long)]
        noncompliant: bool,
        /// JSON for scripts: [{"unit", "unit_id", "region", "kind", "members",
        /// "breaches": [{"rule", "region", "text"}]}]; rule codes as in README.md,
        /// "health_trust" added for missing_hospital_area.
        #[arg(long)]
        json: bool,
    },
    /// Write a meeting's agenda or one case as a document: DOCX (Word) or Markdown.
    ///
    /// Opens the database read-only. Exit code 0 written, 1 not written (unknown
    /// meeting or case, the file exists, the path cannot be written), 2 bad arguments.
    Export {
        /// What to write.
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Load reports, units or review answers from a CSV or XLSX file (see README, "Import").
    ///
    /// Nothing is written unless every row is valid. Exit code 0 imported (or a clean
    /// dry run), 1 problems found (nothing written), 2 bad arguments.
    Import {
        /// What the file holds.
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Print shell completions for bash, zsh or fish (see README, "Installing on the server").
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff, for `man`) to standard output.
    Man,
    /// Draw one empty frame and wait for a key (the benchmark's floor).
    #[command(hide = true)]
    BenchFloor,
    /// Fill an empty database with generated data (SCALE × a realistic year).
    #[command(hide = true)]
    Generate {
        /// How many times a realistic year.
        #[arg(long, default_value_t = 1)]
        scale: usize,
    },
}

/// What `irf show` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowWhat {
    /// A unit (service, network, centre).
    Unit,
    /// A person.
    Contact,
    /// An IRF or AD case.
    Case,
}

/// Parses the command line and runs what it asks for.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let config_path = paths::config_file();
    let (config, problems, unreadable) = match &config_path {
        Some(path) => config::read(path),
        None => Default::default(),
    };
    let early = args::early_lang(&args, config.lang.unwrap_or_default());
    let args = match early {
        Lang::Nb => args::help_word(args),
        Lang::En => args,
    };
    // The help, and the command line's own errors, in the UI language.
    let command = help_nb::localise(<Cli as clap::CommandFactory>::command(), early);
    let parsed = command
        .try_get_matches_from(&args)
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return argument_error(early, &e),
    };
    let lang = cli.lang.or(config.lang).unwrap_or_default();
    // What is wrong in the settings file is said once, in the UI language: on the
    // status line in the TUI, on standard error for a subcommand.
    let mut warnings: Vec<String> = Vec::new();
    if let Some(path) = &config_path {
        if let Some(e) = &unreadable {
            warnings.push(config::unreadable_text(lang, path, e));
        }
        for problem in &problems {
            warnings.push(config::problem_text(lang, path, problem));
        }
    }
    if cli.command.is_some() {
        for warning in &warnings {
            eprintln!("irf: {warning}");
        }
    }
    let today = chrono::Local::now().date_naive();
    let settings = Settings {
        mouse: config.mouse.unwrap_or(false),
        warning: (!warnings.is_empty()).then(|| warnings.join(" ")),
    };
    match run(&cli, lang, today, settings) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("irf: {message}");
            ExitCode::from(1)
        }
    }
}

/// What clap could not take, said in `lang`; help and the version are printed as asked.
fn argument_error(lang: Lang, e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        // `irf --help | head` must not panic on the closed pipe.
        use std::io::Write;
        let text = help_nb::usage_words(lang, &e.to_string());
        let _ = write!(std::io::stdout().lock(), "{text}");
        return ExitCode::SUCCESS;
    }
    if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        // `irf export` alone: which subcommands there are is the useful answer.
        eprint!("{}", help_nb::usage_words(lang, &e.to_string()));
        return ExitCode::from(2);
    }
    eprintln!("irf: {}", args::error_text(lang, e));
    ExitCode::from(2)
}

/// What the settings file says for the TUI.
struct Settings {
    mouse: bool,
    warning: Option<String>,
}

fn run(cli: &Cli, lang: Lang, today: NaiveDate, settings: Settings) -> Result<ExitCode, String> {
    // Completions and the manual page need no database.
    match &cli.command {
        Some(Command::Completions { shell }) => return Ok(shell::completions(*shell)),
        Some(Command::Man) => return Ok(shell::man()),
        _ => {}
    }
    // With --demo every subcommand reads the demo database, made (or re-made for a new
    // day) the way the TUI makes it.
    if cli.demo && cli.command.is_some() {
        drop(open_demo(
            &database_path(cli, lang)?,
            cli.reset_demo,
            today,
            lang,
        )?);
    }
    // The shell lookups open the file read-only and have their own exit codes.
    if let Some(command) = cli.command.as_ref().filter(|c| lookup::is_lookup(c)) {
        return Ok(lookup::run(command, database_path(cli, lang), lang, today));
    }
    let path = database_path(cli, lang)?;
    if let Some(Command::Summary { year, items, json }) = &cli.command {
        let year = year.unwrap_or_else(|| crate::domain::current_season(today));
        return Ok(summary::run(&path, year, items.as_deref(), *json, lang));
    }
    match &cli.command {
        Some(Command::Export { what }) => return export::run(what, &path, lang, today),
        Some(Command::Check) => return Ok(check::run(&path, lang)),
        Some(Command::Import { what }) => return import::run(what, &path, lang, today),
        Some(Command::BenchFloor) => {
            let _store = open(&path, lang)?;
            term::floor_frame().map_err(|e| e.to_string())?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Generate { scale }) => {
            let mut store = open(&path, lang)?;
            if !store.is_empty().map_err(|e| store_error_text(lang, &e))? {
                return Err(format!("{}: {}", path.display(), lang.t(Msg::CliNotEmpty)));
            }
            store
                .generate_large(*scale, today)
                .map_err(|e| store_error_text(lang, &e))?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(
            Command::Find { .. }
            | Command::Contacts { .. }
            | Command::Show { .. }
            | Command::History { .. }
            | Command::Changes { .. }
            | Command::Calendar { .. }
            | Command::Due { .. }
            | Command::Leadership { .. }
            | Command::Ern { .. }
            | Command::Terms { .. }
            | Command::Groups { .. }
            | Command::Summary { .. }
            | Command::Completions { .. }
            | Command::Man,
        )
        | None => {}
    }
    let store = if cli.demo {
        open_demo(&path, cli.reset_demo, today, lang)?
    } else {
        open(&path, lang)?
    };
    let (keymap, keymap_error) = Keymap::load(paths::keymap_file().as_deref());
    // The lists that read all the data are computed aside: a key never waits for them.
    store.compute_in_background();
    let mut app = App::new(store, keymap, lang, today, cli.demo);
    app.state.color = crate::ui::theme::Theme::from_env().color;
    if let Some(warning) = settings.warning {
        app.state.warn(warning);
    }
    if let Some(e) = keymap_error {
        app.state.warn(crate::i18n::keymap_error_text(lang, &e));
    }
    {
        use std::io::IsTerminal;
        if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
            return Err(lang.t(Msg::NoTerminal).to_string());
        }
    }
    term::run(app, settings.mouse).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}
