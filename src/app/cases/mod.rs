//! Saker, cases and meetings: the cases the group brings to IRF and AD, written section
//! by section, numbered, put on a meeting's agenda and decided; the meetings with their
//! agendas, exported as Word documents and shown on the projector.
//!
//! - here: the room's actions: a new case or meeting, a case's status, its place on a
//!   meeting's agenda (on or off, up or down), its number, IRF's decision, the Word
//!   export; each opens a dialog whose save asks the store, and a refusal is shown as it
//!   is while the dialog keeps what was typed;
//! - `editor`: writing a case's sections (`e`), with drafts, conflicts and `$EDITOR`;
//! - `links`: linking a case to a unit or an application (`L`);
//! - `meeting`: meeting mode (`M`), the agenda on the projector.
//!
//! Actions answered: `new`, `edit`, `step`, `anchor` (agenda), `decide`, `link`,
//! `assign_number`, `rank_up`/`rank_down` (on the agenda), `meeting_mode`, `export`.
//! Store calls: `case`, `insert_case`, `insert_meeting`, `set_case_status`,
//! `add_to_agenda`, `remove_from_agenda`, `move_on_agenda`, `assign_number`,
//! `record_decision`, `save_section`, `link_case`, `unlink_case`, `search`, `agenda`,
//! `find_meeting`, `meetings`, `case_for_export`, and the drafts.

mod editor;
mod links;
mod meeting;

pub use editor::{AUTOSAVE, CaseEditor, ExternalEdit, SectionConflict};
pub use meeting::MeetingView;

use strum::IntoEnumIterator;

use super::action::Action;
use super::dialog::{DialogField, DialogState, Purpose};
use super::lists::store_error_text;
use super::state::App;
use super::update::Handled;
use crate::domain::{
    CaseStatus, CaseType, Code, IrfAnswer, MeetingKind, Region, answers_apply, parse_clock_input,
    parse_date_input,
};
use crate::i18n::{CaseMsg, CycleMsg, Lang, code_label, label};
use crate::store::{CaseEdit, ListKind, MeetingEdit, Row};

/// (code, label) options of a vocabulary.
fn options<T: Code + Copy>(
    items: impl Iterator<Item = T>,
    name: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    items.map(|t| (t.code().to_string(), name(t))).collect()
}

/// The regions, with "none" first.
fn regions(lang: Lang) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), lang.k(CaseMsg::NoRegion).to_string())];
    out.extend(Region::iter().map(|r| (r.code().to_string(), r.code().to_string())));
    out
}

/// Saker's own actions (see the module doc).
pub(super) fn handle(app: &mut App, action: Action) -> Handled {
    if app.case_action(action) {
        return Handled::Yes;
    }
    if action != Action::Edit {
        return Handled::No;
    }
    if let Some(Row::Case(case)) = app.state.list().selected_row().cloned() {
        app.open_case_editor(case.id);
    }
    Handled::Yes
}

/// Re-reads what Saker shows: the list of its view on the same record, and the meeting
/// on the projector when meeting mode is open (same item).
pub(super) fn refresh(app: &mut App) -> bool {
    let kept = app.reload_keeping_selection();
    app.refresh_meeting();
    kept
}

impl App {
    /// The Saker actions; returns false when `action` is not one of them here.
    pub(super) fn case_action(&mut self, action: Action) -> bool {
        let lang = self.state.lang;
        let kind = self.state.list().kind;
        let case = match self.state.list().selected_row() {
            Some(Row::Case(c)) => Some(c.id),
            _ => None,
        };
        // The region leading today: a new case's and a new meeting's default (a
        // meeting on a day of another period gets that period's region on save).
        let leader = self
            .store
            .leading_region_on(self.state.today)
            .ok()
            .flatten()
            .map_or_else(String::new, |r| r.code().to_string());
        match (action, kind) {
            (Action::New, ListKind::Meetings) => {
                let fields = vec![
                    DialogField::text(CycleMsg::FieldDate, ""),
                    DialogField::choice(
                        CycleMsg::FieldKind,
                        options(MeetingKind::iter(), |k| k.code().to_string()),
                        "IRF",
                    ),
                    DialogField::text(CycleMsg::FieldPlace, ""),
                    DialogField::text(CycleMsg::FieldTime, ""),
                    DialogField::choice(CycleMsg::FieldChair, regions(lang), &leader),
                ];
                let title = lang.k(CaseMsg::NewMeeting).to_string();
                self.open_dialog(title, Purpose::NewMeeting, fields);
            }
            (Action::New, _) => {
                let fields = vec![
                    DialogField::text(CycleMsg::FieldTitle, ""),
                    DialogField::choice(
                        CycleMsg::FieldKind,
                        options(CaseType::iter(), |t| label(lang, t).to_string()),
                        "annet",
                    ),
                    DialogField::choice(CycleMsg::FieldRegion, regions(lang), &leader),
                ];
                let title = lang.k(CaseMsg::NewCase).to_string();
                self.open_dialog(title, Purpose::NewCase, fields);
            }
            (Action::Step | Action::Anchor | Action::Decide, ListKind::Cases) => {
                let Some(id) = case else { return true };
                self.open_case_dialog_for(action, id);
            }
            (Action::MeetingMode, _) => self.open_meeting_mode(),
            (Action::Export, _) => self.export_document(),
            (Action::Link, ListKind::Cases) => {
                if let Some(id) = case {
                    self.open_link_dialog(id);
                }
            }
            (Action::AssignNumber, ListKind::Cases) => {
                let Some(id) = case else { return true };
                let version = match self.store.case(id) {
                    Ok(c) => c.version,
                    Err(e) => {
                        self.state.warn(store_error_text(lang, &e));
                        return true;
                    }
                };
                match self.store.assign_number(id, version, self.state.today) {
                    Ok(n) => {
                        self.reload_list();
                        self.state.inform(lang.kf(CaseMsg::Numbered, &[&n]));
                    }
                    Err(e) => self.state.warn(store_error_text(lang, &e)),
                }
            }
            (Action::RankUp | Action::RankDown, ListKind::Cases) => {
                let Some(id) = case else { return true };
                match self.store.move_on_agenda(id, action == Action::RankUp) {
                    Ok(()) => self.reload_list(),
                    Err(e) => self.state.warn(store_error_text(lang, &e)),
                }
            }
            _ => return false,
        }
        true
    }

    /// The status, agenda or decision dialog for case `id`.
    pub(super) fn open_case_dialog_for(&mut self, action: Action, id: i64) {
        let lang = self.state.lang;
        let case = match self.store.case(id) {
            Ok(c) => c,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let version = case.version;
        let (title, purpose, fields) = match action {
            Action::Step => (
                lang.kf(CaseMsg::StatusOf, &[&case.title]),
                Purpose::CaseStatus { id, version },
                vec![DialogField::choice(
                    CycleMsg::FieldStatus,
                    options(CaseStatus::iter(), |s| label(lang, s).to_string()),
                    case.status.code(),
                )],
            ),
            Action::Anchor => {
                let today = self.state.today;
                let mut choices: Vec<(String, String)> = Vec::new();
                if case.meeting.is_some() {
                    choices.push(("0".into(), lang.k(CaseMsg::OffAgenda).to_string()));
                }
                for m in self.store.meetings().unwrap_or_default() {
                    if m.held_on >= today && Some(m.id) != case.meeting.map(|x| x.0) {
                        let name =
                            format!("{} {} {}", m.kind.code(), lang.date(m.held_on), m.place);
                        choices.push((m.id.to_string(), name.trim_end().to_string()));
                    }
                }
                if choices.is_empty() {
                    return self.state.inform(lang.k(CaseMsg::NoMeetings));
                }
                (
                    lang.kf(CaseMsg::AgendaOf, &[&case.title]),
                    Purpose::CaseAgenda { id, version },
                    vec![DialogField::choice(CycleMsg::FieldMeeting, choices, "")],
                )
            }
            _ => {
                let mut fields = Vec::new();
                if answers_apply(case.case_type) {
                    fields.push(DialogField::choice(
                        CycleMsg::FieldAnswer,
                        options(IrfAnswer::iter(), |a| code_label(lang, a.code())),
                        "stotter",
                    ));
                }
                let proposal = case.sections[2].clone();
                let decision = if case.sections[4].trim().is_empty() {
                    proposal
                } else {
                    case.sections[4].clone()
                };
                fields.push(DialogField::text(CycleMsg::FieldDecision, decision));
                (
                    lang.kf(CaseMsg::DecisionOf, &[&case.title]),
                    Purpose::CaseDecision { id, version },
                    fields,
                )
            }
        };
        self.open_dialog(title, purpose, fields);
    }

    /// Saves a Saker dialog.
    pub(super) fn save_case_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let today = self.state.today;
        let region = |code: String| Region::from_code(&code);
        if matches!(d.purpose, Purpose::CaseLink { .. }) {
            return self.save_link_dialog(d);
        }
        let result = match d.purpose {
            Purpose::NewCase => {
                let Some(case_type) = CaseType::from_code(&d.value(1)) else {
                    return;
                };
                let edit = CaseEdit {
                    title: d.value(0),
                    case_type,
                    region: region(d.value(2)),
                };
                self.store
                    .insert_case(&edit, &[], today)
                    .map(|_| lang.k(CaseMsg::CaseAdded).to_string())
            }
            Purpose::NewMeeting => {
                let Some(held_on) = parse_date_input(&d.value(0)) else {
                    let text = d.value(0);
                    let field = lang.pick(d.fields[0].label);
                    return self
                        .dialog_refused(lang.yf(CycleMsg::BadDate, &[&text, &field]), Some(0));
                };
                let Some(kind) = MeetingKind::from_code(&d.value(1)) else {
                    return;
                };
                let Some(starts_at) = parse_clock_input(&d.value(3)) else {
                    let text = d.value(3);
                    let field = lang.pick(d.fields[3].label);
                    return self
                        .dialog_refused(lang.yf(CycleMsg::BadTime, &[&text, &field]), Some(3));
                };
                // The chair left as it opened (today's leader) follows the meeting's
                // day: a meeting in another leadership period is chaired by its region.
                let untouched = !d.touched.get(4).copied().unwrap_or(true)
                    && d.opened.get(4) == d.fields.get(4).map(|f| &f.value);
                let chair = if untouched {
                    self.store
                        .leading_region_on(held_on)
                        .ok()
                        .flatten()
                        .or_else(|| region(d.value(4)))
                } else {
                    region(d.value(4))
                };
                let edit = MeetingEdit {
                    kind,
                    held_on,
                    place: d.value(2),
                    starts_at,
                    chair,
                };
                self.store
                    .insert_meeting(&edit, today)
                    .map(|_| lang.k(CaseMsg::MeetingAdded).to_string())
            }
            Purpose::CaseStatus { id, version } => {
                let Some(to) = CaseStatus::from_code(&d.value(0)) else {
                    return;
                };
                self.store
                    .set_case_status(id, version, to)
                    .map(|_| lang.y(CycleMsg::Saved).to_string())
            }
            Purpose::CaseAgenda { id, version } => {
                let choice = d.value(0);
                if choice == "0" {
                    self.store
                        .remove_from_agenda(id, version)
                        .map(|()| lang.k(CaseMsg::TakenOff).to_string())
                } else {
                    let Ok(meeting) = choice.parse::<i64>() else {
                        return;
                    };
                    self.store
                        .add_to_agenda(meeting, id, version)
                        .map(|()| lang.k(CaseMsg::PutOn).to_string())
                }
            }
            Purpose::CaseDecision { id, version } => {
                let (answer, text) = if d.fields.len() == 2 {
                    (IrfAnswer::from_code(&d.value(0)), d.value(1))
                } else {
                    (None, d.value(0))
                };
                self.store
                    .record_decision(id, version, &text, answer, today)
                    .map(|()| lang.k(CaseMsg::Decided).to_string())
            }
            _ => return,
        };
        match result {
            Ok(message) => self.dialog_saved(message),
            Err(e) => self.dialog_refused(store_error_text(lang, &e), None),
        }
    }

    /// `E` in Saker: the selected meeting's agenda (Møter) or the selected case (Saker)
    /// as a Word document in the working folder, under a name not taken yet.
    fn export_document(&mut self) {
        let lang = self.state.lang;
        let built = match self.state.list().selected_row() {
            Some(Row::Meeting(m)) => self
                .store
                .agenda(m.id)
                .map_err(|e| store_error_text(lang, &e))
                .and_then(|a| {
                    let stem = format!("saksliste-{}", a.held_on.format("%Y-%m-%d"));
                    crate::export::agenda::agenda_docx(&a, lang).map(|b| (stem, b))
                }),
            Some(Row::Case(c)) => self
                .store
                .case_for_export(c.id)
                .map_err(|e| store_error_text(lang, &e))
                .and_then(|case| {
                    let stem = format!("sak-{}", case.id);
                    crate::export::agenda::case_docx(&case, lang).map(|b| (stem, b))
                }),
            _ => return self.state.inform(lang.y(CycleMsg::NothingSelected)),
        };
        let (stem, bytes) = match built {
            Ok(b) => b,
            Err(why) => return self.state.warn(why),
        };
        let path = super::files::free_path(&self.state.export_dir, &stem, "docx");
        match super::files::write_new(&path, &bytes) {
            Ok(()) => self
                .state
                .inform(lang.kf(CaseMsg::ExportedDocument, &[&path.display()])),
            Err(e) => self
                .state
                .warn(lang.f(crate::i18n::Msg::ExportFailed, &[&path.display(), &e])),
        }
    }
}
