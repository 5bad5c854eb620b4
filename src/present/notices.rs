//! The console's status-line notices about the dates and the reload key.

use super::Lang;

/// A notice of the date and reload keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// `]` at the latest date (`true`) or `[` at the earliest.
    ReviewAtEnd {
        latest: bool,
    },
    /// `{` or `}` with no C.
    NoSince,
    /// `}` with C just before R.
    SinceBeforeReview,
    /// `{` at the earliest date.
    SinceAtStart,
    /// `r` on the bundled demo.
    DemoBuiltIn,
    Reloading,
    LoaderDown,
}

impl Notice {
    #[must_use]
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                Notice::ReviewAtEnd { latest: true } => "R is already the latest snapshot date",
                Notice::ReviewAtEnd { latest: false } => "R is already the earliest snapshot date",
                Notice::NoSince => "there is no snapshot date before R to compare with",
                Notice::SinceBeforeReview => "C must stay before R: move R on first with ]",
                Notice::SinceAtStart => "C is already the earliest snapshot date",
                Notice::DemoBuiltIn => "the bundled demo is built in: there is nothing to reload",
                Notice::Reloading => "reloading the data directory…",
                Notice::LoaderDown => "cannot reload: the loader is not running",
            },
            Lang::Vi => match self {
                Notice::ReviewAtEnd { latest: true } => "R đã là ngày báo cáo gần nhất",
                Notice::ReviewAtEnd { latest: false } => "R đã là ngày báo cáo sớm nhất",
                Notice::NoSince => "không có ngày báo cáo nào trước R để so sánh",
                Notice::SinceBeforeReview => "C phải trước R: hãy chuyển R sang ngày sau bằng ] trước",
                Notice::SinceAtStart => "C đã là ngày báo cáo sớm nhất",
                Notice::DemoBuiltIn => "dữ liệu mẫu có sẵn trong chương trình: không có gì để đọc lại",
                Notice::Reloading => "đang đọc lại thư mục dữ liệu…",
                Notice::LoaderDown => "không đọc lại được: bộ đọc dữ liệu không chạy",
            },
        }
    }
}
