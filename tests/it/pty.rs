//! The review console end to end: the real binary in a pseudo-terminal, its output parsed by
//! vt100 on a reader thread, keys written as a user would. Every wait is for something on the
//! screen, with a timeout; nothing sleeps a fixed time. Also the refusals that need no pty.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// Generous: CI machines are slow and the test binary is a debug build.
const TIMEOUT: Duration = Duration::from_secs(30);

/// What the reader thread has seen so far.
struct Seen {
    parser: vt100::Parser,
    raw: Vec<u8>,
    closed: bool,
}

struct Console {
    seen: Arc<(Mutex<Seen>, Condvar)>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
}

impl Console {
    /// Starts `p06 ARGS` at 80x24 with `env` set on top of ours.
    fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_p06"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).unwrap();
        // Our copy of the slave side would keep the reader from ever seeing the end.
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let seen = Arc::new((
            Mutex::new(Seen {
                parser: vt100::Parser::new(
                    std::num::NonZeroU16::new(24).unwrap(),
                    std::num::NonZeroU16::new(80).unwrap(),
                    0,
                ),
                raw: Vec::new(),
                closed: false,
            }),
            Condvar::new(),
        ));
        let feed = Arc::clone(&seen);
        // Drain the pty on its own thread, always: a full pty buffer would block the child.
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let n = reader.read(&mut buf).unwrap_or(0);
                let (lock, cvar) = &*feed;
                let mut s = lock.lock().unwrap();
                if n == 0 {
                    s.closed = true;
                    cvar.notify_all();
                    return;
                }
                s.parser.process(&buf[..n]);
                s.raw.extend_from_slice(&buf[..n]);
                cvar.notify_all();
            }
        });
        // The pty master must stay open while the child runs; leak it into the writer's life.
        std::mem::forget(pty.master);
        Self { seen, writer, child }
    }

    /// Waits until `ready` holds for the screen, or fails with what the screen shows.
    fn wait_until(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        let (lock, cvar) = &*self.seen;
        let deadline = Instant::now() + TIMEOUT;
        let mut s = lock.lock().unwrap();
        while !ready(s.parser.screen()) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero() && !s.closed,
                "timed out waiting for {what}; the screen shows:\n{}",
                s.parser.screen().contents()
            );
            s = cvar.wait_timeout(s, left).unwrap().0;
        }
    }

    fn wait_for(&self, text: &str) {
        self.wait_until(text, |s| s.contents().contains(text));
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the process to end and returns its exit code.
    fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "p06 did not exit");
            // Nothing to wait on but the process table; poll briefly.
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the reader has seen the end of the output.
    fn drained(&self) -> std::sync::MutexGuard<'_, Seen> {
        let (lock, cvar) = &*self.seen;
        let guard = lock.lock().unwrap();
        cvar.wait_timeout_while(guard, TIMEOUT, |s| !s.closed).unwrap().0
    }
}

fn assert_restored(seen: &Seen) {
    let screen = seen.parser.screen();
    assert!(!screen.alternate_screen(), "back on the main screen");
    assert!(!screen.hide_cursor(), "cursor visible");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse capture off"
    );
    let raw = String::from_utf8_lossy(&seen.raw);
    assert!(raw.contains("\x1b[?1049l"), "left the alternate screen");
}

#[test]
fn browse_filter_open_and_quit() {
    let mut c = Console::start(&[], &[]);
    c.wait_for("Headline at");
    c.wait_for("District league");
    c.send("2");
    c.wait_for("Tasks 54");
    c.send("/");
    c.wait_for("Backspace delete");
    c.send("justice");
    c.wait_for("/justice");
    c.wait_for("of 54");
    c.send("\r");
    c.wait_for("Enter open");
    c.send("\r");
    c.wait_for("Province:");
    c.send("\x1b");
    c.wait_until("the detail to close", |s| !s.contents().contains("Province:"));
    c.send("6");
    c.wait_for("Districts x areas");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    let seen = c.drained();
    assert_restored(&seen);
    let raw = String::from_utf8_lossy(&seen.raw);
    assert!(
        raw.contains("\x1b[?2026h") && raw.contains("\x1b[?2026l"),
        "frames are synchronized"
    );
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_exit_128_plus_n() {
    for (signal, code) in [("TERM", 143), ("HUP", 129)] {
        let mut c = Console::start(&[], &[]);
        c.wait_for("Headline at");
        let pid = c.child.process_id().unwrap();
        let killed = std::process::Command::new("kill")
            .args([format!("-{signal}"), pid.to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        assert_eq!(c.exit_code(), code, "SIG{signal}");
        assert_restored(&c.drained());
    }
}

#[test]
fn no_color_means_no_colour_on_screen() {
    let mut c = Console::start(&["--ascii"], &[("NO_COLOR", "1")]);
    c.wait_for("Headline at");
    c.wait_until("a monochrome screen", |s| {
        (0..24).all(|row| {
            (0..80).all(|col| {
                s.cell(row, col).is_none_or(|cell| {
                    cell.fgcolor() == vt100::Color::Default && cell.bgcolor() == vt100::Color::Default
                })
            })
        })
    });
    c.wait_for("+ District league");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
}

#[test]
fn refuses_without_a_terminal_or_with_term_dumb() {
    let piped = std::process::Command::new(env!("CARGO_BIN_EXE_p06"))
        .env("TERM", "xterm")
        .output()
        .unwrap();
    assert_eq!(piped.status.code(), Some(2));
    let err = String::from_utf8_lossy(&piped.stderr);
    assert!(
        err.contains("needs a terminal") && err.contains("p06 report"),
        "{err}"
    );

    let mut c = Console::start(&[], &[("TERM", "dumb")]);
    assert_eq!(c.exit_code(), 2);
    let seen = c.drained();
    let text = String::from_utf8_lossy(&seen.raw);
    assert!(
        text.contains("TERM=dumb") && text.contains("p06 report"),
        "{text}"
    );
}

#[test]
fn a_review_date_without_data_is_refused() {
    let mut c = Console::start(&["--as-of", "2020-01-01"], &[]);
    assert_eq!(c.exit_code(), 2);
    let seen = c.drained();
    let text = String::from_utf8_lossy(&seen.raw);
    assert!(text.contains("no snapshot on or before 2020-01-01"), "{text}");
}
