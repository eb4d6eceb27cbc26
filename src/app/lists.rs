//! Keeping each pane's window of rows around the selection, and the selected detail.

use super::state::App;
use crate::i18n::{Lang, Msg};
use crate::store::{StoreError, WriteFailure};

/// Rows read at a time: a few screens, so most moves need no query.
const MIN_WINDOW: usize = 120;

/// How long a key (or a pause between keys) reads a filter with many hits before the
/// screen is drawn with what was found; the rest is read while no key is waiting.
const READ_FOR: std::time::Duration = std::time::Duration::from_millis(4);

impl App {
    fn window_len(&self) -> usize {
        (self.state.page_rows * 3).max(MIN_WINDOW)
    }

    /// Reads the current pane's list if it has not been read yet.
    pub(super) fn ensure_loaded(&mut self) {
        if !self.state.list().loaded {
            self.reload_list();
        }
    }

    /// Reads on in a filter with many hits, if the current list has one; true when
    /// there is something new to draw.
    pub(super) fn read_on(&mut self) -> bool {
        if !self.state.list().counting {
            return false;
        }
        self.reload_list();
        true
    }

    /// Reads a filter with many hits to its end, so the list's last row is known.
    pub(super) fn read_to_end(&mut self) {
        if !self.state.list().counting {
            return;
        }
        let list = self.state.list();
        if let Err(e) = self.store.list_count(list.kind, &list.filter) {
            self.state.warn(store_error_text(self.state.lang, &e));
            return;
        }
        self.reload_list();
    }

    /// When the loop should call back to read on (see [`App::read_on`]): now, while a
    /// filter is still being read.
    pub(super) fn reading_wake(&self) -> Option<std::time::Instant> {
        self.state.list().counting.then(std::time::Instant::now)
    }

    /// Reads the current pane's count and window again, keeping the selection if it fits.
    pub(super) fn reload_list(&mut self) {
        let i = self.state.pane.index();
        let kind = self.state.lists[i].kind;
        let filter = self.state.lists[i].filter.clone();
        let until = std::time::Instant::now() + READ_FOR;
        match self.store.list_count_until(kind, &filter, until) {
            Ok(counted) => {
                let total = counted.rows;
                let list = &mut self.state.lists[i];
                list.counting = !counted.exact;
                list.total = total;
                list.selected = list.selected.min(total.saturating_sub(1));
                list.loaded = true;
                list.window.clear();
                list.window_start = 0;
                self.fill_window(true);
                if kind == crate::store::ListKind::Reports {
                    let q = &filter.queue;
                    match self.store.report_counts(filter.year, q.region, q.kind) {
                        Ok(counts) => self.state.queue_counts = counts,
                        Err(e) => self.state.warn(store_error_text(self.state.lang, &e)),
                    }
                }
            }
            Err(e) => {
                // Not read on: the error would come again at every tick.
                self.state.lists[i].counting = false;
                let text = store_error_text(self.state.lang, &e);
                self.state.warn(text);
            }
        }
    }

    /// Reads the current pane's list again and keeps the selection on the same record,
    /// wherever the change moved it, at the same height on screen; a filtered list runs
    /// its filter again. Returns false when the selected record is gone (the selection
    /// then stays at its place, on the neighbour).
    pub(super) fn reload_keeping_selection(&mut self) -> bool {
        let i = self.state.pane.index();
        let list = &self.state.lists[i];
        let before = list.selected_row().map(crate::store::Row::id);
        let height = list.selected.saturating_sub(list.top);
        self.reload_list();
        // Rows without an id of their own (what is due) keep their place.
        let Some(id) = before.filter(|id| *id != 0) else {
            return true;
        };
        let list = &self.state.lists[i];
        // A list being computed keeps the selection's place until its rows come.
        if list.selected_row().map(crate::store::Row::id) == Some(id) || list.counting {
            return true;
        }
        let in_window = list.window.iter().position(|r| r.id() == id);
        let found = match in_window {
            Some(pos) => Some(list.window_start + pos),
            None => self
                .store
                .list_ids(list.kind, &list.filter)
                .ok()
                .and_then(|ids| ids.iter().position(|x| *x == id)),
        };
        let Some(index) = found else {
            return false;
        };
        let list = &mut self.state.lists[i];
        list.selected = index;
        list.top = index.saturating_sub(height);
        self.fill_window(false);
        true
    }

    /// Moves the selection to `index` (clamped), reading a new window if needed.
    pub(super) fn select(&mut self, index: usize) {
        let i = self.state.pane.index();
        let list = &mut self.state.lists[i];
        if list.total == 0 {
            return;
        }
        let index = index.min(list.total - 1);
        if index == list.selected && list.detail.is_some() {
            return;
        }
        list.selected = index;
        list.detail_scroll = 0;
        list.tie_cursor = 0;
        self.fill_window(false);
    }

    /// Makes sure the selected row is in the window and on screen, then reads its detail.
    fn fill_window(&mut self, force: bool) {
        let page = self.state.page_rows.max(1);
        {
            let list = &mut self.state.lists[self.state.pane.index()];
            if list.selected < list.top {
                list.top = list.selected;
            } else if list.selected >= list.top + page {
                list.top = list.selected + 1 - page;
            }
            list.top = list.top.min(list.total.saturating_sub(page));
        }
        let len = self.window_len();
        let i = self.state.pane.index();
        let list = &self.state.lists[i];
        let end = (list.top + page).min(list.total);
        let inside = list.top >= list.window_start && end <= list.window_start + list.window.len();
        if list.total == 0 {
            // Nothing to read (a list being computed is not waited for here).
            self.state.lists[i].window.clear();
        } else if force || !inside {
            let start = list.top.saturating_sub(page);
            let (kind, filter) = (list.kind, list.filter.clone());
            match self.store.list_window(kind, &filter, start, len) {
                Ok(rows) => {
                    let list = &mut self.state.lists[i];
                    list.window_start = start;
                    list.window = rows;
                }
                Err(e) => {
                    let text = store_error_text(self.state.lang, &e);
                    self.state.warn(text);
                    return;
                }
            }
        }
        self.load_detail();
    }

    /// Tells the app how many list rows fit on screen (after a resize).
    pub fn set_page_rows(&mut self, rows: usize) {
        let rows = rows.max(1);
        if rows != self.state.page_rows {
            self.state.page_rows = rows;
            self.fill_window(false);
        }
    }

    fn load_detail(&mut self) {
        let i = self.state.pane.index();
        let detail = match self.state.lists[i].selected_row() {
            Some(row) => match self.store.detail(row) {
                Ok(d) => Some(d),
                Err(e) => {
                    let text = store_error_text(self.state.lang, &e);
                    self.state.warn(text);
                    None
                }
            },
            None => None,
        };
        self.state.lists[i].detail = detail;
    }
}

/// A record as a sentence names it: its kind and name («Sarkom»), or its kind and id
/// when no name is known.
pub fn record_label(lang: Lang, entity: &str, id: i64, name: Option<&str>) -> String {
    let word = crate::i18n::entity_word(lang, entity);
    match name {
        Some(name) => format!("{word} «{}»", crate::ui::sanitize(name)),
        None => format!("{word} {id}"),
    }
}

/// A conflict's record (named), who wrote it last and at what local time; `None` for
/// any other error.
pub fn conflict_parts(lang: Lang, e: &StoreError) -> Option<(String, String, String)> {
    let StoreError::Conflict {
        entity,
        id,
        name,
        by,
        at,
    } = e
    else {
        return None;
    };
    Some((
        record_label(lang, entity, *id, name.as_deref()),
        by.clone(),
        crate::i18n::local_time(at),
    ))
}

/// A store error as a sentence in the UI language.
pub fn store_error_text(lang: Lang, e: &StoreError) -> String {
    if let Some(failure) = e.write_failure() {
        return lang
            .t(match failure {
                WriteFailure::DiskFull => Msg::ErrDiskFull,
                WriteFailure::ReadOnly => Msg::ErrReadOnly,
                WriteFailure::Io => Msg::ErrWriteIo,
                WriteFailure::Busy => Msg::ErrBusy,
            })
            .to_string();
    }
    match e {
        StoreError::NewerSchema { found, known } => lang.f(Msg::ErrNewerSchema, &[found, known]),
        StoreError::Conflict { .. } => {
            let (what, by, time) = conflict_parts(lang, e).unwrap_or_default();
            lang.f(Msg::ErrConflict, &[&what, &by, &time])
        }
        StoreError::NotFound { entity, id } => {
            lang.f(Msg::ErrNotFound, &[&format!("{entity} {id}")])
        }
        StoreError::Invalid(why) => lang.f(Msg::ErrInvalid, &[why]),
        StoreError::Refused(r) => crate::i18n::refusal_text(lang, r),
        StoreError::Io(err) => lang.f(Msg::ErrIo, &[&crate::i18n::io_reason(lang, err)]),
        StoreError::Sqlite(err) => match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => lang.t(Msg::ErrNotDatabase).to_string(),
            Some(rusqlite::ErrorCode::CannotOpen) => lang.t(Msg::ErrCannotOpen).to_string(),
            _ => lang.f(Msg::ErrDb, &[err]),
        },
    }
}
