//! The Saker pane's texts: the case editor and its messages (`CaseMsg`, bokmål and
//! English side by side).

use super::{Lang, fill};

/// A text of the Saker pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseMsg {
    /// Drafts of the case were found and put back.
    DraftRestored,
    /// The section was saved.
    SectionSaved,
    /// Someone saved the section first.
    SectionConflict,
    /// The external editor gave its text back.
    ExternalDone,
    /// The external editor could not be started.
    ExternalMissing,
    /// The external editor ended with an error.
    ExternalFailed,
    /// The temporary file could not be written or read.
    ExternalFile,
    /// The editor's keys.
    EditorKeys,
    /// Over the other version after a conflict.
    Theirs,
    /// Over the user's own text after a conflict.
    Mine,
    /// The editor is for cases.
    CasesOnly,
    /// Unsaved text was found at start.
    DraftsWaiting,
    /// No region chosen.
    NoRegion,
    /// Dialog title.
    NewMeeting,
    /// Dialog title.
    NewCase,
    /// Dialog title.
    StatusOf,
    /// Dialog title.
    AgendaOf,
    /// Dialog title.
    DecisionOf,
    /// The choice that takes a case off its agenda.
    OffAgenda,
    /// No meeting to put a case on.
    NoMeetings,
    /// Saved.
    CaseAdded,
    /// Saved.
    MeetingAdded,
    /// Saved.
    TakenOff,
    /// Saved.
    PutOn,
    /// Saved.
    Decided,
    /// A meeting without cases.
    EmptyAgenda,
    /// Meeting mode: which item of how many.
    MeetingItem,
    /// Meeting mode: the keys.
    MeetingKeys,
    /// Meeting mode: no decision yet.
    NotDecided,
    /// Meeting mode: the linked records.
    Concerns,
    /// Meeting mode: IRF's answer.
    Answer,
    /// Meeting mode: a case.
    CaseWord,
    /// A document was written.
    ExportedDocument,
    /// A case got its number.
    Numbered,
    /// Link dialog: add a record of this kind.
    LinkAdd,
    /// Link dialog: remove this link.
    LinkRemove,
    /// Link dialog title.
    LinksOf,
    /// No record of the kind has the name.
    LinkNotFound,
    /// Saved.
    Linked,
    /// Saved.
    Unlinked,
    /// Dialog title.
    RenewalOf,
    /// Dialog title.
    PhaseOutOf,
    /// No outcome chosen.
    NotChosen,
    /// No phase-out assessment yet.
    NoPhaseOut,
    /// A drafted case's title.
    RenewalCaseTitle,
    /// A drafted case's title.
    PhaseOutCaseTitle,
    /// A number that is not one.
    BadNumber,
    /// Dialog title.
    MemberOf,
    /// Dialog title.
    RemoveMemberOf,
    /// A group without members.
    NoMembers,
}

impl CaseMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use CaseMsg as M;
        match self {
            M::DraftRestored => (
                "Ulagret tekst fra forrige gang er hentet fram. Ctrl-S lagrer den.",
                "Unsaved text from last time was brought back. Ctrl-S saves it.",
            ),
            M::SectionSaved => ("Avsnittet er lagret.", "The section was saved."),
            M::SectionConflict => (
                "{} lagret dette avsnittet kl. {}. Ctrl-S lagrer din tekst over, Ctrl-T tar deres, eller flett ved å redigere.",
                "{} saved this section at {}. Ctrl-S saves yours over it, Ctrl-T takes theirs, or merge by editing.",
            ),
            M::ExternalDone => (
                "Teksten fra editoren er satt inn. Ctrl-S lagrer den.",
                "The text from the editor is in. Ctrl-S saves it.",
            ),
            M::ExternalMissing => (
                "Fant ikke editoren «{}» ({}). Sett VISUAL eller EDITOR. Teksten din er uendret.",
                "Could not start the editor “{}” ({}). Set VISUAL or EDITOR. Your text is unchanged.",
            ),
            M::ExternalFailed => (
                "Editoren «{}» avsluttet med feil ({}). Teksten din er uendret.",
                "The editor “{}” ended with an error ({}). Your text is unchanged.",
            ),
            M::ExternalFile => (
                "Kunne ikke bruke en midlertidig fil ({}). Teksten din er uendret.",
                "Could not use a temporary file ({}). Your text is unchanged.",
            ),
            M::EditorKeys => (
                "Ctrl-S lagre · Ctrl-N/Ctrl-P neste/forrige avsnitt · Ctrl-O ekstern editor · Ctrl-Z/Ctrl-Y angre/gjør om · Esc lukk (teksten tas vare på)",
                "Ctrl-S save · Ctrl-N/Ctrl-P next/previous section · Ctrl-O external editor · Ctrl-Z/Ctrl-Y undo/redo · Esc close (the text is kept)",
            ),
            M::Theirs => ("Lagret av {} kl. {}", "Saved by {} at {}"),
            M::Mine => ("Din tekst", "Your text"),
            M::CasesOnly => (
                "Saker skrives i fanen Saker.",
                "Cases are written in the Cases pane.",
            ),
            M::NoRegion => ("(ingen)", "(none)"),
            M::NewMeeting => ("Nytt møte", "New meeting"),
            M::NewCase => ("Ny sak", "New case"),
            M::StatusOf => ("Status: {}", "Status: {}"),
            M::AgendaOf => ("Saksliste: {}", "Agenda: {}"),
            M::DecisionOf => ("Vedtak: {}", "Decision: {}"),
            M::OffAgenda => ("ta av sakslisten", "take off the agenda"),
            M::NoMeetings => (
                "Ingen kommende møter. Legg til et i visningen Møter (v, så n).",
                "No meetings ahead. Add one in the Meetings view (v, then n).",
            ),
            M::CaseAdded => (
                "Saken er lagt til. e skriver den.",
                "The case was added. e writes it.",
            ),
            M::MeetingAdded => ("Møtet er lagt til.", "The meeting was added."),
            M::TakenOff => (
                "Saken er tatt av sakslisten.",
                "The case was taken off the agenda.",
            ),
            M::PutOn => (
                "Saken er satt opp på sakslisten.",
                "The case is on the agenda.",
            ),
            M::Decided => ("Vedtaket er registrert.", "The decision was recorded."),
            M::EmptyAgenda => (
                "Møtet har ingen saker ennå.",
                "The meeting has no cases yet.",
            ),
            M::MeetingItem => ("Sak {} av {}", "Item {} of {}"),
            M::MeetingKeys => (
                "→ neste · ← forrige · b vedtak · Esc avslutt møtemodus",
                "→ next · ← previous · b decision · Esc leave meeting mode",
            ),
            M::NotDecided => ("Ikke vedtatt ennå.", "Not decided yet."),
            M::Concerns => ("Gjelder", "Concerns"),
            M::Answer => ("IRFs svar", "IRF's answer"),
            M::CaseWord => ("Sak", "Case"),
            M::ExportedDocument => ("Skrev {}.", "Wrote {}."),
            M::LinkAdd => ("legg til {}", "add a {}"),
            M::LinkRemove => ("fjern {} ({})", "remove {} ({})"),
            M::LinksOf => ("Koblinger: {}", "Links: {}"),
            M::LinkNotFound => (
                "Fant ingen {} med navnet «{}». Skriv en del av navnet; store og små bokstaver og æøå spiller ingen rolle.",
                "No {} is called “{}”. Type part of the name; case and æøå do not matter.",
            ),
            M::Linked => ("Saken er koblet til «{}».", "The case is linked to “{}”."),
            M::Unlinked => ("Koblingen er fjernet.", "The link was removed."),
            M::RenewalOf => ("Fornyelse: {}", "Renewal: {}"),
            M::PhaseOutOf => ("Avvikling: {}", "Phase-out: {}"),
            M::NotChosen => ("(ikke valgt ennå)", "(not chosen yet)"),
            M::NoPhaseOut => (
                "Ingen avviklingsvurdering ennå: trykk e for å skrive den.",
                "No phase-out assessment yet: press e to write it.",
            ),
            M::RenewalCaseTitle => (
                "Fornyelse av {} for en ny femårsperiode",
                "Renewal of {} for a new five-year period",
            ),
            M::PhaseOutCaseTitle => (
                "Avvikling av {} ved slutten av godkjenningsperioden",
                "Phase-out of {} at the end of its term",
            ),
            M::BadNumber => (
                "«{}» er ikke et tall. Skriv for eksempel 1,5 eller 2.",
                "“{}” is not a number. Type for example 1.5 or 2.",
            ),
            M::MemberOf => (
                "Nytt medlem i referansegruppen: {}",
                "New reference-group member: {}",
            ),
            M::RemoveMemberOf => (
                "Ta ut av referansegruppen: {}",
                "Remove from the reference group: {}",
            ),
            M::NoMembers => (
                "Referansegruppen har ingen medlemmer.",
                "The reference group has no members.",
            ),
            M::Numbered => ("Saken har nummer {}.", "The case has number {}."),
            M::DraftsWaiting => (
                "Ulagret tekst i «{}» er tatt vare på: velg saken og trykk e for å fortsette.",
                "Unsaved text in “{}” was kept: select the case and press e to go on.",
            ),
        }
    }
}

impl Lang {
    /// The text of a Saker message.
    pub fn k(self, msg: CaseMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// A Saker message with its `{}` placeholders filled in order.
    pub fn kf(self, msg: CaseMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.k(msg), args)
    }
}
