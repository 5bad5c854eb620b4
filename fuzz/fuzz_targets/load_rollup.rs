//! Fuzzes the whole path: the input is split at 0xFF bytes into snapshot files, loaded with the
//! demo plan, and rolled up at every date present, with changes between consecutive dates.
#![no_main]

use libfuzzer_sys::fuzz_target;
use p06::load::load_memory;
use p06::rollup::{changes, roll_up};

const PLAN: &[u8] = include_bytes!("../../fixtures/demo/plan.json");

fuzz_target!(|data: &[u8]| {
    let files: Vec<(String, &[u8])> =
        data.split(|&b| b == 0xFF).enumerate().map(|(i, part)| (format!("snapshots/{i}.json"), part)).collect();
    let Ok(ds) = load_memory("fuzz", PLAN, &files) else { return };
    let mut before = None;
    for &date in ds.dates() {
        let now = roll_up(&ds, date);
        assert!(now.headline.plan_tasks.complete <= now.headline.plan_tasks.total);
        if let Some(prev) = &before {
            let _ = changes(&ds, prev, &now);
        }
        let _ = ds.stale_problems(date);
        before = Some(now);
    }
});
