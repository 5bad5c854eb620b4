//! The published JSON Schemas (`p06 schema plan|snapshot`) agree with the data: every demo file
//! validates, and values the loader rejects for their shape are rejected by the schema too.

use serde_json::Value;

use crate::common::{fixture, json_files, p06};

fn schema(kind: &str) -> jsonschema::Validator {
    let out = p06()
        .args(["schema", kind])
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{kind}: {e}"))
}

fn read(path: &std::path::Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_plan_schema_validates_the_demo_plan() {
    let v = schema("plan");
    let plan = read(&fixture("demo/plan.json"));
    assert_eq!(errors(&v, &plan), Vec::<String>::new());
    let mut bad = plan.clone();
    bad["districts"][0]["code"] = "hl".into();
    assert!(!v.is_valid(&bad), "a lower-case district code");
    let mut bad = plan;
    bad["format"] = "p06.plan/2".into();
    assert!(!v.is_valid(&bad), "a wrong format tag");
}

#[test]
fn the_snapshot_schema_validates_every_demo_snapshot() {
    let v = schema("snapshot");
    let files = json_files(&fixture("demo/snapshots"));
    assert!(files.len() >= 13 * 13, "{}", files.len());
    for file in &files {
        let e = errors(&v, &read(file));
        assert!(e.is_empty(), "{}: {e:#?}", file.display());
    }
}

#[test]
fn the_snapshot_schema_rejects_a_wrong_status() {
    let v = schema("snapshot");
    let mut snap = read(&fixture("demo/snapshots/2024-12/HL.json"));
    assert!(v.is_valid(&snap));
    snap["tasks"][0]["status"] = "finished".into();
    let e = errors(&v, &snap);
    assert!(e.iter().any(|e| e.starts_with("/tasks/0/status")), "{e:#?}");
    // The invalid fixtures whose fault is the shape of a value fail the schema as well.
    for name in [
        "bad-task-status",
        "bad-model-status",
        "progress-over-100",
        "negative-number",
        "wrong-format",
        "missing-as-of",
    ] {
        let file = fixture(&format!("invalid/snapshots/{name}.json"));
        assert!(!v.is_valid(&read(&file)), "{name} passes the schema");
    }
}
