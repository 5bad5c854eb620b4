//! The console's own words: panel tabs, table titles, the header's dates and problem counts,
//! the summary lines of the Changes and Data panels, the loading screen, empty tables and the
//! too-small screen.

use crate::app::Panel;

use super::Lang;
use super::num::plural;

/// A panel's tab title.
#[must_use]
pub fn panel(lang: Lang, p: Panel) -> &'static str {
    match lang {
        Lang::En => match p {
            Panel::Overview => "Overview",
            Panel::Tasks => "Tasks",
            Panel::Models => "Models",
            Panel::Services => "Services",
            Panel::Security => "Security",
            Panel::Districts => "Districts",
            Panel::Data => "Data",
            Panel::Changes => "Changes",
            Panel::Directions => super::directions::panel_title(lang),
        },
        Lang::Vi => match p {
            Panel::Overview => "Tổng quan",
            Panel::Tasks => "Nhiệm vụ",
            Panel::Models => "Mô hình",
            Panel::Services => "Dịch vụ công",
            Panel::Security => "An ninh mạng",
            Panel::Districts => "Đơn vị",
            Panel::Data => "Dữ liệu",
            Panel::Changes => "Thay đổi",
            Panel::Directions => super::directions::panel_title(lang),
        },
    }
}

/// The title of one of the console's tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    League,
    Attention,
    Tasks,
    Models,
    Services,
    Problems,
    Freshness,
    DistrictAreas,
    SecDistricts,
    SecEvents,
}

/// A table's name, as its title shows it.
#[must_use]
pub fn table(lang: Lang, t: Table) -> &'static str {
    match lang {
        Lang::En => match t {
            Table::League => "District league",
            Table::Attention => "Needs attention",
            Table::Tasks => "Tasks",
            Table::Models => "Models",
            Table::Services => "Services",
            Table::Problems => "Problems",
            Table::Freshness => "Reports per district",
            Table::DistrictAreas => "Districts x areas, complete %",
            Table::SecDistricts => "Districts: four layers, anti-malware, incidents",
            Table::SecEvents => "Inspections, trainings, drills",
        },
        Lang::Vi => match t {
            Table::League => "Xếp hạng đơn vị",
            Table::Attention => "Cần chỉ đạo, tháo gỡ",
            Table::Tasks => "Nhiệm vụ",
            Table::Models => "Mô hình",
            Table::Services => "Dịch vụ công thiết yếu",
            Table::Problems => "Lỗi và cảnh báo",
            Table::Freshness => "Báo cáo của các đơn vị",
            Table::DistrictAreas => "Đơn vị theo lĩnh vực, % hoàn thành",
            Table::SecDistricts => "Đơn vị: mô hình 4 lớp, chống mã độc, sự cố",
            Table::SecEvents => "Kiểm tra, tập huấn, diễn tập",
        },
    }
}

/// The Changes table's title: `Changes from C to R`.
#[must_use]
pub fn changes_title(lang: Lang, since: Option<&str>, review: &str) -> String {
    match (lang, since) {
        (Lang::En, Some(c)) => format!("Changes from {c} to {review}"),
        (Lang::En, None) => "Changes".to_owned(),
        (Lang::Vi, Some(c)) => format!("Thay đổi từ {c} đến {review}"),
        (Lang::Vi, None) => "Thay đổi".to_owned(),
    }
}

/// How many rows show: `12` or `3 of 12`.
#[must_use]
pub fn row_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        _ if shown == total => format!("{total}"),
        Lang::En => format!("{shown} of {total}"),
        Lang::Vi => format!("{shown}/{total}"),
    }
}

/// What an empty table says: nothing at all, or nothing the filter lets through.
#[must_use]
pub fn empty_table(lang: Lang, filtered: bool) -> &'static str {
    match (lang, filtered) {
        (Lang::En, false) => "nothing to show",
        (Lang::En, true) => "no row matches the filter",
        (Lang::Vi, false) => "không có dữ liệu",
        (Lang::Vi, true) => "không có dòng nào khớp bộ lọc",
    }
}

/// The Overview's headline title: ` Headline at R · change since C `.
#[must_use]
pub fn headline_title(lang: Lang, review: &str, since: Option<&str>, dot: &str) -> String {
    let mut title = match lang {
        Lang::En => format!(" Headline at {review} "),
        Lang::Vi => format!(" Chỉ tiêu chung tính đến ngày {review} "),
    };
    if let Some(c) = since {
        title.push_str(&match lang {
            Lang::En => format!("{dot} change since {c} "),
            Lang::Vi => format!("{dot} so với ngày {c} "),
        });
    }
    title
}

/// The header's review date: ` R 2024-12-31`, or that there is none.
#[must_use]
pub fn review_date(lang: Lang, review: Option<&str>) -> String {
    match (lang, review) {
        (_, Some(r)) => format!(" R {r}"),
        (Lang::En, None) => " R none (no snapshots)".to_owned(),
        (Lang::Vi, None) => " R: chưa có (không có báo cáo)".to_owned(),
    }
}

/// The header's comparison date: `  C 2024-11-30`, or `  C none`.
#[must_use]
pub fn since_date(lang: Lang, since: Option<&str>) -> String {
    match (lang, since) {
        (_, Some(c)) => format!("  C {c}"),
        (Lang::En, None) => "  C none".to_owned(),
        (Lang::Vi, None) => "  C: không có".to_owned(),
    }
}

/// The header's problem counts: `2 errors, 1 warning` (zero counts left out).
#[must_use]
pub fn problem_counts(lang: Lang, errors: usize, warnings: usize) -> String {
    let mut counts = Vec::new();
    if errors > 0 {
        counts.push(match lang {
            Lang::En => plural(errors, "error"),
            Lang::Vi => format!("{errors} lỗi"),
        });
    }
    if warnings > 0 {
        counts.push(match lang {
            Lang::En => plural(warnings, "warning"),
            Lang::Vi => format!("{warnings} cảnh báo"),
        });
    }
    counts.join(", ")
}

/// The Data panel's problem tally: `3 errors, 5 warnings, 1 note`.
#[must_use]
pub fn tally(lang: Lang, t: crate::load::Tally) -> String {
    match lang {
        Lang::En => t.summary(),
        Lang::Vi => format!("{} lỗi, {} cảnh báo, {} ghi chú", t.errors, t.warnings, t.notes),
    }
}

/// The Data panel's summary line, after the tally: ` … in 182 files · 1 file at the last good
/// version · source: demo`.
#[must_use]
pub fn data_summary(lang: Lang, tally: &str, files: usize, held: usize, source: &str, dot: &str) -> String {
    let mut text = match lang {
        Lang::En => format!(" {tally} in {}", plural(files, "file")),
        Lang::Vi => format!(" {tally} trong {files} tệp"),
    };
    if held > 0 {
        text.push_str(&match lang {
            Lang::En => format!(" {dot} {} at the last good version", plural(held, "file")),
            Lang::Vi => format!(" {dot} {held} tệp giữ bản hợp lệ gần nhất"),
        });
    }
    text.push_str(&match lang {
        Lang::En => format!(" {dot} source: {source}"),
        Lang::Vi => format!(" {dot} nguồn: {source}"),
    });
    text
}

/// The Changes panel's line when there is nothing to count.
#[must_use]
pub fn changes_none(lang: Lang, since: Option<&str>, review: &str) -> String {
    match (lang, since) {
        (Lang::En, None) => "No comparison date: the data has no snapshot date before R.".to_owned(),
        (Lang::En, Some(c)) => format!("Nothing changed between {c} and {review}."),
        (Lang::Vi, None) => "Không có ngày so sánh: dữ liệu không có báo cáo nào trước ngày R.".to_owned(),
        (Lang::Vi, Some(c)) => format!("Không có thay đổi từ {c} đến {review}."),
    }
}

/// One count of the Changes panel's summary line.
#[derive(Clone, Copy, Debug)]
pub enum ChangeCount<'a> {
    /// `3 became complete`: an item event and its words.
    Items(usize, &'a str),
    /// `27 status changes in 9 districts`.
    Statuses(usize, usize),
    /// `2 districts went stale`.
    Districts(usize, &'a str),
    /// `12 figures moved`.
    Figures(usize),
}

/// One part of the Changes panel's summary line.
#[must_use]
pub fn change_count(lang: Lang, c: ChangeCount) -> String {
    match (lang, c) {
        (_, ChangeCount::Items(n, what)) => format!("{n} {what}"),
        (Lang::En, ChangeCount::Statuses(n, d)) => {
            format!("{} in {}", plural(n, "status change"), plural(d, "district"))
        }
        (Lang::Vi, ChangeCount::Statuses(n, d)) => format!("{n} lần đổi trạng thái tại {d} đơn vị"),
        (Lang::En, ChangeCount::Districts(n, what)) => format!("{} {what}", plural(n, "district")),
        (Lang::Vi, ChangeCount::Districts(n, what)) => format!("{n} đơn vị {what}"),
        (Lang::En, ChangeCount::Figures(n)) => format!("{} moved", plural(n, "figure")),
        (Lang::Vi, ChangeCount::Figures(n)) => format!("{n} chỉ tiêu thay đổi"),
    }
}

/// The loading screen's title.
#[must_use]
pub fn loading_title(lang: Lang, what: &str) -> String {
    match lang {
        Lang::En => format!("p06: loading {what}"),
        Lang::Vi => format!("p06: đang đọc {what}"),
    }
}

/// The loading screen's progress line.
#[must_use]
pub fn loading_status(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::En if total == 0 => "looking for snapshot files…".to_owned(),
        Lang::En if done < total => format!("reading snapshot files: {done} / {total}"),
        Lang::En => format!("read {total} snapshot files; rolling up…"),
        Lang::Vi if total == 0 => "đang tìm các tệp báo cáo…".to_owned(),
        Lang::Vi if done < total => format!("đang đọc tệp báo cáo: {done} / {total}"),
        Lang::Vi => format!("đã đọc {total} tệp báo cáo; đang tổng hợp…"),
    }
}

/// How to leave a screen that takes no other key.
#[must_use]
pub fn q_quits(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "q quits",
        Lang::Vi => "nhấn q để thoát",
    }
}

/// Why the console cannot start on this output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CannotStart {
    DumbTerminal,
    NotATerminal,
}

/// What `p06` says when the console cannot start, and what to run instead.
#[must_use]
pub fn cannot_start(lang: Lang, why: CannotStart) -> &'static str {
    match (lang, why) {
        (Lang::En, CannotStart::DumbTerminal) => {
            "TERM=dumb: this terminal cannot show the review console. \
             For the figures as text, run `p06 report DATA` (add --format markdown, csv or json)."
        }
        (Lang::En, CannotStart::NotATerminal) => {
            "the review console needs a terminal, and standard output is not one (a pipe or a file). \
             For the figures as text, run `p06 report DATA` (add --format markdown, csv or json)."
        }
        (Lang::Vi, CannotStart::DumbTerminal) => {
            "TERM=dumb: cửa sổ dòng lệnh này không hiển thị được bảng điều khiển. \
             Để xem số liệu dạng văn bản, chạy `p06 report DATA` (thêm --format markdown, csv hoặc json)."
        }
        (Lang::Vi, CannotStart::NotATerminal) => {
            "bảng điều khiển cần một cửa sổ dòng lệnh, nhưng đầu ra chuẩn đang là ống dẫn (pipe) hoặc tệp. \
             Để xem số liệu dạng văn bản, chạy `p06 report DATA` (thêm --format markdown, csv hoặc json)."
        }
    }
}

/// The screen shown when the terminal is smaller than the console needs.
#[must_use]
pub fn too_small(lang: Lang, size: (u16, u16), min: (u16, u16)) -> String {
    let ((w, h), (mw, mh)) = (size, min);
    match lang {
        Lang::En => {
            format!(
                "Terminal too small ({w}x{h}). p06 needs at least {mw}x{mh}: enlarge the window. q quits."
            )
        }
        Lang::Vi => format!(
            "Cửa sổ quá nhỏ ({w}x{h}). p06 cần tối thiểu {mw}x{mh}: hãy phóng to cửa sổ. Nhấn q để thoát."
        ),
    }
}

/// Where the data came from: the data directory as given (escaped, it is a path from the
/// command line), or the bundled demo in words.
#[must_use]
pub fn source(lang: Lang, source: &str) -> String {
    if source != crate::demo::SOURCE {
        return crate::present::visible(source).into_owned();
    }
    match lang {
        Lang::En => source.to_owned(),
        Lang::Vi => "dữ liệu mẫu (fixtures/demo)".to_owned(),
    }
}
