//! The command line as a user meets it: `check` and `report` exit statuses, where their output
//! goes, usage errors, and `--out` never writing into a data directory.

use std::fs;

use predicates::prelude::*;

use crate::common::{copy_fixture, fixture, json_files, p06};

/// The last line of a command's standard output.
fn last_line(out: &[u8]) -> String {
    String::from_utf8_lossy(out)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned()
}

fn summary_line() -> predicates::str::RegexPredicate {
    predicate::str::is_match(r"^\d+ errors?, \d+ warnings?, \d+ notes? in \d+ files?$")
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn check_on_the_demo_passes_and_ends_with_the_summary() {
    let out = p06().arg("check").arg(fixture("demo")).assert().success().code(0);
    let stdout = out.get_output().stdout.clone();
    let last = last_line(&stdout);
    assert!(summary_line().eval(&last), "{last:?}");
    assert!(last.starts_with("0 errors, "), "{last}");
    // Every other line is one problem, sorted by file.
    let text = String::from_utf8_lossy(&stdout);
    let files: Vec<&str> = text
        .lines()
        .rev()
        .skip(1)
        .map(|l| l.split(':').next().unwrap_or(""))
        .collect();
    assert!(files.windows(2).all(|w| w[0] >= w[1]), "{text}");
    assert!(
        text.contains(": warning: "),
        "the demo shows its warnings: {text}"
    );
}

#[test]
fn check_on_invalid_data_exits_1_and_names_every_bad_file() {
    let dir = fixture("invalid");
    let out = p06().arg("check").arg(&dir).assert().code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let files = json_files(&dir.join("snapshots"));
    assert!(files.len() > 20, "{files:?}");
    for file in files {
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let named = format!("snapshots/{name}");
        let has_error = stdout
            .lines()
            .any(|l| l.starts_with(&named) && l.contains(": error: "));
        // The fixture's good files sit next to the bad ones to show they still load.
        assert_eq!(has_error, !name.starts_with("good"), "{name}:\n{stdout}");
    }
    assert!(
        !stdout.contains(".hidden.json") && !stdout.contains("readme.txt"),
        "{stdout}"
    );
    let last = last_line(&out.get_output().stdout);
    assert!(
        summary_line().eval(&last) && !last.starts_with("0 errors"),
        "{last}"
    );
}

#[test]
fn strict_turns_warnings_into_failure() {
    let dir = fixture("warnings");
    p06()
        .arg("check")
        .arg(&dir)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(": warning: "));
    p06().args(["check", "--strict"]).arg(&dir).assert().code(1);
    // --strict does not fail clean data.
    let clean = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    fs::copy(dir.join("plan.json"), clean.path().join("plan.json")).unwrap_or_else(|e| panic!("{e}"));
    p06()
        .args(["check", "--strict"])
        .arg(clean.path())
        .assert()
        .code(0)
        .stdout("0 errors, 0 warnings, 0 notes in 1 file\n");
}

#[test]
fn check_on_a_missing_directory_cannot_run() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let missing = tmp.path().join("no-such-data");
    p06()
        .arg("check")
        .arg(&missing)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no-such-data: no such data directory"));
}

#[test]
fn a_broken_plan_is_fatal_with_its_place() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let plan = "{\n  \"format\": \"p06.plan/1\",\n  \"province\": \"Quảng Ninh\",\n  \"districts\": [\n    { \"code\": \"hl\", \"name\": \"Hạ Long\", \"kind\": \"city\" }\n  ]\n}\n";
    fs::write(tmp.path().join("plan.json"), plan).unwrap_or_else(|e| panic!("{e}"));
    p06()
        .arg("check")
        .arg(tmp.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "plan.json:5:15: error: districts[0].code: `hl` is not a district code",
        ));
    // Not JSON at all: still a place.
    fs::write(tmp.path().join("plan.json"), "{\n  \"format\": \n}").unwrap_or_else(|e| panic!("{e}"));
    p06()
        .arg("check")
        .arg(tmp.path())
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"plan\.json:3:1: error: ").unwrap_or_else(|e| panic!("{e}")));
}

#[test]
fn check_json_lists_problems_with_every_key() {
    let out = p06()
        .args(["check", "--format", "json"])
        .arg(fixture("invalid"))
        .assert()
        .code(1);
    let v: serde_json::Value =
        serde_json::from_slice(&out.get_output().stdout).unwrap_or_else(|e| panic!("{e}"));
    let problems = v["problems"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert!(problems.len() >= 20);
    for p in problems {
        let keys: Vec<&str> = p
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            ["column", "file", "line", "message", "path", "severity"],
            "{p}"
        );
    }
    // Whole-file problems have no place: null, not missing.
    let dup = problems
        .iter()
        .find(|p| p["file"] == "snapshots/duplicate-a.json")
        .unwrap_or_else(|| panic!("{v}"));
    assert!(
        dup["line"].is_null() && dup["column"].is_null() && dup["path"].is_null(),
        "{dup}"
    );
    assert_eq!(v["summary"]["errors"].as_u64(), Some(problems.len() as u64));
}

#[test]
fn usage_errors_exit_2() {
    p06()
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage"));
    p06().args(["report", "x", "--format", "pdf"]).assert().code(2);
    p06()
        .args(["report", "x", "--as-of", "2024-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("February 2024 has 29 days"));
    p06().args(["schema", "district"]).assert().code(2);
    p06().args(["check", "--no-such-flag", "x"]).assert().code(2);
}

#[test]
fn version_and_help() {
    p06()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("p06 {}\n", env!("CARGO_PKG_VERSION")));
    p06().arg("--help").assert().success().stdout(
        predicate::str::contains("check")
            .and(predicate::str::contains("report"))
            .and(predicate::str::contains("schema")),
    );
    p06()
        .args(["report", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--since"));
}

#[test]
fn report_dates_outside_the_data_cannot_run() {
    let demo = fixture("demo");
    p06()
        .args(["report", "--as-of", "2023-01-01"])
        .arg(&demo)
        .assert()
        .code(2)
        .stdout("")
        .stderr("p06: no snapshot on or before 2023-01-01; the earliest is 2024-01-31\n");
    p06()
        .args(["report", "--as-of", "2024-06-30", "--since", "2024-06-30"])
        .arg(&demo)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "must be before the review date 2024-06-30",
        ));
    p06()
        .args(["report", "--since", "2024-01-01"])
        .arg(&demo)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no snapshot on or before 2024-01-01"));
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    fs::copy(demo.join("plan.json"), empty.path().join("plan.json")).unwrap_or_else(|e| panic!("{e}"));
    p06()
        .arg("report")
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has no usable snapshot"));
}

#[test]
fn report_never_writes_into_the_data_directory() {
    let tmp = copy_fixture("warnings");
    let data = tmp.path().join("data");
    let before = json_files(&data);
    for out in [
        data.join("report.md"),
        data.join("snapshots").join("report.json"),
        data.join("new-folder").join("report.md"),
        tmp.path().join("elsewhere").join("..").join("data").join("r.md"),
    ] {
        p06()
            .args(["report", "--format", "markdown", "--out"])
            .arg(&out)
            .arg(&data)
            .assert()
            .code(2)
            .stdout("");
        assert!(!out.exists(), "{} was written", out.display());
    }
    assert_eq!(json_files(&data), before);
    assert!(!data.join("report.md").exists() && !data.join("new-folder").exists());
}

#[test]
fn report_out_elsewhere_writes_the_file() {
    let tmp = copy_fixture("warnings");
    let out = tmp.path().join("minutes.md");
    p06()
        .args(["report", "--format", "markdown", "--out"])
        .arg(&out)
        .arg(tmp.path().join("data"))
        .assert()
        .success()
        .stdout("");
    let text = fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.starts_with("# "), "{text}");
    assert!(text.contains("## Districts"), "{text}");
    // The same report as on standard output.
    let stdout = p06()
        .args(["report", "--format", "markdown"])
        .arg(tmp.path().join("data"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
        .stdout;
    assert_eq!(String::from_utf8_lossy(&stdout), text);
}

#[test]
fn schema_prints_draft_2020_12() {
    for kind in ["plan", "snapshot"] {
        let out = p06().args(["schema", kind]).assert().success();
        let v: serde_json::Value =
            serde_json::from_slice(&out.get_output().stdout).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            v["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{kind}"
        );
        assert!(
            v["title"].as_str().is_some_and(|t| t.contains(kind)),
            "{kind}: {}",
            v["title"]
        );
        assert!(v["description"].is_string(), "{kind}");
    }
}
