//! No system or parser words reach the user raw: the command line's own errors, a bad
//! settings file, an import path that is not a file, and `check` on a path with no
//! database are each a sentence in the UI language, in bokmål and in English.

mod support;

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use support::cli::irf;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// What no message may hold: clap's English, the system's English first.
fn assert_no_raw_words(text: &str) {
    for raw in [
        "error:",
        "os error",
        "No such file",
        "invalid value '",
        "unexpected argument",
    ] {
        assert!(!text.contains(raw), "raw words {raw:?} in: {text}");
    }
}

#[test]
fn argument_errors_are_sentences_in_the_ui_language() {
    let home = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["summary", "--year", "99999"],
            "irf: ugyldig verdi «99999» for --year <YYYY>: tallet må være fra 1 til 9999. Se irf --help.",
        ),
        (
            &["--lang", "en", "summary", "--year", "99999"],
            "irf: invalid value “99999” for --year <YYYY>: the number must be from 1 to 9999. See irf --help.",
        ),
        (&["find", "-1"], "ukjent argument «-1»"),
        (&["--lang", "xx"], "språket finnes ikke i irf"),
        (&["--lang", "en", "calender"], "Did you mean “calendar”?"),
        (&["show", "unit"], "mangler <ID-OR-NAME>"),
    ];
    for (args, want) in cases {
        let out = irf(home.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(want), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert_no_raw_words(&err);
    }
}

/// Writes `text` as the user's config.toml under `home`.
fn settings(home: &Path, text: &str) {
    let dir = home.join(".config/irf");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), text).unwrap();
}

#[test]
fn a_bad_settings_value_is_named_on_the_command_line_and_the_default_used() {
    let home = tempfile::tempdir().unwrap();
    settings(home.path(), "mouse = \"yes\"\nlang = 7\n");
    let out = irf(home.path(), &["--demo", "calendar"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("config.toml, linje 1"), "{err}");
    assert!(lines[0].contains("true eller false"), "{err}");
    assert!(
        lines[1].contains("linje 2") && lines[1].contains("\"nb\""),
        "{err}"
    );
    assert!(
        lines.iter().all(|l| l.contains("Standardverdien brukes")),
        "{err}"
    );
    // The default language is used, and the good settings of a file still count.
    assert!(stdout(&out).contains("Milepæl"), "bokmål: {}", stdout(&out));
    settings(home.path(), "lang = \"en\"\nmouse = 3\n");
    let out = irf(home.path(), &["--demo", "calendar"]);
    let err = stderr(&out);
    assert!(
        err.contains("line 2") && err.contains("mouse is 3"),
        "{err}"
    );
    assert!(
        !stdout(&out).contains("Milepæl"),
        "English: {}",
        stdout(&out)
    );
}

#[test]
fn an_import_path_that_is_not_a_file_is_refused_at_once() {
    let home = tempfile::tempdir().unwrap();
    let fifo = home.path().join("enheter.csv");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped the named pipe: mkfifo is not available here");
    } else {
        let started = Instant::now();
        let out = irf(
            home.path(),
            &["--demo", "import", "units", fifo.to_str().unwrap()],
        );
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the pipe was not read"
        );
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(
            err.contains("Stien er et navngitt rør (FIFO), ikke en fil"),
            "{err}"
        );
        assert_no_raw_words(&err);
    }
    let folder = home.path().join("mappe");
    std::fs::create_dir(&folder).unwrap();
    let out = irf(
        home.path(),
        &[
            "--demo",
            "--lang",
            "en",
            "import",
            "units",
            folder.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("The path is a folder, not a file"), "{err}");
    let out = irf(home.path(), &["--demo", "import", "units", "/dev/null"]);
    assert!(
        stderr(&out).contains("Stien er en enhet"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_on_a_path_with_no_database_says_what_to_do() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("ny.sqlite");
    let out = irf(home.path(), &["--db", missing.to_str().unwrap(), "check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("FEIL: det finnes ingen database der"),
        "{text}"
    );
    assert_no_raw_words(&text);
    assert!(!missing.exists(), "check makes nothing");
    let out = irf(
        home.path(),
        &[
            "--lang",
            "en",
            "--db",
            home.path().to_str().unwrap(),
            "check",
        ],
    );
    let text = stdout(&out);
    assert!(
        text.contains("ERROR: the path is a folder, not a database file"),
        "{text}"
    );
}

#[test]
fn the_help_is_in_the_ui_language() {
    let home = tempfile::tempdir().unwrap();
    let out = irf(home.path(), &["--help"]);
    assert!(out.status.success());
    let help = stdout(&out);
    for part in [
        "Bruk: irf [VALG]",
        "Underkommandoer:",
        "Sjekk databasen",
        "Vis hjelpen",
    ] {
        assert!(help.contains(part), "{part}: {help}");
    }
    let out = irf(home.path(), &["help", "import", "units"]);
    assert!(
        stdout(&out).contains("Vis hva som ville endres"),
        "{}",
        stdout(&out)
    );
    let out = irf(home.path(), &["--lang", "en", "import", "--help"]);
    let help = stdout(&out);
    assert!(help.contains("Usage: irf import"), "{help}");
    assert!(
        help.contains("Load reports, units or review answers"),
        "{help}"
    );
    // The settings file's language counts too.
    settings(home.path(), "lang = \"en\"\n");
    assert!(stdout(&irf(home.path(), &["--help"])).contains("Usage:"));
}
