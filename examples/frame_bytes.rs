//! Prints what ratatui's diff writes for a one-row move (`j`) on each panel at 120x40, on a
//! data directory: for the first move that keeps the table still, and the first that scrolls.
//!
//! ```text
//! cargo run --release --example frame_bytes -- /tmp/p06-bench/nation-700x52-s1
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/support/frame_bytes.rs"]
mod frame_bytes;

use p06::app::{App, Look, Review};

fn main() {
    let dir = std::env::args_os().nth(1).expect("usage: frame_bytes DATA");
    let ds = p06::load::load_dir(std::path::Path::new(&dir)).expect("load");
    let mut app = App::new(
        Review::new(ds, None, None),
        Look {
            color: true,
            ascii: false,
            lang: p06::present::Lang::En,
        },
    );
    println!("panel  move (bytes)  scroll (bytes)");
    for n in 1..=8 {
        let (still, scrolled) = frame_bytes::down_bytes(&mut app, n, 120, 40).unwrap();
        let show = |b: Option<usize>| b.map_or_else(|| "-".to_owned(), |b| b.to_string());
        println!("{n:>5}  {:>12}  {:>14}", show(still), show(scrolled));
    }
}
