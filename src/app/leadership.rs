//! The leadership periods on screen, from any pane (the palette, `P` and `N`): which
//! region leads the working group when. Everything goes through the shared dialog:
//!
//! - `leadership` opens the list: pick a period, then change it, delete it (asked
//!   first) or see its history; with none recorded it opens a new one;
//! - `new_leadership` opens a new period, prefilled with the day after the last period
//!   ends, two years and the next region in the rotation;
//! - saving asks the store, which refuses a gap, an overlap or an end before the start
//!   with a sentence; the dialog keeps what was typed. Moving a day of hand-over moves
//!   the neighbouring period with it, and the message says so.
//!
//! Store calls: `leadership_periods`, `leadership_period`, `leading_region_on`,
//! `insert_leadership_period`, `update_leadership_period`, `delete_leadership_period`.

use chrono::{Datelike, Months, NaiveDate};
use strum::IntoEnumIterator;

use super::dialog::list_action::{DELETE, EDIT, HISTORY};
use super::dialog::{DialogField, DialogState, Purpose};
use super::lists::store_error_text;
use super::state::App;
use crate::domain::{Code, Region, next_in_rotation, parse_date_input};
use crate::i18n::{CycleMsg, LeadMsg, period_label};
use crate::store::{HistoryTarget, LeadershipEdit, LeadershipPeriod, StoreError};

/// A date field's text: dd.mm.yyyy.
fn date_text(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

fn regions() -> Vec<(String, String)> {
    Region::iter()
        .map(|r| (r.code().to_string(), r.code().to_string()))
        .collect()
}

impl App {
    /// The list of leadership periods, on period `selected` (else the one covering
    /// today, else the last). With none recorded, the new-period dialog instead.
    pub(super) fn open_leadership_list(&mut self, selected: Option<i64>) {
        let lang = self.state.lang;
        let periods = match self.store.leadership_periods() {
            Ok(p) => p,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        if periods.is_empty() {
            self.open_new_leadership();
            return self.state.inform(lang.l(LeadMsg::NonePeriods));
        }
        let today = self.state.today;
        let chosen = selected
            .filter(|id| periods.iter().any(|p| p.id == *id))
            .or_else(|| periods.iter().find(|p| p.covers(today)).map(|p| p.id))
            .or_else(|| periods.last().map(|p| p.id))
            .unwrap_or_default();
        let options = periods
            .iter()
            .map(|p| {
                let mut label = period_label(lang, p);
                if !p.decision.is_empty() {
                    label = format!("{label} · {}", p.decision);
                }
                (p.id.to_string(), label)
            })
            .collect();
        let actions = vec![
            (EDIT.to_string(), lang.l(LeadMsg::DoEdit).to_string()),
            (DELETE.to_string(), lang.l(LeadMsg::DoDelete).to_string()),
            (HISTORY.to_string(), lang.l(LeadMsg::DoHistory).to_string()),
        ];
        let fields = vec![
            DialogField::choice(LeadMsg::FieldPeriod, options, &chosen.to_string()),
            DialogField::choice(LeadMsg::FieldDo, actions, EDIT),
        ];
        let title = lang.l(LeadMsg::ListTitle).to_string();
        self.open_dialog(title, Purpose::LeadershipList, fields);
        // The period asked for wins over a draft of the list left earlier.
        if let (Some(id), Some(dialog)) = (selected, self.state.dialog_mut())
            && let Some(field) = dialog.fields.first_mut()
            && periods.iter().any(|p| p.id == id)
        {
            field.value = id.to_string();
        }
    }

    /// A new leadership period: from the day after the last one ends (else 1 January
    /// this year), for two years, by the next region in the rotation.
    pub(super) fn open_new_leadership(&mut self) {
        let lang = self.state.lang;
        let today = self.state.today;
        let last = self
            .store
            .leadership_periods()
            .ok()
            .and_then(|p| p.into_iter().last());
        let starts_on = last
            .as_ref()
            .and_then(|p| p.ends_on.succ_opt())
            .or_else(|| NaiveDate::from_ymd_opt(today.year(), 1, 1))
            .unwrap_or(today);
        let ends_on = starts_on
            .checked_add_months(Months::new(24))
            .and_then(|d| d.pred_opt())
            .unwrap_or(starts_on);
        let region = match &last {
            Some(p) => next_in_rotation(p.region),
            None => self
                .store
                .leading_region_on(today)
                .ok()
                .flatten()
                .unwrap_or(Region::Hv),
        };
        let edit = LeadershipEdit {
            region,
            starts_on,
            ends_on,
            decision: String::new(),
            note: String::new(),
        };
        let title = lang.l(LeadMsg::NewTitle).to_string();
        self.open_dialog(title, Purpose::NewLeadership, leadership_fields(&edit));
    }

    fn open_edit_leadership(&mut self, p: &LeadershipPeriod) {
        let lang = self.state.lang;
        let edit = LeadershipEdit {
            region: p.region,
            starts_on: p.starts_on,
            ends_on: p.ends_on,
            decision: p.decision.clone(),
            note: p.note.clone(),
        };
        let title = lang.lead(LeadMsg::EditTitle, &[&period_label(lang, p)]);
        let purpose = Purpose::EditLeadership {
            id: p.id,
            version: p.version,
        };
        self.open_dialog(title, purpose, leadership_fields(&edit));
    }

    /// Enter in a leadership dialog.
    pub(super) fn save_leadership_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let result = match &d.purpose {
            Purpose::LeadershipList => return self.leadership_chosen(d),
            Purpose::NewLeadership | Purpose::EditLeadership { .. } => {
                let edit = match self.typed_leadership(d) {
                    Ok(edit) => edit,
                    Err((text, field)) => return self.dialog_refused(text, Some(field)),
                };
                let label = |e: &LeadershipEdit| {
                    period_label(
                        lang,
                        &LeadershipPeriod {
                            id: 0,
                            region: e.region,
                            starts_on: e.starts_on,
                            ends_on: e.ends_on,
                            decision: String::new(),
                            note: String::new(),
                            version: 0,
                        },
                    )
                };
                match d.purpose {
                    Purpose::EditLeadership { id, version } => self
                        .store
                        .update_leadership_period(id, version, &edit)
                        .map(|moved| {
                            let mut text = lang.lead(LeadMsg::Saved, &[&label(&edit)]);
                            for p in &moved {
                                text.push_str(
                                    &lang.lead(LeadMsg::Moved, &[&period_label(lang, p)]),
                                );
                            }
                            text
                        }),
                    _ => self
                        .store
                        .insert_leadership_period(&edit)
                        .map(|_| lang.lead(LeadMsg::Added, &[&label(&edit)])),
                }
            }
            Purpose::DeleteLeadership { id, version, name } => self
                .store
                .delete_leadership_period(*id, *version)
                .map(|()| lang.lead(LeadMsg::Deleted, &[name])),
            _ => return,
        };
        // A refusal about the dates puts the cursor on the start.
        let saved = self.dialog_write_result(result, Self::refresh_leadership_version, |e| {
            matches!(e, StoreError::Refused(_)).then_some(1)
        });
        if saved {
            self.state.leading = super::state::leading_code(&self.store, self.state.today);
        }
    }

    /// The list dialog's Enter: the chosen period changed, deleted or its history.
    fn leadership_chosen(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let Some((period, action)) = self.list_choice(d, "leadership_list", |store, id| {
            store.leadership_period(id).ok()
        }) else {
            return;
        };
        match action.as_str() {
            DELETE => {
                let name = period_label(lang, &period);
                let title = lang.lead(LeadMsg::ConfirmDelete, &[&name]);
                let purpose = Purpose::DeleteLeadership {
                    id: period.id,
                    version: period.version,
                    name,
                };
                self.open_dialog(title, purpose, Vec::new());
            }
            HISTORY => self.show_history(HistoryTarget::Leadership(period.id)),
            _ => self.open_edit_leadership(&period),
        }
    }

    /// The new or changed period as typed; a missing or impossible date names its field.
    fn typed_leadership(&self, d: &DialogState) -> Result<LeadershipEdit, (String, usize)> {
        let lang = self.state.lang;
        let date = |i: usize| -> Result<NaiveDate, (String, usize)> {
            let text = d.value(i);
            let name = d
                .fields
                .get(i)
                .map(|f| lang.pick(f.label))
                .unwrap_or_default();
            if text.is_empty() {
                return Err((lang.lead(LeadMsg::NeedDate, &[&name]), i));
            }
            parse_date_input(&text).ok_or_else(|| (lang.yf(CycleMsg::BadDate, &[&text, &name]), i))
        };
        let region = Region::from_code(&d.value(0))
            .ok_or_else(|| (lang.y(CycleMsg::NothingSelected).to_string(), 0))?;
        Ok(LeadershipEdit {
            region,
            starts_on: date(1)?,
            ends_on: date(2)?,
            decision: d.value(3),
            note: d.value(4),
        })
    }

    /// After a conflict: the dialog takes the period's version now, so Enter again
    /// saves over it knowingly.
    fn refresh_leadership_version(&mut self) {
        let Some(purpose) = self.state.dialog().map(|d| d.purpose.clone()) else {
            return;
        };
        let fresh = match purpose {
            Purpose::EditLeadership { id, .. } => {
                self.store
                    .leadership_period(id)
                    .ok()
                    .map(|p| Purpose::EditLeadership {
                        id,
                        version: p.version,
                    })
            }
            Purpose::DeleteLeadership { id, name, .. } => self
                .store
                .leadership_period(id)
                .ok()
                .map(|p| Purpose::DeleteLeadership {
                    id,
                    version: p.version,
                    name,
                }),
            _ => None,
        };
        if let (Some(fresh), Some(dialog)) = (fresh, self.state.dialog_mut()) {
            dialog.purpose = fresh;
        }
    }
}

/// The fields of a new or changed period: region, from, to, decision, note.
fn leadership_fields(e: &LeadershipEdit) -> Vec<DialogField> {
    vec![
        DialogField::choice(CycleMsg::FieldRegion, regions(), e.region.code()),
        DialogField::text(LeadMsg::FieldFrom, date_text(e.starts_on)),
        DialogField::text(LeadMsg::FieldTo, date_text(e.ends_on)),
        DialogField::text(LeadMsg::FieldDecision, &e.decision),
        DialogField::text(CycleMsg::FieldNote, &e.note),
    ]
}
