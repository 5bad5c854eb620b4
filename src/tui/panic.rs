//! The panic hook: restore the terminal first, then hand over to the hook installed before
//! (color-eyre's, installed by `main`), so the message prints on the normal screen, readable.

use super::terminal;

/// Chains a terminal-restoring hook in front of the current one.
pub fn install() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        terminal::restore();
        previous(info);
    }));
}
