//! What the program shows: the current pane, each pane's list window, the mode, messages.

use chrono::{Datelike, NaiveDate};

use super::action::Action;
use super::cases::ExternalEdit;
pub use super::focus::{Focus, Mode, Overlay};
use crate::domain::current_season;
use crate::i18n::{Lang, Msg};
use crate::keymap::Keymap;
use crate::store::{Detail, Hit, ListFilter, ListKind, Row, Store};

/// The six panes, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    /// Årshjul: the annual cycle and applications.
    Cycle,
    /// Årsrapporter: the report review queue.
    Reports,
    /// Fornyelser: network renewals and term ends.
    Renewals,
    /// Kontakter: contacts by region.
    Contacts,
    /// Saker: cases and meetings.
    Cases,
    /// Tjenester: the unit registry.
    Units,
}

impl Pane {
    /// Every pane in tab order.
    pub const ALL: [Pane; 6] = [
        Pane::Cycle,
        Pane::Reports,
        Pane::Renewals,
        Pane::Contacts,
        Pane::Cases,
        Pane::Units,
    ];

    /// Position in the tab bar, from 0.
    pub fn index(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// The tab's title.
    pub fn title(self) -> Msg {
        match self {
            Pane::Cycle => Msg::PaneCycle,
            Pane::Reports => Msg::PaneReports,
            Pane::Renewals => Msg::PaneRenewals,
            Pane::Contacts => Msg::PaneContacts,
            Pane::Cases => Msg::PaneCases,
            Pane::Units => Msg::PaneUnits,
        }
    }

    /// The store lists the pane can show (its views, switched with `v`); the first is
    /// shown when the pane opens.
    pub fn views(self) -> &'static [ListKind] {
        match self {
            Pane::Cycle => &[
                ListKind::Due,
                ListKind::Milestones,
                ListKind::Applications,
                ListKind::Ranking,
            ],
            Pane::Reports => &[ListKind::Reports, ListKind::Summary],
            Pane::Renewals => &[ListKind::Renewals, ListKind::Money],
            Pane::Contacts => &[ListKind::Contacts],
            Pane::Cases => &[ListKind::Cases, ListKind::Meetings],
            Pane::Units => &[ListKind::Units, ListKind::Breaches],
        }
    }

    /// Whether `<` and `>` change a year in this pane (in Fornyelser, in its money).
    pub fn has_year(self, kind: ListKind) -> bool {
        matches!(self, Pane::Cycle | Pane::Reports) || kind == ListKind::Money
    }
}

/// A line for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The sentence, in the UI language.
    pub text: String,
    /// Shown as an error (bold, marked) rather than information.
    pub is_error: bool,
}

/// One pane's list: a window of rows around the selection, never the whole table.
#[derive(Debug, Clone)]
pub struct ListState {
    /// Which list.
    pub kind: ListKind,
    /// What narrows it.
    pub filter: ListFilter,
    /// Rows under the filter.
    pub total: usize,
    /// Index of the selected row in the whole list.
    pub selected: usize,
    /// Index of the first row drawn on screen.
    pub top: usize,
    /// Index of the first row in `window`.
    pub window_start: usize,
    /// The rows read from the store.
    pub window: Vec<Row>,
    /// Detail of the selected row.
    pub detail: Option<Detail>,
    /// How far the detail view is scrolled.
    pub detail_scroll: u16,
    /// Whether the list has been read since the pane was created or reloaded.
    pub loaded: bool,
    /// A filter with many hits is still being read, or a list that reads all the data
    /// is being computed (see `Store::list_count_until`): `total` and the rows are
    /// those found so far.
    pub counting: bool,
    /// Ids of the marked rows.
    pub marked: std::collections::BTreeSet<i64>,
    /// In an open contact, the tie Enter jumps to.
    pub tie_cursor: usize,
}

impl ListState {
    fn new(kind: ListKind, year: i32, today: NaiveDate) -> Self {
        ListState {
            kind,
            filter: ListFilter {
                text: String::new(),
                year,
                today,
                ..Default::default()
            },
            total: 0,
            selected: 0,
            top: 0,
            window_start: 0,
            window: Vec::new(),
            detail: None,
            detail_scroll: 0,
            loaded: false,
            counting: false,
            marked: Default::default(),
            tie_cursor: 0,
        }
    }

    /// What the list says while it is read and nothing is found yet.
    pub fn waiting_msg(&self) -> crate::i18n::Msg {
        if self.kind.is_computed() {
            crate::i18n::Msg::Computing
        } else {
            crate::i18n::Msg::Searching
        }
    }

    /// The selected row, if it is in the window.
    pub fn selected_row(&self) -> Option<&Row> {
        self.selected
            .checked_sub(self.window_start)
            .and_then(|i| self.window.get(i))
    }
}

/// One line the command palette offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaletteItem {
    /// Run an action.
    Action(Action),
    /// Jump to a record.
    Record(Hit),
}

/// The command palette's input and what it found.
#[derive(Debug, Clone, Default)]
pub struct PaletteState {
    /// What the user typed.
    pub query: String,
    /// Actions and records matching the query, best first.
    pub items: Vec<PaletteItem>,
    /// Index into `items`.
    pub selected: usize,
}

/// Someone else saved the record while the user was editing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditConflict {
    /// Who saved it.
    pub by: String,
    /// When (HH:MM, UTC).
    pub at: String,
    /// Their text.
    pub theirs: String,
    /// The version their save made.
    pub version: i64,
}

/// The notes being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditState {
    /// The unit.
    pub unit_id: i64,
    /// Its name, for the title.
    pub unit: String,
    /// The version the text was read at.
    pub version: i64,
    /// The text as typed.
    pub text: String,
    /// Set when a save found a newer version.
    pub conflict: Option<EditConflict>,
}

/// The contact form: name, organisation, region, e-mail, phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormState {
    /// The contact edited, or `None` for a new one.
    pub id: Option<i64>,
    /// The version the fields were read at.
    pub version: i64,
    /// Name, organisation, region, e-mail, phone, as typed.
    pub fields: [String; 5],
    /// The field being typed in.
    pub focus: usize,
    /// Set when a save found a newer version: who and when (HH:MM).
    pub conflict: Option<(String, String, i64)>,
}

/// What the Årshjul timeline draws: the dated things of the list's year and the
/// pending anchorings, and how many periods it is moved from the one around today.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// The year's dated things (milestones, meetings, year-6 networks, term ends).
    pub items: Vec<crate::store::CalendarItem>,
    /// Anchoring answers still pending, with their due dates.
    pub pending: Vec<crate::store::DueItem>,
    /// Periods moved forward (positive) or back from the period of today.
    pub shift: i32,
    /// How many open obligations are overdue (up to the overdue limit of `Store::due`).
    pub overdue: usize,
    /// How many things are due in the next 30 days, today included.
    pub upcoming: usize,
}

/// A deletion waiting for the user's yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmState {
    /// The contact.
    pub id: i64,
    /// Its version when asked.
    pub version: i64,
    /// Its name, for the message afterwards.
    pub name: String,
    /// The sentence shown, with what the person is tied to.
    pub question: String,
}

/// Everything on screen.
#[derive(Debug, Clone)]
pub struct State {
    /// UI language.
    pub lang: Lang,
    /// Today's date (fixed in tests).
    pub today: NaiveDate,
    /// The pane on screen.
    pub pane: Pane,
    /// Each pane's list, in `Pane::ALL` order.
    pub lists: Vec<ListState>,
    /// What has the keyboard, with its state.
    pub focus: Focus,
    /// Help, the palette, a history or "Siden sist", over the focus.
    pub overlay: Option<Overlay>,
    /// Text to hand to `$VISUAL`/`$EDITOR`; the terminal layer runs it and clears this.
    pub external_edit: Option<ExternalEdit>,
    /// What the import dialog held when it was last sent.
    pub import: super::reports::ImportState,
    /// The Årshjul timeline: the year's dated things and what is due.
    pub timeline: Timeline,
    /// What is due, as sentences for the status line and the Årshjul header, most
    /// urgent first.
    pub warnings: Vec<String>,
    /// The status-line message, cleared by the next key.
    pub message: Option<Message>,
    /// What the shared desk says about the record open in a form (changed elsewhere
    /// meanwhile), shown in the status line until the form closes.
    pub notice: Option<String>,
    /// Set when the user asked to leave.
    pub quit: bool,
    /// How many list rows fit on screen (set from the terminal size).
    pub page_rows: usize,
    /// The OS user.
    pub user: String,
    /// The database file, as shown in the status line.
    pub db_label: String,
    /// The region leading the working group today (its period's, else the setting's).
    pub leading: Option<String>,
    /// This is the demo database.
    pub demo: bool,
    /// Colours may be used (false under `NO_COLOR`).
    pub color: bool,
    /// Text to put on the clipboard; the terminal layer sends it (OSC 52) and clears it.
    pub clipboard: Option<String>,
    /// Where exports are written (the working directory).
    pub export_dir: std::path::PathBuf,
    /// Årsrapporter: how many reports of the season have each status, under the
    /// queue's region and kind (read with the list).
    pub queue_counts: Vec<(crate::domain::ReportStatus, usize)>,
    /// The user's own writes since the program opened, newest last (Ctrl-Z).
    pub undo: Vec<crate::store::UndoStep>,
    /// The undos that can be done again, newest last (Ctrl-Y).
    pub redo: Vec<crate::store::UndoStep>,
}

impl State {
    /// The list of the pane on screen.
    pub fn list(&self) -> &ListState {
        &self.lists[self.pane.index()]
    }

    /// Shows `text` in the status line.
    pub fn inform(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: false,
        });
    }

    /// Shows `text` in the status line as an error.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            is_error: true,
        });
    }
}

/// The program: its state, the database and the keymap.
pub struct App {
    /// What is on screen.
    pub state: State,
    /// The database.
    pub store: Store,
    /// The merged keymap.
    pub keymap: Keymap,
}

impl App {
    /// Creates the program on `store`, showing the first pane.
    pub fn new(store: Store, keymap: Keymap, lang: Lang, today: NaiveDate, demo: bool) -> App {
        // The shared desk's bearings: what others commit from here on is shown.
        let _ = store.outside_changes();
        let season = current_season(today);
        let lists = Pane::ALL
            .iter()
            .map(|p| {
                let year = if *p == Pane::Reports {
                    season
                } else {
                    today.year()
                };
                ListState::new(p.views()[0], year, today)
            })
            .collect();
        let state = State {
            lang,
            today,
            pane: Pane::Cycle,
            lists,
            focus: Focus::List,
            overlay: None,
            external_edit: None,
            import: Default::default(),
            timeline: Timeline::default(),
            warnings: Vec::new(),
            message: None,
            notice: None,
            quit: false,
            page_rows: 20,
            user: store.user().to_string(),
            db_label: store.path().display().to_string(),
            leading: leading_code(&store, today),
            demo,
            color: true,
            clipboard: None,
            export_dir: std::path::PathBuf::from("."),
            queue_counts: Vec::new(),
            undo: Vec::new(),
            redo: Vec::new(),
        };
        let mut app = App {
            state,
            store,
            keymap,
        };
        app.refresh_cycle();
        app.ensure_loaded();
        // The timeline's list opens at today: the first thing due, after the overdue.
        app.select_row(|r| matches!(r, Row::Due(d) if d.date >= today));
        // Text left unsaved last time (a crash, a lost connection) is offered back.
        if let Some((_, title)) = app
            .store
            .case_drafts()
            .ok()
            .and_then(|d| d.into_iter().next())
        {
            let text = lang.kf(crate::i18n::CaseMsg::DraftsWaiting, &[&title]);
            app.state.inform(text);
        }
        app.review_drafts_notice();
        app
    }

    /// What the first screen can do without, read once it is drawn (the terminal loop
    /// calls this after its first frame): how many changes others made since you last
    /// closed irf, which reads the audit log. Returns whether the status line changed.
    pub fn after_first_frame(&mut self) -> bool {
        let before = self.state.message.clone();
        self.since_last_notice();
        self.state.message != before
    }
}

/// The code of the region leading the working group on `day`, for the status line.
pub(super) fn leading_code(store: &Store, day: NaiveDate) -> Option<String> {
    use crate::domain::Code;
    store
        .leading_region_on(day)
        .ok()
        .flatten()
        .map(|r| r.code().to_string())
}
