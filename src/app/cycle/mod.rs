//! Årshjul, the annual cycle: a timeline of the year (milestones, meetings, networks in
//! year 6, term ends, pending anchorings) with what is due, the year's milestones and
//! their rules, the applications for new services with their anchoring in the four
//! regions, and IRF's ranking of them.
//!
//! - here: the room's actions, the timeline's period and data, the warnings of what is
//!   due (shown in every pane's status line), moving in the ranking, drafting the
//!   ranking case, copying the cycle to the next year, Enter on a due item;
//! - `forms`: the dialogs (adding and editing, anchoring, steps, decisions);
//! - `save`: saving them.
//!
//! Actions answered: `new`, `edit`, `delete` (milestones), `step`, `anchor`, `decide`,
//! `rank_up`/`rank_down`, `draft_case`, `copy_year`, `prev_period`/`next_period`, and
//! `open` on a due item (a leadership item opens the leadership periods, an obligation
//! its dialog: the status report, a dialogue event, a region's setting-aside). Store calls: `calendar`, `pending_anchorings`, the `Due` list,
//! `milestones`, `application`, `insert_milestone`/`update_milestone`/
//! `delete_milestone`, `insert_application`/`update_application`, `answer_anchoring`,
//! `set_step`, `move_in_ranking`, `record_irf_decision`, `draft_ranking_case`,
//! `ensure_cycle`, `copy_cycle`.

mod forms;
mod save;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::action::Action;
use super::lists::store_error_text;
use super::state::{App, Focus, Pane};
use super::update::Handled;
use crate::domain::{Code, Region};
use crate::i18n::{CycleMsg, due_when};
use crate::store::{DueItem, Hit, ListKind, Row, SearchKind};

/// The Årshjul's own actions (see the module doc).
pub(super) fn handle(app: &mut App, action: Action) -> Handled {
    app.cycle_action(action).into()
}

/// Re-reads what Årshjul shows: the list of its view, on the same record. The timeline
/// and the warnings are read for every pane by `App::refresh`.
pub(super) fn refresh(app: &mut App) -> bool {
    app.reload_keeping_selection()
}

impl App {
    /// Reads the timeline's year and what is due again, and rewrites the warnings.
    pub(super) fn refresh_cycle(&mut self) {
        let year = self.state.lists[Pane::Cycle.index()].filter.year;
        let lang = self.state.lang;
        let today = self.state.today;
        // What is due is the timeline's list without a filter: read through the list,
        // whose rows the store keeps for the list's own first read.
        let filter = crate::store::ListFilter {
            text: String::new(),
            year,
            today,
            ..Default::default()
        };
        let read = (
            self.store.calendar(year),
            self.store.pending_anchorings(),
            self.store
                .list_window(ListKind::Due, &filter, 0, usize::MAX >> 1),
        );
        match read {
            (Ok(items), Ok(pending), Ok(due)) => {
                let due: Vec<DueItem> = due
                    .into_iter()
                    .filter_map(|r| match r {
                        Row::Due(d) => Some(d),
                        _ => None,
                    })
                    .collect();
                self.state.warnings = anchoring_warnings(lang, today, &pending);
                let overdue = due
                    .iter()
                    .filter(|d| d.date < today && d.kind.is_obligation())
                    .count();
                // A leadership period's end is listed months ahead; the count is of
                // the next days only.
                let horizon = today
                    .checked_add_days(chrono::Days::new(u64::from(crate::store::DUE_DAYS)))
                    .unwrap_or(today);
                let upcoming = due
                    .iter()
                    .filter(|d| d.date >= today && d.date <= horizon)
                    .count();
                let timeline = &mut self.state.timeline;
                timeline.items = items;
                timeline.pending = pending;
                timeline.overdue = overdue;
                timeline.upcoming = upcoming;
            }
            (Err(e), ..) | (_, Err(e), _) | (.., Err(e)) => {
                self.state.warn(store_error_text(lang, &e))
            }
        }
    }

    /// The Årshjul actions; returns false when `action` is not one of them here.
    pub(super) fn cycle_action(&mut self, action: Action) -> bool {
        let kind = self.state.list().kind;
        match action {
            Action::PrevPeriod | Action::NextPeriod => {
                self.state.timeline.shift += if action == Action::NextPeriod { 1 } else { -1 };
            }
            Action::New => self.cycle_new(kind),
            Action::Edit => self.cycle_edit(kind),
            Action::Delete if kind == ListKind::Milestones => self.ask_delete_milestone(),
            Action::Step | Action::Anchor | Action::Decide | Action::RankUp | Action::RankDown
                if !matches!(kind, ListKind::Applications | ListKind::Ranking) =>
            {
                self.not_here(ListKind::Applications);
            }
            Action::Step => self.open_step(),
            Action::Anchor => self.open_anchoring(),
            Action::Decide => self.open_decision(),
            Action::RankUp | Action::RankDown if kind != ListKind::Ranking => {
                self.not_here(ListKind::Ranking)
            }
            Action::RankUp | Action::RankDown => self.move_rank(action == Action::RankUp),
            Action::DraftCase => self.draft_case(),
            Action::CopyYear => self.copy_year(),
            Action::Open if matches!(self.state.focus, Focus::List) && kind == ListKind::Due => {
                self.follow_due()
            }
            _ => return false,
        }
        true
    }

    /// Says which view an action belongs to.
    pub(super) fn not_here(&mut self, view: ListKind) {
        let lang = self.state.lang;
        let name = lang.pick(view_title(view));
        self.state
            .inform(lang.yf(CycleMsg::NotInThisView, &[&name]));
    }

    fn move_rank(&mut self, up: bool) {
        let Some(Row::Application(row)) = self.state.list().selected_row().cloned() else {
            return self
                .state
                .inform(self.state.lang.y(CycleMsg::NothingSelected));
        };
        match self.store.move_in_ranking(row.id, up) {
            Ok(()) => {
                self.reload_list();
                let at = self.state.list().selected;
                let total = self.state.list().total;
                let to = if up {
                    at.saturating_sub(1)
                } else {
                    (at + 1).min(total.saturating_sub(1))
                };
                self.select(to);
            }
            Err(e) => self.state.warn(store_error_text(self.state.lang, &e)),
        }
    }

    fn draft_case(&mut self) {
        let lang = self.state.lang;
        if self.state.list().kind != ListKind::Ranking {
            return self.not_here(ListKind::Ranking);
        }
        let year = self.state.today.year();
        match self.store.draft_ranking_case(year, self.state.today) {
            Ok(id) => {
                let title = self.store.case_title(id).unwrap_or_default();
                self.jump_to(&Hit {
                    kind: SearchKind::Case,
                    id,
                    title: title.clone(),
                    score: 0,
                });
                self.state.inform(lang.yf(CycleMsg::CaseDrafted, &[&title]));
            }
            Err(e) => self.state.warn(store_error_text(lang, &e)),
        }
    }

    fn copy_year(&mut self) {
        let lang = self.state.lang;
        if self.state.list().kind != ListKind::Milestones {
            return self.not_here(ListKind::Milestones);
        }
        let year = self.state.list().filter.year;
        match self.store.copy_cycle(year, year + 1) {
            Ok(n) => {
                let i = Pane::Cycle.index();
                self.state.lists[i].filter.year = year + 1;
                self.state.lists[i].selected = 0;
                self.refresh_cycle();
                self.reload_list();
                self.state
                    .inform(lang.yf(CycleMsg::CycleCopied, &[&n, &(year + 1)]));
            }
            Err(e) => self.state.warn(store_error_text(lang, &e)),
        }
    }

    /// Enter on a due item: to the application, the unit, the milestone; a meeting
    /// opens its detail (its agenda).
    fn follow_due(&mut self) {
        let Some(Row::Due(item)) = self.state.list().selected_row().cloned() else {
            return;
        };
        let hit = |kind, id| Hit {
            kind,
            id,
            title: item.title.clone(),
            score: 0,
        };
        match item.reference {
            Some(("applications", id)) => {
                self.show_view(ListKind::Applications);
                self.select_row(|r| matches!(r, Row::Application(a) if a.id == id));
            }
            Some(("units", id)) => self.jump_to(&hit(SearchKind::Unit, id)),
            Some(("milestones", id)) => {
                self.show_view(ListKind::Milestones);
                self.select_row(|r| matches!(r, Row::Milestone(m) if m.id == id));
            }
            Some(("leadership_periods", id)) => self.open_leadership_list(Some(id)),
            Some(("environment_obligations", _)) => self.open_obligations(),
            Some(("dialogue_events", id)) => self.open_dialogue_list(Some(id)),
            _ if matches!(
                item.kind,
                crate::store::DueKind::Calendar(crate::store::CalendarKind::SetAside { .. })
            ) =>
            {
                self.open_set_aside_here()
            }
            _ => self.state.focus = Focus::Detail,
        }
    }

    /// Selects the first row of the current list for which `is` holds (the computed
    /// and application lists are short: reading them whole is cheap).
    pub(super) fn select_row(&mut self, is: impl Fn(&Row) -> bool) {
        let list = self.state.list();
        let (kind, filter) = (list.kind, list.filter.clone());
        let rows = self.store.list_window(kind, &filter, 0, usize::MAX >> 1);
        if let Some(at) = rows.ok().and_then(|rows| rows.iter().position(&is)) {
            self.select(at);
        }
    }

    /// The first month the timeline shows for `months` months a column.
    pub fn timeline_start(&self, months: u32) -> (i32, u32) {
        let year = self.state.lists[Pane::Cycle.index()].filter.year;
        let months = months.clamp(1, 12);
        let today = self.state.today;
        let base = if year == today.year() {
            crate::domain::period_start(today.month(), months) - 1
        } else {
            0
        };
        let periods = i64::from(12 / months);
        let at = (i64::from(base / months) + i64::from(self.state.timeline.shift))
            .rem_euclid(periods.max(1));
        (year, u32::try_from(at).unwrap_or(0) * months + 1)
    }
}

/// The title of a pane's view (bokmål, English).
pub fn view_title(kind: ListKind) -> (&'static str, &'static str) {
    match kind {
        ListKind::Due => CycleMsg::ViewDue.pair(),
        ListKind::Milestones => CycleMsg::ViewMilestones.pair(),
        ListKind::Applications => CycleMsg::ViewApplications.pair(),
        ListKind::Ranking => CycleMsg::ViewRanking.pair(),
        ListKind::Meetings => ("Møter", "Meetings"),
        ListKind::Cases => ("Saker", "Cases"),
        ListKind::Reports => ("Årsrapporter", "Annual reports"),
        ListKind::Renewals => ("Perioder", "Periods"),
        ListKind::Money => ("Penger", "Money"),
        ListKind::Summary => crate::i18n::SummaryMsg::ViewTitle.pair(),
        ListKind::Contacts => ("Kontakter", "Contacts"),
        ListKind::Units => ("Tjenester", "Units"),
        ListKind::Breaches => (
            "Referansegrupper med brudd",
            "Reference groups breaking rules",
        ),
    }
}

/// One sentence per region that owes anchoring answers: how many applications, and
/// the earliest due date in working days (or how late), most urgent first.
fn anchoring_warnings(
    lang: crate::i18n::Lang,
    today: NaiveDate,
    pending: &[DueItem],
) -> Vec<String> {
    let mut by_region: BTreeMap<String, (usize, NaiveDate)> = BTreeMap::new();
    for item in pending {
        let Some(region) = item.owner.clone() else {
            continue;
        };
        let entry = by_region.entry(region).or_insert((0, item.date));
        entry.0 += 1;
        entry.1 = entry.1.min(item.date);
    }
    let mut rows: Vec<(NaiveDate, String, usize)> = by_region
        .into_iter()
        .map(|(region, (n, date))| (date, region, n))
        .collect();
    rows.sort();
    rows.into_iter()
        .map(|(date, region, n)| {
            let region =
                Region::from_code(&region).map_or(region.clone(), |r| r.code().to_string());
            let when = due_when(lang, today, date);
            let msg = if date < today {
                CycleMsg::AwaitAnchoringLate
            } else {
                CycleMsg::AwaitAnchoring
            };
            let noun = lang.y(if n == 1 {
                CycleMsg::Application
            } else {
                CycleMsg::Applications
            });
            lang.yf(msg, &[&region, &n, &noun, &when])
        })
        .collect()
}
