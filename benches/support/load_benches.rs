//! The load benchmarks, shared by `benches/load.rs` (system allocator) and
//! `benches/load_mimalloc.rs` (mimalloc), so both run the same code next to the same floor.
//!
//! Per size: `baseline` is the floor, plain `serde_json::from_slice::<Snapshot>` of every
//! snapshot file (read from disk) on rayon's threads, keeping the values; `load_dir` is the
//! real loader (walk, read, parse, check, index); `first_frame` adds the roll-up at the latest
//! date, i.e. everything before the TUI draws. `one_thread` splits a province's per-file cost
//! on one core, files already in memory, to show where the loader's time goes.

use divan::Bencher;
use divan::counter::BytesCount;
use p06::model::Snapshot;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

use crate::support;

fn baseline(files: &[PathBuf]) -> Vec<Snapshot> {
    files
        .par_iter()
        .map(|f| {
            let bytes = std::fs::read(f).expect("read");
            serde_json::from_slice::<Snapshot>(&bytes).expect("parse")
        })
        .collect()
}

fn load(dir: &Path) -> p06::load::Dataset {
    p06::load::load_dir(dir).expect("load")
}

fn first_frame(dir: &Path) -> (p06::load::Dataset, p06::rollup::Rollup) {
    let ds = load(dir);
    let r = p06::rollup::roll_up(&ds, ds.latest().expect("dates"));
    (ds, r)
}

#[divan::bench_group]
mod province {
    use super::*;

    #[divan::bench]
    fn baseline(b: Bencher) {
        let (files, bytes) = support::snapshot_files(&support::province());
        b.counter(BytesCount::new(bytes))
            .bench(|| super::baseline(&files));
    }

    #[divan::bench]
    fn load_dir(b: Bencher) {
        let dir = support::province();
        b.bench(|| load(&dir));
    }

    #[divan::bench]
    fn first_frame(b: Bencher) {
        let dir = support::province();
        b.bench(|| super::first_frame(&dir));
    }
}

#[divan::bench_group(sample_count = 3, sample_size = 1)]
mod nation {
    use super::*;

    #[divan::bench]
    fn baseline(b: Bencher) {
        let (files, bytes) = support::snapshot_files(&support::nation());
        b.counter(BytesCount::new(bytes))
            .bench(|| super::baseline(&files));
    }

    #[divan::bench]
    fn load_dir(b: Bencher) {
        let dir = support::nation();
        b.bench(|| load(&dir));
    }

    #[divan::bench]
    fn first_frame(b: Bencher) {
        let dir = support::nation();
        b.bench(|| super::first_frame(&dir));
    }
}

/// A province's files, in memory, on one thread: typed parse, the same under `serde_ignored`
/// (what the loader's fast path did), and the loader's whole per-file work.
#[divan::bench_group(sample_count = 20)]
mod one_thread {
    use super::*;

    fn inputs() -> (Vec<(String, Vec<u8>)>, p06::load::Catalogue, u64) {
        let dir = support::province();
        let (files, bytes) = support::snapshot_files(&dir);
        let plan = std::fs::read(dir.join("plan.json")).expect("plan");
        let (cat, _) = p06::load::load_plan(&plan).expect("plan loads");
        let texts = files
            .iter()
            .map(|f| (f.display().to_string(), std::fs::read(f).expect("read")))
            .collect();
        (texts, cat, bytes)
    }

    #[divan::bench]
    fn typed_parse(b: Bencher) {
        let (texts, _, bytes) = inputs();
        b.counter(BytesCount::new(bytes)).bench(|| {
            texts
                .iter()
                .map(|(_, t)| serde_json::from_slice::<Snapshot>(t).expect("parse"))
                .collect::<Vec<_>>()
        });
    }

    #[divan::bench]
    fn serde_ignored_parse(b: Bencher) {
        let (texts, _, bytes) = inputs();
        b.counter(BytesCount::new(bytes)).bench(|| {
            texts
                .iter()
                .map(|(_, t)| {
                    let mut unknown = Vec::new();
                    let mut de = serde_json::Deserializer::from_slice(t);
                    let s: Snapshot =
                        serde_ignored::deserialize(&mut de, |p| unknown.push(p.to_string())).expect("parse");
                    (s, unknown)
                })
                .collect::<Vec<_>>()
        });
    }

    #[divan::bench]
    fn load_snapshot(b: Bencher) {
        let (texts, cat, bytes) = inputs();
        b.counter(BytesCount::new(bytes)).bench(|| {
            texts
                .iter()
                .map(|(f, t)| p06::load::load_snapshot(f, t, &cat))
                .collect::<Vec<_>>()
        });
    }
}
