//! The terminal session: raw mode and the alternate screen on the way in, restored on
//! the way out by a guard's `Drop` and by ratatui's chained panic hook; the event loop
//! that draws only when something changed and otherwise sleeps in `read()`.

use std::io;

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
