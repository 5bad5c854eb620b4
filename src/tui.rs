//! The console's terminal side: set-up and restore (`terminal`), the panic hook (`panic`), the
//! signal and hang-up threads (`signals`, with `sys` for the poll(2) the latter waits in), the
//! input thread and event channel (`input`), and the event loop here, which draws only when
//! something changed.

mod input;
mod panic;
mod signals;
mod sys;
pub mod terminal;

use std::io;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};

use crossterm::event::Event as TermEvent;
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use crossterm::{execute, queue};
use ratatui::layout::Rect;

use crate::app::{Action, App, keymap};
use crate::ui::{self, Hits};

pub use input::Event;

/// Runs the console until the user quits. The terminal is restored on return, on panic, on
/// SIGTERM/SIGHUP and when the terminal goes away.
pub fn run(mut app: App) -> io::Result<()> {
    panic::install();
    let screen = Arc::new(Mutex::new(()));
    let (tx, rx) = mpsc::channel();
    signals::spawn(Arc::clone(&screen), tx.clone())?;
    signals::spawn_hangup(Arc::clone(&screen))?;
    let mut tui = terminal::enter()?;
    // The file watcher's loader feeds the same channel (live reload, `crate::watch`).
    let watch_tx = tx.clone();
    let result = input::spawn(tx)
        .and_then(|()| crate::watch::attach(&mut app, move |a| watch_tx.send(Event::Action(a)).is_ok()))
        .and_then(|()| event_loop(&mut tui, &mut app, &rx, &screen));
    // Keep the signal thread from restoring over our own restore.
    let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
    terminal::restore();
    result
}

/// How much of the screen the next frame must paint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Paint {
    Nothing,
    /// The cells that changed since the last frame (ratatui's diff).
    Changes,
    /// Every cell: the screen may not show what the last frame drew.
    Everything,
}

fn event_loop(
    tui: &mut terminal::Tui,
    app: &mut App,
    rx: &mpsc::Receiver<Event>,
    screen: &Mutex<()>,
) -> io::Result<()> {
    let size = tui.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut hits = Hits::default();
    let mut paint = Paint::Changes;
    let mut first = true;
    loop {
        if paint > Paint::Nothing {
            hits = draw(tui, app, screen, paint == Paint::Everything)?;
            paint = Paint::Nothing;
            if std::mem::take(&mut first) {
                test_panic();
            }
            // Tell `update` what the frame could show; redraw if that moved anything.
            if hits.viewport != app.measured && app.update(Action::Viewport(hits.viewport)) {
                paint = Paint::Changes;
            }
            continue;
        }
        if app.quit {
            return Ok(());
        }
        // Block until something happens: no timer, no polling.
        let Ok(first) = rx.recv() else {
            return Ok(());
        };
        // Handle everything already queued (key repeat, a burst of wheel events, a resize
        // storm) before the next frame, so a slow terminal never falls behind the keyboard.
        for ev in std::iter::once(first).chain(rx.try_iter()) {
            paint = paint.max(handle(app, &hits, ev, screen)?);
            if app.quit {
                return Ok(());
            }
        }
    }
}

/// Applies one event; returns what to repaint.
fn handle(app: &mut App, hits: &Hits, ev: Event, screen: &Mutex<()>) -> io::Result<Paint> {
    let action = match ev {
        Event::Term(TermEvent::Key(key)) => keymap::lookup(&key, app.mode(), app.panel),
        Event::Term(TermEvent::Mouse(m)) => ui::mouse_action(app, hits, &m),
        Event::Term(TermEvent::Resize(w, h)) => Some(Action::Resize(w, h)),
        Event::Term(_) => None,
        Event::Action(a) => Some(a),
        // `fg` after Ctrl-Z (already set up again, below) or `kill -CONT` after a stop the
        // console never saw: either way a shell may have written over the screen.
        Event::Continued => return Ok(Paint::Everything),
        Event::InputClosed(why) => return Err(io::Error::other(format!("terminal input ended: {why}"))),
    };
    let Some(action) = action else {
        return Ok(Paint::Nothing);
    };
    match action {
        // Ctrl-L; and any resize, since a terminal may reflow or cut what it shows even when the
        // size ends up unchanged, while ratatui would repaint only the cells it thinks changed.
        Action::Redraw | Action::Resize(..) => {
            app.update(action);
            Ok(Paint::Everything)
        }
        Action::Suspend => {
            {
                let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
                terminal::suspend()?;
            }
            // Continued (or never stopped): take the terminal back; draw everything anew.
            terminal::resume()?;
            Ok(Paint::Everything)
        }
        other => Ok(if app.update(other) {
            Paint::Changes
        } else {
            Paint::Nothing
        }),
    }
}

/// Draws one frame inside synchronized output, so the terminal shows it whole. With
/// `everything`, the screen and ratatui's last frame are cleared first, so every cell is
/// written again.
fn draw(tui: &mut terminal::Tui, app: &App, screen: &Mutex<()>, everything: bool) -> io::Result<Hits> {
    let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
    queue!(tui.backend_mut(), BeginSynchronizedUpdate)?;
    if everything {
        // Not Terminal::clear(): it asks the terminal for the cursor position, and the input
        // thread would take the answer (a 2 s stall, longer over SSH). Resizing to the current
        // area clears the screen and the last frame without asking anything.
        let area = tui.size()?;
        tui.resize(Rect::new(0, 0, area.width, area.height))?;
    }
    let mut hits = Hits::default();
    tui.draw(|f| hits = ui::draw(app, f.area(), f.buffer_mut()))?;
    execute!(tui.backend_mut(), EndSynchronizedUpdate)?;
    Ok(hits)
}

/// A hidden trigger for the pty tests: `P06_TEST_PANIC=1` panics once the first frame is on
/// screen, to prove the terminal is restored and the message readable. Debug builds only;
/// release builds ignore the variable.
fn test_panic() {
    #[cfg(debug_assertions)]
    if std::env::var_os("P06_TEST_PANIC").is_some_and(|v| v == "1") {
        panic!("P06_TEST_PANIC=1: a deliberate panic, to test that the terminal is restored");
    }
}
