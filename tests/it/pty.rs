//! The review console end to end: the real binary in a pseudo-terminal, its output parsed by
//! vt100 on a reader thread, keys written as a user would. Every wait is for something on the
//! screen or the process table, with a timeout; nothing sleeps a fixed time for correctness.
//! Also the refusals that need no pty.
//!
//! [`Console`] is shared with the other `pty_*` files: restore on every exit path
//! (`pty_restore`), Ctrl-Z (`pty_suspend`), resize storms (`pty_resize`), and the data directory
//! left untouched (`readonly`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// Generous: CI machines are slow, loaded (2 cores, tests in parallel) and the binary is a
/// debug build. Only a failing test ever waits this long.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// What the reader thread has seen so far.
pub struct Seen {
    pub parser: vt100::Parser,
    pub raw: Vec<u8>,
    /// The pty reached its end: every slave descriptor closed, or we hung up.
    pub closed: bool,
    /// Set by [`Console::hang_up`] to where the output stood: the reader drops the last master
    /// descriptor once the repaint written after that is complete.
    hang_up: Option<usize>,
    /// When the reader dropped it.
    pub hung_up_at: Option<Instant>,
}

pub struct Console {
    seen: Arc<(Mutex<Seen>, Condvar)>,
    writer: Option<Box<dyn Write + Send>>,
    master: Option<Box<dyn MasterPty + Send>>,
    pub child: Box<dyn Child + Send + Sync>,
}

/// `p06 ARGS` with `env` on top of ours, as [`Console::start`] runs it; change it before
/// [`Console::spawn`] for the unusual cases.
pub fn p06(args: &[&str], env: &[(&str, &str)]) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_p06"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("P06_TEST_PANIC");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn pty_size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap()
}

impl Console {
    /// Starts `p06 ARGS` at 80x24 with `env` set on top of ours.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        Self::spawn(p06(args, env), 24, 80)
    }

    /// Starts `cmd` in a new `rows` x `cols` pty.
    pub fn spawn(cmd: CommandBuilder, rows: u16, cols: u16) -> Self {
        let pty = native_pty_system().openpty(pty_size(rows, cols)).unwrap();
        let child = pty.slave.spawn_command(cmd).unwrap();
        // Our copy of the slave side would keep the reader from ever seeing the end.
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let seen = Arc::new((
            Mutex::new(Seen {
                parser: vt100::Parser::new(nz(rows), nz(cols), 0),
                raw: Vec::new(),
                closed: false,
                hang_up: None,
                hung_up_at: None,
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
                // A failed wait panics holding the lock; keep draining regardless.
                let mut s = lock.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                if n > 0 {
                    s.parser.process(&buf[..n]);
                    s.raw.extend_from_slice(&buf[..n]);
                }
                // Hang up between frames, once the repaint `hang_up` asked for is complete: a
                // hang-up mid-frame would end p06 through a failed write instead.
                let hang_up = s.hang_up.is_some_and(|mark| {
                    s.raw.ends_with(b"\x1b[?2026l") && s.raw[mark..].windows(4).any(|w| w == b"\x1b[2J")
                });
                if n == 0 || hang_up {
                    s.closed = true;
                    if hang_up {
                        // Dropping the reader closes the last master descriptor: the slave
                        // side hangs up, as when an SSH link drops.
                        drop(reader);
                        s.hung_up_at = Some(Instant::now());
                    }
                    cvar.notify_all();
                    return;
                }
                cvar.notify_all();
            }
        });
        Self {
            seen,
            writer: Some(writer),
            master: Some(pty.master),
            child,
        }
    }

    /// Waits until `ready` holds for the screen, or fails with what the screen shows.
    pub fn wait_until(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        self.wait_seen(what, |s| ready(s.parser.screen()));
    }

    /// Waits until `ready` holds for what the reader has seen (screen and raw bytes).
    pub fn wait_seen(&self, what: &str, ready: impl Fn(&Seen) -> bool) {
        let (lock, cvar) = &*self.seen;
        let deadline = Instant::now() + TIMEOUT;
        let mut s = lock.lock().unwrap();
        while !ready(&s) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero() && !s.closed,
                "timed out waiting for {what}; the screen shows:\n{}",
                s.parser.screen().contents()
            );
            s = cvar.wait_timeout(s, left).unwrap().0;
        }
    }

    /// Like [`Console::wait_until`], but only looks between frames: vt100 ignores synchronized
    /// output, so mid-frame it shows half of the new frame over the old one.
    pub fn wait_frame(&self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) {
        self.wait_seen(what, |s| {
            s.raw.ends_with(b"\x1b[?2026l") && ready(s.parser.screen())
        });
    }

    pub fn wait_for(&self, text: &str) {
        self.wait_until(text, |s| s.contents().contains(text));
    }

    /// What the reader has seen so far.
    pub fn seen(&self) -> MutexGuard<'_, Seen> {
        self.seen.0.lock().unwrap()
    }

    /// How many bytes the reader has seen: a mark to look for output after.
    pub fn mark(&self) -> usize {
        self.seen().raw.len()
    }

    /// Waits until the output after `mark` contains `text` (an escape sequence, say).
    pub fn wait_output_after(&self, mark: usize, text: &str) {
        self.wait_seen(&format!("{text:?} in the output"), |s| {
            String::from_utf8_lossy(&s.raw[mark.min(s.raw.len())..]).contains(text)
        });
    }

    pub fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the pty is still open");
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }

    /// Sends `signal` (a name: TERM, HUP, CONT, ...) to the child with kill(1).
    pub fn kill(&self, signal: &str) {
        let killed = std::process::Command::new("kill")
            .args([format!("-{signal}"), self.pid().to_string()])
            .status()
            .unwrap();
        assert!(killed.success(), "kill -{signal}");
    }

    /// Waits for the process to end; returns its exit code and when the end was seen.
    pub fn exit(&mut self) -> (u32, Instant) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status.exit_code(), Instant::now());
            }
            assert!(Instant::now() < deadline, "p06 did not exit");
            // Nothing to wait on but the process table; poll briefly.
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits for the process to end and returns its exit code.
    pub fn exit_code(&mut self) -> u32 {
        self.exit().0
    }

    /// Waits until the reader has seen the end of the output.
    pub fn drained(&self) -> MutexGuard<'_, Seen> {
        let (lock, cvar) = &*self.seen;
        let guard = lock.lock().unwrap();
        let guard = cvar.wait_timeout_while(guard, TIMEOUT, |s| !s.closed).unwrap().0;
        assert!(guard.closed, "the pty never reached its end");
        guard
    }

    /// The pty's local modes (as `stty` would show them: `ICANON`, `ECHO`, ...), read on the
    /// master, which Linux answers for the slave side. Works after the child has exited.
    pub fn local_modes(&self) -> Vec<String> {
        let master = self.master.as_ref().expect("the pty is still open");
        let termios = master.get_termios().expect("tcgetattr on the pty");
        format!("{:?}", termios.local_flags)
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// Resizes the pty (the child gets SIGWINCH) and the screen model with it, in one step
    /// under the reader's lock, so every byte drawn for the new size is parsed at that size.
    pub fn resize(&self, rows: u16, cols: u16) {
        let mut s = self.seen();
        s.parser.screen_mut().set_size(nz(rows), nz(cols));
        let master = self.master.as_ref().expect("the pty is still open");
        master.resize(pty_size(rows, cols)).unwrap();
    }

    /// Closes every descriptor of the master side, as sshd does when the link drops. The
    /// reader thread holds the last one, blocked in a read; Ctrl-L makes p06 write a frame
    /// so that read returns, and the reader closes it once the frame is complete (p06 is then
    /// idle, waiting for input). Waits until it has; returns when.
    pub fn hang_up(&mut self) -> Instant {
        {
            let mut s = self.seen();
            s.hang_up = Some(s.raw.len());
        }
        self.send("\x0c");
        // The writer's drop sends "\n" and Ctrl-D, which the console ignores.
        self.writer = None;
        self.master = None;
        let closed = Instant::now();
        let (lock, cvar) = &*self.seen;
        let s = cvar
            .wait_timeout_while(lock.lock().unwrap(), TIMEOUT, |s| s.hung_up_at.is_none())
            .unwrap()
            .0;
        s.hung_up_at.expect("the reader closed the pty").max(closed)
    }
}

impl Drop for Console {
    /// A failed test must not leave p06 running.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The terminal is as the shell left it: main screen, cursor shown, no mouse capture; and,
/// when the pty is still there to ask, canonical mode and echo back on.
pub fn assert_restored(c: &Console) {
    {
        let seen = c.drained();
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
    assert_cooked(c);
}

/// The pty is in canonical mode with echo, as a shell expects it.
pub fn assert_cooked(c: &Console) {
    let modes = c.local_modes();
    for mode in ["ICANON", "ECHO", "ISIG"] {
        assert!(modes.iter().any(|m| m == mode), "{mode} is off: {modes:?}");
    }
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
    assert_restored(&c);
    let seen = c.drained();
    let raw = String::from_utf8_lossy(&seen.raw);
    assert!(
        raw.contains("\x1b[?2026h") && raw.contains("\x1b[?2026l"),
        "frames are synchronized"
    );
}

/// crossterm writes the same sequences whatever TERM says (it reads no terminfo), and every
/// terminal of these kinds understands them; the console must open and restore on each.
#[test]
fn opens_and_restores_on_each_term() {
    for term in ["xterm-256color", "screen", "linux"] {
        let mut c = Console::start(&[], &[("TERM", term)]);
        c.wait_for("Headline at");
        c.wait_for("District league");
        c.send("q");
        assert_eq!(c.exit_code(), 0, "TERM={term}");
        assert_restored(&c);
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
    assert_restored(&c);
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
    assert!(
        !text.contains("\x1b[?1049h"),
        "never entered the alternate screen"
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
