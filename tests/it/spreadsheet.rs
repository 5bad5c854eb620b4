//! `p06 report` for spreadsheets, read back by the tools the office uses: the workbook by
//! calamine, the CSV (with `--bom`) by the csv crate.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

use crate::common::{fixture, p06};

#[test]
fn xlsx_to_a_file_is_a_workbook_with_every_sheet() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = tmp.path().join("review.xlsx");
    p06()
        .args(["report", "--format", "xlsx", "--since", "2024-09-30", "--out"])
        .arg(&out)
        .arg(fixture("demo"))
        .assert()
        .success()
        .stdout("");
    let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        wb.sheet_names(),
        [
            "Headline",
            "Tasks",
            "Models",
            "Services",
            "Security events",
            "Districts",
            "Changes"
        ]
    );
    let districts = wb.worksheet_range("Districts").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(districts.height(), 14, "a header and 13 districts");
    let names: Vec<String> = districts.rows().skip(1).map(|r| r[1].to_string()).collect();
    assert!(names.iter().any(|n| n == "Hạ Long"), "{names:?}");
    assert!(districts.rows().skip(1).all(|r| matches!(r[4], Data::Float(_))));
}

#[test]
fn xlsx_to_a_pipe_is_fine_and_bom_is_for_csv_only() {
    // Standard output here is a pipe, not a terminal: the workbook may go there.
    let out = p06()
        .args(["report", "--format", "xlsx"])
        .arg(fixture("demo"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"PK\x03\x04"), "a zip archive");
    p06()
        .args(["report", "--format", "markdown", "--bom"])
        .arg(fixture("demo"))
        .assert()
        .code(2)
        .stderr("p06: --bom applies to --format csv only\n");
}

#[test]
fn csv_with_bom_starts_with_it_and_reads_back() {
    let out = p06()
        .args(["report", "--format", "csv", "--bom"])
        .arg(fixture("demo"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success());
    assert!(out.stdout.starts_with("\u{feff}area,id,title,".as_bytes()));
    let plain = p06()
        .args(["report", "--format", "csv"])
        .arg(fixture("demo"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        &out.stdout[3..],
        &plain.stdout[..],
        "the mark is the only difference"
    );
    // A reader that knows the mark (as the csv crate does) takes the header as it is.
    let mut r = csv::Reader::from_reader(&out.stdout[..]);
    let header = r.headers().unwrap_or_else(|e| panic!("{e}")).clone();
    assert_eq!(&header[0], "area");
    let rows: Vec<csv::StringRecord> = r.records().filter_map(Result::ok).collect();
    assert!(rows.len() > 100);
    // Progress is a plain number wherever it is given.
    assert!(
        rows.iter()
            .filter(|r| !r[5].is_empty())
            .all(|r| r[5].parse::<u8>().is_ok())
    );
}

#[test]
fn xlsx_to_a_terminal_is_refused() {
    let demo = fixture("demo");
    let demo = demo.to_str().unwrap_or_else(|| panic!("fixture path"));
    let mut c = crate::pty::Console::start(&["report", demo, "--format", "xlsx"], &[]);
    assert_eq!(c.exit_code(), 2);
    let text = String::from_utf8_lossy(&c.drained().raw).into_owned();
    assert!(text.contains("binary workbook: give --out FILE"), "{text}");
    assert!(
        !text.contains("PK"),
        "no workbook bytes reached the terminal: {text}"
    );
}
