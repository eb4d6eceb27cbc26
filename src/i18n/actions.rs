//! What each action does, for the help overlay, the footer and the command palette.

use super::Lang;
use crate::app::Action;

/// The description of an action in the UI language.
pub fn action_description(lang: Lang, action: Action) -> &'static str {
    lang.pick(match action {
        Action::Leadership => (
            "Ledelsesperioder: hvilken region leder når; endre, slett, historikk",
            "Leadership periods: which region leads when; change, delete, history",
        ),
        Action::NewLeadership => (
            "Ny ledelsesperiode (region, fra, til, IRFs vedtak)",
            "New leadership period (region, from, to, IRF's decision)",
        ),
        Action::Ern => (
            "ERN-medlemskap: nettverk, HF og tjeneste; endre, slett, historikk",
            "ERN memberships: network, HF and unit; change, delete, history",
        ),
        Action::NewErn => (
            "Nytt ERN-medlemskap for valgt tjeneste (nettverk, HF, status, koordinator)",
            "New ERN membership of the selected unit (network, HF, status, coordinator)",
        ),
        Action::Obligations => (
            "Statusrapport til HOD (to år etter driftsstart) og årlig avsetningsdag",
            "Status report to HOD (two years after the start) and the set-aside's day",
        ),
        Action::DialogueEvents => (
            "Dialogmøter: endre, slett, historikk",
            "Dialogue events: change, delete, history",
        ),
        Action::NewDialogueEvent => (
            "Nytt dialogmøte (dato, tittel, sted, region, nasjonalt/regionalt)",
            "New dialogue event (date, title, place, region, national/regional)",
        ),
        Action::SetAside => (
            "Avsetning 2–4 %: registrer regionens avsetning for året",
            "Set-aside 2–4 %: record the region's set-aside for the year",
        ),
        Action::Import => (
            "Importer rapporter, enheter eller sjekklistesvar fra fil",
            "Import reports, units or checklist answers from a file",
        ),
        Action::Link => (
            "Koble saken til en tjeneste eller søknad (eller fjern en kobling)",
            "Link the case to a unit or application (or remove a link)",
        ),
        Action::Review => (
            "Vurder årsrapporten (sjekkliste, vurdering, oppfølging)",
            "Review the annual report (checklist, assessment, follow-up)",
        ),
        Action::AssignNumber => ("Gi saken nummer nå", "Give the case its number now"),
        Action::MeetingMode => (
            "Møtemodus (for projektor)",
            "Meeting mode (for the projector)",
        ),
        Action::NextView => ("Neste visning i fanen", "Next view in the pane"),
        Action::PrevView => ("Forrige visning i fanen", "Previous view in the pane"),
        Action::Step => (
            "Endre steg (søknad) eller status (sak)",
            "Change the step (application) or status (case)",
        ),
        Action::Anchor => (
            "Forankring (søknad) eller saksliste (sak)",
            "Anchoring (application) or agenda (case)",
        ),
        Action::RankUp => (
            "Flytt opp (rangering, saksliste)",
            "Move up (ranking, agenda)",
        ),
        Action::RankDown => (
            "Flytt ned (rangering, saksliste)",
            "Move down (ranking, agenda)",
        ),
        Action::Decide => ("Registrer IRFs vedtak", "Record IRF's decision"),
        Action::DraftCase => ("Lag saksutkast til IRF", "Draft the IRF case"),
        Action::CopyYear => (
            "Kopier årshjulet til neste år",
            "Copy the cycle to next year",
        ),
        Action::PrevPeriod => ("Tidslinjen: forrige måneder", "Timeline: earlier months"),
        Action::NextPeriod => ("Tidslinjen: neste måneder", "Timeline: later months"),
        Action::Quit => ("Avslutt", "Quit"),
        Action::Help => ("Vis eller skjul hjelp", "Show or hide help"),
        Action::Back => ("Tilbake / lukk", "Back / close"),
        Action::Open => ("Åpne valgt rad", "Open the selected row"),
        Action::MoveDown => ("Ned", "Down"),
        Action::MoveUp => ("Opp", "Up"),
        Action::PageDown => ("En side ned", "Page down"),
        Action::PageUp => ("En side opp", "Page up"),
        Action::First => ("Første rad", "First row"),
        Action::Last => ("Siste rad", "Last row"),
        Action::NextPane => ("Neste fane", "Next pane"),
        Action::PrevPane => ("Forrige fane", "Previous pane"),
        Action::PaneCycle => ("Årshjul og søknader", "Annual cycle and applications"),
        Action::PaneReports => ("Årsrapporter", "Annual reports"),
        Action::PaneRenewals => ("Fornyelser og periodeslutt", "Renewals and term ends"),
        Action::PaneContacts => ("Kontakter", "Contacts"),
        Action::PaneCases => ("Saker og møter", "Cases and meetings"),
        Action::PaneUnits => ("Tjenester", "Units"),
        Action::Filter => ("Filtrer listen", "Filter the list"),
        Action::Palette => ("Kommandopalett", "Command palette"),
        Action::Reload => ("Les inn på nytt", "Reload"),
        Action::PrevYear => ("Forrige år", "Previous year"),
        Action::NextYear => ("Neste år", "Next year"),
        Action::Edit => ("Rediger", "Edit"),
        Action::ToggleMark => ("Merk / fjern merking", "Mark / unmark"),
        Action::MarkAll => ("Merk alle i listen", "Mark all in the list"),
        Action::CopyEmail => ("Kopier e-post", "Copy e-mail"),
        Action::Export => (
            "Eksporter: kontakter som vCard og CSV, årsrapporter og tjenester som Excel, saker og sakslister som Word",
            "Export: contacts as vCard and CSV, reports and units as Excel, cases and agendas as Word",
        ),
        Action::Narrow => (
            "Avgrens køen (region, type, status, forsinket, uttalelse)",
            "Narrow the queue (region, kind, status, overdue, statement)",
        ),
        Action::SortNext => ("Sorter etter neste kolonne", "Sort by the next column"),
        Action::SortReverse => ("Snu sorteringen", "Reverse the order"),
        Action::Views => ("Lagrede utvalg", "Saved views"),
        Action::SaveView => ("Lagre utvalget", "Save the view"),
        Action::MarkReceived => ("Marker rapportene som mottatt", "Mark the reports received"),
        Action::AssignReviewer => ("Velg vurderende region", "Choose the reviewing region"),
        Action::New => ("Ny", "New"),
        Action::Delete => ("Slett (spør først)", "Delete (asks first)"),
        Action::History => (
            "Historikk: hvem endret hva og når",
            "History: who changed what, and when",
        ),
        Action::SinceLast => (
            "Siden sist: det andre har endret siden du sist lukket irf",
            "Since last: what others changed since you last closed irf",
        ),
        Action::Undo => ("Angre din siste endring", "Undo your most recent change"),
        Action::Redo => ("Gjør om igjen det du angret", "Redo what you undid"),
    })
}

/// A short label for the key hints of the Årshjul and Saker panes, where the full
/// description (which covers every pane, as help shows it) is too long for one line;
/// `None` where the description is short enough already.
pub fn hint_label(lang: Lang, in_cases: bool, action: Action) -> Option<&'static str> {
    let pair = match (action, in_cases) {
        (Action::Edit, true) => ("Skriv", "Write"),
        (Action::Anchor, true) => ("Saksliste", "Agenda"),
        (Action::Step, true) => ("Status", "Status"),
        (Action::Decide, _) => ("Vedtak", "Decision"),
        (Action::Anchor, false) => ("Forankring", "Anchoring"),
        (Action::Step, false) => ("Steg", "Step"),
        (Action::Edit, false) => ("Endre", "Edit"),
        (Action::RankUp, _) => ("Opp", "Up"),
        (Action::RankDown, _) => ("Ned", "Down"),
        (Action::DraftCase, _) => ("Saksutkast", "Draft case"),
        (Action::CopyYear, _) => ("Kopier til neste år", "Copy to next year"),
        (Action::NextView, _) => ("Visning", "View"),
        (Action::NextPeriod, _) => ("Neste måneder", "Later months"),
        (Action::PrevYear, _) => ("Forrige år", "Previous year"),
        (Action::Delete, _) => ("Slett", "Delete"),
        (Action::Open, _) => ("Gå til", "Go to"),
        (Action::Help, _) => ("Hjelp", "Help"),
        (Action::MeetingMode, _) => ("Møtemodus", "Meeting mode"),
        (Action::Export, _) => ("Word", "Word"),
        (Action::Link, _) => ("Koble", "Link"),
        (Action::Narrow, _) => ("Avgrens", "Narrow"),
        (Action::SortNext, _) => ("Sorter", "Sort"),
        (Action::Views, _) => ("Utvalg", "Views"),
        (Action::SaveView, _) => ("Lagre utvalg", "Save view"),
        (Action::MarkReceived, _) => ("Mottatt", "Received"),
        (Action::AssignReviewer, _) => ("Vurderer", "Reviewer"),
        (Action::ToggleMark, _) => ("Merk", "Mark"),
        (Action::Review, _) => ("Vurder", "Review"),
        (Action::Import, _) => ("Importer", "Import"),
        (Action::Filter, _) => ("Filtrer", "Filter"),
        (Action::History, _) => ("Historikk", "History"),
        (Action::SinceLast, _) => ("Siden sist", "Since last"),
        (Action::Undo, _) => ("Angre", "Undo"),
        _ => return None,
    };
    Some(lang.pick(pair))
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_action_has_two_descriptions() {
        for a in Action::iter() {
            assert!(!action_description(Lang::Nb, a).is_empty());
            assert!(!action_description(Lang::En, a).is_empty());
        }
    }
}
