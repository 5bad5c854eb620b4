//! `--help` in the interface language: Vietnamese with `--lang vi` or a `vi` locale, English
//! (clap's, from the doc comments) otherwise; both pinned by reviewed snapshots.

use crate::common::p06;

/// `p06 ARGS...` with the locale set to `locale` (cleared when `None`); its standard output.
fn help(locale: Option<&str>, args: &[&str]) -> String {
    let mut cmd = p06();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(l) = locale {
        cmd.env("LANG", l);
    }
    let out = cmd.args(args).output().unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn vietnamese_help_by_flag() {
    let text = help(None, &["--lang", "vi", "--help"]);
    assert!(text.contains("\nCách dùng: p06 [OPTIONS] [DATA]\n"), "{text}");
    assert!(
        text.contains("\nTùy chọn:\n") && !text.contains("Print help"),
        "{text}"
    );
    insta::assert_snapshot!("help_vi", text);
}

#[test]
fn vietnamese_help_by_locale() {
    let text = help(Some("vi_VN.UTF-8"), &["check", "--help"]);
    assert!(text.contains("Kiểm tra thư mục số liệu"), "{text}");
    assert!(text.contains("Mã thoát 0 khi không có lỗi"), "{text}");
    insta::assert_snapshot!("help_check_vi", text);
    let report = help(Some("vi_VN.UTF-8"), &["report", "--help"]);
    insta::assert_snapshot!("help_report_vi", report);
}

#[test]
fn english_help_stays_english() {
    let text = help(None, &["--help"]);
    assert!(text.contains("\nUsage: p06 [OPTIONS] [DATA]\n"), "{text}");
    insta::assert_snapshot!("help_en", text);
    // The flag wins over a Vietnamese locale.
    assert_eq!(help(Some("vi_VN.UTF-8"), &["--lang", "en", "--help"]), text);
    let report = help(Some("C"), &["report", "--help"]);
    insta::assert_snapshot!("help_report_en", report);
}

#[test]
fn lang_before_the_command_reaches_it() {
    let out = help(None, &["--lang", "vi", "schema", "plan"]);
    assert!(out.contains("\"$schema\""), "{out}");
}
