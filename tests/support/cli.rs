//! Runs the real `irf` binary as a shell command would, with a clean environment: its
//! own HOME, no `IRF_DB`, no XDG folders, and nothing on stdin.

// Each test crate that declares `mod support;` uses only part of the shared helpers
// (the PTY test none of these), and an unused item would warn.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The `irf` command with `home` as HOME, no `IRF_DB`, no XDG folders and nothing on
/// stdin, for the caller to add to.
pub fn command(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_irf"));
    command
        .env("HOME", home)
        .env_remove("IRF_DB")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .stdin(Stdio::null());
    command
}

/// Runs `irf` with `args` and `home` as HOME, and waits for its output.
pub fn irf(home: &Path, args: &[&str]) -> Output {
    command(home).args(args).output().unwrap()
}

/// Runs `irf --db DB ARGS…` with `home` as HOME.
pub fn run(home: &Path, db: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    irf(home, &all)
}

/// What it printed on stdout.
pub fn out(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// What it printed on stderr.
pub fn err(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The JSON array a lookup printed on stdout (panics with the output when it is not).
pub fn json_array(o: &Output) -> Vec<serde_json::Value> {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(o)))
}

/// The day the lookups are run on (`--today`): the day the demo is made for
/// ([`super::db::today`]).
pub const DAY: &str = "2026-11-23";

/// A demo database of [`DAY`] in a temp folder.
pub fn demo_of_day() -> (tempfile::TempDir, std::path::PathBuf) {
    assert_eq!(super::db::today().to_string(), DAY);
    super::db::demo_db()
}

/// `irf --db DB COMMAND --today DAY ARGS…`.
pub fn on_day(home: &Path, db: &Path, command: &str, args: &[&str]) -> Output {
    let mut all = vec!["--db", db.to_str().unwrap(), command, "--today", DAY];
    all.extend_from_slice(args);
    irf(home, &all)
}

/// A JSON object's keys, sorted.
pub fn keys(v: &serde_json::Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

/// The cells of a plain line: what stands between runs of two or more spaces.
pub fn cells(line: &str) -> Vec<&str> {
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// `irf --db DB groups --json ARGS…`: its exit code and the JSON array it printed.
pub fn groups_json(home: &Path, db: &Path, args: &[&str]) -> (Option<i32>, Vec<serde_json::Value>) {
    let mut all = vec!["groups", "--json"];
    all.extend_from_slice(args);
    let o = run(home, db, &all);
    (o.status.code(), json_array(&o))
}

/// Each rule a unit of `irf groups --json` breaks: its code and region.
pub fn rules(unit: &serde_json::Value) -> Vec<String> {
    unit["breaches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| format!("{}{}", b["rule"].as_str().unwrap(), b["region"]))
        .collect()
}
