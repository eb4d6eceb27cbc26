//! The texts of the leadership periods (`LeadMsg`): the dialogs that add, change and
//! delete them, the hand-over on the Årshjul, the item in `irf due` and `irf
//! leadership`; bokmål and English side by side.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::{Lang, fill};
use crate::domain::{Code, Region};
use crate::store::{DueItem, DueKind, LeadershipPeriod};

/// A text about the leadership periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadMsg {
    /// Dialog title: the list of periods.
    ListTitle,
    /// Dialog title: a new period.
    NewTitle,
    /// Dialog title: changing a period.
    EditTitle,
    /// Dialog title asking to delete a period.
    ConfirmDelete,
    /// Field: which period.
    FieldPeriod,
    /// Field: what to do with it.
    FieldDo,
    /// Field: the first day.
    FieldFrom,
    /// Field: the last day.
    FieldTo,
    /// Field: IRF's decision.
    FieldDecision,
    /// Choice: change the period.
    DoEdit,
    /// Choice: delete the period.
    DoDelete,
    /// Choice: show its history.
    DoHistory,
    /// No period is recorded yet.
    NonePeriods,
    /// A date field left empty.
    NeedDate,
    /// A period was added.
    Added,
    /// A period was changed.
    Saved,
    /// A neighbour's period moved along.
    Moved,
    /// A period was deleted.
    Deleted,
    /// A label of one period: region, from, to.
    PeriodLabel,
    /// `irf due`, the Årshjul: leadership passes to the next region.
    HandOver,
    /// `irf due`, the Årshjul: the period ends and none follows.
    NoNext,
    /// The label of the calendar's hand-over.
    KindHandOver,
    /// The label of the due item.
    KindLeadership,
    /// `irf leadership`: a heading.
    Heading,
    /// `irf leadership`: column.
    ColFrom,
    /// `irf leadership`: column.
    ColTo,
    /// `irf leadership`: column.
    ColRegion,
    /// `irf leadership`: column.
    ColDecision,
    /// `irf leadership`: column.
    ColNote,
    /// `irf leadership`: the period covering today.
    Today,
    /// `irf leadership`: no period covers today; the old setting answers.
    TodaySetting,
    /// `irf leadership`: no period and no setting.
    TodayNobody,
    /// `irf leadership`: nothing recorded.
    NothingRecorded,
}

impl LeadMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use LeadMsg as M;
        match self {
            M::ListTitle => ("Ledelsesperioder", "Leadership periods"),
            M::NewTitle => ("Ny ledelsesperiode", "New leadership period"),
            M::EditTitle => (
                "Endre ledelsesperioden {}",
                "Change the leadership period {}",
            ),
            M::ConfirmDelete => (
                "Slette ledelsesperioden {}? Enter = ja, Esc = nei",
                "Delete the leadership period {}? Enter = yes, Esc = no",
            ),
            M::FieldPeriod => ("Periode", "Period"),
            M::FieldDo => ("Gjør", "Do"),
            M::FieldFrom => ("Fra", "From"),
            M::FieldTo => ("Til", "To"),
            M::FieldDecision => (
                "Vedtak (f.eks. IRF 21.11.2022)",
                "Decision (e.g. IRF 21.11.2022)",
            ),
            M::DoEdit => ("Endre", "Change"),
            M::DoDelete => ("Slett", "Delete"),
            M::DoHistory => ("Vis historikk", "Show history"),
            M::NonePeriods => (
                "Ingen ledelsesperioder er registrert ennå: legg til den første.",
                "No leadership period is recorded yet: add the first.",
            ),
            M::NeedDate => (
                "Feltet {} må ha en dato. Skriv dd.mm.åååå, for eksempel 01.01.2027.",
                "The field {} needs a date. Type dd.mm.yyyy, e.g. 01.01.2027.",
            ),
            M::Added => (
                "Ledelsesperioden er lagt til: {}.",
                "The leadership period was added: {}.",
            ),
            M::Saved => (
                "Ledelsesperioden er lagret: {}.",
                "The leadership period was saved: {}.",
            ),
            M::Moved => (
                " Naboperioden fulgte med: {}.",
                " The neighbouring period moved with it: {}.",
            ),
            M::Deleted => (
                "Ledelsesperioden {} er slettet.",
                "The leadership period {} was deleted.",
            ),
            M::PeriodLabel => ("{} {}–{}", "{} {} to {}"),
            M::HandOver => ("{} → {} {}", "{} → {} {}"),
            M::NoNext => ("{} til {}, ingen etter", "{} until {}, none after"),
            M::KindHandOver => ("Ny ledelse", "New leadership"),
            M::KindLeadership => ("Ledelse", "Leadership"),
            M::Heading => (
                "Ledelsen av arbeidsgruppen går på omgang mellom regionene:",
                "Leadership of the working group rotates between the regions:",
            ),
            M::ColFrom => ("Fra", "From"),
            M::ColTo => ("Til", "To"),
            M::ColRegion => ("Region", "Region"),
            M::ColDecision => ("Vedtak", "Decision"),
            M::ColNote => ("Merknad", "Note"),
            M::Today => (
                "I dag ({}) leder {} ({}–{}).",
                "Today ({}) {} leads ({} to {}).",
            ),
            M::TodaySetting => (
                "Ingen periode dekker i dag ({}); innstillingen leading_region gir {}.",
                "No period covers today ({}); the setting leading_region gives {}.",
            ),
            M::TodayNobody => (
                "Ingen periode dekker i dag ({}), og ingen region er satt som leder.",
                "No period covers today ({}), and no region is set as leader.",
            ),
            M::NothingRecorded => (
                "Ingen ledelsesperioder er registrert.",
                "No leadership period is recorded.",
            ),
        }
    }
}

impl Lang {
    /// The text of a leadership message.
    pub fn l(self, msg: LeadMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// A leadership message with its `{}` placeholders filled in order.
    pub fn lead(self, msg: LeadMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.l(msg), args)
    }
}

/// "HV 01.01.2023–31.12.2024": a period as lists and sentences name it.
pub fn period_label(lang: Lang, p: &LeadershipPeriod) -> String {
    lang.lead(
        LeadMsg::PeriodLabel,
        &[
            &p.region.code(),
            &lang.date(p.starts_on),
            &lang.date(p.ends_on),
        ],
    )
}

/// The sentence of a leadership item of `irf due` and the Årshjul: the hand-over the
/// day after `ends_on`, or that no next period is recorded.
pub fn leadership_sentence(
    lang: Lang,
    from: Region,
    to: Option<Region>,
    ends_on: NaiveDate,
) -> String {
    match to {
        Some(to) => {
            let day = ends_on.succ_opt().unwrap_or(ends_on);
            lang.lead(
                LeadMsg::HandOver,
                &[&from.code(), &to.code(), &lang.date(day)],
            )
        }
        None => lang.lead(LeadMsg::NoNext, &[&from.code(), &lang.date(ends_on)]),
    }
}

/// A due item's title as shown: a leadership item as its sentence, the others as
/// recorded.
pub fn due_title(lang: Lang, item: &DueItem) -> Cow<'_, str> {
    match item.kind {
        DueKind::Leadership { from, to } => {
            Cow::Owned(leadership_sentence(lang, from, to, item.date))
        }
        _ => Cow::Borrowed(&item.title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hand_over_is_the_day_after_the_end() {
        let end = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(
            leadership_sentence(Lang::Nb, Region::Hmn, Some(Region::Hn), end),
            "HMN → HN 01.01.2027"
        );
        assert_eq!(
            leadership_sentence(Lang::En, Region::Hmn, None, end),
            "HMN until 2026-12-31, none after"
        );
    }
}
