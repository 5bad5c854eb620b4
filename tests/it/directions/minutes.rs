//! `p06 minutes`: Markdown, JSON and Word, never into DATA or MEETINGS, in the language asked
//! for, and for the meeting of the data set's today (`P06_TODAY`) when none is named.

use super::*;

#[test]
fn minutes_in_three_formats_and_never_into_data_or_meetings() {
    let (tmp, data, meetings) = setup();
    add(
        &data,
        &meetings,
        &[
            "--subject",
            "T13",
            "--district",
            "HL",
            "--owner",
            "UBND thành phố Hạ Long",
            "--due",
            "2025-01-31",
            "Finish the registers",
        ],
    )
    .success();
    add(
        &data,
        &meetings,
        &[
            "--subject",
            "general",
            "--owner",
            "Văn phòng UBND tỉnh",
            "--chair",
            "Phó Chủ tịch UBND tỉnh",
            "Report monthly",
        ],
    )
    .success();
    let minutes = |args: &[&str]| {
        let mut c = p06();
        c.env("LANG", "C").env_remove("LC_ALL").env_remove("LC_MESSAGES");
        c.arg("minutes")
            .arg(&data)
            .arg("--meetings")
            .arg(&meetings)
            .args(args);
        c
    };
    let md = minutes(&["--meeting", "2025-02-18"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.starts_with("# Conclusion notice of the review conference of 2025-02-18\n"),
        "{md}"
    );
    assert!(md.contains("- Province: Quảng Ninh"), "{md}");
    assert!(md.contains("- Chair: Phó Chủ tịch UBND tỉnh"), "{md}");
    assert!(md.contains("Data reviewed: 2 files, SHA-256 "), "{md}");
    assert!(md.contains("### UBND thành phố Hạ Long"), "{md}");
    // The follow-up at a later meeting: T13 was done in HL on 2025-02-01, after its due date.
    let later = minutes(&[
        "--meeting",
        "2025-03-20",
        "--as-of",
        "2025-02-14",
        "--format",
        "json",
    ])
    .assert()
    .success()
    .get_output()
    .stdout
    .clone();
    let v: serde_json::Value = serde_json::from_slice(&later).unwrap();
    assert_eq!(v["follow_up"][0]["ref"], "2025-02-18#1");
    assert_eq!(v["follow_up"][0]["follow_up"], "met_late");
    assert_eq!(v["follow_up"][1]["follow_up"], "manual");
    assert_eq!(v["follow_up"][1]["state"], "open");

    // docx: a real reader (the zip container, then docx-rs's own reader) finds the text.
    let out = tmp.path().join("notice.docx");
    minutes(&["--meeting", "2025-02-18", "--format", "docx", "--out"])
        .arg(&out)
        .assert()
        .success();
    let bytes = std::fs::read(&out).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    for text in [
        "Finish the registers",
        "UBND thành phố Hạ Long",
        "Phó Chủ tịch UBND tỉnh",
        "2025-02-18#2",
    ] {
        assert!(xml.contains(text), "{text} not in document.xml");
    }
    let doc = docx_rs::read_docx(&bytes).unwrap();
    let json = doc.json();
    assert!(json.contains("Report monthly"));
    // `--out -` (or no --out) into a pipe is standard output, as `p06 report --format xlsx`;
    // only a terminal is refused (tests/it/pty_directions.rs cannot be a pipe, so this is it).
    for out in [&["--out", "-"][..], &[]] {
        let piped = minutes(&[&["--meeting", "2025-02-18", "--format", "docx"][..], out].concat())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let doc = docx_rs::read_docx(&piped).unwrap();
        assert!(doc.json().contains("Report monthly"), "{out:?}");
    }

    // Never into DATA or MEETINGS.
    let before = (tree(&data), tree(&meetings));
    for target in [
        data.join("m.md"),
        meetings.join("m.md"),
        meetings.join("2025-02-18.json"),
    ] {
        minutes(&["--meeting", "2025-02-18", "--out"])
            .arg(&target)
            .assert()
            .code(2)
            .stderr(predicates::str::starts_with("p06: "));
    }
    assert_eq!((tree(&data), tree(&meetings)), before);
}

#[test]
fn vietnamese_minutes_and_todays_meeting() {
    let (_tmp, data, meetings) = setup();
    // Without --meeting, the current meeting is the data set's today: P06_TODAY pins it.
    p06()
        .env("P06_TODAY", "2025-03-01")
        .arg("directions")
        .arg(&data)
        .arg("--meetings")
        .arg(&meetings)
        .args([
            "add",
            "--subject",
            "general",
            "--owner",
            "Sở Tư pháp",
            "Báo cáo hằng tháng",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("2025-03-01#1"));
    let out = p06()
        .env("P06_TODAY", "2025-03-01")
        .args(["minutes", "--lang", "vi"])
        .arg(&data)
        .arg("--meetings")
        .arg(&meetings)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for words in [
        "hội nghị ngày 01/03/2025",
        "| Chỉ tiêu | Kết quả | Thay đổi |",
        "| Nhiệm vụ theo Kế hoạch |",
        "### Sở Tư pháp",
        "Báo cáo hằng tháng",
    ] {
        assert!(text.contains(words), "{words:?} not in\n{text}");
    }
    assert!(!text.contains("Plan tasks"), "{text}");
    assert!(!text.ends_with("\n\n"), "a blank line trails the notice");
}
