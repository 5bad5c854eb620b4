//! Live reload end to end: the real binary in a pseudo-terminal, on a copy of the demo, while
//! the test drops a broken file into the data directory, breaks a good one, and deletes it.
//! The problem must appear on screen while the figures stay. Every wait is for something on
//! the screen (between frames), with a timeout; nothing sleeps a fixed time.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{copy_fixture, json_files};
use crate::pty::{Console, assert_restored, p06};

/// The Overview's first tile row at the demo's latest date, which a broken file must not move.
const PLAN_TASKS: &str = "37/41     +3";

#[test]
fn a_broken_file_shows_as_a_problem_while_the_figures_stay() {
    let tmp = copy_fixture("demo");
    let data = tmp.path().join("data");
    let files = json_files(&data);
    let mut c = Console::spawn(p06(&[data.to_str().unwrap()], &[]), 24, 80);
    c.wait_frame("the Overview", |s| s.contents().contains(PLAN_TASKS));

    // A new file that is not even JSON: an error, nothing else changes.
    std::fs::write(data.join("snapshots/2025-02/late.json"), "{ \"format\": ").unwrap();
    c.wait_frame("the error in the header", |s| {
        let t = s.contents();
        t.contains("✖ 1 error") && t.contains("late.json cannot be used")
    });
    assert!(c.seen().parser.screen().contents().contains(PLAN_TASKS));

    // A good file turned bad: its last good version stays in use.
    let hl = data.join("snapshots/2025-02/HL.json");
    let good = std::fs::read_to_string(&hl).unwrap();
    std::fs::write(&hl, &good[..good.len() / 2]).unwrap();
    c.wait_frame("the notice", |s| {
        s.contents().contains("HL.json is broken: keeping its last good")
    });
    c.wait_frame("two errors", |s| s.contents().contains("✖ 2 errors"));
    assert!(
        c.seen().parser.screen().contents().contains(PLAN_TASKS),
        "the figures stay"
    );
    c.send("7");
    c.wait_frame("the Data panel to say so", |s| {
        s.contents().contains("1 file at the last good version")
    });

    // Fixed, then the stray file deleted: back to where it started.
    std::fs::write(&hl, &good).unwrap();
    c.wait_frame("HL reloaded", |s| s.contents().contains("reloaded HL 2025-02-14"));
    std::fs::remove_file(data.join("snapshots/2025-02/late.json")).unwrap();
    c.wait_frame("the removal", |s| {
        let t = s.contents();
        t.contains("removed snapshots/2025-02/late.json") && !t.contains("✖")
    });
    c.send("1");
    c.wait_frame("the Overview again", |s| s.contents().contains(PLAN_TASKS));
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
    assert_eq!(json_files(&data), files, "p06 never writes to DATA");
}
