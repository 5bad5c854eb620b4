//! Where MEETINGS really is, however its path is spelt (`..`, symbolic links, a folder not yet
//! made), so that one inside DATA is refused before anything is created.

use std::path::{Component, Path, PathBuf};

use super::StoreError;

/// The absolute, link-free path `path` names: each existing prefix is canonicalised, so a
/// symbolic link is followed before a later `..` applies to it; the missing rest is lexical.
#[must_use]
pub fn locate(path: &Path) -> Option<PathBuf> {
    let abs = if path.is_absolute() {
        path.to_owned()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    let mut out = PathBuf::new();
    let mut exists = true;
    for c in abs.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => out.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                if exists {
                    match out.canonicalize() {
                        Ok(real) => out = real,
                        Err(_) => exists = false,
                    }
                }
            }
        }
    }
    Some(out)
}

/// Refuses a meetings directory that is, or is inside, the data directory.
pub(super) fn check_outside(dir: &Path, data: &Path) -> Result<(), StoreError> {
    let where_dir = locate(dir).ok_or_else(|| StoreError::Unplaceable(dir.to_owned()))?;
    let where_data = locate(data).ok_or_else(|| StoreError::Unplaceable(data.to_owned()))?;
    if where_dir.starts_with(&where_data) {
        return Err(StoreError::InsideData {
            meetings: dir.to_owned(),
            data: data.to_owned(),
        });
    }
    Ok(())
}

/// Creates MEETINGS on the first write, then checks again where it landed.
pub(super) fn ensure_dir(dir: &Path, data: Option<&Path>) -> Result<(), StoreError> {
    let check = |dir| data.map_or(Ok(()), |data| check_outside(dir, data));
    check(dir)?;
    if !dir.exists() {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
            path: dir.to_owned(),
            why: e.to_string(),
        })?;
    }
    if !dir.is_dir() {
        return Err(StoreError::NotADir(dir.to_owned()));
    }
    check(dir)
}
