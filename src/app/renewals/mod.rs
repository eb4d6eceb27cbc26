//! Fornyelser, renewals and term ends: the quality and competence networks in their
//! five-year periods (the RHFs' decision in year 5 and 6), the competence services at
//! the end of their term (the phase-out assessment and IRF's answer), the regional
//! competence services' five-yearly evaluation, and the money view (the grants per
//! region, the 2–4 % set aside).
//!
//! - here: the room's actions on its rows: the renewal decision on a network (`b`:
//!   renewed with the next period, or ended) and its members (`n` adds, `d` takes out:
//!   the network's reference group, with the dialogs of `units`), the phase-out
//!   assessment (`e`), IRF's answer to it (`b`), a service's grant (`n`), a regional
//!   service's evaluation (`b`), and drafting the IRF case (`c`: a renewal or phase-out
//!   case linked to the unit); in the money view, `n` on a region's line sets one of its
//!   services' grants;
//! - `records`: the grant and evaluation dialogs.
//!
//! Store calls: `network`, `record_renewal`, `phase_out`, `save_phase_out`,
//! `record_phase_out_answer`, `unit_grant`, `latest_unit_grant`, `set_unit_grant`,
//! `competence_services`, `record_evaluation`, `insert_case` (the drafted case).

mod records;

use strum::IntoEnumIterator;

use super::action::Action;
use super::dialog::{DialogField, DialogState, Purpose};
use super::lists::store_error_text;
use super::state::App;
use super::update::Handled;
use crate::domain::{
    CaseType, Code, IrfAnswer, PhaseOutOutcome, UnitKind, next_period, parse_date_input,
    parse_decimal,
};
use crate::i18n::{CaseMsg, CycleMsg, RenewalMsg, code_label};
use crate::store::{CaseEdit, ListKind, PhaseOutEdit, RenewalDecision, RenewalRow, Row};

/// The "renewed" and "ended" choices of a renewal decision.
const RENEWED: &str = "fornyet";
const ENDED: &str = "avsluttet";

/// Fornyelser's own actions (see the module doc).
pub(super) fn handle(app: &mut App, action: Action) -> Handled {
    app.renewal_action(action).into()
}

/// Re-reads what Fornyelser shows: the list of its view, on the same record.
pub(super) fn refresh(app: &mut App) -> bool {
    app.reload_keeping_selection()
}

impl App {
    /// The Fornyelser actions; returns false when `action` is not one of them here.
    pub(super) fn renewal_action(&mut self, action: Action) -> bool {
        if self.state.list().kind == ListKind::Money && action == Action::New {
            match self.state.list().selected_row() {
                Some(Row::Money(m)) => match m.region {
                    Some(region) => self.open_service_grant(region),
                    None => self
                        .state
                        .inform(self.state.lang.r(RenewalMsg::ChooseRegion)),
                },
                _ => return false,
            }
            return true;
        }
        if self.state.list().kind != ListKind::Renewals {
            return false;
        }
        let Some(Row::Renewal(row)) = self.state.list().selected_row().cloned() else {
            return false;
        };
        let regional = !row.is_network && row.kind == UnitKind::RegionalCompetence;
        let lang = self.state.lang;
        match (action, row.is_network) {
            (Action::Decide, _) if regional => self.open_evaluation(&row),
            (Action::DraftCase, _) if regional => {
                self.state.inform(lang.r(RenewalMsg::NoCaseForEvaluation));
            }
            (Action::New, _) if regional => self.state.inform(lang.r(RenewalMsg::NothingToAdd)),
            (Action::Edit, _) if regional => return false,
            (Action::Decide, true) => self.open_renewal_decision(&row),
            (Action::New, true) => {
                let title = lang.rf(RenewalMsg::MemberOfNetwork, &[&row.unit]);
                self.open_add_member(row.unit_id, title);
            }
            (Action::Delete, true) => {
                let title = lang.rf(RenewalMsg::RemoveFromNetwork, &[&row.unit]);
                self.open_remove_member(row.unit_id, title);
            }
            // A service's reference group is kept in Tjenester.
            (Action::Delete, false) => self.state.inform(lang.r(RenewalMsg::GroupInUnits)),
            (Action::Edit, false) => self.open_phase_out(&row),
            (Action::Decide, false) => self.open_phase_out_answer(&row),
            (Action::New, false) => self.open_grant(&row),
            (Action::DraftCase, _) => self.draft_renewal_case(&row),
            _ => return false,
        }
        true
    }

    fn open_renewal_decision(&mut self, row: &RenewalRow) {
        let lang = self.state.lang;
        let network = match self.store.network(row.unit_id, self.state.today) {
            Ok(n) => n,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let Some(period) = network.current.clone() else {
            return self.state.inform(lang.y(CycleMsg::NothingSelected));
        };
        // The next period starts the day after this one ends and runs five years.
        let (next_start, next_end) = next_period(period.ends_on);
        let choices = vec![
            (RENEWED.to_string(), code_label(lang, RENEWED)),
            (ENDED.to_string(), code_label(lang, ENDED)),
        ];
        let fields = vec![
            DialogField::choice(CycleMsg::FieldDecision, choices, RENEWED),
            DialogField::text(
                CycleMsg::FieldStart,
                next_start.format("%d.%m.%Y").to_string(),
            ),
            DialogField::text(CycleMsg::FieldEnd, next_end.format("%d.%m.%Y").to_string()),
            DialogField::text(CycleMsg::FieldFrame, lang.number(period.frame_mnok, 1)),
            DialogField::text(CycleMsg::FieldNote, ""),
        ];
        let purpose = Purpose::Renewal {
            period: period.id,
            version: period.version,
        };
        let title = lang.kf(CaseMsg::RenewalOf, &[&network.name]);
        self.open_dialog(title, purpose, fields);
    }

    fn open_phase_out(&mut self, row: &RenewalRow) {
        let lang = self.state.lang;
        let current = match self.store.phase_out(row.unit_id) {
            Ok(p) => p,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let mut outcomes = vec![(String::new(), lang.k(CaseMsg::NotChosen).to_string())];
        outcomes.extend(
            PhaseOutOutcome::iter().map(|o| (o.code().to_string(), code_label(lang, o.code()))),
        );
        let (tasks, outcome, years, recommendation, version) = match &current {
            Some(p) => (
                p.tasks.clone(),
                p.outcome.map_or("", |o| o.code()),
                p.transition_years,
                p.recommendation.clone(),
                p.version,
            ),
            None => (String::new(), "", 0, String::new(), 0),
        };
        let fields = vec![
            DialogField::text(CycleMsg::FieldTasks, tasks),
            DialogField::choice(CycleMsg::FieldOutcome, outcomes, outcome),
            DialogField::text(CycleMsg::FieldTransition, years.to_string()),
            DialogField::text(CycleMsg::FieldRecommendation, recommendation),
        ];
        let purpose = Purpose::PhaseOut {
            unit: row.unit_id,
            version,
        };
        self.open_dialog(lang.kf(CaseMsg::PhaseOutOf, &[&row.unit]), purpose, fields);
    }

    fn open_phase_out_answer(&mut self, row: &RenewalRow) {
        let lang = self.state.lang;
        let Ok(Some(p)) = self.store.phase_out(row.unit_id) else {
            return self.state.inform(lang.k(CaseMsg::NoPhaseOut));
        };
        let answers = IrfAnswer::iter()
            .map(|a| (a.code().to_string(), code_label(lang, a.code())))
            .collect();
        let fields = vec![DialogField::choice(
            CycleMsg::FieldAnswer,
            answers,
            "stotter",
        )];
        let purpose = Purpose::PhaseOutAnswer {
            id: p.id,
            version: p.version,
        };
        self.open_dialog(lang.kf(CaseMsg::PhaseOutOf, &[&row.unit]), purpose, fields);
    }

    /// `c`: a renewal (network) or phase-out (competence service) case linked to the
    /// unit; it opens in Saker.
    fn draft_renewal_case(&mut self, row: &RenewalRow) {
        let lang = self.state.lang;
        let (case_type, title) = if row.is_network {
            (
                CaseType::NetworkRenewal,
                lang.kf(CaseMsg::RenewalCaseTitle, &[&row.unit]),
            )
        } else {
            (
                CaseType::PhaseOut,
                lang.kf(CaseMsg::PhaseOutCaseTitle, &[&row.unit]),
            )
        };
        let edit = CaseEdit {
            title,
            case_type,
            region: Some(row.region),
        };
        match self
            .store
            .insert_case(&edit, &[("unit", row.unit_id)], self.state.today)
        {
            Ok(id) => {
                let title = self.store.case_title(id).unwrap_or_default();
                self.jump_to(&crate::store::Hit {
                    kind: crate::store::SearchKind::Case,
                    id,
                    title: title.clone(),
                    score: 0,
                });
                self.state.inform(lang.yf(CycleMsg::CaseDrafted, &[&title]));
            }
            Err(e) => self.state.warn(store_error_text(lang, &e)),
        }
    }

    /// Saves a Fornyelser dialog.
    pub(super) fn save_renewal_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let today = self.state.today;
        let date = |i: usize| parse_date_input(&d.value(i));
        let result = match d.purpose {
            Purpose::Renewal { period, version } => {
                let decision = if d.value(0) == ENDED {
                    RenewalDecision::Ended
                } else {
                    let (Some(next_start), Some(next_end)) = (date(1), date(2)) else {
                        let at = if date(1).is_none() { 1 } else { 2 };
                        let (text, name) = (d.value(at), lang.pick(d.fields[at].label));
                        return self
                            .dialog_refused(lang.yf(CycleMsg::BadDate, &[&text, &name]), Some(at));
                    };
                    let Some(frame_mnok) = parse_decimal(&d.value(3)) else {
                        return self
                            .dialog_refused(lang.kf(CaseMsg::BadNumber, &[&d.value(3)]), Some(3));
                    };
                    RenewalDecision::Renewed {
                        next_start,
                        next_end,
                        frame_mnok,
                    }
                };
                self.store
                    .record_renewal(period, version, decision, &d.value(4), today)
                    .map(|_| lang.y(CycleMsg::Saved).to_string())
            }
            Purpose::PhaseOut { unit, version } => {
                let Ok(transition_years) = d.value(2).parse::<u32>() else {
                    return self
                        .dialog_refused(lang.kf(CaseMsg::BadNumber, &[&d.value(2)]), Some(2));
                };
                let edit = PhaseOutEdit {
                    tasks: d.value(0),
                    outcome: PhaseOutOutcome::from_code(&d.value(1)),
                    transition_years,
                    recommendation: d.value(3),
                };
                self.store
                    .save_phase_out(unit, version, &edit)
                    .map(|_| lang.y(CycleMsg::Saved).to_string())
            }
            Purpose::Evaluation { .. } | Purpose::Grant { .. } | Purpose::ServiceGrant { .. } => {
                return self.save_renewal_record(d);
            }
            Purpose::PhaseOutAnswer { id, version } => {
                let Some(answer) = IrfAnswer::from_code(&d.value(0)) else {
                    return;
                };
                self.store
                    .record_phase_out_answer(id, version, answer)
                    .map(|()| lang.y(CycleMsg::Saved).to_string())
            }
            _ => return,
        };
        match result {
            Ok(message) => self.dialog_saved(message),
            Err(e) => self.dialog_refused(store_error_text(lang, &e), None),
        }
    }
}
