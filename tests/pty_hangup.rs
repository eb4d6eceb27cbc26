//! A dead terminal ends the program cleanly: `irf` in a pseudo-terminal with SIGHUP
//! blocked (so no signal arrives, as when a hang-up is lost), a case section being
//! written, then every handle on the terminal's other end closed. The program must
//! notice by itself, keep the text as a draft and exit within 2 s, without spinning.
//!
//! SIGHUP is blocked by a small python3 wrapper (a blocked mask survives `exec`; Rust's
//! own process spawning resets it). Without python3 the test says so and passes.

mod support;

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(20);
const BLOCK_HUP_AND_EXEC: &str = "import os, signal, sys\n\
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGHUP])\n\
    os.execv(sys.argv[1], sys.argv[1:])\n";

fn python3() -> bool {
    std::process::Command::new("python3")
        .arg("-c")
        .arg("import signal; signal.pthread_sigmask")
        .status()
        .is_ok_and(|s| s.success())
}

/// Waits until the parsed screen contains `text`.
fn wait_for(screen: &Mutex<vt100::Parser>, text: &str) {
    let started = Instant::now();
    while started.elapsed() < TIMEOUT {
        if screen.lock().unwrap().screen().contents().contains(text) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!(
        "waited for {text:?}; the screen:\n{}",
        screen.lock().unwrap().screen().contents()
    );
}

/// CPU time (user + system, in clock ticks) the process has used so far.
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

#[test]
fn a_terminal_that_hangs_up_without_a_signal_ends_irf_with_its_draft_kept() {
    if !python3() {
        eprintln!("skipped: python3 is needed to block SIGHUP for this test");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("demo.sqlite");
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new("python3");
    cmd.args([
        "-c",
        BLOCK_HUP_AND_EXEC,
        env!("CARGO_BIN_EXE_irf"),
        "--demo",
        "--db",
    ]);
    cmd.arg(&db);
    cmd.env_clear();
    cmd.env("HOME", home.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("USER", "hangup-test");
    cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd.cwd(home.path());
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let pid = child.process_id().expect("a pid");

    // The reader stops (and closes its handle on the terminal) once told to.
    let screen = Arc::new(Mutex::new(vt100::Parser::new(
        std::num::NonZeroU16::new(30).unwrap(),
        std::num::NonZeroU16::new(100).unwrap(),
        0,
    )));
    let stop = Arc::new(AtomicBool::new(false));
    let mut reader = pair.master.try_clone_reader().unwrap();
    let reading = {
        let (screen, stop) = (Arc::clone(&screen), Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut buf = [0u8; 16 * 1024];
            while !stop.load(Ordering::SeqCst) {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => screen.lock().unwrap().process(&buf[..n]),
                }
            }
        })
    };
    let mut writer = pair.master.take_writer().unwrap();
    let mut press = |keys: &str| {
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    };
    wait_for(&screen, "Bruker:");
    press("5");
    wait_for(&screen, "[Saker]");
    press("e");
    wait_for(&screen, "Ctrl-S");
    press("Teksten som aldri ble lagret");
    wait_for(&screen, "Teksten som aldri ble lagret");
    // One more key: its echo is the reader's last read; then every handle goes.
    stop.store(true, Ordering::SeqCst);
    press(".");
    reading.join().unwrap();
    let typed = Instant::now();
    drop(writer);
    drop(pair.master);

    let cpu_before = cpu_ticks(pid).unwrap_or(0);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if typed.elapsed() > Duration::from_secs(2) {
            let cpu = cpu_ticks(pid).unwrap_or(0) - cpu_before;
            let _ = child.kill();
            let _ = child.wait();
            panic!("irf still ran 2 s after its terminal hung up ({cpu} ticks of CPU)");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert!(!status.success(), "a hang-up is no clean quit: {status:?}");

    let mut store = irf::store::Store::open(&db, irf::store::OpenMode::ReadOnly).unwrap();
    store.set_user("hangup-test");
    let drafts = store.case_drafts().unwrap();
    assert_eq!(drafts.len(), 1, "the section was kept as a draft");
    let (case, _) = &drafts[0];
    let text = store
        .load_draft("case", *case, irf::domain::Section::Background.column())
        .unwrap()
        .unwrap_or_default();
    assert!(text.contains("Teksten som aldri ble lagret"), "{text:?}");
}
