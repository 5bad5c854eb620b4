//! The words of the directions slide (slide 9), in English and Vietnamese (glossary: chỉ đạo,
//! đơn vị thực hiện, thời hạn, đã hoàn thành / hoàn thành chậm / quá hạn / đang thực hiện).
//! The judgments, recorded states, subjects and the contradiction flag are the directions
//! feature's own words (`present::directions`), so slide and panel say the same thing.

use super::super::Lang;

/// Which of the three counts at the top of the slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Directions recorded open.
    Open,
    /// Judged overdue by the data at R.
    Overdue,
    /// Earlier directions the data now judges met or met late.
    Met,
}

/// A count's label; `short` for narrow cards.
#[must_use]
pub fn count(lang: Lang, c: Count, short: bool) -> &'static str {
    match (lang, short) {
        (Lang::En, false) => match c {
            Count::Open => "Open",
            Count::Overdue => "Overdue",
            Count::Met => "Met since the last meeting",
        },
        (Lang::En, true) => match c {
            Count::Open => "Open",
            Count::Overdue => "Overdue",
            Count::Met => "Met",
        },
        (Lang::Vi, false) => match c {
            Count::Open => "Đang thực hiện",
            Count::Overdue => "Quá hạn",
            Count::Met => "Đã hoàn thành từ kỳ trước",
        },
        (Lang::Vi, true) => match c {
            Count::Open => "Đang thực hiện",
            Count::Overdue => "Quá hạn",
            Count::Met => "Đã hoàn thành",
        },
    }
}

/// The heading of the follow-up list, with R written as the language writes dates.
#[must_use]
pub fn earlier(lang: Lang, r: &str) -> String {
    match lang {
        Lang::En => format!("Earlier directions, judged from the data at {r}"),
        Lang::Vi => format!("Kết quả thực hiện chỉ đạo trước, theo số liệu đến ngày {r}"),
    }
}

/// The heading of this meeting's list.
#[must_use]
pub fn this_meeting(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "This meeting",
        Lang::Vi => "Chỉ đạo tại hội nghị",
    }
}

/// Under a heading with nothing in its list.
#[must_use]
pub fn none(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "None",
        Lang::Vi => "Không có",
    }
}

/// A direction's deadline, `date` written as the language writes dates; `None`: none set.
#[must_use]
pub fn due(lang: Lang, date: Option<&str>) -> String {
    match (lang, date) {
        (Lang::En, Some(d)) => format!("due {d}"),
        (Lang::En, None) => "no deadline".to_owned(),
        (Lang::Vi, Some(d)) => format!("thời hạn {d}"),
        (Lang::Vi, None) => "không thời hạn".to_owned(),
    }
}

/// The people's recorded word beside the data's judgment: `recorded done`. The Vietnamese
/// states say it themselves (`báo cáo đã xong`).
#[must_use]
pub fn recorded(lang: Lang, state: &str) -> String {
    match lang {
        Lang::En => format!("recorded {state}"),
        Lang::Vi => state.to_owned(),
    }
}
