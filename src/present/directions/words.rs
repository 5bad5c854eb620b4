//! The headings and labels of the `p06 directions` listing and of the minutes.

use crate::model::Date;
use crate::present::Lang;
use crate::present::num::date;

/// The words of the listing and the minutes.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    pub lang: Lang,
}

impl Words {
    #[must_use]
    pub fn notice_title(self, d: Date) -> String {
        match self.lang {
            Lang::En => format!(
                "Conclusion notice of the review conference of {}",
                date(self.lang, d)
            ),
            Lang::Vi => format!(
                "Thông báo kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại hội nghị ngày {}",
                date(self.lang, d)
            ),
        }
    }
    #[must_use]
    pub fn province(self) -> &'static str {
        match self.lang {
            Lang::En => "Province",
            Lang::Vi => "Tỉnh",
        }
    }
    #[must_use]
    pub fn meeting(self) -> &'static str {
        match self.lang {
            Lang::En => "Meeting",
            Lang::Vi => "Hội nghị",
        }
    }
    #[must_use]
    pub fn chair(self) -> &'static str {
        match self.lang {
            Lang::En => "Chair",
            Lang::Vi => "Chủ trì",
        }
    }
    #[must_use]
    pub fn data_reviewed(self, files: u64, sha: &str) -> String {
        match self.lang {
            Lang::En => format!("Data reviewed: {files} files, SHA-256 {sha}"),
            Lang::Vi => format!("Số liệu rà soát: {files} tệp, SHA-256 {sha}"),
        }
    }
    #[must_use]
    pub fn no_data_record(self) -> &'static str {
        match self.lang {
            Lang::En => "Data reviewed: not recorded (the meeting has no file yet)",
            Lang::Vi => "Số liệu rà soát: chưa ghi nhận (hội nghị chưa có tệp)",
        }
    }
    #[must_use]
    pub fn headline(self, r: Date, c: Option<Date>) -> String {
        match (self.lang, c) {
            (Lang::En, Some(c)) => format!(
                "Headline at {} (change since {})",
                date(self.lang, r),
                date(self.lang, c)
            ),
            (Lang::En, None) => format!("Headline at {}", date(self.lang, r)),
            (Lang::Vi, Some(c)) => format!(
                "Kết quả chính tính đến ngày {} (thay đổi so với ngày {})",
                date(self.lang, r),
                date(self.lang, c)
            ),
            (Lang::Vi, None) => format!("Kết quả chính tính đến ngày {}", date(self.lang, r)),
        }
    }
    #[must_use]
    pub fn follow_up_heading(self, r: Date) -> String {
        match self.lang {
            Lang::En => format!(
                "Follow-up of earlier directions (judged from the data at {})",
                date(self.lang, r)
            ),
            Lang::Vi => format!(
                "Kết quả thực hiện các chỉ đạo trước (theo số liệu tính đến ngày {})",
                date(self.lang, r)
            ),
        }
    }
    #[must_use]
    pub fn this_meeting_heading(self) -> &'static str {
        match self.lang {
            Lang::En => "Directions of this meeting",
            Lang::Vi => "Chỉ đạo tại hội nghị",
        }
    }
    #[must_use]
    pub fn none(self) -> &'static str {
        match self.lang {
            Lang::En => "None.",
            Lang::Vi => "Không có.",
        }
    }
    #[must_use]
    pub fn owner(self) -> &'static str {
        match self.lang {
            Lang::En => "Owner",
            Lang::Vi => "Đơn vị thực hiện",
        }
    }
    #[must_use]
    pub fn due(self) -> &'static str {
        match self.lang {
            Lang::En => "Due",
            Lang::Vi => "Thời hạn",
        }
    }
    #[must_use]
    pub fn no_due(self) -> &'static str {
        match self.lang {
            Lang::En => "no deadline",
            Lang::Vi => "không thời hạn",
        }
    }
    #[must_use]
    pub fn reference(self) -> &'static str {
        match self.lang {
            Lang::En => "Ref",
            Lang::Vi => "Số",
        }
    }
    #[must_use]
    pub fn direction(self) -> &'static str {
        match self.lang {
            Lang::En => "Direction",
            Lang::Vi => "Nội dung chỉ đạo",
        }
    }
    #[must_use]
    pub fn subject(self) -> &'static str {
        match self.lang {
            Lang::En => "Subject",
            Lang::Vi => "Đối tượng",
        }
    }
    #[must_use]
    pub fn recorded(self) -> &'static str {
        match self.lang {
            Lang::En => "Recorded",
            Lang::Vi => "Ghi nhận",
        }
    }
    #[must_use]
    pub fn data_says(self) -> &'static str {
        match self.lang {
            Lang::En => "Data",
            Lang::Vi => "Theo số liệu",
        }
    }
    #[must_use]
    pub fn note(self) -> &'static str {
        match self.lang {
            Lang::En => "Note",
            Lang::Vi => "Ghi chú",
        }
    }
    #[must_use]
    pub fn figure(self) -> &'static str {
        match self.lang {
            Lang::En => "Figure",
            Lang::Vi => "Chỉ tiêu",
        }
    }
    #[must_use]
    pub fn value(self) -> &'static str {
        match self.lang {
            Lang::En => "Value",
            Lang::Vi => "Kết quả",
        }
    }
    #[must_use]
    pub fn change(self) -> &'static str {
        match self.lang {
            Lang::En => "Change",
            Lang::Vi => "Thay đổi",
        }
    }
    #[must_use]
    pub fn counts(self, open: usize, overdue: usize, met: usize) -> String {
        match self.lang {
            Lang::En => format!("{open} open, {overdue} overdue, {met} met since the last meeting"),
            Lang::Vi => format!("{open} đang thực hiện, {overdue} quá hạn, {met} đã hoàn thành từ kỳ trước"),
        }
    }
    #[must_use]
    pub fn meetings_problems(self, n: usize) -> String {
        match self.lang {
            Lang::En => format!("{n} problem(s) in the meetings directory:"),
            Lang::Vi => format!("{n} lỗi trong thư mục hội nghị:"),
        }
    }
}
