//! What the shared server installs: `irf completions` and `irf man` generated from the
//! command line's definitions, the Debian package's metadata in Cargo.toml, its
//! postinst (run with stand-ins for the system's group commands, twice) and its
//! `/etc/profile.d/irf.sh`. A package built by `packaging/build-deb` is inspected with
//! `dpkg-deb` when one is there.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use support::cli::{err, irf, out};

mod support;

/// The subcommands a user types, which every completion script and the manual name.
const SUBCOMMANDS: [&str; 6] = ["export", "import", "history", "changes", "summary", "find"];

#[test]
fn completions_for_each_shell_name_the_subcommands() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let o = irf(home.path(), &["completions", shell]);
        assert!(o.status.success(), "{shell}: {}", err(&o));
        let script = out(&o);
        for sub in SUBCOMMANDS {
            assert!(script.contains(sub), "{shell} completes {sub}");
        }
    }
    assert!(out(&irf(home.path(), &["completions", "bash"])).contains("complete -F _irf"));
    let o = irf(home.path(), &["completions", "tcsh"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "an unknown shell is a bad argument"
    );
    assert!(
        !home.path().join(".local").exists(),
        "no database is made for this"
    );
}

#[test]
fn the_manual_page_has_a_section_per_subcommand() {
    let home = tempfile::tempdir().unwrap();
    let o = irf(home.path(), &["man"]);
    assert!(o.status.success(), "{}", err(&o));
    let page = out(&o);
    assert!(page.contains(".TH irf 1"), "{page}");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS"] {
        assert_eq!(
            page.matches(&format!("{section}\n")).count(),
            1,
            "{section}"
        );
    }
    for sub in SUBCOMMANDS {
        let heading = format!(".SH \"IRF {}\"", sub.to_uppercase());
        assert!(page.contains(&heading), "{heading}");
    }
    assert!(
        page.contains(".SS \"irf export agenda\""),
        "nested subcommands"
    );
    assert!(!page.contains("BENCH-FLOOR"));
}

/// The `[package.metadata.deb]` table of Cargo.toml.
fn deb_metadata() -> toml::Table {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let manifest: toml::Table = text.parse().unwrap();
    manifest["package"]["metadata"]["deb"]
        .as_table()
        .unwrap()
        .clone()
}

#[test]
fn the_package_installs_binary_manual_completions_and_profile() {
    let deb = deb_metadata();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let build = std::fs::read_to_string(root.join("packaging/build-deb")).unwrap();
    let assets: Vec<(String, String)> = deb["assets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let a = a.as_array().unwrap();
            (
                a[0].as_str().unwrap().to_string(),
                a[1].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for target in [
        "usr/bin/",
        "usr/share/man/man1/",
        "usr/share/bash-completion/completions/irf",
        "usr/share/zsh/vendor-completions/",
        "usr/share/fish/vendor_completions.d/",
        "etc/profile.d/",
    ] {
        assert!(
            assets.iter().any(|(_, t)| t == target),
            "{target} is installed"
        );
    }
    for (source, _) in &assets {
        // Generated files are made by the build script; the others are in the repository.
        match source.strip_prefix("target/") {
            Some(made) => {
                let name = made.rsplit('/').next().unwrap();
                assert!(build.contains(name), "packaging/build-deb makes {source}");
            }
            None => assert!(root.join(source).is_file(), "{source} exists"),
        }
    }
    assert_eq!(deb["conf-files"][0].as_str(), Some("/etc/profile.d/irf.sh"));
    let scripts = root.join(deb["maintainer-scripts"].as_str().unwrap());
    let mode = std::fs::metadata(scripts.join("postinst"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o111, 0o111, "postinst is executable");
}

/// A folder of stand-ins for `getent`, `addgroup` and `chgrp` that log their calls to
/// `log`; the group exists once `addgroup` has run.
fn stand_ins(dir: &Path) -> std::path::PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = dir.join("log");
    let group = dir.join("group-made");
    let scripts = [
        (
            "getent",
            format!(
                "echo \"getent $*\" >> {0}; [ -e {1} ]",
                log.display(),
                group.display()
            ),
        ),
        (
            "addgroup",
            format!(
                "echo \"addgroup $*\" >> {0}; touch {1}",
                log.display(),
                group.display()
            ),
        ),
        ("chgrp", format!("echo \"chgrp $*\" >> {0}", log.display())),
    ];
    for (name, body) in scripts {
        let path = bin.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    bin
}

#[test]
fn postinst_makes_the_group_and_folder_once_and_keeps_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let bin = stand_ins(dir.path());
    let srv = dir.path().join("srv/irf");
    let postinst = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/debian/postinst");
    let run = || {
        let o = Command::new("sh")
            .arg(&postinst)
            .arg("configure")
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("IRF_SRV_DIR", &srv)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    run();
    let mode = std::fs::metadata(&srv).unwrap().permissions().mode();
    assert_eq!(mode & 0o7777, 0o2770);
    let db = srv.join("irf.sqlite");
    std::fs::write(&db, "the group's data").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o660)).unwrap();
    run();
    assert_eq!(std::fs::read_to_string(&db).unwrap(), "the group's data");
    assert_eq!(
        std::fs::metadata(&db).unwrap().permissions().mode() & 0o777,
        0o660
    );
    let log = std::fs::read_to_string(dir.path().join("log")).unwrap();
    assert_eq!(log.matches("addgroup").count(), 1, "{log}");
    assert!(log.contains("addgroup --system irf"), "{log}");
    assert_eq!(
        log.matches(&format!("chgrp irf {}", srv.display())).count(),
        2,
        "{log}"
    );
}

#[test]
fn the_profile_sets_the_shared_database_unless_one_is_chosen() {
    let profile = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/profile.d/irf.sh");
    let db_after = |preset: Option<&str>| {
        let mut c = Command::new("sh");
        c.arg("-c")
            .arg(format!(". {}; printf %s \"$IRF_DB\"", profile.display()))
            .env_remove("IRF_DB");
        if let Some(p) = preset {
            c.env("IRF_DB", p);
        }
        String::from_utf8(c.output().unwrap().stdout).unwrap()
    };
    assert_eq!(db_after(None), "/srv/irf/irf.sqlite");
    assert_eq!(
        db_after(Some("/home/anne/egen.sqlite")),
        "/home/anne/egen.sqlite"
    );
}

#[test]
fn a_built_package_holds_what_the_metadata_lists() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/debian");
    let built = std::fs::read_dir(&folder).ok().and_then(|entries| {
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "deb"))
    });
    let Some(deb) = built else {
        eprintln!(
            "skipped: no package in target/debian (packaging/build-deb makes one; it needs cargo-deb)"
        );
        return;
    };
    let dpkg = |flag: &str| {
        let o = Command::new("dpkg-deb").arg(flag).arg(&deb).output();
        o.ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let (Some(info), Some(files)) = (dpkg("-I"), dpkg("-c")) else {
        eprintln!("skipped: dpkg-deb is not installed");
        return;
    };
    assert!(info.contains("Package: irf"), "{info}");
    assert!(info.contains("postinst"), "{info}");
    assert!(info.contains("conffiles"), "{info}");
    for path in [
        "./usr/bin/irf",
        "./usr/share/man/man1/irf.1.gz",
        "./usr/share/bash-completion/completions/irf",
        "./usr/share/zsh/vendor-completions/_irf",
        "./usr/share/fish/vendor_completions.d/irf.fish",
        "./etc/profile.d/irf.sh",
    ] {
        assert!(
            files.lines().any(|l| l.ends_with(path)),
            "{path} in {files}"
        );
    }
}
