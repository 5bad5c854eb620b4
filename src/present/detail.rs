//! The words of the detail panes: an item with every district's status, a district with every
//! item, a security event, a data problem.

use crate::app::review::EventKind;
use crate::model::{Area, DistrictKind, Group, TaskKind};

use super::Lang;
use super::status as words;

/// A fixed word or label of a detail pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Problem,
    Province,
    OnlineTotal,
    Completed,
    SourceFile,
    NoReport,
    Blocker,
    Note,
    ReportedBy,
    None,
    District,
    Kind,
    Date,
    Unit,
    Findings,
    Resolved,
    Open,
    Title,
    Participants,
    File,
    Path,
}

impl Word {
    #[must_use]
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => match self {
                Word::Problem => "problem",
                Word::Province => "Province: ",
                Word::OnlineTotal => "Online/total",
                Word::Completed => "Completed",
                Word::SourceFile => "Source file",
                Word::File => "File",
                Word::NoReport => "(no report)",
                Word::Blocker => "blocker",
                Word::Note => "note",
                Word::ReportedBy => "Reported by",
                Word::None => "none",
                Word::District => "District",
                Word::Kind => "Kind",
                Word::Date => "Date",
                Word::Unit => "Unit",
                Word::Findings => "Findings",
                Word::Resolved => "Resolved",
                Word::Open => "Open",
                Word::Title => "Title",
                Word::Participants => "Participants",
                Word::Path => "Path",
            },
            Lang::Vi => match self {
                Word::Problem => "vấn đề dữ liệu",
                Word::Province => "Toàn tỉnh: ",
                Word::OnlineTotal => "Trực tuyến/tổng",
                Word::Completed => "Hoàn thành",
                Word::SourceFile => "Tệp nguồn",
                Word::File => "Tệp",
                Word::NoReport => "(chưa báo cáo)",
                Word::Blocker => "vướng mắc",
                Word::Note => "ghi chú",
                Word::ReportedBy => "Người báo cáo",
                Word::None => "chưa có",
                Word::District => "Đơn vị",
                Word::Kind => "Loại",
                Word::Date => "Ngày",
                Word::Unit => "Cơ quan",
                Word::Findings => "Tồn tại, hạn chế",
                Word::Resolved => "Đã khắc phục",
                Word::Open => "Chưa khắc phục",
                Word::Title => "Nội dung",
                Word::Participants => "Số người",
                Word::Path => "Trường",
            },
        }
    }
}

/// An area's item in lower case, for a pane's title: `task T13`.
#[must_use]
pub fn item(lang: Lang, area: Area, id: &str) -> String {
    match lang {
        Lang::En => format!("{} {id}", area.as_str()),
        Lang::Vi => {
            let a = match area {
                Area::Task => "nhiệm vụ",
                Area::Model => "mô hình",
                Area::Service => "dịch vụ",
            };
            format!("{a} {id}")
        }
    }
}

/// The heading over an area's items in a district's pane.
#[must_use]
pub fn area_heading(lang: Lang, area: Area) -> &'static str {
    match (lang, area) {
        (Lang::En, Area::Task) => "Tasks",
        (Lang::En, Area::Model) => "Models",
        (Lang::En, Area::Service) => "Services",
        (Lang::Vi, Area::Task) => "Nhiệm vụ",
        (Lang::Vi, Area::Model) => "Mô hình",
        (Lang::Vi, Area::Service) => "Dịch vụ công thiết yếu",
    }
}

/// A security event's pane title: `inspection in Hạ Long`.
#[must_use]
pub fn event_title(lang: Lang, kind: EventKind, district: &str) -> String {
    let k = words::event_kind(lang, kind);
    match lang {
        Lang::En => format!("{k} in {district}"),
        Lang::Vi => format!("{k} tại {district}"),
    }
}

/// A task's kind as a fact: `plan task`.
#[must_use]
pub fn task_kind(lang: Lang, k: TaskKind) -> &'static str {
    match (lang, k) {
        (Lang::En, TaskKind::Plan) => "plan task",
        (Lang::En, TaskKind::Key) => "key task",
        (Lang::Vi, TaskKind::Plan) => "nhiệm vụ theo Kế hoạch",
        (Lang::Vi, TaskKind::Key) => "nhiệm vụ trọng tâm",
    }
}

/// A model's kind as a fact.
#[must_use]
pub fn model_kind(lang: Lang, new: bool) -> &'static str {
    match (lang, new) {
        (Lang::En, true) => "new model",
        (Lang::En, false) => "model to maintain",
        (Lang::Vi, true) => "mô hình xây dựng mới",
        (Lang::Vi, false) => "mô hình duy trì, nhân rộng",
    }
}

/// `group economy`.
#[must_use]
pub fn group(lang: Lang, g: Group) -> String {
    match lang {
        Lang::En => format!("group {}", g.as_str()),
        Lang::Vi => format!("nhóm {}", words::group(lang, g)),
    }
}

/// `lead: …`.
#[must_use]
pub fn lead(lang: Lang, who: &str) -> String {
    match lang {
        Lang::En => format!("lead: {who}"),
        Lang::Vi => format!("chủ trì: {who}"),
    }
}

/// `due 2024-12-31` (the date already in the language's form).
#[must_use]
pub fn due(lang: Lang, date: &str) -> String {
    match lang {
        Lang::En => format!("due {date}"),
        Lang::Vi => format!("thời hạn {date}"),
    }
}

/// The province line's parts after the status: complete districts, progress, overdue, late.
#[must_use]
pub fn districts_complete(lang: Lang, complete: usize, applicable: usize) -> String {
    match lang {
        Lang::En => format!(" · {complete}/{applicable} districts complete"),
        Lang::Vi => format!(" · {complete}/{applicable} đơn vị hoàn thành"),
    }
}

#[must_use]
pub fn progress(lang: Lang, p: u8) -> String {
    match lang {
        Lang::En => format!(" · progress {p} %"),
        Lang::Vi => format!(" · tiến độ {p} %"),
    }
}

#[must_use]
pub fn overdue(lang: Lang) -> String {
    format!(" · {}", words::overdue(lang))
}

#[must_use]
pub fn completed_late(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!(" · completed late in {n}"),
        Lang::Vi => format!(" · hoàn thành chậm tại {n} đơn vị"),
    }
}

/// The mark after a completion date that came after the due date.
#[must_use]
pub fn late_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " late",
        Lang::Vi => " chậm",
    }
}

/// `blocker: …` / `note: …` under a row.
#[must_use]
pub fn remark(lang: Lang, w: Word, text: &str) -> String {
    format!("{}: {text}", w.text(lang))
}

/// A district pane's first line: `Hạ Long (HL), city`.
#[must_use]
pub fn district_title(lang: Lang, name: &str, code: &str, kind: DistrictKind) -> String {
    format!("{name} ({code}), {}", words::district_kind(lang, kind))
}

/// `Report: 2025-02-14 ` (or none).
#[must_use]
pub fn report(lang: Lang, date: Option<&str>) -> String {
    let d = date.unwrap_or(Word::None.text(lang));
    match lang {
        Lang::En => format!("Report: {d} "),
        Lang::Vi => format!("Báo cáo: {d} "),
    }
}

/// `Tasks 43/52 (83 %) · Models … · Services …`.
#[must_use]
pub fn coverage_line(lang: Lang, tasks: &str, models: &str, services: &str) -> String {
    match lang {
        Lang::En => format!("Tasks {tasks} · Models {models} · Services {services}"),
        Lang::Vi => format!("Nhiệm vụ {tasks} · Mô hình {models} · Dịch vụ {services}"),
    }
}

/// An inspection's findings: `1 high, 3 medium, 4 low`.
#[must_use]
pub fn findings(lang: Lang, high: u64, medium: u64, low: u64) -> String {
    match lang {
        Lang::En => format!("{high} high, {medium} medium, {low} low"),
        Lang::Vi => format!("mức cao {high}, trung bình {medium}, thấp {low}"),
    }
}

/// `File  snapshots/…:3:5` and `Path  tasks[0]` in a problem's pane.
#[must_use]
pub fn problem_fact(lang: Lang, w: Word, value: &str) -> String {
    match (lang, w) {
        (Lang::Vi, Word::File) => format!("Tệp     {value}"),
        (Lang::Vi, Word::Path) => format!("Trường  {value}"),
        _ => format!("{}  {value}", w.text(lang)),
    }
}
