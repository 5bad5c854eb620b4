//! `cargo run --release --example loadmem -- DATA_DIR`: loads and rolls up a data directory with
//! the system allocator and prints counts, time and peak memory next to the JSON size.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/support/loadmem.rs"]
mod loadmem;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    loadmem::run("system")
}
