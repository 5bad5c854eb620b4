//! The loading screen the console shows while a data directory is read in the background:
//! what is being read, a gauge of files read out of those found, and how to quit. Drawn from
//! the two counters alone, so it needs no `App`.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Widget};

use crate::present::{Lang, console};

/// Draws the loading screen for `what` with `done` of `total` files read (`total` is 0 while
/// the files are still being looked for).
pub fn draw(lang: Lang, what: &str, done: usize, total: usize, area: Rect, buf: &mut Buffer) {
    let [_, title, gauge, status, _, hint] = Layout::vertical([
        Constraint::Percentage(40),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let [_, gauge, _] =
        Layout::horizontal([Constraint::Length(2), Constraint::Min(1), Constraint::Length(2)]).areas(gauge);
    Line::from(console::loading_title(lang, what))
        .centered()
        .render(title, buf);
    let status_text = console::loading_status(lang, done, total);
    #[allow(clippy::cast_precision_loss)]
    let ratio = if total == 0 {
        0.0
    } else {
        (done as f64 / total as f64).min(1.0)
    };
    Gauge::default().ratio(ratio).render(gauge, buf);
    Line::from(status_text).centered().render(status, buf);
    Line::from(console::q_quits(lang)).centered().render(hint, buf);
}
