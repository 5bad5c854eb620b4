//! Resize storms: hundreds of SIGWINCH in a row, sizes from 1x1 to 300x100, while a filter is
//! being typed. The console must not crash, must keep answering keys, and must end on a clean,
//! complete frame: exactly what a console started at the final size shows, with nothing left
//! over from an earlier size.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty::{Console, assert_restored, p06};

/// The storm's sizes, rows x columns: the extremes, then a fixed pseudo-random walk (the same
/// every run, so a failure can be replayed).
fn storm() -> Vec<(u16, u16)> {
    let mut sizes = vec![
        (1, 1),
        (100, 300),
        (1, 300),
        (100, 1),
        (16, 60),
        (15, 59),
        (24, 80),
    ];
    let mut x: u32 = 0x2545_f491;
    for _ in 0..200 {
        // xorshift32
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let rows = u16::try_from(x % 100).unwrap() + 1;
        let cols = u16::try_from((x >> 8) % 300).unwrap() + 1;
        sizes.push((rows, cols));
    }
    sizes
}

#[test]
fn a_resize_storm_ends_on_a_clean_frame() {
    const ROWS: u16 = 30;
    const COLS: u16 = 100;
    let keys = ["2", "/", "ju"];

    let mut c = Console::start(&[], &[]);
    c.wait_for("Headline at");
    for k in keys {
        c.send(k);
    }
    c.wait_for("/ju");
    for (rows, cols) in storm() {
        c.resize(rows, cols);
    }
    c.resize(ROWS, COLS);

    // The same console, started at the final size and in the same state.
    let mut fresh = Console::spawn(p06(&[], &[]), ROWS, COLS);
    fresh.wait_for("Headline at");
    for k in keys {
        fresh.send(k);
    }
    fresh.wait_frame("the filtered Tasks", |s| s.contents().contains("of 54 /ju"));
    // Ctrl-L: the frame after it is drawn once everything before it is handled, so it is
    // the settled frame, not one a layout feedback redraw is about to replace.
    let mark = fresh.mark();
    fresh.send("\x0c");
    fresh.wait_seen("the repaint", |s| {
        s.raw.ends_with(b"\x1b[?2026l") && String::from_utf8_lossy(&s.raw[mark..]).contains("\x1b[2J")
    });
    let expected = fresh.seen().parser.screen().contents();
    fresh.send("\x03");
    assert_eq!(fresh.exit_code(), 0);

    c.wait_frame("the frame a fresh console draws at 100x30", |s| {
        s.contents() == expected
    });
    // Still answering keys, in the state it was in.
    c.send("s");
    c.wait_until("the filter to hold 's'", |s| s.contents().contains("/jus"));
    // Keys sent apart: Esc and `q` in one read would be Alt-q.
    c.send("\x1b");
    c.wait_until("the filter to clear", |s| !s.contents().contains("/jus"));
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}
