//! The terminal is restored on every way out of the console, and the console never outlives
//! its terminal: `q`, Ctrl-C (also while typing a filter), SIGTERM, SIGHUP, SIGINT, SIGQUIT,
//! SIGUSR1, SIGUSR2, SIGALRM, a
//! panic, and the pty vanishing under it (with and without the SIGHUP a controlling terminal
//! brings). "Restored" is checked on the screen model (main screen, cursor shown, no mouse
//! capture) and on the pty itself (canonical mode, echo and signals back on).
//! Also: an idle console uses no CPU and never wakes up.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use crate::pty::{Console, assert_restored, p06};

/// How soon the console must be gone once its terminal is, or once a signal asks. A bound on
/// shutting down (a restore and an exit), not a speed test: it is 1 s even for a debug build on
/// a loaded machine because the point is that nothing waits or spins.
const PROMPTLY: Duration = Duration::from_secs(1);

#[test]
fn q_and_ctrl_c_restore_the_terminal() {
    for (keys, how) in [
        ("q", "q"),
        ("\x03", "Ctrl-C"),
        ("2/ju\x03", "Ctrl-C while typing a filter"),
    ] {
        let mut c = Console::start(&[], &[]);
        c.wait_for("Headline at");
        c.send(keys);
        assert_eq!(c.exit_code(), 0, "{how}");
        assert_restored(&c);
    }
}

#[test]
fn signals_restore_the_terminal_and_exit_128_plus_n_promptly() {
    let ending = [
        ("TERM", 143),
        ("HUP", 129),
        ("INT", 130),
        ("QUIT", 131),
        // Each ends a process by default; uncaught, they left raw mode and the alternate screen.
        ("USR1", 138),
        ("USR2", 140),
        ("ALRM", 142),
    ];
    for (signal, code) in ending {
        let mut c = Console::start(&[], &[]);
        c.wait_for("Headline at");
        let sent = std::time::Instant::now();
        c.kill(signal);
        let (status, seen) = c.exit();
        assert_eq!(status, code, "SIG{signal}");
        assert!(
            seen - sent < PROMPTLY,
            "SIG{signal}: exited after {:?}",
            seen - sent
        );
        assert_restored(&c);
    }
}

#[test]
fn a_panic_restores_the_terminal_then_prints_readably() {
    // Without a backtrace, so the message stays on the 24 rows the screen model keeps.
    let quiet = [("RUST_BACKTRACE", "0"), ("RUST_LIB_BACKTRACE", "0")];
    let mut c = Console::start(&[], &[("P06_TEST_PANIC", "1"), quiet[0], quiet[1]]);
    assert_eq!(c.exit_code(), 101, "a panic exits 101");
    assert_restored(&c);
    let seen = c.drained();
    let raw = String::from_utf8_lossy(&seen.raw);
    let left = raw.rfind("\x1b[?1049l").unwrap();
    let message = raw
        .find("deliberate panic")
        .expect("the panic message is printed");
    assert!(left < message, "the message comes after the restore:\n{raw}");
    // Printed with output processing back on: each line starts at the left edge, no staircase.
    let screen = seen.parser.screen();
    let rows: Vec<String> = screen.rows(0, screen.size().1.get()).collect();
    let at = rows
        .iter()
        .position(|r| r.contains("deliberate panic"))
        .unwrap_or_else(|| panic!("not on the main screen:\n{}", screen.contents()));
    assert!(
        !rows[at].starts_with(' ') && !rows[at + 1].starts_with(' '),
        "the message lines start at column 0:\n{}",
        screen.contents()
    );
}

/// sshd closes the master side when the link drops. p06 is the session leader of its pty, so
/// the kernel sends it SIGHUP: it ends with 129.
#[test]
fn the_pty_vanishing_ends_the_console_promptly() {
    let mut c = Console::start(&[], &[]);
    c.wait_for("Headline at");
    let gone = c.hang_up();
    let (code, seen) = c.exit();
    assert!(
        seen - gone < PROMPTLY,
        "exited {:?} after the hang-up",
        seen - gone
    );
    assert_eq!(code, 129, "ended by the SIGHUP");
}

/// The same without a controlling terminal, so no SIGHUP comes (a console started with
/// `setsid`, or whose terminal is not its session's): p06 must notice the dead tty itself,
/// where crossterm's reader spins at 100 % CPU forever (crossterm#793).
#[test]
fn the_pty_vanishing_without_sighup_ends_the_console_promptly() {
    let mut cmd = p06(&[], &[]);
    cmd.set_controlling_tty(false);
    let mut c = Console::spawn(cmd, 24, 80);
    c.wait_for("Headline at");
    // Exercise crossterm's reader first, so its event source exists when the tty dies.
    c.send("2");
    c.wait_for("Tasks 54");
    let gone = c.hang_up();
    let (code, seen) = c.exit();
    assert!(
        seen - gone < PROMPTLY,
        "exited {:?} after the hang-up",
        seen - gone
    );
    assert_eq!(code, 129, "ended by the hang-up thread, as SIGHUP would");
}

/// A look at a process in /proc: CPU time (user + system, in 10 ms ticks), and for each of
/// the console's threads (by name) its voluntary context switches (wake-ups) and whether it
/// is asleep.
#[cfg(target_os = "linux")]
struct Threads {
    ticks: u64,
    wakeups: std::collections::BTreeMap<String, u64>,
    all_asleep: bool,
}

#[cfg(target_os = "linux")]
impl Threads {
    fn of(pid: u32) -> Self {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
        let ticks = utime_plus_stime(&stat);
        let mut wakeups = std::collections::BTreeMap::new();
        let mut all_asleep = true;
        for task in std::fs::read_dir(format!("/proc/{pid}/task")).unwrap() {
            let task = task.unwrap();
            let (Ok(status), Ok(stat)) = (
                std::fs::read_to_string(task.path().join("status")),
                std::fs::read_to_string(task.path().join("stat")),
            ) else {
                continue; // the thread ended meanwhile
            };
            // State is the first field after the command name (in parentheses).
            all_asleep &= stat[stat.rfind(')').unwrap() + 2..].starts_with('S');
            let field = |name: &str| {
                let line = status.lines().find(|l| l.starts_with(name)).unwrap();
                line[name.len()..].trim().to_owned()
            };
            let (name, tid) = (field("Name:"), task.file_name().to_string_lossy().into_owned());
            // The console's own threads are named (p06-input, p06-signals, ...; the watcher's
            // are notify-rs ...); unnamed ones, which take the binary's name, are the loader's
            // worker pool, parked on their own schedule and covered by the CPU bound.
            if name == "p06" && tid != pid.to_string() {
                continue;
            }
            wakeups.insert(
                format!("{name} ({tid})"),
                field("voluntary_ctxt_switches:").parse().unwrap(),
            );
        }
        Self {
            ticks,
            wakeups,
            all_asleep,
        }
    }
}

/// utime + stime of a /proc/PID/stat line: fields 14 and 15, counted from the pid.
#[cfg(target_os = "linux")]
fn utime_plus_stime(stat: &str) -> u64 {
    // After the command name, which is in parentheses and may hold spaces, fields start at 3.
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

/// Leaves the console idle for 1.5 s: its CPU time barely moves (a spinning thread would use
/// all 150 ticks), and none of its threads wakes at all (no timer, no polling loop).
#[cfg(target_os = "linux")]
fn assert_idle(args: &[&str]) {
    let mut c = Console::start(args, &[]);
    c.wait_for("Headline at");
    // Ctrl-L is handled after everything start-up queued; once its repaint is out, p06 has
    // nothing left to do.
    let mark = c.mark();
    c.send("\x0c");
    c.wait_seen("the repaint", |s| {
        s.raw.ends_with(b"\x1b[?2026l") && String::from_utf8_lossy(&s.raw[mark..]).contains("\x1b[2J")
    });
    // On a loaded machine a thread may not have reached its blocking call yet: start counting
    // once every thread is asleep and two looks 50 ms apart agree.
    let deadline = std::time::Instant::now() + crate::pty::TIMEOUT;
    let mut before = Threads::of(c.pid());
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let now = Threads::of(c.pid());
        if before.all_asleep && now.all_asleep && now.wakeups == before.wakeups {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the console never settled: {:?}",
            now.wakeups
        );
        before = now;
    }
    // The measuring window, not a wait for anything: nothing happens in it, by design.
    std::thread::sleep(Duration::from_millis(1500));
    let after = Threads::of(c.pid());
    let used = after.ticks - before.ticks;
    assert!(used <= 5, "idle for 1.5 s, used {used} ticks of CPU");
    let woke: Vec<String> = after
        .wakeups
        .iter()
        .filter(|(name, n)| before.wakeups.get(*name).is_none_or(|b| b != *n))
        .map(|(name, n)| {
            format!(
                "{name}: {} -> {n}",
                before.wakeups.get(name).copied().unwrap_or(0)
            )
        })
        .collect();
    assert!(woke.is_empty(), "threads woke up while idle: {woke:?}");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
}

#[cfg(target_os = "linux")]
#[test]
fn an_idle_console_uses_no_cpu() {
    assert_idle(&[]);
}

/// The same with a data directory, so the file watcher runs too.
#[cfg(target_os = "linux")]
#[test]
fn an_idle_console_watching_a_directory_uses_no_cpu() {
    let tmp = crate::common::copy_fixture("demo");
    assert_idle(&[tmp.path().join("data").to_str().unwrap()]);
}
