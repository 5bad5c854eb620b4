//! Terminal output per key: a one-row selection move at 120x40 that does not scroll must make
//! ratatui's diff write under 1 KB (issue 5), on every panel with a table. Deterministic, so
//! it is a plain test; the same figures on the synthetic data sets come from
//! `cargo run --release --example frame_bytes`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../benches/support/frame_bytes.rs"]
mod measure;

use p06::app::{App, Look, Review};

#[test]
fn a_one_row_move_writes_under_a_kilobyte() {
    for n in 1..=8 {
        let ds = p06::demo::load().unwrap();
        let mut app = App::new(
            Review::new(ds, None, None),
            Look {
                color: true,
                ascii: false,
                lang: p06::present::Lang::En,
            },
        );
        let (still, scrolled) = measure::down_bytes(&mut app, n, 120, 40).unwrap();
        eprintln!("panel {n}: a move {still:?} bytes, a scroll {scrolled:?} bytes");
        if let Some(b) = still {
            assert!(b < 1024, "panel {n}: a one-row move wrote {b} bytes");
        }
    }
}
