//! Texts of the non-interactive subcommands (shell lookups: `irf find`, `irf contacts`,
//! `irf show`, `irf calendar`, `irf due`, `irf terms`, `irf groups`; and `irf export`
//! with the headings of the documents it writes), each with bokmål and English side by
//! side. Column labels shared with the TUI come from [`super::Msg`].

use super::{Lang, fill};

/// A text of the shell lookups. `pair()` gives (bokmål, English).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CliMsg {
    /// Kind of hit: unit.
    KindUnit,
    /// Kind of hit: contact.
    KindContact,
    /// Kind of hit: case.
    KindCase,
    /// Kind of hit: application.
    KindApplication,
    /// Kind of hit: meeting.
    KindMeeting,
    /// In a sentence: a unit.
    NounUnit,
    /// In a sentence: a contact.
    NounContact,
    /// In a sentence: a case.
    NounCase,
    /// Label: the record's id.
    Id,
    /// No database file: path.
    MissingDb,
    /// The file is not an irf database: path.
    NotIrf,
    /// The file's schema is older than the lookups need: path, found, needed.
    OldSchema,
    /// Label: whether the reference group follows the rules.
    Rules,
    /// Empty search text.
    EmptyQuery,
    /// Search text too long: length, maximum.
    LongQuery,
    /// Unknown region: what was typed.
    BadRegion,
    /// Unknown role: what was typed, the valid roles.
    BadRole,
    /// `find` found nothing: the text.
    NothingFound,
    /// `contacts` found nobody.
    NoContacts,
    /// `show`: no record with this id: noun, id.
    NotFoundId,
    /// `show`: no record matches the name: noun, name.
    NotFoundName,
    /// `show case`: no case with this number: number.
    NotFoundNumber,
    /// `show`: several records match: count, the kind as typed on the command line.
    Ambiguous,
    /// `show`: the list of matches was cut: how many more.
    More,
    /// `calendar`: a milestone of the annual cycle.
    CalMilestone,
    /// `calendar`: a network's period reaches year 6.
    CalNetworkYear6,
    /// `calendar`: a competence service's term ends.
    CalTermEnd,
    /// `calendar` found nothing dated: the year.
    NothingDated,
    /// `due`: a region's anchoring answer to an application.
    DueAnchoring,
    /// `due`: due today.
    DueToday,
    /// `due`: due in one working day.
    DueInOne,
    /// `due`: due in some working days: how many.
    DueIn,
    /// `due`: one day overdue.
    OverdueOne,
    /// `due`: some days overdue: how many.
    Overdue,
    /// `due` found nothing due or overdue: the days ahead.
    NothingDue,
    /// `export`: no meeting matches what was typed: the text.
    ExportNoMeeting,
    /// `export case`: no case has this id or number: what was typed.
    ExportNoCase,
    /// `export`: the default file name is taken: path.
    ExportExists,
    /// `export`: the file could not be written: path, reason.
    ExportCannotWrite,
    /// `export`: the document could not be built: reason.
    ExportBuild,
    /// `export`: the file was written: path.
    ExportWrote,
    /// Why a file could not be written: its folder does not exist.
    IoNoFolder,
    /// Why a file could not be written: part of the path is a file.
    IoNotFolder,
    /// Why a file could not be written: no permission.
    IoDenied,
    /// Why a file could not be written: the path is a folder.
    IoIsFolder,
    /// Why a file could not be written: read-only file system.
    IoReadOnly,
    /// Why a file could not be written: the disk is full.
    IoFull,
    /// Why a file could not be used, for any other reason: the system's words.
    IoOther,
    /// Document heading: the agenda.
    DocAgenda,
    /// Document: an IRF meeting.
    DocMeetingIrf,
    /// Document: an AD meeting.
    DocMeetingAd,
    /// Document label: date.
    DocDate,
    /// Document label: place.
    DocPlace,
    /// Document label: the chairing region.
    DocChair,
    /// Document: the agenda has no cases.
    DocNoItems,
    /// Document label: kind of case.
    DocCaseType,
    /// Document label: responsible region.
    DocRegion,
    /// Document label: IRF's answer.
    DocIrfAnswer,
    /// Document heading: background.
    DocBackground,
    /// Document heading: assessment.
    DocAssessment,
    /// Document heading: proposed decision.
    DocProposal,
    /// Document heading: attachments.
    DocAttachments,
    /// Document heading: decision.
    DocDecision,
    /// Document heading: linked records.
    DocLinks,
    /// Document column: kind of linked record.
    DocLinkKind,
    /// Document column: name of linked record.
    DocLinkName,
    /// Kind of linked record: annual report.
    DocReport,
    /// Kind of linked record: network period.
    DocNetworkPeriod,
    /// Kind of linked record: phase-out.
    DocPhaseOut,
    /// IRF's answer `stotter`.
    DocAnswerSupports,
    /// IRF's answer `avviser`.
    DocAnswerRejects,
    /// IRF's answer `regional_vurdering`.
    DocAnswerRegional,
    /// `terms`: a network's current period ends.
    TermNetworkEnd,
    /// `terms`: a regional competence service's evaluation.
    TermEvaluation,
    /// `terms`: the year of the period: which year.
    TermYear,
    /// `terms`, due: the RHFs decide on a network's new period.
    TermDueYear6,
    /// `terms`, due: a network's funding period ends.
    TermDuePeriodEnd,
    /// `terms`, due: a term ends and no phase-out is recorded.
    TermDueEnd,
    /// `terms`, due: a phase-out is recommended, IRF has not answered: outcome.
    TermDueRecommended,
    /// `terms`, due: a phase-out is recommended and IRF has answered: outcome, answer.
    TermDueAnswered,
    /// `terms`, due: a regional competence service is evaluated.
    TermDueEvaluation,
    /// Phase-out outcome `nettverk`.
    OutcomeNetwork,
    /// Phase-out outcome `annen_form`.
    OutcomeOtherForm,
    /// Phase-out outcome `avsluttes`.
    OutcomeEnds,
    /// Phase-out outcome `innlemmes`.
    OutcomeMerged,
    /// Phase-out outcome `driftsoppgaver`.
    OutcomeOperation,
    /// A phase-out without a recommended outcome yet.
    OutcomeNone,
    /// `terms` found nothing: the months looked ahead.
    NothingTerms,
    /// `groups`: the group follows the rules.
    GroupOk,
    /// `groups`: the group breaks rules: how many.
    GroupBroken,
    /// `groups`: no reference group is recorded.
    NoGroups,
    /// `groups --noncompliant`: every group follows the rules.
    NoBrokenGroups,
}

impl CliMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        match self {
            CliMsg::KindUnit => ("Tjeneste", "Unit"),
            CliMsg::KindContact => ("Kontakt", "Contact"),
            CliMsg::KindCase => ("Sak", "Case"),
            CliMsg::KindApplication => ("Søknad", "Application"),
            CliMsg::KindMeeting => ("Møte", "Meeting"),
            CliMsg::NounUnit => ("tjeneste", "unit"),
            CliMsg::NounContact => ("kontakt", "contact"),
            CliMsg::NounCase => ("sak", "case"),
            CliMsg::Id => ("Id", "Id"),
            CliMsg::MissingDb => (
                "fant ingen database i {}; start irf uten underkommando én gang for å opprette den, eller velg en annen fil med --db",
                "there is no database at {}; run irf once without a subcommand to create it, or choose another file with --db",
            ),
            CliMsg::NotIrf => (
                "{} er ikke en irf-database; velg en annen fil med --db",
                "{} is not an irf database; choose another file with --db",
            ),
            CliMsg::OldSchema => (
                "{} har skjemaversjon {}, men oppslag trenger {}; åpne den én gang med irf (uten underkommando) for å oppgradere",
                "{} has schema version {}, but lookups need {}; open it once with irf (without a subcommand) to upgrade it",
            ),
            CliMsg::Rules => ("Regler", "Rules"),
            CliMsg::EmptyQuery => (
                "søketeksten er tom; skriv hva du leter etter, f.eks. irf find sarkom",
                "the search text is empty; say what you are looking for, e.g. irf find sarkom",
            ),
            CliMsg::LongQuery => (
                "søketeksten er for lang ({} tegn); skriv høyst {}",
                "the search text is too long ({} characters); use at most {}",
            ),
            CliMsg::BadRegion => (
                "ukjent region «{}»; bruk HSØ (eller HSO), HV, HMN eller HN",
                "unknown region “{}”; use HSØ (or HSO), HV, HMN or HN",
            ),
            CliMsg::BadRole => (
                "ukjent rolle «{}»; gyldige roller: {}",
                "unknown role “{}”; valid roles: {}",
            ),
            CliMsg::NothingFound => ("Ingen treff for «{}».", "Nothing found for “{}”."),
            CliMsg::NoContacts => (
                "Ingen kontakter passer til utvalget.",
                "No contact matches.",
            ),
            CliMsg::NotFoundId => ("Fant ingen {} med id {}.", "No {} has the id {}."),
            CliMsg::NotFoundName => ("Fant ingen {} som passer «{}».", "No {} matches “{}”."),
            CliMsg::NotFoundNumber => (
                "Fant ingen sak med saksnummer {}.",
                "No case has the number {}.",
            ),
            CliMsg::Ambiguous => (
                "{} treff; skriv mer av navnet, eller bruk id-en: irf show {} ID",
                "{} matches; type more of the name, or use the id: irf show {} ID",
            ),
            CliMsg::More => ("… og {} til", "… and {} more"),
            CliMsg::CalMilestone => ("Milepæl", "Milestone"),
            CliMsg::CalNetworkYear6 => ("Nettverk år 6", "Network year 6"),
            CliMsg::CalTermEnd => ("Periode slutter", "Term ends"),
            CliMsg::NothingDated => ("Ingenting datert i {}.", "Nothing dated in {}."),
            CliMsg::DueAnchoring => ("Forankring", "Anchoring"),
            CliMsg::DueToday => ("i dag", "today"),
            CliMsg::DueInOne => ("om 1 arbeidsdag", "in 1 working day"),
            CliMsg::DueIn => ("om {} arbeidsdager", "in {} working days"),
            CliMsg::OverdueOne => ("1 dag for sent", "1 day overdue"),
            CliMsg::Overdue => ("{} dager for sent", "{} days overdue"),
            CliMsg::NothingDue => (
                "Ingenting forfaller de neste {} dagene, og ingenting er over fristen.",
                "Nothing is due in the next {} days, and nothing is overdue.",
            ),
            CliMsg::ExportNoMeeting => (
                "fant ingen møte «{}»; bruk en dato (ÅÅÅÅ-MM-DD), en møte-id eller next",
                "no meeting matches “{}”; use a date (YYYY-MM-DD), a meeting id or next",
            ),
            CliMsg::ExportNoCase => (
                "fant ingen sak «{}»; bruk sakens id eller saksnummer (f.eks. 42/26)",
                "no case matches “{}”; use the case's id or number (e.g. 42/26)",
            ),
            CliMsg::ExportExists => (
                "{} finnes allerede og blir ikke overskrevet; velg en annen fil med -o",
                "{} already exists and is not overwritten; choose another file with -o",
            ),
            CliMsg::ExportCannotWrite => ("kunne ikke skrive {}: {}", "could not write {}: {}"),
            CliMsg::ExportBuild => (
                "kunne ikke lage dokumentet: {}",
                "could not build the document: {}",
            ),
            CliMsg::ExportWrote => ("Skrev {}", "Wrote {}"),
            CliMsg::IoNoFolder => ("mappen finnes ikke", "the folder does not exist"),
            CliMsg::IoNotFolder => (
                "en del av stien er en fil, ikke en mappe",
                "part of the path is a file, not a folder",
            ),
            CliMsg::IoDenied => (
                "du har ikke lov til å skrive der",
                "you are not allowed to write there",
            ),
            CliMsg::IoIsFolder => ("det er en mappe", "it is a folder"),
            CliMsg::IoReadOnly => (
                "filsystemet er skrivebeskyttet",
                "the file system is read-only",
            ),
            CliMsg::IoFull => ("disken er full", "the disk is full"),
            CliMsg::IoOther => (
                "filsystemet meldte en feil ({})",
                "the file system reported an error ({})",
            ),
            CliMsg::DocAgenda => ("Saksliste", "Agenda"),
            CliMsg::DocMeetingIrf => (
                "Interregionalt fagdirektørmøte (IRF)",
                "Interregional meeting of medical directors (IRF)",
            ),
            CliMsg::DocMeetingAd => (
                "Interregionalt AD-møte",
                "Interregional meeting of chief executives (AD)",
            ),
            CliMsg::DocDate => ("Dato", "Date"),
            CliMsg::DocPlace => ("Sted", "Place"),
            CliMsg::DocChair => ("Ledes av", "Chaired by"),
            CliMsg::DocNoItems => ("Ingen saker er satt opp.", "No cases are on the agenda."),
            CliMsg::DocCaseType => ("Sakstype", "Type of case"),
            CliMsg::DocRegion => ("Ansvarlig region", "Responsible region"),
            CliMsg::DocIrfAnswer => ("IRFs svar", "IRF's answer"),
            CliMsg::DocBackground => ("Bakgrunn", "Background"),
            CliMsg::DocAssessment => ("Vurdering", "Assessment"),
            CliMsg::DocProposal => ("Forslag til vedtak", "Proposed decision"),
            CliMsg::DocAttachments => ("Vedlegg", "Attachments"),
            CliMsg::DocDecision => ("Vedtak", "Decision"),
            CliMsg::DocLinks => ("Koblinger", "Links"),
            CliMsg::DocLinkKind => ("Type", "Kind"),
            CliMsg::DocLinkName => ("Navn", "Name"),
            CliMsg::DocReport => ("Årsrapport", "Annual report"),
            CliMsg::DocNetworkPeriod => ("Nettverksperiode", "Network period"),
            CliMsg::DocPhaseOut => ("Avvikling", "Phase-out"),
            CliMsg::DocAnswerSupports => ("støtter", "supports"),
            CliMsg::DocAnswerRejects => ("avviser", "rejects"),
            CliMsg::DocAnswerRegional => (
                "ber om regional vurdering",
                "asks for a regional assessment",
            ),
            CliMsg::TermNetworkEnd => ("Nettverk slutter", "Network ends"),
            CliMsg::TermEvaluation => ("Evaluering", "Evaluation"),
            CliMsg::TermYear => ("år {}", "year {}"),
            CliMsg::TermDueYear6 => (
                "RHF-ene avgjør om nettverket får en ny periode.",
                "The RHFs decide whether the network gets a new period.",
            ),
            CliMsg::TermDuePeriodEnd => (
                "Den øremerkede finansieringen slutter.",
                "The earmarked funding ends.",
            ),
            CliMsg::TermDueEnd => (
                "Perioden slutter; vertsregionen gir innstilling om avvikling.",
                "The term ends; the host region recommends on its phase-out.",
            ),
            CliMsg::TermDueRecommended => (
                "Avvikling: innstilling {}; venter på IRFs svar.",
                "Phase-out: recommended {}; awaiting IRF's answer.",
            ),
            CliMsg::TermDueAnswered => (
                "Avvikling: innstilling {}; IRF {}.",
                "Phase-out: recommended {}; IRF {}.",
            ),
            CliMsg::TermDueEvaluation => (
                "Helhetlig evaluering (hvert 5. år).",
                "Comprehensive evaluation (every 5 years).",
            ),
            CliMsg::OutcomeNetwork => ("videreføring som nettverk", "continue as a network"),
            CliMsg::OutcomeOtherForm => ("annen organisasjonsform", "another organisational form"),
            CliMsg::OutcomeEnds => ("nasjonal funksjon avsluttes", "national function ends"),
            CliMsg::OutcomeMerged => ("innlemmes i behandlingstjeneste", "merged into treatment"),
            CliMsg::OutcomeOperation => {
                ("oppgaver til ordinær drift", "tasks to ordinary operation")
            }
            CliMsg::OutcomeNone => ("ikke gitt", "not yet made"),
            CliMsg::NothingTerms => (
                "Ingen perioder slutter og ingen beslutninger forfaller de neste {} månedene.",
                "No term ends and no decision falls due in the next {} months.",
            ),
            CliMsg::GroupOk => ("følger reglene", "follows the rules"),
            CliMsg::GroupBroken => ("{} brudd", "{} broken"),
            CliMsg::NoGroups => (
                "Ingen referansegrupper er registrert.",
                "No reference group is recorded.",
            ),
            CliMsg::NoBrokenGroups => (
                "Alle registrerte referansegrupper følger reglene.",
                "Every recorded reference group follows the rules.",
            ),
        }
    }
}

/// Why a file could not be used, as words in `lang` for the common reasons; any other
/// comes with the system's own words in parentheses.
pub fn io_reason(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let msg = match e.kind() {
        ErrorKind::NotFound => CliMsg::IoNoFolder,
        ErrorKind::NotADirectory => CliMsg::IoNotFolder,
        ErrorKind::PermissionDenied => CliMsg::IoDenied,
        ErrorKind::IsADirectory => CliMsg::IoIsFolder,
        ErrorKind::ReadOnlyFilesystem => CliMsg::IoReadOnly,
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => CliMsg::IoFull,
        _ => return lang.cf(CliMsg::IoOther, &[e]),
    };
    lang.c(msg).to_string()
}

impl Lang {
    /// The text of a shell-lookup message.
    pub fn c(self, msg: CliMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// The text of a shell-lookup message with its `{}` placeholders filled in order.
    pub fn cf(self, msg: CliMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.c(msg), args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_the_same_placeholders() {
        let all = [
            CliMsg::MissingDb,
            CliMsg::NotIrf,
            CliMsg::OldSchema,
            CliMsg::LongQuery,
            CliMsg::BadRegion,
            CliMsg::BadRole,
            CliMsg::NothingFound,
            CliMsg::NotFoundId,
            CliMsg::NotFoundName,
            CliMsg::NotFoundNumber,
            CliMsg::Ambiguous,
            CliMsg::More,
            CliMsg::NothingDated,
            CliMsg::DueIn,
            CliMsg::Overdue,
            CliMsg::NothingDue,
            CliMsg::ExportNoMeeting,
            CliMsg::ExportNoCase,
            CliMsg::ExportExists,
            CliMsg::ExportCannotWrite,
            CliMsg::ExportBuild,
            CliMsg::ExportWrote,
            CliMsg::TermYear,
            CliMsg::TermDueRecommended,
            CliMsg::TermDueAnswered,
            CliMsg::NothingTerms,
            CliMsg::GroupBroken,
        ];
        for msg in all {
            let (nb, en) = msg.pair();
            assert_eq!(
                nb.matches("{}").count(),
                en.matches("{}").count(),
                "{msg:?}"
            );
            assert!(nb.contains("{}"), "{msg:?}");
        }
    }

    #[test]
    fn filled_in_the_chosen_language() {
        assert_eq!(
            Lang::En.cf(CliMsg::NotFoundId, &[&Lang::En.c(CliMsg::NounUnit), &7]),
            "No unit has the id 7."
        );
        assert_eq!(Lang::Nb.c(CliMsg::KindApplication), "Søknad");
    }
}
