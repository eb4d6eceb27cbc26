//! What Kontakter does with the marked contacts (or the selected one): copy their
//! e-mail addresses (OSC 52, which works over SSH and through tmux) and export them as
//! vCard and CSV into the working directory.

use crate::app::files::{free_path, write_new};
use crate::app::lists::store_error_text;
use crate::app::state::App;
use crate::i18n::Msg;
use crate::store::{ContactRow, Row};

impl App {
    /// The marked contacts, or the selected one when none is marked.
    fn chosen_contacts(&mut self) -> Option<Vec<ContactRow>> {
        let list = self.state.list();
        let rows = if list.marked.is_empty() {
            list.selected_row().cloned().into_iter().collect()
        } else {
            let ids: Vec<i64> = list.marked.iter().copied().collect();
            match self.store.contacts_by_ids(&ids) {
                Ok(rows) => rows,
                Err(e) => {
                    self.state.warn(store_error_text(self.state.lang, &e));
                    return None;
                }
            }
        };
        Some(
            rows.into_iter()
                .filter_map(|r| match r {
                    Row::Contact(c) => Some(c),
                    _ => None,
                })
                .collect(),
        )
    }

    /// Puts the e-mail addresses of the marked (or selected) contacts on the clipboard,
    /// `;`-separated as Outlook wants them.
    pub(in crate::app) fn copy_email(&mut self) {
        let lang = self.state.lang;
        let Some(contacts) = self.chosen_contacts() else {
            return;
        };
        let emails: Vec<String> = contacts
            .iter()
            .map(|c| c.email.trim().to_string())
            .filter(|e| !e.is_empty())
            .collect();
        match emails.as_slice() {
            [] => self.state.inform(lang.t(Msg::CopyNothing)),
            [one] => {
                self.state.inform(lang.f(Msg::CopiedOne, &[one]));
                self.state.clipboard = Some(one.clone());
            }
            many => {
                self.state.inform(lang.f(Msg::CopiedMany, &[&many.len()]));
                self.state.clipboard = Some(many.join("; "));
            }
        }
    }

    /// Writes the marked contacts (or all under the filter) as vCard and CSV into the
    /// export directory, never over an existing file.
    pub(in crate::app) fn export_contacts(&mut self) {
        let lang = self.state.lang;
        let list = self.state.list();
        let rows = if list.marked.is_empty() {
            self.store
                .list_window(list.kind, &list.filter, 0, usize::MAX >> 1)
        } else {
            let ids: Vec<i64> = list.marked.iter().copied().collect();
            self.store.contacts_by_ids(&ids)
        };
        let contacts: Vec<ContactRow> = match rows {
            Ok(rows) => rows
                .into_iter()
                .filter_map(|r| match r {
                    Row::Contact(c) => Some(c),
                    _ => None,
                })
                .collect(),
            Err(e) => return self.state.warn(store_error_text(lang, &e)),
        };
        if contacts.is_empty() {
            return self.state.inform(lang.t(Msg::ExportNothing));
        }
        let headers = [
            lang.t(Msg::ColName),
            lang.t(Msg::ColOrganisation),
            lang.t(Msg::ColRegion),
            lang.t(Msg::ColRoles),
            lang.t(Msg::ColEmail),
            lang.t(Msg::ColPhone),
        ];
        let stem = format!("kontakter-{}", self.state.today.format("%Y-%m-%d"));
        let files = [
            ("csv", crate::export::contacts_csv(&contacts, headers)),
            ("vcf", crate::export::contacts_vcard(&contacts)),
        ];
        let mut written = Vec::new();
        for (ext, text) in files {
            let path = free_path(&self.state.export_dir, &stem, ext);
            if let Err(e) = write_new(&path, text.as_bytes()) {
                for done in &written {
                    let _ = std::fs::remove_file(done);
                }
                return self
                    .state
                    .warn(lang.f(Msg::ExportFailed, &[&path.display(), &e]));
            }
            written.push(path);
        }
        let shown: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
        self.state
            .inform(lang.f(Msg::Exported, &[&contacts.len(), &shown[0], &shown[1]]));
    }
}
