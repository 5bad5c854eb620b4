//! Finding and reading snapshot files on disk: recursive, hidden entries skipped, only `*.json`,
//! symlinks followed with loops reported (not fatal), and a size limit checked before reading.
//! Nothing here can block: files are opened without waiting (a named pipe with no writer, a
//! device) and anything that is not a regular file is a problem, never read.

use std::fs::File;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::problem::{Problem, Severity};

/// Files larger than this are rejected without being read whole (spec section 1).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A snapshot file found under `DATA/snapshots`.
pub(crate) struct Found {
    /// Relative to DATA, `/`-separated.
    pub rel: String,
    pub abs: PathBuf,
}

/// Path of `abs` relative to `root`, with `/` separators on every platform.
pub(crate) fn relative(root: &Path, abs: &Path) -> String {
    let rel = abs.strip_prefix(root).unwrap_or(abs);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// Walks `data/snapshots`. Problems are for entries that could not be walked.
pub(crate) fn find_snapshots(data: &Path) -> (Vec<Found>, Vec<Problem>) {
    let dir = data.join("snapshots");
    let mut found = Vec::new();
    let mut problems = Vec::new();
    // No `snapshots` at all is a data set with no snapshots yet; one that is something else
    // (a file, a dangling link) is a mistake that would otherwise pass for that.
    match std::fs::metadata(&dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            problems.push(Problem::whole_file(
                Severity::Error,
                "snapshots",
                "is not a folder, so no snapshot was read",
            ));
            return (found, problems);
        }
        Err(e) => {
            if std::fs::symlink_metadata(&dir).is_ok() {
                problems.push(Problem::whole_file(
                    Severity::Error,
                    "snapshots",
                    format!("cannot be read, so no snapshot was read: {}", io_reason(Some(&e))),
                ));
            }
            return (found, problems);
        }
    }
    let walker = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let is_json = e.path().extension().is_some_and(|x| x == "json");
                if is_json {
                    found.push(Found {
                        rel: relative(data, e.path()),
                        abs: e.into_path(),
                    });
                }
            }
            Ok(e) if e.depth() > 0 && e.path().extension().is_some_and(|x| x == "json") => {
                let (severity, message) = if e.file_type().is_dir() {
                    // Its files are read like any others; only the name is misleading.
                    (
                        Severity::Warning,
                        "is a folder, not a file; the files in it are read",
                    )
                } else {
                    (Severity::Error, NOT_REGULAR)
                };
                problems.push(Problem::whole_file(severity, &relative(data, e.path()), message));
            }
            Ok(_) => {}
            Err(err) => {
                let path = err
                    .path()
                    .map_or_else(|| "snapshots".to_owned(), |p| relative(data, p));
                let (severity, message) = if err.loop_ancestor().is_some() {
                    (
                        Severity::Warning,
                        "a symbolic link here loops back to a folder above it; it is skipped".to_owned(),
                    )
                } else {
                    (
                        Severity::Error,
                        format!("cannot be read: {}", io_reason(err.io_error())),
                    )
                };
                problems.push(Problem::whole_file(severity, &path, message));
            }
        }
    }
    (found, problems)
}

fn io_reason(err: Option<&std::io::Error>) -> String {
    match err {
        Some(e) if e.kind() == std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        Some(e) if e.kind() == std::io::ErrorKind::NotFound => {
            "it is gone (a broken link, or removed while reading)".into()
        }
        Some(e) => e.to_string(),
        None => "unknown error".into(),
    }
}

/// Why a named pipe, a device or a socket is not read (opening or reading one can wait for ever).
const NOT_REGULAR: &str = "is not a regular file (a named pipe, a device or a socket), so it was not read";

/// Files under /proc and /sys pass for regular files, yet reading one can wait for ever or
/// change the system (reading `/proc/kmsg` consumes the kernel's log).
const KERNEL_FILE: &str =
    "cannot be read: it is a file of the running system (under /proc or /sys), not data";

#[cfg(target_os = "linux")]
fn is_kernel_file(file: &File) -> bool {
    use std::os::fd::AsRawFd;
    const PROC_SUPER_MAGIC: i64 = 0x9fa0;
    const SYSFS_MAGIC: i64 = 0x6265_6572;
    // SAFETY: an all-zero `statfs` is a valid value of this plain C struct.
    let mut fs: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: an open descriptor and a live, writable `statfs` for the whole call.
    let rc = unsafe { libc::fstatfs(file.as_raw_fd(), &raw mut fs) };
    #[allow(clippy::useless_conversion)] // f_type's width differs between targets.
    let kind = i64::from(fs.f_type);
    rc == 0 && (kind == PROC_SUPER_MAGIC || kind == SYSFS_MAGIC)
}

#[cfg(not(target_os = "linux"))]
fn is_kernel_file(_: &File) -> bool {
    false
}

/// Reads a file whole, unless it is over the size limit or not a regular file; the error is
/// ready to show. Never blocks: the file is opened with `O_NONBLOCK` (a named pipe opens at
/// once, with no writer needed) and its type is checked on the opened descriptor, so a file
/// swapped for a pipe after the walk saw it is caught too.
pub(crate) fn read_limited(rel: &str, abs: &Path) -> Result<Vec<u8>, Problem> {
    let fail = |msg: String| Problem::whole_file(Severity::Error, rel, msg);
    let cannot = |e: &std::io::Error| {
        if e.kind() == std::io::ErrorKind::WouldBlock {
            fail(NOT_REGULAR.into())
        } else {
            fail(format!("cannot be read: {}", io_reason(Some(e))))
        }
    };
    let file = File::options()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(abs)
        .map_err(|e| cannot(&e))?;
    let meta = file.metadata().map_err(|e| cannot(&e))?;
    if meta.is_dir() {
        return Err(fail("is a folder, not a file".into()));
    }
    if !meta.is_file() {
        return Err(fail(NOT_REGULAR.into()));
    }
    if is_kernel_file(&file) {
        return Err(fail(KERNEL_FILE.into()));
    }
    let too_big = |len: u64| {
        let what = if rel == super::PLAN_FILE {
            "the plan"
        } else {
            "a snapshot"
        };
        fail(format!(
            "the file is {:.1} MiB; {what} may be at most 16 MiB, so it was not read",
            len as f64 / 1_048_576.0
        ))
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // `take` guards against a file that grows while it is read. A regular file that would make
    // a non-blocking read wait (`/proc/kmsg`) fails with WouldBlock instead of hanging.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The plan's bytes, read the same never-blocking way; `None` when it cannot be read.
pub(crate) fn plan_bytes(data: &Path) -> Option<Vec<u8>> {
    read_limited(super::PLAN_FILE, &data.join(super::PLAN_FILE)).ok()
}
