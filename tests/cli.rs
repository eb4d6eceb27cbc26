//! The binary's command line: version, bad arguments, `check`, the demo database and
//! many processes starting on one fresh file.

mod support;

use std::process::Command;

use support::cli::irf;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn version_prints_the_version() {
    let home = tempfile::tempdir().unwrap();
    let out = irf(home.path(), &["--version"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("irf {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn bad_arguments_give_one_line_and_exit_code_2() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["--frobnicate"][..],
        &["--lang", "de"],
        &["nosuchcommand"],
        &["--db"],
    ] {
        let out = irf(home.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("irf: "), "{err}");
    }
}

#[test]
fn check_reports_a_sound_demo_database() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("demo.sqlite");
    let db = db.to_str().unwrap();
    // A fresh database, made without a terminal.
    let out = irf(home.path(), &["--db", db, "generate", "--scale", "0"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = irf(home.path(), &["--db", db, "check"]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let report = text(&out.stdout);
    assert!(report.contains("Integritet: ok"), "{report}");
    assert!(report.contains("0660"), "{report}");
    assert!(
        report.contains(&format!("Skjemaversjon: {}", irf::store::LATEST_VERSION)),
        "{report}"
    );
    let out = irf(home.path(), &["--db", db, "--lang", "en", "check"]);
    assert!(text(&out.stdout).contains("Integrity: ok"));
}

#[test]
fn check_fails_on_a_missing_or_broken_file() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("none.sqlite");
    let out = irf(home.path(), &["--db", missing.to_str().unwrap(), "check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!missing.exists(), "check must not create the file");

    let broken = home.path().join("broken.sqlite");
    std::fs::write(&broken, b"this is not a database, just text").unwrap();
    let out = irf(home.path(), &["--db", broken.to_str().unwrap(), "check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
}

#[test]
fn check_refuses_a_newer_schema() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("new.sqlite");
    let out = irf(
        home.path(),
        &["--db", db.to_str().unwrap(), "generate", "--scale", "0"],
    );
    assert!(out.status.success());
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let out = irf(home.path(), &["--db", db.to_str().unwrap(), "check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("999"), "{}", text(&out.stdout));
}

#[test]
fn eight_processes_starting_on_one_fresh_file_all_succeed() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("shared.sqlite");
    let children: Vec<_> = (0..8)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_irf"))
                .args(["--db", db.to_str().unwrap(), "generate", "--scale", "0"])
                .env("HOME", home.path())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let regions: i64 = conn
        .query_row("SELECT count(*) FROM regions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(regions, 4, "reference data went in exactly once");
}

#[test]
fn a_real_database_is_never_turned_into_a_demo() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("real.sqlite");
    let out = irf(
        home.path(),
        &["--db", db.to_str().unwrap(), "generate", "--scale", "1"],
    );
    assert!(out.status.success());
    let out = irf(home.path(), &["--db", db.to_str().unwrap(), "--demo"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("demodatabase"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn without_a_terminal_or_with_a_wrong_file_the_reason_is_one_sentence() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("ny.sqlite");
    let out = irf(home.path(), &["--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("trenger en terminal"));

    let text = home.path().join("notater.txt");
    let content = "ikke en database, bare tekst som er lang nok til å bli lest";
    std::fs::write(&text, content).unwrap();
    let out = irf(home.path(), &["--db", text.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(err.contains("ikke en irf-database"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&text).unwrap(),
        content,
        "the file is left as it was"
    );

    let out = irf(
        home.path(),
        &["--db", home.path().to_str().unwrap(), "check"],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        text.contains("stien er en mappe, ikke en databasefil"),
        "{text}"
    );
}
