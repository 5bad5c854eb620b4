//! Fuzzes the snapshot parser and validator against the demo plan: any bytes must give a
//! record or problems, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use p06::load::{Severity, load_plan, load_snapshot};

const PLAN: &[u8] = include_bytes!("../../fixtures/demo/plan.json");

fuzz_target!(|data: &[u8]| {
    let Ok((catalogue, _)) = load_plan(PLAN) else { return };
    let out = load_snapshot("snapshots/fuzz.json", data, &catalogue);
    let rejected = out.problems.iter().any(|p| p.severity == Severity::Error);
    assert_eq!(out.record.is_none(), rejected, "{:?}", out.problems);
});
