//! End to end: the real `irf` binary in a pseudo-terminal (portable-pty), its output
//! parsed by a terminal emulator (vt100). A reader thread drains the PTY into the
//! parser and a raw byte log; the test waits for text on the parsed screen, types keys,
//! and checks that quitting exits cleanly and leaves the alternate screen.
//!
//! Each run gets its own temp HOME (no user keymap or config) and TERM=xterm-256color.
//! Timeouts are generous (20 s) because CI machines are slow; a passing run takes well
//! under a second per test.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(20);

/// What the reader thread has seen.
struct Seen {
    parser: vt100::Parser,
    raw: Vec<u8>,
    /// The PTY reported end of output (the child and its terminal are gone).
    closed: bool,
}

/// `irf` running in a pseudo-terminal.
struct Tui {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    _master: Box<dyn MasterPty + Send>,
    seen: Arc<(Mutex<Seen>, Condvar)>,
}

impl Tui {
    fn spawn(args: &[&str], home: &Path, cols: u16, rows: u16) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_irf"));
        cmd.args(args);
        cmd.env_clear();
        cmd.env("HOME", home);
        cmd.env("TERM", "xterm-256color");
        cmd.env("USER", "pty-test");
        cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        cmd.cwd(home);
        let size = |n: u16| NonZeroU16::new(n).expect("a non-zero size");
        let seen = Arc::new((
            Mutex::new(Seen {
                parser: vt100::Parser::new(size(rows), size(cols), 0),
                raw: Vec::new(),
                closed: false,
            }),
            Condvar::new(),
        ));
        let mut reader = pair
            .master
            .try_clone_reader()
            .expect("clone the PTY reader");
        let writer = pair.master.take_writer().expect("take the PTY writer");
        let child = pair.slave.spawn_command(cmd).expect("spawn irf in the PTY");
        // Our copy of the slave must go, or the reader never sees the end.
        drop(pair.slave);
        let shared = Arc::clone(&seen);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                let (lock, cvar) = &*shared;
                let mut s = lock.lock().expect("screen lock");
                s.parser.process(&buf[..n]);
                s.raw.extend_from_slice(&buf[..n]);
                cvar.notify_all();
            }
            let (lock, cvar) = &*shared;
            lock.lock().expect("screen lock").closed = true;
            cvar.notify_all();
        });
        Tui {
            child,
            writer,
            _master: pair.master,
            seen,
        }
    }

    /// Waits until `done(screen)` holds; panics with the screen after `timeout`.
    fn wait_until(&self, what: &str, timeout: Duration, done: impl Fn(&vt100::Screen) -> bool) {
        let (lock, cvar) = &*self.seen;
        let deadline = Instant::now() + timeout;
        let mut s = lock.lock().expect("screen lock");
        loop {
            if done(s.parser.screen()) {
                return;
            }
            let now = Instant::now();
            if now >= deadline || s.closed {
                panic!(
                    "waited {timeout:?} for {what} (output closed: {}); the screen:\n{}",
                    s.closed,
                    s.parser.screen().contents()
                );
            }
            // Woken by new output; the timeout is only a backstop.
            s = cvar
                .wait_timeout(s, (deadline - now).min(Duration::from_millis(200)))
                .expect("screen lock")
                .0;
        }
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&self, text: &str, timeout: Duration) {
        self.wait_until(&format!("{text:?}"), timeout, |s| {
            s.contents().contains(text)
        });
    }

    fn press(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("write to the PTY");
        self.writer.flush().expect("flush the PTY");
    }

    /// Waits for the child to exit (killing it after `timeout`) and for the reader to
    /// reach the end of its output.
    fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                break status;
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!(
                    "irf did not exit within {timeout:?}; the screen:\n{}",
                    self.contents()
                );
            }
            thread::sleep(Duration::from_millis(10));
        };
        let (lock, cvar) = &*self.seen;
        let mut s = lock.lock().expect("screen lock");
        while !s.closed && Instant::now() < deadline {
            s = cvar
                .wait_timeout(s, Duration::from_millis(100))
                .expect("screen lock")
                .0;
        }
        status
    }

    fn contents(&self) -> String {
        self.seen
            .0
            .lock()
            .expect("screen lock")
            .parser
            .screen()
            .contents()
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failed test must not leave the child running.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn last_index(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

#[test]
fn demo_session_switches_panes_opens_help_and_quits_cleanly() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("demo.sqlite");
    let db = db.to_str().expect("utf-8 path");
    let mut tui = Tui::spawn(&["--demo", "--db", db], home.path(), 100, 30);

    tui.wait_for("Årshjul", TIMEOUT);
    tui.wait_for("Bruker:", TIMEOUT);

    tui.press("2");
    tui.wait_for("Årsrapporter ·", TIMEOUT);

    tui.press("?");
    tui.wait_for("Hjelp – taster", TIMEOUT);
    tui.press("\x1b");
    tui.wait_until("the help to close", TIMEOUT, |s| {
        !s.contents().contains("Hjelp – taster")
    });

    tui.press("q");
    let status = tui.wait_exit(TIMEOUT);
    assert!(
        status.success(),
        "irf exited with {status:?}; the screen:\n{}",
        tui.contents()
    );

    let s = tui.seen.0.lock().expect("screen lock");
    assert!(
        !s.parser.screen().alternate_screen(),
        "still on the alternate screen after quitting"
    );
    let entered = last_index(&s.raw, b"\x1b[?1049h").expect("never entered the alternate screen");
    let left = last_index(&s.raw, b"\x1b[?1049l").expect("never left the alternate screen");
    assert!(
        left > entered,
        "the last enter ({entered}) comes after the last leave ({left})"
    );
}

#[test]
fn english_ui_shows_english_tabs() {
    let home = tempfile::tempdir().expect("temp HOME");
    let db = home.path().join("demo.sqlite");
    let db = db.to_str().expect("utf-8 path");
    let mut tui = Tui::spawn(
        &["--demo", "--lang", "en", "--db", db],
        home.path(),
        100,
        30,
    );

    tui.wait_for("Annual cycle", TIMEOUT);
    tui.wait_for("User:", TIMEOUT);

    tui.press("q");
    let status = tui.wait_exit(TIMEOUT);
    assert!(
        status.success(),
        "irf exited with {status:?}; the screen:\n{}",
        tui.contents()
    );
    assert!(
        !tui.seen
            .0
            .lock()
            .expect("screen lock")
            .parser
            .screen()
            .alternate_screen()
    );
}
