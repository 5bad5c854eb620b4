//! `cargo bench --bench load_mimalloc`: the same benches as `load`, with mimalloc as the global
//! allocator, to measure what switching the binary's allocator would gain.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(dead_code)]
mod support;

#[path = "support/load_benches.rs"]
mod load_benches;

fn main() {
    support::main();
}
