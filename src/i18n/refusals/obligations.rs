//! Refusals of the service environment's obligations: what was wrong and what to do,
//! bokmål and English side by side.

use crate::domain::ObligationRefusal;
use crate::i18n::Lang;

pub(super) fn text(lang: Lang, r: &ObligationRefusal) -> String {
    use ObligationRefusal as R;
    match r {
        R::PercentOutside { hundredths } => {
            let p = lang.number(*hundredths as f64 / 100.0, 2);
            match lang {
                Lang::Nb => format!(
                    "{p} % er utenfor 2–4 %: regionene setter av mellom 2 og 4 % av tilskuddet uten sjeldne diagnoser. Skriv en prosent fra 2 til 4, eller et beløp i MNOK. Ingenting er endret."
                ),
                Lang::En => format!(
                    "{p} % is outside 2–4 %: the regions set aside between 2 and 4 % of the grant excluding rare diagnoses. Type a percentage from 2 to 4, or an amount in MNOK. Nothing was changed."
                ),
            }
        }
        R::NegativeAmount => lang
            .pick((
                "Beløpet kan ikke være negativt. Skriv et beløp i MNOK på 0 eller mer. Ingenting er endret.",
                "The amount cannot be negative. Type an amount in MNOK of 0 or more. Nothing was changed.",
            ))
            .to_string(),
        R::NothingRecorded => lang
            .pick((
                "Avsetningen trenger en prosent (2–4) eller et beløp i MNOK. Ingenting er endret.",
                "The set-aside needs a percentage (2–4) or an amount in MNOK. Nothing was changed.",
            ))
            .to_string(),
        R::EventWithoutDate => lang
            .pick((
                "Dialogmøtet trenger en dato. Skriv dd.mm.åååå, for eksempel 15.09.2026. Ingenting er endret.",
                "The dialogue event needs a date. Type dd.mm.yyyy, e.g. 15.09.2026. Nothing was changed.",
            ))
            .to_string(),
        R::EventWithoutTitle => lang
            .pick((
                "Dialogmøtet trenger en tittel. Ingenting er endret.",
                "The dialogue event needs a title. Nothing was changed.",
            ))
            .to_string(),
        R::YearsOutside { years } => match lang {
            Lang::Nb => format!(
                "{years} år er utenfor 1–10: statusrapporten kommer etter 1 til 10 års drift (HOD ba om to). Ingenting er endret."
            ),
            Lang::En => format!(
                "{years} years is outside 1–10: the status report comes after 1 to 10 years of operation (HOD asked for two). Nothing was changed."
            ),
        },
        R::SentBeforeStart { sent, started } => match lang {
            Lang::Nb => format!(
                "Rapporten står som sendt {} men driften startet {}. Sendt-datoen må være samme dag eller senere. Ingenting er endret.",
                lang.date(*sent),
                lang.date(*started)
            ),
            Lang::En => format!(
                "The report is marked sent on {} but operation started on {}. The sent date must be on or after the start. Nothing was changed.",
                lang.date(*sent),
                lang.date(*started)
            ),
        },
        R::BadYear { text } => match lang {
            Lang::Nb => format!(
                "«{text}» er ikke et år fra 2000 til 2100. Skriv året, for eksempel 2026. Ingenting er endret."
            ),
            Lang::En => format!(
                "“{text}” is not a year from 2000 to 2100. Type the year, e.g. 2026. Nothing was changed."
            ),
        },
        R::BadDueDay { month, day } => match lang {
            Lang::Nb => format!(
                "{day:02}.{month:02} er ikke en dag i året. Skriv dd.mm, for eksempel 01.03. Ingenting er endret."
            ),
            Lang::En => format!(
                "{day:02}.{month:02} is not a day of the year. Type dd.mm, e.g. 01.03. Nothing was changed."
            ),
        },
    }
}
