//! The console's disk side of directions, run by the event loop and never by `update` or
//! `draw`: carrying out the write a form or a key asked for (the change is on disk before the
//! screen says saved), and watching the meetings directory so a second console (the
//! secretary's) shows the chair's new direction within a second, without waking while idle.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use notify_debouncer_mini::notify::RecursiveMode;
use notify_debouncer_mini::{Config, DebounceEventResult, new_debouncer_opt};

use crate::app::directions::Request;
use crate::app::{Action, App};
use crate::load::Catalogue;
use crate::present::directions as words;
use crate::watch::{ContentWatcher, DEBOUNCE};

use super::clock;
use super::digest::{data_digest, digest_of};
use super::store::{Change, MeetingInit, NewDirection, Store};

/// Carries out the pending write, if any, then tells the app the outcome and the book as it
/// now stands on disk.
pub fn perform(app: &mut App) {
    let Some(request) = app.directions.pending.take() else {
        return;
    };
    let lang = app.look.lang;
    let dir = app.directions.dir.clone();
    let data = app.live.data.clone();
    let rv = &app.review;
    let cat = &rv.ds.catalogue;
    let result = Store::open(&dir, data.as_deref(), cat).and_then(|store| {
        let init = || MeetingInit {
            review_date: rv.review,
            since: rv.since,
            data: match &data {
                Some(d) => data_digest(d, &rv.ds).unwrap_or_else(|_| digest_of::<&str, &[u8]>(&[])),
                None => digest_of(&crate::demo::files()),
            },
            title: None,
            chair: None,
        };
        let today = rv.ds.today().unwrap_or_else(clock::today);
        match request {
            Request::Add {
                date,
                subject,
                text,
                owner,
                due,
            } => store
                .add(
                    date,
                    init,
                    NewDirection {
                        subject,
                        text,
                        owner,
                        due,
                    },
                )
                .map(|r| r.to_string()),
            Request::Edit { r, text, owner, due } => store
                .change(
                    r,
                    Change::Edit {
                        text: Some(text),
                        owner: Some(owner),
                        due: Some(due),
                    },
                )
                .map(|()| r.to_string()),
            Request::Done(r) => store
                .change(
                    r,
                    Change::Done {
                        on: today,
                        note: None,
                    },
                )
                .map(|()| r.to_string()),
            Request::Drop(r, note) => store
                .change(r, Change::Drop { on: today, note })
                .map(|()| r.to_string()),
            Request::Reopen(r) => store.change(r, Change::Reopen).map(|()| r.to_string()),
        }
    });
    let shown = dir.display().to_string();
    let answer = result
        .map(|what| words::saved(lang, &what, &shown))
        .map_err(|e| words::store_error(lang, &e));
    let book = super::read(&dir, cat);
    app.update(Action::Meetings(Box::new(book)));
    app.update(Action::Saved(answer));
}

/// Starts the meetings watcher: reads the book at once, then again whenever the directory's
/// fingerprint changes after a file-system event there (debounced as live reload is); it
/// sleeps between events, so an idle console stays idle. A directory that does not exist yet
/// is noticed through its parent when another console creates it. Stops when `send` fails.
pub fn spawn_watcher(
    dir: PathBuf,
    cat: Catalogue,
    send: impl Fn(Action) -> bool + Send + 'static,
) -> std::io::Result<()> {
    let (tx, rx) = mpsc::channel::<()>();
    let config = Config::default().with_timeout(DEBOUNCE);
    let mut debouncer = new_debouncer_opt::<_, ContentWatcher>(config, move |_: DebounceEventResult| {
        let _ = tx.send(());
    })
    .map_err(std::io::Error::other)?;
    std::thread::Builder::new()
        .name("p06-meetings".into())
        .spawn(move || {
            if let Some(parent) = super::store::locate(&dir).as_deref().and_then(Path::parent) {
                // Without it, a meetings directory made later would go unseen; failing, the
                // console still shows what is there and its own writes.
                let _ = debouncer.watcher().watch(parent, RecursiveMode::NonRecursive);
            }
            let mut watching = false;
            let mut last = None;
            loop {
                if !watching && dir.is_dir() {
                    watching = debouncer
                        .watcher()
                        .watch(&dir, RecursiveMode::NonRecursive)
                        .is_ok();
                }
                let now = super::fingerprint(&dir);
                if last.as_ref() != Some(&now) {
                    let book = super::read(&dir, &cat);
                    if !send(Action::Meetings(Box::new(book))) {
                        return;
                    }
                    last = Some(now);
                }
                if rx.recv().is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}
