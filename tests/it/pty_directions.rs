//! The chair gives a direction with keys; it is on disk before the screen says saved; a second
//! console on the same meetings directory (the secretary's) shows it without a key press; and
//! a console started again finds it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use crate::pty::Console;

#[test]
fn a_direction_given_with_keys_is_saved_seen_by_a_second_console_and_found_again() {
    let tmp = tempfile::tempdir().unwrap();
    let meetings = tmp.path().join("meetings");
    let dir = meetings.to_str().unwrap();
    let args = ["--meetings", dir, "--meeting", "2025-02-18"];
    // The secretary's console, on the Directions panel.
    let mut secretary = Console::start(&args, &[("LANG", "C")]);
    secretary.wait_for("Headline at");
    secretary.send("9");
    secretary.wait_for("No directions yet");

    let mut chair = Console::start(&args, &[("LANG", "C")]);
    chair.wait_for("Headline at");
    chair.send("2");
    chair.wait_for("Tasks 54");
    chair.send("a");
    chair.wait_for("New direction");
    // An empty text is refused in place, and nothing is written.
    chair.send("\r");
    chair.wait_for("Direction is required");
    assert!(!meetings.exists());
    chair.send("Push the registers");
    chair.send("\r");
    chair.wait_for("saved 2025-02-18#1");
    let saved_at = Instant::now();
    let text = std::fs::read_to_string(meetings.join("2025-02-18.json")).unwrap();
    assert!(text.contains("\"text\": \"Push the registers\""), "{text}");
    assert!(
        text.contains("\"owner\": \"Provincial Police\""),
        "the task's lead pre-filled: {text}"
    );

    secretary.wait_for("Push the registers");
    eprintln!(
        "the second console showed it {:?} after the save",
        saved_at.elapsed()
    );

    chair.send("q");
    assert_eq!(chair.exit_code(), 0);
    let mut again = Console::start(&args, &[("LANG", "C")]);
    again.wait_for("Headline at");
    again.wait_for("1 open, 0 overdue");
    again.send("9");
    again.wait_for("Push the registers");
    again.send("q");
    assert_eq!(again.exit_code(), 0);
    secretary.send("q");
    assert_eq!(secretary.exit_code(), 0);
}
