//! The review form's texts (`ReviewMsg`, bokmål and English side by side) and the names
//! of the checklist answers.

use super::{Labelled, Lang, fill};
use crate::domain::Answer;

impl Labelled for Answer {
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Answer::Ja => ("Ja", "Yes"),
            Answer::Nei => ("Nei", "No"),
            Answer::Delvis => ("Delvis", "Partly"),
            Answer::IkkeRelevant => ("Ikke relevant", "Not relevant"),
        }
    }
}

/// A text of the review form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewMsg {
    /// The form's title: year, status, unit, region.
    Title,
    /// The checklist's heading: answered, items.
    Checklist,
    /// The unit's kind has no checklist for the year.
    NoChecklist,
    /// The comment box's title: item code.
    Comment,
    /// The assessment box's title.
    Assessment,
    /// The follow-ups box's title: open count.
    FollowUps,
    /// No follow-ups yet.
    NoFollowUps,
    /// Keys in the checklist.
    KeysItems,
    /// Keys in a text field.
    KeysText,
    /// Keys in the follow-ups list.
    KeysFollowUps,
    /// Keys in the follow-up form.
    KeysForm,
    /// Follow-up form field.
    FieldText,
    /// Follow-up form field.
    FieldOwner,
    /// Follow-up form field.
    FieldDue,
    /// Follow-up form field.
    FieldItem,
    /// The "no item" choice.
    NoItem,
    /// Form title.
    NewFollowUp,
    /// Form title.
    EditFollowUp,
    /// Saved: item code, answer.
    AnswerSaved,
    /// The answer was taken away: item code.
    AnswerCleared,
    /// Saved: item code.
    CommentSaved,
    /// Saved.
    AssessmentSaved,
    /// Saved.
    FollowUpAdded,
    /// Saved.
    FollowUpSaved,
    /// Ticked off: text.
    FollowUpDone,
    /// Ticked on again: text.
    FollowUpNotDone,
    /// Deleted: text.
    FollowUpDeleted,
    /// Asks before deleting: text.
    ConfirmDelete,
    /// The deletion was not done.
    NotDeleted,
    /// Finished: the new status.
    Finished,
    /// Added when finishing: how many items have no answer.
    Unanswered,
    /// Finishing a review with no item answered.
    NothingAnswered,
    /// Closed.
    Closed,
    /// Added to a saved message when the status moved: the new status.
    NowStatus,
    /// Drafts were put back: which fields.
    DraftsRestored,
    /// Someone else saved the field first: who, when, their text.
    TextConflict,
    /// Their text replaced what was typed.
    TookTheirs,
    /// Drafts kept when the form closed.
    DraftsKept,
    /// At start: a review has unsaved text (the unit).
    DraftsWaiting,
    /// A field's name in the drafts message.
    DraftAssessment,
    /// A field's name in the drafts message.
    DraftFollowUp,
    /// Nothing is selected in the follow-ups list.
    NoFollowUpSelected,
    /// Marker in the checklist for an item with a comment.
    CommentMark,
    /// Done.
    Done,
}

impl ReviewMsg {
    /// The (bokmål, English) pair.
    pub fn pair(self) -> (&'static str, &'static str) {
        use ReviewMsg as M;
        match self {
            M::Title => (
                "Årsrapport {} · {} · {} ({})",
                "Annual report {} · {} · {} ({})",
            ),
            M::Checklist => (
                "Sjekkliste · {} av {} besvart",
                "Checklist · {} of {} answered",
            ),
            M::NoChecklist => (
                "Ingen sjekkliste for denne typen tjeneste i {}.",
                "No checklist for this kind of unit in {}.",
            ),
            M::Comment => ("Kommentar {}", "Comment {}"),
            M::Assessment => ("Vurdering", "Assessment"),
            M::FollowUps => ("Oppfølging ({} ikke utført)", "Follow-up ({} not done)"),
            M::NoFollowUps => (
                "Ingen oppfølgingspunkter. n legger til ett.",
                "No follow-up items. n adds one.",
            ),
            M::KeysItems => (
                "j/k flytt · 1 Ja 2 Nei 3 Delvis 4 Ikke relevant (mellomrom: neste, 0: tøm) · Tab kommentar · n oppfølging · F avslutt · C lukk · Esc tilbake",
                "j/k move · 1 Yes 2 No 3 Partly 4 Not relevant (space: next, 0: clear) · Tab comment · n follow-up · F finish · C close · Esc back",
            ),
            M::KeysText => (
                "Skriv · Tab/Shift-Tab lagrer og går videre · Esc lagrer og går tilbake · Ctrl-T tar deres ved konflikt",
                "Type · Tab/Shift-Tab saves and moves on · Esc saves and goes back · Ctrl-T takes theirs after a conflict",
            ),
            M::KeysFollowUps => (
                "j/k flytt · n ny · e endre · x utført · d slett · Tab sjekkliste · F avslutt · C lukk · Esc tilbake",
                "j/k move · n new · e edit · x done · d delete · Tab checklist · F finish · C close · Esc back",
            ),
            M::KeysForm => (
                "Tab/↑↓ felt · ←→/mellomrom velg · Enter lagre · Esc lukk (det du skrev tas vare på)",
                "Tab/↑↓ field · ←→/space choose · Enter save · Esc close (what you typed is kept)",
            ),
            M::FieldText => ("Tekst", "Text"),
            M::FieldOwner => ("Ansvarlig region", "Owner region"),
            M::FieldDue => ("Frist", "Due"),
            M::FieldItem => ("Punkt", "Item"),
            M::NoItem => ("(ingen)", "(none)"),
            M::NewFollowUp => ("Nytt oppfølgingspunkt", "New follow-up item"),
            M::EditFollowUp => ("Endre oppfølgingspunkt", "Edit follow-up item"),
            M::AnswerSaved => ("{}: {} er lagret.", "{}: {} saved."),
            M::AnswerCleared => ("{}: svaret er tatt bort.", "{}: the answer was cleared."),
            M::CommentSaved => (
                "Kommentaren til {} er lagret.",
                "The comment on {} is saved.",
            ),
            M::AssessmentSaved => ("Vurderingen er lagret.", "The assessment is saved."),
            M::FollowUpAdded => (
                "Oppfølgingspunktet er lagt til.",
                "The follow-up item was added.",
            ),
            M::FollowUpSaved => (
                "Oppfølgingspunktet er lagret.",
                "The follow-up item is saved.",
            ),
            M::FollowUpDone => ("Utført: {}", "Done: {}"),
            M::FollowUpNotDone => ("Ikke utført likevel: {}", "Not done after all: {}"),
            M::FollowUpDeleted => ("Slettet: {}", "Deleted: {}"),
            M::ConfirmDelete => (
                "Trykk j for å slette (annen tast: behold): «{}»",
                "Press y to delete (any other key keeps it): “{}”",
            ),
            M::NotDeleted => ("Ingenting ble slettet.", "Nothing was deleted."),
            M::Finished => (
                "Vurderingen er avsluttet. Ny status: {}.",
                "The review is finished. New status: {}.",
            ),
            M::NothingAnswered => (
                "Ingen punkter på sjekklisten er besvart. Svar på punktene (1–4) før du avslutter vurderingen med F.",
                "No checklist item is answered. Answer the items (1–4) before you finish the review with F.",
            ),
            M::Unanswered => (
                "{} punkt på sjekklisten er ikke besvart.",
                "{} checklist item(s) have no answer.",
            ),
            M::Closed => ("Rapporten er lukket.", "The report is closed."),
            M::NowStatus => ("Ny status: {}.", "New status: {}."),
            M::DraftsRestored => (
                "Ulagret tekst fra sist er hentet fram ({}). Den lagres når du forlater feltet.",
                "Unsaved text from last time is back ({}). It is saved when you leave the field.",
            ),
            M::TextConflict => (
                "{} lagret feltet kl. {}: «{}». Tab lagrer din tekst over, Ctrl-T tar deres.",
                "{} saved the field at {}: “{}”. Tab saves your text over it, Ctrl-T takes theirs.",
            ),
            M::TookTheirs => (
                "Du har nå den lagrede teksten.",
                "You now have the saved text.",
            ),
            M::DraftsKept => (
                "Ulagret tekst er tatt vare på og hentes fram neste gang.",
                "Unsaved text was kept and comes back next time.",
            ),
            M::DraftsWaiting => (
                "Ulagret tekst i vurderingen av «{}» er tatt vare på: velg rapporten i Årsrapporter og trykk r for å fortsette.",
                "Unsaved text in the review of “{}” was kept: select the report in Annual reports and press r to go on.",
            ),
            M::DraftAssessment => ("vurdering", "assessment"),
            M::DraftFollowUp => ("oppfølgingspunkt", "follow-up item"),
            M::NoFollowUpSelected => (
                "Velg et oppfølgingspunkt først (Tab til listen).",
                "Select a follow-up item first (Tab to the list).",
            ),
            M::CommentMark => ("✎", "✎"),
            M::Done => ("utført", "done"),
        }
    }
}

impl Lang {
    /// The text of a review-form message.
    pub fn rv(self, msg: ReviewMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// A review-form message with its `{}` placeholders filled in order.
    pub fn rvf(self, msg: ReviewMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.rv(msg), args)
    }
}
