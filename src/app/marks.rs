//! Marks on rows, and what is done with marked contacts: copy their e-mail addresses
//! (OSC 52, which works over SSH and through tmux) and export them as vCard and CSV.

use super::lists::store_error_text;
use super::state::{App, Pane};
use crate::i18n::Msg;
use crate::store::{ContactRow, Row};

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
    pub(super) fn copy_email(&mut self) {
        let lang = self.state.lang;
        if self.state.pane != Pane::Contacts {
            return self.state.inform(lang.t(Msg::ContactsOnly));
        }
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
    pub(super) fn export_contacts(&mut self) {
        let lang = self.state.lang;
        if self.state.pane != Pane::Contacts {
            return self.state.inform(lang.t(Msg::ContactsOnly));
        }
        let list = self.state.list();
        let rows = if list.marked.is_empty() {
            self.store
                .list_window(list.kind, &list.filter, 0, list.total)
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

/// `dir/stem.ext`, or `dir/stem-2.ext`, `-3` … if taken.
pub(super) fn free_path(dir: &std::path::Path, stem: &str, ext: &str) -> std::path::PathBuf {
    let mut path = dir.join(format!("{stem}.{ext}"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.{ext}"));
        n += 1;
    }
    path
}

/// Creates a new file (never replacing one) and writes it whole.
pub(super) fn write_new(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}
