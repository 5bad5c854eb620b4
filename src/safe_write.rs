//! The one way p06 writes a file (reports, meeting files, exports): a temporary file beside the
//! target, flushed, then renamed over the target, so no existing inode is ever written to and a
//! kill at any moment leaves either the old or the new content. Targets that are, or resolve
//! into, a protected directory (a data directory) are refused before anything is created.
//!
//! The guarantees, each tested in `safe_write/tests.rs` and `tests/it/safe_out.rs`:
//! - The destination is worked out the way the kernel would: `..`, symbolic links to folders,
//!   and a final name that is a link (a chain of links, a dangling link) are all followed to
//!   the file that would really change. A destination in a protected directory, or that
//!   directory itself, is refused; so is one whose folder is the same folder reached another
//!   way (compared by device and inode, up to the root: bind mounts).
//! - What a protected directory holds by another name is refused too: an existing target that
//!   is a hard link of a file in it, or the file or folder that a link in it points at
//!   (compared by device and inode with everything reachable from the directory, links
//!   followed as the loader follows them). This costs one walk of the directory's metadata per
//!   write, about what loading it costs in `stat` calls; a hard link elsewhere is replaced.
//! - The temporary file is created exclusively (`O_EXCL | O_NOFOLLOW`, a fresh name, mode
//!   0666 less the umask, like any new file) in the destination's folder, opened once by a
//!   descriptor whose inode is checked to be the folder that was judged; written, `fsync`ed,
//!   renamed over the final name (`renameat`, which replaces a name and never writes into what
//!   it named), and the folder `fsync`ed so the rename survives a crash. On any failure the
//!   temporary file is removed.

mod resolve;
#[cfg(test)]
mod tests;

use std::ffi::{CString, OsStr};
use std::fmt;
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Why a file was not written. Typed, so that each interface language renders it whole.
#[derive(Debug)]
pub enum WriteError {
    /// The target is, or resolves into, a protected directory (`protected` is the one it hit).
    Protected { target: PathBuf, protected: PathBuf },
    /// The target is another name (a hard link) of a file inside a protected directory.
    HardLink { target: PathBuf, protected: PathBuf },
    /// The target is a folder.
    IsFolder { target: PathBuf },
    /// The folder the target would go in does not exist (or is not a folder).
    NoFolder { target: PathBuf },
    /// The target is a chain of more symbolic links than the system follows (or a loop).
    TooManyLinks { target: PathBuf },
    /// The target's folder was replaced between being checked and being written in.
    Changed { target: PathBuf },
    /// The file system refused (permission, disk full, ...).
    Io { target: PathBuf, source: io::Error },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Protected { target, protected } => write!(
                f,
                "{} is inside the data directory {}; p06 never writes there, choose another place",
                target.display(),
                protected.display()
            ),
            WriteError::HardLink { target, protected } => write!(
                f,
                "{} is another name (a hard link) of a file in the data directory {}; p06 never \
                 writes there, choose another place",
                target.display(),
                protected.display()
            ),
            WriteError::IsFolder { target } => {
                write!(f, "cannot write {}: it is a folder", target.display())
            }
            WriteError::NoFolder { target } => write!(
                f,
                "cannot write {}: the folder it would go in does not exist",
                target.display()
            ),
            WriteError::TooManyLinks { target } => write!(
                f,
                "cannot write {}: too many symbolic links (or a loop of them)",
                target.display()
            ),
            WriteError::Changed { target } => write!(
                f,
                "cannot write {}: its folder changed while it was being written; nothing was written",
                target.display()
            ),
            WriteError::Io { target, source } => write!(f, "cannot write {}: {source}", target.display()),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Writes `bytes` to `target` atomically, refusing any target inside one of `protected` (see
/// the module's documentation for every check). A target that is a symbolic link is followed:
/// the file it names is replaced, not the link.
pub fn write_atomic(target: &Path, bytes: &[u8], protected: &[&Path]) -> Result<(), WriteError> {
    let dest = resolve::destination(target, protected)?;
    let io_err = |source| WriteError::Io {
        target: target.to_path_buf(),
        source,
    };
    let dir = File::options()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(&dest.dir)
        .map_err(io_err)?;
    let meta = dir.metadata().map_err(io_err)?;
    if (meta.dev(), meta.ino()) != dest.dir_id {
        return Err(WriteError::Changed {
            target: target.to_path_buf(),
        });
    }
    let (tmp, file) = create_temp(&dir).map_err(io_err)?;
    let written = (|| {
        let mut file = file;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        renameat(&dir, &tmp, &dest.name)
    })();
    if let Err(e) = written {
        unlinkat(&dir, &tmp);
        return Err(io_err(e));
    }
    // The rename is durable only once the folder is: without this a crash can bring back the
    // old file (or none) even though the write was reported done.
    dir.sync_all().map_err(io_err)
}

/// Whether `path` would land inside `dir`, following symbolic links and `..`. A file that does
/// not exist yet is judged by its folder.
#[must_use]
pub fn inside(dir: &Path, path: &Path) -> bool {
    matches!(
        resolve::destination(path, &[dir]),
        Err(WriteError::Protected { .. } | WriteError::HardLink { .. })
    )
}

fn c_name(name: &OsStr) -> io::Result<CString> {
    CString::new(name.as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "a NUL byte in a name"))
}

/// Creates a fresh temporary file in `dir`: exclusive, never through a link, a new name on
/// every attempt (process id, a counter, the clock) so that concurrent writers never meet.
fn create_temp(dir: &File) -> io::Result<(CString, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut last = io::Error::from(io::ErrorKind::AlreadyExists);
    for _ in 0..64 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let name = c_name(OsStr::new(&format!(
            ".p06-{}-{n}-{nanos}.tmp",
            std::process::id()
        )))?;
        let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW | libc::O_CLOEXEC;
        // SAFETY: `dir` is an open descriptor and `name` a NUL-terminated string, both alive for
        // the call; the mode is passed as the variadic argument openat(2) expects with O_CREAT.
        let fd = unsafe { libc::openat(dir.as_raw_fd(), name.as_ptr(), flags, 0o666 as libc::c_uint) };
        if fd >= 0 {
            // SAFETY: `fd` was just returned by openat(2) and is owned by nothing else.
            let owned = unsafe { OwnedFd::from_raw_fd(fd) };
            return Ok((name, File::from(owned)));
        }
        last = io::Error::last_os_error();
        if last.kind() != io::ErrorKind::AlreadyExists {
            return Err(last);
        }
    }
    Err(last)
}

fn renameat(dir: &File, from: &CString, to: &OsStr) -> io::Result<()> {
    let to = c_name(to)?;
    // SAFETY: one open descriptor and two NUL-terminated strings, all alive for the call.
    let rc = unsafe { libc::renameat(dir.as_raw_fd(), from.as_ptr(), dir.as_raw_fd(), to.as_ptr()) };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

fn unlinkat(dir: &File, name: &CString) {
    // SAFETY: an open descriptor and a NUL-terminated string, alive for the call. Failure is
    // ignored: this only tidies up after an error that is already being reported.
    let _ = unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), 0) };
}
