//! What ratatui's diff writes to the terminal for one key (issue 5: a one-row move must emit
//! under 1 KB at 120x40), shared by `tests/it/frame_bytes.rs` (the assertion, on the demo)
//! and `examples/frame_bytes.rs` (the figures, on the synthetic data sets).
//!
//! Frames are drawn as the event loop draws them: a `CrosstermBackend` (here over a byte counter
//! instead of stdout), inside synchronized output, the viewport fed back to `update`. The
//! bytes counted are everything written for the frame after the key.

use std::cell::Cell;
use std::io::{self, Write};
use std::rc::Rc;

use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use crossterm::{execute, queue};
use p06::app::{Action, App, Panel};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Counts what is written to it (the backend keeps its writer to itself).
struct Count(Rc<Cell<usize>>);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A terminal of `w` x `h` whose output is counted, not shown.
pub struct Screen {
    term: Terminal<CrosstermBackend<Count>>,
    written: Rc<Cell<usize>>,
}

impl Screen {
    pub fn new(w: u16, h: u16) -> io::Result<Self> {
        // Fixed: the backend cannot ask a Vec for its size.
        let options = TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        };
        let written = Rc::new(Cell::new(0));
        Ok(Self {
            term: Terminal::with_options(CrosstermBackend::new(Count(Rc::clone(&written))), options)?,
            written,
        })
    }

    /// Draws `app` as the event loop does (again while the frame changes what it measured);
    /// returns the bytes written and the first row the focused table shows.
    pub fn draw(&mut self, app: &mut App) -> io::Result<(usize, Option<usize>)> {
        self.written.set(0);
        loop {
            queue!(self.term.backend_mut(), BeginSynchronizedUpdate)?;
            let mut hits = p06::ui::Hits::default();
            self.term
                .draw(|f| hits = p06::ui::draw(app, f.area(), f.buffer_mut()))?;
            execute!(self.term.backend_mut(), EndSynchronizedUpdate)?;
            if hits.viewport == app.measured || !app.update(Action::Viewport(hits.viewport)) {
                let section = app.view().section;
                let start = hits.tables.iter().find(|t| t.section == section).map(|t| t.start);
                return Ok((self.written.get(), start));
            }
        }
    }
}

/// The bytes of the first `Down` that keeps the table where it is and of the first that
/// scrolls it, on panel `n` (1..8) at `w` x `h`, from the top of the focused table.
/// `None` where the table never gets there (fewer rows than the screen).
pub fn down_bytes(app: &mut App, n: usize, w: u16, h: u16) -> io::Result<(Option<usize>, Option<usize>)> {
    let mut screen = Screen::new(w, h)?;
    app.update(Action::Resize(w, h));
    app.update(Action::GoPanel(Panel::ALL[n - 1]));
    app.update(Action::Top);
    let (mut still, mut scrolled) = (None, None);
    let rows = app.table().map_or(0, |t| t.rows.len());
    let (_, mut start) = screen.draw(app)?;
    for _ in 1..rows {
        app.update(Action::Down);
        // Scrolled or not as drawn (the frame's first row), which is what the diff sees.
        let (bytes, now) = screen.draw(app)?;
        let moved = now != start;
        start = now;
        let slot = if !moved { &mut still } else { &mut scrolled };
        // The largest of the moves that keep the table still, up to the first scroll.
        *slot = Some(slot.map_or(bytes, |b: usize| b.max(bytes)));
        if scrolled.is_some() {
            break;
        }
    }
    Ok((still, scrolled))
}
