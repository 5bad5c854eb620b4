//! `cargo bench --bench render`: the console's per-frame and per-key costs at App level, on the
//! province-year and nation-year data sets (issue 5):
//!
//! - `*_frame`: `ui::draw` of one frame of each panel (1..8) at 80x24, 120x40 and 250x70, into
//!   a fresh buffer, as `Terminal::draw` does (ratatui's diff and the terminal write are not in
//!   it; `tests/it/frame_bytes.rs` measures what the diff writes).
//! - `slide_250x70`: `ui::draw` of each presentation slide (1..8) at 250x70, big digits
//!   included (issue 11: within the 2 ms frame budget); `directions_slide_250x70` the ninth,
//!   on a meetings book of twenty directions to follow up and six of the meeting's own.
//! - `move_review`: `App::update` for `]` (or `[` at the latest date), everything the key does
//!   before the next frame.
//! - `reload_frame`: `App::update(Action::Loaded(..))` for one re-read snapshot (what the
//!   loader thread sends), history recompute included, plus one draw of the Overview at 120x40.
//!
//! Each data set is loaded once per process (the nation set takes seconds), kept in a static.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[allow(dead_code)]
mod support;

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use divan::Bencher;
use p06::app::live::{Batch, FileChange, Found};
use p06::app::{Action, App, Look, Panel, Review};
use p06::load::{load_dir, load_snapshot};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn main() {
    support::main();
}

const PANELS: [usize; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

/// The console as it opens on `dir`: latest date, colour on, sized `w` x `h`, one frame drawn
/// so that it knows its table heights.
fn open(dir: &Path) -> App {
    let ds = load_dir(dir).expect("load");
    App::new(
        Review::new(ds, None, None),
        Look {
            color: true,
            ascii: false,
            lang: p06::present::Lang::En,
        },
    )
}

fn province_app() -> &'static Mutex<App> {
    static APP: OnceLock<Mutex<App>> = OnceLock::new();
    APP.get_or_init(|| Mutex::new(open(&support::province())))
}

/// The province console at a meeting (2025-02-10) following up twenty directions of the
/// last one, with six of its own: what slide 9 judges and lists.
fn province_with_directions() -> &'static Mutex<App> {
    static APP: OnceLock<Mutex<App>> = OnceLock::new();
    APP.get_or_init(|| {
        let meeting = |date: &str, from: usize, n: usize| {
            let dirs: Vec<String> = (from..from + n)
                .map(|i| {
                    format!(
                        r#"{{"id": {}, "subject": {{"area": "task", "id": "T{:02}"}}, "text": "Direction {i}",
                          "owner": "Owner {i}", "due": "2025-01-31", "state": "open",
                          "created": "{date}T09:00:00+07:00"}}"#,
                        i - from + 1,
                        i % 30 + 1
                    )
                })
                .collect();
            format!(
                r#"{{"format": "p06.meeting/1", "date": "{date}", "review_date": "2024-12-31",
                   "directions": [{}]}}"#,
                dirs.join(",")
            )
        };
        let date = "2025-02-10".parse().expect("date");
        let mut app = open(&support::province()).with_meetings("m".into(), date);
        let cat = &app.review.ds.catalogue;
        let book = p06::meetings::Book {
            files: vec![
                p06::meetings::check::parse_meeting(
                    "2025-01-10.json",
                    meeting("2025-01-10", 0, 20).as_bytes(),
                    cat,
                ),
                p06::meetings::check::parse_meeting(
                    "2025-02-10.json",
                    meeting("2025-02-10", 20, 6).as_bytes(),
                    cat,
                ),
            ],
            dir_problems: Vec::new(),
        };
        assert!(book.problems().is_empty(), "{:?}", book.problems());
        app.update(Action::Meetings(Box::new(book)));
        assert_eq!(app.slides().len(), 9);
        Mutex::new(app)
    })
}

fn nation_app() -> &'static Mutex<App> {
    static APP: OnceLock<Mutex<App>> = OnceLock::new();
    APP.get_or_init(|| Mutex::new(open(&support::nation())))
}

/// Shows panel `n` at `w` x `h` and feeds back what a first frame measured, as the event
/// loop does.
fn show(app: &mut App, n: usize, w: u16, h: u16) {
    app.update(Action::Resize(w, h));
    app.update(Action::GoPanel(Panel::ALL[n - 1]));
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    let hits = p06::ui::draw(app, area, &mut buf);
    app.update(Action::Viewport(hits.viewport));
}

fn frame(b: Bencher, app: &Mutex<App>, n: usize, w: u16, h: u16) {
    let mut app = app.lock().unwrap();
    show(&mut app, n, w, h);
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    b.bench_local(|| {
        // Terminal::draw resets the back buffer before every frame.
        buf.reset();
        p06::ui::draw(&app, area, &mut buf)
    });
}

/// Slide `n` (1-based) of presentation mode at `w` x `h`; the console's state is put back after.
fn slide(b: Bencher, app: &Mutex<App>, n: usize, w: u16, h: u16) {
    let mut app = app.lock().unwrap();
    app.update(Action::Resize(w, h));
    app.update(Action::TogglePresent);
    app.update(Action::FirstSlide);
    for _ in 1..n {
        app.update(Action::NextSlide);
    }
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    b.bench_local(|| {
        buf.reset();
        p06::ui::draw(&app, area, &mut buf)
    });
    app.update(Action::TogglePresent);
}

const SLIDES: [usize; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

fn move_review(b: Bencher, app: &Mutex<App>) {
    let mut app = app.lock().unwrap();
    show(&mut app, 1, 120, 40);
    let latest = app.review.ds.latest().expect("dates");
    b.bench_local(|| {
        // Alternate so that every iteration really moves R by one date.
        let action = if app.review.review == latest {
            Action::PrevReview
        } else {
            Action::NextReview
        };
        assert!(app.update(action));
    });
}

fn reload_frame(b: Bencher, app: &Mutex<App>, dir: &Path) {
    let mut app = app.lock().unwrap();
    show(&mut app, 1, 120, 40);
    let latest = app.review.ds.latest().expect("dates");
    // A file at the latest date, in the middle of the district list: the likeliest edit.
    let at_latest: Vec<String> = app
        .review
        .ds
        .files()
        .iter()
        .filter(|f| f.record.as_ref().is_some_and(|r| r.as_of == latest))
        .map(|f| f.file.clone())
        .collect();
    let file = at_latest[at_latest.len() / 2].clone();
    let bytes = std::fs::read(dir.join(&file)).expect("read");
    let outcome = load_snapshot(&file, &bytes, &app.review.ds.catalogue);
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    let mut seq = 0;
    b.bench_local(|| {
        seq += 1;
        let batch = Batch {
            seq,
            found: Found::Files(vec![FileChange::Put(Box::new(outcome.clone()))]),
        };
        app.update(Action::Loaded(Box::new(batch)));
        buf.reset();
        p06::ui::draw(&app, area, &mut buf)
    });
}

#[divan::bench_group]
mod province {
    use super::*;

    #[divan::bench(args = PANELS)]
    fn frame_80x24(b: Bencher, n: usize) {
        frame(b, province_app(), n, 80, 24);
    }

    #[divan::bench(args = PANELS)]
    fn frame_120x40(b: Bencher, n: usize) {
        frame(b, province_app(), n, 120, 40);
    }

    #[divan::bench(args = PANELS)]
    fn frame_250x70(b: Bencher, n: usize) {
        frame(b, province_app(), n, 250, 70);
    }

    #[divan::bench(args = SLIDES)]
    fn slide_250x70(b: Bencher, n: usize) {
        slide(b, province_app(), n, 250, 70);
    }

    #[divan::bench]
    fn directions_slide_250x70(b: Bencher) {
        slide(b, province_with_directions(), 9, 250, 70);
    }

    #[divan::bench]
    fn move_review(b: Bencher) {
        super::move_review(b, province_app());
    }

    #[divan::bench]
    fn reload_frame(b: Bencher) {
        super::reload_frame(b, province_app(), &support::province());
    }
}

#[divan::bench_group(sample_count = 20, sample_size = 1)]
mod nation {
    use super::*;

    #[divan::bench(args = PANELS)]
    fn frame_80x24(b: Bencher, n: usize) {
        frame(b, nation_app(), n, 80, 24);
    }

    #[divan::bench(args = PANELS)]
    fn frame_120x40(b: Bencher, n: usize) {
        frame(b, nation_app(), n, 120, 40);
    }

    #[divan::bench(args = PANELS)]
    fn frame_250x70(b: Bencher, n: usize) {
        frame(b, nation_app(), n, 250, 70);
    }

    #[divan::bench(args = SLIDES)]
    fn slide_250x70(b: Bencher, n: usize) {
        slide(b, nation_app(), n, 250, 70);
    }

    #[divan::bench]
    fn move_review(b: Bencher) {
        super::move_review(b, nation_app());
    }

    #[divan::bench]
    fn reload_frame(b: Bencher) {
        super::reload_frame(b, nation_app(), &support::nation());
    }
}
