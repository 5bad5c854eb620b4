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
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use crossterm::event::Event as TermEvent;
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use crossterm::{execute, queue};
use ratatui::layout::Rect;

use crate::app::{Action, App, Mode, Panel, keymap};
use crate::load::LoadProgress;
use crate::ui::{self, Hits};

pub use input::Event;

/// How often, at most, the loading screen redraws: often enough to look alive, rarely enough
/// to cost nothing next to the load.
pub const PROGRESS_EVERY: Duration = Duration::from_millis(50);

/// Runs the console until the user quits. The terminal is restored on return, on panic, on
/// SIGTERM/SIGHUP and when the terminal goes away.
pub fn run(app: App) -> io::Result<()> {
    session(Start::Ready(Box::new(app)))
}

/// Like [`run`], but the data is still to be read: the terminal starts at once and shows a
/// loading screen with `progress` while `load` runs on a background thread; `q` or Ctrl-C
/// quit at once (the load is abandoned, and ends with the process). `what` names the data.
pub fn run_loading(
    progress: Arc<LoadProgress>,
    what: String,
    lang: crate::present::Lang,
    load: impl FnOnce() -> App + Send + 'static,
) -> io::Result<()> {
    session(Start::Loading {
        progress,
        what: (what, lang),
        load: Box::new(load),
    })
}

enum Start {
    Ready(Box<App>),
    Loading {
        progress: Arc<LoadProgress>,
        /// What is being read, and the language to say it in.
        what: (String, crate::present::Lang),
        load: Box<dyn FnOnce() -> App + Send>,
    },
}

fn session(start: Start) -> io::Result<()> {
    panic::install();
    let screen = Arc::new(Mutex::new(()));
    let (tx, rx) = mpsc::channel();
    signals::spawn(Arc::clone(&screen), tx.clone())?;
    signals::spawn_hangup(Arc::clone(&screen))?;
    let mut tui = terminal::enter()?;
    let result = input::spawn(tx.clone()).and_then(|()| {
        let mut app = match start {
            Start::Ready(app) => *app,
            Start::Loading { progress, what, load } => {
                match loading(&mut tui, &progress, &what, load, &tx, &rx, &screen)? {
                    Some(app) => app,
                    None => return Ok(()),
                }
            }
        };
        // The file watcher's loader feeds the same channel (live reload, `crate::watch`).
        if app.directions.date.is_some() {
            let tx = tx.clone();
            let (dir, cat) = (app.directions.dir.clone(), app.review.ds.catalogue.clone());
            crate::meetings::console::spawn_watcher(dir, cat, move |a| tx.send(Event::Action(a)).is_ok())?;
        }
        crate::watch::attach(&mut app, move |a| tx.send(Event::Action(a)).is_ok())?;
        event_loop(&mut tui, &mut app, &rx, &screen)
    });
    // Keep the signal thread from restoring over our own restore.
    let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
    terminal::restore();
    result
}

/// Shows the loading screen until `load` (started here on its own thread) is done; `None`
/// when the user quit first. A second thread looks at the counter every
/// [`PROGRESS_EVERY`] and sends [`Event::Progress`] only when it moved, so the screen is
/// redrawn at most that often and not at all while nothing happens.
fn loading(
    tui: &mut terminal::Tui,
    progress: &Arc<LoadProgress>,
    what: &(String, crate::present::Lang),
    load: Box<dyn FnOnce() -> App + Send>,
    tx: &mpsc::Sender<Event>,
    rx: &mpsc::Receiver<Event>,
    screen: &Mutex<()>,
) -> io::Result<Option<App>> {
    let finished = Arc::new(AtomicBool::new(false));
    {
        let (tx, finished) = (tx.clone(), Arc::clone(&finished));
        thread::Builder::new().name("p06-load".into()).spawn(move || {
            let app = load();
            finished.store(true, Ordering::Relaxed);
            let _ = tx.send(Event::Ready(Box::new(app)));
        })?;
    }
    {
        let (tx, finished, progress) = (tx.clone(), Arc::clone(&finished), Arc::clone(progress));
        thread::Builder::new()
            .name("p06-progress".into())
            .spawn(move || {
                let mut shown = (0, 0);
                while !finished.load(Ordering::Relaxed) {
                    thread::sleep(PROGRESS_EVERY);
                    let now = (
                        progress.done.load(Ordering::Relaxed),
                        progress.total.load(Ordering::Relaxed),
                    );
                    if now != shown {
                        shown = now;
                        if tx.send(Event::Progress).is_err() {
                            return;
                        }
                    }
                }
            })?;
    }
    let mut paint = Paint::Changes;
    loop {
        if paint > Paint::Nothing {
            let (done, total) = (
                progress.done.load(Ordering::Relaxed),
                progress.total.load(Ordering::Relaxed),
            );
            paint_frame(tui, screen, paint == Paint::Everything, |area, buf| {
                ui::draw_loading(what.1, &what.0, done, total, area, buf);
            })?;
        }
        let Ok(ev) = rx.recv() else {
            return Ok(None);
        };
        paint = match ev {
            Event::Ready(app) => return Ok(Some(*app)),
            Event::Progress => Paint::Changes,
            Event::Term(TermEvent::Key(key)) => match keymap::lookup(&key, Mode::Normal, Panel::Overview) {
                Some(Action::Quit) => return Ok(None),
                Some(Action::Suspend) => {
                    suspend(screen)?;
                    Paint::Everything
                }
                _ => Paint::Nothing,
            },
            Event::Action(Action::Suspend) => {
                suspend(screen)?;
                Paint::Everything
            }
            Event::Term(TermEvent::Resize(..)) | Event::Continued => Paint::Everything,
            Event::InputClosed(why) => return Err(io::Error::other(format!("terminal input ended: {why}"))),
            Event::Term(_) | Event::Action(_) => Paint::Nothing,
        };
    }
}

/// Ctrl-Z or SIGTSTP: hands the terminal to the shell and stops; once continued (or never
/// stopped) takes it back. The caller draws everything anew.
fn suspend(screen: &Mutex<()>) -> io::Result<()> {
    {
        let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
        terminal::suspend()?;
    }
    terminal::resume()
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
    // When presentation's next slide is due (`--interval`); `None`: not counting.
    let mut due = None;
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
        // Block until something happens: no timer, no polling (but presentation's interval).
        let Some(first) = next_event(rx, app, &mut due) else {
            return Ok(());
        };
        let slide = app.presentation.slide;
        // Handle everything already queued (key repeat, a burst of wheel events, a resize
        // storm) before the next frame, so a slow terminal never falls behind the keyboard.
        for ev in std::iter::once(first).chain(rx.try_iter()) {
            paint = paint.max(handle(app, &hits, ev, screen)?);
            if app.quit {
                return Ok(());
            }
        }
        // A slide turned by hand gets the whole interval.
        if app.presentation.slide != slide {
            due = None;
        }
    }
}

/// Waits for the next event. Only while slides are shown with `--interval` does it wake on a
/// timer, to send [`Action::AutoAdvance`]; otherwise it blocks, costing nothing between keys.
/// `None`: every sender is gone.
fn next_event(rx: &mpsc::Receiver<Event>, app: &App, due: &mut Option<Instant>) -> Option<Event> {
    let p = &app.presentation;
    let Some(every) = p.interval.filter(|_| p.shown && !app.help) else {
        *due = None;
        return rx.recv().ok();
    };
    let at = *due.get_or_insert_with(|| Instant::now() + every);
    match rx.recv_timeout(at.saturating_duration_since(Instant::now())) {
        Ok(ev) => Some(ev),
        Err(mpsc::RecvTimeoutError::Timeout) => {
            *due = None;
            Some(Event::Action(Action::AutoAdvance))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => None,
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
        // Only sent before the app exists (`loading`).
        Event::Progress | Event::Ready(_) => return Ok(Paint::Nothing),
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
            suspend(screen)?;
            Ok(Paint::Everything)
        }
        other => {
            let changed = app.update(other);
            if app.directions.pending.is_some() {
                // A direction to write: done here, before the next frame, so the screen says
                // saved only once the disk has it.
                crate::meetings::console::perform(app);
                return Ok(Paint::Changes);
            }
            Ok(if changed { Paint::Changes } else { Paint::Nothing })
        }
    }
}

/// Draws one frame inside synchronized output, so the terminal shows it whole. With
/// `everything`, the screen and ratatui's last frame are cleared first, so every cell is
/// written again.
fn draw(tui: &mut terminal::Tui, app: &App, screen: &Mutex<()>, everything: bool) -> io::Result<Hits> {
    let mut hits = Hits::default();
    paint_frame(tui, screen, everything, |area, buf| {
        hits = ui::draw(app, area, buf)
    })?;
    Ok(hits)
}

/// [`draw`] for any renderer: one synchronized frame, everything repainted when asked.
fn paint_frame(
    tui: &mut terminal::Tui,
    screen: &Mutex<()>,
    everything: bool,
    render: impl FnOnce(Rect, &mut ratatui::buffer::Buffer),
) -> io::Result<()> {
    let _guard = screen.lock().unwrap_or_else(PoisonError::into_inner);
    queue!(tui.backend_mut(), BeginSynchronizedUpdate)?;
    if everything {
        // Not Terminal::clear(): it asks the terminal for the cursor position, and the input
        // thread would take the answer (a 2 s stall, longer over SSH). Resizing to the current
        // area clears the screen and the last frame without asking anything.
        let area = tui.size()?;
        tui.resize(Rect::new(0, 0, area.width, area.height))?;
    }
    tui.draw(|f| render(f.area(), f.buffer_mut()))?;
    execute!(tui.backend_mut(), EndSynchronizedUpdate)?;
    Ok(())
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
