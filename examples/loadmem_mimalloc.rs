//! `cargo run --release --example loadmem_mimalloc -- DATA_DIR`: as `loadmem`, with mimalloc as
//! the global allocator, to see what it would change in the `p06` binary.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/support/loadmem.rs"]
mod loadmem;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    loadmem::run("mimalloc")
}
