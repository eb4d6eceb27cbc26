//! Adding, editing and deleting contacts: a five-field form with checks that name the
//! field that is wrong, a versioned save (a concurrent change is shown, never
//! overwritten unasked), a draft kept when the form is closed, and a deletion that
//! says what the person is tied to before it removes them everywhere.

use crate::app::action::Action;
use crate::app::lists::store_error_text;
use crate::app::state::{App, ConfirmState, Focus, FormState};
use crate::domain::Region;
use crate::i18n::{Msg, code_label};
use crate::store::{ContactEdit, Row, StoreError};

/// Where the form's draft is kept: entity `contact`, the contact's id (0 for a new
/// one), this field name.
const DRAFT_FIELD: &str = "form";

const NAME: usize = 0;
const REGION: usize = 2;
const EMAIL: usize = 3;

impl App {
    /// Opens the form for the selected contact (`edit`) or for a new one, with the
    /// user's draft if one was left.
    pub(in crate::app) fn open_form(&mut self, edit: bool) {
        let lang = self.state.lang;
        let (id, version, mut fields) = if edit {
            let Some(Row::Contact(row)) = self.state.list().selected_row().cloned() else {
                return;
            };
            match self.store.contact(row.id) {
                Ok((c, version)) => (Some(row.id), version, fields_of(&c)),
                Err(e) => return self.state.warn(store_error_text(lang, &e)),
            }
        } else {
            (None, 0, Default::default())
        };
        let draft = self
            .store
            .load_draft("contact", id.unwrap_or(0), DRAFT_FIELD);
        if let Some(saved) = draft
            .ok()
            .flatten()
            .and_then(|d| serde_json::from_str::<[String; 5]>(&d).ok())
        {
            fields = saved;
            self.state.inform(lang.t(Msg::EditDraftRestored));
        }
        self.state.focus = Focus::Form(FormState {
            id,
            version,
            fields,
            focus: NAME,
            conflict: None,
        });
    }

    pub(in crate::app) fn update_form(&mut self, action: Action) {
        let Some(form) = self.state.form_mut() else {
            return;
        };
        match action {
            Action::MoveDown => form.focus = (form.focus + 1) % 5,
            Action::MoveUp => form.focus = (form.focus + 4) % 5,
            Action::Open => self.save_form(),
            Action::Back => self.close_form(),
            Action::Reload => self.reload_form(),
            _ => {}
        }
    }

    /// Checks the fields; on a problem, says which and moves to that field.
    fn checked(&mut self) -> Option<ContactEdit> {
        let lang = self.state.lang;
        let form = self.state.form_mut()?;
        let [name, organisation, region, email, phone] =
            form.fields.clone().map(|f| f.trim().to_string());
        let problem = if name.is_empty() {
            Some((NAME, lang.t(Msg::FormNameMissing).to_string()))
        } else if !region.is_empty() && Region::parse_loose(&region).is_none() {
            Some((REGION, lang.f(Msg::FormBadRegion, &[&region])))
        } else if !email.is_empty() && (!email.contains('@') || email.contains(char::is_whitespace))
        {
            Some((EMAIL, lang.f(Msg::FormBadEmail, &[&email])))
        } else {
            None
        };
        if let Some((field, text)) = problem {
            form.focus = field;
            self.state.warn(text);
            return None;
        }
        Some(ContactEdit {
            name,
            organisation,
            region: Region::parse_loose(&region),
            email,
            phone,
        })
    }

    fn save_form(&mut self) {
        let lang = self.state.lang;
        let Some(edit) = self.checked() else { return };
        let Some(form) = self.state.form().cloned() else {
            return;
        };
        let result = match form.id {
            None => self.store.insert_contact(&edit).map(|_| ()),
            Some(id) => {
                let version = form.conflict.as_ref().map_or(form.version, |c| c.2);
                self.store.update_contact(id, version, &edit).map(|_| ())
            }
        };
        match result {
            Ok(()) => {
                let _ = self
                    .store
                    .discard_draft("contact", form.id.unwrap_or(0), DRAFT_FIELD);
                self.state.focus = Focus::List;
                self.reload_list();
                self.state.inform(lang.t(Msg::EditSaved));
            }
            Err(StoreError::Conflict { by, at, id, .. }) => {
                let version = self
                    .store
                    .contact(id)
                    .map(|(_, v)| v)
                    .unwrap_or(form.version);
                let time = at.get(11..16).unwrap_or(&at).to_string();
                self.state.warn(lang.f(Msg::FormConflict, &[&by, &time]));
                if let Some(f) = self.state.form_mut() {
                    f.conflict = Some((by, time, version));
                }
            }
            Err(e) => self.state.warn(store_error_text(lang, &e)),
        }
    }

    /// After a conflict: load what is saved now, replacing what was typed.
    fn reload_form(&mut self) {
        let Some(form) = self.state.form_mut() else {
            return;
        };
        let (Some(id), Some(_)) = (form.id, form.conflict.as_ref()) else {
            return;
        };
        if let Ok((c, version)) = self.store.contact(id) {
            form.fields = fields_of(&c);
            form.version = version;
            form.conflict = None;
            self.state.inform(self.state.lang.t(Msg::EditTookTheirs));
        }
    }

    /// Closes the form; what was typed is kept as a draft when it differs.
    fn close_form(&mut self) {
        let lang = self.state.lang;
        let Focus::Form(form) = self.state.take_focus() else {
            return;
        };
        let saved = match form.id {
            Some(id) => self
                .store
                .contact(id)
                .map(|(c, _)| fields_of(&c))
                .unwrap_or_default(),
            None => Default::default(),
        };
        let key = form.id.unwrap_or(0);
        if form.fields != saved {
            let text = serde_json::Value::from(form.fields.to_vec()).to_string();
            match self.store.save_draft("contact", key, DRAFT_FIELD, &text) {
                Ok(()) => self.state.inform(lang.t(Msg::EditDraftKept)),
                Err(e) => self.state.warn(store_error_text(lang, &e)),
            }
        } else {
            let _ = self.store.discard_draft("contact", key, DRAFT_FIELD);
        }
    }

    /// Asks before deleting the selected contact, saying what they are tied to.
    pub(in crate::app) fn ask_delete(&mut self) {
        let lang = self.state.lang;
        let Some(Row::Contact(row)) = self.state.list().selected_row().cloned() else {
            return;
        };
        let (version, ties) = match (self.store.contact(row.id), self.store.contact_ties(row.id)) {
            (Ok((_, v)), Ok(t)) => (v, t),
            (Err(e), _) | (_, Err(e)) => return self.state.warn(store_error_text(lang, &e)),
        };
        let summary = if ties.is_empty() {
            lang.t(Msg::TiesNone).to_string()
        } else {
            let mut names: Vec<String> = ties.iter().map(|t| code_label(lang, &t.role)).collect();
            names.dedup();
            lang.f(Msg::TiesCount, &[&ties.len(), &names.join(", ")])
        };
        let question = lang.f(Msg::ConfirmDelete, &[&row.name, &summary]);
        self.state.focus = Focus::Confirm(ConfirmState {
            id: row.id,
            version,
            name: row.name,
            question,
        });
    }

    pub(in crate::app) fn update_confirm(&mut self, action: Action) {
        let lang = self.state.lang;
        match action {
            Action::Open => {
                let Focus::Confirm(c) = self.state.take_focus() else {
                    return;
                };
                match self.store.delete_contact(c.id, c.version) {
                    Ok(()) => {
                        self.state.lists[self.state.pane.index()]
                            .marked
                            .remove(&c.id);
                        self.reload_list();
                        self.state.inform(lang.f(Msg::Deleted, &[&c.name]));
                    }
                    Err(e) => self.state.warn(store_error_text(lang, &e)),
                }
            }
            Action::Back => {
                self.state.focus = Focus::List;
            }
            _ => {}
        }
    }
}

fn fields_of(c: &ContactEdit) -> [String; 5] {
    use crate::domain::Code;
    [
        c.name.clone(),
        c.organisation.clone(),
        c.region.map(|r| r.code().to_string()).unwrap_or_default(),
        c.email.clone(),
        c.phone.clone(),
    ]
}
