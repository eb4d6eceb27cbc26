//! The texts of the service environment's own obligations (`ObligMsg`): the status
//! report to HOD and the start of operation, the dialogue events, each region's
//! setting-aside of 2–4 % (its dialog and its lines in the money view), and their kinds
//! in the Årshjul, `irf calendar` and `irf due`; bokmål and English side by side.

use super::{Lang, fill};

/// A text about the obligations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObligMsg {
    /// Kind: the status report, not sent (kinds stay within 13 columns, as the
    /// others, so `irf due` keeps its columns).
    KindReport,
    /// Kind: the status report, sent.
    KindReportSent,
    /// Kind: a region's setting-aside, not recorded.
    KindSetAside,
    /// Kind: a region's setting-aside, recorded.
    KindSetAsideRecorded,
    /// Kind: a dialogue event.
    KindDialogue,
    /// Dialog title: the report and the start of operation.
    ObligationsTitle,
    /// Field: the start of operation.
    FieldStarted,
    /// Field: what the start rests on.
    FieldBasis,
    /// Field: the report's title.
    FieldReportTitle,
    /// Field: the years after the start.
    FieldYears,
    /// Field: the region writing the report.
    FieldOwner,
    /// Field: when the report was sent.
    FieldSent,
    /// Field: the yearly day of the setting-aside.
    FieldDueDay,
    /// Saved: the report and the day.
    ObligationsSaved,
    /// Dialog title: the list of dialogue events.
    EventsTitle,
    /// Field: which event.
    FieldEvent,
    /// Dialog title: a new event.
    NewEventTitle,
    /// Dialog title: changing an event.
    EditEventTitle,
    /// Dialog title asking to delete an event.
    ConfirmDeleteEvent,
    /// Field: the day of an event.
    FieldDate,
    /// Field: an event's title.
    FieldTitle,
    /// Field: where.
    FieldPlace,
    /// Field: national or regional.
    FieldScope,
    /// Choice: national.
    National,
    /// Choice: regional.
    Regional,
    /// No event recorded yet.
    NoEvents,
    /// Saved: an event added.
    EventAdded,
    /// Saved: an event changed.
    EventSaved,
    /// An event deleted.
    EventDeleted,
    /// Dialog title: a region's setting-aside of a year.
    SetAsideTitle,
    /// Dialog title: choosing the region and year of a setting-aside.
    SetAsideChooseTitle,
    /// Field: the year.
    FieldYear,
    /// Field: the percentage.
    FieldPercent,
    /// Field: the amount.
    FieldAmount,
    /// Saved: a setting-aside recorded.
    SetAsideSaved,
    /// A setting-aside removed (both fields emptied).
    SetAsideRemoved,
    /// A field's text is not a number.
    NotANumber,
    /// A field's text is not a day and month.
    NotADay,
    /// A field's text is not a whole number of years.
    NotYears,
    /// Money view column: the recorded setting-aside.
    ColSetAside,
    /// Money view detail: recorded.
    MoneyRecorded,
    /// Money view detail: not recorded.
    MoneyMissing,
    /// Money view detail: the recorded amount is outside 2–4 %.
    MoneyOutside,
    /// Money view detail: how to record it.
    MoneyHint,
    /// Money view detail: the total recorded.
    MoneyTotalRecorded,
}

impl ObligMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use ObligMsg as M;
        match self {
            M::KindReport => ("Statusrapport", "Status report"),
            M::KindReportSent => ("Rapport sendt", "Report sent"),
            M::KindSetAside => ("Avsetning", "Set-aside"),
            M::KindSetAsideRecorded => ("Avsatt", "Set aside"),
            M::KindDialogue => ("Dialogmøte", "Dialogue"),
            M::ObligationsTitle => (
                "Statusrapport til HOD og årlig avsetning",
                "Status report to HOD and yearly set-aside",
            ),
            M::FieldStarted => ("Drift startet", "Operation started"),
            M::FieldBasis => ("Grunnlag", "Basis"),
            M::FieldReportTitle => ("Rapportens tittel", "Report title"),
            M::FieldYears => ("Rapport etter antall år", "Report after years"),
            M::FieldOwner => ("Ansvarlig region", "Responsible region"),
            M::FieldSent => ("Sendt (tomt = ikke sendt)", "Sent (empty = not sent)"),
            M::FieldDueDay => (
                "Avsetning registreres innen (dd.mm)",
                "Set-aside recorded by (dd.mm)",
            ),
            M::ObligationsSaved => (
                "Lagret: statusrapporten forfaller {}, avsetningen registreres innen {} hvert år.",
                "Saved: the status report is due on {}, the set-aside is recorded by {} each year.",
            ),
            M::EventsTitle => ("Dialogmøter", "Dialogue events"),
            M::FieldEvent => ("Dialogmøte", "Dialogue event"),
            M::NewEventTitle => ("Nytt dialogmøte", "New dialogue event"),
            M::EditEventTitle => ("Endre dialogmøtet {}", "Change the dialogue event {}"),
            M::ConfirmDeleteEvent => (
                "Slette dialogmøtet {}? Enter = ja, Esc = nei",
                "Delete the dialogue event {}? Enter = yes, Esc = no",
            ),
            M::FieldDate => ("Dato", "Date"),
            M::FieldTitle => ("Tittel", "Title"),
            M::FieldPlace => ("Sted", "Place"),
            M::FieldScope => ("Omfang", "Scope"),
            M::National => ("Nasjonalt", "National"),
            M::Regional => ("Regionalt", "Regional"),
            M::NoEvents => (
                "Ingen dialogmøter er registrert ennå: legg til det første.",
                "No dialogue event is recorded yet: add the first.",
            ),
            M::EventAdded => (
                "Dialogmøtet er lagt til: {}.",
                "The dialogue event was added: {}.",
            ),
            M::EventSaved => (
                "Dialogmøtet er lagret: {}.",
                "The dialogue event was saved: {}.",
            ),
            M::EventDeleted => (
                "Dialogmøtet {} er slettet.",
                "The dialogue event {} was deleted.",
            ),
            M::SetAsideTitle => ("Avsetning 2–4 %: {} {}", "Set-aside 2–4 %: {} {}"),
            M::SetAsideChooseTitle => (
                "Avsetning 2–4 %: hvilken region og hvilket år?",
                "Set-aside 2–4 %: which region and year?",
            ),
            M::FieldYear => ("År", "Year"),
            M::FieldPercent => ("Prosent (2–4)", "Per cent (2–4)"),
            M::FieldAmount => ("Beløp (MNOK)", "Amount (MNOK)"),
            M::SetAsideSaved => (
                "Avsetningen for {} {} er registrert: {} MNOK.",
                "The set-aside of {} for {} was recorded: {} MNOK.",
            ),
            M::SetAsideRemoved => (
                "Avsetningen for {} {} er fjernet: året står som ikke registrert.",
                "The set-aside of {} for {} was removed: the year shows as not recorded.",
            ),
            M::NotANumber => (
                "«{}» i feltet {} er ikke et tall. Skriv for eksempel 4 eller 1,5.",
                "“{}” in the field {} is not a number. Type e.g. 4 or 1.5.",
            ),
            M::NotADay => (
                "«{}» i feltet {} er ikke en dag i året. Skriv dd.mm, for eksempel 01.03.",
                "“{}” in the field {} is not a day of the year. Type dd.mm, e.g. 01.03.",
            ),
            M::NotYears => (
                "«{}» i feltet {} er ikke et helt antall år. Skriv for eksempel 2.",
                "“{}” in the field {} is not a whole number of years. Type e.g. 2.",
            ),
            M::ColSetAside => ("Avsatt", "Set aside"),
            M::MoneyRecorded => (
                "Avsatt for {}: {} MNOK ({} %)",
                "Set aside for {}: {} MNOK ({} %)",
            ),
            M::MoneyMissing => (
                "Avsetningen for {} er ikke registrert (2 % er {} MNOK, 4 % er {} MNOK).",
                "The set-aside for {} is not recorded (2 % is {} MNOK, 4 % is {} MNOK).",
            ),
            M::MoneyOutside => (
                "Beløpet er {} % av tilskuddet uten sjeldne diagnoser: utenfor 2–4 %.",
                "The amount is {} % of the grant excluding rare diagnoses: outside 2–4 %.",
            ),
            M::MoneyHint => (
                "Registrer avsetningen med «Avsetning 2–4 %» i kommandopaletten (:).",
                "Record the set-aside with “Set-aside 2–4 %” in the command palette (:).",
            ),
            M::MoneyTotalRecorded => (
                "Registrert avsatt for {}: {} MNOK",
                "Recorded as set aside for {}: {} MNOK",
            ),
        }
    }
}

impl Lang {
    /// The text of an obligations message.
    pub fn o(self, msg: ObligMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// An obligations message with its `{}` placeholders filled in order.
    pub fn of(self, msg: ObligMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.o(msg), args)
    }
}
