//! Failed writes lose nothing: when SQLite cannot write (the disk is full, the file is
//! read-only, another writer holds the lock past the timeout) the case editor keeps
//! what was typed, the status line says in a sentence what happened and what to do,
//! nothing half-written reaches the file, and the same key (Ctrl-S) saves once the
//! cause is gone.
//!
//! The full disk is a small tmpfs filled to the last byte (skipped with a message where
//! the machine cannot mount); read-only is the database reopened read-only under the
//! running app; busy is a second connection holding `BEGIN IMMEDIATE`.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use irf::app::{Action, App, Mode};
use irf::i18n::Lang;
use irf::keymap::{Context, Keymap};
use irf::store::{OpenMode, Store, StoreError, WriteFailure};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use support::app::{message, press, today, type_text};

fn seeded(path: &Path) {
    let mut store = Store::open(path, OpenMode::ReadWrite).unwrap();
    store
        .seed_demo(&irf::demo::plan_in(
            today(),
            irf::demo::SeasonPhase::Reviewing,
        ))
        .unwrap();
}

fn open(path: &Path, lang: Lang) -> App {
    let store = Store::open(path, OpenMode::ReadWrite).unwrap();
    let mut app = App::new(store, Keymap::defaults(), lang, today(), true);
    app.set_page_rows(10);
    app
}

fn save(app: &mut App) {
    app.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
}

/// Opens the editor on the first case and types `typed`; returns the case's id.
fn type_into_first_case(app: &mut App, typed: &str) -> i64 {
    press(app, Context::Global, Action::PaneCases);
    press(app, Context::List, Action::First);
    let id = app.state.list().selected_row().expect("a case").id();
    press(app, Context::List, Action::Edit);
    assert_eq!(app.state.mode(), Mode::Editor);
    type_text(app, typed);
    id
}

fn typed(app: &App) -> String {
    let editor = app.state.editor().expect("the editor is still open");
    editor.text(editor.section)
}

fn stored(path: &Path, id: i64) -> String {
    let store = Store::open(path, OpenMode::ReadOnly).unwrap();
    store.case(id).unwrap().sections[0].clone()
}

/// The audit rows in the file, to show a failed write left none behind.
fn audit_rows(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap()
}

/// A small tmpfs, unmounted on drop.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().ok()?.keep();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Tmpfs(dir))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
        let _ = std::fs::remove_dir(&self.0);
    }
}

/// Writes a file until the file system has no byte left.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).unwrap();
    for chunk in [1 << 16, 4096, 512, 1] {
        let block = vec![0u8; chunk];
        while f.write_all(&block).is_ok() {}
    }
    let _ = f.sync_all();
    path
}

#[test]
fn a_full_disk_keeps_the_text_says_so_and_ctrl_s_saves_when_there_is_room() {
    let Some(fs) = Tmpfs::mount("64m") else {
        eprintln!("skipped: this machine cannot mount a tmpfs (not root?)");
        return;
    };
    // Seeded elsewhere and copied in without its WAL, so every write must grow a file.
    let seed = tempfile::tempdir().unwrap();
    seeded(&seed.path().join("demo.sqlite"));
    let path = fs.0.join("irf.sqlite");
    std::fs::copy(seed.path().join("demo.sqlite"), &path).unwrap();
    let mut app = open(&path, Lang::Nb);
    let id = type_into_first_case(&mut app, "Skrevet mens disken var full. ");
    let before = typed(&app);
    let audit = audit_rows(&path);

    let filler = fill(&fs.0);
    save(&mut app);
    assert_eq!(
        message(&app),
        "Disken er full; ingenting ble lagret. Frigjør plass og trykk samme tast igjen."
    );
    assert_eq!(typed(&app), before, "the typed text stays in the editor");
    assert_eq!(app.state.mode(), Mode::Editor);
    save(&mut app);
    assert!(
        message(&app).starts_with("Disken er full"),
        "{}",
        message(&app)
    );

    std::fs::remove_file(filler).unwrap();
    assert_eq!(audit_rows(&path), audit, "nothing half-written");
    assert!(!stored(&path, id).contains("disken var full"));
    save(&mut app);
    assert!(
        !message(&app).starts_with("Disken er full"),
        "saved once there is room: {}",
        message(&app)
    );
    assert_eq!(stored(&path, id), before);
    assert!(audit_rows(&path) > audit);
}

#[test]
fn a_database_made_read_only_under_the_app_keeps_the_text_and_saves_when_writable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    seeded(&path);
    let mut app = open(&path, Lang::En);
    let id = type_into_first_case(&mut app, "Typed before the file went read-only. ");
    let before = typed(&app);
    let writable = std::mem::replace(
        &mut app.store,
        Store::open(&path, OpenMode::ReadOnly).unwrap(),
    );
    save(&mut app);
    assert_eq!(
        message(&app),
        "The database file cannot be written (read-only); nothing was saved. Ask for write access and press the same key again."
    );
    assert_eq!(typed(&app), before);
    app.store = writable;
    save(&mut app);
    assert_eq!(stored(&path, id), before);
}

#[test]
fn a_writer_holding_the_lock_past_the_timeout_is_busy_and_the_same_key_retries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    seeded(&path);
    let mut app = open(&path, Lang::Nb);
    app.store
        .set_busy_timeout(Duration::from_millis(100))
        .unwrap();
    let id = type_into_first_case(&mut app, "Skrevet mens en annen lagret. ");
    let before = typed(&app);

    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    save(&mut app);
    assert_eq!(
        message(&app),
        "Databasen er opptatt med en annens lagring; ingenting ble lagret. Vent litt og trykk samme tast igjen."
    );
    assert_eq!(typed(&app), before);
    other.execute_batch("ROLLBACK").unwrap();
    save(&mut app);
    assert_eq!(stored(&path, id), before);
}

#[test]
fn each_kind_of_failed_write_has_its_sentence_in_both_languages() {
    use rusqlite::ffi;
    let sqlite =
        |code| StoreError::Sqlite(rusqlite::Error::SqliteFailure(ffi::Error::new(code), None));
    let cases = [
        (
            ffi::SQLITE_FULL,
            WriteFailure::DiskFull,
            "Disken er full",
            "The disk is full",
        ),
        (
            ffi::SQLITE_READONLY,
            WriteFailure::ReadOnly,
            "skrivebeskyttet",
            "read-only",
        ),
        (
            ffi::SQLITE_IOERR,
            WriteFailure::Io,
            "lese- eller skrivefeil",
            "read or write error",
        ),
        (ffi::SQLITE_BUSY, WriteFailure::Busy, "opptatt", "busy"),
    ];
    for (code, kind, nb, en) in cases {
        let e = sqlite(code);
        assert_eq!(e.write_failure(), Some(kind));
        let (nb_text, en_text) = (
            irf::app::store_error_text(Lang::Nb, &e),
            irf::app::store_error_text(Lang::En, &e),
        );
        assert!(
            nb_text.contains(nb) && nb_text.contains("ingenting ble lagret"),
            "{nb_text}"
        );
        assert!(
            en_text.contains(en) && en_text.contains("nothing was saved"),
            "{en_text}"
        );
    }
    assert_eq!(sqlite(ffi::SQLITE_CONSTRAINT).write_failure(), None);
    let full = StoreError::Io(std::io::Error::from(std::io::ErrorKind::StorageFull));
    assert_eq!(full.write_failure(), Some(WriteFailure::DiskFull));
}
