//! The Årsrapporter queue's texts (`QueueMsg`, bokmål and English side by side): its
//! narrowing, sorting, saved views and bulk actions.

use super::{Lang, Text, fill};
use crate::domain::{QueueRefusal, QueueSort};

/// A text of the Årsrapporter queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueMsg {
    /// Dialog title.
    NarrowTitle,
    /// Field label.
    FieldRegion,
    /// Field label.
    FieldKind,
    /// Field label.
    FieldStatus,
    /// Field label.
    FieldOverdue,
    /// Field label.
    FieldAwaiting,
    /// Field label.
    FieldName,
    /// Field label.
    FieldView,
    /// Field label.
    FieldDo,
    /// Field label.
    FieldDate,
    /// Field label.
    FieldReviewer,
    /// The choice that narrows nothing.
    All,
    /// Choice.
    Yes,
    /// Choice.
    No,
    /// Choice: use the view.
    Use,
    /// Choice: delete the view.
    DeleteView,
    /// Saved.
    Narrowed,
    /// The queue's order changed: {column} {direction}.
    SortedBy,
    /// Ascending.
    Ascending,
    /// Descending.
    Descending,
    /// Dialog title.
    ViewsTitle,
    /// Dialog title.
    SaveViewTitle,
    /// A view needs a name.
    NoViewName,
    /// Saved: {name}.
    ViewSaved,
    /// Saved over: {name}.
    ViewReplaced,
    /// Deleted: {name}.
    ViewDeleted,
    /// Applied: {name}.
    ViewApplied,
    /// Dialog title.
    MyRegionTitle,
    /// Dialog title: {n} reports.
    ReceivedTitle,
    /// Dialog title: {n} reports.
    ReviewerTitle,
    /// Dialog title: {n} reports.
    StatusTitle,
    /// The actions are for the queue.
    QueueOnly,
    /// Done: {n reports} changed.
    BulkDone,
    /// Added to `BulkDone`: {n reports} already were so.
    BulkUnchanged,
    /// The first skipped first: {unit}: {why} ({n reports} skipped; {n reports} changed).
    BulkSkipped,
    /// Why skipped: changed by {by} at {at}.
    SkipConflict,
    /// Why skipped: gone.
    SkipGone,
    /// The header's narrowing marker.
    NarrowedMark,
    /// The header's sort marker: {column}.
    SortMark,
    /// A typed date is not one: {text}.
    BadDate,
    /// The season has no reports: {year}.
    EmptySeason,
    /// The queue header's season: {year}.
    Season,
    /// The summary view's filter line takes item codes to combine.
    CombineItems,
    /// The narrowing lets nothing through.
    NothingNarrowed,
}

impl Text for QueueMsg {
    fn pair(self) -> (&'static str, &'static str) {
        use QueueMsg as M;
        match self {
            M::NarrowTitle => ("Avgrens køen", "Narrow the queue"),
            M::FieldRegion => ("Region (vert eller vurderer)", "Region (host or reviewer)"),
            M::FieldKind => ("Type", "Kind"),
            M::FieldStatus => ("Status", "Status"),
            M::FieldOverdue => ("Bare forsinkede", "Overdue only"),
            M::FieldAwaiting => ("Bare de som venter på uttalelse", "Awaiting statement only"),
            M::FieldName => ("Navn", "Name"),
            M::FieldView => ("Utvalg", "View"),
            M::FieldDo => ("Handling", "Action"),
            M::FieldDate => ("Mottatt dato (dd.mm.åååå)", "Received on (dd.mm.yyyy)"),
            M::FieldReviewer => ("Vurderes av", "Reviewed by"),
            M::All => ("alle", "all"),
            M::Yes => ("ja", "yes"),
            M::No => ("nei", "no"),
            M::Use => ("bruk", "use"),
            M::DeleteView => ("slett", "delete"),
            M::Narrowed => ("Køen er avgrenset.", "The queue is narrowed."),
            M::SortedBy => ("Sortert etter {} ({}).", "Sorted by {} ({})."),
            M::Ascending => ("stigende", "ascending"),
            M::Descending => ("synkende", "descending"),
            M::ViewsTitle => ("Lagrede utvalg", "Saved views"),
            M::SaveViewTitle => ("Lagre utvalget", "Save the view"),
            M::NoViewName => (
                "Gi utvalget et navn, så du finner det igjen.",
                "Give the view a name, so you can find it again.",
            ),
            M::ViewSaved => ("Utvalget «{}» er lagret.", "The view “{}” is saved."),
            M::ViewReplaced => (
                "Utvalget «{}» er lagret over det forrige med samme navn.",
                "The view “{}” is saved over the one of the same name.",
            ),
            M::ViewDeleted => ("Utvalget «{}» er slettet.", "The view “{}” is deleted."),
            M::ViewApplied => ("Utvalg: {}.", "View: {}."),
            M::MyRegionTitle => (
                "Hvilken region arbeider du for?",
                "Which region do you work for?",
            ),
            M::ReceivedTitle => ("Marker {} som mottatt", "Mark {} received"),
            M::ReviewerTitle => (
                "Velg vurderende region for {}",
                "Choose the reviewing region of {}",
            ),
            M::StatusTitle => ("Sett status på {}", "Set the status of {}"),
            M::QueueOnly => (
                "Det gjøres i Årsrapporter-køen (2).",
                "That is done in the Annual reports queue (2).",
            ),
            M::BulkDone => ("{} endret.", "{} changed."),
            M::BulkUnchanged => (" {} var allerede slik.", " {} already were so."),
            M::BulkSkipped => (
                "{}: {} ({} ikke endret, fortsatt merket; {} endret.)",
                "{}: {} ({} not changed, still marked; {} changed.)",
            ),
            M::SkipConflict => (
                "endret av {} {} etter at du åpnet dialogen; les inn på nytt (Ctrl-R) og prøv igjen",
                "changed by {} at {} after you opened the dialog; reload (Ctrl-R) and try again",
            ),
            M::SkipGone => (
                "rapporten finnes ikke lenger",
                "the report no longer exists",
            ),
            M::NarrowedMark => ("avgrenset", "narrowed"),
            M::SortMark => ("sortert: {}", "sorted: {}"),
            M::Season => ("sesong {}", "season {}"),
            M::CombineItems => ("Kombiner punkter", "Combine items"),
            M::EmptySeason => (
                "Ingen årsrapporter for {} ennå. Trykk I for å importere listen over innleverte rapporter (CSV eller XLSX), eller < for forrige sesong.",
                "No annual reports for {} yet. Press I to import the list of filed reports (CSV or XLSX), or < for the season before.",
            ),
            M::NothingNarrowed => (
                "Ingen rapporter passer avgrensningen. Trykk f for å endre den, eller u for et lagret utvalg.",
                "No report fits the narrowing. Press f to change it, or u for a saved view.",
            ),
            M::BadDate => (
                "«{}» er ikke en dato. Skriv dd.mm.åååå, for eksempel 09.02.2026.",
                "“{}” is not a date. Write dd.mm.yyyy, for example 09.02.2026.",
            ),
        }
    }
}

/// "1 rapport", "3 rapporter" ("1 report", "3 reports").
pub fn reports_n(lang: Lang, n: usize) -> String {
    let word = if n == 1 {
        lang.pick(("rapport", "report"))
    } else {
        lang.pick(("rapporter", "reports"))
    };
    format!("{n} {word}")
}

/// Why the rules refused a bulk change on one report.
pub fn queue_refusal(lang: Lang, why: &QueueRefusal) -> String {
    use QueueRefusal as R;
    let pair = match why {
        R::Review(r) => {
            return super::refusal_text(lang, &crate::domain::Refusal::Review(r.clone()));
        }
        R::ReceivedInFuture => (
            "mottatt-datoen ligger fram i tid",
            "the received date lies in the future",
        ),
        R::ReceivedBeforeYearEnd => (
            "mottatt-datoen er før rapportåret var omme",
            "the received date is before the report year ended",
        ),
        R::AlreadyReceived => (
            "rapporten er allerede mottatt med en annen dato",
            "the report is already received on another date",
        ),
        R::NeedsReceivedDate => (
            "en mottatt rapport trenger datoen; marker den som mottatt med m",
            "a received report needs its date; mark it received with m",
        ),
        R::ReviewBegun => (
            "vurderingen er begynt, så den kan ikke settes tilbake til forventet",
            "its review has begun, so it cannot go back to expected",
        ),
        R::ReviewedWithOpenFollowUps => (
            "den har åpne oppfølgingspunkter; velg «oppfølging»",
            "it has open follow-ups; choose “follow-up”",
        ),
        R::NoOpenFollowUps => (
            "den har ingen åpne oppfølgingspunkter; velg «vurdert»",
            "it has no open follow-ups; choose “reviewed”",
        ),
    };
    lang.pick(pair).to_string()
}

/// The name a default view is saved under, in the language the user first had.
pub fn default_view_name(lang: Lang, view: crate::domain::DefaultView) -> &'static str {
    use crate::domain::DefaultView as V;
    lang.pick(match view {
        V::MyRegion => ("Min region", "My region"),
        V::Overdue => ("Forsinket", "Overdue"),
        V::AwaitingStatement => ("Venter på uttalelse", "Awaiting statement"),
    })
}

/// A kind of unit in a few letters, for the queue's column.
pub fn kind_short(lang: Lang, kind: crate::domain::UnitKind) -> &'static str {
    use crate::domain::UnitKind as K;
    lang.pick(match kind {
        K::Treatment => ("Beh.", "Treatm."),
        K::Multiregional => ("Flerreg.", "Multireg."),
        K::Competence => ("Komp.", "Compet."),
        K::Network => ("Nettverk", "Network"),
        K::Centre => ("Senter", "Centre"),
        K::RegionalCompetence => ("Reg. komp.", "Reg. comp."),
    })
}

/// The name of a sort column.
pub fn sort_label(lang: Lang, sort: QueueSort) -> &'static str {
    use QueueSort as S;
    lang.pick(match sort {
        S::Unit => ("tjeneste", "unit"),
        S::Kind => ("type", "kind"),
        S::Region => ("region", "region"),
        S::Reviewer => ("vurderer", "reviewer"),
        S::Status => ("status", "status"),
        S::Overdue => ("forsinkelse", "days overdue"),
        S::Deadline => ("frist", "deadline"),
        S::Received => ("mottatt", "received"),
        S::Statement => ("uttalelse", "statement"),
        S::FollowUps => ("oppfølging", "follow-ups"),
    })
}

impl Lang {
    /// The text of a queue message.
    pub fn q(self, msg: QueueMsg) -> &'static str {
        self.pick(msg.pair())
    }

    /// A queue message with its `{}` placeholders filled in order.
    pub fn qf(self, msg: QueueMsg, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.q(msg), args)
    }
}
