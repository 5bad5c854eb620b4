//! The panic hook: restore the terminal first, then hand over to the hook installed before
//! (color-eyre's, installed by `main`), so the message prints on the normal screen, readable.
//!
//! A panic on a helper thread (input, signals, a watcher) ends the process too: the terminal
//! is already restored by then, and a console left running without its input or its screen
//! would only look frozen.

use super::terminal;

/// Chains a terminal-restoring hook in front of the current one.
pub fn install() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        terminal::restore();
        previous(info);
        if std::thread::current().name() != Some("main") {
            std::process::exit(101);
        }
    }));
}
