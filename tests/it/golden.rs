//! `p06 check` output compared whole with committed golden files, in English and Vietnamese,
//! on the invalid, warnings and demo fixtures: a changed word shows up as a diff to review.
//! To accept new output, run with `P06_BLESS=1` and read the diff before committing.

use std::path::PathBuf;

use crate::common::{fixture, p06};

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/golden")
        .join(name)
}

fn check_output(data: &str, lang: &str) -> String {
    let out = p06()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("P06_TODAY", "2026-11-30")
        .args(["check", "--lang", lang])
        .arg(fixture(data))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

fn compare(data: &str, lang: &str) {
    let name = format!("check-{data}.{lang}.txt");
    let got = check_output(data, lang);
    if std::env::var_os("P06_BLESS").is_some() {
        std::fs::write(golden(&name), &got).unwrap_or_else(|e| panic!("{e}"));
    }
    let want = std::fs::read_to_string(golden(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(got == want, "{name} differs:\n--- want\n{want}\n--- got\n{got}");
}

#[test]
fn check_golden_files_in_english() {
    for data in ["invalid", "warnings", "demo"] {
        compare(data, "en");
    }
}

#[test]
fn check_golden_files_in_vietnamese() {
    for data in ["invalid", "warnings", "demo"] {
        compare(data, "vi");
    }
}

/// The Vietnamese output is not the English one with a few words swapped: no line of it
/// carries the English severity words, and the summary is Vietnamese.
#[test]
fn vietnamese_check_has_no_english_severity_words() {
    let text = check_output("warnings", "vi");
    for line in text.lines() {
        for word in [": error: ", ": warning: ", ": note: "] {
            assert!(!line.contains(word), "{line}");
        }
    }
    assert!(text.ends_with(" trong 10 tệp\n"), "{text}");
}

/// Errors on stderr follow `--lang` too, and stay as they were in English.
#[test]
fn cli_errors_follow_the_language() {
    let run = |lang: &str, args: &[&str]| {
        let out = p06()
            .env("P06_TODAY", "2026-11-30")
            .args(args)
            .args(["--lang", lang])
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap_or_else(|e| panic!("{e}"))
    };
    let demo = fixture("demo").display().to_string();
    assert_eq!(
        run("vi", &["check", "no-such-dir"]),
        "p06: no-such-dir: không có thư mục dữ liệu này\n"
    );
    assert_eq!(
        run("en", &["check", "no-such-dir"]),
        "p06: no-such-dir: no such data directory\n"
    );
    assert_eq!(
        run(
            "vi",
            &["report", &demo, "--as-of", "2024-06-30", "--since", "2024-07-01"]
        ),
        "p06: ngày so sánh 01/07/2024 phải trước ngày rà soát 30/06/2024\n"
    );
    assert_eq!(
        run("vi", &["report", &demo, "--bom"]),
        "p06: --bom chỉ dùng được với --format csv\n"
    );
}
