//! The loader thread: serves the watcher's and the app's requests, keeps its own copy of the
//! app's data set up to date (so that re-indexing never runs on the UI thread), and keeps the
//! watcher on whatever directory is at the DATA path now.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};

use notify_debouncer_mini::Debouncer;

use crate::app::live::{Applied, Batch, FileChange, Found, Request, apply, earliest_change};
use crate::app::{Action, App};
use crate::load::{Catalogue, Dataset, PLAN_FILE, Problem, load_dir, load_file};
use crate::present::Lang;
use crate::present::notices::Why;

use super::{ContentWatcher, names_of, problems, watch};

/// What the path DATA is: its device and inode, so that a directory moved over it, or deleted
/// and made again, is told from the one watched. `None`: no directory there.
type Identity = Option<(u64, u64)>;

#[cfg(unix)]
fn identity(path: &Path) -> Identity {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).ok().filter(std::fs::Metadata::is_dir)?;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(path: &Path) -> Identity {
    // No inode to compare: only a directory that goes and comes back is noticed.
    std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_dir)
        .map(|_| (0, 0))
}

/// The loader thread's state: what the app's data was read with.
pub(super) struct Loader {
    data: PathBuf,
    catalogue: Catalogue,
    /// plan.json as the app's data was read with it, to tell whether it changed.
    plan: Vec<u8>,
    seq: u64,
    /// The app's data set and extra problems as the app has them once it applied every batch
    /// sent so far: each batch is applied here, then sent whole.
    ds: Dataset,
    extra: Vec<Problem>,
    /// Whether to watch at all (not with `--no-watch`).
    want_watch: bool,
    /// The watcher, and the directory it watches; owned here, so that watching ends with it.
    watcher: Option<Debouncer<ContentWatcher>>,
    watched: Identity,
    /// The watch on the folder holding DATA, which outlives any directory at DATA.
    _parent: Option<Debouncer<ContentWatcher>>,
    /// Whether DATA was a directory at the last look.
    present: bool,
    /// Whether the app was last told that watching is lost.
    told_lost: bool,
    /// Where the watcher sends its news: this thread's own requests.
    feed: Sender<Request>,
    /// The paths an event on DATA itself comes with.
    root_names: Vec<PathBuf>,
    /// The interface language, for the notices the loader words.
    lang: Lang,
}

impl Loader {
    pub(super) fn new(
        app: &App,
        data: PathBuf,
        watcher: Option<Debouncer<ContentWatcher>>,
        parent: Option<Debouncer<ContentWatcher>>,
        feed: Sender<Request>,
    ) -> Self {
        let id = identity(&data);
        Self {
            catalogue: app.review.ds.catalogue.clone(),
            plan: crate::load::plan_bytes(&data).unwrap_or_default(),
            seq: 0,
            ds: app.review.ds.clone(),
            extra: app.review.extra.clone(),
            want_watch: app.live.watch,
            watched: if watcher.is_some() { id } else { None },
            watcher,
            _parent: parent,
            present: id.is_some(),
            told_lost: app.live.lost,
            feed,
            root_names: names_of(&data),
            lang: app.look.lang,
            data,
        }
    }

    /// Serves requests until the app stops it or stops listening.
    pub(super) fn run(mut self, rx: &Receiver<Request>, send: &dyn Fn(Action) -> bool) {
        // Blocking, no timer: an idle console wakes no thread.
        while let Ok(first) = rx.recv() {
            // What queued up meanwhile is handled together: one read, one re-index, one answer.
            let (mut paths, mut all) = (Vec::new(), None);
            for req in std::iter::once(first).chain(rx.try_iter()) {
                match req {
                    Request::Stop => return,
                    Request::All => all = Some(Why::Key),
                    Request::Paths(p) => paths.extend(p),
                    Request::Discard(old) => drop(old),
                }
            }
            let root_event = paths.iter().any(|p| self.root_names.contains(p));
            if let Some(why) = self.keep_watching(root_event) {
                all.get_or_insert(why);
            }
            let lost = self.want_watch && self.watcher.is_none();
            if lost != self.told_lost {
                self.told_lost = lost;
                if !self.send(send, Found::Watching(!lost)) {
                    return;
                }
            }
            let found = match all {
                Some(why) => Some(self.read_all(why)),
                None => self.read_paths(&paths),
            };
            let Some(found) = found else { continue };
            let from = earliest_change(&self.ds, &found);
            let Some(notice) = apply(&mut self.ds, &mut self.extra, found, self.lang) else {
                continue;
            };
            let applied = Applied {
                ds: Box::new(self.ds.clone()),
                extra: self.extra.clone(),
                from,
                notice,
            };
            if !self.send(send, Found::Applied(Box::new(applied))) {
                return;
            }
        }
    }

    fn send(&mut self, send: &dyn Fn(Action) -> bool, found: Found) -> bool {
        self.seq += 1;
        send(Action::Loaded(Box::new(Batch { seq: self.seq, found })))
    }

    /// Keeps the watcher on the directory now at DATA: after an event on DATA itself (moved
    /// over, deleted, made again; or its watch ending with an error), or, for a watcher that
    /// could not start or was lost, at any request. Returns why everything must be read again:
    /// a new directory may hold anything, and its first changes came before it was watched.
    fn keep_watching(&mut self, root_event: bool) -> Option<Why> {
        if !self.want_watch {
            return None;
        }
        let id = identity(&self.data);
        let was_present = std::mem::replace(&mut self.present, id.is_some());
        if id.is_none() {
            self.watcher = None;
            self.watched = None;
            return was_present.then_some(Why::DirGone);
        }
        if self.watcher.is_some() && self.watched == id && !root_event {
            return None;
        }
        let replaced = self.watcher.is_some() && self.watched != id;
        // The old watch first: on the same directory, two would report every change twice.
        self.watcher = None;
        self.watcher = watch(&self.data, self.feed.clone()).ok();
        self.watched = if self.watcher.is_some() { id } else { None };
        let why = if !was_present {
            Why::DirBack
        } else if replaced {
            Why::DirReplaced
        } else if root_event {
            Why::DirChanged
        } else if self.watcher.is_some() {
            Why::WatchingAgain
        } else {
            return None;
        };
        Some(why)
    }

    /// A path relative to DATA, `/`-separated, lossy where a name is not UTF-8 (for people and
    /// as the file's key, as `load_dir` names it); `None` outside DATA or under a hidden entry
    /// (editors' swap files, `.git`), which the loader ignores as `load_dir` does.
    fn relative(&self, path: &Path) -> Option<String> {
        let rel = path.strip_prefix(&self.data).ok()?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        (!parts.iter().any(|p| p.starts_with('.'))).then(|| parts.join("/"))
    }

    /// Reads the snapshot files among `paths`; a change to the plan, to a folder or to DATA
    /// itself reads everything. Files are opened by the paths the watcher gave, never by their
    /// names as shown, which are lossy for a name that is not UTF-8.
    fn read_paths(&mut self, paths: &[PathBuf]) -> Option<Found> {
        // A vanished DATA (an unmounted share, a folder moved away) reports its files gone
        // too; reading it whole fails instead, which keeps every figure as it was and says why.
        // (Events from the folder holding DATA about its other entries are not DATA's.)
        let mut rels: Vec<(String, &Path)> = paths
            .iter()
            .filter_map(|p| Some((self.relative(p)?, p.as_path())))
            .collect();
        if !rels.is_empty() && !self.data.is_dir() {
            return Some(self.read_all(Why::DirGone));
        }
        rels.sort();
        rels.dedup_by(|a, b| a.0 == b.0);
        let mut changes = Vec::new();
        for (rel, abs) in rels {
            if rel.is_empty() || rel == PLAN_FILE {
                let why = if rel.is_empty() {
                    Why::DirChanged
                } else {
                    Why::PlanChanged
                };
                return Some(self.read_all(why));
            }
            if !(rel == "snapshots" || rel.starts_with("snapshots/")) {
                continue;
            }
            match std::fs::metadata(abs) {
                // A folder that appears (moved in, unpacked) may already hold files whose
                // own events came before the folder was watched.
                Ok(m) if m.is_dir() => return Some(self.read_all(Why::Folder(rel))),
                Ok(_) if abs.extension().is_some_and(|x| x == "json") => {
                    changes.push(FileChange::Put(Box::new(load_file(abs, &rel, &self.catalogue))));
                }
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => changes.push(FileChange::Gone(rel)),
                // It is there but cannot be looked at: reading it says why.
                Err(_) => changes.push(FileChange::Put(Box::new(load_file(abs, &rel, &self.catalogue)))),
            }
        }
        (!changes.is_empty()).then_some(Found::Files(changes))
    }

    /// Reads the whole directory. On success the new plan is the one later files are read
    /// against; a plan that cannot be used leaves everything as it was.
    fn read_all(&mut self, why: Why) -> Found {
        let plan = crate::load::plan_bytes(&self.data);
        let plan_changed = plan.as_deref() != Some(&self.plan[..]);
        let result = match load_dir(&self.data) {
            Ok(ds) => {
                self.catalogue = ds.catalogue.clone();
                self.plan = plan.unwrap_or_default();
                Ok(Box::new(ds))
            }
            Err(e) => Err(problems(e)),
        };
        Found::All {
            result,
            plan_changed,
            why,
        }
    }
}
