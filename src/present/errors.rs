//! The `p06: …` lines on stderr when a command cannot run: a data directory or plan that
//! cannot be loaded, the machine's date, dates asked for that do not fit the data, a file that
//! may not be written, standard output that refuses. Each whole in each language; the
//! operating system's own words (an `io::Error`) stay as it gives them.

use std::path::Path;

use crate::commands::TodayError;
use crate::load::{LoadError, Severity};
use crate::model::Date;
use crate::report::DatesError;
use crate::safe_write::WriteError;

use super::num::date;
use super::problems::{line, message};
use super::{Lang, visible};

fn shown(p: &Path) -> String {
    visible(&p.display().to_string()).into_owned()
}

/// Why a data directory cannot be loaded; a broken plan gives one line per error in it.
#[must_use]
pub fn load(lang: Lang, e: &LoadError) -> String {
    match (lang, e) {
        (Lang::En, LoadError::NoDataDir(p)) => format!("{}: no such data directory", shown(p)),
        (Lang::Vi, LoadError::NoDataDir(p)) => {
            format!("{}: không có thư mục dữ liệu này", shown(p))
        }
        (_, LoadError::NoPlan(p, why)) => format!("{}: {}", shown(p), visible(&message(lang, why))),
        (_, LoadError::BadPlan(problems)) => problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| line(lang, p))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// A failed load as the commands tell it: a broken plan is named first.
#[must_use]
pub fn cannot_load(lang: Lang, e: &LoadError) -> String {
    match (lang, e) {
        (Lang::En, LoadError::BadPlan(_)) => {
            format!(
                "plan.json is broken, so nothing can be checked:\n{}",
                load(lang, e)
            )
        }
        (Lang::Vi, LoadError::BadPlan(_)) => {
            format!("plan.json bị lỗi nên không kiểm tra được gì:\n{}", load(lang, e))
        }
        _ => load(lang, e),
    }
}

/// Why the machine's date (or `P06_TODAY`) cannot be used.
#[must_use]
pub fn today(lang: Lang, e: &TodayError) -> String {
    let var = crate::commands::TODAY_VAR;
    match (lang, e) {
        (Lang::En, TodayError::BadVar { text, why }) => format!("{var}: {}", why.english(text)),
        (Lang::Vi, TodayError::BadVar { text, why }) => {
            format!("{var}: {}", super::problems::bad_date_vi(text, *why))
        }
        (Lang::En, TodayError::NotUnicode) => format!("{var} is not a date; write it as YYYY-MM-DD"),
        (Lang::Vi, TodayError::NotUnicode) => {
            format!("{var} không phải là ngày; hãy ghi theo dạng YYYY-MM-DD")
        }
    }
}

/// Dates asked for that do not fit the data (`p06 report`, the console's `--as-of`/`--since`).
#[must_use]
pub fn dates(lang: Lang, e: &DatesError) -> String {
    let d = |x: Date| date(lang, x);
    match (lang, e) {
        (Lang::En, DatesError::NoUsable { source }) => format!(
            "{source} has no usable snapshot, so there is nothing to report; run `p06 check` on it to see why"
        ),
        (Lang::Vi, DatesError::NoUsable { source }) => format!(
            "{source} không có báo cáo nào dùng được nên không có gì để báo cáo; chạy `p06 check` trên thư mục này để xem lý do"
        ),
        (Lang::En, DatesError::NoData { date: x, earliest }) => {
            format!("no snapshot on or before {x}; the earliest is {earliest}")
        }
        (Lang::Vi, DatesError::NoData { date: x, earliest }) => format!(
            "không có báo cáo nào đến ngày {}; báo cáo sớm nhất là ngày {}",
            d(*x),
            d(*earliest)
        ),
        (Lang::En, DatesError::AllFuture { today }) => format!(
            "every snapshot is dated after today ({}); give --as-of to review one",
            today.map_or_else(String::new, |t| t.to_string())
        ),
        (Lang::Vi, DatesError::AllFuture { today }) => format!(
            "mọi báo cáo đều ghi ngày sau hôm nay ({}); hãy dùng --as-of để chọn ngày rà soát",
            today.map_or_else(String::new, d)
        ),
        (Lang::En, DatesError::SinceNotBefore { since, review }) => {
            format!("the comparison date {since} must be before the review date {review}")
        }
        (Lang::Vi, DatesError::SinceNotBefore { since, review }) => format!(
            "ngày so sánh {} phải trước ngày rà soát {}",
            d(*since),
            d(*review)
        ),
    }
}

/// Why a file could not be written; no file p06 writes goes into the data directory.
#[must_use]
pub fn write(lang: Lang, e: &WriteError) -> String {
    match lang {
        Lang::En => write_en(e),
        Lang::Vi => write_vi(e),
    }
}

fn write_en(e: &WriteError) -> String {
    match e {
        WriteError::Protected { target, protected } => format!(
            "{} is inside the data directory {}; p06 never writes there, choose another place",
            target.display(),
            protected.display()
        ),
        WriteError::HardLink { target, protected } => format!(
            "{} is another name (a hard link) of a file in the data directory {}; p06 never \
             writes there, choose another place",
            target.display(),
            protected.display()
        ),
        WriteError::IsFolder { target } => format!("cannot write {}: it is a folder", target.display()),
        WriteError::NoFolder { target } => format!(
            "cannot write {}: the folder it would go in does not exist",
            target.display()
        ),
        WriteError::TooManyLinks { target } => format!(
            "cannot write {}: too many symbolic links (or a loop of them)",
            target.display()
        ),
        WriteError::Changed { target } => format!(
            "cannot write {}: its folder changed while it was being written; nothing was written",
            target.display()
        ),
        WriteError::Io { target, source } => format!("cannot write {}: {source}", target.display()),
    }
}

fn write_vi(e: &WriteError) -> String {
    match e {
        WriteError::Protected { target, protected } => format!(
            "{} nằm trong thư mục dữ liệu {}; p06 không bao giờ ghi vào đó, hãy chọn nơi khác",
            target.display(),
            protected.display()
        ),
        WriteError::HardLink { target, protected } => format!(
            "{} là một tên khác (liên kết cứng) của một tệp trong thư mục dữ liệu {}; p06 không \
             bao giờ ghi vào đó, hãy chọn nơi khác",
            target.display(),
            protected.display()
        ),
        WriteError::IsFolder { target } => {
            format!("không ghi được {}: đây là thư mục", target.display())
        }
        WriteError::NoFolder { target } => format!(
            "không ghi được {}: thư mục chứa tệp không tồn tại",
            target.display()
        ),
        WriteError::TooManyLinks { target } => format!(
            "không ghi được {}: quá nhiều liên kết (hoặc các liên kết trỏ vòng)",
            target.display()
        ),
        WriteError::Changed { target } => format!(
            "không ghi được {}: thư mục bị thay đổi trong lúc ghi; chưa có gì được ghi",
            target.display()
        ),
        WriteError::Io { target, source } => {
            format!("không ghi được {}: {source}", target.display())
        }
    }
}

/// Standard output refused what p06 wrote; `detail` is the system's words.
#[must_use]
pub fn stdout(lang: Lang, detail: &str) -> String {
    match lang {
        Lang::En => format!("cannot write to standard output: {detail}"),
        Lang::Vi => format!("không ghi được ra đầu ra chuẩn (stdout): {detail}"),
    }
}

/// What `p06 report` refuses before it starts.
#[derive(Clone, Debug)]
pub enum Refusal {
    BomNotCsv,
    XlsxToTerminal,
    /// The workbook library's own words.
    Workbook(String),
}

#[must_use]
pub fn refusal(lang: Lang, r: &Refusal) -> String {
    match (lang, r) {
        (Lang::En, Refusal::BomNotCsv) => "--bom applies to --format csv only".into(),
        (Lang::Vi, Refusal::BomNotCsv) => "--bom chỉ dùng được với --format csv".into(),
        (Lang::En, Refusal::XlsxToTerminal) => {
            "--format xlsx writes a binary workbook: give --out FILE (or redirect standard output)".into()
        }
        (Lang::Vi, Refusal::XlsxToTerminal) => {
            "--format xlsx ghi ra tệp bảng tính nhị phân: hãy dùng --out TỆP (hoặc chuyển hướng đầu ra chuẩn)"
                .into()
        }
        (Lang::En, Refusal::Workbook(e)) => format!("cannot build the workbook: {e}"),
        (Lang::Vi, Refusal::Workbook(e)) => format!("không tạo được tệp bảng tính: {e}"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn date_refusals_in_both_languages() {
        let e = DatesError::SinceNotBefore {
            since: Date::parse("2024-07-01").unwrap(),
            review: Date::parse("2024-06-30").unwrap(),
        };
        assert_eq!(
            dates(Lang::En, &e),
            "the comparison date 2024-07-01 must be before the review date 2024-06-30"
        );
        assert_eq!(
            dates(Lang::Vi, &e),
            "ngày so sánh 01/07/2024 phải trước ngày rà soát 30/06/2024"
        );
    }

    #[test]
    fn a_missing_directory_in_both_languages() {
        let e = LoadError::NoDataDir("x\u{1b}y".into());
        assert_eq!(load(Lang::En, &e), "x\\u{1b}y: no such data directory");
        assert_eq!(load(Lang::Vi, &e), "x\\u{1b}y: không có thư mục dữ liệu này");
    }
}
