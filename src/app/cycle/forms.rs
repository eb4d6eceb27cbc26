//! The Årshjul dialogs: adding and editing an application or a milestone, deleting a
//! milestone, a region's anchoring answer, a step change (with the written reason that
//! overrides the anchoring guard) and IRF's decision. Each checks what it can before
//! the store (a date that does not exist names its field) and shows the store's
//! refusal as it is, keeping what was typed.

use strum::IntoEnumIterator;

use crate::app::dialog::{DialogField, Purpose};
use crate::app::lists::store_error_text;
use crate::app::state::App;
use crate::domain::{
    AnchoringView, ApplicationStep, Code, IrfDecision, MILESTONE_OWNERS, MILESTONE_PANES,
};
use crate::i18n::{CycleMsg, Lang, code_label, label};
use crate::store::{ApplicationEdit, ListKind, MilestoneEdit, Row};

/// The kinds an application can propose, as (code, label).
fn kinds(lang: Lang) -> Vec<(String, String)> {
    ["behandling", "kompetanse", "flerregional"]
        .iter()
        .map(|c| (c.to_string(), code_label(lang, c)))
        .collect()
}

fn options<T: Code + Copy>(
    items: impl Iterator<Item = T>,
    name: impl Fn(T) -> String,
) -> Vec<(String, String)> {
    items.map(|t| (t.code().to_string(), name(t))).collect()
}

/// IRF's decisions as (code, label).
fn decisions(lang: Lang) -> Vec<(String, String)> {
    options(IrfDecision::iter(), |d| code_label(lang, d.code()))
}

/// Who can own a milestone.
fn owners(lang: Lang) -> Vec<(String, String)> {
    MILESTONE_OWNERS
        .iter()
        .map(|c| (c.to_string(), code_label(lang, c)))
        .collect()
}

/// The panes a milestone can belong to.
fn panes(lang: Lang) -> Vec<(String, String)> {
    MILESTONE_PANES
        .iter()
        .map(|c| (c.to_string(), code_label(lang, c)))
        .collect()
}

/// A date field's text: empty, or dd.mm.yyyy.
fn date_text(date: Option<chrono::NaiveDate>) -> String {
    date.map(|d| d.format("%d.%m.%Y").to_string())
        .unwrap_or_default()
}

impl App {
    /// The selected application as stored now, or a sentence saying why there is none.
    fn selected_application(&mut self) -> Option<crate::store::Application> {
        let lang = self.state.lang;
        let id = match self.state.list().selected_row() {
            Some(Row::Application(a)) => a.id,
            _ => {
                self.state.inform(lang.y(CycleMsg::NothingSelected));
                return None;
            }
        };
        match self.store.application(id) {
            Ok(app) => Some(app),
            Err(e) => {
                self.state.warn(store_error_text(lang, &e));
                None
            }
        }
    }

    /// `n` in Årshjul: a new application or milestone, by view.
    pub(in crate::app) fn cycle_new(&mut self, kind: ListKind) {
        let lang = self.state.lang;
        match kind {
            ListKind::Milestones => {
                let year = self.state.list().filter.year;
                let fields = self.milestone_fields(&MilestoneEdit {
                    owner: "nasjonal".into(),
                    pane: "arshjul".into(),
                    ..MilestoneEdit::default()
                });
                let title = lang.yf(CycleMsg::FormNewMilestone, &[&year]);
                self.open_dialog(title, Purpose::NewMilestone { year }, fields);
            }
            ListKind::Applications | ListKind::Ranking => {
                let fields = self.application_fields(&ApplicationEdit {
                    proposed_kind: "behandling".into(),
                    received_on: Some(self.state.today),
                    ..ApplicationEdit::default()
                });
                let title = lang.y(CycleMsg::FormNewApplication).to_string();
                self.open_dialog(title, Purpose::NewApplication, fields);
            }
            _ => self.not_here(ListKind::Applications),
        }
    }

    /// `e` in Årshjul: edit the selected application or milestone.
    pub(in crate::app) fn cycle_edit(&mut self, kind: ListKind) {
        let lang = self.state.lang;
        match (kind, self.state.list().selected_row().cloned()) {
            (ListKind::Milestones, Some(Row::Milestone(m))) => {
                let m = if m.id == 0 {
                    // A template row: the year gets its own cycle first.
                    match self.materialise(m.year, &m.name) {
                        Some(m) => m,
                        None => return,
                    }
                } else {
                    m
                };
                let fields = self.milestone_fields(&MilestoneEdit {
                    name: m.name.clone(),
                    date: m.fixed,
                    rule: m.rule.clone().unwrap_or_default(),
                    owner: m.owner.clone(),
                    pane: m.pane.clone(),
                });
                let purpose = Purpose::EditMilestone {
                    id: m.id,
                    version: m.version,
                };
                self.open_dialog(lang.y(CycleMsg::FormEditMilestone).into(), purpose, fields);
            }
            (ListKind::Applications | ListKind::Ranking, Some(Row::Application(a))) => {
                match self.store.application(a.id) {
                    Ok(app) => {
                        let fields = self.application_fields(&ApplicationEdit {
                            title: app.title.clone(),
                            hf: app.hf.clone().unwrap_or_default(),
                            proposed_kind: app.proposed_kind.clone(),
                            received_on: app.received_on,
                            contact: app.contact.clone().unwrap_or_default(),
                        });
                        let purpose = Purpose::EditApplication {
                            id: app.id,
                            version: app.version,
                        };
                        let title = lang.y(CycleMsg::FormEditApplication).to_string();
                        self.open_dialog(title, purpose, fields);
                    }
                    Err(e) => self.state.warn(store_error_text(lang, &e)),
                }
            }
            (ListKind::Milestones | ListKind::Applications | ListKind::Ranking, _) => {
                self.state.inform(lang.y(CycleMsg::NothingSelected));
            }
            _ => self.not_here(ListKind::Applications),
        }
    }

    /// Makes the year's own cycle from the template, then finds milestone `name` in it.
    fn materialise(&mut self, year: i32, name: &str) -> Option<crate::store::Milestone> {
        let lang = self.state.lang;
        match self.store.ensure_cycle(year) {
            Ok(true) => self.state.inform(lang.yf(CycleMsg::CycleCreated, &[&year])),
            Ok(false) => {}
            Err(e) => {
                self.state.warn(store_error_text(lang, &e));
                return None;
            }
        }
        self.refresh_cycle();
        self.reload_list();
        let found = self
            .store
            .milestones(year)
            .ok()?
            .into_iter()
            .find(|m| m.name == name);
        self.select_row(|r| matches!(r, Row::Milestone(m) if m.name == name));
        found
    }

    pub(in crate::app) fn ask_delete_milestone(&mut self) {
        let lang = self.state.lang;
        let Some(Row::Milestone(m)) = self.state.list().selected_row().cloned() else {
            return self.state.inform(lang.y(CycleMsg::NothingSelected));
        };
        let m = if m.id == 0 {
            match self.materialise(m.year, &m.name) {
                Some(m) => m,
                None => return,
            }
        } else {
            m
        };
        let title = lang.yf(CycleMsg::ConfirmDeleteMilestone, &[&m.name]);
        let purpose = Purpose::DeleteMilestone {
            id: m.id,
            version: m.version,
            name: m.name,
        };
        self.open_dialog(title, purpose, Vec::new());
    }

    fn milestone_fields(&self, m: &MilestoneEdit) -> Vec<DialogField> {
        let lang = self.state.lang;
        vec![
            DialogField::text(CycleMsg::FieldName, &m.name),
            DialogField::text(CycleMsg::FieldDate, date_text(m.date)),
            DialogField::text(CycleMsg::FieldRule, &m.rule),
            DialogField::choice(CycleMsg::FieldOwner, owners(lang), &m.owner),
            DialogField::choice(CycleMsg::FieldPane, panes(lang), &m.pane),
        ]
    }

    fn application_fields(&self, a: &ApplicationEdit) -> Vec<DialogField> {
        let lang = self.state.lang;
        vec![
            DialogField::text(CycleMsg::FieldTitle, &a.title),
            DialogField::text(CycleMsg::FieldHf, &a.hf),
            DialogField::choice(CycleMsg::FieldKind, kinds(lang), &a.proposed_kind),
            DialogField::text(CycleMsg::FieldReceived, date_text(a.received_on)),
            DialogField::text(CycleMsg::FieldContact, &a.contact),
        ]
    }

    /// `a`: the anchoring dialog for the selected application, at the first region
    /// still pending.
    pub(in crate::app) fn open_anchoring(&mut self) {
        let lang = self.state.lang;
        let Some(app) = self.selected_application() else {
            return;
        };
        let id = app.id;
        let regions: Vec<(String, String)> = app
            .anchorings
            .iter()
            .map(|a| (a.region.code().to_string(), a.region.code().to_string()))
            .collect();
        let first = app
            .anchorings
            .iter()
            .find(|a| !a.view.is_answer())
            .or(app.anchorings.first());
        let view = first.map_or(AnchoringView::Supports, |a| {
            if a.view.is_answer() {
                a.view
            } else {
                AnchoringView::Supports
            }
        });
        let fields = vec![
            DialogField::choice(
                CycleMsg::FieldRegion,
                regions,
                first.map_or("", |a| a.region.code()),
            ),
            DialogField::choice(
                CycleMsg::FieldView,
                options(AnchoringView::iter(), |v| {
                    code_label(lang, v.code()).to_string()
                }),
                view.code(),
            ),
            DialogField::text(
                CycleMsg::FieldDate,
                date_text(first.and_then(|a| a.answered_on).or(Some(self.state.today))),
            ),
            DialogField::text(CycleMsg::FieldNote, first.map_or("", |a| a.note.as_str())),
        ];
        let versions = app
            .anchorings
            .iter()
            .map(|a| (a.region, a.version))
            .collect();
        let title = lang.yf(CycleMsg::FormAnchoring, &[&app.title]);
        self.open_dialog(title, Purpose::Anchoring { id, versions }, fields);
    }

    /// `s`: the step dialog, offering the next step first.
    pub(in crate::app) fn open_step(&mut self) {
        let lang = self.state.lang;
        let Some(app) = self.selected_application() else {
            return;
        };
        let id = app.id;
        let steps: Vec<ApplicationStep> = ApplicationStep::iter().collect();
        let at = steps.iter().position(|s| *s == app.step).unwrap_or(0);
        let next = steps.get(at + 1).copied().unwrap_or(app.step);
        let fields = vec![
            DialogField::choice(
                CycleMsg::FieldStep,
                options(steps.into_iter(), |s| label(lang, s).to_string()),
                next.code(),
            ),
            DialogField::text(CycleMsg::FieldReason, ""),
        ];
        let purpose = Purpose::Step {
            id,
            version: app.version,
        };
        let title = lang.yf(CycleMsg::FormStep, &[&app.title]);
        self.open_dialog(title, purpose, fields);
    }

    /// `b`: IRF's decision on the selected application.
    pub(in crate::app) fn open_decision(&mut self) {
        let lang = self.state.lang;
        let Some(app) = self.selected_application() else {
            return;
        };
        let id = app.id;
        let current = app.irf_decision.map_or("prioritert", |d| d.code());
        let fields = vec![
            DialogField::choice(CycleMsg::FieldDecision, decisions(lang), current),
            DialogField::text(CycleMsg::FieldNote, &app.irf_note),
        ];
        let purpose = Purpose::Decision {
            id,
            version: app.version,
        };
        let title = lang.yf(CycleMsg::FormDecision, &[&app.title]);
        self.open_dialog(title, purpose, fields);
    }
}
