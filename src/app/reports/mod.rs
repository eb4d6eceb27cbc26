//! Årsrapporter, the report season: the queue of every annual report of the season
//! (who has sent it, who reviews it, how far the review is), each report's review form,
//! the season summary, and imports from eRapport's files.
//!
//! - here: the queue's actions: narrow it (`f`), sort it (`o` next column, `O`
//!   reverse), pick or delete a saved view (`u`), save the current one (`w`), and the
//!   bulk actions on the marked reports (or the selected one): mark received with a
//!   date (`m`), choose the reviewing region (`t`), set the status (`s`);
//! - `save`: saving the queue's dialogs and the bulk actions;
//! - `review/`: the review form (Enter or `r` on a received report);
//! - `summary`: the summary view's IRF case (`c`);
//! - `import`: the import dialog (`I`) and its dry run.
//!
//! Store calls: `report_counts` and the `Reports`/`Summary` lists, `user_region`,
//! `set_user_region`, `saved_views`, `save_view`, `delete_view`, `bulk_reports`,
//! `seed_views`, `report_versions`, `review`, `save_answer`, `save_assessment`,
//! `add_follow_up`, `edit_follow_up`, `set_follow_up_done`, `delete_follow_up`,
//! `finish_review`, `close_report`, `review_drafts`, `season_summary`,
//! `summary_case_draft`, `draft_summary_case`, `apply_import`.

mod import;
mod review;
mod summary;

pub use import::{ImportState, ImportView, ParsedFile, plan_file};
pub use review::{FollowUpForm, ReviewForm, Section, TextField, TextTarget, Typing};

mod save;

use super::action::Action;
use super::dialog::{DialogField, Purpose};
use super::lists::store_error_text;
use super::state::{App, Pane};
use super::update::Handled;
use crate::domain::{Code, QueueFilter, Region, ReportStatus, UnitKind};
use crate::i18n::{Lang, QueueMsg, label, sort_label};
use crate::store::ListKind;

/// The pane name saved views are stored under.
pub(super) const VIEWS_PANE: &str = "arsrapporter";

/// "all" (code "") followed by every value of `T` with its label.
fn all_or<T: Code + crate::i18n::Labelled>(lang: Lang) -> Vec<(String, String)> {
    let mut options = vec![(String::new(), lang.q(QueueMsg::All).to_string())];
    options.extend(
        T::all()
            .into_iter()
            .map(|v| (v.code().to_string(), label(lang, v).to_string())),
    );
    options
}

/// The regions with their names.
pub(super) fn regions() -> Vec<(String, String)> {
    Region::all()
        .into_iter()
        .map(|r| (r.code().to_string(), format!("{} – {}", r.code(), r.name())))
        .collect()
}

/// A no/yes choice (codes "0" and "1").
fn yes_no(lang: Lang, label: QueueMsg, yes: bool) -> DialogField {
    let options = vec![
        ("0".to_string(), lang.q(QueueMsg::No).to_string()),
        ("1".to_string(), lang.q(QueueMsg::Yes).to_string()),
    ];
    DialogField::choice(label, options, if yes { "1" } else { "0" })
}

/// What the bulk dialog changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bulk {
    Received,
    Reviewer,
    Status,
}

/// Årsrapporter's own actions, in this order: the queue's, the summary view's, the
/// review form's opening (Enter, `r`) and the import (`I`).
pub(super) fn handle(app: &mut App, action: Action) -> Handled {
    (app.report_action(action)
        || app.summary_action(action)
        || app.review_action(action)
        || app.import_action(action))
    .into()
}

/// Re-reads what Årsrapporter shows: the queue (or the summary) with its counts, on the
/// same report.
pub(super) fn refresh(app: &mut App) -> bool {
    app.reload_keeping_selection()
}

impl App {
    /// The queue's actions; returns false when `action` is not one of them here.
    pub(super) fn report_action(&mut self, action: Action) -> bool {
        if self.state.list().kind != ListKind::Reports {
            return false;
        }
        match action {
            Action::Narrow => self.open_narrow(),
            Action::SortNext => self.sort_queue(false),
            Action::SortReverse => self.sort_queue(true),
            Action::Views => self.open_views(),
            Action::SaveView => self.open_save_view(),
            Action::MarkReceived => self.open_bulk(Bulk::Received),
            Action::AssignReviewer => self.open_bulk(Bulk::Reviewer),
            Action::Step => self.open_bulk(Bulk::Status),
            _ => return false,
        }
        true
    }

    /// The queue's current narrowing and order.
    pub(super) fn queue(&self) -> &QueueFilter {
        &self.state.lists[Pane::Reports.index()].filter.queue
    }

    /// Shows the queue under `filter` from the top; "my region" takes the user's
    /// region, asked for first if it is not known yet.
    pub(super) fn set_queue(&mut self, mut filter: QueueFilter) {
        if filter.my_region {
            match self.store.user_region() {
                Ok(Some(region)) => filter.region = Some(region),
                Ok(None) => return self.open_my_region(filter),
                Err(e) => return self.state.warn(store_error_text(self.state.lang, &e)),
            }
        }
        let list = &mut self.state.lists[Pane::Reports.index()];
        list.filter.queue = filter;
        list.selected = 0;
        list.top = 0;
        self.reload_list();
    }

    fn sort_queue(&mut self, reverse: bool) {
        let lang = self.state.lang;
        let mut q = self.queue().clone();
        if reverse {
            q.descending = !q.descending;
        } else {
            q.sort = q.sort.next();
            q.descending = false;
        }
        let dir = lang.q(if q.descending {
            QueueMsg::Descending
        } else {
            QueueMsg::Ascending
        });
        let text = lang.qf(QueueMsg::SortedBy, &[&sort_label(lang, q.sort), &dir]);
        self.set_queue(q);
        self.state.inform(text);
    }

    fn open_narrow(&mut self) {
        let lang = self.state.lang;
        let q = self.queue().clone();
        let mut region_options = vec![(String::new(), lang.q(QueueMsg::All).to_string())];
        region_options.extend(regions());
        let fields = vec![
            DialogField::choice(
                QueueMsg::FieldRegion,
                region_options,
                q.region.map_or("", Code::code),
            ),
            DialogField::choice(
                QueueMsg::FieldKind,
                all_or::<UnitKind>(lang),
                q.kind.map_or("", Code::code),
            ),
            DialogField::choice(
                QueueMsg::FieldStatus,
                all_or::<ReportStatus>(lang),
                q.status.map_or("", Code::code),
            ),
            yes_no(lang, QueueMsg::FieldOverdue, q.overdue),
            yes_no(lang, QueueMsg::FieldAwaiting, q.awaiting_statement),
        ];
        let title = lang.q(QueueMsg::NarrowTitle).to_string();
        self.open_dialog(title, Purpose::QueueNarrow, fields);
    }

    fn open_views(&mut self) {
        let lang = self.state.lang;
        let defaults: Vec<(String, QueueFilter)> = crate::domain::default_views()
            .into_iter()
            .map(|(view, f)| (crate::i18n::default_view_name(lang, view).to_string(), f))
            .collect();
        let views = self
            .store
            .seed_views(VIEWS_PANE, &defaults)
            .and_then(|_| self.store.saved_views(VIEWS_PANE));
        let views = match views {
            Ok(v) => v,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let mut options = vec![(String::new(), lang.q(QueueMsg::All).to_string())];
        options.extend(views.iter().map(|v| (v.name.clone(), v.name.clone())));
        let actions = vec![
            ("use".to_string(), lang.q(QueueMsg::Use).to_string()),
            (
                "delete".to_string(),
                lang.q(QueueMsg::DeleteView).to_string(),
            ),
        ];
        let fields = vec![
            DialogField::choice(QueueMsg::FieldView, options, ""),
            DialogField::choice(QueueMsg::FieldDo, actions, "use"),
        ];
        let title = lang.q(QueueMsg::ViewsTitle).to_string();
        self.open_dialog(title, Purpose::QueueViews, fields);
    }

    fn open_save_view(&mut self) {
        let title = self.state.lang.q(QueueMsg::SaveViewTitle).to_string();
        let fields = vec![DialogField::text(QueueMsg::FieldName, "")];
        self.open_dialog(title, Purpose::QueueSave, fields);
    }

    fn open_my_region(&mut self, view: QueueFilter) {
        let title = self.state.lang.q(QueueMsg::MyRegionTitle).to_string();
        let fields = vec![DialogField::choice(QueueMsg::FieldRegion, regions(), "")];
        self.open_dialog(title, Purpose::MyRegion { view }, fields);
    }

    /// The marked reports, or the selected one when none is marked.
    fn chosen_reports(&self) -> Vec<i64> {
        let list = &self.state.lists[Pane::Reports.index()];
        if list.marked.is_empty() {
            list.selected_row().map(|r| r.id()).into_iter().collect()
        } else {
            list.marked.iter().copied().collect()
        }
    }

    fn open_bulk(&mut self, bulk: Bulk) {
        let lang = self.state.lang;
        let ids = self.chosen_reports();
        if ids.is_empty() {
            return self
                .state
                .inform(lang.y(crate::i18n::CycleMsg::NothingSelected));
        }
        let reports = match self.store.report_versions(&ids) {
            Ok(r) => r,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let n = reports.len();
        let today = lang.date(self.state.today);
        let (title, purpose, field) = match bulk {
            Bulk::Received => (
                QueueMsg::ReceivedTitle,
                Purpose::BulkReceived { reports },
                DialogField::text(QueueMsg::FieldDate, today),
            ),
            Bulk::Reviewer => (
                QueueMsg::ReviewerTitle,
                Purpose::BulkReviewer { reports },
                DialogField::choice(QueueMsg::FieldReviewer, regions(), ""),
            ),
            Bulk::Status => {
                let options = ReportStatus::all()
                    .into_iter()
                    .map(|s| (s.code().to_string(), label(lang, s).to_string()))
                    .collect();
                // The choice starts at the selected report's status: Enter at once
                // changes nothing.
                let now = match self.state.list().selected_row() {
                    Some(crate::store::Row::Report(r)) => r.status.code(),
                    _ => "",
                };
                (
                    QueueMsg::StatusTitle,
                    Purpose::BulkStatus { reports },
                    DialogField::choice(QueueMsg::FieldStatus, options, now),
                )
            }
        };
        let title = lang.qf(title, &[&crate::i18n::reports_n(lang, n)]);
        self.open_dialog(title, purpose, vec![field]);
    }
}
