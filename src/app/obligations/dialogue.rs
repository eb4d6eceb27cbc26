//! The dialogue events on screen: `dialogue_events` opens the list (pick one, then
//! change it, delete it after asking, or see its history; with none recorded, a new
//! one), `new_dialogue_event` a new one dated today in the leading region. A national
//! event stands in for the year's "Nasjonal dialogdag" on the Årshjul.

use super::super::dialog::list_action::{DELETE, EDIT, HISTORY};
use super::super::dialog::{DialogField, DialogState, Purpose};
use super::super::lists::store_error_text;
use super::super::state::App;
use super::{date_text, regions, typed_date};
use crate::domain::{Code, Region};
use crate::i18n::{CycleMsg, LeadMsg, ObligMsg};
use crate::store::{DialogueEdit, DialogueEvent, HistoryTarget};

const NATIONAL: &str = "nasjonal";
const REGIONAL: &str = "regional";

/// "15.09.2026 Title": an event as lists and messages name it.
fn event_label(lang: crate::i18n::Lang, e: &DialogueEvent) -> String {
    format!("{} {}", lang.date(e.held_on), e.label())
}

impl App {
    /// The list of dialogue events, on `selected` (else the last).
    pub(in crate::app) fn open_dialogue_list(&mut self, selected: Option<i64>) {
        let lang = self.state.lang;
        let events = match self.store.dialogue_events(None) {
            Ok(e) => e,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        if events.is_empty() {
            self.open_new_dialogue();
            return self.state.inform(lang.o(ObligMsg::NoEvents));
        }
        let chosen = selected
            .filter(|id| events.iter().any(|e| e.id == *id))
            .or_else(|| events.last().map(|e| e.id))
            .unwrap_or_default();
        let options = events
            .iter()
            .map(|e| (e.id.to_string(), event_label(lang, e)))
            .collect();
        let actions = vec![
            (EDIT.to_string(), lang.l(LeadMsg::DoEdit).to_string()),
            (DELETE.to_string(), lang.l(LeadMsg::DoDelete).to_string()),
            (HISTORY.to_string(), lang.l(LeadMsg::DoHistory).to_string()),
        ];
        let fields = vec![
            DialogField::choice(ObligMsg::FieldEvent, options, &chosen.to_string()),
            DialogField::choice(LeadMsg::FieldDo, actions, EDIT),
        ];
        let title = lang.o(ObligMsg::EventsTitle).to_string();
        self.open_dialog(title, Purpose::DialogueList, fields);
        if let (Some(id), Some(dialog)) = (selected, self.state.dialog_mut())
            && let Some(field) = dialog.fields.first_mut()
            && events.iter().any(|e| e.id == id)
        {
            field.value = id.to_string();
        }
    }

    /// A new dialogue event: today, run by the leading region, national.
    pub(in crate::app) fn open_new_dialogue(&mut self) {
        let lang = self.state.lang;
        let today = self.state.today;
        let region = self
            .store
            .leading_region_on(today)
            .ok()
            .flatten()
            .unwrap_or(Region::Hv);
        let edit = DialogueEdit {
            held_on: Some(today),
            title: String::new(),
            place: String::new(),
            region,
            national: true,
            note: String::new(),
        };
        let title = lang.o(ObligMsg::NewEventTitle).to_string();
        self.open_dialog(title, Purpose::NewDialogue, dialogue_fields(lang, &edit));
    }

    fn open_edit_dialogue(&mut self, e: &DialogueEvent) {
        let lang = self.state.lang;
        let edit = DialogueEdit {
            held_on: Some(e.held_on),
            title: e.title.clone(),
            place: e.place.clone(),
            region: e.region,
            national: e.national,
            note: e.note.clone(),
        };
        let title = lang.of(ObligMsg::EditEventTitle, &[&event_label(lang, e)]);
        let purpose = Purpose::EditDialogue {
            id: e.id,
            version: e.version,
        };
        self.open_dialog(title, purpose, dialogue_fields(lang, &edit));
    }

    /// Enter in a dialogue event's dialog.
    pub(super) fn save_dialogue_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let result = match &d.purpose {
            Purpose::DialogueList => return self.dialogue_chosen(d),
            Purpose::NewDialogue | Purpose::EditDialogue { .. } => {
                let held_on = match typed_date(lang, d, 0) {
                    Ok(date) => date,
                    Err((text, field)) => return self.dialog_refused(text, Some(field)),
                };
                let Some(region) = Region::from_code(&d.value(3)) else {
                    return self
                        .dialog_refused(lang.y(CycleMsg::NothingSelected).to_string(), Some(3));
                };
                let edit = DialogueEdit {
                    held_on,
                    title: d.value(1),
                    place: d.value(2),
                    region,
                    national: d.value(4) == NATIONAL,
                    note: d.value(5),
                };
                let label = format!(
                    "{} {}",
                    held_on.map(|h| lang.date(h)).unwrap_or_default(),
                    edit.title.trim()
                );
                match d.purpose {
                    Purpose::EditDialogue { id, version } => self
                        .store
                        .update_dialogue_event(id, version, &edit)
                        .map(|()| lang.of(ObligMsg::EventSaved, &[&label])),
                    _ => self
                        .store
                        .insert_dialogue_event(&edit)
                        .map(|_| lang.of(ObligMsg::EventAdded, &[&label])),
                }
            }
            Purpose::DeleteDialogue { id, version, name } => self
                .store
                .delete_dialogue_event(*id, *version)
                .map(|()| lang.of(ObligMsg::EventDeleted, &[name])),
            _ => return,
        };
        self.finish_obligation(d, result);
    }

    fn dialogue_chosen(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let Some((event, action)) = self.list_choice(d, "dialogue_list", |store, id| {
            store.dialogue_event(id).ok()
        }) else {
            return;
        };
        match action.as_str() {
            DELETE => {
                let name = event_label(lang, &event);
                let title = lang.of(ObligMsg::ConfirmDeleteEvent, &[&name]);
                let purpose = Purpose::DeleteDialogue {
                    id: event.id,
                    version: event.version,
                    name,
                };
                self.open_dialog(title, purpose, Vec::new());
            }
            HISTORY => self.show_history(HistoryTarget::DialogueEvent(event.id)),
            _ => self.open_edit_dialogue(&event),
        }
    }
}

/// The fields of a new or changed event: date, title, place, region, scope, note.
fn dialogue_fields(lang: crate::i18n::Lang, e: &DialogueEdit) -> Vec<DialogField> {
    let scopes = vec![
        (NATIONAL.to_string(), lang.o(ObligMsg::National).to_string()),
        (REGIONAL.to_string(), lang.o(ObligMsg::Regional).to_string()),
    ];
    vec![
        DialogField::text(
            ObligMsg::FieldDate,
            e.held_on.map(date_text).unwrap_or_default(),
        ),
        DialogField::text(ObligMsg::FieldTitle, &e.title),
        DialogField::text(ObligMsg::FieldPlace, &e.place),
        DialogField::choice(CycleMsg::FieldRegion, regions(), e.region.code()),
        DialogField::choice(
            ObligMsg::FieldScope,
            scopes,
            if e.national { NATIONAL } else { REGIONAL },
        ),
        DialogField::text(CycleMsg::FieldNote, &e.note),
    ]
}
