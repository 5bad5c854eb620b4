//! Every word of the directions feature (spec section 8): judgments, states, subjects, the
//! meeting-file problems, the store's refusals, the command line's messages and the minutes'
//! headings, in English and Vietnamese (glossary: chỉ đạo, đơn vị thực hiện, thời hạn).

use crate::meetings::store::StoreError;
use crate::meetings::{DirRef, Issue};
use crate::model::{Date, DirectionState, Subject, SubjectArea};
use crate::rollup::follow_up::FollowUp;

use super::Lang;
use super::num::date;

/// The data's judgment, as people say it.
#[must_use]
pub fn follow_up(lang: Lang, f: FollowUp) -> &'static str {
    match lang {
        Lang::En => match f {
            FollowUp::Met => "met",
            FollowUp::MetLate => "met late",
            FollowUp::Overdue => "overdue",
            FollowUp::Open => "open",
            FollowUp::Manual => "manual",
        },
        Lang::Vi => match f {
            FollowUp::Met => "đã hoàn thành",
            FollowUp::MetLate => "hoàn thành chậm",
            FollowUp::Overdue => "quá hạn",
            FollowUp::Open => "đang thực hiện",
            FollowUp::Manual => "đánh giá thủ công",
        },
    }
}

/// The people's recorded word.
#[must_use]
pub fn state(lang: Lang, s: DirectionState) -> &'static str {
    match lang {
        Lang::En => match s {
            DirectionState::Open => "open",
            DirectionState::Done => "done",
            DirectionState::Dropped => "dropped",
        },
        Lang::Vi => match s {
            DirectionState::Open => "đang theo dõi",
            DirectionState::Done => "báo cáo đã xong",
            DirectionState::Dropped => "dừng theo dõi",
        },
    }
}

/// The flag on a direction recorded done whose item is not complete in the data.
#[must_use]
pub fn contradiction(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "recorded done, not complete in the data",
        Lang::Vi => "báo cáo đã xong nhưng số liệu chưa hoàn thành",
    }
}

/// What a direction is about: `task T13 in CT`, `district CT`, `general`.
#[must_use]
pub fn subject(lang: Lang, s: &Subject) -> String {
    let area = area(lang, s.area);
    let id = s.id.as_deref().map(|i| format!(" {i}")).unwrap_or_default();
    match (s.area, s.district.as_deref(), lang) {
        (SubjectArea::District, Some(d), _) => format!("{area} {d}"),
        (_, Some(d), Lang::En) => format!("{area}{id} in {d}"),
        (_, Some(d), Lang::Vi) => format!("{area}{id} tại {d}"),
        (_, None, _) => format!("{area}{id}"),
    }
}

/// The name of a subject area.
#[must_use]
pub fn area(lang: Lang, a: SubjectArea) -> &'static str {
    match lang {
        Lang::En => match a {
            SubjectArea::Task => "task",
            SubjectArea::Model => "model",
            SubjectArea::Service => "service",
            SubjectArea::District => "district",
            SubjectArea::General => "general",
        },
        Lang::Vi => match a {
            SubjectArea::Task => "nhiệm vụ",
            SubjectArea::Model => "mô hình",
            SubjectArea::Service => "dịch vụ công",
            SubjectArea::District => "đơn vị",
            SubjectArea::General => "chung",
        },
    }
}

/// A problem in a meeting file.
#[must_use]
pub fn issue(lang: Lang, i: &Issue) -> String {
    match lang {
        Lang::En => match i {
            Issue::Format(f) => format!("format must be `p06.meeting/1`, not `{f}`"),
            Issue::Symlink => {
                "this meeting file is a symbolic link; p06 never follows one, so it is ignored".into()
            }
            Issue::HardLink => "this meeting file has other hard links; p06 will not write through it".into(),
            Issue::TooLarge => "this meeting file is larger than 16 MiB and is not read".into(),
            Issue::Unreadable(why) => format!("cannot read this meeting file: {why}"),
            Issue::DuplicateDate { date, others } => format!(
                "{others} also holds the meeting of {date}; a date must be in one file only, so both are left out"
            ),
            Issue::IdZero => "a direction's id must be a positive whole number".into(),
            Issue::DuplicateId(id) => format!("another direction of this meeting already has id {id}"),
            Issue::ItemIdMissing(a) => {
                format!("a {} direction needs `id`, the item of the plan", area(lang, *a))
            }
            Issue::UnknownItem(a, id) => format!("the plan has no {} `{id}`", area(lang, *a)),
            Issue::IdNotAllowed(a) => format!("a {} direction has no item `id`", area(lang, *a)),
            Issue::DistrictMissing => "a district direction needs `district`, a code of the plan".into(),
            Issue::UnknownDistrict(c) => format!("the plan has no district `{c}`"),
            Issue::EmptyText => "the direction's text is empty; say what must be done".into(),
            Issue::EmptyOwner => "the owner is empty; name the agency that must act".into(),
            Issue::ClosedOnMissing(s) => format!(
                "a direction recorded {} needs `closed_on`, the date it was closed",
                state(lang, *s)
            ),
            Issue::ClosedOnWithOpen => {
                "an open direction has no `closed_on`; remove it or close the direction".into()
            }
            Issue::BadTimestamp(v) => {
                format!("`{v}` is not an RFC 3339 timestamp such as 2025-02-18T09:41:00+07:00")
            }
        },
        Lang::Vi => match i {
            Issue::Format(f) => format!("format phải là `p06.meeting/1`, không phải `{f}`"),
            Issue::Symlink => {
                "tệp hội nghị này là liên kết tượng trưng; p06 không đi theo liên kết nên bỏ qua tệp".into()
            }
            Issue::HardLink => "tệp hội nghị này có liên kết cứng khác; p06 không ghi qua tệp này".into(),
            Issue::TooLarge => "tệp hội nghị lớn hơn 16 MiB nên không được đọc".into(),
            Issue::Unreadable(why) => format!("không đọc được tệp hội nghị: {why}"),
            Issue::DuplicateDate { date: d, others } => format!(
                "{others} cũng chứa hội nghị ngày {}; mỗi ngày chỉ được ở một tệp nên cả hai bị bỏ qua",
                date(lang, *d)
            ),
            Issue::IdZero => "mã chỉ đạo phải là số nguyên dương".into(),
            Issue::DuplicateId(id) => format!("hội nghị này đã có chỉ đạo mang mã {id}"),
            Issue::ItemIdMissing(a) => format!(
                "chỉ đạo về {} cần `id` của hạng mục trong Kế hoạch",
                area(lang, *a)
            ),
            Issue::UnknownItem(a, id) => format!("Kế hoạch không có {} `{id}`", area(lang, *a)),
            Issue::IdNotAllowed(a) => format!("chỉ đạo loại {} không có `id` hạng mục", area(lang, *a)),
            Issue::DistrictMissing => "chỉ đạo về đơn vị cần `district`, mã đơn vị trong Kế hoạch".into(),
            Issue::UnknownDistrict(c) => format!("Kế hoạch không có đơn vị `{c}`"),
            Issue::EmptyText => "nội dung chỉ đạo đang trống; hãy ghi việc cần làm".into(),
            Issue::EmptyOwner => "đơn vị thực hiện đang trống; hãy ghi cơ quan phải thực hiện".into(),
            Issue::ClosedOnMissing(s) => format!(
                "chỉ đạo ở trạng thái {} cần `closed_on`, ngày kết thúc",
                state(lang, *s)
            ),
            Issue::ClosedOnWithOpen => {
                "chỉ đạo đang theo dõi không có `closed_on`; hãy xóa trường này hoặc kết thúc chỉ đạo".into()
            }
            Issue::BadTimestamp(v) => {
                format!("`{v}` không phải dấu thời gian RFC 3339, ví dụ 2025-02-18T09:41:00+07:00")
            }
        },
    }
}

/// Why a change to the meetings directory was refused.
#[must_use]
pub fn store_error(lang: Lang, e: &StoreError) -> String {
    match lang {
        Lang::En => match e {
            StoreError::InsideData { meetings, data } => format!(
                "the meetings directory {} is inside the data directory {}; p06 never writes there, choose another place with --meetings",
                meetings.display(),
                data.display()
            ),
            StoreError::Unplaceable(p) => format!("cannot tell where {} is; give a plain path", p.display()),
            StoreError::NotADir(p) => format!("{} is not a directory", p.display()),
            StoreError::Symlink(f) => {
                format!("{f} is a symbolic link; p06 never writes through one, replace it with a plain file")
            }
            StoreError::HardLink(f) => format!(
                "{f} has other hard links; p06 never writes through one, copy it to a file of its own"
            ),
            StoreError::Broken { file, why } => format!(
                "{file} does not parse, so p06 leaves it alone and writes nothing; fix it by hand first:\n{why}"
            ),
            StoreError::DuplicateDate { date, files } => {
                format!("{files} all hold the meeting of {date}; keep one")
            }
            StoreError::NoSuchMeeting(d) => format!("there is no meeting of {d} in the meetings directory"),
            StoreError::NoSuchDirection(r) => format!("there is no direction {r}"),
            StoreError::AlreadyClosed(r, s) => format!("{r} is already {}; reopen it first", state(lang, *s)),
            StoreError::NotClosed(r) => format!("{r} is open already"),
            StoreError::NoteRequired => "dropping a direction needs a closing note (--note)".into(),
            StoreError::Invalid(i) => issue(lang, i),
            StoreError::Io { path, why } => format!("{}: {why}", path.display()),
            StoreError::Write(w) => w.to_string(),
        },
        Lang::Vi => match e {
            StoreError::InsideData { meetings, data } => format!(
                "thư mục hội nghị {} nằm trong thư mục số liệu {}; p06 không bao giờ ghi vào đó, hãy chọn nơi khác bằng --meetings",
                meetings.display(),
                data.display()
            ),
            StoreError::Unplaceable(p) => format!(
                "không xác định được vị trí {}; hãy ghi đường dẫn rõ ràng",
                p.display()
            ),
            StoreError::NotADir(p) => format!("{} không phải thư mục", p.display()),
            StoreError::Symlink(f) => {
                format!("{f} là liên kết tượng trưng; p06 không ghi qua liên kết, hãy thay bằng tệp thường")
            }
            StoreError::HardLink(f) => {
                format!("{f} có liên kết cứng khác; p06 không ghi qua tệp này, hãy sao thành tệp riêng")
            }
            StoreError::Broken { file, why } => {
                format!("{file} bị lỗi cú pháp nên p06 giữ nguyên và không ghi gì; hãy sửa tay trước:\n{why}")
            }
            StoreError::DuplicateDate { date: d, files } => format!(
                "{files} cùng chứa hội nghị ngày {}; chỉ giữ một tệp",
                date(lang, *d)
            ),
            StoreError::NoSuchMeeting(d) => {
                format!("thư mục hội nghị không có hội nghị ngày {}", date(lang, *d))
            }
            StoreError::NoSuchDirection(r) => format!("không có chỉ đạo {r}"),
            StoreError::AlreadyClosed(r, s) => {
                format!("{r} đã ở trạng thái {}; hãy mở lại trước", state(lang, *s))
            }
            StoreError::NotClosed(r) => format!("{r} đang được theo dõi"),
            StoreError::NoteRequired => "dừng theo dõi một chỉ đạo cần ghi chú lý do (--note)".into(),
            StoreError::Invalid(i) => issue(lang, i),
            StoreError::Io { path, why } => format!("{}: {why}", path.display()),
            StoreError::Write(w) => w.to_string(),
        },
    }
}

/// After `directions add`.
#[must_use]
pub fn added(lang: Lang, r: DirRef, dir: &str) -> String {
    match lang {
        Lang::En => format!("added {r} (saved in {dir})"),
        Lang::Vi => format!("đã thêm chỉ đạo {r} (lưu tại {dir})"),
    }
}

/// After `directions done|drop|reopen`.
#[must_use]
pub fn changed(lang: Lang, r: DirRef, now: DirectionState) -> String {
    match lang {
        Lang::En => format!("{r} is now {}", state(lang, now)),
        Lang::Vi => format!("{r} chuyển sang {}", state(lang, now)),
    }
}

/// The wrong `--subject`.
#[must_use]
pub fn bad_subject(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!(
            "`{text}` is not a subject; use an item id (T13, M03, S01), task:ID, model:ID, service:ID, district (with --district) or general"
        ),
        Lang::Vi => format!(
            "`{text}` không phải đối tượng chỉ đạo; dùng mã hạng mục (T13, M03, S01), task:ID, model:ID, service:ID, district (kèm --district) hoặc general"
        ),
    }
}

/// An item id found in more than one area.
#[must_use]
pub fn ambiguous_subject(lang: Lang, id: &str) -> String {
    match lang {
        Lang::En => {
            format!("`{id}` names items of several areas; write task:{id}, model:{id} or service:{id}")
        }
        Lang::Vi => format!("`{id}` trùng mã ở nhiều nhóm; hãy ghi task:{id}, model:{id} hoặc service:{id}"),
    }
}

/// `docx` needs a file.
#[must_use]
pub fn docx_needs_out(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "--format docx writes a Word file; name it with --out FILE",
        Lang::Vi => "--format docx tạo tệp Word; hãy đặt tên tệp bằng --out FILE",
    }
}

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

/// A form field's label.
#[must_use]
pub fn field(lang: Lang, f: crate::app::directions::FieldKind) -> &'static str {
    use crate::app::directions::FieldKind as F;
    match lang {
        Lang::En => match f {
            F::Text => "Direction",
            F::Owner => "Owner",
            F::Due => "Due (YYYY-MM-DD)",
            F::Note => "Closing note",
        },
        Lang::Vi => match f {
            F::Text => "Nội dung chỉ đạo",
            F::Owner => "Đơn vị thực hiện",
            F::Due => "Thời hạn (YYYY-MM-DD)",
            F::Note => "Ghi chú kết thúc",
        },
    }
}

/// A required field left empty.
#[must_use]
pub fn form_empty(lang: Lang, f: crate::app::directions::FieldKind) -> String {
    match lang {
        Lang::En => format!("{} is required", field(lang, f)),
        Lang::Vi => format!("Cần nhập {}", field(lang, f).to_lowercase()),
    }
}

/// A due date that is not a date.
#[must_use]
pub fn form_bad_date(lang: Lang, why: &str) -> String {
    match lang {
        Lang::En => why.to_owned(),
        Lang::Vi => format!("Thời hạn không hợp lệ: {why}"),
    }
}

/// The form's title.
#[must_use]
pub fn form_title(lang: Lang, kind: &crate::app::directions::FormKind) -> String {
    use crate::app::directions::FormKind as K;
    match (lang, kind) {
        (Lang::En, K::Add { date: d, subject: s }) => {
            format!("New direction, meeting of {d}: {}", subject(lang, s))
        }
        (Lang::Vi, K::Add { date: d, subject: s }) => {
            format!(
                "Chỉ đạo mới, hội nghị ngày {}: {}",
                date(lang, *d),
                subject(lang, s)
            )
        }
        (Lang::En, K::Edit(r)) => format!("Edit {r}"),
        (Lang::Vi, K::Edit(r)) => format!("Sửa {r}"),
        (Lang::En, K::Drop(r)) => format!("Drop {r}"),
        (Lang::Vi, K::Drop(r)) => format!("Dừng theo dõi {r}"),
    }
}

/// The form's key hint.
#[must_use]
pub fn form_hint(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Tab next field · Enter save · Esc cancel",
        Lang::Vi => "Tab chuyển ô · Enter lưu · Esc hủy",
    }
}

/// The console's word once a change is on disk.
#[must_use]
pub fn saved(lang: Lang, what: &str, dir: &str) -> String {
    match lang {
        Lang::En => format!("saved {what} in {dir}"),
        Lang::Vi => format!("đã lưu {what} vào {dir}"),
    }
}

/// While a write is under way.
#[must_use]
pub fn saving(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "saving…",
        Lang::Vi => "đang lưu…",
    }
}

/// The Directions panel's tab title and empty words.
#[must_use]
pub fn panel_title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Directions",
        Lang::Vi => "Chỉ đạo",
    }
}

/// The Directions panel with no meeting directory or nothing in it.
#[must_use]
pub fn panel_empty(lang: Lang, dir: &str) -> String {
    match lang {
        Lang::En => format!("No directions yet (meetings directory: {dir}). Press a on any row to give one."),
        Lang::Vi => {
            format!("Chưa có chỉ đạo (thư mục hội nghị: {dir}). Nhấn a trên một dòng để giao chỉ đạo.")
        }
    }
}

/// The detail pane's heading over the directions about its subject.
#[must_use]
pub fn detail_heading(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Directions",
        Lang::Vi => "Chỉ đạo",
    }
}
