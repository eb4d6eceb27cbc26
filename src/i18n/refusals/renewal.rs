//! Refusals of network periods, renewals and phase-outs: what was wrong and what to
//! do, bokmål and English side by side.

use crate::domain::{Code, MAX_TRANSITION_YEARS, RenewalRefusal};
use crate::i18n::{Lang, code_label};

/// A date as the UI writes it: 29.02.2024.
fn date(d: chrono::NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

pub(super) fn text(lang: Lang, r: &RenewalRefusal) -> String {
    use RenewalRefusal as R;
    match r {
        R::EndsBeforeStart { starts_on, ends_on } => match lang {
            Lang::Nb => format!(
                "Perioden slutter {} men starter {}. Sluttdatoen må komme etter startdatoen.",
                date(*ends_on),
                date(*starts_on)
            ),
            Lang::En => format!(
                "The period ends on {} but starts on {}. The end date must come after the start date.",
                date(*ends_on),
                date(*starts_on)
            ),
        },
        R::Overlap {
            other_start,
            other_end,
        } => match lang {
            Lang::Nb => format!(
                "Perioden overlapper nettverkets periode {}–{}. Velg datoer som ligger før eller etter den.",
                date(*other_start),
                date(*other_end)
            ),
            Lang::En => format!(
                "The period overlaps the network's period {}–{}. Choose dates before or after it.",
                date(*other_start),
                date(*other_end)
            ),
        },
        R::NegativeFrame => lang
            .pick((
                "Rammen må være et beløp i MNOK, 0 eller mer. Et nettverk får vanligvis 1 eller 2 MNOK i året.",
                "The frame must be an amount in MNOK, 0 or more. A network usually gets 1 or 2 MNOK a year.",
            ))
            .to_string(),
        R::TransitionTooLong { years } => match lang {
            Lang::Nb => format!(
                "Overgangsfinansiering gis i høyst {MAX_TRANSITION_YEARS} år, ikke {years}. Sett {MAX_TRANSITION_YEARS} år eller færre."
            ),
            Lang::En => format!(
                "Transitional funding is given for at most {MAX_TRANSITION_YEARS} years, not {years}. Set {MAX_TRANSITION_YEARS} years or fewer."
            ),
        },
        R::NoSuchNetwork { unit_id } => match lang {
            Lang::Nb => format!(
                "Tjeneste {unit_id} er ikke et kvalitets- og kompetansenettverk. Velg et nettverk fra listen."
            ),
            Lang::En => format!(
                "Unit {unit_id} is not a quality and competence network. Choose a network from the list."
            ),
        },
        R::NoPeriod => lang
            .pick((
                "Nettverket har ingen periode ennå. Legg inn perioden først.",
                "The network has no period yet. Add its period first.",
            ))
            .to_string(),
        R::NotLatest { latest_start } => match lang {
            Lang::Nb => format!(
                "Bare nettverkets siste periode kan fornyes eller avsluttes; den starter {}. Velg den perioden.",
                date(*latest_start)
            ),
            Lang::En => format!(
                "Only the network's latest period can be renewed or ended; it starts on {}. Choose that period.",
                date(*latest_start)
            ),
        },
        R::NotDue => lang
            .pick((
                "Perioden er i år 1–4. Fornyelse vurderes fra år 5 og avgjøres i år 6; vent til da.",
                "The period is in years 1–4. Renewal is assessed from year 5 and decided in year 6; wait until then.",
            ))
            .to_string(),
        R::AlreadyDecided { state } => match lang {
            Lang::Nb => format!(
                "Perioden er allerede avgjort ({}). En fornyet periode følges av den neste; endre den i stedet.",
                code_label(lang, state.code())
            ),
            Lang::En => format!(
                "The period is decided already ({}). A renewed period is followed by the next; change that one instead.",
                code_label(lang, state.code())
            ),
        },
        R::UnknownHf { typed, suggestion } => {
            let mean = match (lang, suggestion) {
                (Lang::Nb, Some(s)) => format!(" Mente du «{s}»?"),
                (Lang::En, Some(s)) => format!(" Did you mean “{s}”?"),
                (_, None) => String::new(),
            };
            match lang {
                Lang::Nb => format!(
                    "Finner ikke helseforetaket «{typed}».{mean} Skriv navnet på et helseforetak, eller la feltet stå tomt."
                ),
                Lang::En => format!(
                    "No health trust is called “{typed}”.{mean} Type a health trust's name, or leave the field empty."
                ),
            }
        }
        R::NotCompetenceService { kind } => match lang {
            Lang::Nb => format!(
                "Avvikling gjelder nasjonale kompetansetjenester, ikke «{}». Velg en kompetansetjeneste.",
                code_label(lang, kind)
            ),
            Lang::En => format!(
                "A phase-out concerns national competence services, not “{}”. Choose a competence service.",
                code_label(lang, kind)
            ),
        },
        R::NoOutcome => lang
            .pick((
                "Innstillingen har ikke noe utfall ennå. Velg utfallet regionen anbefaler før IRF svarer.",
                "The recommendation has no outcome yet. Choose the outcome the region recommends before IRF answers.",
            ))
            .to_string(),
        R::PhaseOutDecided => lang
            .pick((
                "IRF har allerede støttet eller avvist innstillingen, så avviklingen endres ikke mer. Lag en ny sak om noe skal vurderes på nytt.",
                "IRF has already supported or rejected the recommendation, so the phase-out no longer changes. Make a new case if something is to be reassessed.",
            ))
            .to_string(),
        R::MemberNoName => lang
            .pick((
                "Medlemmet mangler navn. Skriv navnet.",
                "The member has no name. Type the name.",
            ))
            .to_string(),
        R::MemberNoRegion { name, typed } => match lang {
            Lang::Nb => format!(
                "«{name}» må høre til en av de fire regionene (HSØ, HV, HMN, HN), ikke «{typed}»."
            ),
            Lang::En => format!(
                "“{name}” must belong to one of the four regions (HSØ, HV, HMN, HN), not “{typed}”."
            ),
        },
        R::EvaluationInFuture { evaluated_on } => match lang {
            Lang::Nb => format!(
                "Evalueringen er datert {}, som er fram i tid. Registrer en evaluering når den er holdt, med datoen den ble holdt.",
                date(*evaluated_on)
            ),
            Lang::En => format!(
                "The evaluation is dated {}, which is in the future. Record an evaluation once it is held, with the day it was held.",
                date(*evaluated_on)
            ),
        },
        R::EvaluationBeforeApproval {
            evaluated_on,
            approved_on,
        } => match lang {
            Lang::Nb => format!(
                "Evalueringen er datert {}, før tjenesten ble godkjent {}. Skriv en dato etter godkjenningen.",
                date(*evaluated_on),
                date(*approved_on)
            ),
            Lang::En => format!(
                "The evaluation is dated {}, before the service was approved on {}. Type a date after the approval.",
                date(*evaluated_on),
                date(*approved_on)
            ),
        },
        R::NotRegionalService { kind } => match lang {
            Lang::Nb => format!(
                "Femårsevalueringen gjelder regionale kompetansetjenester, ikke «{}». Velg en regional kompetansetjeneste.",
                code_label(lang, kind)
            ),
            Lang::En => format!(
                "The five-yearly evaluation concerns regional competence services, not “{}”. Choose a regional competence service.",
                code_label(lang, kind)
            ),
        },
        R::GrantYear { year } => match lang {
            Lang::Nb => format!(
                "Året {year} er ikke et budsjettår programmet tar imot. Skriv et år fra 2000 til 2100."
            ),
            Lang::En => {
                format!("The year {year} is not a budget year the program takes. Type a year from 2000 to 2100.")
            }
        },
        R::NegativeGrant => lang
            .pick((
                "Tilskuddet må være et beløp i MNOK, 0 eller mer.",
                "The grant must be an amount in MNOK, 0 or more.",
            ))
            .to_string(),
        R::GrantNotForKind { kind } => match lang {
            Lang::Nb => format!(
                "Tilskudd føres her for nasjonale kompetansetjenester, ikke «{}». Et nettverks ramme endres med perioden.",
                code_label(lang, kind)
            ),
            Lang::En => format!(
                "Grants are recorded here for national competence services, not “{}”. A network's frame goes with its period.",
                code_label(lang, kind)
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn every_refusal_has_two_sentences() {
        let d = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        let all = [
            RenewalRefusal::EndsBeforeStart {
                starts_on: d,
                ends_on: d,
            },
            RenewalRefusal::Overlap {
                other_start: d,
                other_end: d,
            },
            RenewalRefusal::NegativeFrame,
            RenewalRefusal::TransitionTooLong { years: 3 },
            RenewalRefusal::NoSuchNetwork { unit_id: 7 },
            RenewalRefusal::NoPeriod,
            RenewalRefusal::NotLatest { latest_start: d },
            RenewalRefusal::NotDue,
            RenewalRefusal::AlreadyDecided {
                state: crate::domain::RenewalState::Ended,
            },
            RenewalRefusal::UnknownHf {
                typed: "x".into(),
                suggestion: Some("Helse Bergen HF".into()),
            },
            RenewalRefusal::NotCompetenceService {
                kind: "nettverk".into(),
            },
            RenewalRefusal::NoOutcome,
            RenewalRefusal::PhaseOutDecided,
            RenewalRefusal::EvaluationInFuture { evaluated_on: d },
            RenewalRefusal::EvaluationBeforeApproval {
                evaluated_on: d,
                approved_on: d,
            },
            RenewalRefusal::NotRegionalService {
                kind: "kompetanse".into(),
            },
            RenewalRefusal::GrantYear { year: 1999 },
            RenewalRefusal::NegativeGrant,
            RenewalRefusal::GrantNotForKind {
                kind: "nettverk".into(),
            },
        ];
        for r in &all {
            let (nb, en) = (text(Lang::Nb, r), text(Lang::En, r));
            assert!(!nb.is_empty() && !en.is_empty() && nb != en, "{r:?}");
        }
        assert!(text(Lang::En, &all[3]).contains("at most 2 years, not 3"));
        assert!(text(Lang::Nb, &all[0]).contains("29.02.2024"));
    }
}
