//! `bytes_per_nav`: the bytes one `j` makes the 120×40 crossterm backend write.

use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::{key, max_of, median, open_app, step};

/// Counts the bytes written through it.
struct CountingWriter(Arc<AtomicUsize>);

impl Write for CountingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.fetch_add(buf.len(), Ordering::Relaxed);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Median bytes written per one-row move at 120×40, per pane; the first is Tjenester.
pub fn bytes_per_nav(db: &Path) -> usize {
    step("bytes: 60 j presses per pane through a counting crossterm backend");
    let mut app = open_app(db);
    app.set_page_rows(irf::ui::list_rows(120, 40));
    let count = Arc::new(AtomicUsize::new(0));
    let backend = CrosstermBackend::new(CountingWriter(Arc::clone(&count)));
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 120, 40)),
    };
    let mut terminal = Terminal::with_options(backend, options).expect("counting terminal");
    terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
    let mut result = None;
    for pane in ['6', '4', '2'] {
        app.on_key(key(KeyCode::Char(pane)));
        terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
        let mut sizes = Vec::new();
        for _ in 0..60 {
            app.on_key(key(KeyCode::Char('j')));
            let before = count.load(Ordering::Relaxed);
            terminal.draw(|f| irf::ui::view(f, &app)).expect("draw");
            sizes.push((count.load(Ordering::Relaxed) - before) as f64);
        }
        let max = max_of(&sizes);
        let med = median(&mut sizes);
        println!("bytes per j in pane {pane}: median {med:.0}, max {max:.0}");
        result.get_or_insert(med.round() as usize);
    }
    result.unwrap_or(0)
}
