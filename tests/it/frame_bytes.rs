//! Terminal output per key: a one-row selection move at 120x40 that does not scroll must make
//! ratatui's diff write under 1 KB (issue 5), on every panel with a table. Deterministic, so
//! it is a plain test; the same figures on the synthetic data sets come from
//! `cargo run --release --example frame_bytes`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../benches/support/frame_bytes.rs"]
mod measure;

use p06::app::{App, Look, Panel, Review};

#[test]
fn a_one_row_move_writes_under_a_kilobyte() {
    let mut measured = 0;
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
        // Every panel with a table has rows enough on the demo to move without scrolling: a
        // panel that measured nothing would make this test pass without checking it.
        let has_table = !Panel::ALL[n - 1].tables().is_empty();
        assert_eq!(
            still.is_some(),
            has_table,
            "panel {n}: no one-row move was measured"
        );
        if let Some(b) = still {
            assert!(b < 1024, "panel {n}: a one-row move wrote {b} bytes");
            measured += 1;
        }
    }
    assert!(measured > 0, "no panel measured");
}
