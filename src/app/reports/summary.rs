//! The Årsrapporter pane's summary view: `c` drafts the IRF case that summarises the
//! season shown (see `Store::draft_summary_case`) and goes to it in Saker. The view's
//! figures are list rows (`ListKind::Summary`); the item codes of the combination are
//! typed in the view's filter line (`/`), which in this view picks items rather than
//! narrowing the rows.

use crate::app::action::Action;
use crate::app::lists::store_error_text;
use crate::app::state::{App, Pane};
use crate::i18n::SummaryMsg;
use crate::store::{Hit, ListKind, Row, SearchKind};

impl App {
    /// The summary view's actions; returns false when `action` is not one of them here.
    pub(in crate::app) fn summary_action(&mut self, action: Action) -> bool {
        if self.state.list().kind != ListKind::Summary || action != Action::DraftCase {
            return false;
        }
        self.draft_summary_case();
        true
    }

    fn draft_summary_case(&mut self) {
        let lang = self.state.lang;
        let year = self.state.list().filter.year;
        let reports = match self.state.list().selected_row() {
            Some(Row::SummaryItem(r)) => r.view.summary.reports,
            _ => match self.store.season_summary(year) {
                Ok(s) => s.reports,
                Err(e) => return self.state.warn(store_error_text(lang, &e)),
            },
        };
        if reports == 0 {
            return self
                .state
                .warn(lang.sf(SummaryMsg::NothingToDraft, &[&year]));
        }
        // Again for the same season: the draft already made, not another.
        let (made, message) = match self.store.summary_case_draft(year) {
            Ok(Some(id)) => (Ok(id), SummaryMsg::DraftExists),
            Ok(None) => (
                self.store.draft_summary_case(year, self.state.today),
                SummaryMsg::Drafted,
            ),
            Err(e) => (Err(e), SummaryMsg::Drafted),
        };
        match made {
            Ok(id) => {
                let title = self.store.case_title(id).unwrap_or_default();
                self.state.lists[Pane::Cases.index()].loaded = false;
                self.jump_to(&Hit {
                    kind: SearchKind::Case,
                    id,
                    title: title.clone(),
                    score: 0,
                });
                self.state.inform(lang.sf(message, &[&title]));
            }
            Err(e) => self.state.warn(store_error_text(lang, &e)),
        }
    }
}
