//! Refusals of an undo: what was wrong and what to do, bokmål and English side by side.

use crate::domain::UndoRefusal;
use crate::i18n::Lang;

pub(super) fn text(lang: Lang, r: &UndoRefusal) -> String {
    use UndoRefusal as R;
    match r {
        R::Nothing => lang
            .pick((
                "Det er ingenting å angre.",
                "There is nothing to undo.",
            ))
            .to_string(),
        R::NotCovered => lang
            .pick((
                "Denne endringen kan ikke angres. Ingenting er endret; rett den opp for hånd.",
                "This change can't be undone. Nothing was changed; correct it by hand.",
            ))
            .to_string(),
        R::NotYours { by } => match lang {
            Lang::Nb => format!(
                "Endringen ble gjort av {by}; du kan bare angre dine egne endringer. Ingenting er endret."
            ),
            Lang::En => format!(
                "The change was made by {by}; you can only undo your own changes. Nothing was changed."
            ),
        },
        R::AlreadyUndone { by, at } => {
            let when = chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%SZ")
                .map(|t| crate::i18n::local_moment(lang, t.and_utc()));
            let (date, time) = when.unwrap_or_else(|_| (String::new(), at.clone()));
            match lang {
                Lang::Nb => format!("Endringen er allerede angret (av {by} {date} kl. {time})."),
                Lang::En => format!("The change is undone already (by {by} on {date} at {time})."),
            }
        }
        R::IdTaken => lang
            .pick((
                "Kan ikke angre: den slettede posten kan ikke komme tilbake, for nummeret er gitt til en ny post. Ingenting er endret.",
                "Can't undo: the deleted record can't come back, as its number now belongs to a new record. Nothing was changed.",
            ))
            .to_string(),
        R::InUse => lang
            .pick((
                "Kan ikke angre: posten brukes nå andre steder, eller plassen dens er tatt av en annen endring. Ingenting er endret.",
                "Can't undo: the record is now used elsewhere, or its place is taken by another change. Nothing was changed.",
            ))
            .to_string(),
    }
}
