//! Live reload, the app's side: what it asks of the loader thread ([`crate::watch`]), what the
//! loader sends back ready to apply, and how `update` applies it to the data set: a file put or
//! removed at a time; a file that turns bad held at its last good version; a plan that turns
//! bad kept out, the old plan and data staying in use.

use crate::present::Lang;
use crate::present::notices::{self, FileNote, Why};
use std::path::PathBuf;
use std::sync::mpsc::Sender;

use crate::load::{Dataset, FileOutcome, PLAN_FILE, Problem, Severity};
use crate::model::Date;

/// What the app (or the watcher) asks of the loader thread.
#[derive(Debug)]
pub enum Request {
    /// These paths changed (as the watcher reports them): files, or folders.
    Paths(Vec<PathBuf>),
    /// Read the whole data directory again (`r`).
    All,
    /// A data set the app has replaced, to be freed on the loader thread rather than the UI's.
    Discard(Box<Dataset>),
    /// The app is gone: stop.
    Stop,
}

/// One snapshot file's news.
#[derive(Clone, Debug)]
pub enum FileChange {
    /// The file was read (again, or for the first time): its outcome, good or bad.
    Put(Box<FileOutcome>),
    /// Gone from disk: a file, or a folder with everything under it (relative to DATA).
    Gone(String),
}

/// What the loader found, already applied to its copy of the app's data set: the app only
/// puts it in place. Re-indexing the data set is the part of a reload that grows with the
/// whole data set, so it is done on the loader thread, once per batch.
#[derive(Clone, Debug)]
pub struct Applied {
    pub ds: Box<Dataset>,
    pub extra: Vec<Problem>,
    /// As [`earliest_change`] said before the change was applied.
    pub from: Option<Date>,
    pub notice: String,
}

/// What the loader found.
#[derive(Clone, Debug)]
pub enum Found {
    /// Found and applied on the loader thread (what the loader sends).
    Applied(Box<Applied>),
    /// Whether the loader is watching DATA again (`true`) or has lost it (`false`: the
    /// directory is gone, or no watcher could be started on it).
    Watching(bool),
    /// Some snapshot files changed, read against the plan the app's data already uses.
    Files(Vec<FileChange>),
    /// The whole directory was read again.
    All {
        /// The new data; or, when the plan cannot be used, its problems (the old data stays).
        result: Result<Box<Dataset>, Vec<Problem>>,
        /// Whether plan.json differs from the one the app's data was read with. A file's last
        /// good version can only be kept under the same plan, since records are indexed by
        /// position in the plan.
        plan_changed: bool,
        /// Why it was read, for the notice: `r`, `plan.json changed`, `a folder changed`.
        why: Why,
    },
}

/// One answer of the loader. Compared by sequence number only, since a data set has no useful
/// equality; that is all [`super::Action`]'s equality needs.
#[derive(Clone, Debug)]
pub struct Batch {
    pub seq: u64,
    pub found: Found,
}

impl PartialEq for Batch {
    fn eq(&self, other: &Self) -> bool {
        self.seq == other.seq
    }
}

impl Eq for Batch {}

/// The live-reload state of the app.
#[derive(Debug, Default)]
pub struct Live {
    /// The data directory; `None` for the bundled demo, which is never reloaded.
    pub data: Option<PathBuf>,
    /// Whether to watch it (`--no-watch` turns it off; `r` still works).
    pub watch: bool,
    /// Watching was asked for but is not happening (the directory is gone, or the watcher
    /// failed): the header says so until the loader watches again.
    pub lost: bool,
    /// The way to the loader thread, once one runs.
    pub loader: Option<Sender<Request>>,
    /// What the status line says about the last change, until the next key.
    pub notice: Option<String>,
    /// Counts changes of the data, so that `update` knows to redraw.
    pub generation: u64,
}

impl Drop for Live {
    fn drop(&mut self) {
        // The loader thread also holds the watcher's sender, so it would never see the
        // channel close on its own.
        if let Some(tx) = &self.loader {
            let _ = tx.send(Request::Stop);
        }
    }
}

/// The outcome to keep when a reload of `good.file` came out `bad`: the last good record,
/// its warnings and notes, and each error of the bad version saying that it is held.
#[must_use]
pub fn held(good: &FileOutcome, bad: &FileOutcome) -> FileOutcome {
    let say = |message: &str| format!("showing last good version of {}: {message}", bad.file);
    let mut problems: Vec<Problem> = bad
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| Problem {
            message: say(&p.message),
            ..p.clone()
        })
        .collect();
    if problems.is_empty() {
        problems.push(Problem::whole_file(
            Severity::Error,
            &bad.file,
            say("it cannot be used"),
        ));
    }
    // A good outcome has no errors; a held one has only the errors added here, so this keeps
    // exactly the good version's own warnings and notes.
    problems.extend(
        good.problems
            .iter()
            .filter(|p| p.severity != Severity::Error)
            .cloned(),
    );
    FileOutcome {
        file: good.file.clone(),
        record: good.record.clone(),
        problems,
    }
}

/// Whether a file is being shown at its last good version.
#[must_use]
pub fn is_held(f: &FileOutcome) -> bool {
    f.record.is_some() && f.problems.iter().any(|p| p.severity == Severity::Error)
}

fn known<'a>(ds: &'a Dataset, file: &str) -> Option<&'a FileOutcome> {
    ds.file(file)
}

/// `HL 2025-02-14`: what a record is, for notices.
fn label(ds: &Dataset, f: &FileOutcome) -> String {
    match &f.record {
        Some(r) => format!("{} {}", ds.catalogue.plan.districts[r.district].code, r.as_of),
        None => f.file.clone(),
    }
}

/// Applies one batch to the data set and the extra problems; returns the notice, or nothing
/// when the batch changed nothing (a file that was never a snapshot went away).
pub fn apply(ds: &mut Dataset, extra: &mut Vec<Problem>, found: Found, lang: Lang) -> Option<String> {
    match found {
        Found::Applied(a) => {
            let a = *a;
            *ds = *a.ds;
            *extra = a.extra;
            Some(a.notice)
        }
        Found::Watching(_) => None,
        Found::Files(changes) => {
            let (mut puts, mut gone) = (Vec::new(), Vec::new());
            let notes: Vec<FileNote> = changes
                .into_iter()
                .filter_map(|c| apply_file(ds, c, &mut puts, &mut gone))
                .collect();
            if !notes.is_empty() {
                ds.change_files(puts, &gone);
            }
            notices::summary(lang, &notes)
        }
        Found::All {
            result: Ok(mut new),
            plan_changed,
            why,
        } => {
            if !plan_changed {
                let keep: Vec<FileOutcome> = new
                    .files()
                    .iter()
                    .filter(|f| f.record.is_none())
                    .filter_map(|b| {
                        let good = known(ds, &b.file).filter(|g| g.record.is_some())?;
                        Some(held(good, b))
                    })
                    .collect();
                if !keep.is_empty() {
                    new.change_files(keep, &[]);
                }
            }
            let notes = differences(ds, &new);
            let today = ds.today();
            *ds = *new;
            ds.set_today(today);
            let fixed = !extra.is_empty();
            extra.clear();
            let found = match notices::summary(lang, &notes) {
                Some(what) => notices::Found::Changes(what),
                None if plan_changed => notices::Found::NewPlan,
                None => notices::Found::Nothing,
            };
            Some(notices::reloaded(lang, fixed, ds.files().len() + 1, &why, &found))
        }
        Found::All {
            result: Err(problems),
            why,
            ..
        } => {
            let plan = problems.iter().any(|p| p.file == PLAN_FILE);
            let keeping = notices::keeping(lang, plan);
            *extra = problems
                .into_iter()
                .map(|p| Problem {
                    message: format!("{keeping}: {}", p.message),
                    ..p
                })
                .collect();
            Some(notices::reload_failed(lang, plan, &why))
        }
    }
}

/// The earliest record date `found` can change in `ds`: the dates of the records it puts,
/// and of those it replaces or removes. `None` when it may change anything (a whole reload).
/// Roll-ups before that date stay as they were (see [`crate::rollup::history_from`]).
#[must_use]
pub fn earliest_change(ds: &Dataset, found: &Found) -> Option<Date> {
    let changes = match found {
        Found::Files(changes) => changes,
        Found::Applied(a) => return a.from,
        Found::All { .. } | Found::Watching(_) => return None,
    };
    let dated = |f: &FileOutcome| f.record.as_ref().map(|r| r.as_of);
    let mut earliest: Option<Date> = None;
    let mut note = |d: Option<Date>| {
        if let Some(d) = d {
            earliest = Some(earliest.map_or(d, |e| e.min(d)));
        }
    };
    for change in changes {
        match change {
            FileChange::Put(outcome) => {
                note(dated(outcome));
                note(known(ds, &outcome.file).and_then(dated));
            }
            FileChange::Gone(rel) => {
                for f in ds.files_at(rel) {
                    note(dated(f));
                }
            }
        }
    }
    // Nothing dated changes: no roll-up can move, but recomputing from the latest date keeps
    // this simple (one roll-up at most).
    earliest.or_else(|| ds.latest())
}

/// What a whole reload changed, file by file, in the words of a single file's reload.
fn differences(old: &Dataset, new: &Dataset) -> Vec<FileNote> {
    let mut notes = Vec::new();
    for f in new.files() {
        match known(old, &f.file) {
            None => notes.push(FileNote::Added(label(new, f))),
            Some(o) if is_held(f) && !is_held(o) => {
                notes.push(FileNote::Broken(f.file.clone()));
            }
            Some(o) if o.record != f.record || o.problems != f.problems => {
                notes.push(FileNote::Reloaded(label(new, f)));
            }
            Some(_) => {}
        }
    }
    notes.extend(
        old.files()
            .iter()
            .filter(|o| known(new, &o.file).is_none())
            .map(|o| FileNote::Removed(o.file.clone())),
    );
    notes
}

/// One file's news, weighed against the data set before the batch: what to say (nothing when
/// it changes nothing), with the outcome to put or the path to remove added to `puts`/`gone`.
/// A batch names each path once (the loader deduplicates them), so the data set before the
/// batch is the right one to compare with.
fn apply_file(
    ds: &Dataset,
    change: FileChange,
    puts: &mut Vec<FileOutcome>,
    gone: &mut Vec<String>,
) -> Option<FileNote> {
    match change {
        FileChange::Put(outcome) => {
            let outcome = *outcome;
            let old = known(ds, &outcome.file);
            let note = match (&outcome.record, old) {
                (Some(_), Some(_)) => FileNote::Reloaded(label(ds, &outcome)),
                (Some(_), None) => FileNote::Added(label(ds, &outcome)),
                (None, Some(good)) if good.record.is_some() => {
                    puts.push(held(good, &outcome));
                    return Some(FileNote::Broken(outcome.file.clone()));
                }
                (None, _) => FileNote::Unusable(outcome.file.clone()),
            };
            puts.push(outcome);
            Some(note)
        }
        FileChange::Gone(rel) => {
            let mut removed = ds.files_at(&rel).map(|f| f.file.as_str());
            let note = match (removed.next(), removed.count()) {
                (None, _) => None,
                (Some(one), 0) => Some(FileNote::Removed(one.to_owned())),
                (Some(_), more) => Some(FileNote::RemovedFolder(rel.clone(), more + 1)),
            };
            if note.is_some() {
                gone.push(rel);
            }
            note
        }
    }
}
