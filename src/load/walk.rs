//! Finding and reading snapshot files on disk: recursive, hidden entries skipped, only `*.json`,
//! symlinks followed with loops reported (not fatal), and a size limit checked before reading.

use std::fs::File;
use std::io::Read;
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
    if !dir.exists() {
        return (found, problems);
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

/// Reads a file whole, unless it is over the size limit; the error is ready to show.
pub(crate) fn read_limited(rel: &str, abs: &Path) -> Result<Vec<u8>, Problem> {
    let fail = |msg: String| Problem::whole_file(Severity::Error, rel, msg);
    let file = File::open(abs).map_err(|e| fail(format!("cannot be read: {}", io_reason(Some(&e)))))?;
    let meta = file
        .metadata()
        .map_err(|e| fail(format!("cannot be read: {e}")))?;
    if meta.is_dir() {
        return Err(fail("is a folder, not a file".into()));
    }
    let too_big = |len: u64| {
        fail(format!(
            "the file is {:.1} MiB; a snapshot may be at most 16 MiB, so it was not read",
            len as f64 / 1_048_576.0
        ))
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // `take` guards against a file that grows while it is read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("cannot be read: {}", io_reason(Some(&e)))))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}
