//! Linking a case to what it concerns, from the Saker pane (`L`): a unit or an
//! application found by name (case, accents and æøå do not matter), or one of the
//! case's links taken away. The links fill the `{koblinger}` of templates, show in
//! meeting mode and in the exported documents.

use crate::app::dialog::{DialogField, DialogState, Purpose};
use crate::app::lists::store_error_text;
use crate::app::state::App;
use crate::i18n::{CaseMsg, CycleMsg, code_label};
use crate::store::SearchKind;

/// The choice that adds a link to a record of this kind.
const ADD: [(&str, SearchKind); 2] = [
    ("unit", SearchKind::Unit),
    ("application", SearchKind::Application),
];

impl App {
    /// The link dialog for case `id`: add a unit or application, or remove a link.
    pub(in crate::app) fn open_link_dialog(&mut self, id: i64) {
        let lang = self.state.lang;
        let case = match self.store.case(id) {
            Ok(c) => c,
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        let mut choices: Vec<(String, String)> = ADD
            .iter()
            .map(|(kind, _)| {
                let what = code_label(lang, kind);
                (kind.to_string(), lang.kf(CaseMsg::LinkAdd, &[&what]))
            })
            .collect();
        for link in &case.links {
            let what = code_label(lang, &link.entity);
            choices.push((
                format!("-{}:{}", link.entity, link.id),
                lang.kf(CaseMsg::LinkRemove, &[&link.title, &what]),
            ));
        }
        let fields = vec![
            DialogField::choice(CycleMsg::FieldKind, choices, "unit"),
            DialogField::text(CycleMsg::FieldName, ""),
        ];
        let purpose = Purpose::CaseLink {
            id,
            version: case.version,
        };
        self.open_dialog(lang.kf(CaseMsg::LinksOf, &[&case.title]), purpose, fields);
    }

    /// Saves the link dialog: the named record found and linked, or the link removed.
    pub(in crate::app) fn save_link_dialog(&mut self, d: &DialogState) {
        let lang = self.state.lang;
        let Purpose::CaseLink { id, version } = d.purpose else {
            return;
        };
        let choice = d.value(0);
        let result = if let Some((entity, record)) = choice
            .strip_prefix('-')
            .and_then(|rest| rest.split_once(':'))
        {
            let Ok(record) = record.parse::<i64>() else {
                return;
            };
            self.store
                .unlink_case(id, version, entity, record)
                .map(|_| lang.k(CaseMsg::Unlinked).to_string())
        } else {
            let Some((entity, kind)) = ADD.iter().find(|(k, _)| *k == choice) else {
                return;
            };
            let name = d.value(1);
            let found = self
                .store
                .search(&name, 50)
                .ok()
                .and_then(|hits| hits.into_iter().find(|h| h.kind == *kind));
            let Some(hit) = found.filter(|_| !name.is_empty()) else {
                let what = code_label(lang, entity);
                return self
                    .dialog_refused(lang.kf(CaseMsg::LinkNotFound, &[&what, &name]), Some(1));
            };
            self.store
                .link_case(id, version, entity, hit.id)
                .map(|_| lang.kf(CaseMsg::Linked, &[&hit.title]))
        };
        match result {
            Ok(message) => self.dialog_saved(message),
            Err(e) => self.dialog_refused(store_error_text(lang, &e), None),
        }
    }
}
