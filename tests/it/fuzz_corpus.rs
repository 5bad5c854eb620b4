//! Replays the committed fuzz corpus (and any regression inputs) through the same checks as the
//! fuzz targets in `fuzz/`, so that what the fuzzer once explored stays explored in CI, where
//! the fuzzer itself does not run.

use std::path::PathBuf;

use p06::load::{LoadError, Severity, load_memory, load_plan, load_snapshot};
use p06::rollup::{changes, roll_up};

const PLAN: &[u8] = include_bytes!("../../fixtures/demo/plan.json");

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["corpus", "regressions"] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz")
            .join(dir)
            .join(target);
        let Ok(entries) = std::fs::read_dir(&path) else {
            continue;
        };
        for e in entries.flatten() {
            let bytes = std::fs::read(e.path()).unwrap_or_else(|err| panic!("{}: {err}", e.path().display()));
            out.push((e.path(), bytes));
        }
    }
    out
}

#[test]
fn snapshot_corpus() {
    let (catalogue, _) = load_plan(PLAN).unwrap_or_else(|e| panic!("{e}"));
    let all = inputs("snapshot");
    assert!(!all.is_empty(), "the snapshot corpus is missing");
    for (path, bytes) in all {
        let out = load_snapshot("snapshots/fuzz.json", &bytes, &catalogue);
        let rejected = out.problems.iter().any(|p| p.severity == Severity::Error);
        assert_eq!(out.record.is_none(), rejected, "{}", path.display());
    }
}

#[test]
fn plan_corpus() {
    let all = inputs("plan");
    assert!(!all.is_empty(), "the plan corpus is missing");
    let mut accepted = 0;
    for (path, bytes) in &all {
        // A plan is accepted with no error, or refused with at least one.
        match load_plan(bytes) {
            Ok((_, problems)) => {
                accepted += 1;
                assert!(
                    problems.iter().all(|p| p.severity != Severity::Error),
                    "{}",
                    path.display()
                );
            }
            Err(LoadError::BadPlan(problems)) => assert!(
                problems.iter().any(|p| p.severity == Severity::Error),
                "{}",
                path.display()
            ),
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    // A corpus of nothing but refusals would never reach the checks after parsing.
    assert!(
        accepted > 0 && accepted < all.len(),
        "{accepted} of {} accepted",
        all.len()
    );
}

#[test]
fn load_rollup_corpus() {
    let all = inputs("load_rollup");
    assert!(!all.is_empty(), "the load_rollup corpus is missing");
    for (path, bytes) in all {
        let files: Vec<(String, &[u8])> = bytes
            .split(|&b| b == 0xFF)
            .enumerate()
            .map(|(i, p)| (format!("snapshots/{i}.json"), p))
            .collect();
        let ds = load_memory("fuzz", PLAN, &files).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut before = None;
        for &date in ds.dates() {
            let now = roll_up(&ds, date);
            assert!(now.headline.plan_tasks.complete <= now.headline.plan_tasks.total);
            if let Some(prev) = &before {
                let _ = changes(&ds, prev, &now);
            }
            before = Some(now);
        }
    }
}
