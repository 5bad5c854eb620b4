//! `p06 report --lang vi` on the demo: the text and markdown reports in Vietnamese are pinned
//! by reviewed golden snapshots (read as a provincial official would), and the machine formats
//! keep their machine vocabulary while their text columns follow the language.

use crate::common::{fixture, p06};

/// Runs `p06 report fixtures/demo ARGS...` with the locale cleared and returns its output.
fn report(args: &[&str]) -> String {
    let out = p06()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .arg("report")
        .arg(fixture("demo"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

const DATES: [&str; 4] = ["--as-of", "2024-12-31", "--since", "2024-11-30"];

fn fits_80(text: &str) {
    for line in text.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "wider than 80 columns: {line:?}"
        );
    }
}

#[test]
fn vi_text_report_with_changes() {
    let text = report(&[&["--lang", "vi"][..], &DATES].concat());
    fits_80(&text);
    assert!(text.contains("\nSố liệu toàn tỉnh tính đến ngày 31/12/2024, so với ngày 30/11/2024\n"));
    assert!(
        !text.contains("Review date") && !text.contains("2024-12-31"),
        "{text}"
    );
    insta::assert_snapshot!("demo_text_vi_2024_12_31_since_2024_11_30", text);
}

#[test]
fn vi_text_report_without_comparison() {
    let text = report(&["--lang", "vi", "--as-of", "2024-12-31"]);
    fits_80(&text);
    assert!(!text.contains("Thay đổi so với"), "{text}");
    insta::assert_snapshot!("demo_text_vi_2024_12_31", text);
}

#[test]
fn vi_markdown_report_with_changes() {
    let md = report(&[&["--lang", "vi", "--format", "markdown"][..], &DATES].concat());
    assert!(md.contains("\n## Thay đổi so với ngày 30/11/2024\n"), "{md}");
    insta::assert_snapshot!("demo_markdown_vi_2024_12_31_since_2024_11_30", md);
}

#[test]
fn a_vi_locale_chooses_vietnamese_and_the_flag_wins() {
    let by_locale = p06()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "vi_VN.UTF-8")
        .args(["report", "--as-of", "2024-12-31"])
        .arg(fixture("demo"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let text = String::from_utf8_lossy(&by_locale.stdout);
    assert!(text.contains("\nChỉ tiêu chính\n"), "{text}");
    let en = report(&["--lang", "en", "--as-of", "2024-12-31"]);
    assert!(en.contains("\nHeadline\n") && !en.contains("Chỉ tiêu"), "{en}");
}

/// The title of task T13 in each language, from the demo plan.
const T13_VI: &str = "Số hóa sổ hộ tịch giấy vào cơ sở dữ liệu hộ tịch điện tử";

#[test]
fn csv_titles_follow_the_language_codes_do_not() {
    let rows = |lang: &str| -> Vec<Vec<String>> {
        let text = report(&["--format", "csv", "--lang", lang, "--as-of", "2024-12-31"]);
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
        assert_eq!(header[..3], ["area", "id", "title"], "{lang}");
        r.records()
            .map(|x| x.unwrap().iter().map(str::to_owned).collect())
            .collect()
    };
    let (vi, en) = (rows("vi"), rows("en"));
    assert_eq!(vi.len(), en.len());
    let t13 = |rows: &[Vec<String>]| rows.iter().find(|r| r[1] == "T13").unwrap().clone();
    assert_eq!(t13(&vi)[2], T13_VI);
    assert_ne!(t13(&en)[2], T13_VI);
    assert!(t13(&en)[2].is_ascii(), "{:?}", t13(&en));
    for (v, e) in vi.iter().zip(&en) {
        // Everything but the title is the machine's: the same in both languages.
        assert_eq!((&v[..2], &v[3..]), (&e[..2], &e[3..]));
    }
}

#[test]
fn json_titles_follow_the_language_codes_do_not() {
    let json = |lang: &str| -> serde_json::Value {
        let text = report(&["--format", "json", "--lang", lang, "--as-of", "2024-12-31"]);
        serde_json::from_str(&text).unwrap()
    };
    let (vi, en) = (json("vi"), json("en"));
    let t13 = |v: &serde_json::Value| {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|it| it["id"] == "T13")
            .unwrap()
            .clone()
    };
    assert_eq!(t13(&vi)["title"], T13_VI);
    assert_ne!(t13(&en)["title"], T13_VI);
    assert_eq!(t13(&vi)["status"], "blocked");
    assert_eq!(t13(&en)["status"], "blocked");
    assert_eq!(vi["as_of"], "2024-12-31");
}

/// README.vi.md's excerpt of the report is what p06 prints: each of its lines, in order
/// (`…` stands for the lines left out).
#[test]
fn readme_vi_excerpt_is_real() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.vi.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let start = doc.find("```text\nQuảng Ninh").unwrap() + "```text\n".len();
    let excerpt = &doc[start..start + doc[start..].find("```").unwrap()];
    let text = report(&["--lang", "vi"]);
    let mut lines = text.lines();
    for want in excerpt.lines().filter(|l| *l != "…") {
        assert!(
            lines.any(|l| l == want),
            "README.vi.md: {want:?} is not in\n{text}"
        );
    }
}
