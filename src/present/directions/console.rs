//! The console's words for directions: the form, the panel, the saved notice.

use crate::present::Lang;
use crate::present::num::date;

use super::subject;

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
        // The parser's reason is English; the field still shows what was typed.
        Lang::Vi => {
            let _ = why;
            "Thời hạn không hợp lệ: hãy viết theo dạng YYYY-MM-DD".to_owned()
        }
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
