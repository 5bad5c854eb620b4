//! The console's terminal side: set-up and restore (`terminal`), the panic hook (`panic`), the
//! signal thread (`signals`), the input thread and event channel (`input`), and the event
//! loop here, which draws only when something changed.

mod input;
mod panic;
mod signals;
pub mod terminal;

use std::io;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use crossterm::event::Event as TermEvent;
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use crossterm::{execute, queue};

use crate::app::{Action, App, keymap};
use crate::ui::{self, Hits};

pub use input::Event;

/// Runs the console until the user quits. The terminal is restored on return, on panic and
/// on SIGTERM/SIGHUP.
pub fn run(mut app: App) -> io::Result<()> {
    panic::install();
    let screen = Arc::new(Mutex::new(()));
    signals::spawn(Arc::clone(&screen))?;
    let mut tui = terminal::enter()?;
    let (tx, rx) = mpsc::channel();
    let result = input::spawn(tx).and_then(|()| event_loop(&mut tui, &mut app, &rx, &screen));
    // Keep the signal thread from restoring over our own restore.
    let _guard = screen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    terminal::restore();
    result
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
    let mut dirty = true;
    loop {
        if dirty {
            hits = draw(tui, app, screen)?;
            dirty = false;
            // Tell `update` what the frame could show; redraw if that moved anything.
            if hits.viewport != app.measured {
                dirty = app.update(Action::Viewport(hits.viewport));
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
        // Handle everything already queued (key repeat, a burst of wheel events) before the
        // next frame, so a slow terminal never falls behind the keyboard.
        for ev in std::iter::once(first).chain(rx.try_iter()) {
            dirty |= handle(tui, app, &hits, ev)?;
            if app.quit {
                return Ok(());
            }
        }
    }
}

/// Applies one event; returns whether to redraw.
fn handle(tui: &mut terminal::Tui, app: &mut App, hits: &Hits, ev: Event) -> io::Result<bool> {
    let action = match ev {
        Event::Term(TermEvent::Key(key)) => keymap::lookup(&key, app.mode(), app.panel),
        Event::Term(TermEvent::Mouse(m)) => ui::mouse_action(app, hits, &m),
        Event::Term(TermEvent::Resize(w, h)) => Some(Action::Resize(w, h)),
        Event::Term(_) => None,
        Event::Action(a) => Some(a),
        Event::InputClosed(why) => return Err(io::Error::other(format!("terminal input ended: {why}"))),
    };
    let Some(action) = action else {
        return Ok(false);
    };
    match action {
        Action::Redraw => {
            // Terminal::clear() would ask the terminal for the cursor position, which the
            // input thread's pending read would swallow (a 2 s stall, worse over SSH);
            // resizing to the same area clears the screen and the back buffer without asking.
            let area = tui.size()?;
            tui.resize(ratatui::layout::Rect::new(0, 0, area.width, area.height))?;
            app.update(action);
            Ok(true)
        }
        // Ratatui's autoresize adapts the buffers on the next draw; always redraw.
        Action::Resize(..) => {
            app.update(action);
            Ok(true)
        }
        other => Ok(app.update(other)),
    }
}

/// Draws one frame inside synchronized output, so the terminal shows it whole.
fn draw(tui: &mut terminal::Tui, app: &App, screen: &Mutex<()>) -> io::Result<Hits> {
    let _guard = screen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    queue!(tui.backend_mut(), BeginSynchronizedUpdate)?;
    let mut hits = Hits::default();
    tui.draw(|f| hits = ui::draw(app, f.area(), f.buffer_mut()))?;
    execute!(tui.backend_mut(), EndSynchronizedUpdate)?;
    Ok(hits)
}
