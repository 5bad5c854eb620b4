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

/// Why the whole data directory was read again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The `r` key.
    Key,
    DirGone,
    DirChanged,
    PlanChanged,
    /// A folder under `snapshots/` changed.
    Folder(String),
    /// DATA, gone, is there again.
    DirBack,
    /// Another directory now stands at DATA (moved over it).
    DirReplaced,
    /// A watcher that could not start, or was lost, works again.
    WatchingAgain,
}

fn why(lang: Lang, w: &Why) -> String {
    match (lang, w) {
        (Lang::En, Why::Key) => "r pressed".into(),
        (Lang::En, Why::DirGone) => "the data directory is gone".into(),
        (Lang::En, Why::DirChanged) => "the data directory changed".into(),
        (Lang::En, Why::PlanChanged) => "plan.json changed".into(),
        (Lang::En, Why::Folder(f)) => format!("{f} changed"),
        (Lang::En, Why::DirBack) => "the data directory is back".into(),
        (Lang::En, Why::DirReplaced) => "the data directory was replaced".into(),
        (Lang::En, Why::WatchingAgain) => "watching again".into(),
        (Lang::Vi, Why::Key) => "nhấn r".into(),
        (Lang::Vi, Why::DirGone) => "thư mục dữ liệu không còn".into(),
        (Lang::Vi, Why::DirChanged) => "thư mục dữ liệu thay đổi".into(),
        (Lang::Vi, Why::PlanChanged) => "plan.json thay đổi".into(),
        (Lang::Vi, Why::Folder(f)) => format!("{f} thay đổi"),
        (Lang::Vi, Why::DirBack) => "thư mục dữ liệu đã có lại".into(),
        (Lang::Vi, Why::DirReplaced) => "thư mục dữ liệu đã được thay thế".into(),
        (Lang::Vi, Why::WatchingAgain) => "đã theo dõi lại".into(),
    }
}

/// What one file's reload did (`label` names a record: `HL 2025-02-14`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileNote {
    Added(String),
    Reloaded(String),
    /// A file that was good is broken: its last good version stays.
    Broken(String),
    /// A new file that cannot be used.
    Unusable(String),
    Removed(String),
    /// A folder and how many files went with it.
    RemovedFolder(String, usize),
}

/// One file's note in words.
#[must_use]
pub fn file_note(lang: Lang, n: &FileNote) -> String {
    match (lang, n) {
        (Lang::En, FileNote::Added(l)) => format!("added {l}"),
        (Lang::En, FileNote::Reloaded(l)) => format!("reloaded {l}"),
        (Lang::En, FileNote::Broken(f)) => format!("{f} is broken: keeping its last good version"),
        (Lang::En, FileNote::Unusable(f)) => format!("{f} cannot be used: see the Data panel"),
        (Lang::En, FileNote::Removed(f)) => format!("removed {f}"),
        (Lang::En, FileNote::RemovedFolder(f, n)) => format!("removed {f} ({n} files)"),
        (Lang::Vi, FileNote::Added(l)) => format!("đã thêm {l}"),
        (Lang::Vi, FileNote::Reloaded(l)) => format!("đã đọc lại {l}"),
        (Lang::Vi, FileNote::Broken(f)) => format!("{f} bị lỗi: giữ bản hợp lệ gần nhất"),
        (Lang::Vi, FileNote::Unusable(f)) => format!("{f} không dùng được: xem trang Dữ liệu"),
        (Lang::Vi, FileNote::Removed(f)) => format!("đã xóa {f}"),
        (Lang::Vi, FileNote::RemovedFolder(f, n)) => format!("đã xóa {f} ({n} tệp)"),
    }
}

/// One notice from several notes: all of two, or the first and a count.
#[must_use]
pub fn summary(lang: Lang, notes: &[FileNote]) -> Option<String> {
    match notes {
        [] => None,
        [a] => Some(file_note(lang, a)),
        [a, b] => Some(format!("{}; {}", file_note(lang, a), file_note(lang, b))),
        [a, rest @ ..] => Some(match lang {
            Lang::En => format!("{}; and {} more changes", file_note(lang, a), rest.len()),
            Lang::Vi => format!("{}; và {} thay đổi khác", file_note(lang, a), rest.len()),
        }),
    }
}

/// What a whole reload found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The files' notes, summed up.
    Changes(String),
    NewPlan,
    Nothing,
}

/// The notice of a whole reload: `reloaded 182 files (r pressed): nothing changed`.
#[must_use]
pub fn reloaded(lang: Lang, plan_fixed: bool, files: usize, w: &Why, found: &Found) -> String {
    let w = why(lang, w);
    let head = match (lang, plan_fixed) {
        (Lang::En, false) => format!("reloaded {files} files ({w})"),
        (Lang::En, true) => format!("plan.json is good again: reloaded {files} files ({w})"),
        (Lang::Vi, false) => format!("đã đọc lại {files} tệp ({w})"),
        (Lang::Vi, true) => format!("plan.json đã hợp lệ trở lại: đã đọc lại {files} tệp ({w})"),
    };
    match (lang, found) {
        (_, Found::Changes(what)) => format!("{head}: {what}"),
        (Lang::En, Found::NewPlan) => format!("{head}: a new plan"),
        (Lang::En, Found::Nothing) => format!("{head}: nothing changed"),
        (Lang::Vi, Found::NewPlan) => format!("{head}: kế hoạch mới"),
        (Lang::Vi, Found::Nothing) => format!("{head}: không có thay đổi"),
    }
}

/// What stays when a whole reload fails: the previous plan, or the data read before.
#[must_use]
pub fn keeping(lang: Lang, plan: bool) -> &'static str {
    match (lang, plan) {
        (Lang::En, true) => "keeping the previous plan",
        (Lang::En, false) => "keeping the data read before",
        (Lang::Vi, true) => "giữ kế hoạch trước đó",
        (Lang::Vi, false) => "giữ dữ liệu đã đọc trước đó",
    }
}

/// The notice of a whole reload that failed.
#[must_use]
pub fn reload_failed(lang: Lang, plan: bool, w: &Why) -> String {
    let what = match (lang, plan) {
        (Lang::En, true) => "plan.json is broken",
        (Lang::En, false) => "the data directory cannot be read",
        (Lang::Vi, true) => "plan.json bị lỗi",
        (Lang::Vi, false) => "không đọc được thư mục dữ liệu",
    };
    format!("{what} ({}): {}", why(lang, w), keeping(lang, plan))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reload_notices_in_both_languages() {
        let notes = [
            FileNote::Added("HL 2025-02-14".into()),
            FileNote::Removed("snapshots/x.json".into()),
            FileNote::RemovedFolder("snapshots/2025-03".into(), 13),
        ];
        assert_eq!(
            summary(Lang::En, &notes).as_deref(),
            Some("added HL 2025-02-14; and 2 more changes")
        );
        assert_eq!(
            summary(Lang::Vi, &notes[..2]).as_deref(),
            Some("đã thêm HL 2025-02-14; đã xóa snapshots/x.json")
        );
        assert_eq!(summary(Lang::Vi, &[]), None);
        assert_eq!(
            reloaded(Lang::En, false, 182, &Why::Key, &Found::Nothing),
            "reloaded 182 files (r pressed): nothing changed"
        );
        assert_eq!(
            reload_failed(Lang::Vi, true, &Why::PlanChanged),
            "plan.json bị lỗi (plan.json thay đổi): giữ kế hoạch trước đó"
        );
        assert_eq!(
            Notice::NoSince.text(Lang::Vi),
            "không có ngày báo cáo nào trước R để so sánh"
        );
    }
}
