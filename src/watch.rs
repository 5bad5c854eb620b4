//! Live reload, the disk's side. A loader thread reads what changed in DATA, applies it to its
//! own copy of the app's data set (re-indexing it once per batch, however many files came),
//! and sends the result to the app as [`Action::Loaded`], ready to put in place, so that
//! `App::update` never touches the disk nor re-indexes. It is fed by a debounced watcher
//! (notify, 250 ms: an editor's save is several events) and by the app's `r` key
//! ([`Request::All`]).
//!
//! A changed snapshot is read alone, against the plan the app's data uses; a changed
//! plan.json, or a folder that appears, reads the whole directory again. Nothing is ever
//! written to DATA. The bundled demo has no directory, so nothing is started for it.
//!
//! The watcher follows a directory, not a path: when DATA is replaced by another directory of
//! the same name (moved over, or deleted and restored), it would go on watching the old one.
//! So the folder holding DATA is watched too (not recursively), and any event on the name DATA
//! makes the loader compare the path's identity with the directory it watches, and watch the
//! new one and read it whole (see `loader.rs`). No timer: an idle console wakes no thread.

mod loader;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use notify_debouncer_mini::notify::event::{AccessKind, AccessMode, ModifyKind};
use notify_debouncer_mini::notify::{
    self, Event, EventHandler, EventKind, RecommendedWatcher, RecursiveMode, Watcher, WatcherKind,
};
use notify_debouncer_mini::{Config, DebounceEventResult, Debouncer, new_debouncer_opt};

use crate::app::live::Request;
use crate::app::{Action, App};
use crate::load::{LoadError, PLAN_FILE, Problem, Severity};

use loader::Loader;

/// Quiet time before a burst of events is handled: long enough to see an editor's save (write,
/// rename, close) as one change, short enough that the screen follows within a second.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// Starts the loader for the app's data directory, watching it unless `--no-watch`; sends the
/// loader's answers through `send` (which returns `false` once nobody listens). Does nothing
/// for the bundled demo. A watcher that cannot start leaves `r` working and says so; it is
/// tried again at each request (`r`, or an event on the folder holding DATA).
pub fn attach(app: &mut App, send: impl Fn(Action) -> bool + Send + 'static) -> io::Result<()> {
    let Some(data) = app.live.data.clone() else {
        return Ok(());
    };
    let (tx, rx) = mpsc::channel();
    let watcher = if app.live.watch {
        match watch(&data, tx.clone()) {
            Ok(w) => Some(w),
            Err(e) => {
                app.live.notice = Some(format!("not watching {}: {e}; press r to reload", data.display()));
                None
            }
        }
    } else {
        None
    };
    app.live.lost = app.live.watch && watcher.is_none();
    let parent = if app.live.watch {
        watch_parent(&data, tx.clone())
    } else {
        None
    };
    let loader = Loader::new(app, data, watcher, parent, tx.clone());
    thread::Builder::new()
        .name("p06-loader".into())
        .spawn(move || loader.run(&rx, &send))?;
    app.live.loader = Some(tx);
    Ok(())
}

/// Watches `data` recursively; each debounced burst's paths go to `feed` as a request.
fn watch(data: &Path, feed: mpsc::Sender<Request>) -> notify::Result<Debouncer<ContentWatcher>> {
    watch_as(data, RecursiveMode::Recursive, data, feed)
}

/// Watches the folder holding DATA (not recursively), for DATA itself being moved, deleted or
/// made again; kept for as long as the loader runs, whatever happens to DATA. `None` when
/// DATA has no parent to watch or it cannot be watched: then watching still works, and only a
/// replaced DATA goes unnoticed until `r`.
fn watch_parent(data: &Path, feed: mpsc::Sender<Request>) -> Option<Debouncer<ContentWatcher>> {
    let parent = parent_of(data)?;
    watch_as(&parent, RecursiveMode::NonRecursive, data, feed).ok()
}

/// Watches `path`; an error is reported as an event on `data` itself.
fn watch_as(
    path: &Path,
    mode: RecursiveMode,
    data: &Path,
    feed: mpsc::Sender<Request>,
) -> notify::Result<Debouncer<ContentWatcher>> {
    let config = Config::default().with_timeout(DEBOUNCE);
    let root = data.to_path_buf();
    let mut debouncer = new_debouncer_opt::<_, ContentWatcher>(config, move |res: DebounceEventResult| {
        // An error (an overflowing event queue, a watch that died) may have lost events: report
        // the data directory itself, which makes the loader check it and read everything again.
        let paths: Vec<PathBuf> = res.map_or_else(
            |_| vec![root.clone()],
            |evs| evs.into_iter().map(|e| e.path).collect(),
        );
        let _ = feed.send(Request::Paths(paths));
    })?;
    debouncer.watcher().watch(path, mode)?;
    Ok(debouncer)
}

/// The folder holding `data` (`.` for a bare name), if `data` has a name of its own.
fn parent_of(data: &Path) -> Option<PathBuf> {
    data.file_name()?;
    let parent = data.parent()?;
    Some(if parent.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        parent.to_path_buf()
    })
}

/// The paths an event on DATA itself can come with: DATA as given, and as its parent's watch
/// names it (`./data` for `data`).
pub(crate) fn names_of(data: &Path) -> Vec<PathBuf> {
    let mut names = vec![data.to_path_buf()];
    if let (Some(parent), Some(name)) = (parent_of(data), data.file_name()) {
        names.push(parent.join(name));
    }
    names
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

/// Why a directory cannot be read, as problems for the Data panel.
pub(crate) fn problems(e: LoadError) -> Vec<Problem> {
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
