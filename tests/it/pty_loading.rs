//! The loading screen end to end: on a data directory large enough to take a moment (3,000
//! synthetic snapshots, written by the benches' generator), the console must show the loading
//! screen with its progress at once, and `q` must quit while the data is still being read,
//! with the terminal restored. How fast the screen appears is measured, not asserted here
//! (README, Performance): a debug build on a loaded CI machine says nothing about timing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[allow(dead_code, unreachable_pub)]
#[path = "../../benches/support/synth/mod.rs"]
mod synth;

use crate::pty::{Console, assert_restored, p06};

#[test]
fn the_loading_screen_shows_and_q_quits_while_loading() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    // 60 x 50 = 3,000 files, ~60 MB: about a second for a debug build to read, against tens of
    // milliseconds for the loading screen to appear and `q` to arrive.
    let spec = synth::Spec {
        districts: 60,
        dates: 50,
        seed: 1,
    };
    synth::generate(&data, &spec).unwrap();
    let mut c = Console::spawn(p06(&[data.to_str().unwrap(), "--no-watch"], &[]), 24, 80);
    c.wait_frame("the loading screen", |s| {
        let t = s.contents();
        t.contains("p06: loading") && t.contains("q quits")
    });
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
    let raw = String::from_utf8_lossy(&c.drained().raw).into_owned();
    assert!(
        !raw.contains("Overview"),
        "quit before the data was read: the console itself never showed"
    );
}

#[test]
fn a_broken_plan_is_reported_on_the_normal_screen_before_the_terminal_starts() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("plan.json"), "{ not json").unwrap();
    let mut c = Console::spawn(p06(&[tmp.path().to_str().unwrap()], &[]), 24, 80);
    assert_eq!(c.exit_code(), 2);
    let raw = String::from_utf8_lossy(&c.drained().raw).into_owned();
    assert!(raw.contains("plan.json is broken"), "{raw}");
    assert!(!raw.contains("\x1b[?1049h"), "the terminal was never taken over");
}
