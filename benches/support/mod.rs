//! Shared setup for the p06 benches: where the synthetic data sets live (generated on first use,
//! then reused), which sizes run, and divan's configuration.
//!
//! - Data: `$P06_BENCH_DATA` (default `/tmp/p06-bench`) holds `province-13x52-s1` (676 files,
//!   generated in well under a second when missing) and `nation-700x52-s1` (36,400 files,
//!   ~0.73 GB, ~10 s to generate).
//! - Nation-year benches run only when `P06_BENCH_NATION=1` or their data directory exists, so a
//!   plain `cargo bench` stays within minutes.
//! - `P06_BENCH_QUICK=1` takes 5 samples per bench instead of divan's default 100.
//!
//! `render.rs` (frames, `]`, reload to frame) uses [`province`] and [`nation`] the same way;
//! `frame_bytes.rs` is shared with `tests/it/frame_bytes.rs` and `examples/frame_bytes.rs`.

pub mod synth;

use std::path::{Path, PathBuf};

use synth::Spec;

pub const PROVINCE: Spec = Spec {
    districts: 13,
    dates: 52,
    seed: 1,
};
pub const NATION: Spec = Spec {
    districts: 700,
    dates: 52,
    seed: 1,
};

fn dir_for(name: &str, spec: &Spec) -> PathBuf {
    let base =
        std::env::var_os("P06_BENCH_DATA").map_or_else(|| PathBuf::from("/tmp/p06-bench"), PathBuf::from);
    base.join(format!("{name}-{}x{}-s{}", spec.districts, spec.dates, spec.seed))
}

/// The data directory for `spec`, generated now unless a complete one is there already.
fn ensure(name: &str, spec: &Spec) -> PathBuf {
    let dir = dir_for(name, spec);
    if !dir.join(synth::COMPLETE_MARKER).exists() {
        eprintln!("generating {} ...", dir.display());
        let snapshots = dir.join("snapshots");
        if snapshots.exists() {
            std::fs::remove_dir_all(&snapshots).expect("remove an incomplete data set");
        }
        synth::generate(&dir, spec).expect("generate the data set");
    }
    dir
}

/// Province-year: 13 districts x 52 weekly dates.
pub fn province() -> PathBuf {
    ensure("province", &PROVINCE)
}

/// Nation-year: 700 districts x 52 weekly dates.
pub fn nation() -> PathBuf {
    ensure("nation", &NATION)
}

/// Whether the nation-year benches run.
pub fn nation_enabled() -> bool {
    std::env::var("P06_BENCH_NATION").is_ok_and(|v| v == "1")
        || dir_for("nation", &NATION).join(synth::COMPLETE_MARKER).exists()
}

/// Every snapshot file of a data directory, sorted, with the total size in bytes.
pub fn snapshot_files(dir: &Path) -> (Vec<PathBuf>, u64) {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir.join("snapshots"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "json"))
        .map(walkdir::DirEntry::into_path)
        .collect();
    files.sort();
    let bytes = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    (files, bytes)
}

/// Runs divan with the quick and nation settings above; command-line options still win.
pub fn main() {
    let mut divan = divan::Divan::default();
    if std::env::var("P06_BENCH_QUICK").is_ok_and(|v| v == "1") {
        divan = divan.sample_count(5).sample_size(1);
    }
    if !nation_enabled() {
        divan = divan.skip_regex("nation");
    }
    divan.config_with_args().main();
}
