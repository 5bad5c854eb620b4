//! The console's disk side of directions, run by the event loop and never by `update` or
//! `draw`: carrying out the write a form or a key asked for (the change is on disk before the
//! screen says saved), and polling the meetings directory every 500 ms so a second console
//! (the secretary's) shows the chair's new direction within a second.

use std::path::PathBuf;
use std::time::Duration;

use crate::app::directions::Request;
use crate::app::{Action, App};
use crate::load::Catalogue;
use crate::present::Lang;
use crate::present::directions as words;

use super::clock;
use super::digest::{data_digest, digest_of};
use super::store::{Change, MeetingInit, NewDirection, Store};

/// How often the poller looks at the meetings directory.
pub const POLL_EVERY: Duration = Duration::from_millis(500);

/// Carries out the pending write, if any, then tells the app the outcome and the book as it
/// now stands on disk.
pub fn perform(app: &mut App) {
    let Some(request) = app.directions.pending.take() else {
        return;
    };
    let lang = app.directions.lang;
    let dir = app.directions.dir.clone();
    let data = app.live.data.clone();
    let rv = &app.review;
    let cat = &rv.ds.catalogue;
    let result = Store::open(&dir, data.as_deref(), cat, lang).and_then(|store| {
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
        let today = clock::today();
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
    let book = super::read(&dir, cat, lang);
    app.update(Action::Meetings(Box::new(book)));
    app.update(Action::Saved(answer));
}

/// Starts the poller: reads the book at once, then again whenever the directory's
/// fingerprint changes; stops when `send` fails (the console has ended).
pub fn spawn_poller(
    dir: PathBuf,
    cat: Catalogue,
    lang: Lang,
    send: impl Fn(Action) -> bool + Send + 'static,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("p06-meetings".into())
        .spawn(move || {
            let mut last = None;
            loop {
                let now = super::fingerprint(&dir);
                if last.as_ref() != Some(&now) {
                    let book = super::read(&dir, &cat, lang);
                    if !send(Action::Meetings(Box::new(book))) {
                        return;
                    }
                    last = Some(now);
                }
                std::thread::sleep(POLL_EVERY);
            }
        })?;
    Ok(())
}
