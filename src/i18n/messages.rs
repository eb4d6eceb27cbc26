//! The program's own sentences and labels, each with bokmål and English side by side.

/// A user-visible text. `pair()` gives (bokmål, English).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// Tab: annual cycle.
    PaneCycle,
    /// Tab: annual reports.
    PaneReports,
    /// Tab: renewals.
    PaneRenewals,
    /// Tab: contacts.
    PaneContacts,
    /// Tab: cases.
    PaneCases,
    /// Tab: units.
    PaneUnits,
    /// Column.
    ColDate,
    /// Column.
    ColName,
    /// Column.
    ColWhat,
    /// Column.
    ColOwner,
    /// Column.
    ColStep,
    /// Column.
    ColUnit,
    /// Column.
    ColKind,
    /// Column.
    ColRegion,
    /// Column.
    ColStatus,
    /// Column.
    ColDeadline,
    /// Column.
    ColOverdue,
    /// Column.
    ColStatement,
    /// Column.
    ColFollowUps,
    /// Column.
    ColReviewer,
    /// Column.
    ColStarts,
    /// Column.
    ColEnds,
    /// Column.
    ColYearInPeriod,
    /// Column.
    ColState,
    /// Column.
    ColFrame,
    /// Column.
    ColOrganisation,
    /// Column.
    ColRoles,
    /// Column.
    ColEmail,
    /// Column.
    ColPhone,
    /// Column.
    ColNumber,
    /// Column.
    ColTitle,
    /// Column.
    ColType,
    /// Column.
    ColMeeting,
    /// Column.
    ColHf,
    /// Column.
    ColApproved,
    /// Column.
    ColFunction,
    /// Column.
    ColTermEnd,
    /// Column.
    ColFte,
    /// Column.
    ColReceived,
    /// Column.
    ColErn,
    /// Column.
    ColNotes,
    /// Column.
    ColHfApplicant,
    /// Column.
    ColProposedKind,
    /// Column.
    ColPlace,
    /// Column.
    ColDecision,
    /// Column.
    ColCoordinating,
    /// Status line: user.
    StatusUser,
    /// Status line: leading region.
    StatusLeading,
    /// Detail with nothing selected.
    DetailEmpty,
    /// Detail heading.
    ReferenceGroup,
    /// Reference group follows the rules.
    Compliant,
    /// Reference group breaks rules.
    Breaks,
    /// Member marker.
    Chair,
    /// Member marker.
    UserRep,
    /// Detail heading.
    FollowUps,
    /// Checklist progress: answered, items.
    Checklist,
    /// Detail heading.
    Assessment,
    /// Case section.
    SectionBackground,
    /// Case section.
    SectionAssessment,
    /// Case section.
    SectionProposal,
    /// Case section.
    SectionAttachments,
    /// Case section.
    SectionDecision,
    /// Detail heading.
    Anchoring,
    /// Detail heading.
    Agenda,
    /// Detail heading.
    Ties,
    /// An empty text.
    EmptyText,
    /// Follow-up done.
    Done,
    /// Follow-up open.
    NotDone,
    /// Empty list.
    NoRows,
    /// Empty list under a filter.
    NoMatch,
    /// Reports pane header.
    Season,
    /// Cycle pane header.
    CycleYear,
    /// Position in list.
    RowOf,
    /// Help overlay title.
    HelpTitle,
    /// Help overlay footer.
    HelpFooter,
    /// Keymap context.
    CtxGlobal,
    /// Keymap context.
    CtxList,
    /// Keymap context.
    CtxDetail,
    /// Keymap context.
    CtxHelp,
    /// Keymap context.
    CtxFilter,
    /// Filter line.
    FilterPrompt,
    /// Palette title.
    PaletteTitle,
    /// Palette empty.
    PaletteNoMatch,
    /// Terminal too small: w, h, min w, min h.
    TooSmall,
    /// Keymap file problem: path, line, column, what.
    KeymapError,
    /// Keymap: TOML syntax.
    KmSyntax,
    /// Keymap: unknown table.
    KmUnknownContext,
    /// Keymap: unknown action.
    KmUnknownAction,
    /// Keymap: unknown key name.
    KmUnknownKey,
    /// Keymap: key bound twice: key, table.
    KmDuplicate,
    /// Keymap: value is not a string.
    KmNotString,
    /// Store: newer schema: found, known.
    ErrNewerSchema,
    /// Store: conflict: what, who, when.
    ErrConflict,
    /// Store: not found.
    ErrNotFound,
    /// Store: invalid value.
    ErrInvalid,
    /// Store: file problem.
    ErrIo,
    /// Store: SQLite problem.
    ErrDb,
    /// Yes.
    Yes,
    /// No.
    No,
    /// N days.
    DaysShort,
    /// After reload.
    Reloaded,
    /// Year keys in a pane without years.
    NoYearHere,
    /// Cycle row kind.
    EntMilestone,
    /// Cycle row kind.
    EntApplication,
    /// Cycle row kind.
    EntMeeting,
    /// Milestone owner.
    OwnerNational,
    /// Milestone owner.
    OwnerRegions,
    /// Renewal row kind.
    NetworkPeriod,
    /// Renewal row kind.
    CompetenceTerm,
    /// Year n of a network period.
    YearOfPeriod,
    /// Status line in demo.
    DemoBanner,
    /// Empty list in a non-demo database.
    NoRowsHint,
    /// Form title: new contact.
    FormNew,
    /// Form title: edit contact.
    FormEdit,
    /// Form keys.
    FormHelp,
    /// Form: no name.
    FormNameMissing,
    /// Form: e-mail without @.
    FormBadEmail,
    /// Form: unknown region.
    FormBadRegion,
    /// Form: conflict.
    FormConflict,
    /// Delete confirmation: name, ties.
    ConfirmDelete,
    /// Delete confirmation keys.
    ConfirmKeys,
    /// No ties.
    TiesNone,
    /// n ties.
    TiesCount,
    /// After delete.
    Deleted,
    /// Copy with no e-mail.
    CopyNothing,
    /// Copied one address.
    CopiedOne,
    /// Copied n addresses.
    CopiedMany,
    /// Action only in the contacts pane.
    ContactsOnly,
    /// Marked count.
    Marked,
    /// Export done: count, csv path, vcf path.
    Exported,
    /// Export failed: path, error.
    ExportFailed,
    /// Export with no rows.
    ExportNothing,
    /// Record kind.
    EntUnit,
    /// Record kind.
    EntContact,
    /// Record kind.
    EntCase,
    /// Palette line kind.
    PaletteAction,
    /// Edit box title: unit.
    EditTitle,
    /// Edit box keys.
    EditHelp,
    /// Edit where nothing can be edited.
    EditNotHere,
    /// After a save.
    EditSaved,
    /// After Esc in the edit box.
    EditDraftKept,
    /// Edit opened with a draft.
    EditDraftRestored,
    /// Conflict in the edit box: who, when, their text.
    EditConflict,
    /// After taking their version.
    EditTookTheirs,
    /// Settings file problem: path, what.
    ConfigError,
    /// CLI: no data directory.
    CliNoDataDir,
    /// CLI: --demo on a real database.
    CliNotDemo,
    /// CLI: generate on a non-empty file.
    CliNotEmpty,
    /// check: file.
    CheckFile,
    /// check: cannot read.
    CheckUnreadable,
    /// check: permissions.
    CheckPerms,
    /// check: not group-writable.
    CheckGroupWarn,
    /// check: an error.
    CheckError,
    /// check: schema version, known.
    CheckSchema,
    /// check: older schema.
    CheckUpgrade,
    /// check: journal mode.
    CheckJournal,
    /// check: integrity ok.
    CheckIntegrityOk,
    /// check: integrity problem.
    CheckIntegrityErr,
}

impl Msg {
    /// The (bokmål, English) texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        match self {
            Msg::PaneCycle => ("Årshjul", "Annual cycle"),
            Msg::PaneReports => ("Årsrapporter", "Annual reports"),
            Msg::PaneRenewals => ("Fornyelser", "Renewals"),
            Msg::PaneContacts => ("Kontakter", "Contacts"),
            Msg::PaneCases => ("Saker", "Cases"),
            Msg::PaneUnits => ("Tjenester", "Units"),
            Msg::ColDate => ("Dato", "Date"),
            Msg::ColName => ("Navn", "Name"),
            Msg::ColWhat => ("Hva", "What"),
            Msg::ColOwner => ("Ansvar", "Owner"),
            Msg::ColStep => ("Steg", "Step"),
            Msg::ColUnit => ("Tjeneste", "Unit"),
            Msg::ColKind => ("Type", "Kind"),
            Msg::ColRegion => ("Region", "Region"),
            Msg::ColStatus => ("Status", "Status"),
            Msg::ColDeadline => ("Frist", "Deadline"),
            Msg::ColOverdue => ("Over frist", "Overdue"),
            Msg::ColStatement => ("Uttalelse", "Statement"),
            Msg::ColFollowUps => ("Oppf.", "Follow-ups"),
            Msg::ColReviewer => ("Vurderes av", "Reviewer"),
            Msg::ColStarts => ("Fra", "From"),
            Msg::ColEnds => ("Slutt", "Ends"),
            Msg::ColYearInPeriod => ("År", "Year"),
            Msg::ColState => ("Tilstand", "State"),
            Msg::ColFrame => ("Ramme (MNOK)", "Frame (MNOK)"),
            Msg::ColOrganisation => ("Organisasjon", "Organisation"),
            Msg::ColRoles => ("Roller", "Roles"),
            Msg::ColEmail => ("E-post", "E-mail"),
            Msg::ColPhone => ("Telefon", "Phone"),
            Msg::ColNumber => ("Nr.", "No."),
            Msg::ColTitle => ("Tittel", "Title"),
            Msg::ColType => ("Sakstype", "Case type"),
            Msg::ColMeeting => ("Møte", "Meeting"),
            Msg::ColHf => ("Helseforetak", "Health trust"),
            Msg::ColApproved => ("Godkjent", "Approved"),
            Msg::ColFunction => ("Funksjon", "Function"),
            Msg::ColTermEnd => ("Periode slutt", "Term ends"),
            Msg::ColFte => ("Årsverk", "FTE"),
            Msg::ColReceived => ("Mottatt", "Received"),
            Msg::ColErn => ("ERN", "ERN"),
            Msg::ColNotes => ("Notater", "Notes"),
            Msg::ColHfApplicant => ("Søker (HF)", "Applicant (HF)"),
            Msg::ColProposedKind => ("Foreslått type", "Proposed kind"),
            Msg::ColPlace => ("Sted", "Place"),
            Msg::ColDecision => ("Vedtak", "Decision"),
            Msg::ColCoordinating => ("Koordinerende HF", "Coordinating HF"),
            Msg::StatusUser => ("Bruker", "User"),
            Msg::StatusLeading => ("Leder", "Lead"),
            Msg::DetailEmpty => ("Ingen rad valgt.", "No row selected."),
            Msg::ReferenceGroup => ("Faglig referansegruppe", "Reference group"),
            Msg::Compliant => ("Følger reglene", "Follows the rules"),
            Msg::Breaks => ("Brudd på reglene", "Breaks the rules"),
            Msg::Chair => ("leder", "chair"),
            Msg::UserRep => ("brukerrepresentant", "user representative"),
            Msg::FollowUps => ("Oppfølgingspunkter", "Follow-up items"),
            Msg::Checklist => (
                "Sjekkliste: {} av {} besvart",
                "Checklist: {} of {} answered",
            ),
            Msg::Assessment => ("Vurdering", "Assessment"),
            Msg::SectionBackground => ("Bakgrunn", "Background"),
            Msg::SectionAssessment => ("Vurdering", "Assessment"),
            Msg::SectionProposal => ("Forslag til vedtak", "Proposed decision"),
            Msg::SectionAttachments => ("Vedlegg", "Attachments"),
            Msg::SectionDecision => ("Vedtak", "Decision"),
            Msg::Anchoring => ("Forankring i regionene", "Anchoring in the regions"),
            Msg::Agenda => ("Saksliste", "Agenda"),
            Msg::Ties => ("Tilknytninger", "Ties"),
            Msg::EmptyText => ("(tom)", "(empty)"),
            Msg::Done => ("utført", "done"),
            Msg::NotDone => ("åpen", "open"),
            Msg::NoRows => ("Ingen rader.", "No rows."),
            Msg::NoMatch => (
                "Ingen treff for «{}». Esc fjerner filteret.",
                "Nothing matches “{}”. Esc clears the filter.",
            ),
            Msg::Season => ("sesong {} (frist {})", "season {} (due {})"),
            Msg::CycleYear => ("år {}", "year {}"),
            Msg::RowOf => ("{} av {}", "{} of {}"),
            Msg::HelpTitle => ("Hjelp – taster", "Help – keys"),
            Msg::HelpFooter => ("Tastene kan endres i {}", "Keys can be changed in {}"),
            Msg::CtxGlobal => ("Overalt", "Everywhere"),
            Msg::CtxList => ("I listen", "In the list"),
            Msg::CtxDetail => ("I detaljvisningen", "In the detail view"),
            Msg::CtxHelp => ("I hjelpen", "In help"),
            Msg::CtxFilter => ("Når du filtrerer", "While filtering"),
            Msg::FilterPrompt => ("Filter: ", "Filter: "),
            Msg::PaletteTitle => (
                "Kommandopalett – skriv for å søke, Enter kjører",
                "Command palette – type to search, Enter runs",
            ),
            Msg::PaletteNoMatch => ("Ingen kommando passer.", "No command matches."),
            Msg::TooSmall => (
                "Terminalen er for liten ({}×{}). Gjør vinduet minst {}×{}.",
                "The terminal is too small ({}×{}). Make the window at least {}×{}.",
            ),
            Msg::KeymapError => (
                "Feil i tastefilen {}, linje {}, kolonne {}: {}. Standardtastene brukes.",
                "Problem in the key file {}, line {}, column {}: {}. The default keys are used.",
            ),
            Msg::KmSyntax => ("ugyldig TOML ({})", "invalid TOML ({})"),
            Msg::KmUnknownContext => (
                "ukjent seksjon [{}]; bruk global, list, detail, help eller filter",
                "unknown table [{}]; use global, list, detail, help or filter",
            ),
            Msg::KmUnknownAction => (
                "ukjent handling «{}» (se hjelpen, ?, for navnene)",
                "unknown action “{}” (see help, ?, for the names)",
            ),
            Msg::KmUnknownKey => (
                "ukjent tastenavn «{}» (eksempler: j, G, ctrl-k, enter, pagedown)",
                "unknown key name “{}” (examples: j, G, ctrl-k, enter, pagedown)",
            ),
            Msg::KmDuplicate => (
                "tasten «{}» er bundet to ganger i [{}]",
                "the key “{}” is bound twice in [{}]",
            ),
            Msg::KmNotString => (
                "verdien må være et handlingsnavn i anførselstegn, f.eks. \"move_down\"",
                "the value must be an action name in quotes, e.g. \"move_down\"",
            ),
            Msg::ErrNewerSchema => (
                "Databasen har skjemaversjon {}, nyere enn denne irf kjenner ({}). Oppgrader irf før du åpner den.",
                "The database has schema version {}, newer than this irf knows ({}). Upgrade irf before opening it.",
            ),
            Msg::ErrConflict => (
                "{} ble endret av {} kl. {} etter at du leste den. Last inn på nytt (Ctrl-R); ingenting er lagret.",
                "{} was changed by {} at {} after you read it. Reload (Ctrl-R); nothing was saved.",
            ),
            Msg::ErrNotFound => (
                "{} finnes ikke lenger. Last inn på nytt (Ctrl-R).",
                "{} no longer exists. Reload (Ctrl-R).",
            ),
            Msg::ErrInvalid => ("Ikke lagret: {}.", "Not saved: {}."),
            Msg::ErrIo => ("Kunne ikke bruke filen: {}", "Could not use the file: {}"),
            Msg::ErrDb => ("Databasefeil: {}", "Database error: {}"),
            Msg::Yes => ("ja", "yes"),
            Msg::No => ("nei", "no"),
            Msg::DaysShort => ("{} d", "{} d"),
            Msg::Reloaded => ("Lest inn på nytt.", "Reloaded."),
            Msg::NoYearHere => ("Denne fanen har ikke år.", "This pane has no years."),
            Msg::EntMilestone => ("Milepæl", "Milestone"),
            Msg::EntApplication => ("Søknad", "Application"),
            Msg::EntMeeting => ("Møte", "Meeting"),
            Msg::OwnerNational => ("nasjonalt", "national"),
            Msg::OwnerRegions => ("regionene", "the regions"),
            Msg::NetworkPeriod => ("Nettverk", "Network"),
            Msg::CompetenceTerm => ("Kompetansetjeneste", "Competence service"),
            Msg::YearOfPeriod => ("år {}", "year {}"),
            Msg::DemoBanner => ("DEMO", "DEMO"),
            Msg::NoRowsHint => ("Ingen rader ennå. Vil du se programmet med eksempeldata, start det med irf --demo.", "No rows yet. To see the program with example data, start it with irf --demo."),
            Msg::FormNew => ("Ny kontakt", "New contact"),
            Msg::FormEdit => ("Rediger {}", "Edit {}"),
            Msg::FormHelp => (
                "↑ ↓ velger felt · Enter lagrer · Esc lukker (det du skrev beholdes som utkast)",
                "↑ ↓ choose a field · Enter saves · Esc closes (what you typed is kept as a draft)",
            ),
            Msg::FormNameMissing => (
                "Navn mangler. Skriv inn navnet og trykk Enter.",
                "The name is missing. Type the name and press Enter.",
            ),
            Msg::FormBadEmail => (
                "E-postadressen «{}» mangler @. Rett den og trykk Enter.",
                "The e-mail address “{}” has no @. Correct it and press Enter.",
            ),
            Msg::FormBadRegion => (
                "Ukjent region «{}». Bruk HSØ, HV, HMN eller HN (eller la feltet stå tomt).",
                "Unknown region “{}”. Use HSØ, HV, HMN or HN (or leave it empty).",
            ),
            Msg::FormConflict => (
                "Kontakten ble endret av {} kl. {} mens du skrev. Enter lagrer din versjon likevel · Ctrl-R henter deres · Esc lukker.",
                "The contact was changed by {} at {} while you typed. Enter saves yours anyway · Ctrl-R loads theirs · Esc closes.",
            ),
            Msg::ConfirmDelete => (
                "Slette «{}»? Personen fjernes alle steder: {}.",
                "Delete “{}”? The person is removed everywhere: {}.",
            ),
            Msg::ConfirmKeys => (
                "Enter sletter · Esc avbryter",
                "Enter deletes · Esc cancels",
            ),
            Msg::TiesNone => ("ingen tilknytninger", "no ties"),
            Msg::TiesCount => ("{} tilknytninger ({})", "{} ties ({})"),
            Msg::Deleted => ("Slettet {}.", "Deleted {}."),
            Msg::CopyNothing => (
                "Ingen e-postadresse å kopiere her.",
                "No e-mail address to copy here.",
            ),
            Msg::CopiedOne => (
                "Kopierte {} til utklippstavlen.",
                "Copied {} to the clipboard.",
            ),
            Msg::CopiedMany => (
                "Kopierte {} e-postadresser til utklippstavlen (skilt med semikolon).",
                "Copied {} e-mail addresses to the clipboard (separated by semicolons).",
            ),
            Msg::ContactsOnly => (
                "Dette gjøres i Kontakter (4).",
                "This is done in Contacts (4).",
            ),
            Msg::Marked => ("{} merket", "{} marked"),
            Msg::Exported => (
                "Eksporterte {} kontakter til {} og {}.",
                "Exported {} contacts to {} and {}.",
            ),
            Msg::ExportFailed => (
                "Kunne ikke skrive {}: {}. Ingenting er eksportert; prøv å starte irf i en mappe du kan skrive i.",
                "Could not write {}: {}. Nothing was exported; try starting irf in a folder you can write to.",
            ),
            Msg::ExportNothing => ("Ingen kontakter å eksportere.", "No contacts to export."),
            Msg::EntUnit => ("Tjeneste", "Unit"),
            Msg::EntContact => ("Kontakt", "Contact"),
            Msg::EntCase => ("Sak", "Case"),
            Msg::PaletteAction => ("Handling", "Action"),
            Msg::EditTitle => ("Notater for {}", "Notes for {}"),
            Msg::EditHelp => (
                "Enter lagrer · Esc lukker (teksten beholdes som utkast)",
                "Enter saves · Esc closes (the text is kept as a draft)",
            ),
            Msg::EditNotHere => (
                "Her kan ingenting redigeres ennå; rediger i Tjenester (6) eller Kontakter (4).",
                "Nothing can be edited here yet; edit in Units (6) or Contacts (4).",
            ),
            Msg::EditSaved => ("Lagret.", "Saved."),
            Msg::EditDraftKept => (
                "Teksten er beholdt som utkast; den kommer tilbake neste gang du redigerer.",
                "Your text is kept as a draft; it comes back the next time you edit.",
            ),
            Msg::EditDraftRestored => (
                "Utkastet ditt er hentet fram igjen.",
                "Your draft has been restored.",
            ),
            Msg::EditConflict => (
                "Endret av {} kl. {} mens du skrev. Deres tekst: «{}». Enter lagrer din likevel · Ctrl-R tar deres · Esc lukker.",
                "Changed by {} at {} while you typed. Their text: “{}”. Enter saves yours anyway · Ctrl-R takes theirs · Esc closes.",
            ),
            Msg::EditTookTheirs => (
                "Deres versjon er hentet; din er erstattet.",
                "Their version is loaded; yours was replaced.",
            ),
            Msg::ConfigError => (
                "Feil i innstillingsfilen {}: {}. Standardinnstillingene brukes.",
                "Problem in the settings file {}: {}. The default settings are used.",
            ),
            Msg::CliNoDataDir => (
                "fant ingen datamappe (er HOME satt?); oppgi databasen med --db STI",
                "found no data directory (is HOME set?); give the database with --db PATH",
            ),
            Msg::CliNotDemo => (
                "er ikke en demodatabase; velg en annen fil med --db",
                "is not a demo database; choose another file with --db",
            ),
            Msg::CliNotEmpty => (
                "er ikke tom; generate trenger en ny fil",
                "is not empty; generate needs a new file",
            ),
            Msg::CheckFile => ("Fil: {}", "File: {}"),
            Msg::CheckUnreadable => (
                "FEIL: filen kan ikke leses: {}",
                "ERROR: the file cannot be read: {}",
            ),
            Msg::CheckPerms => ("Tilganger: {}", "Permissions: {}"),
            Msg::CheckGroupWarn => (
                "ADVARSEL: gruppen kan ikke både lese og skrive filen; for deling, kjør chmod 660 på den.",
                "WARNING: the group cannot both read and write the file; to share it, chmod 660 it.",
            ),
            Msg::CheckError => ("FEIL: {}", "ERROR: {}"),
            Msg::CheckSchema => (
                "Skjemaversjon: {} (programmet kjenner {})",
                "Schema version: {} (this program knows {})",
            ),
            Msg::CheckUpgrade => (
                "Merk: skjemaet oppgraderes neste gang irf åpner filen.",
                "Note: the schema is upgraded the next time irf opens the file.",
            ),
            Msg::CheckJournal => ("Journalmodus: {}", "Journal mode: {}"),
            Msg::CheckIntegrityOk => ("Integritet: ok", "Integrity: ok"),
            Msg::CheckIntegrityErr => ("FEIL i integritet: {}", "ERROR in integrity: {}"),
        }
    }
}
