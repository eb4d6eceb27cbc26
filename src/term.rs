//! The terminal session: raw mode and the alternate screen on the way in, restored on
//! the way out by a guard's `Drop` and by ratatui's chained panic hook; the event loop
//! that draws only when something changed and otherwise sleeps in `read()` — waking
//! on a timer only while a draft waits to be kept or a case is being written.
//!
//! Nothing typed is lost on the way out: a hang-up (SIGHUP, as when an SSH session
//! dies) or SIGTERM is caught and the drafts are written before the program ends, and
//! so they are when the terminal goes away under `read()`.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableFocusChange, DisableMouseCapture, EnableBracketedPaste,
    EnableFocusChange, EnableMouseCapture, Event,
};

use crate::app::App;
use crate::ui;

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

/// How often the loop looks for a hang-up while a case is being written.
const SIGNAL_POLL: Duration = Duration::from_millis(250);

/// On SIGHUP and SIGTERM: while `idle` holds (nothing typed is open) the program ends
/// as it always would; otherwise the returned flag is set and the loop keeps the text
/// first.
fn hang_up_flag(idle: &Arc<AtomicBool>) -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [signal_hook::consts::SIGHUP, signal_hook::consts::SIGTERM] {
        let _ = signal_hook::flag::register_conditional_default(signal, Arc::clone(idle));
        let _ = signal_hook::flag::register(signal, Arc::clone(&flag));
    }
    flag
}

/// Whether something typed is open: a case being written or a dialog.
fn typing(app: &App) -> bool {
    app.state.editor.is_some() || app.state.dialog.is_some()
}

/// Keeps what is typed before the program ends: the open dialog as a draft, the case's
/// sections as drafts.
fn keep_typed(app: &mut App) {
    if app.state.dialog.is_some() {
        app.update(crate::app::Action::Back);
    }
    app.flush_drafts();
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
    let idle = Arc::new(AtomicBool::new(true));
    let hung_up = hang_up_flag(&idle);
    let size = terminal.size()?;
    app.set_page_rows(ui::list_rows(size.width, size.height));
    let mut dirty = true;
    loop {
        if dirty {
            terminal.draw(|frame| ui::view(frame, &app))?;
            dirty = false;
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
        // Blocks until input or a resize: an idle program wakes for nothing. While a
        // case or a dialog is written it wakes to keep the draft and to notice a
        // hang-up (idle, a hang-up ends the program at once, as it always did).
        idle.store(!typing(&app), Ordering::Relaxed);
        let writing = typing(&app).then(|| Instant::now() + SIGNAL_POLL);
        let deadline = match (app.next_wake(), writing) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let event = match next_event(deadline) {
            Ok(event) => event,
            Err(e) => {
                // The terminal is gone (a dead SSH session): keep what was typed.
                keep_typed(&mut app);
                return Err(e);
            }
        };
        if hung_up.load(Ordering::Relaxed) {
            keep_typed(&mut app);
            return Ok(());
        }
        match event {
            None => app.tick(Instant::now()),
            Some(Event::Key(key)) => dirty = app.on_key(key),
            Some(Event::Resize(width, height)) => {
                app.set_page_rows(ui::list_rows(width, height));
                dirty = true;
            }
            Some(Event::Mouse(m)) => dirty = app.on_mouse(m.kind),
            Some(Event::Paste(text)) => dirty = app.on_paste(&text),
            Some(Event::FocusLost) => app.flush_drafts(),
            Some(Event::FocusGained) => {}
        }
        if app.state.quit {
            app.flush_drafts();
            return Ok(());
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
