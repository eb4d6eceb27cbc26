//! Refusals of applications, anchorings and rankings: what was wrong and what to do,
//! bokmål and English side by side.

use crate::domain::{ApplicationRefusal, Region};
use crate::i18n::{Lang, label};

/// "Helse Vest RHF, Helse Nord RHF" (or "… og/and …" before the last).
fn regions(lang: Lang, list: &[Region]) -> String {
    let names: Vec<&str> = list.iter().map(|r| r.name()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), lang.pick(("og", "and"))),
    }
}

/// " Mente du «X»?" / " Did you mean “X”?", or nothing.
fn did_you_mean(lang: Lang, suggestion: &Option<String>) -> String {
    match suggestion {
        Some(s) => match lang {
            Lang::Nb => format!(" Mente du «{s}»?"),
            Lang::En => format!(" Did you mean “{s}”?"),
        },
        None => String::new(),
    }
}

pub(super) fn text(lang: Lang, r: &ApplicationRefusal) -> String {
    use ApplicationRefusal as R;
    match r {
        R::EmptyTitle => lang
            .pick((
                "Søknaden mangler tittel. Skriv tittelen slik den står i søknaden.",
                "The application has no title. Type the title as it stands in the application.",
            ))
            .to_string(),
        R::UnknownHf { typed, suggestion } => {
            let head = match lang {
                Lang::Nb => format!(
                    "Finner ikke helseforetaket «{typed}». Skriv navnet på søkerens helseforetak slik det står i listen."
                ),
                Lang::En => format!(
                    "No health trust is named “{typed}”. Type the applicant's health trust as it stands in the list."
                ),
            };
            head + &did_you_mean(lang, suggestion)
        }
        R::UnknownContact { typed, suggestion } => {
            let head = match lang {
                Lang::Nb => format!(
                    "Finner ingen kontakt som heter «{typed}». Skriv navnet på en registrert kontakt, eller la feltet stå tomt."
                ),
                Lang::En => format!(
                    "No contact is named “{typed}”. Type the name of a registered contact, or leave the field empty."
                ),
            };
            head + &did_you_mean(lang, suggestion)
        }
        R::UnknownKind { typed } => match lang {
            Lang::Nb => format!(
                "«{typed}» er ikke en tjenestetype det kan søkes om. Velg behandlingstjeneste, kompetansetjeneste eller flerregional behandlingstjeneste."
            ),
            Lang::En => format!(
                "“{typed}” is not a kind of service one can apply for. Choose treatment, competence or multiregional treatment service."
            ),
        },
        R::Duplicate { title, hf } => match lang {
            Lang::Nb => format!(
                "{hf} har allerede en søknad med tittelen «{title}». Åpne den søknaden, eller gi denne en annen tittel."
            ),
            Lang::En => format!(
                "{hf} already has an application titled “{title}”. Open that application, or give this one another title."
            ),
        },
        R::AnchoringMissing { regions: missing } => {
            let who = regions(lang, missing);
            match lang {
                Lang::Nb => format!(
                    "{who} har ikke svart på forankringen ennå. Registrer svarene, eller skriv en begrunnelse for å gå videre uten dem."
                ),
                Lang::En => format!(
                    "{who} {} not answered the anchoring yet. Record the answers, or write a reason to go on without them.",
                    if missing.len() > 1 { "have" } else { "has" }
                ),
            }
        }
        R::SameStep { step } => match lang {
            Lang::Nb => format!(
                "Søknaden står allerede på steget «{}». Velg et annet steg.",
                label(lang, *step)
            ),
            Lang::En => format!(
                "The application is already at the step “{}”. Choose another step.",
                label(lang, *step)
            ),
        },
        R::DecisionBeforeDirectorate { step } => match lang {
            Lang::Nb => format!(
                "Hdirs avgjørelse kan først registreres når søknaden er sendt Hdir; den står nå på «{}». Sett den til «sendt Hdir» først.",
                label(lang, *step)
            ),
            Lang::En => format!(
                "The Directorate's decision can only be recorded once the application is sent to it; it is now at “{}”. Move it to “sent to the Directorate” first.",
                label(lang, *step)
            ),
        },
        R::OwnRegion { region } => match lang {
            Lang::Nb => format!(
                "Søknaden kommer fra {}, som ikke forankrer sin egen søknad. Registrer svar fra en av de tre andre regionene.",
                region.name()
            ),
            Lang::En => format!(
                "The application comes from {}, which does not anchor its own application. Record an answer from one of the other three regions.",
                region.name()
            ),
        },
        R::AnswerWithoutDate { region } => match lang {
            Lang::Nb => format!(
                "Svaret fra {} mangler dato. Skriv datoen svaret ble gitt.",
                region.name()
            ),
            Lang::En => format!(
                "The answer from {} has no date. Type the date it was given.",
                region.name()
            ),
        },
        R::AnswerBeforeReceived { answered, received } => match lang {
            Lang::Nb => format!(
                "Svaret er datert {}, før søknaden ble mottatt {}. Rett datoen på svaret eller mottaksdatoen.",
                lang.date(*answered),
                lang.date(*received)
            ),
            Lang::En => format!(
                "The answer is dated {}, before the application was received on {}. Correct the answer's date or the date received.",
                lang.date(*answered),
                lang.date(*received)
            ),
        },
        R::NotInRound { title } => match lang {
            Lang::Nb => format!(
                "«{title}» er ikke blant søknadene IRF skal rangere. Sett den til «klar for IRF» først."
            ),
            Lang::En => format!(
                "“{title}” is not among the applications IRF ranks. Move it to “ready for IRF” first."
            ),
        },
        R::RankTaken { rank, title } => match lang {
            Lang::Nb => format!(
                "Plass {rank} er allerede gitt til «{title}». Flytt den søknaden først, eller velg en annen plass."
            ),
            Lang::En => format!(
                "Place {rank} is already given to “{title}”. Move that application first, or choose another place."
            ),
        },
        R::RankOutOfRange { rank, max } => match lang {
            Lang::Nb => format!("Plass {rank} finnes ikke. Velg en plass fra 1 til {max}."),
            Lang::En => format!("There is no place {rank}. Choose a place from 1 to {max}."),
        },
        R::NoRank { title } => match lang {
            Lang::Nb => format!(
                "«{title}» har ingen plass i rangeringen. Gi den en plass før IRFs beslutning registreres."
            ),
            Lang::En => format!(
                "“{title}” has no place in the ranking. Give it a place before recording IRF's decision."
            ),
        },
        R::NothingToRank => lang
            .pick((
                "Ingen søknader er klare for IRF, så det er ingenting å rangere. Sett søknader til «klar for IRF» først.",
                "No application is ready for IRF, so there is nothing to rank. Move applications to “ready for IRF” first.",
            ))
            .to_string(),
        R::Unranked { titles } => {
            let list = titles
                .iter()
                .map(|t| match lang {
                    Lang::Nb => format!("«{t}»"),
                    Lang::En => format!("“{t}”"),
                })
                .collect::<Vec<_>>()
                .join(", ");
            match lang {
                Lang::Nb => format!(
                    "Disse søknadene har ingen plass i rangeringen ennå: {list}. Gi alle en plass før saken lages: flytt dem med K og J i Rangering."
                ),
                Lang::En => format!(
                    "These applications have no place in the ranking yet: {list}. Give each a place before drafting the case: move them with K and J in Ranking."
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_regions_read_as_a_list() {
        let r = ApplicationRefusal::AnchoringMissing {
            regions: vec![Region::Hv, Region::Hn],
        };
        assert!(text(Lang::Nb, &r).starts_with("Helse Vest RHF og Helse Nord RHF har ikke"));
        assert!(text(Lang::En, &r).starts_with("Helse Vest RHF and Helse Nord RHF have not"));
    }

    #[test]
    fn suggestions_are_offered() {
        let r = ApplicationRefusal::UnknownHf {
            typed: "Helse Bergn".into(),
            suggestion: Some("Helse Bergen HF".into()),
        };
        assert!(text(Lang::Nb, &r).ends_with("Mente du «Helse Bergen HF»?"));
        assert!(text(Lang::En, &r).ends_with("Did you mean “Helse Bergen HF”?"));
    }

    #[test]
    fn dates_follow_the_language() {
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let r = ApplicationRefusal::AnswerBeforeReceived {
            answered: d(8, 31),
            received: d(9, 1),
        };
        assert!(text(Lang::Nb, &r).contains("31.08.2026"));
        assert!(text(Lang::En, &r).contains("2026-09-01"));
    }
}
