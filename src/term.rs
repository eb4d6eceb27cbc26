//! The terminal session: raw mode and the alternate screen on the way in, restored on
//! the way out by a guard's `Drop` and by ratatui's chained panic hook; the event loop
//! that draws only when something changed and otherwise sleeps in `read()`.

use std::io::{self, Write};

use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};

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
        ratatui::restore();
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
        // Blocks until input or a resize: an idle program wakes for nothing.
        match event::read()? {
            Event::Key(key) => dirty = app.on_key(key),
            Event::Resize(width, height) => {
                app.set_page_rows(ui::list_rows(width, height));
                dirty = true;
            }
            Event::Mouse(m) => dirty = app.on_mouse(m.kind),
            Event::FocusGained | Event::FocusLost | Event::Paste(_) => {}
        }
        if app.state.quit {
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
