//! The text report's unit tests: widths, wrapping, cuts, both languages.

use super::*;
use crate::report::tests::{data, dataset};

#[test]
fn headline_figures_follow_the_language() {
    let ds = dataset();
    let data = data(&ds);
    let vi = render(&data.input(&ds), Lang::Vi);
    assert!(vi.contains("\nNhiệm vụ theo Kế hoạch "), "{vi}");
    assert!(!vi.contains("\nPlan tasks "), "{vi}");
    for english in [
        "Headline",
        "Districts",
        "Held back by",
        "Review date",
        "Lead:",
        "-> blocked",
    ] {
        assert!(!vi.contains(english), "{english} in {vi}");
    }
    assert!(
        vi.contains("\n  T2 Hạ Long: chưa triển khai -> vướng mắc\n"),
        "{vi}"
    );
    assert!(vi.contains("2 (còn 1)"), "{vi}");
    for line in vi.lines() {
        assert!(line.width() <= WIDTH, "{line:?} is {} wide", line.width());
    }
}

#[test]
fn every_line_fits_80_columns() {
    let ds = dataset();
    let data = data(&ds);
    let text = render(&data.input(&ds), Lang::En);
    for line in text.lines() {
        assert!(line.width() <= WIDTH, "{line:?} is {} wide", line.width());
    }
    assert!(text.starts_with("Test | Province — Plan 1\nReview date 2024-07-31, changes since 2024-06-30\n"));
    assert!(
        text.contains("\n  T2 Hạ Long: not started -> blocked\n"),
        "{text}"
    );
    assert!(text.contains("Security inspections"), "{text}");
    assert!(text.contains("2 (1 to go)"), "{text}");
    assert!(text.contains("     Held back by: Cô Tô (on track)\n"), "{text}");
}

#[test]
fn a_target_too_wide_for_its_column_shows_alone_never_cut() {
    let mut ds = dataset();
    if let Some(sec) = ds.catalogue.plan.security.as_mut() {
        sec.inspection_target = Some(123_456);
    }
    let data = data(&ds);
    let vi = render(&data.input(&ds), Lang::Vi);
    let line = vi.lines().find(|l| l.starts_with("Kiểm tra")).unwrap_or_default();
    assert!(line.ends_with(" 123.456"), "{line:?}");
    let en = render(&data.input(&ds), Lang::En);
    assert!(en.contains(" 123456\n"), "{en}");
    assert!(!en.contains('…') && !vi.contains('…'), "{en}{vi}");
}

#[test]
fn cuts_and_pads_by_display_width() {
    assert_eq!(pad("Cô Tô", 7), "Cô Tô  ");
    assert_eq!(lpad("Hạ Long", 9), "  Hạ Long");
}

#[test]
fn a_long_district_name_is_cut_never_the_figures() {
    let mut ds = dataset();
    ds.catalogue.plan.districts[0].name = "Thành phố Hạ Long mở rộng về phía tây".repeat(2);
    let data = data(&ds);
    let text = render(&data.input(&ds), Lang::En);
    let rows: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "Districts")
        .skip(2)
        .take(ds.catalogue.district_count() + 1)
        .collect();
    assert!(rows[0].starts_with("District "), "{text}");
    for row in &rows[1..] {
        assert!(row.width() <= WIDTH, "{row}");
        // The services cell is the last: a figure, not a cut.
        assert!(row.ends_with('%') || row.ends_with("/0"), "{row}");
    }
    assert!(
        rows[1].starts_with("Thành phố Hạ Long… 2024-07-31"),
        "{}",
        rows[1]
    );
}

#[test]
fn long_lists_wrap_under_their_prefix() {
    let words: Vec<String> = (0..30).map(|i| format!("District{i}")).collect();
    let mut out = Vec::new();
    wrap_list("Held: ", &words, &mut out);
    assert!(out.len() > 1);
    assert!(out.iter().all(|l| l.width() <= WIDTH));
    assert!(out[1].starts_with("      District"));
    assert_eq!(out.join(" ").split_whitespace().count(), 31);
}
