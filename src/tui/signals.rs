//! SIGTERM, SIGHUP (and SIGINT, SIGQUIT from `kill`; in raw mode Ctrl-C is a key, not a
//! signal): a signal-hook thread restores the terminal and exits with 128 + the signal
//! number, as a shell would report it.

use std::io;
use std::sync::{Arc, Mutex};
use std::thread;

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

use super::terminal;

/// Starts the signal thread. `screen` is held by the event loop while it draws, so a
/// restore never lands in the middle of a frame.
pub fn spawn(screen: Arc<Mutex<()>>) -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])?;
    thread::Builder::new().name("p06-signals".into()).spawn(move || {
        if let Some(sig) = signals.forever().next() {
            // A poisoned lock only means the drawing thread panicked; restoring is still right.
            let _guard = screen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            terminal::restore();
            std::process::exit(128 + sig);
        }
    })?;
    Ok(())
}
