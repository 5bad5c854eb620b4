//! Issue 9 §2: nothing from a data file reaches a terminal raw. A hostile data directory (a file
//! name with a newline and ESC, plan strings with OSC 52, C1 controls and a bidi override, a key
//! holding ESC, a quoted value holding CSI) goes through every human-readable output; none may
//! carry a control character other than the layout's own newlines. JSON keeps its escaping, and
//! escapes C1 and bidi controls too, parsing back to the very same strings.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::p06;

const PROVINCE: &str = "Quảng Ninh\u{1b}]52;c;cHduZWQ=\u{7}";
const TITLE: &str = "Plan \u{9b}2J 46/KH-UBND";
const TASK: &str = "\u{202e}evil\u{1b}[2J";
const LEAD: &str = "Công an\u{85}tỉnh\u{7f}";
const NAME: &str = "Hạ Long\u{1b}[31m\u{2066}";
const FORMULA: &str = "=HYPERLINK(\"http://x\",\"y\")";
const EVIL_FILE: &str = "evil\n0 errors, 0 warnings, 0 notes in 1 file\u{1b}[2J.json";

fn write_json(path: &Path, v: &Value) {
    let text = serde_json::to_string_pretty(v).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// A data directory whose strings attack the terminal.
fn hostile_dir() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("snapshots")).unwrap_or_else(|e| panic!("{e}"));
    write_json(
        &data.join("plan.json"),
        &json!({
            "format": "p06.plan/1", "province": PROVINCE, "title": TITLE,
            "districts": [
                {"code": "HL", "name": NAME, "kind": "city"},
                {"code": "CT", "name": "Cô Tô", "kind": "district"}
            ],
            "tasks": [
                {"id": "T1", "title": TASK, "kind": "plan", "lead": LEAD, "due": "2024-06-30"},
                {"id": "T2", "title": FORMULA, "kind": "key"}
            ],
            "models": [{"id": "M1", "title": "-1+2"}],
            "services": [{"id": "S1", "title": "@SUM(A1)"}]
        }),
    );
    let snap = |district: &str, as_of: &str, status: &str| {
        json!({
            "format": "p06.snapshot/1", "district": district, "as_of": as_of,
            "tasks": [{"id": "T1", "status": status, "progress": 40}, {"id": "T2", "status": "blocked", "blocker": "no\u{1b}[8m link"}],
            "models": [{"id": "M1", "status": "piloting"}]
        })
    };
    write_json(
        &data.join("snapshots/hl-1.json"),
        &snap("HL", "2024-06-30", "behind"),
    );
    write_json(
        &data.join("snapshots/hl-2.json"),
        &snap("HL", "2024-07-31", "behind"),
    );
    let mut unknown = snap("CT", "2024-07-31", "on_track");
    unknown["\u{1b}]0;pwned\u{7}"] = json!(1);
    write_json(&data.join("snapshots").join(EVIL_FILE), &unknown);
    write_json(
        &data.join("snapshots/bad.json"),
        &snap("CT", "2024-06-30", "\u{9b}31mdone\u{202e}"),
    );
    tmp
}

/// The characters that must never reach a terminal raw, allowing `\n` (and `\r\n`, a CSV
/// record's end) where the layout puts them.
fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'));
        assert!(
            allowed || !p06::present::escape::is_unsafe(c),
            "{what}: raw {c:?} in\n{text}"
        );
    }
}

fn run(data: &Path, args: &[&str]) -> std::process::Output {
    p06()
        .args(args)
        .arg(data)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn check_text_shows_controls_visibly() {
    let tmp = hostile_dir();
    let out = run(&tmp.path().join("data"), &["check"]);
    assert_clean("check stdout", &out.stdout);
    assert_clean("check stderr", &out.stderr);
    let text = String::from_utf8(out.stdout).unwrap();
    // The file name's newline did not forge a summary line: no line starts "0 errors".
    assert_eq!(
        text.lines().filter(|l| l.starts_with("0 errors")).count(),
        0,
        "{text}"
    );
    assert!(
        text.contains("evil\\u{a}0 errors, 0 warnings, 0 notes in 1 file\\u{1b}[2J.json"),
        "{text}"
    );
    assert!(text.contains("\\u{1b}]0;pwned\\u{7}"), "{text}");
    assert!(text.contains("\\u{9b}31mdone\\u{202e}"), "{text}");
    assert!(text.lines().last().unwrap().starts_with("1 error, "), "{text}");
}

#[test]
fn reports_for_people_show_controls_visibly() {
    let tmp = hostile_dir();
    let data = tmp.path().join("data");
    for format in ["text", "markdown", "csv"] {
        for since in [&[][..], &["--since", "2024-06-30"][..]] {
            let out = p06()
                .args(["report", "--format", format])
                .args(since)
                .arg(&data)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_clean(format, &out.stdout);
            assert_clean(format, &out.stderr);
            let text = String::from_utf8(out.stdout).unwrap();
            // The escapes show (markdown escapes their backslash in turn).
            assert!(
                text.contains("u{1b}") && text.contains("u{202e}"),
                "{format}: {text}"
            );
        }
    }
}

#[test]
fn csv_text_cells_are_never_formulas() {
    let tmp = hostile_dir();
    let out = run(&tmp.path().join("data"), &["report", "--format", "csv"]);
    let mut r = csv::Reader::from_reader(&out.stdout[..]);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let titles: Vec<&str> = rows.iter().map(|r| &r[2]).collect();
    assert!(titles.contains(&"'=HYPERLINK(\"http://x\",\"y\")"), "{titles:?}");
    assert!(
        titles.contains(&"'-1+2") && titles.contains(&"'@SUM(A1)"),
        "{titles:?}"
    );
    assert!(
        titles
            .iter()
            .all(|t| !t.starts_with(['=', '+', '-', '@', '\t', '\r']))
    );
    // Progress stays a plain number.
    assert!(rows.iter().any(|r| &r[5] == "40"));
}

#[test]
fn json_escapes_c1_and_bidi_and_keeps_the_strings() {
    let tmp = hostile_dir();
    let data = tmp.path().join("data");
    for args in [
        &["report", "--format", "json"][..],
        &["check", "--format", "json"][..],
    ] {
        let out = run(&data, args);
        assert_clean(&args.join(" "), &out.stdout);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        if args[0] == "report" {
            let titles: Vec<&str> = v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["title"].as_str().unwrap())
                .collect();
            assert_eq!(&titles[..2], [TASK, FORMULA]);
            assert_eq!(v["items"][0]["lead"], LEAD);
        } else {
            let files: Vec<&str> = v["problems"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["file"].as_str().unwrap())
                .collect();
            assert!(
                files.contains(&format!("snapshots/{EVIL_FILE}").as_str()),
                "{files:?}"
            );
        }
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.contains('\u{9b}') && !text.contains('\u{202e}'), "{text}");
    }
}

#[test]
fn error_lines_naming_paths_show_controls_visibly() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("gone\n0 errors\u{1b}]0;title\u{7}");
    for cmd in ["check", "report"] {
        let out = run(&missing, &[cmd]);
        assert_eq!(out.status.code(), Some(2));
        assert_clean(cmd, &out.stderr);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("gone\\u{a}0 errors\\u{1b}]0;title\\u{7}"), "{err}");
    }
}
