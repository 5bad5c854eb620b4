//! Entering and leaving the console's terminal mode: raw mode, the alternate screen, mouse
//! capture and a hidden cursor; and restoring all of it, from any thread, on any exit path.

use std::io::{self, Stdout, Write, stdout};

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

/// The terminal the console draws on.
pub type Tui = Terminal<CrosstermBackend<Stdout>>;

/// Switches the terminal into the console's mode. On failure, whatever was switched is
/// switched back before the error returns.
pub fn enter() -> io::Result<Tui> {
    enable_raw_mode()?;
    let setup = execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)
        .and_then(|()| Terminal::new(CrosstermBackend::new(stdout())));
    if setup.is_err() {
        restore();
    }
    setup
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
