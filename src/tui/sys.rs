//! The one system call std does not offer: poll(2), to wait for the terminal to hang up.

use std::io;
use std::os::fd::RawFd;

/// Blocks until `tty` hangs up (or is in error, or is closed), without reading from it and
/// without a timeout: it asks poll(2) for no event at all, and poll always reports these.
/// Other readers of the terminal are unaffected.
pub fn wait_for_hangup(tty: RawFd) -> io::Result<()> {
    loop {
        let mut fd = libc::pollfd {
            fd: tty,
            events: 0,
            revents: 0,
        };
        // SAFETY: `fd` is one live, writable `pollfd` for the whole call, and the count passed
        // is 1; poll(2) only writes its `revents`.
        let n = unsafe { libc::poll(&raw mut fd, 1, -1) };
        // With no event asked for, anything reported is one of these three.
        if n > 0 {
            debug_assert!(fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0);
            return Ok(());
        }
        let err = io::Error::last_os_error();
        // A signal handler ran (SIGWINCH, say); poll(2) is never restarted, so wait again.
        if n < 0 && err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}
