//! `cargo bench --bench reload`: live reload of one changed snapshot, as the TUI does it:
//! read the file, `load_snapshot`, `Dataset::put_file`, and `roll_up` at the review date.
//! `put_file` alone is measured too, since it is the part that grows with the data set.
//!
//! The same file is put back on every iteration, so the data set does not change between them.
//!
//! `burst_*`: 100 files landing at once (copies of existing snapshots under new names), put
//! one re-index per file (`one_by_one`, what live reload did) or with one re-index for all
//! (`batched`, `Dataset::change_files`, what the loader thread does now).

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[allow(dead_code)]
mod support;

use std::path::Path;

use divan::Bencher;
use p06::load::{Dataset, load_dir, load_snapshot};
use p06::rollup::roll_up;

fn main() {
    support::main();
}

/// The data set and the relative path of one file at the latest date (the one most likely
/// to be edited), in the middle of the district list.
fn setup(dir: &Path) -> (Dataset, String) {
    let ds = load_dir(dir).expect("load");
    let latest = ds.latest().expect("dates");
    let at_latest: Vec<&str> = ds
        .files()
        .iter()
        .filter(|f| f.record.as_ref().is_some_and(|r| r.as_of == latest))
        .map(|f| f.file.as_str())
        .collect();
    let file = at_latest[at_latest.len() / 2].to_owned();
    (ds, file)
}

fn reload(b: Bencher, dir: &Path) {
    let (mut ds, file) = setup(dir);
    let abs = dir.join(&file);
    let r = ds.latest().expect("dates");
    b.bench_local(|| {
        let bytes = std::fs::read(&abs).expect("read");
        let outcome = load_snapshot(&file, &bytes, &ds.catalogue);
        ds.put_file(outcome);
        roll_up(&ds, r)
    });
}

fn put_file_only(b: Bencher, dir: &Path) {
    let (mut ds, file) = setup(dir);
    let bytes = std::fs::read(dir.join(&file)).expect("read");
    let outcome = load_snapshot(&file, &bytes, &ds.catalogue);
    b.bench_local(|| ds.put_file(outcome.clone()));
}

/// 100 outcomes for new paths, copies of the data set's first files.
fn burst(ds: &Dataset) -> Vec<p06::load::FileOutcome> {
    ds.files()
        .iter()
        .take(100)
        .enumerate()
        .map(|(i, f)| {
            let mut f = f.clone();
            f.file = format!("snapshots/burst/{i:03}.json");
            f
        })
        .collect()
}

fn burst_one_by_one(b: Bencher, dir: &Path) {
    let (mut ds, _) = setup(dir);
    let files = burst(&ds);
    b.bench_local(|| {
        for f in files.clone() {
            ds.put_file(f);
        }
    });
}

fn burst_batched(b: Bencher, dir: &Path) {
    let (mut ds, _) = setup(dir);
    let files = burst(&ds);
    b.bench_local(|| ds.change_files(files.clone(), &[]));
}

#[divan::bench_group]
mod province {
    use super::*;

    #[divan::bench]
    fn one_file(b: Bencher) {
        reload(b, &support::province());
    }

    #[divan::bench]
    fn put_file(b: Bencher) {
        put_file_only(b, &support::province());
    }

    #[divan::bench]
    fn burst_one_by_one(b: Bencher) {
        super::burst_one_by_one(b, &support::province());
    }

    #[divan::bench]
    fn burst_batched(b: Bencher) {
        super::burst_batched(b, &support::province());
    }
}

#[divan::bench_group(sample_count = 20, sample_size = 1)]
mod nation {
    use super::*;

    #[divan::bench]
    fn one_file(b: Bencher) {
        reload(b, &support::nation());
    }

    #[divan::bench]
    fn put_file(b: Bencher) {
        put_file_only(b, &support::nation());
    }
}
