//! Tjenester: `b` on a quality and competence network that has no period yet records
//! the RHFs' decision to fund it, its first five-year period: first day (the approval
//! date offered), last day (empty: five years on), yearly frame and the coordinating
//! health trust among the host region's. From then on the network is in Fornyelser,
//! where the RHFs decide on the next period in year 6 (`b` there).
//!
//! A network comes into the registry without a period (a portfolio file has no column
//! for one), and Fornyelser lists only networks with a period, so this is where a new
//! desk gives its networks their current period. On a network that has one, `b` says
//! where its renewal is decided; on another kind of unit, what `b` is for here.
//!
//! Store calls: `network`, `host_trusts`, `add_network_period`.

use crate::app::action::Action;
use crate::app::dialog::{DialogField, DialogState, Purpose};
use crate::app::lists::store_error_text;
use crate::app::state::{App, Pane};
use crate::domain::{UnitKind, next_period, parse_date_input, parse_decimal};
use crate::i18n::{CaseMsg, CycleMsg, RenewalMsg};
use crate::store::Row;

impl App {
    /// `b` on a unit in Tjenester; false when `action` is not that.
    pub(in crate::app) fn period_action(&mut self, action: Action) -> bool {
        if action != Action::Decide {
            return false;
        }
        let Some(Row::Unit(unit)) = self.state.list().selected_row().cloned() else {
            return false;
        };
        let lang = self.state.lang;
        if unit.kind != UnitKind::Network {
            self.state.inform(lang.r(RenewalMsg::PeriodOnlyNetworks));
            return true;
        }
        let network = match self.store.network(unit.id, self.state.today) {
            Ok(n) => n,
            Err(e) => {
                self.state.warn(store_error_text(lang, &e));
                return true;
            }
        };
        if let Some(last) = network.periods.last() {
            let (from, to) = (lang.date(last.starts_on), lang.date(last.ends_on));
            let text = lang.rf(RenewalMsg::PeriodInRenewals, &[&network.name, &from, &to]);
            self.state.inform(text);
            return true;
        }
        let trusts = match self.store.host_trusts(unit.id) {
            Ok(t) => t,
            Err(e) => {
                self.state.warn(store_error_text(lang, &e));
                return true;
            }
        };
        // The trust is passed to the store by name, as an application's is.
        let trusts = std::iter::once((String::new(), lang.r(RenewalMsg::NoTrust).to_string()))
            .chain(trusts.into_iter().map(|(_, name)| (name.clone(), name)))
            .collect();
        let start = unit.approved_on.unwrap_or(self.state.today);
        let end = five_years_from(start);
        let fields = vec![
            DialogField::text(
                RenewalMsg::FieldPeriodStart,
                start.format("%d.%m.%Y").to_string(),
            ),
            DialogField::text(
                RenewalMsg::FieldPeriodEnd,
                end.format("%d.%m.%Y").to_string(),
            ),
            DialogField::text(CycleMsg::FieldFrame, lang.number(1.0, 1)),
            DialogField::choice(RenewalMsg::FieldCoordinator, trusts, ""),
        ];
        let title = lang.rf(RenewalMsg::FirstPeriodOf, &[&unit.name]);
        self.open_dialog(title, Purpose::FirstPeriod { unit: unit.id }, fields);
        true
    }

    /// Saves the first-period dialog.
    pub(in crate::app) fn save_period_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let Purpose::FirstPeriod { unit } = d.purpose else {
            return;
        };
        let bad_date = |app: &mut App, at: usize| {
            let (text, name) = (d.value(at), lang.pick(d.fields[at].label));
            app.dialog_refused(lang.yf(CycleMsg::BadDate, &[&text, &name]), Some(at));
        };
        let Some(start) = parse_date_input(&d.value(0)) else {
            return bad_date(self, 0);
        };
        let end = if d.value(1).trim().is_empty() {
            five_years_from(start)
        } else {
            match parse_date_input(&d.value(1)) {
                Some(end) => end,
                None => return bad_date(self, 1),
            }
        };
        let Some(frame) = parse_decimal(&d.value(2)) else {
            return self.dialog_refused(lang.kf(CaseMsg::BadNumber, &[&d.value(2)]), Some(2));
        };
        let trust = d.value(3);
        let trust = (!trust.is_empty()).then_some(trust.as_str());
        match self
            .store
            .add_network_period(unit, start, end, frame, trust)
        {
            Ok(_) => {
                // Fornyelser lists the network now: read it again when it is shown.
                self.state.lists[Pane::Renewals.index()].loaded = false;
                let (from, to) = (lang.date(start), lang.date(end));
                self.dialog_saved(lang.rf(RenewalMsg::PeriodSaved, &[&from, &to]));
            }
            Err(e) => self.dialog_refused(store_error_text(lang, &e), None),
        }
    }
}

/// The last day of a five-year period that starts on `start`.
fn five_years_from(start: chrono::NaiveDate) -> chrono::NaiveDate {
    next_period(start.pred_opt().unwrap_or(start)).1
}
