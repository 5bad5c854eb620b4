//! The event channel and the input thread. Terminal input is read on its own thread and sent
//! down an mpsc channel, so the event loop blocks on one receiver that other sources (the
//! signal thread, a file watcher) feed too.

use std::sync::mpsc::Sender;
use std::thread;

use crossterm::event::Event as TermEvent;

use crate::app::{Action, App};

/// One thing for the event loop to handle.
#[derive(Debug)]
pub enum Event {
    /// A key, mouse or resize event from the terminal.
    Term(TermEvent),
    /// An action from elsewhere (a watcher's reload).
    Action(Action),
    /// The process was stopped and has been continued (`fg`, SIGCONT): a shell may have
    /// written over the screen meanwhile.
    Continued,
    /// The terminal input ended or failed; the console cannot go on.
    InputClosed(String),
    /// The background load read more files (at most every [`super::PROGRESS_EVERY`]).
    Progress,
    /// The background load is done: the console to run.
    Ready(Box<App>),
}

/// Starts the input thread. It blocks in `crossterm::event::read`, so it costs nothing while
/// the user does nothing. crossterm's reader spins on a terminal that has hung up
/// (crossterm#793) instead of returning; `signals::spawn_hangup` ends the process then.
pub fn spawn(tx: Sender<Event>) -> std::io::Result<()> {
    thread::Builder::new().name("p06-input".into()).spawn(move || {
        loop {
            let ev = match crossterm::event::read() {
                Ok(ev) => Event::Term(ev),
                Err(e) => {
                    let _ = tx.send(Event::InputClosed(e.to_string()));
                    return;
                }
            };
            if tx.send(ev).is_err() {
                return;
            }
        }
    })?;
    Ok(())
}
