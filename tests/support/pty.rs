//! The pseudo-terminal harness shared by the end-to-end test (`tests/pty.rs`) and the
//! TUI benchmark (`benches/tui.rs`, which includes this file with `#[path]`).
//!
//! [`Tui::spawn`] runs the real `irf` binary in a pseudo-terminal (portable-pty) of a
//! given size with a clean environment: only HOME (also the working directory), TERM,
//! USER and PATH. A reader thread drains the PTY into a terminal emulator (vt100), a raw
//! byte log, a byte count and the time of the last chunk, all behind one Mutex with a
//! Condvar that wakes the waiters on every chunk. The caller waits for text on the
//! parsed screen, types keys and waits for the exit; dropping a [`Tui`] kills a child
//! that is still running, so a failed test or bench never leaves one behind.

// Each of the two targets that include this file uses only part of it (the test never
// counts bytes, the bench never reads the raw log), and an unused item would warn.
#![allow(dead_code)]

use std::io::{self, Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// What the reader thread has seen.
struct Seen {
    parser: vt100::Parser,
    /// Every byte the child wrote, in order.
    raw: Vec<u8>,
    /// How many bytes arrived (the length of `raw`, kept for clarity).
    bytes: usize,
    /// When the last chunk arrived.
    last: Instant,
    /// The PTY reported end of output (the child and its terminal are gone).
    closed: bool,
}

/// `irf` running in a pseudo-terminal, its output drained by a thread.
pub struct Tui {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    _master: Box<dyn MasterPty + Send>,
    seen: Arc<(Mutex<Seen>, Condvar)>,
    reader: Option<thread::JoinHandle<()>>,
    spawned: Instant,
}

impl Tui {
    /// Spawns `irf args…` in a `cols`×`rows` pseudo-terminal with HOME (and working
    /// directory) `home`, USER `user`, TERM=xterm-256color and the caller's PATH.
    pub fn spawn(args: &[&str], home: &Path, user: &str, cols: u16, rows: u16) -> Tui {
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
        cmd.env("USER", user);
        cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        cmd.cwd(home);
        let size = |n: u16| NonZeroU16::new(n).expect("a non-zero size");
        let seen = Arc::new((
            Mutex::new(Seen {
                parser: vt100::Parser::new(size(rows), size(cols), 0),
                raw: Vec::new(),
                bytes: 0,
                last: Instant::now(),
                closed: false,
            }),
            Condvar::new(),
        ));
        let mut reader = pair
            .master
            .try_clone_reader()
            .expect("clone the PTY reader");
        let writer = pair.master.take_writer().expect("take the PTY writer");
        let spawned = Instant::now();
        let child = pair.slave.spawn_command(cmd).expect("spawn irf in the PTY");
        // Our copy of the slave must go, or the reader never sees the end.
        drop(pair.slave);
        let shared = Arc::clone(&seen);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 16 * 1024];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                let (lock, cvar) = &*shared;
                let mut s = lock.lock().expect("screen lock");
                s.parser.process(&buf[..n]);
                s.raw.extend_from_slice(&buf[..n]);
                s.bytes += n;
                s.last = Instant::now();
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
            reader: Some(reader),
            spawned,
        }
    }

    /// Waits until `done(screen)` holds; panics with the screen after `timeout` or when
    /// the output ends first. Returns the time since spawning at which the chunk that
    /// made it hold arrived.
    pub fn wait_until(
        &self,
        what: &str,
        timeout: Duration,
        done: impl Fn(&vt100::Screen) -> bool,
    ) -> Duration {
        let (lock, cvar) = &*self.seen;
        let deadline = Instant::now() + timeout;
        let mut s = lock.lock().expect("screen lock");
        loop {
            if done(s.parser.screen()) {
                return s.last.duration_since(self.spawned);
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

    /// Waits until the screen shows `text`; returns when it arrived (see [`Tui::wait_until`]).
    pub fn wait_for(&self, text: &str, timeout: Duration) -> Duration {
        self.wait_for_all(&[text], timeout)
    }

    /// Waits until the screen shows every one of `texts` at once; returns when the chunk
    /// that completed them arrived (see [`Tui::wait_until`]).
    pub fn wait_for_all(&self, texts: &[&str], timeout: Duration) -> Duration {
        let what = if let [text] = texts {
            format!("{text:?}")
        } else {
            format!("{texts:?}")
        };
        self.wait_until(&what, timeout, |s| {
            let screen = s.contents();
            texts.iter().all(|t| screen.contains(t))
        })
    }

    /// Writes `keys` to the terminal.
    pub fn send(&mut self, keys: &str) -> io::Result<()> {
        self.writer.write_all(keys.as_bytes())?;
        self.writer.flush()
    }

    /// Writes `keys` to the terminal; panics if that fails.
    pub fn press(&mut self, keys: &str) {
        self.send(keys).expect("write to the PTY");
    }

    /// Waits up to `timeout` for the child to exit, then (within the same time) for the
    /// reader to reach the end of its output. `None`, child still running, if it did not
    /// exit in time or its status could not be read.
    pub fn exit_within(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
                _ => return None,
            }
        };
        let (lock, cvar) = &*self.seen;
        let mut s = lock.lock().expect("screen lock");
        while !s.closed && Instant::now() < deadline {
            s = cvar
                .wait_timeout(s, Duration::from_millis(100))
                .expect("screen lock")
                .0;
        }
        let closed = s.closed;
        drop(s);
        if closed && let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        Some(status)
    }

    /// Waits for the child to exit and its output to end (see [`Tui::exit_within`]);
    /// kills it and panics with the screen if it does not exit within `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> ExitStatus {
        match self.exit_within(timeout) {
            Some(status) => status,
            None => {
                self.kill();
                panic!(
                    "irf did not exit within {timeout:?}; the screen:\n{}",
                    self.contents()
                );
            }
        }
    }

    /// Resizes the pseudo-terminal (the child gets SIGWINCH) and the emulator with it.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self._master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the PTY");
        let size = |n: u16| NonZeroU16::new(n).expect("a non-zero size");
        self.seen
            .0
            .lock()
            .expect("screen lock")
            .parser
            .set_size(size(rows), size(cols));
    }

    /// Whether the parsed terminal shows the cursor.
    pub fn cursor_shown(&self) -> bool {
        !self
            .seen
            .0
            .lock()
            .expect("screen lock")
            .parser
            .screen()
            .hide_cursor()
    }

    /// Whether the child has exited (reaping it if so).
    pub fn exited(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }

    /// Kills the child if it still runs and reaps it.
    pub fn kill(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    /// Whether the screen, as it is now, satisfies `test`.
    pub fn screen_matches(&self, test: impl Fn(&vt100::Screen) -> bool) -> bool {
        test(self.seen.0.lock().expect("screen lock").parser.screen())
    }

    /// The parsed screen as text.
    pub fn contents(&self) -> String {
        self.seen
            .0
            .lock()
            .expect("screen lock")
            .parser
            .screen()
            .contents()
    }

    /// Whether the parsed terminal is on the alternate screen.
    pub fn alternate_screen(&self) -> bool {
        self.seen
            .0
            .lock()
            .expect("screen lock")
            .parser
            .screen()
            .alternate_screen()
    }

    /// A copy of every byte the child has written so far.
    pub fn raw(&self) -> Vec<u8> {
        self.seen.0.lock().expect("screen lock").raw.clone()
    }

    /// How many bytes the child has written so far.
    pub fn bytes(&self) -> usize {
        self.seen.0.lock().expect("screen lock").bytes
    }

    /// When the last chunk of output arrived (the spawn time before any).
    pub fn last_output(&self) -> Instant {
        self.seen.0.lock().expect("screen lock").last
    }

    /// Waits until nothing has arrived for `quiet`, giving up after `limit`.
    pub fn settle(&self, quiet: Duration, limit: Duration) {
        let until = Instant::now() + limit;
        while Instant::now() < until {
            if self.last_output().elapsed() >= quiet {
                return;
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// The child's process id (for reading `/proc/<pid>/…`).
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's pid")
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        // A failed test must not leave the child running.
        self.kill();
    }
}
