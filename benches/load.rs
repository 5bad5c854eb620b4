//! `cargo bench --bench load`: load, validate and roll up, next to the parsing floor, with the
//! system allocator (what the `p06` binary uses today). See `support/load_benches.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[allow(dead_code)]
mod support;

#[path = "support/load_benches.rs"]
mod load_benches;

fn main() {
    support::main();
}
