//! The words of the text and markdown reports (`p06 report`): the review line, section
//! headings, column headers, the facts under a task, security targets and the data-problem
//! line. Statuses and kinds of change are [`super::status`]'s, one vocabulary with the
//! console; figures are [`super::figures`]'s.

use crate::load::Tally;
use crate::model::{Area, Date};

use super::{Lang, num};

/// The line under the title: `Review date 2024-12-31, changes since 2024-11-30`.
#[must_use]
pub fn review_line(lang: Lang, r: Date, since: Option<Date>) -> String {
    let (r, c) = (num::date(lang, r), since.map(|c| num::date(lang, c)));
    match (lang, c) {
        (Lang::En, None) => format!("Review date {r}"),
        (Lang::En, Some(c)) => format!("Review date {r}, changes since {c}"),
        (Lang::Vi, None) => format!("Số liệu toàn tỉnh tính đến ngày {r}"),
        (Lang::Vi, Some(c)) => format!("Số liệu toàn tỉnh tính đến ngày {r}, so với ngày {c}"),
    }
}

/// The same in markdown, dates in bold and a full stop.
#[must_use]
pub fn review_line_md(lang: Lang, r: Date, since: Option<Date>) -> String {
    let (r, c) = (num::date(lang, r), since.map(|c| num::date(lang, c)));
    match (lang, c) {
        (Lang::En, None) => format!("Review date: **{r}**."),
        (Lang::En, Some(c)) => format!("Review date: **{r}**; changes since **{c}**."),
        (Lang::Vi, None) => format!("Số liệu toàn tỉnh tính đến ngày **{r}**."),
        (Lang::Vi, Some(c)) => {
            format!("Số liệu toàn tỉnh tính đến ngày **{r}**, so với ngày **{c}**.")
        }
    }
}

/// A section of the report.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    Headline,
    /// The overdue tasks, with their count.
    Overdue(usize),
    /// The blocked or behind tasks not yet overdue, with their count.
    HeldUp(usize),
    Districts,
    /// The changes since C.
    ChangesSince(Date),
    /// Markdown's data-problem section.
    DataProblems,
}

/// A section's heading.
#[must_use]
pub fn section(lang: Lang, s: Section) -> String {
    match lang {
        Lang::En => match s {
            Section::Headline => "Headline".into(),
            Section::Overdue(n) => format!("Overdue tasks ({n})"),
            Section::HeldUp(n) => format!("Blocked or behind, not yet overdue ({n})"),
            Section::Districts => "Districts".into(),
            Section::ChangesSince(c) => format!("Changes since {}", num::date(lang, c)),
            Section::DataProblems => "Data problems".into(),
        },
        Lang::Vi => match s {
            Section::Headline => "Chỉ tiêu chính".into(),
            Section::Overdue(n) => format!("Nhiệm vụ quá hạn ({n})"),
            Section::HeldUp(n) => format!("Nhiệm vụ vướng mắc, chậm tiến độ, chưa quá hạn ({n})"),
            Section::Districts => "Đơn vị cấp huyện".into(),
            Section::ChangesSince(c) => format!("Thay đổi so với ngày {}", num::date(lang, c)),
            Section::DataProblems => "Vấn đề về dữ liệu".into(),
        },
    }
}

/// A column header of the reports' tables.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Col {
    Figure,
    Value,
    Change,
    Target,
    Task,
    Title,
    Lead,
    Due,
    Status,
    Progress,
    HeldBackBy,
    District,
    AsOf,
    Stale,
    Tasks,
    Models,
    Services,
    Item,
    Districts,
    From,
    To,
}

/// A column's header.
#[must_use]
pub fn col(lang: Lang, c: Col) -> &'static str {
    match lang {
        Lang::En => match c {
            Col::Figure => "Figure",
            Col::Value => "Value",
            Col::Change => "Change",
            Col::Target => "Target",
            Col::Task => "Task",
            Col::Title => "Title",
            Col::Lead => "Lead",
            Col::Due => "Due",
            Col::Status => "Status",
            Col::Progress => "Progress",
            Col::HeldBackBy => "Held back by",
            Col::District => "District",
            Col::AsOf => "As of",
            Col::Stale => "Stale",
            Col::Tasks => "Tasks",
            Col::Models => "Models",
            Col::Services => "Services",
            Col::Item => "Item",
            Col::Districts => "Districts",
            Col::From => "From",
            Col::To => "To",
        },
        Lang::Vi => match c {
            Col::Figure => "Chỉ tiêu",
            Col::Value => "Kết quả",
            Col::Change => "Thay đổi",
            Col::Target => "Mục tiêu",
            Col::Task | Col::Item => "Mã",
            Col::Title => "Nội dung",
            Col::Lead => "Cơ quan chủ trì",
            Col::Due => "Thời hạn",
            Col::Status => "Trạng thái",
            Col::Progress => "Tiến độ",
            Col::HeldBackBy => "Đơn vị chưa hoàn thành",
            Col::District | Col::Districts => "Đơn vị",
            Col::AsOf => "Ngày báo cáo",
            Col::Stale => "Quá hạn BC",
            Col::Tasks => "Nhiệm vụ",
            Col::Models => "Mô hình",
            Col::Services => "Dịch vụ công",
            Col::From => "Trước",
            Col::To => "Hiện tại",
        },
    }
}

/// What a list with nothing in it says.
#[must_use]
pub fn none(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "None.",
        Lang::Vi => "Không có.",
    }
}

/// A security target and how far the count is from it: `20 (met)`, `20 (3 to go)`; short,
/// for the text report's last column.
#[must_use]
pub fn target(lang: Lang, target: u64, count: Option<u64>) -> String {
    let t = match lang {
        // English has always shown the target ungrouped.
        Lang::En => target.to_string(),
        Lang::Vi => num::int(lang, target),
    };
    match (lang, count) {
        (_, None) => t,
        (Lang::En, Some(n)) if n >= target => format!("{t} (met)"),
        (Lang::En, Some(n)) => format!("{t} ({} to go)", target - n),
        (Lang::Vi, Some(n)) if n >= target => format!("{t} (đạt)"),
        (Lang::Vi, Some(n)) => format!("{t} (còn {})", num::int(lang, target - n)),
    }
}

/// A task's due date among its facts: `due 2024-06-30` / `thời hạn 30/06/2024`.
#[must_use]
pub fn due(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En => format!("due {d}"),
        Lang::Vi => format!("thời hạn {}", num::date(lang, d)),
    }
}

/// How many of the applicable districts completed a task.
#[must_use]
pub fn districts_done(lang: Lang, complete: usize, applicable: usize) -> String {
    match lang {
        Lang::En => format!("{complete} of {applicable} districts done"),
        Lang::Vi => format!("{complete}/{applicable} đơn vị hoàn thành"),
    }
}

/// The prefix of a task's lead agency line.
#[must_use]
pub fn lead(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Lead: ",
        Lang::Vi => "Cơ quan chủ trì: ",
    }
}

/// The prefix of the districts where a task is not complete.
#[must_use]
pub fn held_back_by(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Held back by: ",
        Lang::Vi => "Đơn vị chưa hoàn thành: ",
    }
}

/// Every applicable district made the same move.
#[must_use]
pub fn all_districts(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("all {n} districts"),
        Lang::Vi => format!("cả {n} đơn vị"),
    }
}

/// The heading of the districts' status changes, with how many there are.
#[must_use]
pub fn status_changes(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("Status changes by district ({n})"),
        Lang::Vi => format!("Thay đổi trạng thái tại đơn vị ({n})"),
    }
}

/// What the changes section says when nothing moved.
#[must_use]
pub fn no_change(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "No item or district changed.",
        Lang::Vi => "Không có nhiệm vụ, mô hình, dịch vụ hay đơn vị nào thay đổi.",
    }
}

/// The district table's mark of a stale report.
#[must_use]
pub fn stale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "stale",
        Lang::Vi => "quá hạn BC",
    }
}

/// An area in a word, for the workbook's changes (the machine formats keep the code).
#[must_use]
pub fn area(lang: Lang, a: Area) -> &'static str {
    match lang {
        Lang::En => a.as_str(),
        Lang::Vi => match a {
            Area::Task => "nhiệm vụ",
            Area::Model => "mô hình",
            Area::Service => "dịch vụ công",
        },
    }
}

/// The problem counts: `3 errors, 5 warnings, 1 note` / `3 lỗi, 5 cảnh báo, 1 ghi chú`.
#[must_use]
pub fn tally(lang: Lang, t: Tally) -> String {
    match lang {
        Lang::En => format!(
            "{}, {}, {}",
            num::plural(t.errors, "error"),
            num::plural(t.warnings, "warning"),
            num::plural(t.notes, "note")
        ),
        Lang::Vi => format!("{} lỗi, {} cảnh báo, {} ghi chú", t.errors, t.warnings, t.notes),
    }
}

/// The text report's last line when the data has problems.
#[must_use]
pub fn problems_line(lang: Lang, t: Tally) -> String {
    match lang {
        Lang::En => format!("Data problems: {}; see `p06 check`.", tally(lang, t)),
        Lang::Vi => format!("Dữ liệu có {}; xem chi tiết bằng `p06 check`.", tally(lang, t)),
    }
}

/// The markdown report's data-problem paragraph.
#[must_use]
pub fn problems_md(lang: Lang, t: Tally, r: Date) -> String {
    match lang {
        Lang::En => format!("{} at {r}; `p06 check` lists them.", tally(lang, t)),
        Lang::Vi => format!(
            "Dữ liệu tính đến ngày {} có {}; `p06 check` liệt kê chi tiết.",
            num::date(lang, r),
            tally(lang, t)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_read_whole() {
        let r: Date = "2024-12-31".parse().unwrap();
        let c: Date = "2024-11-30".parse().unwrap();
        assert_eq!(
            review_line(Lang::En, r, Some(c)),
            "Review date 2024-12-31, changes since 2024-11-30"
        );
        assert_eq!(
            review_line(Lang::Vi, r, Some(c)),
            "Số liệu toàn tỉnh tính đến ngày 31/12/2024, so với ngày 30/11/2024"
        );
        assert_eq!(target(Lang::En, 2000, Some(1)), "2000 (1999 to go)");
        assert_eq!(target(Lang::Vi, 2000, Some(1)), "2.000 (còn 1.999)");
        assert_eq!(target(Lang::Vi, 20, Some(20)), "20 (đạt)");
        let t = Tally {
            errors: 0,
            warnings: 7,
            notes: 1,
        };
        assert_eq!(tally(Lang::En, t), "0 errors, 7 warnings, 1 note");
        assert_eq!(tally(Lang::Vi, t), "0 lỗi, 7 cảnh báo, 1 ghi chú");
        assert_eq!(
            section(Lang::Vi, Section::ChangesSince(c)),
            "Thay đổi so với ngày 30/11/2024"
        );
    }
}
