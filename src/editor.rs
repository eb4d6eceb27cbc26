//! Handing a section to the user's own editor: `$VISUAL`, else `$EDITOR`, else `vi`,
//! split into program and arguments like a shell would (`code --wait` works). The text
//! goes to a file readable by the user only (0600) in a private temporary folder
//! (0700) that is removed afterwards, whatever happens. The caller restores the
//! terminal before and re-initialises it after.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::i18n::{CaseMsg, Lang};

/// The editor command: `$VISUAL`, else `$EDITOR`, else `vi`.
pub fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Runs `command` on a copy of `text` and returns what the file holds afterwards, or a
/// sentence in `lang` saying why not (the caller keeps the old text then).
pub fn edit_text(command: &str, text: &str, lang: Lang) -> Result<String, String> {
    let file_error = |e: std::io::Error| lang.kf(CaseMsg::ExternalFile, &[&e]);
    let words = shell_words::split(command)
        .map_err(|e| lang.kf(CaseMsg::ExternalMissing, &[&command, &e]))?;
    let Some((program, args)) = words.split_first() else {
        return Err(lang.kf(CaseMsg::ExternalMissing, &[&command, &"—"]));
    };
    let dir = tempfile::Builder::new()
        .prefix("irf-")
        .tempdir()
        .map_err(file_error)?;
    let path = dir.path().join("avsnitt.txt");
    write_private(&path, text).map_err(file_error)?;
    let status = Command::new(program)
        .args(args)
        .arg(&path)
        .status()
        .map_err(|e| lang.kf(CaseMsg::ExternalMissing, &[&command, &e]))?;
    if !status.success() {
        return Err(lang.kf(CaseMsg::ExternalFailed, &[&command, &status]));
    }
    std::fs::read_to_string(&path).map_err(file_error)
}

/// Writes `text` to a new file only its owner may read.
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scripted_editor_changes_the_text() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("ed.sh");
        std::fs::write(&script, "#!/bin/sh\nprintf 'ny tekst æøå\\n' >> \"$1\"\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let cmd = format!("sh {}", script.display());
        let out = edit_text(&cmd, "gammel\n", Lang::Nb).unwrap();
        assert_eq!(out, "gammel\nny tekst æøå\n");
    }

    #[test]
    fn a_missing_or_failing_editor_says_so() {
        let missing = edit_text("finnes-ikke-editor --vent", "x", Lang::Nb).unwrap_err();
        assert!(missing.contains("finnes-ikke-editor"), "{missing}");
        let failing = edit_text("false", "x", Lang::En).unwrap_err();
        assert!(failing.contains("ended with an error"), "{failing}");
        let unbalanced = edit_text("vi 'open", "x", Lang::En).unwrap_err();
        assert!(unbalanced.contains("Could not start"), "{unbalanced}");
    }
}
