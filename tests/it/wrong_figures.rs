//! Issue 9, sections 5 and 7: figures no district can report are refused at their place, and
//! a snapshot dated after the machine's date never chooses the default review date. The
//! machine's date is fixed with `P06_TODAY`, so these tests do not depend on the clock.

// The helpers are test code too: a panic there is the failure report.
#![allow(clippy::unwrap_used)]

use std::fs;

use crate::common::{copy_fixture, p06};

/// The demo with BC's last snapshot copied to a file whose year has a typo.
fn demo_with_a_typo() -> tempfile::TempDir {
    let tmp = copy_fixture("demo");
    let data = tmp.path().join("data");
    let bc = fs::read_to_string(data.join("snapshots/2025-02/BC.json")).unwrap();
    let typo = bc.replace("\"as_of\": \"2025-02-14\"", "\"as_of\": \"2205-02-14\"");
    assert_ne!(bc, typo);
    fs::write(data.join("snapshots/typo.json"), typo).unwrap();
    tmp
}

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_future_dated_snapshot_is_a_warning_and_never_the_default_review_date() {
    let tmp = demo_with_a_typo();
    let data = tmp.path().join("data");
    let report = stdout(
        p06()
            .env("P06_TODAY", "2026-11-30")
            .args(["report", "--format", "json"])
            .arg(&data),
    );
    assert!(report.contains("\n  \"as_of\": \"2025-02-14\",\n"), "{report}");
    // Twelve districts would be stale at 2205; at 2025-02-14 only the demo's deliberate CT is.
    assert_eq!(report.matches(" is stale").count(), 1, "{report}");

    let check = p06()
        .env("P06_TODAY", "2026-11-30")
        .arg("check")
        .arg(&data)
        .output()
        .unwrap();
    let text = String::from_utf8(check.stdout).unwrap();
    let warning =
        "snapshots/typo.json:4:12: warning: as_of: the snapshot date 2205-02-14 is after today (2026-11-30)";
    assert!(text.contains(warning), "{text}");
    assert_eq!(text.matches(" is stale").count(), 1, "{text}");

    // An explicit --as-of still reaches it.
    let report = stdout(
        p06()
            .env("P06_TODAY", "2026-11-30")
            .args(["report", "--format", "json", "--as-of", "2205-02-14"])
            .arg(&data),
    );
    assert!(report.contains("\n  \"as_of\": \"2205-02-14\",\n"), "{report}");
}

#[test]
fn today_decides_which_dates_are_in_the_future() {
    let tmp = copy_fixture("demo");
    let data = tmp.path().join("data");
    let report = stdout(
        p06()
            .env("P06_TODAY", "2024-12-31")
            .args(["report", "--format", "json"])
            .arg(&data),
    );
    assert!(report.contains("\n  \"as_of\": \"2024-12-31\",\n"), "{report}");
    p06()
        .env("P06_TODAY", "2024-13-01")
        .args(["report"])
        .arg(&data)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "P06_TODAY: `2024-13-01` is not a real date",
        ));
    // Nothing dated on or before today: no default, and saying so beats reviewing an empty date.
    p06()
        .env("P06_TODAY", "2000-01-01")
        .args(["report"])
        .arg(&data)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "every snapshot is dated after today (2000-01-01)",
        ));
}

#[test]
fn a_count_near_two_to_the_64_is_an_error_at_its_place() {
    let tmp = copy_fixture("demo");
    let data = tmp.path().join("data");
    let file = data.join("snapshots/2025-02/BC.json");
    let bc = fs::read_to_string(&file).unwrap();
    let (at, _) = bc.match_indices("\"digital_signatures\": ").next().unwrap();
    let line = bc[..at].lines().count();
    let end = at + bc[at..].find([',', '\n']).unwrap();
    let huge = format!(
        "{}\"digital_signatures\": 18446744073709551615{}",
        &bc[..at],
        &bc[end..]
    );
    fs::write(&file, huge).unwrap();
    let out = p06().arg("check").arg(&data).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(&format!(
            "snapshots/2025-02/BC.json:{line}:27: error: identity.digital_signatures: 18446744073709551615 is more than any district can have (at most 1,000,000,000)"
        )),
        "{text}"
    );
}
