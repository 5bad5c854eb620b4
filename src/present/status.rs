//! The words of the console's typed cells: statuses, how current a report is, yes/no flags,
//! problem severities, task marks and change markers, kinds of tasks, models, districts,
//! security events and changes. Each is what the filter matches, so typing the word shown
//! (with or without its diacritics) finds the row.

use crate::app::review::EventKind;
use crate::app::table::{Fresh, StatusFilter, TableId};
use crate::load::Severity;
use crate::model::{DistrictKind, Group, TaskKind};
use crate::rollup::{ChangeKind, ItemChange, Status};

use super::Lang;

/// A status in words: `on track` / `đúng tiến độ`.
#[must_use]
pub fn status(lang: Lang, s: Status) -> &'static str {
    match lang {
        Lang::En => s.label(),
        Lang::Vi => match s {
            Status::Done => "hoàn thành",
            Status::OnTrack => "đúng tiến độ",
            Status::Behind => "chậm tiến độ",
            Status::Blocked => "vướng mắc",
            Status::NotStarted | Status::Planned => "chưa triển khai",
            Status::Operating => "đang vận hành",
            Status::Piloting => "đang thí điểm",
            Status::Suspended => "tạm dừng",
            Status::Online => "trực tuyến",
            Status::Partial => "một phần",
            Status::Offline => "chưa cung cấp",
            Status::NoReport => "chưa báo cáo",
        },
    }
}

/// How current a district's report is.
#[must_use]
pub fn fresh(lang: Lang, f: Fresh) -> &'static str {
    match (lang, f) {
        (Lang::En, Fresh::Current) => "current",
        (Lang::En, Fresh::Stale) => "stale",
        (Lang::En, Fresh::NoReport) => "no report",
        (Lang::Vi, Fresh::Current) => "cập nhật",
        (Lang::Vi, Fresh::Stale) => "quá hạn BC",
        (Lang::Vi, Fresh::NoReport) => "chưa báo cáo",
    }
}

/// A yes/no answer; `?` when not reported.
#[must_use]
pub fn flag(lang: Lang, f: Option<bool>) -> &'static str {
    match (lang, f) {
        (Lang::En, Some(true)) => "yes",
        (Lang::En, Some(false)) => "no",
        (Lang::Vi, Some(true)) => "có",
        (Lang::Vi, Some(false)) => "không",
        (_, None) => "?",
    }
}

/// A problem's severity: `error` / `lỗi`.
#[must_use]
pub fn severity(lang: Lang, s: Severity) -> &'static str {
    match lang {
        Lang::En => s.as_str(),
        Lang::Vi => match s {
            Severity::Error => "lỗi",
            Severity::Warning => "cảnh báo",
            Severity::Note => "ghi chú",
        },
    }
}

/// The overdue mark of a task.
#[must_use]
pub fn overdue(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "overdue",
        Lang::Vi => "quá hạn",
    }
}

/// The mark of a task completed late by `n` districts.
#[must_use]
pub fn late(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("late {n}"),
        Lang::Vi => format!("chậm {n}"),
    }
}

/// An item's move since C: `+ complete`, `was ▲ behind`.
#[must_use]
pub fn moved(lang: Lang, m: ItemChange) -> String {
    match (lang, m) {
        (Lang::En, ItemChange::BecameComplete) => "+ complete".to_owned(),
        (Lang::En, ItemChange::BecameOverdue) => "+ overdue".to_owned(),
        (Lang::En, ItemChange::NoLongerComplete) => "- complete".to_owned(),
        (Lang::En, ItemChange::Status(from)) => format!("was {}", status(lang, from)),
        (Lang::Vi, ItemChange::BecameComplete) => "+ hoàn thành".to_owned(),
        (Lang::Vi, ItemChange::BecameOverdue) => "+ quá hạn".to_owned(),
        (Lang::Vi, ItemChange::NoLongerComplete) => "- hoàn thành".to_owned(),
        (Lang::Vi, ItemChange::Status(from)) => format!("trước: {}", status(lang, from)),
    }
}

/// A task's kind: from the plan, or a key task.
#[must_use]
pub fn task_kind(lang: Lang, k: TaskKind) -> &'static str {
    match (lang, k) {
        (Lang::En, TaskKind::Plan) => "plan",
        (Lang::En, TaskKind::Key) => "key",
        (Lang::Vi, TaskKind::Plan) => "kế hoạch",
        (Lang::Vi, TaskKind::Key) => "trọng tâm",
    }
}

/// A model's kind: new, or one to maintain and replicate.
#[must_use]
pub fn model_kind(lang: Lang, new: bool) -> &'static str {
    match (lang, new) {
        (Lang::En, true) => "new",
        (Lang::En, false) => "maintain",
        (Lang::Vi, true) => "xây dựng mới",
        (Lang::Vi, false) => "duy trì",
    }
}

/// A district-level unit's kind.
#[must_use]
pub fn district_kind(lang: Lang, k: DistrictKind) -> &'static str {
    match lang {
        Lang::En => k.as_str(),
        Lang::Vi => match k {
            DistrictKind::City => "thành phố",
            DistrictKind::Town => "thị xã",
            DistrictKind::District => "huyện",
        },
    }
}

/// One of the five utility groups of Project 06, in a word.
#[must_use]
pub fn group(lang: Lang, g: Group) -> &'static str {
    match lang {
        Lang::En => g.as_str(),
        Lang::Vi => match g {
            Group::Procedures => "TTHC",
            Group::Economy => "kinh tế",
            Group::Citizens => "công dân số",
            Group::Ecosystem => "hệ sinh thái",
            Group::Direction => "chỉ đạo",
        },
    }
}

/// A security event's kind.
#[must_use]
pub fn event_kind(lang: Lang, k: EventKind) -> &'static str {
    match (lang, k) {
        (Lang::En, EventKind::Inspection) => "inspection",
        (Lang::En, EventKind::Training) => "training",
        (Lang::En, EventKind::Drill) => "drill",
        (Lang::Vi, EventKind::Inspection) => "kiểm tra",
        (Lang::Vi, EventKind::Training) => "tập huấn",
        (Lang::Vi, EventKind::Drill) => "diễn tập",
    }
}

/// A change's kind: `became complete` / `mới hoàn thành`.
#[must_use]
pub fn change_kind(lang: Lang, k: ChangeKind) -> &'static str {
    match lang {
        Lang::En => k.label(),
        Lang::Vi => match k {
            ChangeKind::BecameComplete => "mới hoàn thành",
            ChangeKind::NoLongerComplete => "không còn hoàn thành",
            ChangeKind::BecameOverdue => "mới quá hạn",
            ChangeKind::StatusChanged => "đổi trạng thái",
            ChangeKind::StartedReporting => "bắt đầu báo cáo",
            ChangeKind::WentStale => "quá hạn báo cáo",
            ChangeKind::ResumedReporting => "báo cáo trở lại",
            ChangeKind::Headline => "chỉ tiêu chung",
        },
    }
}

/// The status filter of an item table, for its title: `[overdue]`.
#[must_use]
pub fn status_filter(lang: Lang, f: StatusFilter, table: TableId) -> &'static str {
    match lang {
        Lang::En => match (f, table) {
            (StatusFilter::All, _) => "all",
            (StatusFilter::NotComplete, _) => "not complete",
            (StatusFilter::Overdue, _) => "overdue",
            (StatusFilter::Lagging, TableId::Models) => "suspended",
            (StatusFilter::Lagging, TableId::Services) => "offline",
            (StatusFilter::Lagging, _) => "blocked or behind",
        },
        Lang::Vi => match (f, table) {
            (StatusFilter::All, _) => "tất cả",
            (StatusFilter::NotComplete, _) => "chưa hoàn thành",
            (StatusFilter::Overdue, _) => "quá hạn",
            (StatusFilter::Lagging, TableId::Models) => "tạm dừng",
            (StatusFilter::Lagging, TableId::Services) => "chưa cung cấp",
            (StatusFilter::Lagging, _) => "vướng mắc hoặc chậm",
        },
    }
}
