//! The program's own sentences and labels: which there are. Their bokmål and English
//! texts, side by side, are in `texts.rs`.

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
    /// Position in a list whose filter is still being read: the rows found so far.
    RowOfSoFar,
    /// A filter still being read, nothing found yet.
    Searching,
    /// A list that reads all the data, computed while no key waits.
    Computing,
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
    /// Write failed: the disk is full.
    ErrDiskFull,
    /// Write failed: the file or its file system is read-only.
    ErrReadOnly,
    /// Write failed: an I/O error.
    ErrWriteIo,
    /// Write failed: another writer held the lock too long.
    ErrBusy,
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
    /// Started without a terminal.
    NoTerminal,
    /// File is not a database.
    ErrNotDatabase,
    /// File cannot be opened.
    ErrCannotOpen,
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
    /// CLI: no data directory.
    CliNoDataDir,
    /// CLI: --demo on a real database.
    CliNotDemo,
    /// CLI: generate on a non-empty file.
    CliNotEmpty,
    /// check: file.
    CheckFile,
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
    /// Money column: the earmarked grant.
    MoneyGrant,
    /// Money column: of which rare diagnoses.
    MoneyRare,
    /// Money column: the rest.
    MoneyOther,
    /// Money column: 2 % of the rest.
    MoneyShareLow,
    /// Money column: 4 % of the rest.
    MoneyShareHigh,
    /// Money column: the networks' frames.
    MoneyNetworks,
    /// Money row: all regions.
    MoneyTotal,
    /// Money detail: the grant table's year.
    MoneyYear,
    /// Money detail: what the shares are.
    MoneyNote,
    /// Column: the rules a reference group breaks.
    ColBreaches,
}
