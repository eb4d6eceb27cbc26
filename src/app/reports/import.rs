//! Importing a file from the Årsrapporter pane: `I` asks for the file, what it holds
//! and the year; the plan (the dry run) is always shown first, in an overlay listing
//! the new and changed rows or every problem; Enter applies it only when there are no
//! problems, Esc cancels. [`plan_file`] and [`ParsedFile`] are also what `irf import`
//! uses.

use std::path::{Path, PathBuf};

use crate::app::action::Action;
use crate::app::dialog::{DialogField, DialogState, Purpose};
use crate::app::lists::store_error_text;
use crate::app::state::{App, Focus};
use crate::i18n::{ImportMsg, Lang, file_error_text, plan_lines};
use crate::import::{
    Kind, Parsed, ReportLine, ReviewLine, UnitLine, parse_reports, parse_reviews, parse_units,
    read_file,
};
use crate::store::{ImportInput, ImportPlan, Store};

/// A file read and parsed as one kind, before it meets the database.
pub enum ParsedFile {
    /// Reports, with the year given for a file without a year column.
    Reports(Parsed<ReportLine>),
    /// Units.
    Units(Parsed<UnitLine>),
    /// Review answers for a report year.
    Reviews(Parsed<ReviewLine>, i32),
}

impl ParsedFile {
    /// Reads `path` as a file of `kind`. `year` is the report year (required for
    /// reviews; for reports, when the file has no year column). `Err` is a sentence.
    pub fn read(path: &Path, kind: Kind, year: Option<i32>, lang: Lang) -> Result<Self, String> {
        let table = read_file(path, kind).map_err(|e| file_error_text(lang, &e))?;
        Ok(match kind {
            Kind::Reports => ParsedFile::Reports(parse_reports(table, year)),
            Kind::Units => ParsedFile::Units(parse_units(table)),
            Kind::Reviews => {
                let year = year.ok_or_else(|| lang.i(ImportMsg::NeedYear).to_string())?;
                ParsedFile::Reviews(parse_reviews(table), year)
            }
        })
    }

    /// What the store plans from; `today` bounds the received dates.
    pub fn input(&self, today: chrono::NaiveDate) -> ImportInput<'_> {
        match self {
            ParsedFile::Reports(parsed) => ImportInput::Reports(parsed, today),
            ParsedFile::Units(parsed) => ImportInput::Units(parsed),
            ParsedFile::Reviews(parsed, year) => ImportInput::Reviews(parsed, *year),
        }
    }
}

/// Reads `path` as a file of `kind` and makes the plan against the database (see
/// [`ParsedFile::read`]). `Err` is a sentence: the file could not be read, or the
/// database failed.
pub fn plan_file(
    store: &Store,
    path: &Path,
    kind: Kind,
    year: Option<i32>,
    today: chrono::NaiveDate,
    lang: Lang,
) -> Result<ImportPlan, String> {
    let parsed = ParsedFile::read(path, kind, year, lang)?;
    store
        .plan_import(parsed.input(today))
        .map_err(|e| store_error_text(lang, &e))
}

/// What the import dialog held last time (the dry run itself is `Focus::Import`).
#[derive(Debug, Clone, Default)]
pub struct ImportState {
    /// The dialog's values when it was last sent (path, kind, year).
    last: Option<Vec<String>>,
}

/// The dry run on screen.
#[derive(Debug, Clone)]
pub struct ImportView {
    /// The overlay's title (with the file's name).
    pub title: String,
    /// The plan.
    pub plan: ImportPlan,
    /// Its lines, in the UI language.
    pub lines: Vec<String>,
    /// How far it is scrolled.
    pub scroll: u16,
}

impl ImportView {
    /// Whether Enter would write.
    pub fn can_apply(&self) -> bool {
        self.plan.problems.is_empty() && self.plan.writes()
    }
}

const KINDS: [(&str, ImportMsg, Kind); 3] = [
    ("reports", ImportMsg::KindReports, Kind::Reports),
    ("units", ImportMsg::KindUnits, Kind::Units),
    ("reviews", ImportMsg::KindReviews, Kind::Reviews),
];

/// `~/…` from the home folder; anything else as typed.
fn expand(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

impl App {
    /// `I`: opens the import dialog (in Årsrapporter); false for other actions.
    pub(in crate::app) fn import_action(&mut self, action: Action) -> bool {
        if action != Action::Import {
            return false;
        }
        let lang = self.state.lang;
        let year = self.state.list().filter.year.to_string();
        let last = self.state.import.last.clone().unwrap_or_default();
        let value = |i: usize, default: &str| last.get(i).cloned().unwrap_or(default.into());
        let kinds = KINDS
            .iter()
            .map(|(code, msg, _)| (code.to_string(), lang.i(*msg).to_string()))
            .collect();
        let fields = vec![
            DialogField::text(ImportMsg::FieldFile, value(0, "")),
            DialogField::choice(ImportMsg::FieldKind, kinds, &value(1, "reports")),
            DialogField::text(ImportMsg::FieldYear, value(2, &year)),
        ];
        let title = lang.i(ImportMsg::DialogTitle).to_string();
        self.open_dialog(title, Purpose::Import, fields);
        true
    }

    /// Enter in the import dialog: reads the file and shows the dry run.
    pub(in crate::app) fn save_import_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let path = d.value(0);
        if path.is_empty() {
            return self.dialog_refused(lang.i(ImportMsg::NeedPath).to_string(), Some(0));
        }
        let kind = KINDS
            .iter()
            .find(|(code, _, _)| *code == d.value(1))
            .map_or(Kind::Reports, |k| k.2);
        let year_text = d.value(2);
        let year = if year_text.is_empty() && kind != Kind::Reviews {
            None
        } else {
            match crate::import::parse_year(&year_text) {
                Some(y) => Some(y),
                None if year_text.is_empty() => {
                    return self.dialog_refused(lang.i(ImportMsg::NeedYear).to_string(), Some(2));
                }
                None => {
                    let text = lang.if_(ImportMsg::BadYear, &[&year_text]);
                    return self.dialog_refused(text, Some(2));
                }
            }
        };
        let file = expand(&path);
        let plan = match plan_file(&self.store, &file, kind, year, self.state.today, lang) {
            Ok(plan) => plan,
            Err(why) => return self.dialog_refused(why, Some(0)),
        };
        self.state.import.last = Some(d.fields.iter().map(|f| f.value.clone()).collect());
        let name = file
            .file_name()
            .map_or(path.clone(), |n| n.to_string_lossy().into_owned());
        // The dry run takes the dialog's place.
        self.state.focus = Focus::Import(Box::new(ImportView {
            title: lang.if_(ImportMsg::PlanTitle, &[&name]),
            lines: plan_lines(lang, &plan),
            plan,
            scroll: 0,
        }));
    }

    /// Keys over the dry run: Enter applies (when it can), Esc cancels, ↑ ↓ scroll.
    pub(in crate::app) fn update_import(&mut self, action: Action) {
        let lang = self.state.lang;
        let Focus::Import(view) = &mut self.state.focus else {
            return;
        };
        match action {
            Action::MoveDown | Action::PageDown => {
                let step = if action == Action::PageDown { 10 } else { 1 };
                let max = u16::try_from(view.lines.len().saturating_sub(1)).unwrap_or(u16::MAX);
                view.scroll = view.scroll.saturating_add(step).min(max);
            }
            Action::MoveUp | Action::PageUp => {
                let step = if action == Action::PageUp { 10 } else { 1 };
                view.scroll = view.scroll.saturating_sub(step);
            }
            Action::Open if !view.plan.problems.is_empty() => {
                self.state.warn(lang.i(ImportMsg::FixFirst));
            }
            Action::Open => {
                let plan = view.plan.clone();
                self.state.focus = Focus::List;
                if !plan.writes() {
                    return self.state.inform(lang.i(ImportMsg::NoChanges));
                }
                match self.store.apply_import(&plan) {
                    Ok(n) => {
                        self.refresh_cycle();
                        self.reload_list();
                        self.state.inform(lang.if_(ImportMsg::Applied, &[&n]));
                    }
                    Err(e) => self.state.warn(store_error_text(lang, &e)),
                }
            }
            Action::Back => {
                self.state.focus = Focus::List;
                self.state.inform(lang.i(ImportMsg::Cancelled));
            }
            Action::Quit => self.state.quit = true,
            _ => {}
        }
    }
}
