//! The terminal session: raw mode and the alternate screen on the way in, restored on
//! the way out by a guard's `Drop` and by ratatui's chained panic hook; the event loop
//! that draws only when something changed and otherwise sleeps — waking once a second
//! to look whether a colleague committed to the shared file (one pragma; nothing is
//! drawn unless something came in), and sooner while a draft waits to be kept.
//!
//! Nothing typed is lost on the way out: on a hang-up (SIGHUP, as when an SSH session
//! dies), on SIGTERM, or when the terminal hangs up with no signal at all, a watcher
//! thread writes the unsaved text as drafts before the program ends, and so does the
//! loop when the terminal goes away under `read()`. A dead terminal never leaves the
//! program spinning.

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture, Event,
};

use crate::app::App;
use crate::ui;

/// How often the loop looks whether another process committed to the shared file.
const LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// Restores the terminal when dropped, whatever happened.
struct Restore {
    mouse: bool,
}

impl Drop for Restore {
    fn drop(&mut self) {
        if self.mouse {
            let _ = ratatui::crossterm::execute!(io::stdout(), DisableMouseCapture);
        }
        let _ =
            ratatui::crossterm::execute!(io::stdout(), DisableBracketedPaste, DisableFocusChange);
        ratatui::restore();
    }
}

/// What a hang-up must keep: the database, the user, and the unsaved texts as of the
/// last key (entity, id, field, text), copied by the loop after every key.
type Unsaved = Arc<Mutex<(PathBuf, String, Vec<(&'static str, i64, String, String)>)>>;

/// Keeps what is unsaved, puts the terminal back and ends the program with `code`:
/// what the watchers do when the terminal is gone or the program is told to stop. It
/// does not wait for the main thread, which may be stuck reading a terminal that is
/// gone.
fn save_and_leave(unsaved: &Unsaved, code: i32) -> ! {
    let (path, user, drafts) = match unsaved.lock() {
        Ok(u) => u.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    };
    if !drafts.is_empty()
        && let Ok(mut store) = crate::store::Store::open(&path, crate::store::OpenMode::ReadWrite)
    {
        store.set_user(&user);
        for (entity, id, field, text) in &drafts {
            let _ = store.save_draft(entity, *id, field, text);
        }
    }
    ratatui::restore();
    std::process::exit(code);
}

/// Two watcher threads keep what was typed when the program cannot: on SIGHUP (a closed
/// SSH session) or SIGTERM, and when the terminal itself hangs up without a signal (the
/// pseudo-terminal's other end closed, SIGHUP blocked or lost). The second waits in
/// `poll` on standard input for POLLHUP — asleep, no timer — because crossterm's reader
/// would spin at full speed on a terminal at end of file and never return.
fn watch_for_hang_up(unsaved: Unsaved) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGTERM};
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM]) {
            let unsaved = Arc::clone(&unsaved);
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    save_and_leave(&unsaved, 128 + signal);
                }
            });
        }
        std::thread::spawn(move || {
            if wait_for_terminal_hang_up() {
                save_and_leave(&unsaved, 128 + SIGHUP);
            }
        });
    }
}

/// Blocks until standard input (the terminal) hangs up; false when it is no terminal or
/// cannot be watched.
#[cfg(unix)]
fn wait_for_terminal_hang_up() -> bool {
    use rustix::event::{PollFd, PollFlags, poll};
    let stdin = io::stdin();
    if !std::io::IsTerminal::is_terminal(&stdin) {
        return false;
    }
    loop {
        // No events asked for: poll still reports a hang-up or an error, and sleeps
        // until one comes.
        let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
        match poll(&mut fds, None) {
            Ok(_) => {
                let got = fds[0].revents();
                if got.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
                    return true;
                }
            }
            Err(rustix::io::Errno::INTR) => {}
            Err(_) => return false,
        }
    }
}

/// Whether an event is already waiting to be read (an error counts as none: the read
/// that follows reports it).
fn input_waiting() -> bool {
    event::poll(std::time::Duration::ZERO).unwrap_or(false)
}

/// Waits for the next event, but no later than `deadline` (then `None`).
fn next_event(deadline: Option<Instant>) -> io::Result<Option<Event>> {
    match deadline {
        None => event::read().map(Some),
        Some(at) => {
            let wait = at.saturating_duration_since(Instant::now());
            if event::poll(wait)? {
                event::read().map(Some)
            } else {
                Ok(None)
            }
        }
    }
}

/// Runs the program until the user quits. The mouse (wheel scrolling) is captured only
/// when `mouse` is set, so by default the terminal's own selection and copy work.
pub fn run(mut app: App, mouse: bool) -> io::Result<()> {
    // `try_init` installs a panic hook that restores the terminal, then calls the old hook.
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore { mouse };
    if mouse {
        ratatui::crossterm::execute!(io::stdout(), EnableMouseCapture)?;
    }
    ratatui::crossterm::execute!(io::stdout(), EnableBracketedPaste, EnableFocusChange)?;
    let unsaved: Unsaved = Arc::new(Mutex::new((
        app.store.path().to_path_buf(),
        app.store.user().to_string(),
        Vec::new(),
    )));
    watch_for_hang_up(Arc::clone(&unsaved));
    let size = terminal.size()?;
    app.set_page_rows(ui::list_rows(size.width, size.height));
    let mut dirty = true;
    let mut first_frame = true;
    let mut next_look = Instant::now() + LOOK_EVERY;
    loop {
        // Keys and resizes that are already waiting are taken first and drawn once:
        // a burst (a paste, a held key, a window dragged over SSH) never queues a
        // frame per event behind it.
        if dirty && !input_waiting() {
            terminal.draw(|frame| ui::view(frame, &app))?;
            dirty = false;
            if std::mem::take(&mut first_frame) {
                // What the first screen can do without comes once it is shown.
                dirty = app.after_first_frame();
                continue;
            }
        }
        if let Some(text) = app.state.clipboard.take() {
            let inside_tmux = std::env::var_os("TMUX").is_some();
            terminal
                .backend_mut()
                .write_all(osc52(&text, inside_tmux).as_bytes())?;
            terminal.backend_mut().flush()?;
        }
        if let Some(request) = app.state.external_edit.take() {
            // The editor gets the real terminal; ours is restored, then made again.
            ratatui::restore();
            let outcome = crate::editor::edit_text(
                &crate::editor::editor_command(),
                &request.text,
                app.state.lang,
            );
            terminal = ratatui::try_init()?;
            ratatui::crossterm::execute!(io::stdout(), EnableBracketedPaste, EnableFocusChange)?;
            if mouse {
                ratatui::crossterm::execute!(io::stdout(), EnableMouseCapture)?;
            }
            terminal.clear()?;
            app.external_done(outcome);
            dirty = true;
            continue;
        }
        // Blocks until input, a resize, or the next look at the shared file (once a
        // second: an idle program wakes for nothing else); a draft waiting to be kept
        // wakes it once typing has paused.
        let deadline = app.next_wake().map_or(next_look, |at| at.min(next_look));
        let event = match next_event(Some(deadline)) {
            Ok(event) => event,
            Err(e) => {
                // The terminal is gone: keep what was typed.
                app.flush_drafts();
                return Err(e);
            }
        };
        match event {
            None => dirty |= app.tick(Instant::now()),
            Some(Event::Key(key)) => {
                dirty = app.on_key(key);
                if let Ok(mut u) = unsaved.lock() {
                    u.2 = app.unsaved();
                }
            }
            Some(Event::Resize(width, height)) => {
                app.set_page_rows(ui::list_rows(width, height));
                dirty = true;
            }
            Some(Event::Mouse(m)) => dirty = app.on_mouse(m.kind),
            Some(Event::Paste(text)) => {
                dirty = app.on_paste(&text);
                if let Ok(mut u) = unsaved.lock() {
                    u.2 = app.unsaved();
                }
            }
            Some(Event::FocusLost) => app.flush_drafts(),
            Some(Event::FocusGained) => {}
        }
        if app.state.quit {
            app.flush_drafts();
            // "Siden sist" next time counts from now.
            let _ = app.store.mark_closed(chrono::Utc::now());
            return Ok(());
        }
        let now = Instant::now();
        if now >= next_look {
            // Another process's commit is read again and shown; when nothing came in
            // nothing is drawn, so an idle screen writes no byte.
            dirty |= app.look_outside();
            next_look = now + LOOK_EVERY;
        }
    }
}

/// The escape sequence that asks the terminal to put `text` on the clipboard (OSC 52).
/// It travels through SSH like any output. Inside tmux it is sent twice: as is (taken
/// when tmux has `set-clipboard on`) and wrapped for tmux's passthrough (taken when it
/// has `allow-passthrough on`).
pub fn osc52(text: &str, inside_tmux: bool) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
    let plain = format!("\x1b]52;c;{encoded}\x07");
    if inside_tmux {
        let wrapped = format!("\x1bPtmux;\x1b\x1b]52;c;{encoded}\x07\x1b\\");
        format!("{plain}{wrapped}")
    } else {
        plain
    }
}

/// The benchmark's floor: open the terminal, draw one empty frame, wait for a key.
pub fn floor_frame() -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore { mouse: false };
    terminal.draw(|frame| {
        let block = ratatui::widgets::Block::bordered().title("floor");
        frame.render_widget(block, frame.area());
    })?;
    loop {
        if let Event::Key(_) = event::read()? {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::osc52;

    #[test]
    fn osc52_bytes() {
        assert_eq!(osc52("a@b.no", false), "\x1b]52;c;YUBiLm5v\x07");
        // æ is two bytes in UTF-8; the clipboard gets UTF-8.
        assert_eq!(osc52("æ", false), "\x1b]52;c;w6Y=\x07");
        let tmux = osc52("a@b.no", true);
        assert!(tmux.starts_with("\x1b]52;c;YUBiLm5v\x07"));
        assert!(tmux.ends_with("\x1bPtmux;\x1b\x1b]52;c;YUBiLm5v\x07\x1b\\"));
    }
}
