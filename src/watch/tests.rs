//! Live reload end to end without a terminal: an app watches a temporary copy of the demo
//! while the test writes, rewrites, breaks and deletes files in it. Every wait is on the app's
//! event channel, with a timeout: the test applies what the loader sends until the app shows
//! what it should, or fails saying what it shows.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use crate::app::{Action, App, Look, Panel, Review};
use crate::load::{Severity, load_dir};
use crate::rollup::Figure;

mod more;

/// Generous: CI machines are slow, and inotify plus the debounce take a moment.
const TIMEOUT: Duration = Duration::from_secs(20);

pub(super) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

pub(super) struct Watched {
    pub(super) app: App,
    rx: Receiver<Action>,
    pub(super) data: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Watched {
    /// The demo copied to a temporary directory, loaded, and watched.
    pub(super) fn start() -> Self {
        Self::start_with(true)
    }

    /// The demo copied to a temporary directory and loaded, watched or (`--no-watch`) not.
    fn start_with(watch: bool) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo"),
            &data,
        );
        let ds = load_dir(&data).unwrap();
        let mut app =
            App::new(Review::new(ds, None, None), Look::default()).with_source(Some(data.clone()), watch);
        let (tx, rx) = mpsc::channel();
        super::attach(&mut app, move |a| tx.send(a).is_ok()).unwrap();
        assert!(app.live.notice.is_none(), "{:?}", app.live.notice);
        Self {
            app,
            rx,
            data,
            _tmp: tmp,
        }
    }

    pub(super) fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.data.join(rel), text).unwrap();
    }

    pub(super) fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.data.join(rel)).unwrap()
    }

    /// Applies what the loader sends until `ready` holds.
    pub(super) fn wait_until(&mut self, what: &str, ready: impl Fn(&App) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        while !ready(&self.app) {
            let left = deadline.saturating_duration_since(Instant::now());
            let action = self.rx.recv_timeout(left).unwrap_or_else(|_| {
                panic!(
                    "timed out waiting for {what}; notice: {:?}; problems: {:#?}",
                    self.app.live.notice,
                    self.app
                        .review
                        .problems
                        .iter()
                        .filter(|p| p.severity == Severity::Error)
                        .collect::<Vec<_>>()
                )
            });
            assert!(matches!(action, Action::Loaded(_)), "{action:?}");
            assert!(self.app.update(action), "a reload redraws");
        }
    }

    pub(super) fn plan_tasks(&self) -> String {
        crate::present::figures::value(
            crate::present::Lang::En,
            &self.app.review.rollup.headline.value(Figure::PlanTasks),
        )
    }

    pub(super) fn notice(&self) -> String {
        self.app.live.notice.clone().unwrap_or_default()
    }
}

fn errors_in(app: &App, file: &str) -> Vec<String> {
    app.review
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error && p.file == file)
        .map(|p| p.message.clone())
        .collect()
}

pub(super) const HL: &str = "snapshots/2025-02/HL.json";

#[test]
fn writes_rewrites_breaks_and_deletes_while_watched() {
    let mut w = Watched::start();
    let before = w.plan_tasks();
    let latest = w.app.review.review;
    // Where the user is: Tasks, filtered to "police", T-something selected, detail open.
    w.app.update(Action::GoPanel(Panel::Tasks));
    for c in "police".chars() {
        w.app.update(Action::FilterPush(c));
    }
    w.app.update(Action::Down);
    let selected = w.app.table().unwrap().selected_row();
    w.app.update(Action::Open);
    let detail = w.app.detail.map(|d| d.target);

    // A new snapshot date: HL reports in March. R was the latest, so it follows.
    let march = w.read(HL).replace("\"2025-02-14\"", "\"2025-03-14\"");
    std::fs::create_dir_all(w.data.join("snapshots/2025-03")).unwrap();
    w.write("snapshots/2025-03/HL.json", &march);
    w.wait_until("HL's March snapshot", |a| {
        a.review.review.to_string() == "2025-03-14"
    });
    assert!(w.notice().contains("HL 2025-03-14"), "{}", w.notice());
    assert_eq!(
        w.app.review.since,
        Some(latest),
        "C follows R: the date before it"
    );

    // Rewritten: the same file, another district-level change.
    let done = march.replacen("\"behind\"", "\"done\"", 1);
    w.write("snapshots/2025-03/HL.json", &done);
    w.wait_until("the rewrite", |a| {
        a.live.notice.as_deref() == Some("reloaded HL 2025-03-14")
    });

    // Broken: it stays in use at its last good version, and the Data panel says so.
    let figures = w.plan_tasks();
    w.write("snapshots/2025-03/HL.json", "{ \"format\": \"p06.snapshot/1\", ");
    w.wait_until("the broken file to be reported", |a| {
        !errors_in(a, "snapshots/2025-03/HL.json").is_empty()
    });
    let errors = errors_in(&w.app, "snapshots/2025-03/HL.json");
    assert!(
        errors[0].starts_with("showing last good version of snapshots/2025-03/HL.json: "),
        "{errors:?}"
    );
    assert_eq!(w.plan_tasks(), figures, "the figures stay");
    assert_eq!(w.app.review.review.to_string(), "2025-03-14", "and so does R");
    assert!(
        w.notice().contains("keeping its last good version"),
        "{}",
        w.notice()
    );

    // Fixed again.
    w.write("snapshots/2025-03/HL.json", &done);
    w.wait_until("the fix", |a| {
        errors_in(a, "snapshots/2025-03/HL.json").is_empty()
    });

    // Deleted: it disappears, and R goes back to the latest date left.
    std::fs::remove_file(w.data.join("snapshots/2025-03/HL.json")).unwrap();
    w.wait_until("the removal", |a| a.review.review == latest);
    assert_eq!(w.notice(), "removed snapshots/2025-03/HL.json");
    assert_eq!(w.plan_tasks(), before);

    // Through all of it, the panel, filter, selection and detail stayed.
    assert_eq!(w.app.panel, Panel::Tasks);
    let t = w.app.table().unwrap();
    assert_eq!((t.filter.as_str(), t.selected_row()), ("police", selected));
    assert_eq!(w.app.detail.map(|d| d.target), detail);
}

#[test]
fn a_bad_plan_keeps_the_old_one_and_r_reloads_everything() {
    let mut w = Watched::start();
    let plan = w.read("plan.json");
    let before = w.plan_tasks();
    w.write("plan.json", "{ not a plan");
    w.wait_until("the bad plan to be reported", |a| {
        !errors_in(a, "plan.json").is_empty()
    });
    assert!(errors_in(&w.app, "plan.json")[0].starts_with("keeping the previous plan: "));
    assert_eq!(
        w.notice(),
        "plan.json is broken (plan.json changed): keeping the previous plan"
    );
    assert_eq!(w.plan_tasks(), before);

    // A snapshot changed meanwhile is read against the plan in use.
    let text = w.read(HL).replacen("\"behind\"", "\"done\"", 1);
    w.write(HL, &text);
    w.wait_until("HL's rewrite", |a| {
        a.live.notice.as_deref() == Some("reloaded HL 2025-02-14")
    });
    assert!(
        !errors_in(&w.app, "plan.json").is_empty(),
        "the plan is still broken"
    );

    // The plan fixed (a new title): everything is read again, and the plan error goes.
    w.write(
        "plan.json",
        &plan.replacen("\"en\": \"Plan 46", "\"en\": \"Revised: Plan 46", 1),
    );
    w.wait_until("the plan to be fixed", |a| errors_in(a, "plan.json").is_empty());
    assert!(
        w.notice().starts_with("plan.json is good again: reloaded "),
        "{}",
        w.notice()
    );
    assert!(
        w.app
            .review
            .ds
            .catalogue
            .plan
            .title
            .as_ref()
            .map_or("", |t| t.get(crate::present::Lang::En))
            .starts_with("Revised: ")
    );

    // `r` reads the whole directory on the loader thread.
    w.app.update(Action::Reload);
    assert!(w.notice().starts_with("reloading"), "{}", w.notice());
    w.wait_until("the reload", |a| {
        a.live
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("(r pressed)"))
    });
}

#[test]
fn the_demo_is_not_watched_and_no_watch_still_reloads_by_hand() {
    let ds = crate::demo::load().unwrap();
    let mut app = App::new(Review::new(ds, None, None), Look::default());
    super::attach(&mut app, |_| true).unwrap();
    assert!(app.live.loader.is_none());
    app.update(Action::Reload);
    assert!(
        app.live
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("nothing to reload")
    );

    let Watched {
        mut app,
        rx,
        data,
        _tmp,
    } = Watched::start_with(false);
    std::fs::remove_file(data.join(HL)).unwrap();
    app.update(Action::Reload);
    let action = rx.recv_timeout(TIMEOUT).unwrap();
    app.update(action);
    assert!(
        app.review.ds.files().iter().all(|f| f.file != HL),
        "r saw the removal"
    );
    // Long enough for the watcher, had there been one, to have reported the removal.
    let wait = super::DEBOUNCE * 6;
    assert!(
        matches!(rx.recv_timeout(wait), Err(mpsc::RecvTimeoutError::Timeout)),
        "nothing watched, nothing else came"
    );
}

#[test]
fn a_folder_removed_takes_its_files_and_one_moved_in_brings_them() {
    let mut w = Watched::start();
    let latest = w.app.review.review;
    let feb = w.data.join("snapshots/2025-02");
    let aside = w.data.parent().unwrap().join("2025-02");
    std::fs::rename(&feb, &aside).unwrap();
    w.wait_until("February to go", |a| a.review.review < latest);
    assert!(
        w.app
            .review
            .ds
            .files()
            .iter()
            .all(|f| !f.file.starts_with("snapshots/2025-02/"))
    );
    assert_eq!(
        w.app.review.review.to_string(),
        "2025-01-31",
        "R: the latest date left"
    );
    std::fs::rename(&aside, &feb).unwrap();
    w.wait_until("February to come back", |a| a.review.review == latest);
    assert!(w.notice().contains("added "), "{}", w.notice());
}

#[test]
fn a_data_directory_that_vanishes_keeps_the_figures_and_says_so() {
    let mut w = Watched::start();
    let before = w.plan_tasks();
    std::fs::remove_dir_all(&w.data).unwrap();
    w.wait_until("the directory to be reported gone", |app| {
        app.review.problems.iter().any(|p| p.message.contains("is gone"))
    });
    assert_eq!(w.plan_tasks(), before, "the figures stay as last read");
}
