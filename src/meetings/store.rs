//! The one writer of meeting files (spec section 8). Every change happens under an exclusive
//! advisory lock on `MEETINGS/.p06.lock`, re-reads the meeting file under that lock, and
//! writes only through [`crate::safe_write::write_atomic`] with DATA protected. It never
//! follows a symbolic link, never writes through a hard link, never overwrites a file that
//! fails to parse, and refuses a meetings directory inside DATA however its path is spelt.

mod lock;
mod place;

use std::path::{Path, PathBuf};

use crate::load::Catalogue;
use crate::model::{DataDigest, Date, Direction, DirectionState, MEETING_FORMAT, Meeting, Subject};
use crate::safe_write::WriteError;

use super::check::{Issue, check_subject, link_count, parse_meeting};
use super::clock::now_rfc3339;
use super::{DirRef, LOCK_FILE};

pub use place::locate;

/// Why a change was not written. Worded by `present::directions::store_error`.
#[derive(Debug)]
pub enum StoreError {
    /// MEETINGS is, or resolves into, the data directory.
    InsideData {
        meetings: PathBuf,
        data: PathBuf,
    },
    /// Where MEETINGS is cannot be worked out (a `..` past a missing folder, no current dir).
    Unplaceable(PathBuf),
    NotADir(PathBuf),
    /// The meeting file is a symbolic link: never followed.
    Symlink(String),
    /// The meeting file has other hard links: never written through.
    HardLink(String),
    /// The meeting file does not parse: never overwritten.
    Broken {
        file: String,
        why: String,
    },
    DuplicateDate {
        date: Date,
        files: String,
    },
    NoSuchMeeting(Date),
    NoSuchDirection(DirRef),
    AlreadyClosed(DirRef, DirectionState),
    NotClosed(DirRef),
    NoteRequired,
    Invalid(Issue),
    Io {
        path: PathBuf,
        why: String,
    },
    Write(WriteError),
}

/// What a meeting records when it is first written: R, C, the data digest, and optionally its
/// title and chair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingInit {
    pub review_date: Date,
    pub since: Option<Date>,
    pub data: DataDigest,
    pub title: Option<String>,
    pub chair: Option<String>,
}

/// A direction to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDirection {
    pub subject: Subject,
    pub text: String,
    pub owner: String,
    pub due: Option<Date>,
}

/// A change to an existing direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Recorded done on `on`, with an optional note.
    Done {
        on: Date,
        note: Option<String>,
    },
    /// Dropped on `on`; the closing note is required.
    Drop {
        on: Date,
        note: String,
    },
    Reopen,
    Edit {
        text: Option<String>,
        owner: Option<String>,
        due: Option<Option<Date>>,
    },
}

/// A meetings directory opened for writing, next to the data directory it must stay out of.
#[derive(Debug)]
pub struct Store<'a> {
    dir: PathBuf,
    /// `None` for the bundled demo, which has no directory to protect.
    data: Option<PathBuf>,
    cat: &'a Catalogue,
}

impl<'a> Store<'a> {
    /// Checks where MEETINGS is; creates nothing.
    pub fn open(dir: &Path, data: Option<&Path>, cat: &'a Catalogue) -> Result<Self, StoreError> {
        if let Some(data) = data {
            place::check_outside(dir, data)?;
        }
        Ok(Self {
            dir: dir.to_owned(),
            data: data.map(Path::to_owned),
            cat,
        })
    }

    /// The meetings directory.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Adds a direction to the meeting of `date`, creating the meeting (and MEETINGS) with
    /// `init()` when it is first written. Returns the new direction's reference.
    pub fn add(
        &self,
        date: Date,
        init: impl FnOnce() -> MeetingInit,
        new: NewDirection,
    ) -> Result<DirRef, StoreError> {
        if let Some(issue) = check_subject(&new.subject, self.cat) {
            return Err(StoreError::Invalid(issue));
        }
        if new.text.trim().is_empty() {
            return Err(StoreError::Invalid(Issue::EmptyText));
        }
        if new.owner.trim().is_empty() {
            return Err(StoreError::Invalid(Issue::EmptyOwner));
        }
        self.transact(date, Some(init), |m| {
            let id = m.directions.iter().map(|d| d.id).max().unwrap_or(0) + 1;
            m.directions.push(Direction {
                id,
                subject: new.subject,
                text: new.text.trim().to_owned(),
                owner: new.owner.trim().to_owned(),
                due: new.due,
                state: DirectionState::Open,
                closed_on: None,
                note: None,
                created: now_rfc3339(),
                updated: None,
            });
            Ok(DirRef { date, id })
        })
    }

    /// Sets the title and chair of the meeting of `date` (creating it as [`Self::add`] does).
    pub fn describe(
        &self,
        date: Date,
        init: impl FnOnce() -> MeetingInit,
        title: Option<String>,
        chair: Option<String>,
    ) -> Result<(), StoreError> {
        self.transact(date, Some(init), |m| {
            if title.is_some() {
                m.title = title;
            }
            if chair.is_some() {
                m.chair = chair;
            }
            Ok(())
        })
    }

    /// Changes one direction.
    pub fn change(&self, r: DirRef, change: Change) -> Result<(), StoreError> {
        if matches!(&change, Change::Drop { note, .. } if note.trim().is_empty()) {
            return Err(StoreError::NoteRequired);
        }
        self.transact(r.date, None::<fn() -> MeetingInit>, |m| {
            let d = m
                .directions
                .iter_mut()
                .find(|d| d.id == r.id)
                .ok_or(StoreError::NoSuchDirection(r))?;
            apply(d, r, change)?;
            d.updated = Some(now_rfc3339());
            Ok(())
        })
    }

    /// Locks, re-reads the meeting of `date`, applies `f`, writes it back atomically.
    fn transact<T>(
        &self,
        date: Date,
        init: Option<impl FnOnce() -> MeetingInit>,
        f: impl FnOnce(&mut Meeting) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if init.is_some() {
            place::ensure_dir(&self.dir, self.data.as_deref())?;
        } else if !self.dir.is_dir() {
            return Err(StoreError::NoSuchMeeting(date));
        }
        // A refusal found before locking creates not even the lock file; the answer that
        // counts is the one read again under the lock.
        self.find(date)?;
        let _lock = lock::Lock::take(&self.dir.join(LOCK_FILE))?;
        let (target, existing) = self.find(date)?;
        let mut meeting = match (existing, init) {
            (Some(m), _) => m,
            (None, Some(init)) => fresh(date, init()),
            (None, None) => return Err(StoreError::NoSuchMeeting(date)),
        };
        let out = f(&mut meeting)?;
        let mut bytes = serde_json::to_vec_pretty(&meeting).map_err(|e| StoreError::Io {
            path: target.clone(),
            why: e.to_string(),
        })?;
        bytes.push(b'\n');
        let protected: Vec<&Path> = self.data.as_deref().into_iter().collect();
        crate::safe_write::write_atomic(&target, &bytes, &protected).map_err(StoreError::Write)?;
        Ok(out)
    }

    /// The file holding the meeting of `date` and its content, or where a new one goes.
    fn find(&self, date: Date) -> Result<(PathBuf, Option<Meeting>), StoreError> {
        let io = |e: std::io::Error| StoreError::Io {
            path: self.dir.clone(),
            why: e.to_string(),
        };
        let own_name = format!("{date}.json");
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .map_err(io)?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.') && n.ends_with(".json"))
            .collect();
        names.sort();
        let mut found: Vec<(String, Meeting)> = Vec::new();
        for name in &names {
            let path = self.dir.join(name);
            let meta = std::fs::symlink_metadata(&path).map_err(io)?;
            if meta.file_type().is_symlink() {
                if *name == own_name {
                    return Err(StoreError::Symlink(name.clone()));
                }
                continue;
            }
            let bytes = std::fs::read(&path).map_err(io)?;
            let file = parse_meeting(name, &bytes, self.cat);
            match file.meeting {
                Some(m) if m.date == date => {
                    if link_count(&meta) > 1 {
                        return Err(StoreError::HardLink(name.clone()));
                    }
                    found.push((name.clone(), m));
                }
                Some(_) => {}
                None if *name == own_name => {
                    let why = file.problems.first().map(ToString::to_string).unwrap_or_default();
                    return Err(StoreError::Broken {
                        file: name.clone(),
                        why,
                    });
                }
                None => {}
            }
        }
        match found.len() {
            0 => {
                // A file may be named for another date than it holds: never overwrite it.
                let free = std::iter::once(own_name.clone())
                    .chain((2..).map(|n| format!("{date}-{n}.json")))
                    .find(|n| !names.contains(n))
                    .unwrap_or(own_name);
                Ok((self.dir.join(free), None))
            }
            1 => {
                let (name, m) = found.remove(0);
                Ok((self.dir.join(name), Some(m)))
            }
            _ => Err(StoreError::DuplicateDate {
                date,
                files: found
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            }),
        }
    }
}

fn fresh(date: Date, init: MeetingInit) -> Meeting {
    Meeting {
        format: MEETING_FORMAT.to_owned(),
        date,
        title: init.title,
        chair: init.chair,
        review_date: Some(init.review_date),
        since: init.since,
        data: Some(init.data),
        directions: Vec::new(),
    }
}

fn apply(d: &mut Direction, r: DirRef, change: Change) -> Result<(), StoreError> {
    match change {
        Change::Done { on, note } => {
            if d.state != DirectionState::Open {
                return Err(StoreError::AlreadyClosed(r, d.state));
            }
            d.state = DirectionState::Done;
            d.closed_on = Some(on);
            if note.is_some() {
                d.note = note;
            }
        }
        Change::Drop { on, note } => {
            if d.state != DirectionState::Open {
                return Err(StoreError::AlreadyClosed(r, d.state));
            }
            d.state = DirectionState::Dropped;
            d.closed_on = Some(on);
            d.note = Some(note);
        }
        Change::Reopen => {
            if d.state == DirectionState::Open {
                return Err(StoreError::NotClosed(r));
            }
            d.state = DirectionState::Open;
            d.closed_on = None;
        }
        Change::Edit { text, owner, due } => {
            if let Some(t) = text {
                if t.trim().is_empty() {
                    return Err(StoreError::Invalid(Issue::EmptyText));
                }
                d.text = t.trim().to_owned();
            }
            if let Some(o) = owner {
                if o.trim().is_empty() {
                    return Err(StoreError::Invalid(Issue::EmptyOwner));
                }
                d.owner = o.trim().to_owned();
            }
            if let Some(due) = due {
                d.due = due;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "store/tests.rs"]
mod tests;
