//! `--demo` on a fresh machine: every subcommand makes the demo database the way the TUI
//! does, in a HOME where irf never ran, and `--reset-demo` re-makes it; a lookup on a
//! missing real database still refuses with a sentence.

use support::cli::{err, irf, out};

mod support;

#[test]
fn every_subcommand_works_with_demo_in_a_fresh_home() {
    let runs: [&[&str]; 12] = [
        &["calendar"],
        &["find", "sarkom"],
        &["due"],
        &["terms"],
        &["contacts", "--region", "HV"],
        &["show", "unit", "ParkinsonNet"],
        &["groups"],
        &["summary", "--json"],
        &["history", "unit", "ParkinsonNet"],
        &["changes", "--since", "2020-01-01"],
        &["check"],
        &[
            "export",
            "agenda",
            "next",
            "--format",
            "md",
            "-o",
            "saksliste.md",
        ],
    ];
    for args in runs {
        let home = tempfile::tempdir().unwrap();
        let mut all = vec!["--demo"];
        all.extend_from_slice(args);
        // Relative paths (the agenda's -o) land in the fresh home.
        let o = support::cli::command(home.path())
            .args(&all)
            .current_dir(home.path())
            .output()
            .unwrap();
        // `changes` says "nothing" with exit code 1 when nobody else has written.
        let fine: &[i32] = if args[0] == "changes" { &[0, 1] } else { &[0] };
        let code = o.status.code().unwrap_or(-1);
        assert!(
            fine.contains(&code),
            "{args:?}: {code} {}{}",
            out(&o),
            err(&o)
        );
        assert!(!err(&o).contains("fant ingen database"), "{args:?}");
        assert!(
            home.path().join(".local/share/irf/demo.sqlite").is_file(),
            "{args:?} made the demo"
        );
    }
}

#[test]
fn reset_demo_remakes_it_for_a_subcommand() {
    let home = tempfile::tempdir().unwrap();
    let o = irf(home.path(), &["--demo", "--reset-demo", "find", "sarkom"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).to_lowercase().contains("sarkom"), "{}", out(&o));
    let demo = home.path().join(".local/share/irf/demo.sqlite");
    let made = std::fs::metadata(&demo).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let o = irf(home.path(), &["--demo", "--reset-demo", "calendar"]);
    assert!(o.status.success(), "{}", err(&o));
    assert!(std::fs::metadata(&demo).unwrap().modified().unwrap() > made);
}

#[test]
fn a_missing_real_database_is_still_refused() {
    let home = tempfile::tempdir().unwrap();
    let o = irf(home.path(), &["find", "sarkom"]);
    assert_ne!(o.status.code(), Some(0));
    assert!(err(&o).contains("fant ingen database"), "{}", err(&o));
    assert!(
        !home
            .path()
            .join(".local/share/irf")
            .join("irf.sqlite")
            .exists()
    );
}
