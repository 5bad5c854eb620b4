//! The exclusive advisory lock on `MEETINGS/.p06.lock` (flock(2)): held for the whole
//! read-change-write of one meeting file, released when dropped or when the process dies.

use std::fs::File;
use std::path::Path;

use super::StoreError;

/// A held lock; closing the file releases it.
pub(super) struct Lock(#[allow(dead_code)] File);

impl Lock {
    /// Blocks until the lock is ours. The lock file is opened without following a symbolic
    /// link, and never written to.
    pub(super) fn take(path: &Path) -> Result<Self, StoreError> {
        let io = |e: std::io::Error| StoreError::Io {
            path: path.to_owned(),
            why: e.to_string(),
        };
        let mut options = std::fs::OpenOptions::new();
        options.read(true).write(true).create(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC);
        }
        let file = options.open(path).map_err(io)?;
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd;
            loop {
                // SAFETY: flock on a descriptor we own; no memory is passed.
                let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
                if rc == 0 {
                    break;
                }
                let err = std::io::Error::last_os_error();
                if err.kind() != std::io::ErrorKind::Interrupted {
                    return Err(io(err));
                }
            }
        }
        Ok(Self(file))
    }
}
