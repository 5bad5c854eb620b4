//! The meetings directory (spec section 8): reading every meeting file with its problems placed
//! by file, line, column and JSON path, the cross-file rules (one file per date), and the
//! questions the views ask of it (this meeting's directions, earlier ones still open, every
//! direction about one subject). Writing is [`store`]'s alone.

pub mod check;
pub mod clock;
pub mod console;
pub mod digest;
mod reference;
pub mod store;

use std::path::{Path, PathBuf};

use crate::load::{Catalogue, Problem, Severity};
use crate::model::{Date, Direction, Meeting, SubjectArea};
use crate::rollup::follow_up::open_at;

pub use check::Issue;
pub use reference::DirRef;

/// The lock every writer holds while it changes a meeting file.
pub const LOCK_FILE: &str = ".p06.lock";
/// The environment variable naming the meetings directory.
pub const ENV_VAR: &str = "P06_MEETINGS";
/// The meetings directory when neither `--meetings` nor the environment names one.
pub const DEFAULT_DIR: &str = "p06-meetings";
/// A meeting file larger than this is rejected unread, as a snapshot is.
pub const MAX_BYTES: u64 = crate::load::MAX_FILE_BYTES;

/// `--meetings`, else `P06_MEETINGS`, else `./p06-meetings`.
#[must_use]
pub fn resolve_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(dir) = flag {
        return dir.to_owned();
    }
    match std::env::var_os(ENV_VAR) {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => PathBuf::from(DEFAULT_DIR),
    }
}

/// One file of the meetings directory and what reading it gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingFile {
    /// The file name inside MEETINGS.
    pub file: String,
    /// `None` when the file could not be read or parsed: it is never overwritten.
    pub meeting: Option<Meeting>,
    pub problems: Vec<Problem>,
}

/// Everything read from a meetings directory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Book {
    pub files: Vec<MeetingFile>,
    /// Problems not about one file (an unreadable directory).
    pub dir_problems: Vec<Problem>,
}

impl Book {
    /// Every problem, sorted by file and place.
    #[must_use]
    pub fn problems(&self) -> Vec<&Problem> {
        let mut all: Vec<&Problem> = self
            .dir_problems
            .iter()
            .chain(self.files.iter().flat_map(|f| &f.problems))
            .collect();
        all.sort_by(|a, b| Problem::order(a, b));
        all
    }

    /// The meetings in view, by date: every parsed file whose date no other file shares.
    #[must_use]
    pub fn meetings(&self) -> Vec<&Meeting> {
        let mut all: Vec<&Meeting> = self.files.iter().filter_map(|f| f.meeting.as_ref()).collect();
        all.sort_by_key(|m| m.date);
        let dup = |d: Date| all.iter().filter(|m| m.date == d).count() > 1;
        all.iter().copied().filter(|m| !dup(m.date)).collect()
    }

    /// The meeting held on `date`, if one is in view.
    #[must_use]
    pub fn meeting(&self, date: Date) -> Option<&Meeting> {
        self.meetings().into_iter().find(|m| m.date == date)
    }

    /// The directions of earlier meetings still open when the meeting of `date` began.
    #[must_use]
    pub fn follow_up_of(&self, date: Date) -> Vec<(Date, &Direction)> {
        self.meetings()
            .into_iter()
            .filter(|m| m.date < date)
            .flat_map(|m| m.directions.iter().map(move |d| (m.date, d)))
            .filter(|(_, d)| open_at(d, date))
            .collect()
    }

    /// Every direction, from every meeting, about one subject. An item's list includes the
    /// directions about it in any one district; a district's includes items there.
    #[must_use]
    pub fn about(
        &self,
        area: SubjectArea,
        id: Option<&str>,
        district: Option<&str>,
    ) -> Vec<(Date, &Direction)> {
        self.meetings()
            .into_iter()
            .flat_map(|m| m.directions.iter().map(move |d| (m.date, d)))
            .filter(|(_, d)| match area {
                SubjectArea::District => d.subject.district.as_deref() == district,
                SubjectArea::General => d.subject.area == SubjectArea::General,
                _ => d.subject.area == area && d.subject.id.as_deref() == id,
            })
            .collect()
    }

    /// The greatest date of a meeting in view before `date` (the "last meeting").
    #[must_use]
    pub fn previous(&self, date: Date) -> Option<Date> {
        self.meetings().iter().map(|m| m.date).filter(|&d| d < date).max()
    }
}

/// Reads a meetings directory. One that does not exist is an empty book, never created here.
#[must_use]
pub fn read(dir: &Path, cat: &Catalogue) -> Book {
    let mut book = Book::default();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return book,
        Err(e) => {
            book.dir_problems.push(Problem::whole_file(
                Severity::Error,
                &dir.display().to_string(),
                crate::load::problem::Msg::Unreadable {
                    reason: crate::load::problem::IoReason::Other(e.to_string()),
                },
            ));
            return book;
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && n.ends_with(".json"))
        .collect();
    names.sort();
    book.files = names
        .iter()
        .map(|name| check::read_file(dir, name, cat))
        .collect();
    check::cross_file(&mut book.files);
    book
}

/// A cheap fingerprint of the directory (names, sizes, modification times), so a console can
/// look at it after a file-system event and re-read only when a writer changed something.
#[must_use]
pub fn fingerprint(dir: &Path) -> Vec<(String, u64, Option<std::time::SystemTime>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<_> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || !name.ends_with(".json") {
                return None;
            }
            let meta = e.metadata().ok()?;
            Some((name, meta.len(), meta.modified().ok()))
        })
        .collect();
    out.sort();
    out
}
