//! `report --out` against every path trick (issue 9, section 1): each refused target leaves the
//! data directory byte for byte as it was and exits 2 with one `p06: ` line; each allowed one
//! writes the report. `--out -` is standard output.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::{copy_fixture, p06};

const SNAP: &str = "snapshots/good.json";

/// Every path under `dir` (links not followed) with its bytes, for before/after comparison.
fn listing(dir: &Path) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    let mut all: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| {
            let e = e.unwrap();
            let bytes = e.file_type().is_file().then(|| fs::read(e.path()).unwrap());
            (e.path().to_path_buf(), bytes)
        })
        .collect();
    all.sort();
    all
}

/// `p06 report DATA --out target`: asserts DATA unchanged and returns (status, stderr).
fn report_out(data: &Path, target: &Path) -> (i32, String) {
    let before = listing(data);
    let out = p06()
        .args(["report", "--format", "markdown", "--out"])
        .arg(target)
        .arg(data)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(listing(data), before, "DATA changed writing {}", target.display());
    assert!(out.stdout.is_empty());
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_refused(data: &Path, target: &Path, why: &str) {
    let (code, stderr) = report_out(data, target);
    assert_eq!(code, 2, "{}: {stderr}", target.display());
    assert!(
        stderr.starts_with("p06: ") && stderr.lines().count() == 1,
        "{stderr}"
    );
    assert!(stderr.contains(why), "{}: {stderr}", target.display());
}

fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = copy_fixture("warnings");
    let root = tmp.path().canonicalize().unwrap();
    let out = root.join("out");
    fs::create_dir(&out).unwrap();
    assert!(root.join("data").join(SNAP).is_file());
    (tmp, root.join("data"), out)
}

#[test]
fn a_hard_link_to_a_snapshot_is_refused_and_the_snapshot_kept() {
    let (_tmp, data, out) = setup();
    // Before the fix `--out` wrote through the shared inode: the snapshot became a report.
    fs::hard_link(data.join(SNAP), out.join("r.md")).unwrap();
    assert_refused(&data, &out.join("r.md"), "hard link");
}

#[test]
fn a_dangling_link_into_data_creates_nothing_there() {
    let (_tmp, data, out) = setup();
    // Before the fix this created DATA/snapshots/new.json.
    symlink(data.join("snapshots/new.json"), out.join("r.md")).unwrap();
    assert_refused(&data, &out.join("r.md"), "inside the data directory");
    symlink("../data/snapshots/also-new.json", out.join("rel.md")).unwrap();
    assert_refused(&data, &out.join("rel.md"), "inside the data directory");
}

#[test]
fn links_folders_and_dots_into_data_are_refused() {
    let (_tmp, data, out) = setup();
    symlink(&data, out.join("d")).unwrap();
    symlink(data.join(SNAP), out.join("to-snap")).unwrap();
    symlink(out.join("to-snap"), out.join("chain2")).unwrap();
    symlink("chain2", out.join("chain1")).unwrap();
    for target in [
        data.join("report.md"),
        data.join(SNAP),
        out.join("../data/report.md"),
        out.join("d/report.md"),
        out.join("d/snapshots/../plan.json"),
        out.join("to-snap"),
        out.join("chain1"),
        data.clone(),
        out.join("../data"),
    ] {
        assert_refused(&data, &target, "inside the data directory");
    }
}

#[test]
fn a_folder_and_a_missing_folder_are_refused() {
    let (_tmp, data, out) = setup();
    assert_refused(&data, &out, "is a folder");
    assert_refused(&data, &out.join("missing/r.md"), "does not exist");
}

#[test]
fn a_link_elsewhere_writes_the_file_it_names() {
    let (_tmp, data, out) = setup();
    symlink(out.join("real.md"), out.join("link.md")).unwrap();
    let (code, stderr) = report_out(&data, &out.join("link.md"));
    assert_eq!(code, 0, "{stderr}");
    assert!(fs::read_to_string(out.join("real.md")).unwrap().starts_with("# "));
    assert!(
        fs::symlink_metadata(out.join("link.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn out_dash_is_standard_output() {
    let (_tmp, data, out) = setup();
    let stdout = p06()
        .args(["report", "--format", "markdown"])
        .arg(&data)
        .output()
        .unwrap()
        .stdout;
    let dashed = p06()
        .current_dir(&out)
        .args(["report", "--format", "markdown", "--out", "-"])
        .arg(&data)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(!stdout.is_empty());
    assert_eq!(dashed, stdout);
    assert!(!out.join("-").exists(), "a file named - was written");
    // `./-` is still a file of that name.
    p06()
        .current_dir(&out)
        .args(["report", "--out", "./-"])
        .arg(&data)
        .assert()
        .success()
        .stdout("");
    assert!(out.join("-").is_file());
}
