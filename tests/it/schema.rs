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
    // Strict: formats are checked (a real calendar date), and an unknown `format` keyword is a
    // build error of the validator, as in ajv's strict mode.
    strict(&schema).unwrap_or_else(|e| panic!("{kind}: {e}"))
}

fn strict(schema: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .should_ignore_unknown_formats(false)
        .build(schema)
        .map_err(|e| e.to_string())
}

#[test]
fn strict_mode_refuses_what_schemars_wrote_before() {
    // The integer formats schemars emits by default; strict mode must refuse them, or the
    // tests above would prove nothing about strict validators.
    let old = serde_json::json!({"type": "integer", "format": "uint64", "minimum": 0});
    assert!(strict(&old).is_err());
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
}

/// The invalid fixtures whose fault lies in one value: the schema rejects each of them.
const ONE_VALUE: &[&str] = &[
    "bad-model-status",
    "bad-service-status",
    "bad-task-status",
    "inspection-empty-unit",
    "missing-as-of",
    "missing-status",
    "negative-number",
    "not-a-date",
    "progress-over-100",
    "wrong-format",
    "wrong-type",
];

/// Faults that need two values, another file or the plan (README "What the schema cannot
/// say"): the schema accepts them, and only `p06 check` finds them.
const CROSS_VALUE: &[&str] = &[
    "anti-malware-protected-over-endpoints",
    "applications-online-over-total",
    "chip-over-eligible",
    "completed-after-as-of",
    "completed-on-not-done",
    "duplicate-a",
    "duplicate-b",
    "event-after-as-of",
    "incidents-resolved-over-detected",
    "inspection-resolved-over-findings",
    "residents-in-db-over-residents",
    "unknown-district",
];

/// Not JSON text at all, so no schema applies. (`good*` files are the valid neighbours the
/// loader must keep; they pass the schema.)
const NOT_JSON: &[&str] = &["not-json", "not-utf8"];

#[test]
fn every_invalid_fixture_is_classified_and_one_value_faults_fail_the_schema() {
    let v = schema("snapshot");
    for file in json_files(&fixture("invalid/snapshots")) {
        let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        if ONE_VALUE.contains(&name) {
            assert!(!v.is_valid(&read(&file)), "{name} passes the schema");
        } else if CROSS_VALUE.contains(&name) || name.starts_with("good") {
            let e = errors(&v, &read(&file));
            assert!(e.is_empty(), "{name} is not a cross-value fault: {e:#?}");
        } else {
            assert!(
                NOT_JSON.contains(&name),
                "{name}: classify it in tests/it/schema.rs"
            );
        }
    }
}

#[test]
fn the_schemas_use_only_standard_formats() {
    for kind in ["plan", "snapshot"] {
        let out = p06()
            .args(["schema", kind])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.contains("uint"), "{kind}: {text}");
    }
}

#[test]
fn the_plan_schema_says_what_the_contract_says_about_single_values() {
    let v = schema("plan");
    let plan = read(&fixture("demo/plan.json"));
    let rejected = |edit: &dyn Fn(&mut Value)| {
        let mut bad = plan.clone();
        edit(&mut bad);
        !v.is_valid(&bad)
    };
    assert!(
        rejected(&|p| p["districts"] = serde_json::json!([])),
        "no districts"
    );
    assert!(rejected(&|p| p["province"] = "".into()), "empty province");
    assert!(
        rejected(&|p| p["districts"][0]["name"] = " ".into()),
        "blank name"
    );
    assert!(rejected(&|p| p["tasks"][0]["title"] = "".into()), "empty title");
    assert!(
        rejected(&|p| p["tasks"][0]["title"] = serde_json::json!({})),
        "no languages"
    );
    assert!(
        rejected(&|p| p["tasks"][0]["lead"] = serde_json::json!({"vi": ""})),
        "empty entry"
    );
    assert!(
        rejected(&|p| p["tasks"][0]["title"] = serde_json::json!({"EN": "x"})),
        "bad tag"
    );
    assert!(
        rejected(&|p| p["models"][0]["applies_to"] = serde_json::json!([])),
        "empty list"
    );
    assert!(
        rejected(&|p| p["security"]["drill_target"] = (-1).into()),
        "negative target"
    );
    assert!(rejected(&|p| p["issued"] = "2024-02-30".into()), "unreal date");
    // What the loader accepts, the schema accepts: text in any two-letter language, and a
    // whole number written as a float.
    let mut ok = plan.clone();
    ok["tasks"][0]["title"] = serde_json::json!({"vi": "Một", "en": "One", "fr": "Un"});
    ok["title"] = "Plain".into();
    ok["security"]["drill_target"] = serde_json::json!(1.0);
    assert_eq!(errors(&v, &ok), Vec::<String>::new());
}
