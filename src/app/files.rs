//! Files the program writes from the TUI (exports into the working directory): a free
//! name beside what is there, and a write that never replaces a file.

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

impl super::App {
    /// `E` in Årsrapporter, Tjenester and Fornyelser's money view: what the list shows (its filter, narrowing and
    /// order) as an XLSX file in the working folder, under a name not taken yet.
    pub(super) fn export_list_sheet(&mut self) {
        use crate::store::ListKind;
        let lang = self.state.lang;
        let today = self.state.today;
        let list = self.state.list();
        let (filter, kind) = (list.filter.clone(), list.kind);
        let built = match kind {
            ListKind::Reports => {
                crate::export::tables::queue_sheet(&self.store, &filter, lang, today)
                    .map(|s| (format!("arsrapporter-{}", filter.year), s))
            }
            ListKind::Units => {
                crate::export::tables::units_sheet(&self.store, &filter, None, lang, today)
                    .map(|s| (format!("tjenester-{}", today.format("%Y-%m-%d")), s))
            }
            ListKind::Money => {
                crate::export::tables::money_sheet(&self.store, filter.year, lang, today)
                    .map(|s| (format!("penger-{}", filter.year), s))
            }
            _ => {
                let here = crate::i18n::DocMsg::ExportNotHere.pair();
                return self.state.inform(lang.pick(here));
            }
        };
        let (stem, sheet) = match built {
            Ok(b) => b,
            Err(e) => return self.state.warn(super::store_error_text(lang, &e)),
        };
        let bytes = match crate::export::sheet::sheets_xlsx(&[sheet]) {
            Ok(b) => b,
            Err(why) => return self.state.warn(why),
        };
        let path = free_path(&self.state.export_dir, &stem, "xlsx");
        match write_new(&path, &bytes) {
            Ok(()) => self
                .state
                .inform(lang.kf(crate::i18n::CaseMsg::ExportedDocument, &[&path.display()])),
            Err(e) => self
                .state
                .warn(lang.f(crate::i18n::Msg::ExportFailed, &[&path.display(), &e])),
        }
    }
}
