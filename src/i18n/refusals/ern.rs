//! Refusals of an ERN membership: what was wrong and what to do, bokmål and English
//! side by side.

use crate::domain::ErnRefusal;
use crate::i18n::Lang;
use crate::ui::sanitize;

/// The sentence refusing a status outside the list (also an import's problem).
pub fn status_text(lang: Lang, typed: &str) -> String {
    let typed = sanitize(typed);
    match lang {
        Lang::Nb => format!(
            "«{typed}» er ingen ERN-status. Bruk søkt, fullverdig medlem, tilknyttet partner eller utmeldt. Ingenting er endret."
        ),
        Lang::En => format!(
            "“{typed}” is not an ERN status. Use applied, full member, affiliated partner or left. Nothing was changed."
        ),
    }
}

pub(super) fn text(lang: Lang, r: &ErnRefusal) -> String {
    use ErnRefusal as R;
    match r {
        R::UnknownStatus { typed } => status_text(lang, typed),
        R::NoName => lang
            .pick((
                "Medlemskapet må ha et nettverk, for eksempel ERN-RND eller ERN EuroBloodNet. Ingenting er endret.",
                "The membership needs a network, e.g. ERN-RND or ERN EuroBloodNet. Nothing was changed.",
            ))
            .to_string(),
        R::EndsBeforeStart { starts_on, ends_on } => match lang {
            Lang::Nb => format!(
                "Medlemskapet slutter {} men har status fra {}. Sluttdatoen må være samme dag eller senere. Ingenting er endret.",
                lang.date(*ends_on),
                lang.date(*starts_on)
            ),
            Lang::En => format!(
                "The membership ends on {} but its status is from {}. The end must be on or after that day. Nothing was changed.",
                lang.date(*ends_on),
                lang.date(*starts_on)
            ),
        },
        R::Duplicate { ern } => {
            let ern = sanitize(ern);
            match lang {
                Lang::Nb => format!(
                    "Tjenesten er allerede registrert i {ern} gjennom dette HF-et. Endre det medlemskapet i stedet. Ingenting er endret."
                ),
                Lang::En => format!(
                    "The unit is already recorded in {ern} through this HF. Change that membership instead. Nothing was changed."
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_status_is_refused_in_both_languages() {
        let r = ErnRefusal::UnknownStatus {
            typed: "observatør".into(),
        };
        assert!(text(Lang::Nb, &r).starts_with("«observatør» er ingen ERN-status."));
        assert!(text(Lang::En, &r).starts_with("“observatør” is not an ERN status."));
    }
}
