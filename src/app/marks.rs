//! Marks on rows, in any pane: Space marks the selected row and moves on, `*` marks
//! every row under the filter (or unmarks them all). What a pane does with its marked
//! rows is the pane's own (Kontakter copies and exports them, Årsrapporter's bulk
//! actions change them).

use super::lists::store_error_text;
use super::state::App;
use crate::store::Row;

impl App {
    /// Marks or unmarks the selected row and moves to the next, as file managers do.
    pub(super) fn toggle_mark(&mut self) {
        let i = self.state.pane.index();
        let Some(id) = self.state.lists[i].selected_row().map(Row::id) else {
            return;
        };
        let marked = &mut self.state.lists[i].marked;
        if !marked.remove(&id) {
            marked.insert(id);
        }
        let next = self.state.lists[i].selected + 1;
        self.select(next);
    }

    /// Marks every row under the filter; if they all are marked already, unmarks them.
    pub(super) fn mark_all(&mut self) {
        let i = self.state.pane.index();
        let list = &self.state.lists[i];
        match self.store.list_ids(list.kind, &list.filter) {
            Ok(ids) => {
                let marked = &mut self.state.lists[i].marked;
                if ids.iter().all(|id| marked.contains(id)) {
                    for id in &ids {
                        marked.remove(id);
                    }
                } else {
                    marked.extend(ids);
                }
            }
            Err(e) => self.state.warn(store_error_text(self.state.lang, &e)),
        }
    }
}
