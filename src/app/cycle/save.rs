//! Saving an Årshjul dialog: the typed dates checked first (a date that does not
//! exist names its field), then the store asked; a refusal is shown as it is and the
//! dialog stays with what was typed; after a conflict the dialog takes the record's
//! new version, so Enter again saves over it knowingly.

use crate::app::dialog::{DialogState, Purpose};
use crate::app::state::App;
use crate::domain::{AnchoringView, ApplicationStep, Code, IrfDecision, Region, parse_date_input};
use crate::i18n::{CycleMsg, label};
use crate::store::{ApplicationEdit, MilestoneEdit, StoreError};

impl App {
    /// Enter in an Årshjul dialog (applications, milestones, anchoring, steps, IRF's
    /// decision): checks the typed dates, then asks the store.
    pub(in crate::app) fn save_cycle_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        // A typed date must exist: say which field, keep the text.
        let date = |i: usize| -> Result<Option<chrono::NaiveDate>, (String, usize)> {
            let text = d.value(i);
            if text.is_empty() {
                return Ok(None);
            }
            parse_date_input(&text).map(Some).ok_or_else(|| {
                let name = lang.pick(d.fields[i].label);
                (lang.yf(CycleMsg::BadDate, &[&text, &name]), i)
            })
        };
        let result: Result<String, StoreError> = match &d.purpose {
            Purpose::NewApplication | Purpose::EditApplication { .. } => {
                let received = match date(3) {
                    Ok(r) => r,
                    Err((text, at)) => return self.dialog_refused(text, Some(at)),
                };
                let edit = ApplicationEdit {
                    title: d.value(0),
                    hf: d.value(1),
                    proposed_kind: d.value(2),
                    received_on: received,
                    contact: d.value(4),
                };
                match d.purpose {
                    Purpose::EditApplication { id, version } => self
                        .store
                        .update_application(id, version, &edit)
                        .map(|()| lang.y(CycleMsg::Saved).to_string()),
                    _ => self
                        .store
                        .insert_application(&edit)
                        .map(|_| lang.y(CycleMsg::ApplicationAdded).to_string()),
                }
            }
            Purpose::NewMilestone { .. } | Purpose::EditMilestone { .. } => {
                let fixed = match date(1) {
                    Ok(r) => r,
                    Err((text, at)) => return self.dialog_refused(text, Some(at)),
                };
                let edit = MilestoneEdit {
                    name: d.value(0),
                    date: fixed,
                    rule: d.value(2),
                    owner: d.value(3),
                    pane: d.value(4),
                };
                let saved = lang.y(CycleMsg::Saved).to_string();
                match d.purpose {
                    Purpose::EditMilestone { id, version } => self
                        .store
                        .update_milestone(id, version, &edit)
                        .map(|()| saved),
                    Purpose::NewMilestone { year } => {
                        self.store.insert_milestone(year, &edit).map(|_| saved)
                    }
                    _ => unreachable!("matched above"),
                }
            }
            Purpose::DeleteMilestone { id, version, name } => self
                .store
                .delete_milestone(*id, *version)
                .map(|()| lang.yf(CycleMsg::MilestoneDeleted, &[name])),
            Purpose::Anchoring { id, versions } => {
                let on = match date(2) {
                    Ok(r) => r,
                    Err((text, at)) => return self.dialog_refused(text, Some(at)),
                };
                let region = Region::from_code(&d.value(0));
                let view = AnchoringView::from_code(&d.value(1));
                match (region, view) {
                    (Some(region), Some(view)) => {
                        let version = versions
                            .iter()
                            .find(|(r, _)| *r == region)
                            .map_or(0, |(_, v)| *v);
                        let note = d.value(3);
                        self.store
                            .answer_anchoring(*id, region, version, view, on, &note)
                            .map(|()| lang.y(CycleMsg::Saved).to_string())
                    }
                    _ => {
                        return self
                            .dialog_refused(lang.y(CycleMsg::NothingSelected).into(), Some(0));
                    }
                }
            }
            Purpose::Step { id, version } => {
                let Some(step) = ApplicationStep::from_code(&d.value(0)) else {
                    return;
                };
                let reason = d.value(1);
                let reason = (!reason.is_empty()).then_some(reason);
                let label = label(lang, step);
                self.store
                    .set_step(*id, *version, step, reason.as_deref())
                    .map(|()| {
                        let msg = if reason.is_some() {
                            CycleMsg::StepOverridden
                        } else {
                            CycleMsg::StepChanged
                        };
                        lang.yf(msg, &[&label])
                    })
            }
            Purpose::NewCase
            | Purpose::NewMeeting
            | Purpose::CaseStatus { .. }
            | Purpose::CaseAgenda { .. }
            | Purpose::CaseDecision { .. }
            | Purpose::CaseLink { .. }
            | Purpose::Renewal { .. }
            | Purpose::PhaseOut { .. }
            | Purpose::PhaseOutAnswer { .. }
            | Purpose::Evaluation { .. }
            | Purpose::Grant { .. }
            | Purpose::ServiceGrant { .. }
            | Purpose::AddMember { .. }
            | Purpose::RemoveMember { .. }
            | Purpose::FirstPeriod { .. }
            | Purpose::QueueNarrow
            | Purpose::QueueViews
            | Purpose::QueueSave
            | Purpose::MyRegion { .. }
            | Purpose::BulkReceived { .. }
            | Purpose::BulkReviewer { .. }
            | Purpose::BulkStatus { .. } => return,
            Purpose::Import
            | Purpose::LeadershipList
            | Purpose::NewLeadership
            | Purpose::EditLeadership { .. }
            | Purpose::DeleteLeadership { .. }
            | Purpose::ErnList
            | Purpose::NewErn { .. }
            | Purpose::EditErn { .. }
            | Purpose::DeleteErn { .. }
            | Purpose::Obligations { .. }
            | Purpose::DialogueList
            | Purpose::NewDialogue
            | Purpose::EditDialogue { .. }
            | Purpose::DeleteDialogue { .. }
            | Purpose::SetAsideChoose
            | Purpose::SetAside { .. } => return,
            Purpose::Decision { id, version } => {
                let Some(decision) = IrfDecision::from_code(&d.value(0)) else {
                    return;
                };
                let note = d.value(1);
                self.store
                    .record_irf_decision(*id, *version, decision, &note)
                    .map(|()| lang.y(CycleMsg::Saved).to_string())
            }
        };
        self.dialog_write_result(result, Self::refresh_dialog_version, |e| {
            // The focus goes to the field the refusal is about: the reason of a step
            // refused for missing answers, the field of an application's problem.
            use crate::domain::{ApplicationRefusal as A, Refusal};
            match (&d.purpose, e) {
                (Purpose::Step { .. }, StoreError::Refused(_)) => Some(1),
                (
                    Purpose::NewApplication | Purpose::EditApplication { .. },
                    StoreError::Refused(Refusal::Application(r)),
                ) => match r {
                    A::EmptyTitle => Some(0),
                    A::UnknownHf { .. } | A::Duplicate { .. } => Some(1),
                    A::UnknownKind { .. } => Some(2),
                    A::UnknownContact { .. } => Some(4),
                    _ => None,
                },
                _ => None,
            }
        });
    }

    /// Reads the versions the open dialog's record has now into its purpose.
    fn refresh_dialog_version(&mut self) {
        let Some(purpose) = self.state.dialog().map(|d| d.purpose.clone()) else {
            return;
        };
        let fresh = match purpose {
            Purpose::EditApplication { id, .. } => {
                self.store
                    .application(id)
                    .ok()
                    .map(|a| Purpose::EditApplication {
                        id,
                        version: a.version,
                    })
            }
            Purpose::Step { id, .. } => self.store.application(id).ok().map(|a| Purpose::Step {
                id,
                version: a.version,
            }),
            Purpose::Decision { id, .. } => {
                self.store.application(id).ok().map(|a| Purpose::Decision {
                    id,
                    version: a.version,
                })
            }
            Purpose::Anchoring { id, .. } => self.store.application(id).ok().map(|a| {
                let versions = a.anchorings.iter().map(|n| (n.region, n.version)).collect();
                Purpose::Anchoring { id, versions }
            }),
            Purpose::EditMilestone { id, version }
            | Purpose::DeleteMilestone { id, version, .. } => {
                let year = self.state.list().filter.year;
                let now = self
                    .store
                    .milestones(year)
                    .ok()
                    .and_then(|all| all.into_iter().find(|m| m.id == id))
                    .map_or(version, |m| m.version);
                Some(match purpose {
                    Purpose::DeleteMilestone { name, .. } => Purpose::DeleteMilestone {
                        id,
                        version: now,
                        name,
                    },
                    _ => Purpose::EditMilestone { id, version: now },
                })
            }
            _ => None,
        };
        if let (Some(fresh), Some(dialog)) = (fresh, self.state.dialog_mut()) {
            dialog.purpose = fresh;
        }
    }
}
