//! Styles and symbols, in colour and monochrome, Unicode and ASCII. Every status is drawn as
//! a symbol and a word, so it reads without colour; colour only adds to it. With colour off,
//! no style sets a colour at all: only bold and reverse video remain.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::widgets::Block;

use crate::app::Look;
use crate::app::table::Fresh;
use crate::load::Severity;
use crate::rollup::Status;

/// The drawing choices of one run.
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub color: bool,
    pub ascii: bool,
    /// The interface language, for the words that go with the symbols.
    pub lang: crate::present::Lang,
}

/// Borders drawn with `+-|` for consoles without box-drawing characters.
const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    #[must_use]
    pub fn new(look: Look) -> Self {
        Self {
            color: look.color,
            ascii: look.ascii,
            lang: look.lang,
        }
    }

    /// A foreground colour, or nothing when colour is off.
    #[must_use]
    pub fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The selected row: reverse video, which works in every terminal and without colour.
    #[must_use]
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Column headings and section titles.
    #[must_use]
    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text (keys' descriptions, units).
    #[must_use]
    pub fn dim(&self) -> Style {
        self.fg(Color::DarkGray)
    }

    /// The truncation mark.
    #[must_use]
    pub fn ellipsis(&self) -> &'static str {
        if self.ascii { "~" } else { "…" }
    }

    /// A bordered block in the theme's line set; the focused one is bold.
    #[must_use]
    pub fn block<'a>(&self, focused: bool) -> Block<'a> {
        let set = if self.ascii { ASCII_BORDER } else { border::PLAIN };
        let style = if focused {
            self.fg(Color::Cyan)
        } else {
            Style::new()
        };
        Block::bordered().border_set(set).border_style(style)
    }

    /// A status's symbol and style.
    #[must_use]
    pub fn status(&self, s: Status) -> (&'static str, Style) {
        let (uni, ascii, color) = match s {
            Status::Done | Status::Operating | Status::Online => ("✔", "[x]", Color::Green),
            Status::OnTrack => ("●", "+", Color::Cyan),
            Status::Piloting | Status::Partial => ("◐", "~", Color::Cyan),
            Status::Behind => ("▲", "!", Color::Yellow),
            Status::Blocked | Status::Suspended | Status::Offline => ("■", "#", Color::Red),
            Status::NotStarted | Status::Planned => ("○", "-", Color::Reset),
            Status::NoReport => ("?", "?", Color::Magenta),
        };
        (if self.ascii { ascii } else { uni }, self.fg(color))
    }

    /// How current a district's report is.
    #[must_use]
    pub fn fresh(&self, f: Fresh) -> (&'static str, Style) {
        let (uni, ascii, color) = match f {
            Fresh::Current => ("✔", "[x]", Color::Green),
            Fresh::Stale => ("▲", "!", Color::Yellow),
            Fresh::NoReport => ("?", "?", Color::Magenta),
        };
        (if self.ascii { ascii } else { uni }, self.fg(color))
    }

    /// A yes/no flag (a security layer in place or not).
    #[must_use]
    pub fn flag(&self, f: Option<bool>) -> (&'static str, Style) {
        let (uni, ascii, color) = match f {
            Some(true) => ("✔", "[x]", Color::Green),
            Some(false) => ("✖", "[ ]", Color::Red),
            None => ("", "", Color::Magenta),
        };
        (if self.ascii { ascii } else { uni }, self.fg(color))
    }

    /// A problem's severity.
    #[must_use]
    pub fn severity(&self, s: Severity) -> (&'static str, Style) {
        let (uni, ascii, color) = match s {
            Severity::Error => ("✖", "#", Color::Red),
            Severity::Warning => ("▲", "!", Color::Yellow),
            Severity::Note => ("·", "-", Color::Blue),
        };
        (if self.ascii { ascii } else { uni }, self.fg(color))
    }

    /// Overdue is red, late completions yellow.
    #[must_use]
    pub fn overdue(&self) -> Style {
        self.fg(Color::Red)
    }

    #[must_use]
    pub fn late(&self) -> Style {
        self.fg(Color::Yellow)
    }

    /// A notice in the status line (what a reload changed): bold, and yellow in colour.
    #[must_use]
    pub fn notice(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// A percentage's colour grade: complete green, nearly there cyan, halfway yellow, red.
    #[must_use]
    pub fn grade(&self, pct: Option<f64>) -> Style {
        match pct {
            None => self.dim(),
            Some(p) if p >= 100.0 => self.fg(Color::Green),
            Some(p) if p >= 80.0 => self.fg(Color::Cyan),
            Some(p) if p >= 50.0 => self.fg(Color::Yellow),
            Some(_) => self.fg(Color::Red),
        }
    }

    /// A horizontal bar `width` cells wide, filled to `fraction` (0..=1), in eighths when
    /// Unicode is available so that small differences still show.
    #[must_use]
    pub fn bar(&self, fraction: f64, width: u16) -> (String, String) {
        let width = usize::from(width);
        let fraction = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        if self.ascii {
            let full = (fraction * width as f64).round() as usize;
            return ("#".repeat(full), ".".repeat(width - full));
        }
        const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
        let eighths = (fraction * (width * 8) as f64).round() as usize;
        let (full, part) = (eighths / 8, eighths % 8);
        let mut filled = "█".repeat(full);
        filled.push_str(EIGHTHS[part]);
        let used = full + usize::from(part > 0);
        (filled, "░".repeat(width.saturating_sub(used)))
    }

    /// The sort arrow in a column heading.
    #[must_use]
    pub fn sort_arrow(&self, descending: bool) -> &'static str {
        match (self.ascii, descending) {
            (false, false) => "▲",
            (false, true) => "▼",
            (true, false) => "^",
            (true, true) => "v",
        }
    }

    /// The separator between footer entries and header parts.
    #[must_use]
    pub fn dot(&self) -> &'static str {
        if self.ascii { "|" } else { "·" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_in_eighths_and_ascii() {
        let uni = Theme {
            color: true,
            ascii: false,
            lang: crate::present::Lang::En,
        };
        assert_eq!(uni.bar(0.5, 4), ("██".to_owned(), "░░".to_owned()));
        assert_eq!(uni.bar(1.0 / 16.0, 2).0, "▏");
        let ascii = Theme {
            color: false,
            ascii: true,
            lang: crate::present::Lang::En,
        };
        assert_eq!(ascii.bar(0.75, 4), ("###".to_owned(), ".".to_owned()));
        assert_eq!(ascii.bar(f64::NAN, 2), (String::new(), "..".to_owned()));
    }

    #[test]
    fn no_colour_means_no_colour() {
        let mono = Theme {
            color: false,
            ascii: false,
            lang: crate::present::Lang::En,
        };
        assert_eq!(mono.status(Status::Blocked).1, Style::new());
        assert_eq!(mono.grade(Some(10.0)), Style::new());
        assert_eq!(mono.status(Status::Blocked).0, "■");
    }
}
