//! Colours and emphasis. Everything that matters is also shown without colour
//! (reverse video for the selection, bold and a marker for warnings), so `NO_COLOR`
//! and monochrome projectors lose nothing.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Borders};

/// The styles in use.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Whether colour may be used.
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (see no-color.org).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    fn fg(&self, style: Style, color: Color) -> Style {
        if self.color { style.fg(color) } else { style }
    }

    /// The selected row or tab: reverse video, bold.
    pub fn selected(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Column headers and headings.
    pub fn heading(&self) -> Style {
        self.fg(Style::default().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    /// Something overdue or broken: bold (and red with colour).
    pub fn alert(&self) -> Style {
        self.fg(Style::default().add_modifier(Modifier::BOLD), Color::Red)
    }

    /// Secondary text: key hints, the status line.
    pub fn dim(&self) -> Style {
        self.fg(Style::default(), Color::DarkGray)
    }

    /// Borders.
    pub fn border(&self) -> Style {
        self.fg(Style::default(), Color::Gray)
    }

    /// The border of the part that has the keyboard.
    pub fn focus(&self) -> Style {
        self.fg(Style::default().add_modifier(Modifier::BOLD), Color::Yellow)
    }

    /// A bordered box, its border marked when it has the keyboard.
    pub fn block(&self, focused: bool) -> Block<'static> {
        let style = if focused { self.focus() } else { self.border() };
        Block::default().borders(Borders::ALL).border_style(style)
    }
}
