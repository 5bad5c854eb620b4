//! `p06 directions` and `p06 minutes` as a user meets them; every refusal exits 2 and writes
//! nothing. The writers killed and racing are in `directions_safety.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use p06::model::Meeting;

use crate::common::{fixture, p06};

mod minutes;

const PLAN: &str = r#"{"format": "p06.plan/1", "province": "Quảng Ninh",
  "districts": [{"code": "HL", "name": "Hạ Long", "kind": "city"}, {"code": "CT", "name": "Cô Tô", "kind": "district"}],
  "tasks": [{"id": "T13", "title": "Registers", "kind": "plan", "lead": "Sở Tư pháp"}],
  "models": [{"id": "M03", "title": "Kiosk"}], "services": [{"id": "S01", "title": "Birth"}]}"#;

const SNAP: &str = r#"{"format": "p06.snapshot/1", "district": "HL", "as_of": "2025-02-14",
  "tasks": [{"id": "T13", "status": "done", "completed_on": "2025-02-01"}],
  "models": [{"id": "M03", "status": "operating"}], "services": [{"id": "S01", "status": "online"}]}"#;

/// A small data directory and a place for meetings beside it.
pub fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("snapshots")).unwrap();
    std::fs::write(data.join("plan.json"), PLAN).unwrap();
    std::fs::write(data.join("snapshots/hl.json"), SNAP).unwrap();
    let meetings = tmp.path().join("meetings");
    (tmp, data, meetings)
}

fn cmd(data: &Path, meetings: &Path) -> assert_cmd::Command {
    let mut c = p06();
    c.env("LANG", "C").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    c.arg("directions")
        .arg(data)
        .arg("--meetings")
        .arg(meetings)
        .arg("--meeting")
        .arg("2025-02-18");
    c
}

pub fn add(data: &Path, meetings: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    cmd(data, meetings).arg("add").args(args).assert()
}

pub fn meeting(meetings: &Path) -> Meeting {
    let text = std::fs::read_to_string(meetings.join("2025-02-18.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Every file and its bytes, recursively.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return out;
    }
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        let bytes = if entry.file_type().is_file() {
            std::fs::read(entry.path()).unwrap()
        } else {
            Vec::new()
        };
        out.insert(entry.path().to_owned(), bytes);
    }
    out
}

#[test]
fn add_list_close_drop_reopen() {
    let (_tmp, data, meetings) = setup();
    // Looking creates nothing.
    cmd(&data, &meetings)
        .assert()
        .success()
        .stdout(predicates::str::contains("None."));
    assert!(!meetings.exists());
    add(
        &data,
        &meetings,
        &[
            "--subject",
            "T13",
            "--district",
            "CT",
            "--owner",
            "UBND huyện Cô Tô",
            "--due",
            "2025-03-31",
            "Finish",
            "the registers",
        ],
    )
    .success()
    .stdout("added 2025-02-18#1 (saved in ".to_owned() + &meetings.display().to_string() + ")\n");
    add(
        &data,
        &meetings,
        &["--subject", "model:M03", "--owner", "Sở TT&TT", "Keep it running"],
    )
    .success();
    add(
        &data,
        &meetings,
        &[
            "--subject",
            "district",
            "--district",
            "CT",
            "--owner",
            "UBND huyện Cô Tô",
            "Name a focal point",
        ],
    )
    .success();
    add(
        &data,
        &meetings,
        &[
            "--subject",
            "general",
            "--owner",
            "Văn phòng",
            "--chair",
            "Phó Chủ tịch UBND tỉnh",
            "Report monthly",
        ],
    )
    .success();
    let m = meeting(&meetings);
    assert_eq!(m.directions.len(), 4);
    assert_eq!(m.chair.as_deref(), Some("Phó Chủ tịch UBND tỉnh"));
    assert_eq!(
        m.review_date.map(|d| d.to_string()).as_deref(),
        Some("2025-02-14")
    );
    assert_eq!(m.data.as_ref().map(|d| d.files), Some(2));
    assert_eq!(m.directions[0].text, "Finish the registers");

    cmd(&data, &meetings)
        .args(["done", "2025-02-18#1", "--note", "entered"])
        .assert()
        .success()
        .stdout("2025-02-18#1 is now done\n");
    cmd(&data, &meetings)
        .args(["drop", "2025-02-18#2", "--note", "merged into #1"])
        .assert()
        .success();
    cmd(&data, &meetings)
        .args(["reopen", "2025-02-18#2"])
        .assert()
        .success()
        .stdout("2025-02-18#2 is now open\n");
    let m = meeting(&meetings);
    assert_eq!(m.directions[0].state.as_str(), "done");
    assert!(m.directions[0].closed_on.is_some());
    assert_eq!(m.directions[1].state.as_str(), "open");

    let out = cmd(&data, &meetings)
        .args(["--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let dirs = v["directions"].as_array().unwrap();
    assert_eq!(dirs.len(), 4);
    assert_eq!(dirs[0]["ref"], "2025-02-18#1");
    assert_eq!(dirs[0]["state"], "done");
    // T13 is done in HL, not in CT: recorded done, so a contradiction.
    assert_eq!(dirs[0]["follow_up"], "open");
    assert_eq!(dirs[0]["contradiction"], true);
    assert_eq!(
        dirs[1]["follow_up"], "open",
        "M03 is not operating in CT (no report)"
    );
    assert_eq!(dirs[2]["follow_up"], "manual");
    assert_eq!(dirs[3]["follow_up"], "manual");

    // A later meeting follows up the ones still open when it began.
    let later = p06()
        .arg("directions")
        .arg(&data)
        .arg("--meetings")
        .arg(&meetings)
        .args(["--meeting", "2099-01-01", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&later).unwrap();
    let refs: Vec<&str> = v["follow_up"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["ref"].as_str().unwrap())
        .collect();
    assert_eq!(
        refs,
        ["2025-02-18#2", "2025-02-18#3", "2025-02-18#4"],
        "#1 was closed (today) before 2099-01-01"
    );
}

#[test]
fn usage_and_write_errors_exit_2_with_one_line() {
    let (_tmp, data, meetings) = setup();
    for args in [
        vec!["--subject", "X9", "--owner", "a", "text"],
        vec!["--subject", "task:T99", "--owner", "a", "text"],
        vec!["--subject", "district", "--owner", "a", "text"],
        vec!["--subject", "T13", "--owner", " ", "text"],
        vec!["--subject", "T13", "--district", "ZZ", "--owner", "a", "text"],
        vec!["--subject", "T13", "--owner", "a", "--due", "2025-02-30", "text"],
    ] {
        let out = add(&data, &meetings, &args).code(2).get_output().stderr.clone();
        let err = String::from_utf8_lossy(&out);
        assert!(
            err.starts_with("p06: ") || err.starts_with("error: "),
            "{args:?}: {err}"
        );
    }
    assert!(!meetings.exists(), "nothing written");
    cmd(&data, &meetings)
        .args(["done", "2025-02-18#1"])
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with("p06: "));
    cmd(&data, &meetings)
        .args(["done", "2025-02-18"])
        .assert()
        .code(2);
    cmd(&data, &meetings)
        .args(["drop", "2025-02-18#1"])
        .assert()
        .code(2);
}

#[test]
fn refusals_write_nothing() {
    let (tmp, data, meetings) = setup();
    let before = tree(tmp.path());
    let link = tmp.path().join("link");
    std::os::unix::fs::symlink(&data, &link).unwrap();
    let sneaky = [
        data.join("m"),
        data.join("snapshots/../m"),
        tmp.path().join("meetings/../data/m"),
        link.join("m"),
    ];
    for dir in &sneaky {
        add(&data, dir, &["--subject", "general", "--owner", "a", "x"])
            .code(2)
            .stderr(predicates::str::contains("inside the data directory"));
    }
    std::fs::remove_file(&link).unwrap();
    assert_eq!(tree(tmp.path()), before, "nothing written anywhere");

    // A meeting file that is a symbolic link out of MEETINGS, or a hard link to a DATA file.
    std::fs::create_dir(&meetings).unwrap();
    let target = data.join("snapshots/hl.json");
    std::os::unix::fs::symlink(&target, meetings.join("2025-02-18.json")).unwrap();
    let before = tree(tmp.path());
    add(&data, &meetings, &["--subject", "general", "--owner", "a", "x"])
        .code(2)
        .stderr(predicates::str::contains("symbolic link"));
    assert_eq!(tree(tmp.path()), before);
    std::fs::remove_file(meetings.join("2025-02-18.json")).unwrap();
    add(&data, &meetings, &["--subject", "general", "--owner", "a", "x"]).success();
    let good = std::fs::read(meetings.join("2025-02-18.json")).unwrap();
    let elsewhere = tmp.path().join("elsewhere.json");
    std::fs::rename(meetings.join("2025-02-18.json"), &elsewhere).unwrap();
    std::fs::hard_link(&elsewhere, meetings.join("2025-02-18.json")).unwrap();
    let before = tree(tmp.path());
    add(&data, &meetings, &["--subject", "general", "--owner", "a", "y"])
        .code(2)
        .stderr(predicates::str::contains("hard links"));
    assert_eq!(tree(tmp.path()), before);
    assert_eq!(std::fs::read(&elsewhere).unwrap(), good);

    // A broken meeting file is never overwritten, and the listing names it.
    std::fs::remove_file(meetings.join("2025-02-18.json")).unwrap();
    std::fs::write(
        meetings.join("2025-02-18.json"),
        "{\"format\": \"p06.meeting/1\",\n \"date\": }",
    )
    .unwrap();
    let before = tree(tmp.path());
    add(&data, &meetings, &["--subject", "general", "--owner", "a", "y"])
        .code(2)
        .stderr(predicates::str::contains("does not parse"));
    cmd(&data, &meetings)
        .args(["done", "2025-02-18#1"])
        .assert()
        .code(2);
    assert_eq!(tree(tmp.path()), before);
    cmd(&data, &meetings)
        .assert()
        .success()
        .stderr(predicates::str::contains("2025-02-18.json:2:"));
}

#[test]
fn the_meeting_schema_is_published() {
    let out = p06()
        .args(["schema", "meeting"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["properties"]["format"]["const"], "p06.meeting/1");
    let _ = fixture("demo");
}
