//! Runs the real `irf` binary as a shell command would, with a clean environment: its
//! own HOME, no `IRF_DB`, no XDG folders, and nothing on stdin.

// Each test crate that declares `mod support;` uses only part of the shared helpers
// (the PTY test none of these), and an unused item would warn.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `irf` with `args` and `home` as HOME, and waits for its output.
pub fn irf(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_irf"))
        .args(args)
        .env("HOME", home)
        .env_remove("IRF_DB")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME")
        .stdin(Stdio::null())
        .output()
        .unwrap()
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
