//! Fornyelser's dialogs for what a row records beside its decision: a regional
//! competence service's 5-yearly evaluation (`b`: date, outcome, note; the next falls
//! due 5 years after it) and a national competence service's yearly grant (`n` on its
//! row: year and MNOK, above 4 flagged for a new service; `n` on a region's line of the money view: the
//! service chosen among the region's, so those without a term get theirs too).

use chrono::Datelike;
use strum::IntoEnumIterator;

use crate::app::dialog::{DialogField, DialogState, Purpose};
use crate::app::lists::store_error_text;
use crate::app::state::App;
use crate::domain::{Code, EvaluationOutcome, Region, parse_date_input, parse_decimal, short_name};
use crate::i18n::{CycleMsg, RenewalMsg, outcome_label};
use crate::store::{RenewalRow, StoreError};

impl App {
    /// `b` on a regional competence service: record an evaluation held today or before.
    pub(in crate::app) fn open_evaluation(&mut self, row: &RenewalRow) {
        let lang = self.state.lang;
        let outcomes = EvaluationOutcome::iter()
            .map(|o| (o.code().to_string(), outcome_label(lang, o).to_string()))
            .collect();
        let outcome =
            DialogField::choice(RenewalMsg::FieldEvaluationOutcome, outcomes, "viderefores");
        let fields = vec![
            DialogField::text(
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
    pub(in crate::app) fn open_grant(&mut self, row: &RenewalRow) {
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
            DialogField::text(RenewalMsg::FieldYear, year.to_string()),
            DialogField::text(
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

    /// `n` on a region's line of the money view: the grant of one of the region's
    /// national competence services (chosen with ←/→), for a year.
    pub(in crate::app) fn open_service_grant(&mut self, region: Region) {
        let lang = self.state.lang;
        let services = match self.store.competence_services(region) {
            Ok(s) => s,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        if services.is_empty() {
            return self.state.inform(lang.r(RenewalMsg::NoServices));
        }
        let choices: Vec<(String, String)> = services
            .iter()
            .map(|(id, name)| (id.to_string(), short_name(name).into_owned()))
            .collect();
        let first = choices[0].0.clone();
        let mut service = DialogField::choice(CycleMsg::FieldName, choices, &first);
        service.label = RenewalMsg::FieldService.pair();
        let fields = vec![
            service,
            DialogField::text(RenewalMsg::FieldYear, self.state.today.year().to_string()),
            DialogField::text(RenewalMsg::FieldGrant, ""),
        ];
        let title = lang.rf(RenewalMsg::GrantOf, &[&region.name()]);
        self.open_dialog(title, Purpose::ServiceGrant { region }, fields);
    }

    /// The year and amount typed in fields `at` and `at + 1`; a refusal naming the
    /// field (and `None`) when either is not a number.
    fn grant_input(&mut self, d: &DialogState, at: usize) -> Option<(i32, f64)> {
        let lang = self.state.lang;
        let Ok(year) = d.value(at).trim().parse::<i32>() else {
            self.dialog_refused(lang.rf(RenewalMsg::BadYear, &[&d.value(at)]), Some(at));
            return None;
        };
        let Some(mnok) = parse_decimal(&d.value(at + 1)) else {
            let text = lang.rf(RenewalMsg::BadAmount, &[&d.value(at + 1)]);
            self.dialog_refused(text, Some(at + 1));
            return None;
        };
        Some((year, mnok))
    }

    /// Saves grant `mnok` of unit `unit` for `year`, the row read at `version` (0: the
    /// dialog showed no row for that year). A row the dialog did not show, or one
    /// changed since, is not overwritten: the refusal names its amount and who wrote it.
    fn save_grant(&mut self, unit: i64, year: i32, mnok: f64, version: i64, year_at: usize) {
        let lang = self.state.lang;
        match self.store.set_unit_grant(unit, year, mnok, version) {
            Ok(_) => self.dialog_saved(lang.y(CycleMsg::Saved).to_string()),
            Err(StoreError::Conflict { by, at, .. }) => {
                let amount = match self.store.unit_grant(unit, year) {
                    Ok(Some(g)) => lang.number(g.mnok, 1),
                    _ => String::from("?"),
                };
                let at = at.get(..10).unwrap_or(&at);
                let text = lang.rf(
                    RenewalMsg::GrantAlreadyRecorded,
                    &[&year, &amount, &by, &at],
                );
                self.dialog_refused(text, Some(year_at));
            }
            Err(e) => {
                let field = matches!(e, StoreError::Refused(_)).then_some(year_at + 1);
                self.dialog_refused(store_error_text(lang, &e), field);
            }
        }
    }

    /// Saves an evaluation or a grant dialog.
    pub(in crate::app) fn save_renewal_record(&mut self, d: &DialogState) {
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
                let Some((year, mnok)) = self.grant_input(d, 0) else {
                    return;
                };
                // Another year than the one shown: the dialog showed no row for it.
                let version = if year == shown { version } else { 0 };
                return self.save_grant(unit, year, mnok, version, 0);
            }
            Purpose::ServiceGrant { .. } => {
                let Ok(unit) = d.value(0).parse::<i64>() else {
                    return;
                };
                let Some((year, mnok)) = self.grant_input(d, 1) else {
                    return;
                };
                // The service is chosen in the dialog, which shows no amount: a row
                // already there for that year is not overwritten from here.
                return self.save_grant(unit, year, mnok, 0, 1);
            }
            _ => return,
        };
        match result {
            Ok(message) => self.dialog_saved(message),
            Err(e) => {
                let field = matches!(e, StoreError::Refused(_)).then_some(0);
                self.dialog_refused(store_error_text(lang, &e), field);
            }
        }
    }
}
