//! The ERN memberships on screen, from any pane (the palette, `R` and `A`): which
//! networks Norway is in, through which HF and unit. Everything goes through the
//! shared dialog:
//!
//! - `ern` opens the list of every membership (by network, then HF): pick one, then
//!   change it, delete it (asked first) or see its unit's history, where its audit
//!   rows are;
//! - `new_ern` opens a new membership of the unit selected in Tjenester: network (typed),
//!   member HF (the unit's offered), status, status date (today offered), end,
//!   national coordinator (a contact) and a note;
//! - saving asks the store, which refuses an end before the status date or the same
//!   network twice for one unit and HF with a sentence; the dialog keeps what was typed.
//!   A network name outside the 24 is saved as typed, and the message asks "mente du
//!   …?" with the nearest known name. A stale version is a conflict.
//!
//! Store calls: `ern_memberships`, `ern_membership`, `health_trusts`,
//! `lookup_contacts`, `insert_ern_membership`, `update_ern_membership`,
//! `delete_ern_membership`.

use chrono::NaiveDate;

use super::dialog::list_action::{DELETE, EDIT, HISTORY};
use super::dialog::{DialogField, DialogState, Purpose};
use super::lists::store_error_text;
use super::state::{App, Pane};
use crate::domain::{Code, ErnStatus, known_ern, parse_date_input, short_name};
use crate::i18n::{CycleMsg, ErnMsg, ern_status_label};
use crate::store::{ContactQuery, ErnEdit, ErnMembership, HistoryTarget, Row, StoreError};

/// A date field's text: dd.mm.yyyy, or empty.
fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%d.%m.%Y").to_string())
        .unwrap_or_default()
}

/// A membership's label in the list: network · unit · HF.
fn membership_label(m: &ErnMembership) -> String {
    let mut label = format!("{} · {}", m.ern, short_name(&m.unit));
    if let Some(hf) = m.hf_name() {
        label = format!("{label} · {hf}");
    }
    label
}

impl App {
    /// The list of every ERN membership, on `selected` (else the first).
    pub(super) fn open_ern_list(&mut self, selected: Option<i64>) {
        let lang = self.state.lang;
        let all = match self.store.ern_memberships() {
            Ok(all) => all,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        if all.is_empty() {
            return self.state.inform(lang.ern(ErnMsg::NoneRecorded));
        }
        let chosen = selected
            .filter(|id| all.iter().any(|m| m.id == *id))
            .or_else(|| all.first().map(|m| m.id))
            .unwrap_or_default();
        let options = all
            .iter()
            .map(|m| (m.id.to_string(), membership_label(m)))
            .collect();
        let actions = vec![
            (EDIT.to_string(), lang.ern(ErnMsg::DoEdit).to_string()),
            (DELETE.to_string(), lang.ern(ErnMsg::DoDelete).to_string()),
            (HISTORY.to_string(), lang.ern(ErnMsg::DoHistory).to_string()),
        ];
        let fields = vec![
            DialogField::choice(ErnMsg::FieldMembership, options, &chosen.to_string()),
            DialogField::choice(ErnMsg::FieldDo, actions, EDIT),
        ];
        let title = lang.ern(ErnMsg::Heading).to_string();
        self.open_dialog(title, Purpose::ErnList, fields);
        if let (Some(id), Some(dialog)) = (selected, self.state.dialog_mut())
            && let Some(field) = dialog.fields.first_mut()
            && all.iter().any(|m| m.id == id)
        {
            field.value = id.to_string();
        }
    }

    /// A new membership of the unit selected in Tjenester.
    pub(super) fn open_new_ern(&mut self) {
        let lang = self.state.lang;
        let unit = match (self.state.pane, self.state.list().selected_row()) {
            (Pane::Units, Some(Row::Unit(u))) => Some((u.id, u.name.clone())),
            (Pane::Units, Some(Row::Breach(g))) => Some((g.unit_id, g.unit.clone())),
            _ => None,
        };
        let Some((unit_id, name)) = unit else {
            return self.state.inform(lang.ern(ErnMsg::PickUnit));
        };
        let hf = match self.store.lookup_unit(unit_id) {
            Ok(Some(u)) => u.hf,
            _ => None,
        };
        let trusts = self.store.health_trusts().unwrap_or_default();
        let hf_id = hf.and_then(|n| trusts.iter().find(|t| t.1 == n).map(|t| t.0));
        let edit = ErnEdit {
            ern: String::new(),
            unit_id,
            hf_id,
            status: ErnStatus::Full,
            starts_on: Some(self.state.today),
            ends_on: None,
            coordinator_id: None,
            note: String::new(),
        };
        let title = lang.ernf(ErnMsg::NewTitle, &[&short_name(&name)]);
        let fields = self.ern_fields(&edit);
        self.open_dialog(title, Purpose::NewErn { unit: unit_id }, fields);
    }

    fn open_edit_ern(&mut self, m: &ErnMembership) {
        let lang = self.state.lang;
        let edit = ErnEdit {
            ern: m.ern.clone(),
            unit_id: m.unit_id,
            hf_id: m.hf.as_ref().map(|h| h.0),
            status: m.status,
            starts_on: m.starts_on,
            ends_on: m.ends_on,
            coordinator_id: m.coordinator.as_ref().map(|c| c.0),
            note: m.note.clone(),
        };
        let title = lang.ernf(ErnMsg::EditTitle, &[&membership_label(m)]);
        let purpose = Purpose::EditErn {
            id: m.id,
            version: m.version,
            unit: m.unit_id,
        };
        let fields = self.ern_fields(&edit);
        self.open_dialog(title, purpose, fields);
    }

    /// The fields of a new or changed membership: network, HF, status, from, to,
    /// coordinator, note.
    fn ern_fields(&self, e: &ErnEdit) -> Vec<DialogField> {
        let lang = self.state.lang;
        let nobody = (String::new(), lang.ern(ErnMsg::Nobody).to_string());
        let trusts = std::iter::once(nobody.clone())
            .chain(
                self.store
                    .health_trusts()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(id, name, region)| {
                        (id.to_string(), format!("{name} ({})", region.code()))
                    }),
            )
            .collect();
        let statuses = ErnStatus::all()
            .into_iter()
            .map(|s| (s.code().to_string(), ern_status_label(lang, s).to_string()))
            .collect();
        let contacts = std::iter::once(nobody)
            .chain(
                self.store
                    .lookup_contacts(&ContactQuery::default())
                    .unwrap_or_default()
                    .into_iter()
                    .map(|c| (c.id.to_string(), c.name)),
            )
            .collect();
        let id_text = |id: Option<i64>| id.map(|i| i.to_string()).unwrap_or_default();
        vec![
            DialogField::text(ErnMsg::FieldErn, &e.ern),
            DialogField::choice(ErnMsg::FieldHf, trusts, &id_text(e.hf_id)),
            DialogField::choice(ErnMsg::FieldStatus, statuses, e.status.code()),
            DialogField::text(ErnMsg::FieldFrom, date_text(e.starts_on)),
            DialogField::text(ErnMsg::FieldTo, date_text(e.ends_on)),
            DialogField::choice(
                ErnMsg::FieldCoordinator,
                contacts,
                &id_text(e.coordinator_id),
            ),
            DialogField::text(ErnMsg::FieldNote, &e.note),
        ]
    }

    /// Enter in an ERN dialog.
    pub(super) fn save_ern_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let result = match &d.purpose {
            Purpose::ErnList => return self.ern_chosen(d),
            Purpose::NewErn { unit } | Purpose::EditErn { unit, .. } => {
                let edit = match self.typed_ern(d, *unit) {
                    Ok(edit) => edit,
                    Err((text, field)) => return self.dialog_refused(text, Some(field)),
                };
                let name = edit.stored_name();
                let saved = match d.purpose {
                    Purpose::EditErn { id, version, .. } => self
                        .store
                        .update_ern_membership(id, version, &edit)
                        .map(|()| lang.ernf(ErnMsg::Saved, &[&name])),
                    _ => self
                        .store
                        .insert_ern_membership(&edit)
                        .map(|_| lang.ernf(ErnMsg::Added, &[&name])),
                };
                saved.map(|mut text| {
                    if let Err(suggestion) = known_ern(&name) {
                        let shown = crate::ui::sanitize(&name);
                        text.push(' ');
                        text.push_str(&match suggestion {
                            Some(s) => lang.ernf(ErnMsg::UnknownNear, &[&shown, &s]),
                            None => lang.ernf(ErnMsg::Unknown, &[&shown]),
                        });
                    }
                    text
                })
            }
            Purpose::DeleteErn { id, version, name } => self
                .store
                .delete_ern_membership(*id, *version)
                .map(|()| lang.ernf(ErnMsg::Deleted, &[name])),
            _ => return,
        };
        self.dialog_write_result(result, Self::refresh_ern_version, |e| {
            matches!(e, StoreError::Refused(_)).then_some(0)
        });
    }

    /// The list dialog's Enter: the chosen membership changed, deleted or its history.
    fn ern_chosen(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let Some((m, action)) =
            self.list_choice(d, "ern_list", |store, id| store.ern_membership(id).ok())
        else {
            return;
        };
        match action.as_str() {
            DELETE => {
                let name = membership_label(&m);
                let title = lang.ernf(ErnMsg::ConfirmDelete, &[&name]);
                let purpose = Purpose::DeleteErn {
                    id: m.id,
                    version: m.version,
                    name,
                };
                self.open_dialog(title, purpose, Vec::new());
            }
            HISTORY => self.show_history(HistoryTarget::Unit(m.unit_id)),
            _ => self.open_edit_ern(&m),
        }
    }

    /// The membership as typed; an impossible date names its field.
    fn typed_ern(&self, d: &DialogState, unit: i64) -> Result<ErnEdit, (String, usize)> {
        let lang = self.state.lang;
        let date = |i: usize| -> Result<Option<NaiveDate>, (String, usize)> {
            let text = d.value(i);
            if text.is_empty() {
                return Ok(None);
            }
            let name = d
                .fields
                .get(i)
                .map(|f| lang.pick(f.label))
                .unwrap_or_default();
            parse_date_input(&text)
                .map(Some)
                .ok_or_else(|| (lang.ernf(ErnMsg::BadDate, &[&text, &name]), i))
        };
        let id = |i: usize| d.value(i).parse::<i64>().ok();
        let status = ErnStatus::from_code(&d.value(2))
            .ok_or_else(|| (lang.y(CycleMsg::NothingSelected).to_string(), 2))?;
        Ok(ErnEdit {
            ern: d.value(0),
            unit_id: unit,
            hf_id: id(1),
            status,
            starts_on: date(3)?,
            ends_on: date(4)?,
            coordinator_id: id(5),
            note: d.value(6),
        })
    }

    /// After a conflict: the dialog takes the membership's version now, so Enter again
    /// saves over it knowingly.
    fn refresh_ern_version(&mut self) {
        let Some(purpose) = self.state.dialog().map(|d| d.purpose.clone()) else {
            return;
        };
        let fresh = match purpose {
            Purpose::EditErn { id, unit, .. } => {
                self.store
                    .ern_membership(id)
                    .ok()
                    .map(|m| Purpose::EditErn {
                        id,
                        version: m.version,
                        unit,
                    })
            }
            Purpose::DeleteErn { id, name, .. } => {
                self.store
                    .ern_membership(id)
                    .ok()
                    .map(|m| Purpose::DeleteErn {
                        id,
                        version: m.version,
                        name,
                    })
            }
            _ => None,
        };
        if let (Some(fresh), Some(dialog)) = (fresh, self.state.dialog_mut()) {
            dialog.purpose = fresh;
        }
    }
}
