//! Saving the queue's dialogs: the narrowing, a saved view picked, saved or deleted,
//! the user's region, and the bulk actions (whose skipped reports stay marked and are
//! named in the message).

use crate::app::dialog::{DialogState, Purpose};
use crate::app::lists::store_error_text;
use crate::app::state::{App, Pane};
use crate::domain::{Code, QueueFilter, Region, ReportStatus, UnitKind, parse_date_input};
use crate::i18n::{QueueMsg, queue_refusal, reports_n};
use crate::store::{BulkChange, BulkOutcome, BulkSkip};

use super::VIEWS_PANE;

impl Purpose {
    /// The dialogs of the Årsrapporter queue.
    pub fn is_queue(&self) -> bool {
        matches!(
            self,
            Purpose::QueueNarrow
                | Purpose::QueueViews
                | Purpose::QueueSave
                | Purpose::MyRegion { .. }
                | Purpose::BulkReceived { .. }
                | Purpose::BulkReviewer { .. }
                | Purpose::BulkStatus { .. }
        )
    }
}

impl App {
    /// Enter in one of the queue's dialogs.
    pub(in crate::app) fn save_queue_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        match &d.purpose {
            Purpose::QueueNarrow => {
                let q = self.queue();
                let filter = QueueFilter {
                    region: Region::from_code(&d.value(0)),
                    my_region: false,
                    kind: UnitKind::from_code(&d.value(1)),
                    status: ReportStatus::from_code(&d.value(2)),
                    overdue: d.value(3) == "1",
                    awaiting_statement: d.value(4) == "1",
                    sort: q.sort,
                    descending: q.descending,
                };
                self.close_queue_dialog();
                self.set_queue(filter);
                if self.state.dialog().is_none() {
                    self.state.inform(lang.q(QueueMsg::Narrowed));
                }
            }
            Purpose::QueueViews => self.use_view(&d.value(0), d.value(1) == "delete"),
            Purpose::QueueSave => {
                let name = d.value(0);
                if name.is_empty() {
                    return self.dialog_refused(lang.q(QueueMsg::NoViewName).to_string(), Some(0));
                }
                // "Min region" stays the user's region, whichever region that is.
                let mut filter = self.queue().clone();
                if filter.my_region {
                    filter.region = None;
                }
                match self.store.save_view(VIEWS_PANE, &name, &filter) {
                    Ok(replaced) => {
                        let msg = if replaced {
                            QueueMsg::ViewReplaced
                        } else {
                            QueueMsg::ViewSaved
                        };
                        self.dialog_saved(lang.qf(msg, &[&name]));
                    }
                    Err(e) => self.state.warn(store_error_text(lang, &e)),
                }
            }
            Purpose::MyRegion { view } => {
                let Some(region) = Region::from_code(&d.value(0)) else {
                    return;
                };
                if let Err(e) = self.store.set_user_region(region) {
                    return self.state.warn(store_error_text(lang, &e));
                }
                let view = view.clone();
                self.close_queue_dialog();
                self.set_queue(view);
            }
            Purpose::BulkReceived { reports } => {
                let typed = d.value(0);
                let Some(on) = parse_date_input(&typed) else {
                    return self.dialog_refused(lang.qf(QueueMsg::BadDate, &[&typed]), Some(0));
                };
                self.bulk(reports, BulkChange::Received(on));
            }
            Purpose::BulkReviewer { reports } => {
                if let Some(region) = Region::from_code(&d.value(0)) {
                    self.bulk(reports, BulkChange::Reviewer(region));
                }
            }
            Purpose::BulkStatus { reports } => {
                if let Some(status) = ReportStatus::from_code(&d.value(0)) {
                    self.bulk(reports, BulkChange::Status(status));
                }
            }
            _ => {}
        }
    }

    /// Closes a queue dialog that has nothing to keep as a draft.
    fn close_queue_dialog(&mut self) {
        self.dialog_saved(String::new());
        self.state.message = None;
    }

    /// Applies (or deletes) the saved view `name`; "" is the whole queue.
    fn use_view(&mut self, name: &str, delete: bool) {
        let lang = self.state.lang;
        if name.is_empty() {
            let q = self.queue();
            let open = QueueFilter {
                sort: q.sort,
                descending: q.descending,
                ..QueueFilter::default()
            };
            self.close_queue_dialog();
            return self.set_queue(open);
        }
        if delete {
            return match self.store.delete_view(VIEWS_PANE, name) {
                Ok(_) => self.dialog_saved(lang.qf(QueueMsg::ViewDeleted, &[&name])),
                Err(e) => self.state.warn(store_error_text(lang, &e)),
            };
        }
        let view = match self.store.saved_views(VIEWS_PANE) {
            Ok(views) => views.into_iter().find(|v| v.name == name),
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let Some(view) = view else {
            return;
        };
        self.close_queue_dialog();
        self.set_queue(view.filter);
        if self.state.dialog().is_none() {
            self.state.inform(lang.qf(QueueMsg::ViewApplied, &[&name]));
        }
    }

    fn bulk(&mut self, reports: &[(i64, i64)], change: BulkChange) {
        let lang = self.state.lang;
        match self.store.bulk_reports(reports, change, self.state.today) {
            Ok(outcome) => {
                let text = bulk_message(lang, &outcome);
                let list = &mut self.state.lists[Pane::Reports.index()];
                list.marked = outcome.skipped.iter().map(|(id, _, _)| *id).collect();
                if outcome.skipped.is_empty() {
                    self.dialog_saved(text);
                } else {
                    self.dialog_saved(String::new());
                    self.state.warn(text);
                }
            }
            Err(e) => self.state.warn(store_error_text(lang, &e)),
        }
    }
}

/// "3 changed, 1 already were so", and the first skipped report with its reason.
pub(in crate::app) fn bulk_message(lang: crate::i18n::Lang, o: &BulkOutcome) -> String {
    let n = |n| reports_n(lang, n);
    // The first report left alone comes first, with why: the line may be cut.
    if let Some((_, unit, why)) = o.skipped.first() {
        let why = match why {
            BulkSkip::Conflict { by, at } => lang.qf(QueueMsg::SkipConflict, &[by, at]),
            BulkSkip::Refused(r) => queue_refusal(lang, r),
            BulkSkip::Gone => lang.q(QueueMsg::SkipGone).to_string(),
        };
        let unit = crate::domain::short_name(&crate::ui::sanitize(unit)).to_string();
        return lang.qf(
            QueueMsg::BulkSkipped,
            &[&unit, &why, &n(o.skipped.len()), &n(o.applied)],
        );
    }
    let mut text = lang.qf(QueueMsg::BulkDone, &[&n(o.applied)]);
    if o.unchanged > 0 {
        text.push_str(&lang.qf(QueueMsg::BulkUnchanged, &[&n(o.unchanged)]));
    }
    text
}
