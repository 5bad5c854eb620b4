//! Where a write would really land, and whether that is allowed: the path tricks (`..`, links
//! to folders, chains of links, dangling links, hard links, bind mounts) are resolved here.

use std::collections::HashSet;
use std::ffi::OsString;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Component, Path, PathBuf};

use super::WriteError;

/// How many links are followed before giving up, as Linux does (`ELOOP` after 40).
const MAX_LINKS: usize = 40;

/// The file a write would replace: `name` in the canonical folder `dir`, whose device and
/// inode are `dir_id`.
#[derive(Debug)]
pub(super) struct Destination {
    pub dir: PathBuf,
    pub dir_id: (u64, u64),
    pub name: OsString,
}

/// A protected directory, as a canonical path and as the device and inode that name it
/// whichever way it is reached; and, once asked for, the device and inode of everything
/// reachable from it (its links to files and folders elsewhere followed, as the loader does).
struct Guard<'a> {
    given: &'a Path,
    canonical: PathBuf,
    id: Option<(u64, u64)>,
    reachable: std::cell::OnceCell<HashSet<(u64, u64)>>,
}

impl Guard<'_> {
    fn reaches(&self, id: (u64, u64)) -> bool {
        self.reachable
            .get_or_init(|| {
                walkdir::WalkDir::new(&self.canonical)
                    .follow_links(true)
                    .into_iter()
                    .filter_map(Result::ok)
                    .filter_map(|e| e.metadata().ok())
                    .map(|m| (m.dev(), m.ino()))
                    .collect()
            })
            .contains(&id)
    }
}

fn id_of(path: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// Works out where writing `target` would land, refusing what `write_atomic` never writes.
pub(super) fn destination(target: &Path, protected: &[&Path]) -> Result<Destination, WriteError> {
    let guards: Vec<Guard> = protected
        .iter()
        .map(|&given| Guard {
            given,
            canonical: given
                .canonicalize()
                .or_else(|_| std::path::absolute(given))
                .unwrap_or_else(|_| given.to_path_buf()),
            id: id_of(given),
            reachable: std::cell::OnceCell::new(),
        })
        .collect();
    let own = |e: fn(PathBuf) -> WriteError| e(target.to_path_buf());
    let io_err = |source: io::Error| WriteError::Io {
        target: target.to_path_buf(),
        source,
    };
    let mut path = std::path::absolute(target).map_err(io_err)?;
    for _ in 0..=MAX_LINKS {
        let name = match path.components().next_back() {
            Some(Component::Normal(name)) => name.to_os_string(),
            // `/`, or ending in `..`: a folder whatever it is.
            _ => {
                let folder = path.canonicalize().unwrap_or(path);
                check_folder(&guards, target, &folder)?;
                return Err(own(|target| WriteError::IsFolder { target }));
            }
        };
        let parent = path.parent().unwrap_or(Path::new("/"));
        let dir = match parent.canonicalize() {
            Ok(dir) if dir.is_dir() => dir,
            Ok(_) => return Err(own(|target| WriteError::NoFolder { target })),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(own(|target| WriteError::NoFolder { target }));
            }
            Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
                return Err(own(|target| WriteError::TooManyLinks { target }));
            }
            Err(e) => return Err(io_err(e)),
        };
        let full = dir.join(&name);
        check_folder(&guards, target, &dir)?;
        match std::fs::symlink_metadata(&full) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(e)),
            Ok(m) if m.file_type().is_symlink() => {
                // Followed by hand, so that a dangling link is judged by where it points.
                let link = std::fs::read_link(&full).map_err(io_err)?;
                path = dir.join(link);
                continue;
            }
            Ok(m) if m.is_dir() => {
                check_folder(&guards, target, &full)?;
                return Err(own(|target| WriteError::IsFolder { target }));
            }
            Ok(m) => check_file(&guards, target, (m.dev(), m.ino()), m.nlink())?,
        }
        let dir_id = id_of(&dir).ok_or_else(|| own(|target| WriteError::NoFolder { target }))?;
        // A folder outside DATA that a link in DATA leads to: a file created there is in the
        // data set.
        if let Some(g) = guards.iter().find(|g| g.reaches(dir_id)) {
            return Err(WriteError::Protected {
                target: target.to_path_buf(),
                protected: g.given.to_path_buf(),
            });
        }
        return Ok(Destination { dir, dir_id, name });
    }
    Err(own(|target| WriteError::TooManyLinks { target }))
}

/// Refuses a canonical `folder` that is a protected directory or inside one, by path and by
/// device and inode of it and each of its ancestors.
fn check_folder(guards: &[Guard], target: &Path, folder: &Path) -> Result<(), WriteError> {
    let ids: Vec<(u64, u64)> = folder.ancestors().filter_map(id_of).collect();
    for g in guards {
        if folder.starts_with(&g.canonical) || g.id.is_some_and(|id| ids.contains(&id)) {
            return Err(WriteError::Protected {
                target: target.to_path_buf(),
                protected: g.given.to_path_buf(),
            });
        }
    }
    Ok(())
}

/// Refuses an existing file that DATA holds by another name: a hard link (`nlink` above 1), or
/// the file a link in DATA points at. Replacing it would leave a hard-linked snapshot intact
/// (the rename drops only the target's name), but the person meant to overwrite a data file,
/// which p06 never does; a linked one would really change.
fn check_file(guards: &[Guard], target: &Path, id: (u64, u64), nlink: u64) -> Result<(), WriteError> {
    match guards.iter().find(|g| g.reaches(id)) {
        Some(g) if nlink > 1 => Err(WriteError::HardLink {
            target: target.to_path_buf(),
            protected: g.given.to_path_buf(),
        }),
        Some(g) => Err(WriteError::Protected {
            target: target.to_path_buf(),
            protected: g.given.to_path_buf(),
        }),
        None => Ok(()),
    }
}
