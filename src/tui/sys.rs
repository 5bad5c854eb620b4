//! The system calls std does not offer: poll(2), to wait for the terminal to hang up, and
//! sigaction(2), to stop as SIGTSTP's default action would while p06 catches SIGTSTP.

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

/// Stops the process exactly as an uncaught SIGTSTP would: p06 catches SIGTSTP (so that one
/// sent by `kill` restores the terminal first), so the default action is put back for the
/// moment of a raise(3), then the catching handler is reinstated. The kernel still decides:
/// in an orphaned process group (no job-control shell could ever continue us) the stop is
/// discarded and this returns at once; otherwise it returns when the process is continued.
/// SIGSTOP would stop even an orphaned process for good.
pub fn stop_by_default_sigtstp() -> io::Result<()> {
    // SAFETY: an all-zero `sigaction` is a valid value of the plain C struct; it is given the
    // default disposition and an empty mask before use.
    let mut default: libc::sigaction = unsafe { std::mem::zeroed() };
    default.sa_sigaction = libc::SIG_DFL;
    // SAFETY: as above; filled in by sigaction(2) below.
    let mut caught: libc::sigaction = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live locals for the whole call; sigaction(2) reads the
    // first and writes the second.
    if unsafe { libc::sigaction(libc::SIGTSTP, &raw const default, &raw mut caught) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: raise(3) has no memory effects; with the default action the process stops here.
    let raised = unsafe { libc::raise(libc::SIGTSTP) };
    let raise_err = io::Error::last_os_error();
    // SAFETY: reinstates exactly the action read above (signal-hook's handler).
    if unsafe { libc::sigaction(libc::SIGTSTP, &raw const caught, std::ptr::null_mut()) } != 0 {
        return Err(io::Error::last_os_error());
    }
    if raised != 0 {
        return Err(raise_err);
    }
    Ok(())
}
