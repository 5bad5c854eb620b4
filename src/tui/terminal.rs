//! Entering and leaving the console's terminal mode: raw mode, the alternate screen, mouse
//! capture and a hidden cursor; restoring all of it, from any thread, on any exit path; and
//! handing the terminal to the shell on Ctrl-Z (or SIGTSTP) and taking it back on `fg`.

use std::io::{self, Stdout, Write, stdout};
use std::mem::ManuallyDrop;

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal the console draws on. Never dropped: ratatui's `Drop` shows the cursor again
/// and, when that fails (the tty is gone), `eprintln!`s, which panics on a dead stderr.
/// [`restore`] shows the cursor itself.
pub type Tui = ManuallyDrop<Terminal<CrosstermBackend<Stdout>>>;

/// Switches the terminal into the console's mode. On failure, whatever was switched is
/// switched back before the error returns.
pub fn enter() -> io::Result<Tui> {
    let setup = set_up().and_then(|()| Terminal::new(CrosstermBackend::new(stdout())));
    match setup {
        Ok(t) => Ok(ManuallyDrop::new(t)),
        Err(e) => {
            restore();
            Err(e)
        }
    }
}

/// Raw mode, the alternate screen, mouse capture; the cursor is hidden by each frame.
fn set_up() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)
}

/// Puts the terminal back as the shell expects it: synchronized output ended (in case a
/// frame was cut short), mouse capture off, main screen, cursor shown, raw mode off. Safe to
/// call more than once and from the signal thread or the panic hook; errors are ignored
/// because there is nowhere left to report them (the terminal may be gone, as on SIGHUP).
pub fn restore() {
    let mut out = stdout();
    let _ = execute!(
        out,
        EndSynchronizedUpdate,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
    let _ = out.flush();
    let _ = disable_raw_mode();
}

/// Ctrl-Z, or a SIGTSTP from `kill`: gives the terminal back to the shell and stops the
/// process, as SIGTSTP would have had the terminal not been in raw mode. Returns once the process is continued (`fg`), or at
/// once when the kernel discards the stop because no job-control shell could ever continue us
/// (an orphaned process group, as under `ssh host p06`). Either way the caller takes the
/// terminal back with [`resume`].
pub fn suspend() -> io::Result<()> {
    restore();
    super::sys::stop_by_default_sigtstp()
}

/// Takes the terminal back after a stop: raw mode, alternate screen and mouse capture again.
/// The caller repaints every cell, since the shell has drawn over the screen meanwhile.
pub fn resume() -> io::Result<()> {
    set_up()
}
