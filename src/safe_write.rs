//! The one way p06 writes a file (reports, meeting files, exports): a temporary file beside the
//! target, flushed, then renamed over the target, so no existing inode is ever written to and a
//! kill at any moment leaves either the old or the new content. Targets that are, or resolve
//! into, a protected directory (a data directory) are refused before anything is created.
//!
//! This is the API every writer uses; its hardening (no-follow opens, link checks, the tests
//! against every path trick) is issue 9's.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a file was not written. Typed, so that each interface language renders it whole.
#[derive(Debug)]
pub enum WriteError {
    /// The target is, or resolves into, a protected directory (`protected` is the one it hit).
    Protected { target: PathBuf, protected: PathBuf },
    /// The file system refused (no such folder, permission, disk full, ...).
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
            WriteError::Io { target, source } => write!(f, "cannot write {}: {source}", target.display()),
        }
    }
}

impl std::error::Error for WriteError {}

/// Writes `bytes` to `target` atomically, refusing any target inside one of `protected`.
pub fn write_atomic(target: &Path, bytes: &[u8], protected: &[&Path]) -> Result<(), WriteError> {
    for dir in protected {
        if inside(dir, target) {
            return Err(WriteError::Protected {
                target: target.to_path_buf(),
                protected: dir.to_path_buf(),
            });
        }
    }
    let io_err = |source| WriteError::Io {
        target: target.to_path_buf(),
        source,
    };
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = target
        .file_name()
        .ok_or_else(|| io_err(io::Error::other("no file name")))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".p06-tmp-{}", std::process::id()));
    let tmp = folder.join(tmp_name);
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io_err)
}

/// Whether `path` would land inside `dir`, following symbolic links and `..`. A file that does
/// not exist yet is judged by its folder.
pub fn inside(dir: &Path, path: &Path) -> bool {
    let Ok(dir) = dir.canonicalize() else {
        return false;
    };
    resolve(path).is_some_and(|p| p.starts_with(&dir))
}

fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = path.canonicalize() {
        return Some(p);
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(resolve(parent)?.join(path.file_name()?))
}
