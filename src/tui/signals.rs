//! The signal thread. SIGTERM, SIGHUP (and SIGINT, SIGQUIT from `kill`; in raw mode Ctrl-C is
//! a key, not a signal) restore the terminal and exit with 128 + the signal number, as a shell
//! would report it. SIGCONT (`fg` after Ctrl-Z, or `kill -CONT` after a stop) tells the event
//! loop to repaint every cell, since a shell may have written over the screen meanwhile.
//!
//! A terminal can also vanish without a SIGHUP reaching p06 (started with `setsid`, or the
//! terminal is not its session's): the hang-up thread notices that and ends the console the
//! same way, since crossterm's reader would otherwise spin at 100 % CPU forever on the dead tty
//! (crossterm#793: a hung-up tty reads as end-of-file, and its read loop retries).
//!
//! SIGUSR1, SIGUSR2 and SIGALRM would end the process by default, leaving the terminal in raw
//! mode on the alternate screen: they end it the same way as SIGTERM, restored.
//!
//! SIGTSTP from another process (`kill -TSTP`; Ctrl-Z arrives as a key in raw mode) asks the
//! event loop to suspend exactly as Ctrl-Z does: restore the terminal, stop by SIGTSTP's
//! default action (so stopping or not, with no job-control shell to continue us, stays the
//! kernel's decision; `sys::stop_by_default_sigtstp`), and take the terminal back on `fg`.

use std::fs::File;
use std::io::{self, IsTerminal};
use std::os::fd::AsRawFd;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::thread;

use signal_hook::consts::{SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2};
use signal_hook::iterator::Signals;

use super::input::Event;
use super::{sys, terminal};
use crate::app::Action;

/// Starts the signal thread. `screen` is held by the event loop while it draws, so a
/// restore never lands in the middle of a frame.
pub fn spawn(screen: Arc<Mutex<()>>, tx: Sender<Event>) -> io::Result<()> {
    let mut signals = Signals::new([
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGCONT, SIGTSTP,
    ])?;
    thread::Builder::new().name("p06-signals".into()).spawn(move || {
        for sig in signals.forever() {
            // The loop may be gone already (quitting); the thread must live on for SIGTERM
            // and SIGHUP until the process ends, so only the send is skipped.
            match sig {
                SIGCONT => {
                    let _ = tx.send(Event::Continued);
                }
                SIGTSTP => {
                    let _ = tx.send(Event::Action(Action::Suspend));
                }
                _ => end(&screen, sig),
            }
        }
    })?;
    Ok(())
}

/// Starts the hang-up thread: it waits in poll(2) for the terminal crossterm reads (standard
/// input, or `/dev/tty` when that is not one) to hang up, then ends the console as SIGHUP
/// would. It never reads, so it takes no input away, and costs nothing until then.
pub fn spawn_hangup(screen: Arc<Mutex<()>>) -> io::Result<()> {
    let tty = if io::stdin().is_terminal() {
        None
    } else {
        Some(File::open("/dev/tty")?)
    };
    thread::Builder::new().name("p06-hangup".into()).spawn(move || {
        let fd = tty.as_ref().map_or(io::stdin().as_raw_fd(), File::as_raw_fd);
        if sys::wait_for_hangup(fd).is_ok() {
            end(&screen, SIGHUP);
        }
    })?;
    Ok(())
}

/// Restores the terminal and exits with 128 + `sig`, as a shell reports a death by signal.
fn end(screen: &Mutex<()>, sig: i32) -> ! {
    // A poisoned lock only means the drawing thread panicked; restoring is still right.
    let _guard = screen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    terminal::restore();
    std::process::exit(128 + sig);
}
