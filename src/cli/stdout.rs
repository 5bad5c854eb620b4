//! Standard output as the commands write it: every write error but a reader quitting early
//! ends p06 with status 2 and one `p06: ` line, never a backtrace, never a status that means
//! something else (1 is "the data has errors" for `check`).
//!
//! A closed descriptor is the awkward case: the standard library quietly drops writes to a
//! closed standard output, and the first file p06 opened would be given its number. So
//! [`guard`] runs first thing, notes which of the three are closed and parks `/dev/null` on
//! them; [`write`] then refuses to pretend it wrote.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use super::EXIT_CANNOT_RUN;

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Whether standard output was closed when the process started. The standard library parks
/// `/dev/null` on closed standard descriptors before `main`, so by then a closed standard output
/// looks like an open one; this runs earlier, with the program's constructors.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static NOTE_CLOSED_STDOUT: extern "C" fn() = {
    extern "C" fn note() {
        // SAFETY: fcntl(2) with F_GETFD only reads the descriptor's flags.
        let closed = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) } == -1;
        STDOUT_CLOSED.store(closed, Ordering::Relaxed);
    }
    note
};

/// Fills each closed standard descriptor with `/dev/null` so that no file p06 opens later
/// takes its number (the standard library does this too; this is for when it did not), and
/// notes a closed standard output. Call first thing in `main`.
pub fn guard() {
    for fd in 0..=2 {
        // SAFETY: fcntl(2) with F_GETFD only reads the descriptor's flags.
        if unsafe { libc::fcntl(fd, libc::F_GETFD) } != -1 {
            continue;
        }
        if fd == libc::STDOUT_FILENO {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
        }
        // The lowest free number is taken, and the lower ones are open by now: this is `fd`.
        // SAFETY: a NUL-terminated literal path. The descriptor is deliberately never closed.
        let _ = unsafe { libc::open(c"/dev/null".as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) };
    }
}

/// Writes `bytes` to standard output. A closed pipe (`p06 report … | head`) is not an error;
/// any other failure is told on stderr and comes back as the status to exit with.
pub fn write(bytes: impl AsRef<[u8]>) -> Result<(), ExitCode> {
    let result = if STDOUT_CLOSED.load(Ordering::Relaxed) {
        Err(io::Error::other("it is closed"))
    } else {
        let mut stdout = io::stdout().lock();
        stdout.write_all(bytes.as_ref()).and_then(|()| stdout.flush())
    };
    match result {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            eprintln!("p06: cannot write to standard output: {e}");
            Err(ExitCode::from(EXIT_CANNOT_RUN))
        }
    }
}

/// What clap has to say instead of running (`--help`, `--version`, a usage error), printed the
/// way clap would but with standard output's failures reported like any other write's.
pub fn clap_exit(e: &clap::Error) -> ExitCode {
    if e.use_stderr() {
        // Usage errors: clap's own message and status (2) on stderr.
        let _ = e.print();
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_CANNOT_RUN));
    }
    let rendered = e.render();
    let text = if io::stdout().is_terminal() {
        rendered.ansi().to_string()
    } else {
        rendered.to_string()
    };
    match write(&text) {
        Ok(()) => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(0)),
        Err(code) => code,
    }
}
