//! `irf check`: is the database sound, at which schema version, where, with which
//! permissions. Exits non-zero when something is wrong.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::ExitCode;

use crate::app::store_error_text;
use crate::i18n::{Lang, Msg, UsageMsg};
use crate::store::{LATEST_VERSION, OpenMode, Store};

/// Runs the check and prints one line per finding.
pub fn run(path: &Path, lang: Lang) -> ExitCode {
    println!("{}", lang.f(Msg::CheckFile, &[&path.display()]));
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let text = match e.kind() {
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory => {
                    lang.u(UsageMsg::CheckMissing).to_string()
                }
                std::io::ErrorKind::PermissionDenied => lang.u(UsageMsg::CheckDenied).to_string(),
                _ => lang.uf(UsageMsg::CheckUnreadable, &[&e]),
            };
            println!("{text}");
            return ExitCode::from(1);
        }
    };
    if let Some(what) = crate::paths::NotAFile::of(&meta) {
        println!("{}", lang.uf(UsageMsg::CheckNotAFile, &[&what.text(lang)]));
        return ExitCode::from(1);
    }
    let mode = meta.permissions().mode() & 0o777;
    println!("{}", lang.f(Msg::CheckPerms, &[&format!("{mode:04o}")]));
    if mode & 0o060 != 0o060 {
        println!("{}", lang.t(Msg::CheckGroupWarn));
    }
    let store = match Store::open(path, OpenMode::ReadOnly) {
        Ok(s) => s,
        Err(e) => {
            println!(
                "{}",
                lang.f(Msg::CheckError, &[&store_error_text(lang, &e)])
            );
            return ExitCode::from(1);
        }
    };
    let mut ok = true;
    match store.schema_version() {
        Ok(v) => {
            println!("{}", lang.f(Msg::CheckSchema, &[&v, &LATEST_VERSION]));
            if v < LATEST_VERSION {
                println!("{}", lang.t(Msg::CheckUpgrade));
            }
        }
        Err(e) => {
            ok = false;
            println!(
                "{}",
                lang.f(Msg::CheckError, &[&store_error_text(lang, &e)])
            );
        }
    }
    if let Ok(mode) = store.pragma("journal_mode") {
        println!("{}", lang.f(Msg::CheckJournal, &[&mode]));
    }
    match store.integrity_check() {
        Ok(lines) if lines == ["ok"] => println!("{}", lang.t(Msg::CheckIntegrityOk)),
        Ok(lines) => {
            ok = false;
            for line in lines {
                println!("{}", lang.f(Msg::CheckIntegrityErr, &[&line]));
            }
        }
        Err(e) => {
            ok = false;
            println!(
                "{}",
                lang.f(Msg::CheckError, &[&store_error_text(lang, &e)])
            );
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
