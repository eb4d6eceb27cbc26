//! Where data and configuration live: the platform directories (via `directories`),
//! overridden by `--db` or `IRF_DB`.

use std::fs::Metadata;
use std::path::PathBuf;

use directories::ProjectDirs;

fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("no", "RHF", "irf")
}

/// The default shared database: `~/.local/share/irf/irf.sqlite` on Linux.
pub fn default_db() -> Option<PathBuf> {
    dirs().map(|d| d.data_dir().join("irf.sqlite"))
}

/// The demo database, kept apart from real data: `~/.local/share/irf/demo.sqlite`.
pub fn demo_db() -> Option<PathBuf> {
    dirs().map(|d| d.data_dir().join("demo.sqlite"))
}

/// The user's keymap file: `~/.config/irf/keymap.toml` on Linux.
pub fn keymap_file() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join("keymap.toml"))
}

/// The user's settings file: `~/.config/irf/config.toml` on Linux.
pub fn config_file() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join("config.toml"))
}

/// The keymap file's path as shown in help, with the home directory as `~`.
pub fn keymap_label() -> String {
    let Some(path) = keymap_file() else {
        return "keymap.toml".into();
    };
    let text = path.display().to_string();
    match std::env::var("HOME") {
        Ok(home) if !home.is_empty() && text.starts_with(&home) => {
            format!("~{}", &text[home.len()..])
        }
        _ => text,
    }
}

/// What a path is when a regular file was wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAFile {
    /// A folder.
    Folder,
    /// A named pipe (FIFO): reading it would wait for a writer.
    Pipe,
    /// A character or block device.
    Device,
    /// A socket.
    Socket,
}

impl NotAFile {
    /// What `meta` (followed through links) is, or `None` for a regular file.
    pub fn of(meta: &Metadata) -> Option<NotAFile> {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_file() {
            None
        } else if kind.is_dir() {
            Some(NotAFile::Folder)
        } else if kind.is_fifo() {
            Some(NotAFile::Pipe)
        } else if kind.is_socket() {
            Some(NotAFile::Socket)
        } else {
            Some(NotAFile::Device)
        }
    }

    /// Its name in `lang` ("en mappe", "a named pipe (FIFO)", …).
    pub fn text(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::UsageMsg as M;
        lang.u(match self {
            NotAFile::Folder => M::KindFolder,
            NotAFile::Pipe => M::KindPipe,
            NotAFile::Device => M::KindDevice,
            NotAFile::Socket => M::KindSocket,
        })
    }
}
