//! Every word of the directions feature (spec section 8): judgments, states, subjects, the
//! meeting-file problems, the store's refusals, the command line's messages and the minutes'
//! headings, in English and Vietnamese (glossary: chỉ đạo, đơn vị thực hiện, thời hạn).

use crate::meetings::store::StoreError;
use crate::meetings::{DirRef, Issue};
use crate::model::{DirectionState, Subject, SubjectArea};
use crate::rollup::follow_up::FollowUp;

use super::Lang;
use super::num::date;

mod console;
mod words;

pub use console::{
    detail_heading, field, form_bad_date, form_empty, form_hint, form_title, panel_empty, panel_title, saved,
    saving,
};
pub use words::Words;

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
        Lang::En => "--format docx writes a binary Word file: give --out FILE (or redirect standard output)",
        Lang::Vi => {
            "--format docx tạo tệp Word nhị phân: hãy chỉ tệp bằng --out FILE (hoặc chuyển hướng đầu ra chuẩn)"
        }
    }
}

/// The data directory has no snapshot to judge directions by.
#[must_use]
pub fn no_snapshot(lang: Lang, source: &str) -> String {
    match lang {
        Lang::En => format!("{source}: no usable snapshot"),
        Lang::Vi => format!("{source}: không có báo cáo (tệp số liệu) dùng được"),
    }
}
