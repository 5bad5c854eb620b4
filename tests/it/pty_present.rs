//! Presentation mode in the real binary: `p` from a panel, through the slides and back with
//! `Esc` to the very row it left; `p06 present --interval` turning the slides by itself;
//! `--lang vi` and the meeting date from `P06_TODAY`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::pty::{Console, assert_restored, p06};

/// The text of one screen row.
fn row(s: &vt100::Screen, r: u16) -> String {
    s.contents_between(r, 0, r, s.size().1.get())
}

/// The screen's text, each row without trailing blanks (erased cells and written spaces read
/// alike).
fn text(s: &vt100::Screen) -> Vec<String> {
    s.contents().lines().map(|l| l.trim_end().to_owned()).collect()
}

/// The row shown in reverse video (the selection) on the Tasks panel.
fn selected(s: &vt100::Screen) -> Option<String> {
    let (rows, cols) = (s.size().0.get(), s.size().1.get());
    (0..rows).find_map(|r| {
        let reversed = (2..cols.min(30)).all(|c| s.cell(r, c).is_some_and(vt100::Cell::inverse));
        reversed.then(|| row(s, r))
    })
}

#[test]
fn p_right_right_esc_lands_on_the_panel_it_left() {
    let mut c = Console::start(&[], &[]);
    c.wait_for("District league");
    c.send("2");
    c.wait_for("Tasks 54");
    c.send("jjjj");
    // A whole frame (synchronized output ended), not one half drawn.
    c.wait_frame("T05 selected", |s| selected(s).is_some_and(|r| r.contains("T05")));
    let before = text(c.seen().parser.screen());
    c.send("p");
    c.wait_for("1/8");
    c.wait_for("Project 06: progress review");
    c.send("\x1b[C");
    c.wait_for("2/8");
    c.send("\x1b[C");
    c.wait_for("3/8");
    c.wait_for("Utility models and essential public services");
    c.send("\x1b");
    c.wait_frame("the console as it was", |s| text(s) == before);
    assert!(selected(c.seen().parser.screen()).is_some_and(|r| r.contains("T05")));
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}

#[test]
fn present_with_an_interval_turns_the_slides_by_itself() {
    let mut c = Console::spawn(p06(&["present", "--interval", "1"], &[]), 40, 120);
    c.wait_for("1/8");
    // No key is sent: the timer turns the slide, and on past the last back to the first.
    c.wait_for("2/8");
    c.wait_for("3/8");
    c.send("\x1b[F"); // End
    c.wait_for("8/8");
    c.wait_for("1/8");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}

#[test]
fn present_in_vietnamese_dates_the_meeting_by_p06_today() {
    // `--lang` is global: it comes after the subcommand, as a chair would type it.
    let cmd = p06(&["present", "--lang", "vi"], &[("P06_TODAY", "2025-02-18")]);
    let mut c = Console::spawn(cmd, 40, 120);
    c.wait_for("1/8");
    c.wait_for("Rà soát tiến độ triển khai Đề án 06");
    c.wait_for("Ngày họp 18/02/2025");
    c.wait_for("trang chiếu");
    c.send("\x1b[C");
    c.wait_for("2/8");
    c.wait_for("Nhiệm vụ theo Kế hoạch");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}

#[test]
fn present_takes_the_console_options_and_a_sane_interval() {
    let p06 = || assert_cmd::Command::new(env!("CARGO_BIN_EXE_p06"));
    let help = p06().args(["present", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for option in [
        "--interval",
        "--as-of",
        "--since",
        "--ascii",
        "--color",
        "--no-watch",
    ] {
        assert!(help.contains(option), "{option}: {help}");
    }
    p06().args(["present", "--interval", "0"]).assert().code(2);
    // Without a terminal it refuses as the console does.
    p06().args(["present"]).env("TERM", "xterm").assert().code(2);
}

#[test]
fn with_directions_there_is_a_ninth_slide() {
    let tmp = tempfile::tempdir().unwrap();
    let meetings = tmp.path().join("meetings");
    std::fs::create_dir(&meetings).unwrap();
    std::fs::write(
        meetings.join("2025-02-18.json"),
        r#"{"format": "p06.meeting/1", "date": "2025-02-18", "review_date": "2024-12-31",
          "directions": [
            {"id": 1, "subject": {"area": "task", "id": "T13", "district": "CT"},
             "text": "Finish the civil-status registers", "owner": "UBND huyện Cô Tô",
             "due": "2025-01-31", "state": "open", "created": "2025-02-18T09:41:00+07:00"}
          ]}"#,
    )
    .unwrap();
    let dir = meetings.to_str().unwrap();
    let cmd = p06(
        &["present", "--meetings", dir, "--meeting", "2025-02-18"],
        &[("LANG", "C")],
    );
    let mut c = Console::spawn(cmd, 40, 120);
    c.wait_for("1/9");
    c.send("\x1b[F"); // End
    c.wait_for("9/9");
    c.wait_for("Directions");
    c.wait_for("Finish the civil-status registers");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}
