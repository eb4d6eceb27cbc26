//! The command palette: type to find any action (by its name or description) or any
//! record (unit, contact, case, application, meeting, through the search index), and
//! Enter runs the action or jumps to the record.

use strum::IntoEnumIterator;

use super::action::Action;
use super::state::{App, Focus, Overlay, PaletteItem, Pane};
use crate::domain::fold;
use crate::i18n::action_description;
use crate::store::{Hit, ListKind, SearchKind};

/// How many records the palette lists under the actions.
const RECORDS: usize = 30;

/// The pane a record of this kind is shown in.
fn pane_of(kind: SearchKind) -> Pane {
    match kind {
        SearchKind::Unit => Pane::Units,
        SearchKind::Contact => Pane::Contacts,
        SearchKind::Case => Pane::Cases,
        SearchKind::Application | SearchKind::Meeting => Pane::Cycle,
    }
}

impl App {
    /// Sets the palette's query and finds what matches it.
    pub(super) fn set_palette_query(&mut self, query: String) {
        let folded = fold(&query);
        let lang = self.state.lang;
        let mut items: Vec<PaletteItem> = Action::iter()
            .filter(|a| *a != Action::Palette)
            .filter(|a| {
                folded.is_empty()
                    || a.name().contains(&folded)
                    || fold(action_description(lang, *a)).contains(&folded)
            })
            .map(PaletteItem::Action)
            .collect();
        if !folded.is_empty() {
            match self.store.search(&query, RECORDS) {
                Ok(hits) => items.extend(hits.into_iter().map(PaletteItem::Record)),
                Err(e) => self.state.warn(super::lists::store_error_text(lang, &e)),
            }
        }
        if let Some(Overlay::Palette(palette)) = &mut self.state.overlay {
            palette.query = query;
            palette.items = items;
            palette.selected = 0;
        }
    }

    pub(super) fn update_palette(&mut self, action: Action) {
        let Some(Overlay::Palette(palette)) = &mut self.state.overlay else {
            return;
        };
        let n = palette.items.len();
        match action {
            Action::Back => self.state.overlay = None,
            Action::MoveDown => palette.selected = (palette.selected + 1).min(n.saturating_sub(1)),
            Action::MoveUp => palette.selected = palette.selected.saturating_sub(1),
            Action::Open => {
                let chosen = palette.items.get(palette.selected).cloned();
                self.state.overlay = None;
                match chosen {
                    Some(PaletteItem::Action(a)) => self.update(a),
                    Some(PaletteItem::Record(hit)) => self.jump_to(&hit),
                    None => {}
                }
            }
            _ => {}
        }
    }

    /// Shows the record's pane, filtered to its title, with the record selected.
    pub fn jump_to(&mut self, hit: &Hit) {
        let pane = pane_of(hit.kind);
        self.state.pane = pane;
        self.state.overlay = None;
        self.state.focus = Focus::List;
        let i = pane.index();
        match hit.kind {
            SearchKind::Application => self.state.lists[i].kind = ListKind::Applications,
            SearchKind::Meeting => self.state.lists[i].kind = ListKind::Due,
            _ => {}
        }
        self.state.lists[i].marked.clear();
        self.state.lists[i].filter.text = hit.title.clone();
        self.state.lists[i].selected = 0;
        self.reload_list();
        let list = &self.state.lists[i];
        let found = list.window.iter().position(|row| row.is(hit.kind, hit.id));
        if let Some(pos) = found {
            let index = list.window_start + pos;
            self.select(index);
        }
    }
}
