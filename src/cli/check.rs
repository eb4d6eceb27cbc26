//! `irf check`: is the database sound, at which schema version, where, with which
//! permissions. Exits non-zero when something is wrong.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::ExitCode;

use crate::i18n::Lang;
use crate::store::{LATEST_VERSION, OpenMode, Store};

/// Runs the check and prints one line per finding.
pub fn run(path: &Path, lang: Lang) -> ExitCode {
    let l = |nb: &'static str, en: &'static str| lang.pick((nb, en));
    println!("{}: {}", l("Fil", "File"), path.display());
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            println!("{}: {e}", l("FEIL: filen kan ikke leses", "ERROR: the file cannot be read"));
            return ExitCode::from(1);
        }
    };
    let mode = meta.permissions().mode() & 0o777;
    println!("{}: {mode:04o}", l("Tilganger", "Permissions"));
    let mut ok = true;
    if mode & 0o060 != 0o060 {
        println!(
            "{}",
            l(
                "ADVARSEL: gruppen kan ikke både lese og skrive filen; for deling, kjør chmod 660 på den",
                "WARNING: the group cannot both read and write the file; to share it, chmod 660 it"
            )
        );
    }
    let store = match Store::open(path, OpenMode::ReadOnly) {
        Ok(s) => s,
        Err(e) => {
            println!("{}: {}", l("FEIL", "ERROR"), crate::app::store_error_text(lang, &e));
            return ExitCode::from(1);
        }
    };
    match store.schema_version() {
        Ok(v) => {
            println!("{}: {v} ({} {LATEST_VERSION})", l("Skjemaversjon", "Schema version"), l("programmet kjenner", "this program knows"));
            if v < LATEST_VERSION {
                println!("{}", l("Merk: skjemaet oppgraderes neste gang irf åpner filen.", "Note: the schema is upgraded the next time irf opens the file."));
            }
        }
        Err(e) => {
            ok = false;
            println!("{}: {e}", l("FEIL", "ERROR"));
        }
    }
    if let Ok(mode) = store.pragma("journal_mode") {
        println!("{}: {mode}", l("Journalmodus", "Journal mode"));
    }
    match store.integrity_check() {
        Ok(lines) if lines == ["ok"] => println!("{}: ok", l("Integritet", "Integrity")),
        Ok(lines) => {
            ok = false;
            for line in lines {
                println!("{}: {line}", l("FEIL i integritet", "ERROR in integrity"));
            }
        }
        Err(e) => {
            ok = false;
            println!("{}: {e}", l("FEIL", "ERROR"));
        }
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
