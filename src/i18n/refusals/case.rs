//! Refusals of cases, meetings and agendas: what was wrong and what to do, bokmål and
//! English side by side.

use crate::domain::{CaseRefusal, CaseStatus, Section};
use crate::i18n::{Lang, label};

/// A section's heading: Bakgrunn, Vurdering, Forslag til vedtak, Vedlegg, Vedtak.
fn section(lang: Lang, s: Section) -> &'static str {
    lang.pick(match s {
        Section::Background => ("Bakgrunn", "Background"),
        Section::Assessment => ("Vurdering", "Assessment"),
        Section::Proposal => ("Forslag til vedtak", "Proposed decision"),
        Section::Attachments => ("Vedlegg", "Attachments"),
        Section::Decision => ("Vedtak", "Decision"),
    })
}

/// A status in quotes: «klar» / “ready”.
fn status(lang: Lang, s: CaseStatus) -> String {
    quoted(lang, label(lang, s))
}

/// «text» in bokmål, “text” in English.
fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Nb => format!("«{text}»"),
        Lang::En => format!("“{text}”"),
    }
}

/// A kind of linked record by its code, or the code itself if unknown.
fn entity(lang: Lang, code: &str) -> String {
    let pair = match code {
        "unit" => ("tjenesten", "unit"),
        "application" => ("søknaden", "application"),
        "contact" => ("kontakten", "contact"),
        "report" => ("årsrapporten", "annual report"),
        "network_period" => ("nettverksperioden", "network period"),
        "phase_out" => ("avviklingen", "phase-out"),
        _ => return quoted(lang, code),
    };
    lang.pick(pair).to_string()
}

pub(super) fn text(lang: Lang, r: &CaseRefusal) -> String {
    use CaseRefusal as R;
    match r {
        R::EmptyTitle => lang
            .pick((
                "Saken mangler tittel. Skriv en tittel som sier hva saken gjelder.",
                "The case has no title. Type a title that says what the case is about.",
            ))
            .to_string(),
        R::SameStatus { status: s } => match lang {
            Lang::Nb => format!(
                "Saken har allerede status {}. Velg en annen status.",
                status(lang, *s)
            ),
            Lang::En => format!(
                "The case already has the status {}. Choose another status.",
                status(lang, *s)
            ),
        },
        R::BadStatus { from, to } => match lang {
            Lang::Nb => format!(
                "En sak kan ikke gå fra {} til {}. Utkast og klar kan byttes fritt; en vedtatt sak kan sendes AD-møtet eller lukkes.",
                status(lang, *from),
                status(lang, *to)
            ),
            Lang::En => format!(
                "A case cannot go from {} to {}. Draft and ready can be swapped freely; a decided case can be sent to the AD meeting or closed.",
                status(lang, *from),
                status(lang, *to)
            ),
        },
        R::StatusByAgenda { from, to } => match lang {
            Lang::Nb => format!(
                "En sak går ikke fra {} til {} ved å endre status. Sett den opp på eller ta den av et møtes saksliste i stedet.",
                status(lang, *from),
                status(lang, *to)
            ),
            Lang::En => format!(
                "A case does not go from {} to {} by changing its status. Put it on a meeting's agenda, or take it off, instead.",
                status(lang, *from),
                status(lang, *to)
            ),
        },
        R::StatusByDecision { from, to } => match lang {
            Lang::Nb => format!(
                "En sak går ikke fra {} til {} ved å endre status. Registrer IRFs vedtak i saken i stedet.",
                status(lang, *from),
                status(lang, *to)
            ),
            Lang::En => format!(
                "A case does not go from {} to {} by changing its status. Record IRF's decision on the case instead.",
                status(lang, *from),
                status(lang, *to)
            ),
        },
        R::OnAgenda {
            title,
            meeting_date,
        } => match lang {
            Lang::Nb => format!(
                "«{title}» står allerede på sakslisten til møtet {}. Ta den av den sakslisten først.",
                lang.date(*meeting_date)
            ),
            Lang::En => format!(
                "“{title}” is already on the agenda of the meeting on {}. Take it off that agenda first.",
                lang.date(*meeting_date)
            ),
        },
        R::NotOnAgenda { title } => match lang {
            Lang::Nb => {
                format!("«{title}» står ikke på noen saksliste. Sett den opp på et møte først.")
            }
            Lang::En => format!("“{title}” is on no agenda. Put it on a meeting's agenda first."),
        },
        R::PastMeeting { date } => match lang {
            Lang::Nb => format!(
                "Datoen {} har vært. Velg dagens dato eller en senere dato for møtet.",
                lang.date(*date)
            ),
            Lang::En => format!(
                "The date {} has passed. Choose today or a later date for the meeting.",
                lang.date(*date)
            ),
        },
        R::MeetingHasCases { count } => match lang {
            Lang::Nb => format!(
                "Møtet har {count} sak(er) på sakslisten og kan ikke slettes. Ta sakene av sakslisten først."
            ),
            Lang::En => format!(
                "The meeting has {count} case(s) on its agenda and cannot be deleted. Take the cases off the agenda first."
            ),
        },
        R::KindWithCases { count } => match lang {
            Lang::Nb => format!(
                "Møtet har {count} sak(er) på sakslisten, nummerert i møtets serie, så det kan ikke bytte mellom IRF og AD. Ta sakene av sakslisten først, eller lag et nytt møte."
            ),
            Lang::En => format!(
                "The meeting has {count} case(s) on its agenda, numbered in its series, so it cannot change between IRF and AD. Take the cases off the agenda first, or add a new meeting."
            ),
        },
        R::Decided { title } => match lang {
            Lang::Nb => format!(
                "«{title}» er vedtatt, så dette kan ikke endres lenger. Rett eventuelt i vedtaket eller vedleggene, eller lag en ny sak."
            ),
            Lang::En => format!(
                "“{title}” is decided, so this can no longer change. Correct the decision or the attachments if needed, or add a new case."
            ),
        },
        R::SectionTooLong {
            section: s,
            chars,
            max,
        } => match lang {
            Lang::Nb => format!(
                "{} er for lang: {chars} tegn, mens høyst {max} er tillatt. Kort ned teksten, eller legg det lange som vedlegg.",
                section(lang, *s)
            ),
            Lang::En => format!(
                "{} is too long: {chars} characters, while at most {max} are allowed. Shorten the text, or attach the long part.",
                section(lang, *s)
            ),
        },
        R::AnswerNotForType { case_type } => match lang {
            Lang::Nb => format!(
                "IRFs svar (støtter, avviser, faglig vurdering fra egen region) gjelder bare fornyelse av nettverk og avvikling, ikke {}. Registrer vedtaket uten svar.",
                quoted(lang, label(lang, *case_type))
            ),
            Lang::En => format!(
                "IRF's answer (supports, rejects, each region's assessment first) only applies to network renewals and phase-outs, not {}. Record the decision without an answer.",
                quoted(lang, label(lang, *case_type))
            ),
        },
        R::AnswerMissing { case_type } => match lang {
            Lang::Nb => format!(
                "Vedtak i en sak om {} trenger IRFs svar. Velg støtter, avviser eller faglig vurdering fra egen region.",
                label(lang, *case_type)
            ),
            Lang::En => format!(
                "A decision on a {} case needs IRF's answer. Choose supports, rejects or each region's assessment first.",
                label(lang, *case_type)
            ),
        },
        R::NotDecidable { status: s } => match lang {
            Lang::Nb => format!(
                "Bare en sak som står på en saksliste kan få vedtak; denne har status {}. Sett saken opp på et møte først.",
                status(lang, *s)
            ),
            Lang::En => format!(
                "Only a case on an agenda can be decided; this one has the status {}. Put the case on a meeting's agenda first.",
                status(lang, *s)
            ),
        },
        R::EmptyDecision => lang
            .pick((
                "Vedtaket er tomt. Skriv vedtaket slik IRF fattet det.",
                "The decision is empty. Type the decision as IRF made it.",
            ))
            .to_string(),
        R::NotDraft { status: s } => match lang {
            Lang::Nb => format!(
                "Bare utkast kan slettes; saken har status {}. Sett den tilbake til utkast først, eller lukk den.",
                status(lang, *s)
            ),
            Lang::En => format!(
                "Only a draft can be deleted; the case has the status {}. Set it back to draft first, or close it.",
                status(lang, *s)
            ),
        },
        R::UnknownLink { entity: e, id } => match lang {
            Lang::Nb => format!(
                "Finner ikke {} med nummer {id}, så saken kan ikke kobles til den. Velg en oppføring som finnes.",
                entity(lang, e)
            ),
            Lang::En => format!(
                "There is no {} with id {id}, so the case cannot link to it. Choose a record that exists.",
                entity(lang, e)
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CaseType;
    use chrono::NaiveDate;

    #[test]
    fn statuses_are_named_both() {
        let r = CaseRefusal::BadStatus {
            from: CaseStatus::Closed,
            to: CaseStatus::Draft,
        };
        assert!(text(Lang::Nb, &r).starts_with("En sak kan ikke gå fra «lukket» til «utkast»."));
        assert!(text(Lang::En, &r).starts_with("A case cannot go from “closed” to “draft”."));
    }

    #[test]
    fn the_meeting_date_and_the_section_are_named() {
        let r = CaseRefusal::OnAgenda {
            title: "Rangering".into(),
            meeting_date: NaiveDate::from_ymd_opt(2026, 12, 14).unwrap(),
        };
        assert!(text(Lang::Nb, &r).contains("møtet 14.12.2026"));
        assert!(text(Lang::En, &r).contains("meeting on 2026-12-14"));
        let r = CaseRefusal::SectionTooLong {
            section: Section::Proposal,
            chars: 1_000_001,
            max: 1_000_000,
        };
        assert!(text(Lang::Nb, &r).starts_with("Forslag til vedtak er for lang: 1000001 tegn"));
        assert!(text(Lang::En, &r).starts_with("Proposed decision is too long"));
    }

    #[test]
    fn every_refusal_says_what_to_do_in_both_languages() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
        let s = CaseStatus::Draft;
        let all = [
            CaseRefusal::EmptyTitle,
            CaseRefusal::SameStatus { status: s },
            CaseRefusal::BadStatus { from: s, to: s },
            CaseRefusal::StatusByAgenda { from: s, to: s },
            CaseRefusal::StatusByDecision { from: s, to: s },
            CaseRefusal::OnAgenda {
                title: "t".into(),
                meeting_date: d,
            },
            CaseRefusal::NotOnAgenda { title: "t".into() },
            CaseRefusal::PastMeeting { date: d },
            CaseRefusal::MeetingHasCases { count: 2 },
            CaseRefusal::KindWithCases { count: 2 },
            CaseRefusal::Decided { title: "t".into() },
            CaseRefusal::AnswerNotForType {
                case_type: CaseType::Mandate,
            },
            CaseRefusal::AnswerMissing {
                case_type: CaseType::PhaseOut,
            },
            CaseRefusal::NotDecidable { status: s },
            CaseRefusal::EmptyDecision,
            CaseRefusal::NotDraft { status: s },
            CaseRefusal::UnknownLink {
                entity: "unit".into(),
                id: 9,
            },
        ];
        for r in &all {
            for lang in [Lang::Nb, Lang::En] {
                let t = text(lang, r);
                assert!(t.ends_with('.'), "{t}");
                assert!(t.matches(". ").count() >= 1 || t.contains("; "), "{t}");
            }
            assert_ne!(text(Lang::Nb, r), text(Lang::En, r));
        }
    }
}
