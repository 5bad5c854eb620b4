//! Ctrl-Z and `fg`. In raw mode Ctrl-Z is a key: the console restores the terminal, then
//! stops itself with SIGTSTP; SIGCONT brings it back with raw mode, the alternate screen and
//! a full repaint.
//!
//! A stop needs a job-control shell to continue it: the kernel discards SIGTSTP in a process
//! group no shell watches (an orphaned one, such as p06 as the session leader of its pty, or
//! under `ssh host p06`). So the first test runs p06 under `sh -m`, as a user's shell would;
//! the others check the console's side without a shell. A SIGTSTP sent by `kill` is caught
//! and handled as Ctrl-Z.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use portable_pty::CommandBuilder;

use crate::pty::{Console, assert_cooked, assert_restored};

/// A job-control shell that runs p06 in the foreground, reports when it stops, then waits for
/// a line before `fg`, so the test can look at the suspended terminal.
fn under_job_control() -> Console {
    let mut cmd = CommandBuilder::new("sh");
    cmd.args([
        "-c",
        r#"set -m; "$0"; echo "[p06 stopped: $?]"; read _; fg"#,
        env!("CARGO_BIN_EXE_p06"),
    ]);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    Console::spawn(cmd, 24, 80)
}

#[test]
fn ctrl_z_suspends_cleanly_and_fg_repaints() {
    let mut c = under_job_control();
    c.wait_for("Headline at");
    c.send("2");
    c.wait_for("Tasks 54");
    c.send("\x1a");
    // 148 = 128 + SIGTSTP: stopped by the signal a shell expects, not SIGSTOP.
    c.wait_for("[p06 stopped: 148]");
    {
        let seen = c.seen();
        let screen = seen.parser.screen();
        assert!(!screen.alternate_screen(), "the shell gets the main screen");
        assert!(!screen.hide_cursor(), "and a visible cursor");
        assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    }
    assert_cooked(&c);

    let mark = c.mark();
    c.send("\r");
    c.wait_until("the console back, repainted", |s| {
        s.alternate_screen() && s.contents().contains("Tasks 54")
    });
    // Every cell written again (the alternate screen may hold anything), with the
    // screen cleared inside the synchronized frame rather than by asking the terminal.
    c.wait_output_after(mark, "\x1b[2J");
    assert!(
        !String::from_utf8_lossy(&c.seen().raw[mark..]).contains("\x1b[6n"),
        "no cursor query"
    );
    // Raw mode is back: keys arrive one by one, unechoed.
    c.send("3");
    c.wait_for("Models 54");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}

/// The process the job-control shell runs in the foreground: p06.
fn shells_child(c: &Console) -> u32 {
    let pid = c.pid();
    let deadline = std::time::Instant::now() + crate::pty::TIMEOUT;
    loop {
        let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap();
        if let Some(child) = children.split_whitespace().next() {
            return child.parse().unwrap();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the shell never started p06"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// A SIGTSTP from another process (not the keyboard, which is a key in raw mode) suspends as
/// Ctrl-Z does: the shell gets its terminal back whole, and `fg` brings the console back.
/// Uncaught, it stopped p06 in raw mode on the alternate screen.
#[test]
fn sigtstp_from_kill_suspends_cleanly_and_fg_repaints() {
    let mut c = under_job_control();
    c.wait_for("Headline at");
    c.send("2");
    c.wait_for("Tasks 54");
    let p06 = shells_child(&c);
    let killed = std::process::Command::new("kill")
        .args(["-TSTP", &p06.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    c.wait_for("[p06 stopped: 148]");
    {
        let seen = c.seen();
        let screen = seen.parser.screen();
        assert!(!screen.alternate_screen(), "the shell gets the main screen");
        assert!(!screen.hide_cursor(), "and a visible cursor");
        assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    }
    assert_cooked(&c);
    let mark = c.mark();
    c.send("\r");
    c.wait_until("the console back, repainted", |s| {
        s.alternate_screen() && s.contents().contains("Tasks 54")
    });
    c.wait_output_after(mark, "\x1b[2J");
    c.send("3");
    c.wait_for("Models 54");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}

/// With no shell to continue it, a SIGTSTP from `kill` must not stop the console for good
/// either: the terminal is handed back and taken again, and keys still work.
#[test]
fn sigtstp_from_kill_without_job_control_carries_on() {
    let mut c = Console::start(&[], &[]);
    c.wait_for("Headline at");
    let mark = c.mark();
    c.kill("TSTP");
    c.wait_output_after(mark, "\x1b[?1049l");
    c.wait_seen("the alternate screen entered again", |s| {
        let out = String::from_utf8_lossy(&s.raw[mark..]).into_owned();
        out.find("\x1b[?1049l")
            .is_some_and(|left| out[left..].contains("\x1b[?1049h"))
            && s.parser.screen().contents().contains("District league")
    });
    c.send("2");
    c.wait_for("Tasks 54");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}

/// `kill -STOP` then `kill -CONT`: the console cannot see the stop, but repaints on SIGCONT,
/// since whoever had the terminal meanwhile may have drawn over it.
#[test]
fn sigcont_repaints_everything() {
    let mut c = Console::start(&[], &[]);
    c.wait_for("Headline at");
    c.kill("STOP");
    let state = || {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", c.pid())).unwrap();
        stat[stat.rfind(')').unwrap() + 2..].chars().next().unwrap()
    };
    let deadline = std::time::Instant::now() + crate::pty::TIMEOUT;
    while state() != 'T' {
        assert!(std::time::Instant::now() < deadline, "never stopped");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let mark = c.mark();
    c.kill("CONT");
    c.wait_output_after(mark, "\x1b[2J");
    c.wait_until("the Overview repainted", |s| {
        s.contents().contains("District league")
    });
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}

/// With no shell to continue it, Ctrl-Z must not leave the console stopped for good: the
/// kernel discards the stop, and the console takes the terminal straight back.
#[test]
fn ctrl_z_without_job_control_carries_on() {
    let mut c = Console::start(&[], &[]);
    c.wait_for("Headline at");
    let mark = c.mark();
    c.send("\x1a");
    c.wait_output_after(mark, "\x1b[?1049l");
    c.wait_seen("the alternate screen entered again", |s| {
        let out = String::from_utf8_lossy(&s.raw[mark..]).into_owned();
        out.find("\x1b[?1049l")
            .is_some_and(|left| out[left..].contains("\x1b[?1049h"))
            && s.parser.screen().contents().contains("District league")
    });
    c.send("2");
    c.wait_for("Tasks 54");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);
}
