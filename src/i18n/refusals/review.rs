//! Refusals of a report's review: what was wrong and what to do, bokmål and English
//! side by side.

use crate::domain::ReviewRefusal;
use crate::i18n::Lang;

pub(super) fn text(lang: Lang, r: &ReviewRefusal) -> String {
    use ReviewRefusal as R;
    match r {
        R::NotReceived => lang
            .pick((
                "Rapporten er ikke mottatt ennå (status forventet), så den kan ikke vurderes. Registrer den som mottatt først.",
                "The report has not been received yet (status expected), so it cannot be reviewed. Record it as received first.",
            ))
            .to_string(),
        R::Closed => lang
            .pick((
                "Rapporten er lukket, og vurderingen kan ikke endres. Ingenting ble lagret.",
                "The report is closed, and its review cannot change. Nothing was saved.",
            ))
            .to_string(),
        R::NotFinished => lang
            .pick((
                "Vurderingen er ikke avsluttet. Trykk F for å avslutte den før rapporten lukkes.",
                "The review is not finished. Press F to finish it before closing the report.",
            ))
            .to_string(),
        R::FollowUpsOpen { open } => match lang {
            Lang::Nb => format!(
                "{open} oppfølgingspunkt er ikke utført. Merk dem som utført (x) før rapporten lukkes."
            ),
            Lang::En => format!(
                "{open} follow-up item(s) are not done. Mark them done (x) before closing the report."
            ),
        },
        R::FollowUpTextMissing => lang
            .pick((
                "Oppfølgingspunktet mangler tekst. Skriv hva som skal følges opp.",
                "The follow-up item has no text. Write what is to be followed up.",
            ))
            .to_string(),
        R::FollowUpOwnerMissing => lang
            .pick((
                "Oppfølgingspunktet mangler ansvarlig region. Velg HSØ, HV, HMN eller HN.",
                "The follow-up item has no owner region. Choose HSØ, HV, HMN or HN.",
            ))
            .to_string(),
        R::FollowUpBadDate { typed } => match lang {
            Lang::Nb => format!(
                "Fristen «{typed}» er ikke en dato. Skriv den som dd.mm.åååå (f.eks. 15.03.2027), eller la feltet stå tomt."
            ),
            Lang::En => format!(
                "The due date “{typed}” is not a date. Write it as dd.mm.yyyy or yyyy-mm-dd (e.g. 2027-03-15), or leave it empty."
            ),
        },
        R::UnknownItem { code } => match lang {
            Lang::Nb => format!(
                "Punktet {code} står ikke på rapportens sjekkliste. Velg et punkt fra listen."
            ),
            Lang::En => format!(
                "Item {code} is not on the report's checklist. Choose an item from the list."
            ),
        },
    }
}
