//! Slides on a `TestBackend`: insta snapshots of every slide at 80x24, 120x40 and 200x50 in
//! English, at 80x24 and 120x40 in Vietnamese, some in ASCII; every slide at many sizes, 1x1 upwards, without a
//! panic and without a glyph cut at the edge; the keys of presentation mode end to end at the
//! `App` level (the pty test has the real binary).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{Action, App, Look, Mode, Panel, Review, Slide};
use crate::present::Lang;

fn demo(color: bool, ascii: bool, lang: Lang) -> App {
    let ds = crate::demo::load().expect("the bundled demo loads");
    let meeting = "2025-02-18".parse().ok();
    App::new(Review::new(ds, None, None), Look { color, ascii, lang }).with_presentation(true, None, meeting)
}

/// `app` with the meetings book of the directions tests: the current meeting 2025-03-20,
/// two earlier directions to follow up (one overdue, one flagged as contradicting the data),
/// two of its own.
fn with_directions(app: App) -> App {
    let mut app = app.with_meetings("m".into(), "2025-03-20".parse().unwrap());
    let book = crate::app::directions::tests::book(&app);
    app.update(Action::Meetings(Box::new(book)));
    app
}

fn frame(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    app.update(Action::Resize(w, h));
    t.draw(|f| {
        super::super::draw(app, f.area(), f.buffer_mut());
    })
    .unwrap();
    t
}

fn name(slide: Slide) -> String {
    format!("{slide:?}").to_lowercase()
}

fn goto(app: &mut App, n: usize) {
    app.update(Action::FirstSlide);
    for _ in 0..n {
        app.update(Action::NextSlide);
    }
}

#[test]
fn every_slide_in_english() {
    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
        let mut app = demo(false, false, Lang::En);
        for (n, &slide) in app.slides().iter().enumerate() {
            goto(&mut app, n);
            assert_eq!(app.slide(), slide);
            assert_snapshot!(
                format!("slide{}_{}_{w}x{h}", n + 1, name(slide)),
                frame(&mut app, w, h).backend()
            );
        }
    }
}

#[test]
fn every_slide_in_vietnamese() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut vi = demo(false, false, Lang::Vi);
        for (n, &slide) in vi.slides().iter().enumerate() {
            goto(&mut vi, n);
            assert_snapshot!(
                format!("vi_slide{}_{}_{w}x{h}", n + 1, name(slide)),
                frame(&mut vi, w, h).backend()
            );
        }
    }
}

#[test]
fn some_slides_in_ascii() {
    let mut ascii = demo(false, true, Lang::En);
    for (n, slide) in [(1, Slide::Plan), (4, Slide::Security), (6, Slide::Districts)] {
        goto(&mut ascii, n);
        assert_snapshot!(
            format!("ascii_slide{}_{}_200x50", n + 1, name(slide)),
            frame(&mut ascii, 200, 50).backend()
        );
    }
}

/// Every cell's symbol, as one string per row.
fn rows(buf: &Buffer) -> Vec<String> {
    let a = buf.area;
    (a.top()..a.bottom())
        .map(|y| (a.left()..a.right()).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn any_size_any_slide_no_panic_and_the_number_in_the_corner() {
    let sizes = [
        (1, 1),
        (2, 1),
        (1, 2),
        (3, 3),
        (20, 5),
        (40, 10),
        (59, 15),
        (60, 16),
        (80, 24),
        (99, 29),
        (100, 30),
        (120, 40),
        (160, 45),
        (200, 50),
        (250, 70),
        (300, 100),
    ];
    for (color, ascii, lang, meetings) in [
        (true, false, Lang::En, false),
        (false, true, Lang::Vi, false),
        (true, false, Lang::En, true),
        (false, true, Lang::Vi, true),
    ] {
        let mut app = demo(color, ascii, lang);
        if meetings {
            app = with_directions(app);
        }
        let count = app.slides().len();
        assert_eq!(count, if meetings { 9 } else { 8 });
        for n in 0..count {
            goto(&mut app, n);
            for (w, h) in sizes {
                let area = Rect::new(0, 0, w, h);
                let mut buf = Buffer::empty(area);
                super::super::draw(&app, area, &mut buf);
                let corner = format!(" {}/{}", n + 1, count);
                let last = rows(&buf).pop().unwrap();
                if usize::from(w) >= corner.len() {
                    assert!(last.ends_with(&corner), "slide {n} at {w}x{h}: {last:?}");
                }
                if ascii {
                    let drawn = |c: char| "█▀▄░▏▎▍▌▋▊▉▲▼±←→…·".contains(c);
                    assert!(
                        !buf.content.iter().any(|c| c.symbol().chars().any(drawn)),
                        "a Unicode symbol with --ascii, slide {n} at {w}x{h}"
                    );
                }
            }
        }
    }
}

/// A frame as the event loop draws it: the measured viewport goes back into `update`.
fn looped(app: &mut App, w: u16, h: u16) -> Vec<String> {
    let area = Rect::new(0, 0, w, h);
    app.update(Action::Resize(w, h));
    for _ in 0..2 {
        let mut buf = Buffer::empty(area);
        let hits = super::super::draw(app, area, &mut buf);
        if hits.viewport == app.measured || !app.update(Action::Viewport(hits.viewport)) {
            return rows(&buf);
        }
    }
    panic!("the viewport did not settle");
}

#[test]
fn a_scrolled_table_is_where_it_was_after_the_slides() {
    let mut app = demo(false, false, Lang::En);
    app.update(Action::TogglePresent);
    app.update(Action::GoPanel(Panel::Tasks));
    looped(&mut app, 80, 24);
    app.update(Action::Bottom);
    for _ in 0..3 {
        app.update(Action::Up);
    }
    let console = looped(&mut app, 80, 24);
    let (offset, selected) = (app.table().unwrap().offset, app.table().unwrap().selected);
    assert!(offset > 0);
    app.update(Action::TogglePresent);
    looped(&mut app, 80, 24);
    app.update(Action::NextSlide);
    looped(&mut app, 80, 24);
    app.update(Action::TogglePresent);
    assert_eq!(looped(&mut app, 80, 24), console);
    assert_eq!(
        (app.table().unwrap().offset, app.table().unwrap().selected),
        (offset, selected)
    );
}

#[test]
fn the_help_over_a_slide_at_any_size() {
    let mut app = demo(true, false, Lang::En);
    app.update(Action::ToggleHelp);
    assert_eq!(app.mode(), Mode::Help);
    for (w, h) in [(1, 1), (20, 5), (80, 24), (250, 70)] {
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        super::super::draw(&app, area, &mut buf);
        if w >= 80 {
            assert!(rows(&buf).join("\n").contains("In presentation"), "{w}x{h}");
        }
    }
    app.update(Action::CloseHelp);
    assert_eq!(app.mode(), Mode::Present);
}

#[test]
fn big_digits_only_from_about_100x30() {
    let mut app = demo(false, false, Lang::En);
    goto(&mut app, 1);
    let has_blocks = |w, h| {
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        super::super::draw(&app, area, &mut buf);
        buf.content
            .iter()
            .any(|c| c.symbol() == "█" || c.symbol() == "▀" || c.symbol() == "▄")
    };
    assert!(has_blocks(100, 30));
    assert!(has_blocks(250, 70));
    assert!(!has_blocks(60, 16));
    assert!(!has_blocks(30, 10));
}

#[test]
fn present_and_back_lands_where_the_console_was() {
    let mut app = demo(false, false, Lang::En);
    app.update(Action::TogglePresent);
    assert_eq!(app.mode(), Mode::Normal);
    app.update(Action::GoPanel(Panel::Tasks));
    for _ in 0..5 {
        app.update(Action::Down);
    }
    let selected = app.table().unwrap().selected;
    app.update(Action::TogglePresent);
    assert_eq!(app.mode(), Mode::Present);
    assert!(app.update(Action::NextSlide));
    assert!(app.update(Action::NextSlide));
    assert_eq!(app.slide(), Slide::Models);
    // The dates move under the slides; the console's panel and row stay.
    let r = app.review.review;
    assert!(app.update(Action::PrevReview));
    assert!(app.review.review < r);
    app.update(Action::TogglePresent);
    assert_eq!((app.mode(), app.panel), (Mode::Normal, Panel::Tasks));
    assert_eq!(app.table().unwrap().selected, selected);
    // And `p` again returns to the slide it left.
    app.update(Action::TogglePresent);
    assert_eq!(app.slide(), Slide::Models);
    app.update(Action::LastSlide);
    assert!(!app.update(Action::NextSlide), "the last slide stays the last");
    assert!(app.update(Action::AutoAdvance), "the lobby loop wraps");
    assert_eq!(app.slide(), Slide::Title);
}

#[test]
fn the_plan_slide_shows_the_plan_figure_in_big_digits_that_read_back() {
    for (ascii, lang, w, h) in [
        (false, Lang::En, 120, 40),
        (false, Lang::Vi, 200, 50),
        (true, Lang::En, 200, 50),
    ] {
        let mut app = demo(false, ascii, lang);
        goto(&mut app, 1);
        let t = frame(&mut app, w, h);
        let buf = t.backend().buffer();
        let h = &app.review.rollup.headline.plan_tasks;
        let figure = format!("{}/{}", h.complete, h.total);
        // The card's label, then the digits on the rows beneath it.
        let label = crate::present::slides::figure(lang, crate::rollup::Figure::PlanTasks, false);
        let (x, y) = rows(buf)
            .iter()
            .enumerate()
            .find_map(|(y, r)| r.find(label).map(|i| (r[..i].chars().count(), y)))
            .expect("the label is on the slide");
        let big = super::big::Big::new(ascii);
        let at = Rect::new(
            u16::try_from(x).unwrap(),
            u16::try_from(y + 1).unwrap(),
            big.width(&figure),
            big.height(),
        );
        assert_eq!(
            super::big::read::decode(big, buf, at, super::big::read::ALPHABET),
            figure
        );
        assert!(!rows(buf).join("\n").contains(&figure), "big, not also plain");
    }
}

#[test]
fn the_directions_slide_in_english_and_vietnamese() {
    for (lang, sizes) in [
        (Lang::En, &[(80, 24), (120, 40), (200, 50)][..]),
        (Lang::Vi, &[(80, 24), (120, 40)][..]),
    ] {
        let mut app = with_directions(demo(false, false, lang));
        assert_eq!(app.slides().len(), 9);
        app.update(Action::LastSlide);
        assert_eq!(app.slide(), Slide::Directions);
        let prefix = if lang == Lang::Vi { "vi_" } else { "" };
        for &(w, h) in sizes {
            let t = frame(&mut app, w, h);
            let text = rows(t.backend().buffer()).join("\n");
            assert!(text.ends_with(" 9/9"), "{text}");
            assert_snapshot!(format!("{prefix}slide9_directions_{w}x{h}"), t.backend());
        }
    }
}

#[test]
fn the_directions_slide_counts_read_back_in_big_digits() {
    let mut app = with_directions(demo(false, false, Lang::En));
    app.update(Action::LastSlide);
    let (open, overdue, met) = {
        let rv = &app.review;
        crate::app::directions::count(&app.directions.slide_rows(&rv.ds, rv.review))
    };
    let t = frame(&mut app, 200, 50);
    let buf = t.backend().buffer();
    let big = super::big::Big::new(false);
    for (label, n) in [
        ("Open", open),
        ("Overdue", overdue),
        ("Met since the last meeting", met),
    ] {
        let (x, y) = rows(buf)
            .iter()
            .enumerate()
            .find_map(|(y, r)| r.find(label).map(|i| (r[..i].chars().count(), y)))
            .expect("the label is on the slide");
        let figure = n.to_string();
        let at = Rect::new(
            u16::try_from(x).unwrap(),
            u16::try_from(y + 1).unwrap(),
            big.width(&figure),
            big.height(),
        );
        assert_eq!(
            super::big::read::decode(big, buf, at, super::big::read::ALPHABET),
            figure,
            "{label}"
        );
    }
}
