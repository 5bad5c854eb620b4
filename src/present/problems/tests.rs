//! Problem messages in both languages: each kind rendered whole, English kept byte for byte.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::load::{DateKind, IoReason};
use crate::model::{Area, Date};

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// One of every kind of message, to check both languages render each.
fn every() -> Vec<Msg> {
    vec![
        Msg::AfterAsOf {
            what: DateKind::Training,
            date: d("2025-03-02"),
            as_of: d("2025-02-28"),
        },
        Msg::Stale {
            code: "HL".into(),
            as_of: d("2024-10-31"),
            days: 61,
            review: d("2024-12-31"),
            limit: 35,
        },
        Msg::Duplicate {
            others: vec!["a.json".into(), "b.json".into(), "c.json".into()],
            more: 5_997,
            code: "HL".into(),
            as_of: d("2025-02-28"),
            copies: 6_001,
        },
        Msg::Held {
            file: "snapshots/x.json".into(),
            inner: Some(Box::new(Msg::Unreadable {
                reason: IoReason::PermissionDenied,
            })),
        },
        Msg::NotListed {
            area: Area::Service,
            id: "S03".into(),
            district: "HL".into(),
        },
        Msg::TooBig {
            bytes: 17 * 1_048_576 + 300_000,
            plan: false,
        },
    ]
}

#[test]
fn vietnamese_says_it_in_vietnamese_with_its_dates_and_numbers() {
    let vi: Vec<String> = every().iter().map(|m| message(Lang::Vi, m)).collect();
    assert_eq!(vi[0], "ngày tập huấn 02/03/2025 muộn hơn ngày báo cáo 28/02/2025");
    assert!(
        vi[1].contains("31/10/2024") && vi[1].contains("61 ngày"),
        "{}",
        vi[1]
    );
    assert!(
        vi[2].contains("và 5.997 tệp khác") && vi[2].contains("cả 6.001 tệp"),
        "{}",
        vi[2]
    );
    assert_eq!(
        vi[3],
        "đang hiển thị bản hợp lệ gần nhất của snapshots/x.json: không đọc được: không có quyền truy cập"
    );
    assert!(
        vi[4].starts_with("dịch vụ công `S03` áp dụng cho HL"),
        "{}",
        vi[4]
    );
    assert!(vi[5].starts_with("tệp có dung lượng 17,3 MiB"), "{}", vi[5]);
    for (m, v) in every().iter().zip(&vi) {
        assert_ne!(&message(Lang::En, m), v);
    }
}

#[test]
fn english_keeps_its_words() {
    let en: Vec<String> = every().iter().map(|m| message(Lang::En, m)).collect();
    assert_eq!(
        en[0],
        "the training date 2025-03-02 is after the snapshot date 2025-02-28"
    );
    assert_eq!(
        en[2],
        "a.json, b.json, c.json and 5,997 more also have a snapshot for HL on 2025-02-28; all 6001 are rejected until only one is left"
    );
    assert_eq!(
        en[5],
        "the file is 17.3 MiB; a snapshot may be at most 16 MiB, so it was not read"
    );
}

#[test]
fn lines_and_summaries_in_both_languages() {
    let p = Problem {
        line: Some(9),
        column: Some(17),
        path: Some("security.inspections[0].unit".into()),
        ..Problem::whole_file(Severity::Error, "snapshots/a\u{1b}.json", Msg::EmptyUnit)
    };
    assert_eq!(
        line(Lang::Vi, &p),
        "snapshots/a\\u{1b}.json:9:17: lỗi: security.inspections[0].unit: hãy ghi tên đơn vị được kiểm tra; `unit` không được để trống"
    );
    let t = Tally {
        errors: 0,
        warnings: 7,
        notes: 2,
    };
    assert_eq!(
        summary(Lang::Vi, t, 1_180),
        "0 lỗi, 7 cảnh báo, 2 ghi chú trong 1.180 tệp"
    );
    assert_eq!(summary(Lang::En, t, 1), "0 errors, 7 warnings, 2 notes in 1 file");
}
