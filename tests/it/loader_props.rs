//! Property tests: whatever bytes a district office sends, the loader answers with a record or
//! with problems, never a panic; and a problem always names its file.

use p06::load::{Severity, load_plan, load_snapshot};
use proptest::prelude::*;

const PLAN: &str = r#"{"format": "p06.plan/1", "province": "Quảng Ninh",
  "districts": [{"code": "HL", "name": "Hạ Long", "kind": "city"}, {"code": "CT", "name": "Cô Tô", "kind": "district"}],
  "tasks": [{"id": "T01", "title": "Clean data", "kind": "plan", "due": "2024-06-30"},
            {"id": "T02", "title": "Island link", "kind": "plan", "applies_to": ["CT"]}],
  "models": [{"id": "M01", "title": "Cashless pensions"}],
  "services": [{"id": "S01", "title": "Birth registration"}],
  "security": {"inspection_target": 2}}"#;

const SNAPSHOT: &str = r#"{
  "format": "p06.snapshot/1", "district": "HL", "as_of": "2024-12-31",
  "reported_by": {"name": "Nguyễn Văn An", "role": "Officer"},
  "tasks": [{"id": "T01", "status": "done", "progress": 100, "completed_on": "2024-05-30"}],
  "models": [{"id": "M01", "status": "operating"}],
  "services": [{"id": "S01", "status": "online", "applications": {"online": 1200, "total": 1500}}],
  "identity": {"residents": 320000, "residents_in_database": 320000, "digital_signatures": 9800},
  "security": {"inspections": [{"unit": "Finance", "date": "2024-09-12", "findings": {"high": 1}, "resolved": 1}],
               "four_layer": {"on_site": true}, "anti_malware": {"endpoints": 10, "protected": 9},
               "incidents": {"detected": 2, "resolved": 1}}
}"#;

fn catalogue() -> p06::load::Catalogue {
    match load_plan(PLAN.as_bytes()) {
        Ok((c, _)) => c,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_base_snapshot_is_clean() {
    let out = load_snapshot("snapshots/hl.json", SNAPSHOT.as_bytes(), &catalogue());
    assert!(out.record.is_some());
    assert!(out.problems.is_empty(), "{:?}", out.problems);
}

/// A valid snapshot with a few bytes changed, removed or inserted.
fn mutated() -> impl Strategy<Value = Vec<u8>> {
    let edits = prop::collection::vec((0..SNAPSHOT.len(), any::<u8>(), 0..3u8), 1..6);
    edits.prop_map(|edits| {
        let mut bytes = SNAPSHOT.as_bytes().to_vec();
        for (at, byte, op) in edits {
            let at = at.min(bytes.len().saturating_sub(1));
            match op {
                0 => bytes[at] = byte,
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, byte),
            }
        }
        bytes
    })
}

/// A valid snapshot with one JSON token swapped for another plausible one.
fn token_swapped() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "\"done\"",
        "\"finished\"",
        "-1",
        "101",
        "1e400",
        "99999999999999999999",
        "null",
        "true",
        "[]",
        "{}",
        "\"2024-02-30\"",
        "\"2099-01-01\"",
        "\"\"",
        "\"HL\"",
        "\"XX\"",
        "0",
        "\"\\u0000\"",
    ]);
    let values: Vec<usize> = SNAPSHOT.match_indices(": ").map(|(i, _)| i + 2).collect();
    (prop::sample::select(values), tokens).prop_map(|(at, token)| {
        let rest = &SNAPSHOT[at..];
        // Replace the value token up to the next delimiter (strings, numbers, literals).
        let end = if let Some(inner) = rest.strip_prefix('"') {
            inner.find('"').map_or(rest.len(), |i| i + 2)
        } else {
            rest.find([',', '}', ']']).unwrap_or(rest.len())
        };
        format!("{}{}{}", &SNAPSHOT[..at], token, &rest[end..])
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let out = load_snapshot("snapshots/x.json", &bytes, &catalogue());
        prop_assert!(out.record.is_some() || !out.problems.is_empty());
        prop_assert!(out.problems.iter().all(|p| p.file == "snapshots/x.json"));
    }

    #[test]
    fn mutated_snapshots_load_or_explain(bytes in mutated()) {
        let out = load_snapshot("snapshots/m.json", &bytes, &catalogue());
        let rejected = out.problems.iter().any(|p| p.severity == Severity::Error);
        prop_assert_eq!(out.record.is_none(), rejected, "{:?}", out.problems);
        for p in &out.problems {
            if let (Some(line), Some(col)) = (p.line, p.column) {
                prop_assert!(line >= 1 && col >= 1);
            }
            prop_assert!(!p.english().is_empty());
        }
    }

    #[test]
    fn swapped_tokens_load_or_explain(text in token_swapped()) {
        let out = load_snapshot("snapshots/t.json", text.as_bytes(), &catalogue());
        let rejected = out.problems.iter().any(|p| p.severity == Severity::Error);
        prop_assert_eq!(out.record.is_none(), rejected, "{:?}", out.problems);
        // An error from a typed value always says where it is.
        for p in out.problems.iter().filter(|p| p.severity == Severity::Error) {
            prop_assert!(p.line.is_some(), "{}", p);
        }
    }

    #[test]
    fn arbitrary_plans_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = load_plan(&bytes);
    }
}
