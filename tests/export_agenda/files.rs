//! Where the file goes: the default name that is never overwritten, `-o` that
//! replaces, paths that cannot be written, and (when it is installed) LibreOffice
//! opening the DOCX.

use std::process::{Command, Stdio};

use super::support::cli::{err, out, run};
use super::{TODAY, assert_well_formed, docx_part, run_in, setup};

#[test]
fn the_default_name_is_never_overwritten() {
    let (home, db, _) = setup();
    let cwd = tempfile::tempdir().unwrap();
    let name = cwd.path().join("saksliste-2026-12-14.md");
    let args = [
        "export", "agenda", "next", "--today", TODAY, "--format", "md",
    ];
    let o = run_in(cwd.path(), home.path(), &db, &args);
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("saksliste-2026-12-14.md"));
    assert!(
        std::fs::read_to_string(&name)
            .unwrap()
            .starts_with("# Saksliste")
    );
    std::fs::write(&name, "gammel").unwrap();
    let o = run_in(cwd.path(), home.path(), &db, &args);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        err(&o).contains("saksliste-2026-12-14.md finnes allerede"),
        "{}",
        err(&o)
    );
    assert_eq!(std::fs::read_to_string(&name).unwrap(), "gammel");
    let left: Vec<_> = std::fs::read_dir(cwd.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file left behind");
    // With -o the named file is replaced.
    let mut replace = args.to_vec();
    replace.extend(["-o", name.to_str().unwrap()]);
    let o = run_in(cwd.path(), home.path(), &db, &replace);
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        std::fs::read_to_string(&name)
            .unwrap()
            .starts_with("# Saksliste")
    );
    // The default DOCX name, and the format taken from -o's ending.
    let o = run_in(cwd.path(), home.path(), &db, &args[..5]);
    assert!(o.status.success(), "{}", err(&o));
    let docx = std::fs::read(cwd.path().join("saksliste-2026-12-14.docx")).unwrap();
    assert!(docx.starts_with(b"PK"));
    let md = cwd.path().join("valgt.md");
    let o = run_in(
        cwd.path(),
        home.path(),
        &db,
        &[&args[..5], &["-o", "valgt.md"][..]].concat(),
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(
        std::fs::read_to_string(md)
            .unwrap()
            .starts_with("# Saksliste")
    );
}

#[test]
fn a_path_that_cannot_be_written_is_named_and_nothing_is_left() {
    let (home, db, _) = setup();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("en-fil.txt");
    std::fs::write(&file, "x").unwrap();
    let cases = [
        (
            dir.path().join("mangler").join("s.docx"),
            "mappen finnes ikke",
        ),
        (
            file.join("s.md"),
            "en del av stien er en fil, ikke en mappe",
        ),
        (dir.path().to_path_buf(), "det er en mappe"),
    ];
    for (target, reason) in cases {
        let t = target.to_str().unwrap();
        let o = run(
            home.path(),
            &db,
            &["export", "agenda", "next", "--today", TODAY, "-o", t],
        );
        assert_eq!(o.status.code(), Some(1), "{t}");
        let e = err(&o);
        assert_eq!(
            e.trim_end(),
            format!("irf: kunne ikke skrive {t}: {reason}")
        );
        assert!(out(&o).is_empty());
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "only the file that was there");
    }
}

#[test]
fn libreoffice_opens_the_docx() {
    let (home, db, _) = setup();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("saksliste.docx");
    super::export_next(home.path(), &db, &file);
    assert_well_formed(&docx_part(&file, "word/document.xml"));
    let Some(office) = ["libreoffice", "soffice"].into_iter().find(|name| {
        std::env::var_os("PATH")
            .is_some_and(|path| std::env::split_paths(&path).any(|d| d.join(name).is_file()))
    }) else {
        eprintln!("skipped: neither libreoffice nor soffice is on PATH");
        return;
    };
    let profile = format!("file://{}", dir.path().join("profile").display());
    let converted = Command::new(office)
        .args(["--headless", &format!("-env:UserInstallation={profile}")])
        .args(["--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&file)
        .env("HOME", dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let pdf = dir.path().join("saksliste.pdf");
    assert!(
        pdf.is_file(),
        "{}",
        String::from_utf8_lossy(&converted.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    // The saksliste on its own page, then each of the demo meeting's three cases on its
    // own: LibreOffice writes one `/Type/Page` object a page.
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type/Page").count() - text.matches("/Type/Pages").count();
    assert!(pages >= 4, "{pages} pages");
}
