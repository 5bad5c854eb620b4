//! Files that are not regular files never block (issue 9, section 4), standard output's write
//! errors end with status 2 (section 7), and a `snapshots` that is not a folder is an error.
//! Every run has a timeout, so a regression fails instead of hanging the suite.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::ffi::CString;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use p06::load::{Severity, load_dir, load_file, plan_bytes};

use crate::common::{copy_fixture, p06};

const LIMIT: Duration = Duration::from_secs(30);

fn mkfifo(path: &Path) {
    let c = CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a NUL-terminated path, alive for the call.
    assert_eq!(
        unsafe { libc::mkfifo(c.as_ptr(), 0o644) },
        0,
        "{}",
        path.display()
    );
}

/// Runs `f` on another thread; fails the test if it takes longer than LIMIT (a blocked open).
fn within_limit<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || tx.send(f()));
    rx.recv_timeout(LIMIT)
        .expect("blocked: a read waited on a pipe or device")
}

fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn pipes_devices_and_kernel_files_in_snapshots_are_errors_not_hangs() {
    let tmp = copy_fixture("warnings");
    let data = tmp.path().join("data");
    mkfifo(&data.join("snapshots/fifo.json"));
    symlink("/dev/zero", data.join("snapshots/zero.json")).unwrap();
    symlink("/proc/kmsg", data.join("snapshots/kmsg.json")).unwrap();
    symlink("/proc/self/status", data.join("snapshots/status.json")).unwrap();
    for args in [&["check"][..], &["report"][..]] {
        let out = p06().args(args).arg(&data).timeout(LIMIT).output().unwrap();
        assert!(out.status.code().is_some(), "{args:?} timed out");
        if args == ["check"] {
            let text = stdout_of(&out);
            assert_eq!(out.status.code(), Some(1), "{text}");
            for name in ["fifo", "zero", "kmsg", "status"] {
                let line = text
                    .lines()
                    .find(|l| l.starts_with(&format!("snapshots/{name}.json: error: ")))
                    .unwrap_or_else(|| panic!("{name}: {text}"));
                assert!(
                    line.contains("not a regular file") || line.contains("/proc"),
                    "{line}"
                );
            }
        } else {
            assert_eq!(out.status.code(), Some(0));
        }
    }
}

#[test]
fn a_pipe_named_plan_json_is_fatal_not_a_hang() {
    let tmp = copy_fixture("warnings");
    let data = tmp.path().join("data");
    fs::remove_file(data.join("plan.json")).unwrap();
    mkfifo(&data.join("plan.json"));
    for cmd in ["check", "report"] {
        let out = p06().arg(cmd).arg(&data).timeout(LIMIT).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {stderr}");
        assert!(stderr.contains("not a regular file"), "{stderr}");
    }
}

#[test]
fn the_live_loader_never_blocks_on_a_pipe() {
    let tmp = copy_fixture("warnings");
    let data = tmp.path().join("data");
    let catalogue = load_dir(&data).unwrap().catalogue;
    mkfifo(&data.join("snapshots/fifo.json"));
    // What the console's loader thread calls for a changed file, and for the plan.
    let d = data.clone();
    let outcome =
        within_limit(move || load_file(&d.join("snapshots/fifo.json"), "snapshots/fifo.json", &catalogue));
    assert!(outcome.record.is_none());
    assert!(
        outcome
            .problems
            .iter()
            .any(|p| p.severity == Severity::Error && p.message.contains("not a regular file")),
        "{:#?}",
        outcome.problems
    );
    fs::remove_file(data.join("plan.json")).unwrap();
    mkfifo(&data.join("plan.json"));
    let d = data.clone();
    assert!(within_limit(move || plan_bytes(&d)).is_none());
    // And the whole read the loader falls back to.
    let d = data.clone();
    assert!(within_limit(move || load_dir(&d)).is_err());
}

#[test]
fn a_snapshots_that_is_a_file_or_a_dangling_link_is_an_error() {
    let tmp = copy_fixture("warnings");
    let data = tmp.path().join("data");
    fs::remove_dir_all(data.join("snapshots")).unwrap();
    fs::write(data.join("snapshots"), b"").unwrap();
    let out = p06().arg("check").arg(&data).timeout(LIMIT).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout_of(&out));
    assert!(
        stdout_of(&out).starts_with("snapshots: error: is not a folder"),
        "{}",
        stdout_of(&out)
    );
    fs::remove_file(data.join("snapshots")).unwrap();
    symlink("nowhere", data.join("snapshots")).unwrap();
    let out = p06().arg("check").arg(&data).timeout(LIMIT).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stdout_of(&out));
    assert!(
        stdout_of(&out).starts_with("snapshots: error: "),
        "{}",
        stdout_of(&out)
    );
    // No snapshots folder at all is still a data set with no snapshots yet.
    fs::remove_file(data.join("snapshots")).unwrap();
    p06().arg("check").arg(&data).timeout(LIMIT).assert().code(0);
}

#[test]
fn an_oversized_plan_is_not_called_a_snapshot() {
    let tmp = copy_fixture("warnings");
    let data = tmp.path().join("data");
    let plan = fs::OpenOptions::new()
        .write(true)
        .open(data.join("plan.json"))
        .unwrap();
    plan.set_len(17 << 20).unwrap();
    let out = p06().arg("check").arg(&data).timeout(LIMIT).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("the plan may be at most 16 MiB"), "{stderr}");
    assert!(!stderr.contains("snapshot"), "{stderr}");
}

/// Runs p06 with `args` and standard output set up by `sh` (`redirect`, e.g. `>/dev/full`).
fn with_stdout(redirect: &str, args: &[&str]) -> (Option<i32>, String) {
    let script = format!("exec \"$0\" \"$@\" {redirect}");
    let child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_p06"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = within_limit(move || child.wait_with_output().unwrap());
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_write_error_on_standard_output_exits_2_with_one_line() {
    let demo = crate::common::fixture("demo");
    let demo = demo.to_str().unwrap();
    for redirect in [">/dev/full", ">&-"] {
        for args in [
            &["check", demo][..],
            &["check", "--format", "json", demo],
            &["report", demo],
            &["schema", "plan"],
            &["--help"],
            &["--version"],
            &["check", "--help"],
        ] {
            let (code, stderr) = with_stdout(redirect, args);
            assert_eq!(code, Some(2), "{redirect} {args:?}: {stderr}");
            assert!(
                stderr.starts_with("p06: cannot write to standard output") && stderr.lines().count() == 1,
                "{redirect} {args:?}: {stderr}"
            );
        }
    }
}

#[test]
fn a_reader_quitting_early_stays_quiet() {
    let demo = crate::common::fixture("demo");
    let script = format!("\"$0\" report {} | head -c 1 >/dev/null", demo.display());
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_p06"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
