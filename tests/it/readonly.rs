//! p06 never writes to the data directory. A copy of the demo data goes through a full
//! session: `p06 check` (both formats), `p06 report` in every format (to standard output and,
//! with `--out`, to files outside the directory), and the console in a pty visiting every
//! panel, opening a detail, filtering, sorting and quitting. Every file and folder's path,
//! bytes and modification time must be the same afterwards, and nothing may be added.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use p06::app::Panel;

use crate::common::{copy_fixture, p06 as p06_cmd};
use crate::pty::{Console, assert_restored};

/// Each entry under `dir` (folders too, since creating and deleting a file inside one changes
/// its mtime): its bytes (none for a folder) and modification time.
fn fingerprint(dir: &Path) -> BTreeMap<PathBuf, (Option<Vec<u8>>, SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        let meta = std::fs::symlink_metadata(&path).unwrap();
        let bytes = if meta.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
            None
        } else {
            Some(std::fs::read(&path).unwrap())
        };
        out.insert(
            path.strip_prefix(dir).unwrap().to_path_buf(),
            (bytes, meta.modified().unwrap()),
        );
    }
    out
}

/// What each panel's digit shows first, to know it is on screen; panels added later are
/// recognised by the screen changing.
fn marker(panel: Panel) -> Option<&'static str> {
    Some(
        match p06::present::console::panel(p06::present::Lang::En, panel) {
            "Overview" => "Headline at",
            "Tasks" => "Tasks 54",
            "Models" => "Models 54",
            "Services" => "Services 53",
            "Security" => "four layers",
            "Districts" => "Districts x areas",
            "Data" => "Problems",
            _ => return None,
        },
    )
}

#[test]
fn a_full_session_leaves_the_data_directory_untouched() {
    let tmp = copy_fixture("demo");
    let data = tmp.path().join("data");
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let before = fingerprint(&data);
    assert!(
        before.len() > 100,
        "the demo copy is complete: {} entries",
        before.len()
    );

    for format in ["text", "json"] {
        p06_cmd()
            .args(["check", "--format", format])
            .arg(&data)
            .assert()
            .code(0);
    }
    for format in ["text", "markdown", "csv", "json"] {
        p06_cmd()
            .args(["report", "--format", format])
            .arg(&data)
            .assert()
            .success();
        let file = out.join(format!("report.{format}"));
        p06_cmd()
            .args(["report", "--format", format, "--since", "2025-01-31", "--out"])
            .arg(&file)
            .arg(&data)
            .assert()
            .success();
        assert!(file.metadata().unwrap().len() > 0, "{format} report written");
    }

    let mut c = Console::start(&[data.to_str().unwrap()], &[]);
    c.wait_for("Headline at");
    for (i, panel) in Panel::ALL.iter().enumerate() {
        let shown = c.seen().parser.screen().contents();
        c.send(&(i + 1).to_string());
        match marker(*panel) {
            Some(text) => c.wait_for(text),
            None if i > 0 => c.wait_until(
                p06::present::console::panel(p06::present::Lang::En, *panel),
                |s| s.contents() != shown,
            ),
            None => {}
        }
    }
    // A detail, a filter, a sort, on the Tasks panel.
    c.send("2");
    c.wait_for("Tasks 54");
    c.send("\r");
    c.wait_for("Province:");
    c.send("\x1b");
    c.wait_until("the detail to close", |s| !s.contents().contains("Province:"));
    // Keys sent apart: Esc and `/` in one read would be Alt-/.
    c.send("/justice\r");
    c.wait_for("of 54");
    c.send("sS");
    c.send("q");
    assert_eq!(c.exit_code(), 0);
    assert_restored(&c);

    let after = fingerprint(&data);
    let added: Vec<_> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    let removed: Vec<_> = before.keys().filter(|k| !after.contains_key(*k)).collect();
    assert!(
        added.is_empty() && removed.is_empty(),
        "added {added:?}, removed {removed:?}"
    );
    for (path, was) in &before {
        assert!(&after[path] == was, "{} changed (bytes or mtime)", path.display());
    }
}
