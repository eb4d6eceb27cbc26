//! Writing a case: one multi-line editor per section (Bakgrunn, Vurdering, Forslag til
//! vedtak, Vedlegg, Vedtak), with wrap, undo and redo, word moves and paste.
//!
//! Nothing typed is lost: text that differs from the saved section is written to the
//! drafts table [`AUTOSAVE`] after typing stops, at once on a change of section, when
//! the terminal loses focus, when the editor closes (Esc never discards) and before the
//! program ends; the next opening of the case offers the draft back. Ctrl-S saves the
//! section with the version it was read at: if someone saved it since, both texts are
//! shown and the user keeps theirs (Ctrl-S again), takes the other (Ctrl-T), or merges
//! by editing. Ctrl-O hands the section to `$VISUAL`/`$EDITOR` (the terminal layer
//! runs it and gives the text back).

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::{TextArea, WrapMode};

use crate::app::lists::store_error_text;
use crate::app::state::{App, Focus};
use crate::domain::Section;
use crate::i18n::{CaseMsg, Msg};
use crate::store::StoreError;

/// How long after the last key the text is kept as a draft.
pub const AUTOSAVE: Duration = Duration::from_millis(1500);

/// Where a section's draft is kept in the drafts table.
const DRAFT_ENTITY: &str = "case";

/// The saved text of a section changed by someone else while it was being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionConflict {
    /// Who saved it.
    pub by: String,
    /// When (HH:MM, UTC).
    pub at: String,
    /// Their text.
    pub theirs: String,
}

/// The case being written.
#[derive(Debug, Clone)]
pub struct CaseEditor {
    /// The case.
    pub case_id: i64,
    /// Its number and title, for the editor's title.
    pub title: String,
    /// The case's version when its sections were read (or last saved here).
    pub version: i64,
    /// The section on screen, an index into `Section::ALL`.
    pub section: usize,
    /// One editor per section.
    pub areas: Vec<TextArea<'static>>,
    /// Each section's text as saved in the database.
    pub saved: Vec<String>,
    /// When the last key changed the text, while a draft is not yet written.
    pub typed_at: Option<Instant>,
    /// A save that found a newer version of the section.
    pub conflict: Option<SectionConflict>,
}

impl CaseEditor {
    /// The text of section `i` as typed.
    pub fn text(&self, i: usize) -> String {
        self.areas
            .get(i)
            .map(|a| a.lines().join("\n"))
            .unwrap_or_default()
    }

    fn area(text: &str) -> TextArea<'static> {
        let mut area = TextArea::new(text.split('\n').map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_tab_length(4);
        area.set_max_histories(200);
        area
    }

    /// Replaces section `i`'s text (the cursor goes to the start).
    fn set_text(&mut self, i: usize, text: &str) {
        if let Some(a) = self.areas.get_mut(i) {
            *a = CaseEditor::area(text);
        }
    }
}

/// A request to the terminal layer to edit text in `$VISUAL`/`$EDITOR`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalEdit {
    /// The text to start from.
    pub text: String,
}

impl App {
    /// Opens the editor on case `id`, at its first section, with any drafts left.
    pub(in crate::app) fn open_case_editor(&mut self, id: i64) {
        let lang = self.state.lang;
        let case = match self.store.case(id) {
            Ok(case) => case,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let title = match case.number {
            Some(n) => format!("{n} {}", case.title),
            None => case.title.clone(),
        };
        let saved: Vec<String> = case.sections.to_vec();
        let mut editor = CaseEditor {
            case_id: id,
            title,
            version: case.version,
            section: 0,
            areas: saved.iter().map(|t| CaseEditor::area(t)).collect(),
            saved: saved.clone(),
            typed_at: None,
            conflict: None,
        };
        let mut restored = 0;
        for (i, section) in Section::ALL.iter().enumerate() {
            let draft = self.store.load_draft(DRAFT_ENTITY, id, section.column());
            if let Ok(Some(text)) = draft
                && text != saved[i]
            {
                editor.set_text(i, &text);
                restored += 1;
            }
        }
        if restored > 0 {
            self.state.inform(lang.k(CaseMsg::DraftRestored));
        }
        self.state.focus = Focus::Editor(Box::new(editor));
    }

    /// A key in the editor: the editor's own keys first, the rest to the text.
    pub(in crate::app) fn editor_key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match (key.code, ctrl) {
            (KeyCode::Esc, _) => self.close_case_editor(),
            (KeyCode::Char('s'), true) => self.save_section(),
            (KeyCode::Char('t'), true) => self.take_their_section(),
            (KeyCode::Char('n'), true) | (KeyCode::PageDown, true) => self.switch_section(true),
            (KeyCode::Char('p'), true) | (KeyCode::PageUp, true) => self.switch_section(false),
            (KeyCode::Char('o'), true) => self.request_external(),
            (KeyCode::Char('c'), true) => {
                self.flush_drafts();
                self.state.quit = true;
            }
            _ => {
                let Focus::Editor(editor) = &mut self.state.focus else {
                    return false;
                };
                let i = editor.section;
                if editor.areas[i].input(key) {
                    editor.typed_at = Some(Instant::now());
                }
            }
        }
        true
    }

    /// What would be lost if the program ended now: the case's sections that differ
    /// from the saved text and the open dialog's fields, each as (entity, id, field,
    /// text) for the drafts table. The terminal layer keeps a copy after every key,
    /// so a hang-up can write them even while the main thread is stuck.
    pub fn unsaved(&self) -> Vec<(&'static str, i64, String, String)> {
        let mut out = Vec::new();
        if let Some(editor) = self.state.editor() {
            for (i, section) in Section::ALL.iter().enumerate() {
                let text = editor.text(i);
                if text != editor.saved[i] {
                    out.push((
                        DRAFT_ENTITY,
                        editor.case_id,
                        section.column().to_string(),
                        text,
                    ));
                }
            }
        }
        out.extend(self.dialog_unsaved());
        out.extend(self.review_unsaved());
        out
    }

    /// Pasted text goes into the section at the cursor (see [`pasted`]).
    pub fn on_paste(&mut self, text: &str) -> bool {
        if self.state.review().is_some() {
            return self.review_paste(text);
        }
        let Focus::Editor(editor) = &mut self.state.focus else {
            return false;
        };
        let i = editor.section;
        editor.areas[i].insert_str(crate::app::input::pasted(text));
        editor.typed_at = Some(Instant::now());
        true
    }

    /// When the loop must wake: to keep a draft that is waiting, or at once to read on
    /// in a filter with many hits.
    pub fn next_wake(&self) -> Option<Instant> {
        self.drafts_wake().or_else(|| self.reading_wake())
    }

    /// When a draft waiting to be kept is due, if one is.
    fn drafts_wake(&self) -> Option<Instant> {
        self.state
            .editor()
            .and_then(|e| e.typed_at)
            .map(|t| t + AUTOSAVE)
            .or_else(|| self.review_wake())
    }

    /// The loop's clock: keeps the draft once typing has stopped for [`AUTOSAVE`], and
    /// reads on in a filter with many hits. True when there is something new to draw.
    pub fn tick(&mut self, now: Instant) -> bool {
        if self.drafts_wake().is_some_and(|due| now >= due) {
            self.flush_drafts();
        }
        self.read_on()
    }

    /// Writes every section that differs from the saved text to the drafts table, and
    /// drops drafts that equal it. Called on a timer, on focus changes and on the way
    /// out; says so in the status line only when it fails.
    pub fn flush_drafts(&mut self) {
        self.flush_review_drafts();
        let Focus::Editor(editor) = &mut self.state.focus else {
            return;
        };
        editor.typed_at = None;
        let (id, texts, saved) = (
            editor.case_id,
            (0..editor.areas.len())
                .map(|i| editor.text(i))
                .collect::<Vec<_>>(),
            editor.saved.clone(),
        );
        for (i, section) in Section::ALL.iter().enumerate() {
            let result = if texts[i] != saved[i] {
                self.store
                    .save_draft(DRAFT_ENTITY, id, section.column(), &texts[i])
            } else {
                self.store.discard_draft(DRAFT_ENTITY, id, section.column())
            };
            if let Err(e) = result {
                let text = store_error_text(self.state.lang, &e);
                self.state.warn(text);
            }
        }
    }

    fn switch_section(&mut self, forward: bool) {
        self.flush_drafts();
        if let Some(editor) = self.state.editor_mut() {
            let n = editor.areas.len();
            editor.section = if forward {
                (editor.section + 1) % n
            } else {
                (editor.section + n - 1) % n
            };
            editor.conflict = None;
        }
    }

    /// Esc: the drafts are kept, the editor closes; nothing is discarded.
    fn close_case_editor(&mut self) {
        self.flush_drafts();
        let unsaved = self
            .state
            .editor()
            .is_some_and(|e| (0..e.areas.len()).any(|i| e.text(i) != e.saved[i]));
        self.state.focus = Focus::List;
        self.reload_list();
        if unsaved {
            self.state.inform(self.state.lang.t(Msg::EditDraftKept));
        }
    }

    /// Ctrl-S: saves the section on screen, or shows the other version on a conflict.
    fn save_section(&mut self) {
        let lang = self.state.lang;
        let Some(editor) = self.state.editor() else {
            return;
        };
        let (id, i, version) = (editor.case_id, editor.section, editor.version);
        let text = editor.text(i);
        let section = Section::ALL[i];
        match self.store.save_section(id, version, section, &text) {
            Ok(new_version) => {
                let _ = self.store.discard_draft(DRAFT_ENTITY, id, section.column());
                // The store cleans the text (tabs, control characters): show it so.
                let stored = self.store.case(id).map(|c| c.sections[i].clone());
                if let Some(editor) = self.state.editor_mut() {
                    editor.version = new_version;
                    let stored = stored.unwrap_or(text);
                    if stored != editor.text(i) {
                        editor.set_text(i, &stored);
                    }
                    editor.saved[i] = stored;
                    editor.conflict = None;
                    editor.typed_at = None;
                }
                self.state.inform(lang.k(CaseMsg::SectionSaved));
            }
            Err(StoreError::Conflict { by, at, .. }) => {
                let theirs = self.store.case(id);
                if let (Ok(theirs), Some(editor)) = (theirs, self.state.editor_mut()) {
                    let time = at.get(11..16).unwrap_or(&at).to_string();
                    editor.version = theirs.version;
                    editor.saved = theirs.sections.to_vec();
                    editor.conflict = Some(SectionConflict {
                        by: by.clone(),
                        at: time.clone(),
                        theirs: theirs.sections[i].clone(),
                    });
                    self.state
                        .warn(lang.kf(CaseMsg::SectionConflict, &[&by, &time]));
                }
                self.flush_drafts();
            }
            Err(e) => {
                // The text stays in the editor; a draft is kept if one can be written
                // (on a full disk it cannot, and the sentence below says so).
                if e.write_failure().is_some() {
                    self.flush_drafts();
                }
                self.state.warn(store_error_text(lang, &e));
            }
        }
    }

    /// Ctrl-T after a conflict: the other version replaces what was typed.
    fn take_their_section(&mut self) {
        let Focus::Editor(editor) = &mut self.state.focus else {
            return;
        };
        if let Some(conflict) = editor.conflict.take() {
            let i = editor.section;
            editor.set_text(i, &conflict.theirs);
            self.flush_drafts();
            self.state.inform(self.state.lang.t(Msg::EditTookTheirs));
        }
    }

    /// Ctrl-O: asks the terminal layer to run `$VISUAL`/`$EDITOR` on the section.
    fn request_external(&mut self) {
        self.flush_drafts();
        if let Some(editor) = self.state.editor() {
            self.state.external_edit = Some(ExternalEdit {
                text: editor.text(editor.section),
            });
        }
    }

    /// The outcome of `$EDITOR`: the new text replaces the section (kept as a draft
    /// until saved), or a sentence says why not and the text stays as it was.
    pub fn external_done(&mut self, outcome: Result<String, String>) {
        match outcome {
            Ok(text) => {
                if let Some(editor) = self.state.editor_mut() {
                    let i = editor.section;
                    let text = text.strip_suffix('\n').unwrap_or(&text).to_string();
                    editor.set_text(i, &text);
                }
                self.flush_drafts();
                self.state.inform(self.state.lang.k(CaseMsg::ExternalDone));
            }
            Err(why) => self.state.warn(why),
        }
    }
}
