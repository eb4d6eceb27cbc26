//! Refusals of a leadership period: what was wrong and what to do, bokmål and English
//! side by side.

use crate::domain::{Code, LeadershipRefusal};
use crate::i18n::Lang;

pub(super) fn text(lang: Lang, r: &LeadershipRefusal) -> String {
    use LeadershipRefusal as R;
    let date = |d: chrono::NaiveDate| lang.date(d);
    match r {
        R::EndsBeforeStart { starts_on, ends_on } => match lang {
            Lang::Nb => format!(
                "Perioden slutter {} men starter {}. Sluttdatoen må være samme dag som startdatoen eller senere. Ingenting er endret.",
                date(*ends_on),
                date(*starts_on)
            ),
            Lang::En => format!(
                "The period ends on {} but starts on {}. The end must be on or after the start. Nothing was changed.",
                date(*ends_on),
                date(*starts_on)
            ),
        },
        R::Overlap {
            region,
            starts_on,
            ends_on,
        } => match lang {
            Lang::Nb => format!(
                "Perioden overlapper ledelsesperioden til {} ({}–{}): to regioner kan ikke lede samtidig. Velg datoer utenfor den, eller endre den perioden først. Ingenting er endret.",
                region.code(),
                date(*starts_on),
                date(*ends_on)
            ),
            Lang::En => format!(
                "The period overlaps {}'s leadership period ({} to {}): two regions cannot lead at once. Choose dates outside it, or change that period first. Nothing was changed.",
                region.code(),
                date(*starts_on),
                date(*ends_on)
            ),
        },
        R::Gap {
            before,
            after,
            from,
            to,
        } => match lang {
            Lang::Nb => format!(
                "Da ville ingen region lede fra {} til {}, mellom {} og {}. Periodene må følge hverandre uten opphold: la en periode starte dagen etter at den forrige slutter. Ingenting er endret.",
                date(*from),
                date(*to),
                before.code(),
                after.code()
            ),
            Lang::En => format!(
                "No region would lead from {} to {}, between {} and {}. The periods must follow each other without a break: let a period start the day after the one before ends. Nothing was changed.",
                date(*from),
                date(*to),
                before.code(),
                after.code()
            ),
        },
    }
}
