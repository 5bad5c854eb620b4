//! Live reload, the disk's side. A loader thread reads what changed in DATA and sends it to the
//! app as [`Action::Loaded`], ready to apply, so that `App::update` never touches the disk. It
//! is fed by a debounced watcher (notify, 250 ms: an editor's save is several events) and by
//! the app's `r` key ([`Request::All`]).
//!
//! A changed snapshot is read alone, against the plan the app's data uses; a changed
//! plan.json, or a folder that appears, reads the whole directory again. Nothing is ever
//! written to DATA. The bundled demo has no directory, so nothing is started for it.

use crate::present::notices::Why;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

use notify_debouncer_mini::notify::event::{AccessKind, AccessMode, ModifyKind};
use notify_debouncer_mini::notify::{
    self, Event, EventHandler, EventKind, RecommendedWatcher, RecursiveMode, Watcher, WatcherKind,
};
use notify_debouncer_mini::{Config, DebounceEventResult, Debouncer, new_debouncer_opt};

use crate::app::live::{Batch, FileChange, Found, Request};
use crate::app::{Action, App};
use crate::load::{Catalogue, LoadError, PLAN_FILE, Problem, Severity, load_dir, load_file};

/// Quiet time before a burst of events is handled: long enough to see an editor's save (write,
/// rename, close) as one change, short enough that the screen follows within a second.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// Starts the loader for the app's data directory, watching it unless `--no-watch`; sends the
/// loader's answers through `send` (which returns `false` once nobody listens). Does nothing
/// for the bundled demo. A watcher that cannot start leaves `r` working and says so.
pub fn attach(app: &mut App, send: impl Fn(Action) -> bool + Send + 'static) -> io::Result<()> {
    let Some(data) = app.live.data.clone() else {
        return Ok(());
    };
    let (tx, rx) = mpsc::channel();
    let watcher = if app.live.watch {
        let feed = tx.clone();
        let watched = watch(&data, move |paths| {
            let _ = feed.send(Request::Paths(paths));
        });
        match watched {
            Ok(w) => Some(w),
            Err(e) => {
                app.live.notice = Some(format!("not watching {}: {e}; press r to reload", data.display()));
                None
            }
        }
    } else {
        None
    };
    let loader = Loader {
        catalogue: app.review.ds.catalogue.clone(),
        plan: std::fs::read(data.join(PLAN_FILE)).unwrap_or_default(),
        data,
        seq: 0,
    };
    thread::Builder::new()
        .name("p06-loader".into())
        .spawn(move || loader.run(&rx, &send, watcher))?;
    app.live.loader = Some(tx);
    Ok(())
}

/// Watches `data` recursively; `changed` gets the paths of each debounced burst.
fn watch(
    data: &Path,
    mut changed: impl FnMut(Vec<PathBuf>) + Send + 'static,
) -> notify::Result<Debouncer<ContentWatcher>> {
    let config = Config::default().with_timeout(DEBOUNCE);
    let root = data.to_path_buf();
    let mut debouncer = new_debouncer_opt::<_, ContentWatcher>(config, move |res: DebounceEventResult| {
        // An error (an overflowing event queue) may have lost events: report the data
        // directory itself, which makes the loader read everything again.
        let paths = res.map_or_else(
            |_| vec![root.clone()],
            |evs| evs.into_iter().map(|e| e.path).collect(),
        );
        changed(paths);
    })?;
    debouncer.watcher().watch(data, RecursiveMode::Recursive)?;
    Ok(debouncer)
}

/// The platform's watcher, passing on only changes of content and names. Opening or reading a
/// file is an event too (inotify reports them), and the loader's own reads would otherwise
/// trigger another read, for ever; a closed write stays, since it is when a save is complete.
pub struct ContentWatcher(RecommendedWatcher);

fn is_change(e: &Event) -> bool {
    match e.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_)) => false,
        _ => true,
    }
}

impl Watcher for ContentWatcher {
    fn new<F: EventHandler>(mut handler: F, config: notify::Config) -> notify::Result<Self> {
        let filter = move |e: notify::Result<Event>| {
            if e.as_ref().is_err() || e.as_ref().is_ok_and(is_change) {
                handler.handle_event(e);
            }
        };
        RecommendedWatcher::new(filter, config).map(Self)
    }

    fn watch(&mut self, path: &Path, recursive_mode: RecursiveMode) -> notify::Result<()> {
        self.0.watch(path, recursive_mode)
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        self.0.unwatch(path)
    }

    fn kind() -> WatcherKind {
        RecommendedWatcher::kind()
    }
}

/// The loader thread's state: what the app's data was read with.
struct Loader {
    data: PathBuf,
    catalogue: Catalogue,
    /// plan.json as the app's data was read with it, to tell whether it changed.
    plan: Vec<u8>,
    seq: u64,
}

impl Loader {
    /// Serves requests until the app stops it or stops listening. Owns the watcher, so that
    /// watching ends with it.
    fn run(
        mut self,
        rx: &Receiver<Request>,
        send: &dyn Fn(Action) -> bool,
        _watcher: Option<Debouncer<ContentWatcher>>,
    ) {
        while let Ok(first) = rx.recv() {
            // What queued up meanwhile is handled together: one read, one answer.
            let (mut paths, mut all) = (Vec::new(), false);
            for req in std::iter::once(first).chain(rx.try_iter()) {
                match req {
                    Request::Stop => return,
                    Request::All => all = true,
                    Request::Paths(p) => paths.extend(p),
                }
            }
            let found = if all {
                Some(self.read_all(Why::Key))
            } else {
                self.read_paths(&paths)
            };
            let Some(found) = found else { continue };
            self.seq += 1;
            if !send(Action::Loaded(Box::new(Batch { seq: self.seq, found }))) {
                return;
            }
        }
    }

    /// A path relative to DATA, `/`-separated; `None` outside DATA or under a hidden entry
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
    /// itself reads everything.
    fn read_paths(&mut self, paths: &[PathBuf]) -> Option<Found> {
        // A vanished DATA (an unmounted share, a folder moved away) reports its files gone
        // too; reading it whole fails instead, which keeps every figure as it was and says why.
        if !self.data.is_dir() {
            return Some(self.read_all(Why::DirGone));
        }
        let mut rels: Vec<String> = paths.iter().filter_map(|p| self.relative(p)).collect();
        rels.sort();
        rels.dedup();
        let mut changes = Vec::new();
        for rel in rels {
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
            match std::fs::metadata(self.data.join(&rel)) {
                // A folder that appears (moved in, unpacked) may already hold files whose
                // own events came before the folder was watched.
                Ok(m) if m.is_dir() => return Some(self.read_all(Why::Folder(rel))),
                Ok(_) if rel.ends_with(".json") => {
                    changes.push(FileChange::Put(Box::new(load_file(
                        &self.data,
                        &rel,
                        &self.catalogue,
                    ))));
                }
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => changes.push(FileChange::Gone(rel)),
                // It is there but cannot be looked at: reading it says why.
                Err(_) => changes.push(FileChange::Put(Box::new(load_file(
                    &self.data,
                    &rel,
                    &self.catalogue,
                )))),
            }
        }
        (!changes.is_empty()).then_some(Found::Files(changes))
    }

    /// Reads the whole directory. On success the new plan is the one later files are read
    /// against; a plan that cannot be used leaves everything as it was.
    fn read_all(&mut self, why: Why) -> Found {
        let plan = std::fs::read(self.data.join(PLAN_FILE)).ok();
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

/// Why a directory cannot be read, as problems for the Data panel.
fn problems(e: LoadError) -> Vec<Problem> {
    match e {
        LoadError::BadPlan(ps) => ps.into_iter().filter(|p| p.severity == Severity::Error).collect(),
        LoadError::NoPlan(_, why) => vec![Problem::whole_file(Severity::Error, PLAN_FILE, why)],
        LoadError::NoDataDir(p) => vec![Problem::whole_file(
            Severity::Error,
            ".",
            format!("{} is gone or is not a folder", p.display()),
        )],
    }
}

#[cfg(test)]
mod tests;
