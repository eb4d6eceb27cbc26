//! The shared desk's words on screen (`DeskMsg`, bokmål and English side by side): the
//! history view's and the "Siden sist" view's titles and edges, where a jump could not
//! land, and what an undo or a redo did.

use strum::EnumIter;

use super::{Lang, Text, fill};

/// A text of the history view, the "Siden sist" view and undo in the TUI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter)]
pub enum DeskMsg {
    /// The selected row is a count, not a record: the key.
    NoHistoryHere,
    /// The bottom of a history with older entries: how to see them.
    OlderBelow,
    /// The bottom of a whole history.
    HistoryStart,
    /// Keys of the history view: back key.
    HistoryKeys,
    /// Title of "Siden sist": count, when.
    SinceTitle,
    /// Title of "Siden sist" when this user never closed irf here: count, when.
    SinceFirstTime,
    /// Nobody else changed anything: when.
    SinceNothing,
    /// More changes than listed: how many more.
    SinceMore,
    /// Keys of "Siden sist": open key, back key.
    SinceKeys,
    /// After the count at start: the key that shows them.
    SinceKey,
    /// A jump to a record that no longer exists: the record.
    JumpGone,
    /// A jump to a record the list does not show: the record.
    JumpNotListed,
    /// Nothing of one's own to undo.
    NothingToUndo,
    /// Nothing to redo.
    NothingToRedo,
    /// An undo of one record: the redo key, kind, title.
    UndoneOne,
    /// An undo of several records: the redo key, how many.
    UndoneMany,
    /// A redo of one record: kind, title.
    RedoneOne,
    /// A redo of several records: how many.
    RedoneMany,
}

impl DeskMsg {
    /// (bokmål, English).
    pub fn pair(self) -> (&'static str, &'static str) {
        use DeskMsg as M;
        match self {
            M::NoHistoryHere => (
                "Denne raden er en sum, ikke en post, og har ingen historikk. Velg en post og trykk {}.",
                "This row is a total, not a record, and has no history. Pick a record and press {}.",
            ),
            M::OlderBelow => (
                "… eldre endringer hentes når du blar videre ned",
                "… older changes are read as you scroll on down",
            ),
            M::HistoryStart => (
                "— her begynner historikken —",
                "— the history starts here —",
            ),
            M::HistoryKeys => (
                "j/k blar · {} lukker · nyeste øverst",
                "j/k scroll · {} closes · newest first",
            ),
            M::SinceTitle => (
                "Siden sist: {} endring(er) av andre siden {}",
                "Since last: {} change(s) by others since {}",
            ),
            M::SinceFirstTime => (
                "Siden sist: du har ikke lukket irf på denne databasen før; {} endring(er) av andre siden {}",
                "Since last: you have not closed irf on this database before; {} change(s) by others since {}",
            ),
            M::SinceNothing => (
                "Ingen andre har endret noe siden {}.",
                "Nobody else has changed anything since {}.",
            ),
            M::SinceMore => (
                "… og {} eldre. Alle står i irf changes --since last.",
                "… and {} older. All of them are in irf changes --since last.",
            ),
            M::SinceKeys => (
                "j/k velger · {} går til posten · {} lukker",
                "j/k choose · {} goes to the record · {} closes",
            ),
            M::SinceKey => ("{} viser dem", "{} shows them"),
            M::JumpGone => (
                "{} finnes ikke lenger; noen har slettet den.",
                "{} no longer exists; someone has deleted it.",
            ),
            M::JumpNotListed => (
                "{} vises ikke i listen nå (se visning og avgrensning).",
                "{} is not shown in the list now (check the view and narrowing).",
            ),
            M::NothingToUndo => (
                "Ingenting å angre: du har ikke endret noe siden du åpnet irf.",
                "Nothing to undo: you have not changed anything since you opened irf.",
            ),
            M::NothingToRedo => ("Ingenting å gjøre om igjen.", "Nothing to redo."),
            M::UndoneOne => (
                "Angret ({} gjør om igjen): {} {} er satt tilbake.",
                "Undone ({} redoes it): {} {} is set back.",
            ),
            M::UndoneMany => (
                "Angret ({} gjør om igjen): {} poster er satt tilbake.",
                "Undone ({} redoes it): {} records are set back.",
            ),
            M::RedoneOne => ("Gjort om igjen: {} {}.", "Redone: {} {}."),
            M::RedoneMany => ("Gjort om igjen: {} poster.", "Redone: {} records."),
        }
    }
}

impl Text for DeskMsg {
    fn pair(self) -> (&'static str, &'static str) {
        DeskMsg::pair(self)
    }
}

impl Lang {
    /// A shared-desk text with its `{}` placeholders filled in order.
    pub fn df(self, msg: DeskMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.pick(msg.pair()), args)
    }
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn both_languages_have_the_same_placeholders() {
        for msg in DeskMsg::iter() {
            let (nb, en) = msg.pair();
            assert_eq!(
                nb.matches("{}").count(),
                en.matches("{}").count(),
                "{msg:?}"
            );
            assert_ne!(nb, en, "{msg:?}");
        }
    }
}
