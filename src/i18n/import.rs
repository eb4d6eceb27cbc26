//! The import's texts (`ImportMsg`, bokmål and English side by side); `sentences`
//! makes them into the sentences for problems, notes and plans:
//! `linje 7, kolonne «Mottatt»: …`.

mod sentences;

pub use sentences::{
    change_text, file_error_text, note_text, plan_lines, plan_summary, problem_text,
};

use super::{Lang, fill};

/// A text of the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMsg {
    /// Where: line.
    AtLine,
    /// Where: line and column.
    AtCell,
    /// File: cannot be read.
    Unreadable,
    /// No file at the path (the path is shown beside it).
    NotFound,
    /// The file may not be read.
    NoAccess,
    /// CLI: after a conflict, what to do.
    RunAgain,
    /// The path is not a regular file: what it is.
    NotAFile,
    /// File: too large.
    TooLarge,
    /// File: neither CSV nor a workbook.
    NotATable,
    /// File: a workbook that cannot be read.
    BadWorkbook,
    /// File: nothing in it.
    Empty,
    /// Problem: a required column is missing: its name, the headers found.
    MissingColumn,
    /// Problem: a column repeats another: the other's header.
    DuplicateColumn,
    /// Problem: more cells than headers: found, expected.
    TooManyCells,
    /// Problem: a row with another separator: seen, the header's.
    WrongSeparator,
    /// Problem: a required cell is empty.
    EmptyCell,
    /// Problem: not a date: the text.
    BadDate,
    /// Problem: no such day: the text.
    NoSuchDate,
    /// Problem: not a year: the text.
    BadYear,
    /// Problem: no year in the file or the command.
    NoYear,
    /// Problem: a row's year differs from the one asked: found, asked.
    OtherYear,
    /// Problem: not a number: the text.
    BadNumber,
    /// Problem: not a region: the text.
    BadRegion,
    /// Problem: not a kind of unit: the text.
    BadKind,
    /// Problem: not a term function: the text.
    BadFunction,
    /// Problem: not a report status: the text.
    BadStatus,
    /// Problem: neither yes nor no: the text.
    BadYesNo,
    /// Problem: not a checklist answer: the text.
    BadAnswer,
    /// Problem: no such unit: the name.
    UnknownUnit,
    /// Problem: no such unit: the name, the nearest name.
    UnknownUnitNear,
    /// Problem: a name several units share: the name, how many.
    AmbiguousUnit,
    /// Problem: a unit listed twice: the name, its first line.
    DuplicateUnit,
    /// Problem: no such health trust: the name.
    UnknownHf,
    /// Problem: no such health trust: the name, the nearest name.
    UnknownHfNear,
    /// Problem: the health trust is in another region: trust, its region.
    HfRegion,
    /// Problem: a new unit without a region.
    NoRegion,
    /// Problem: an item not on the unit's checklist: code, checklist.
    NotOnChecklist,
    /// Problem: no checklist for the unit's kind that year.
    NoChecklist,
    /// Problem: a header without rows.
    NoRows,
    /// Problem: a received date after today.
    ReceivedInFuture,
    /// Problem: a received date on or before the end of the year reported on: the
    /// first day it may be.
    ReceivedBeforeYearEnd,
    /// Problem: a received report given another received date.
    AlreadyReceived,
    /// Problem: a status that needs the report received.
    StatusNotReceived,
    /// Problem: `lukket` with follow-ups not done.
    CloseWithFollowUps,
    /// Problem: `vurdert` with open follow-ups.
    ReviewedWithFollowUps,
    /// Problem: `oppfolging` without open follow-ups.
    FollowUpWithoutOpen,
    /// Problem: answers for a unit without a report that year: the year.
    NoReport,
    /// Problem: answers to a report not received: the year.
    ReportNotReceived,
    /// Problem: answers to a closed report: the year.
    ReportClosed,
    /// File: a workbook that unpacks to too much: its size, the limit (MB).
    TooLargeUnpacked,
    /// Note: the summary row skipped: its line.
    SummarySkipped,
    /// Note: a column not used: its header.
    ColumnIgnored,
    /// Note: the header's line, rows above skipped.
    HeaderAt,
    /// Note: an ERN membership's status differs from the file's; irf's is kept.
    ErnStatusKept,
    /// Note: a sentence about one line.
    AtLineNote,
    /// Plan: a new record.
    New,
    /// Plan: the fields that change.
    Changed,
    /// Plan: nothing changes.
    Unchanged,
    /// Summary: how many problems; nothing written.
    Problems,
    /// Summary: new, changed, unchanged.
    Counts,
    /// Summary: the database already agrees with the file.
    NoChanges,
    /// Summary: a dry run.
    DryRun,
    /// Summary: how many records were written.
    Applied,
    /// A separator's name: tab.
    Tab,
    /// A reviews import without a year.
    NeedYear,
    /// Dialog: title.
    DialogTitle,
    /// Dialog: the file's path.
    FieldFile,
    /// Dialog: what the file holds.
    FieldKind,
    /// Dialog: the report year.
    FieldYear,
    /// What a file holds: reports.
    KindReports,
    /// What a file holds: units.
    KindUnits,
    /// What a file holds: review answers.
    KindReviews,
    /// Dialog: no path typed.
    NeedPath,
    /// The dry run's title: the file's name.
    PlanTitle,
    /// The dry run's keys when it can be applied.
    KeysApply,
    /// The dry run's keys when it cannot.
    KeysClose,
    /// Enter on a plan with problems.
    FixFirst,
    /// Esc on the dry run.
    Cancelled,
    /// `I` outside Årsrapporter.
    OnlyReports,
}

impl ImportMsg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        use ImportMsg as M;
        match self {
            M::AtLine => ("linje {}: {}", "line {}: {}"),
            M::AtCell => ("linje {}, kolonne «{}»: {}", "line {}, column “{}”: {}"),
            M::Unreadable => (
                "Filen kan ikke leses. Sjekk at den er ferdig lagret og ikke skadet, og prøv igjen ({}).",
                "The file cannot be read. Check that it is saved and not damaged, and try again ({}).",
            ),
            M::RunAgain => (
                "{} ble endret av {} kl. {} mens importen ble lest; ingenting er lagret. Kjør kommandoen på nytt.",
                "{} was changed by {} at {} while the import was read; nothing was saved. Run the command again.",
            ),
            M::NotAFile => (
                "Stien er {}, ikke en fil. Oppgi stien til en CSV- eller XLSX-fil.",
                "The path is {}, not a file. Give the path of a CSV or XLSX file.",
            ),
            M::NotFound => (
                "Det finnes ingen fil der. Sjekk stien (~/ er hjemmemappen din) og prøv igjen.",
                "There is no file there. Check the path (~/ is your home folder) and try again.",
            ),
            M::NoAccess => (
                "Du har ikke lov til å lese filen. Be eieren om lesetilgang, eller kopier den til din egen mappe.",
                "You may not read the file. Ask its owner for read access, or copy it to your own folder.",
            ),
            M::TooLarge => (
                "Filen er {} MB; grensen er {} MB. Er det riktig fil? Del den eller fjern det som ikke skal importeres.",
                "The file is {} MB; the limit is {} MB. Is it the right file? Split it or remove what is not to be imported.",
            ),
            M::NotATable => (
                "Filen er verken CSV (tekst) eller en Excel-arbeidsbok (XLSX). Lagre den som CSV eller XLSX og prøv igjen.",
                "The file is neither CSV (text) nor an Excel workbook (XLSX). Save it as CSV or XLSX and try again.",
            ),
            M::BadWorkbook => (
                "Arbeidsboken kan ikke leses ({}). Åpne og lagre den i Excel som XLSX, eller lagre den som CSV.",
                "The workbook cannot be read ({}). Open and save it in Excel as XLSX, or save it as CSV.",
            ),
            M::Empty => ("Filen er tom.", "The file is empty."),
            M::MissingColumn => (
                "fant ingen kolonne «{}» (overskriftene er: {}). Se README, «Import», for navnene som godtas, og sjekk at skilletegnet er ; eller ,.",
                "no column “{}” found (the headers are: {}). See README, “Import”, for the accepted names, and check that the separator is ; or ,.",
            ),
            M::DuplicateColumn => (
                "samme kolonne som «{}»; fjern den ene.",
                "the same column as “{}”; remove one of them.",
            ),
            M::TooManyCells => (
                "{} celler, men overskriften har {}. Står det et skilletegn i en verdi? Sett verdien i anførselstegn.",
                "{} cells, but the header has {}. Is there a separator inside a value? Put the value in quotes.",
            ),
            M::WrongSeparator => (
                "raden er skilt med «{}», men overskriften med «{}». Bruk samme skilletegn i hele filen.",
                "the row is separated by “{}”, but the header by “{}”. Use one separator in the whole file.",
            ),
            M::EmptyCell => ("mangler verdi.", "has no value."),
            M::BadDate => (
                "«{}» er ikke en dato; skriv dd.mm.åååå eller åååå-mm-dd.",
                "“{}” is not a date; write dd.mm.yyyy or yyyy-mm-dd.",
            ),
            M::NoSuchDate => (
                "«{}» er ingen dag som finnes (sjekk dag og måned).",
                "“{}” is not a day that exists (check the day and the month).",
            ),
            M::BadYear => (
                "«{}» er ikke et årstall (fire sifre, f.eks. 2025).",
                "“{}” is not a year (four digits, e.g. 2025).",
            ),
            M::NoYear => (
                "filen har ingen kolonne «År»; legg den til eller oppgi året (--year).",
                "the file has no column “Year”; add it or give the year (--year).",
            ),
            M::OtherYear => (
                "året er {}, men importen gjelder {}.",
                "the year is {}, but the import is for {}.",
            ),
            M::BadNumber => (
                "«{}» er ikke et tall (0 eller mer, desimalkomma eller -punktum: 1,5 eller 1.5).",
                "“{}” is not a number (0 or more, decimal comma or point: 1,5 or 1.5).",
            ),
            M::BadRegion => (
                "ukjent region: «{}»; bruk HSØ, HV, HMN eller HN.",
                "unknown region: “{}”; use HSØ, HV, HMN or HN.",
            ),
            M::BadKind => (
                "ukjent type: «{}»; bruk behandling, flerregional, kompetanse, nettverk, senter eller regional_kompetanse.",
                "unknown kind: “{}”; use behandling, flerregional, kompetanse, nettverk, senter or regional_kompetanse.",
            ),
            M::BadFunction => (
                "ukjent funksjon: «{}»; bruk opplæring (5 år) eller kompetansebygging (10 år).",
                "unknown function: “{}”; use opplæring (5 years) or kompetansebygging (10 years).",
            ),
            M::BadStatus => (
                "ukjent status: «{}»; bruk forventet, mottatt, under vurdering, vurdert, oppfølging eller lukket.",
                "unknown status: “{}”; use forventet, mottatt, under vurdering, vurdert, oppfølging or lukket.",
            ),
            M::BadYesNo => (
                "«{}» er verken ja eller nei.",
                "“{}” is neither yes nor no.",
            ),
            M::BadAnswer => (
                "«{}» er ikke et svar; bruk Ja, Nei, Delvis, Ikke relevant (eller 1 = Ja, 2 = Nei), eller la cellen stå tom.",
                "“{}” is not an answer; use Ja, Nei, Delvis, Ikke relevant (or 1 = Ja, 2 = Nei), or leave the cell empty.",
            ),
            M::UnknownUnit => (
                "ukjent enhet: «{}». Skriv navnet slik det står i Tjenester.",
                "unknown unit: “{}”. Write the name as it is in Tjenester.",
            ),
            M::UnknownUnitNear => (
                "ukjent enhet: «{}». Mente du «{}»?",
                "unknown unit: “{}”. Did you mean “{}”?",
            ),
            M::AmbiguousUnit => (
                "«{}» passer på {} enheter; skriv hele navnet.",
                "“{}” matches {} units; write the full name.",
            ),
            M::DuplicateUnit => (
                "«{}» står allerede på linje {}; ta den med bare én gang.",
                "“{}” is already on line {}; list it only once.",
            ),
            M::UnknownHf => ("ukjent helseforetak: «{}».", "unknown health trust: “{}”."),
            M::UnknownHfNear => (
                "ukjent helseforetak: «{}». Mente du «{}»?",
                "unknown health trust: “{}”. Did you mean “{}”?",
            ),
            M::HfRegion => (
                "{} hører til {}, ikke til regionen i raden.",
                "{} belongs to {}, not to the row's region.",
            ),
            M::NoRegion => (
                "ny enhet uten region; fyll inn region eller HF.",
                "a new unit without a region; fill in the region or the HF.",
            ),
            M::NotOnChecklist => (
                "{} er ikke med i sjekklisten «{}» som gjelder for enheten.",
                "{} is not on the checklist “{}” that applies to the unit.",
            ),
            M::NoChecklist => (
                "ingen sjekkliste gjelder for enhetens type dette året.",
                "no checklist applies to the unit's kind that year.",
            ),
            M::NoRows => (
                "overskriften har ingen rader under seg.",
                "the header has no rows below it.",
            ),
            M::ReceivedInFuture => (
                "mottatt-datoen ligger fram i tid; skriv datoen rapporten kom inn.",
                "the received date lies in the future; write the date the report came in.",
            ),
            M::ReceivedBeforeYearEnd => (
                "en rapport for {} kan tidligst være mottatt {}; rett datoen.",
                "a report for {} can be received on {} at the earliest; correct the date.",
            ),
            M::AlreadyReceived => (
                "rapporten er allerede registrert mottatt {}; fjern datoen fra filen, eller rett den i Årsrapporter om den er feil.",
                "the report is already recorded as received on {}; remove the date from the file, or correct it in Årsrapporter if it is wrong.",
            ),
            M::StatusNotReceived => (
                "rapporten er ikke mottatt, så den kan ikke få denne statusen; fyll inn mottatt-datoen.",
                "the report is not received, so it cannot have this status; fill in the received date.",
            ),
            M::CloseWithFollowUps => (
                "rapporten har oppfølgingspunkter som ikke er utført, så den kan ikke lukkes; merk dem utført i gjennomgangen først.",
                "the report has follow-ups not done, so it cannot be closed; mark them done in the review first.",
            ),
            M::ReviewedWithFollowUps => (
                "rapporten har åpne oppfølgingspunkter; bruk status oppfølging.",
                "the report has open follow-ups; use the status oppfølging (follow-up).",
            ),
            M::FollowUpWithoutOpen => (
                "rapporten har ingen åpne oppfølgingspunkter; bruk status vurdert.",
                "the report has no open follow-ups; use the status vurdert (reviewed).",
            ),
            M::NoReport => (
                "enheten har ingen årsrapport for {}; importer rapportene først (irf import reports).",
                "the unit has no annual report for {}; import the reports first (irf import reports).",
            ),
            M::ReportNotReceived => (
                "årsrapporten for {} er ikke mottatt (forventet), så den kan ikke vurderes; registrer den som mottatt først.",
                "the annual report for {} is not received (expected), so it cannot be reviewed; record it as received first.",
            ),
            M::ReportClosed => (
                "årsrapporten for {} er lukket, og vurderingen kan ikke endres; fjern raden fra filen.",
                "the annual report for {} is closed, and its review cannot change; remove the row from the file.",
            ),
            M::TooLargeUnpacked => (
                "Arbeidsboken pakkes ut til {} MB; grensen er {} MB. Er det riktig fil? Lagre arket som CSV, eller del det opp.",
                "The workbook unpacks to {} MB; the limit is {} MB. Is it the right file? Save the sheet as CSV, or split it.",
            ),
            M::SummarySkipped => (
                "linje {}: summeringsrad hoppet over.",
                "line {}: summary row skipped.",
            ),
            M::ColumnIgnored => (
                "kolonnen «{}» er ikke brukt.",
                "the column “{}” is not used.",
            ),
            M::HeaderAt => (
                "overskriften står på linje {}; linjene over er hoppet over.",
                "the header is on line {}; the lines above were skipped.",
            ),
            M::AtLineNote => ("linje {}: {}", "line {}: {}"),
            M::ErnStatusKept => (
                "linje {}: {} står som «{}» i filen, men «{}» i irf; irf beholder sin. Endre medlemskapet i irf (R) om filen har rett.",
                "line {}: {} is “{}” in the file but “{}” in irf; irf keeps its own. Change the membership in irf (R) if the file is right.",
            ),
            M::New => ("ny", "new"),
            M::Changed => ("endres: {}", "changes: {}"),
            M::Unchanged => ("uendret", "unchanged"),
            M::Problems => (
                "{} problem(er) i filen. Ingenting er skrevet; rett filen og prøv igjen.",
                "{} problem(s) in the file. Nothing was written; correct the file and try again.",
            ),
            M::Counts => (
                "{} nye, {} endres, {} uendret.",
                "{} new, {} changed, {} unchanged.",
            ),
            M::NoChanges => (
                "Ingen endringer: databasen har allerede det filen sier.",
                "No changes: the database already has what the file says.",
            ),
            M::DryRun => (
                "Prøvekjøring: ingenting er skrevet.",
                "Dry run: nothing was written.",
            ),
            M::Applied => (
                "Importert: {} poster skrevet.",
                "Imported: {} records written.",
            ),
            M::Tab => ("tabulator", "tab"),
            M::DialogTitle => ("Importer fra fil", "Import from a file"),
            M::FieldFile => ("Fil (CSV eller XLSX)", "File (CSV or XLSX)"),
            M::FieldKind => ("Innhold", "Holds"),
            M::FieldYear => ("År", "Year"),
            M::KindReports => ("innleverte årsrapporter", "filed annual reports"),
            M::KindUnits => ("enheter (portefølje)", "units (portfolio)"),
            M::KindReviews => ("gjennomgang (sjekklistesvar)", "review (checklist answers)"),
            M::NeedPath => (
                "Skriv stien til filen (f.eks. ~/Nedlastinger/rapporter.csv).",
                "Type the file's path (e.g. ~/Downloads/reports.csv).",
            ),
            M::PlanTitle => ("Prøvekjøring: {}", "Dry run: {}"),
            M::KeysApply => (
                "Enter importerer · Esc avbryter · ↑ ↓ blar",
                "Enter imports · Esc cancels · ↑ ↓ scroll",
            ),
            M::KeysClose => ("Esc lukker · ↑ ↓ blar", "Esc closes · ↑ ↓ scroll"),
            M::FixFirst => (
                "Filen har problemer; rett den og importer på nytt (Esc lukker).",
                "The file has problems; correct it and import again (Esc closes).",
            ),
            M::Cancelled => (
                "Import avbrutt; ingenting er skrevet.",
                "Import cancelled; nothing was written.",
            ),
            M::OnlyReports => (
                "Import fra fil (I) finnes i Årsrapporter.",
                "Import from a file (I) is in Årsrapporter.",
            ),
            M::NeedYear => (
                "Oppgi året gjennomgangen gjelder (--year ÅÅÅÅ).",
                "Give the year the review is about (--year YYYY).",
            ),
        }
    }
}

impl Lang {
    /// The text of an import message.
    pub fn i(self, msg: ImportMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// The text of an import message with its `{}` placeholders filled in order.
    pub fn if_(self, msg: ImportMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.i(msg), args)
    }
}
