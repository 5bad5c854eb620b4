//! Section 8's safety proven with real processes: a writer killed by SIGKILL at random moments
//! leaves every meeting file valid (old or new content); two processes adding 100 directions
//! each to one meeting lose none.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Stdio};
use std::time::Duration;

use p06::model::Meeting;

use crate::directions::{add, meeting, setup};

#[test]
fn two_processes_adding_100_each_lose_none() {
    let (_tmp, data, meetings) = setup();
    let writer = |tag: &str| {
        let script = format!(
            "for i in $(seq 1 100); do \"$P06\" directions \"$DATA\" --meetings \"$M\" --meeting 2025-02-18 add --subject general --owner {tag} \"{tag} $i\" >/dev/null || exit 1; done"
        );
        Command::new("sh")
            .arg("-c")
            .arg(script)
            .env("P06", env!("CARGO_BIN_EXE_p06"))
            .env("DATA", &data)
            .env("M", &meetings)
            .spawn()
            .unwrap()
    };
    let (mut a, mut b) = (writer("A"), writer("B"));
    assert!(a.wait().unwrap().success());
    assert!(b.wait().unwrap().success());
    let m = meeting(&meetings);
    assert_eq!(m.directions.len(), 200);
    for tag in ["A", "B"] {
        for i in 1..=100 {
            let text = format!("{tag} {i}");
            assert!(m.directions.iter().any(|d| d.text == text), "{text} lost");
        }
    }
    let mut ids: Vec<u64> = m.directions.iter().map(|d| d.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 200);
}

/// A small deterministic generator, so a failure can be replayed from its seed.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn a_writer_killed_at_random_moments_leaves_old_or_new_content() {
    let (_tmp, data, meetings) = setup();
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("seed {seed}");
    let mut count = 0usize;
    let mut kills = 0;
    for round in 0..80 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_p06"))
            .arg("directions")
            .arg(&data)
            .arg("--meetings")
            .arg(&meetings)
            .args([
                "--meeting",
                "2025-02-18",
                "add",
                "--subject",
                "T13",
                "--owner",
                "Sở Tư pháp",
            ])
            .arg(format!("direction {round}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(next(&mut seed) % 30_000));
        // SIGKILL: no destructor, no flush, no unlock but the kernel's.
        if child.try_wait().unwrap().is_none() {
            unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
            kills += 1;
        }
        let status = child.wait().unwrap();
        let path = meetings.join("2025-02-18.json");
        if !path.exists() {
            assert_eq!(count, 0, "round {round}: the file vanished");
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let m: Meeting = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("round {round} (seed {seed}): not valid JSON: {e}\n{text}"));
        let n = m.directions.len();
        assert!(n == count || n == count + 1, "round {round}: {count} -> {n}");
        if status.success() {
            assert_eq!(
                n,
                count + 1,
                "round {round}: a finished writer's direction is there"
            );
        }
        count = n;
        // Only the meeting file (and hidden lock/temporary files) in MEETINGS.
        let visible: Vec<String> = std::fs::read_dir(&meetings)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.'))
            .collect();
        assert_eq!(visible, ["2025-02-18.json"]);
    }
    eprintln!("{kills} kills, {count} directions saved");
    assert!(kills > 0, "the test killed no writer");
    // The survivors still take a write afterwards.
    add(
        &data,
        &meetings,
        &["--subject", "general", "--owner", "a", "last"],
    )
    .success();
    assert_eq!(meeting(&meetings).directions.len(), count + 1);
}
