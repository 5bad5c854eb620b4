//! Writes a synthetic data directory of any size for benchmarks and scale testing (issue 5).
//!
//! ```text
//! cargo run --release --example synth -- --districts 13 --dates 52 --out /tmp/p06-province
//! cargo run --release --example synth -- --districts 700 --dates 52 --out /tmp/p06-nation --seed 7
//! ```
//!
//! The same seed always writes the same bytes. `OUT/snapshots` must not exist yet, unless
//! `--force` is given, which deletes it first (a smaller run must not leave stale files behind).
//! The generation logic lives in `benches/support/synth/`, shared with the benches.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/support/synth/mod.rs"]
mod synth;

use std::error::Error;
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn Error>> {
    let usage = "usage: synth --districts N --dates N --out DIR [--seed N] [--force]";
    let mut spec = synth::Spec {
        districts: 13,
        dates: 52,
        seed: 1,
    };
    let (mut out, mut force) = (None, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(usage);
        match arg.as_str() {
            "--districts" => spec.districts = value()?.parse()?,
            "--dates" => spec.dates = value()?.parse()?,
            "--seed" => spec.seed = value()?.parse()?,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--force" => force = true,
            _ => return Err(usage.into()),
        }
    }
    let out = out.ok_or(usage)?;
    if !(1..=26 * 26 * 27).contains(&spec.districts) || spec.dates == 0 {
        return Err("--districts must be 1..=18252 and --dates at least 1".into());
    }
    let snapshots = out.join("snapshots");
    if snapshots.exists() {
        if !force {
            return Err(format!("{} exists; pass --force to replace it", snapshots.display()).into());
        }
        std::fs::remove_dir_all(&snapshots)?;
    }
    let t = Instant::now();
    let w = synth::generate(&out, &spec)?;
    println!(
        "wrote {}: plan.json and {} snapshots, {:.1} MB of snapshot JSON, in {:.1} s",
        out.display(),
        w.files,
        w.bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    Ok(())
}
