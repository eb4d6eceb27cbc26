//! The service environment's own obligations on screen, from any pane (the palette):
//!
//! - `obligations` opens the one row: the start of operation (HOD's letter received
//!   20.09.2022) and what it rests on, the report's title, years and region, the day it
//!   was sent, and the yearly day by which a region records its setting-aside;
//! - `set_aside` records a region's setting-aside of 2–4 % for the year: the region of
//!   the money view's selected line (or of a set-aside item in Årshjul's due list),
//!   else chosen first; a percentage or an amount, emptying both removes it;
//! - `dialogue`: the dialogue events (list, new, change, delete, history).
//!
//! The store refuses what breaks a rule with a sentence; the dialog keeps what was
//! typed. Store calls: `obligations`, `update_obligations`, `set_aside`,
//! `record_set_aside`, `delete_set_aside`, `money`, and the events' (see `dialogue`).

mod dialogue;

use chrono::{Datelike, NaiveDate};
use strum::IntoEnumIterator;

use super::dialog::{DialogField, DialogState, Purpose};
use super::lists::store_error_text;
use super::state::App;
use crate::domain::{
    Code, ObligationRefusal, Refusal, Region, parse_date_input, parse_decimal, round_mnok,
    set_aside_year,
};
use crate::i18n::{CycleMsg, Lang, LeadMsg, ObligMsg, refusal_text};
use crate::store::{
    CalendarKind, DueKind, HistoryTarget, ObligationsEdit, Row, SetAsideEdit, StoreError,
};

/// The field a refusal is about, in its dialog (the cursor goes there).
fn refused_field(r: &ObligationRefusal) -> usize {
    use ObligationRefusal as R;
    match r {
        R::PercentOutside { .. } | R::NothingRecorded | R::EventWithoutDate => 0,
        R::NegativeAmount | R::EventWithoutTitle | R::BadYear { .. } => 1,
        R::YearsOutside { .. } => 3,
        R::SentBeforeStart { .. } => 5,
        R::BadDueDay { .. } => 6,
    }
}

/// A date field's text: dd.mm.yyyy.
pub(super) fn date_text(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

pub(super) fn regions() -> Vec<(String, String)> {
    Region::iter()
        .map(|r| (r.code().to_string(), r.code().to_string()))
        .collect()
}

/// A number as typed, a leading minus allowed (the store refuses a negative amount
/// with its sentence); `Ok(None)` when empty.
fn typed_number(lang: Lang, d: &DialogState, i: usize) -> Result<Option<f64>, (String, usize)> {
    let text = d.value(i);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let (sign, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, trimmed),
    };
    parse_decimal(digits)
        .map(|n| Some(sign * n))
        .ok_or_else(|| {
            (
                lang.of(ObligMsg::NotANumber, &[&text, &field_name(lang, d, i)]),
                i,
            )
        })
}

pub(super) fn field_name(lang: Lang, d: &DialogState, i: usize) -> String {
    d.fields
        .get(i)
        .map(|f| lang.pick(f.label).to_string())
        .unwrap_or_default()
}

/// A date as typed; `Ok(None)` when empty.
pub(super) fn typed_date(
    lang: Lang,
    d: &DialogState,
    i: usize,
) -> Result<Option<NaiveDate>, (String, usize)> {
    let text = d.value(i);
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_date_input(&text).map(Some).ok_or_else(|| {
        (
            lang.yf(CycleMsg::BadDate, &[&text, &field_name(lang, d, i)]),
            i,
        )
    })
}

/// "dd.mm" as typed (month, day); the store checks it is a day of the year.
fn typed_day(lang: Lang, d: &DialogState, i: usize) -> Result<(u32, u32), (String, usize)> {
    let text = d.value(i);
    let mut parts = text.trim().trim_end_matches('.').split('.');
    let day = parts.next().and_then(|p| p.trim().parse::<u32>().ok());
    let month = parts.next().and_then(|p| p.trim().parse::<u32>().ok());
    match (day, month, parts.next()) {
        (Some(day), Some(month), None) => Ok((month, day)),
        _ => Err((
            lang.of(ObligMsg::NotADay, &[&text, &field_name(lang, d, i)]),
            i,
        )),
    }
}

impl App {
    /// The obligations row's dialog.
    pub(super) fn open_obligations(&mut self) {
        let lang = self.state.lang;
        let o = match self.store.obligations() {
            Ok(o) => o,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let fields = vec![
            DialogField::text(ObligMsg::FieldStarted, date_text(o.started_on)),
            DialogField::text(ObligMsg::FieldBasis, &o.started_basis),
            DialogField::text(ObligMsg::FieldReportTitle, &o.report_title),
            DialogField::text(ObligMsg::FieldYears, o.report_years.to_string()),
            DialogField::choice(ObligMsg::FieldOwner, regions(), o.report_owner.code()),
            DialogField::text(
                ObligMsg::FieldSent,
                o.report_sent_on.map(date_text).unwrap_or_default(),
            ),
            DialogField::text(
                ObligMsg::FieldDueDay,
                format!("{:02}.{:02}", o.set_aside_day, o.set_aside_month),
            ),
            DialogField::text(CycleMsg::FieldNote, &o.note),
        ];
        let title = lang.o(ObligMsg::ObligationsTitle).to_string();
        let purpose = Purpose::Obligations { version: o.version };
        self.open_dialog(title, purpose, fields);
    }

    /// `set_aside`: for the region of the money view's or the due list's selected line,
    /// else the dialog that chooses one.
    pub(super) fn open_set_aside_here(&mut self) {
        let year = self.state.list().filter.year;
        match self.state.list().selected_row() {
            Some(Row::Money(m)) if m.region.is_some() => {
                let (region, year) = (m.region.unwrap_or(Region::Hv), m.set_aside_year);
                self.open_set_aside(region, year)
            }
            Some(Row::Due(d))
                if matches!(d.kind, DueKind::Calendar(CalendarKind::SetAside { .. })) =>
            {
                let region = d.owner.as_deref().and_then(Region::from_code);
                match region {
                    Some(region) => self.open_set_aside(region, d.date.year()),
                    None => self.open_set_aside_choice(year),
                }
            }
            _ => self.open_set_aside_choice(year),
        }
    }

    fn open_set_aside_choice(&mut self, year: i32) {
        let lang = self.state.lang;
        let region = self
            .store
            .leading_region_on(self.state.today)
            .ok()
            .flatten()
            .unwrap_or(Region::Hv);
        let fields = vec![
            DialogField::choice(CycleMsg::FieldRegion, regions(), region.code()),
            DialogField::text(ObligMsg::FieldYear, year.to_string()),
        ];
        let title = lang.o(ObligMsg::SetAsideChooseTitle).to_string();
        self.open_dialog(title, Purpose::SetAsideChoose, fields);
    }

    /// The setting-aside of `region` for `year`, with what 2 % and 4 % come to.
    pub(super) fn open_set_aside(&mut self, region: Region, year: i32) {
        let lang = self.state.lang;
        let recorded = match self.store.set_aside(year, region) {
            Ok(r) => r,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let number =
            |v: Option<f64>, decimals| v.map(|v| lang.number(v, decimals)).unwrap_or_default();
        let fields = vec![
            DialogField::text(
                ObligMsg::FieldPercent,
                number(recorded.as_ref().and_then(|s| s.percent), 1),
            ),
            DialogField::text(
                ObligMsg::FieldAmount,
                number(recorded.as_ref().and_then(|s| s.mnok), 2),
            ),
            DialogField::text(
                CycleMsg::FieldNote,
                recorded
                    .as_ref()
                    .map(|s| s.note.clone())
                    .unwrap_or_default(),
            ),
        ];
        let title = lang.of(ObligMsg::SetAsideTitle, &[&region.code(), &year]);
        let purpose = Purpose::SetAside {
            region,
            year,
            version: recorded.map(|s| s.version).unwrap_or(0),
        };
        self.open_dialog(title, purpose, fields);
        if let Ok(money) = self.store.money(year) {
            let line = money.region(region);
            let text = lang.of(
                ObligMsg::MoneyMissing,
                &[
                    &year,
                    &lang.number(round_mnok(line.share_low_mnok), 1),
                    &lang.number(round_mnok(line.share_high_mnok), 1),
                ],
            );
            if line.set_aside_mnok.is_none() {
                self.state.inform(text);
            }
        }
    }

    /// The history of an obligation record, opened from "Siden sist" or a jump.
    pub(super) fn open_obligation_record(&mut self, target: HistoryTarget) {
        match target {
            HistoryTarget::DialogueEvent(id) => self.open_dialogue_list(Some(id)),
            HistoryTarget::SetAside(_) => self.show_history(target),
            _ => self.open_obligations(),
        }
    }

    /// Enter in an obligations dialog.
    pub(super) fn save_obligation_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let result = match &d.purpose {
            Purpose::Obligations { version } => {
                let edit = match self.typed_obligations(d) {
                    Ok(e) => e,
                    Err((text, field)) => return self.dialog_refused(text, Some(field)),
                };
                self.store
                    .update_obligations(*version, &edit)
                    .and_then(|()| {
                        let o = self.store.obligations()?;
                        let due = o.report_due().map(|d| lang.date(d)).unwrap_or_default();
                        let day = format!("{:02}.{:02}", o.set_aside_day, o.set_aside_month);
                        Ok(lang.of(ObligMsg::ObligationsSaved, &[&due, &day]))
                    })
            }
            Purpose::SetAsideChoose => {
                let year = match set_aside_year(&d.value(1)) {
                    Ok(year) => year,
                    Err(r) => {
                        let text = refusal_text(lang, &Refusal::Obligation(r));
                        return self.dialog_refused(text, Some(1));
                    }
                };
                // The region is a choice of the four, so always one of them.
                let Some(region) = Region::from_code(&d.value(0)) else {
                    return;
                };
                let _ = self.take_dialog();
                return self.open_set_aside(region, year);
            }
            Purpose::SetAside {
                region,
                year,
                version,
            } => {
                let (region, year, version) = (*region, *year, *version);
                let (percent, mnok) = match (typed_number(lang, d, 0), typed_number(lang, d, 1)) {
                    (Ok(p), Ok(m)) => (p, m),
                    (Err((t, f)), _) | (_, Err((t, f))) => return self.dialog_refused(t, Some(f)),
                };
                if percent.is_none() && mnok.is_none() && version > 0 {
                    self.remove_set_aside(region, year)
                } else {
                    let edit = SetAsideEdit {
                        year,
                        region,
                        percent,
                        mnok,
                        note: d.value(2),
                    };
                    self.store.record_set_aside(&edit, version).and_then(|_| {
                        let line = self.store.money(year)?.region(region);
                        let amount = line.set_aside_mnok.map(round_mnok).unwrap_or_default();
                        Ok(lang.of(
                            ObligMsg::SetAsideSaved,
                            &[&region.code(), &year, &lang.number(amount, 2)],
                        ))
                    })
                }
            }
            _ => return self.save_dialogue_dialog(d),
        };
        self.finish_obligation(d, result);
    }

    fn remove_set_aside(&mut self, region: Region, year: i32) -> Result<String, StoreError> {
        let lang = self.state.lang;
        let Some(row) = self.store.set_aside(year, region)? else {
            return Ok(lang.of(ObligMsg::SetAsideRemoved, &[&region.code(), &year]));
        };
        let Purpose::SetAside { version, .. } = self
            .state
            .dialog()
            .map(|d| d.purpose.clone())
            .unwrap_or(Purpose::SetAsideChoose)
        else {
            return Ok(String::new());
        };
        self.store.delete_set_aside(row.id, version)?;
        Ok(lang.of(ObligMsg::SetAsideRemoved, &[&region.code(), &year]))
    }

    /// The result of a save: the message, or the refusal with the dialog kept (a
    /// conflict takes the record's version now, so Enter again saves over it).
    pub(super) fn finish_obligation(
        &mut self,
        d: &DialogState,
        result: Result<String, StoreError>,
    ) {
        self.dialog_write_result(
            result,
            |app| app.refresh_obligation_version(d),
            |e| match e {
                StoreError::Refused(Refusal::Obligation(r)) => Some(refused_field(r)),
                _ => None,
            },
        );
    }

    fn refresh_obligation_version(&mut self, d: &DialogState) {
        let fresh = match &d.purpose {
            Purpose::Obligations { .. } => self
                .store
                .obligations()
                .ok()
                .map(|o| Purpose::Obligations { version: o.version }),
            Purpose::SetAside { region, year, .. } => self
                .store
                .set_aside(*year, *region)
                .ok()
                .map(|s| Purpose::SetAside {
                    region: *region,
                    year: *year,
                    version: s.map(|s| s.version).unwrap_or(0),
                }),
            Purpose::EditDialogue { id, .. } => {
                self.store
                    .dialogue_event(*id)
                    .ok()
                    .map(|e| Purpose::EditDialogue {
                        id: *id,
                        version: e.version,
                    })
            }
            Purpose::DeleteDialogue { id, name, .. } => {
                self.store
                    .dialogue_event(*id)
                    .ok()
                    .map(|e| Purpose::DeleteDialogue {
                        id: *id,
                        version: e.version,
                        name: name.clone(),
                    })
            }
            _ => None,
        };
        if let (Some(fresh), Some(dialog)) = (fresh, self.state.dialog_mut()) {
            dialog.purpose = fresh;
        }
    }

    fn typed_obligations(&self, d: &DialogState) -> Result<ObligationsEdit, (String, usize)> {
        let lang = self.state.lang;
        let started_on = typed_date(lang, d, 0)?
            .ok_or_else(|| (lang.lead(LeadMsg::NeedDate, &[&field_name(lang, d, 0)]), 0))?;
        let years_text = d.value(3);
        let report_years = years_text.trim().parse::<i64>().map_err(|_| {
            (
                lang.of(ObligMsg::NotYears, &[&years_text, &field_name(lang, d, 3)]),
                3,
            )
        })?;
        let report_owner = Region::from_code(&d.value(4))
            .ok_or_else(|| (lang.y(CycleMsg::NothingSelected).to_string(), 4))?;
        let (set_aside_month, set_aside_day) = typed_day(lang, d, 6)?;
        Ok(ObligationsEdit {
            started_on,
            started_basis: d.value(1),
            report_title: d.value(2),
            report_years,
            report_owner,
            report_sent_on: typed_date(lang, d, 5)?,
            set_aside_month,
            set_aside_day,
            note: d.value(7),
        })
    }
}
