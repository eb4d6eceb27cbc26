//! Fornyelser's dialogs for what a row records beside its decision: a regional
//! competence service's 5-yearly evaluation (`b`: date, outcome, note; the next falls
//! due 5 years after it) and a national competence service's yearly grant (`n`: year
//! and MNOK, at most 4).

use chrono::Datelike;
use strum::IntoEnumIterator;

use super::dialog::{DialogField, DialogState, Purpose};
use super::lists::store_error_text;
use super::state::App;
use crate::domain::{Code, EvaluationOutcome, parse_date_input};
use crate::i18n::{CycleMsg, RenewalMsg, outcome_label};
use crate::store::RenewalRow;

/// A text field labelled with a Fornyelser text.
fn text_field(label: RenewalMsg, value: impl Into<String>) -> DialogField {
    let mut field = DialogField::text(CycleMsg::FieldNote, value);
    field.label = label.pair();
    field
}

/// An amount as typed: decimal comma or point, spaces ignored.
fn amount(text: &str) -> Option<f64> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    cleaned.replace(',', ".").parse::<f64>().ok()
}

impl App {
    /// `b` on a regional competence service: record an evaluation held today or before.
    pub(super) fn open_evaluation(&mut self, row: &RenewalRow) {
        let lang = self.state.lang;
        let outcomes = EvaluationOutcome::iter()
            .map(|o| (o.code().to_string(), outcome_label(lang, o).to_string()))
            .collect();
        let mut outcome = DialogField::choice(CycleMsg::FieldOutcome, outcomes, "viderefores");
        outcome.label = RenewalMsg::FieldEvaluationOutcome.pair();
        let fields = vec![
            text_field(
                RenewalMsg::FieldEvaluated,
                self.state.today.format("%d.%m.%Y").to_string(),
            ),
            outcome,
            DialogField::text(CycleMsg::FieldNote, ""),
        ];
        let title = lang.rf(RenewalMsg::EvaluationOf, &[&row.unit]);
        self.open_dialog(title, Purpose::Evaluation { unit: row.unit_id }, fields);
    }

    /// `n` on a competence service's term: its grant for this year (the amount shown
    /// is this year's, else the latest recorded).
    pub(super) fn open_grant(&mut self, row: &RenewalRow) {
        let lang = self.state.lang;
        let year = self.state.today.year();
        let this_year = match self.store.unit_grant(row.unit_id, year) {
            Ok(g) => g,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let shown = match &this_year {
            Some(g) => Some(g.mnok),
            None => self
                .store
                .latest_unit_grant(row.unit_id)
                .ok()
                .flatten()
                .map(|g| g.mnok),
        };
        let fields = vec![
            text_field(RenewalMsg::FieldYear, year.to_string()),
            text_field(
                RenewalMsg::FieldGrant,
                shown.map(|m| lang.number(m, 1)).unwrap_or_default(),
            ),
        ];
        let purpose = Purpose::Grant {
            unit: row.unit_id,
            year,
            version: this_year.map_or(0, |g| g.version),
        };
        let title = lang.rf(RenewalMsg::GrantOf, &[&row.unit]);
        self.open_dialog(title, purpose, fields);
    }

    /// Saves an evaluation or a grant dialog.
    pub(super) fn save_renewal_record(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let today = self.state.today;
        let result = match d.purpose {
            Purpose::Evaluation { unit } => {
                let Some(on) = parse_date_input(&d.value(0)) else {
                    let (text, name) = (d.value(0), lang.pick(d.fields[0].label));
                    return self
                        .dialog_refused(lang.yf(CycleMsg::BadDate, &[&text, &name]), Some(0));
                };
                let Some(outcome) = EvaluationOutcome::from_code(&d.value(1)) else {
                    return;
                };
                self.store
                    .record_evaluation(unit, on, outcome, &d.value(2), today)
                    .map(|_| lang.y(CycleMsg::Saved).to_string())
            }
            Purpose::Grant {
                unit,
                year: shown,
                version,
            } => {
                let Ok(year) = d.value(0).trim().parse::<i32>() else {
                    return self
                        .dialog_refused(lang.rf(RenewalMsg::BadYear, &[&d.value(0)]), Some(0));
                };
                let Some(mnok) = amount(&d.value(1)) else {
                    return self
                        .dialog_refused(lang.rf(RenewalMsg::BadAmount, &[&d.value(1)]), Some(1));
                };
                // Another year than the one shown: that year's row as it is now.
                let version = if year == shown {
                    version
                } else {
                    match self.store.unit_grant(unit, year) {
                        Ok(g) => g.map_or(0, |g| g.version),
                        Err(e) => return self.dialog_refused(store_error_text(lang, &e), None),
                    }
                };
                self.store
                    .set_unit_grant(unit, year, mnok, version)
                    .map(|_| lang.y(CycleMsg::Saved).to_string())
            }
            _ => return,
        };
        match result {
            Ok(message) => self.dialog_saved(message),
            Err(e) => {
                let field = match (&d.purpose, &e) {
                    (Purpose::Grant { .. }, crate::store::StoreError::Refused(_)) => Some(1),
                    (Purpose::Evaluation { .. }, crate::store::StoreError::Refused(_)) => Some(0),
                    _ => None,
                };
                self.dialog_refused(store_error_text(lang, &e), field);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::amount;

    #[test]
    fn amounts_take_a_comma_or_a_point() {
        assert_eq!(amount("2,5"), Some(2.5));
        assert_eq!(amount(" 3.75 "), Some(3.75));
        assert_eq!(amount("1 000,5"), Some(1000.5));
        assert_eq!(amount("to"), None);
    }
}
