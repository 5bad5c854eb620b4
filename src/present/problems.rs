//! The words of `p06 check` and the Data panel: each problem's message rendered whole in each
//! language (`en.rs`, `vi.rs`: one exhaustive match each, so a message missing in one language
//! does not compile), the severity words, the problem line and the summary line.

use crate::load::{Msg, Problem, Severity, Tally};

use super::Lang;
use super::num::{int, plural};

mod en;
mod vi;

/// A problem's message in `lang`, unescaped (the caller escapes it for a terminal).
#[must_use]
pub fn message(lang: Lang, m: &Msg) -> String {
    match lang {
        Lang::En => en::message(m),
        Lang::Vi => vi::message(m),
    }
}

/// `error`, `warning`, `note` or `lỗi`, `cảnh báo`, `ghi chú`.
#[must_use]
pub fn severity(lang: Lang, s: Severity) -> &'static str {
    match (lang, s) {
        (Lang::En, _) => s.as_str(),
        (Lang::Vi, Severity::Error) => "lỗi",
        (Lang::Vi, Severity::Warning) => "cảnh báo",
        (Lang::Vi, Severity::Note) => "ghi chú",
    }
}

/// The text form, `FILE:LINE:COL: SEVERITY: PATH: MESSAGE`. The file name, the path (it holds
/// the data's own keys) and the message (it quotes the data's values) come out with control
/// characters visibly escaped, so a file named `x\n0 errors` or a key holding ESC cannot forge
/// a line or drive the terminal.
#[must_use]
pub fn line(lang: Lang, p: &Problem) -> String {
    use super::visible;
    let mut out = visible(&p.file).into_owned();
    if let Some(line) = p.line {
        out.push_str(&format!(":{line}"));
        if let Some(col) = p.column {
            out.push_str(&format!(":{col}"));
        }
    }
    out.push_str(&format!(": {}: ", severity(lang, p.severity)));
    if let Some(path) = &p.path {
        out.push_str(&format!("{}: ", visible(path)));
    }
    out.push_str(&visible(&message(lang, &p.kind)));
    out
}

/// `3 errors, 5 warnings, 1 note in 182 files` or `3 lỗi, 5 cảnh báo, 1 ghi chú trong 182 tệp`.
#[must_use]
pub fn summary(lang: Lang, t: Tally, files: usize) -> String {
    match lang {
        Lang::En => format!("{} in {}", t.summary(), plural(files, "file")),
        Lang::Vi => format!(
            "{} lỗi, {} cảnh báo, {} ghi chú trong {} tệp",
            int(lang, t.errors as u64),
            int(lang, t.warnings as u64),
            int(lang, t.notes as u64),
            int(lang, files as u64)
        ),
    }
}

/// A problem in its JSON form (spec section 6), its message in a language; the keys and the
/// severity codes stay the machine vocabulary.
pub struct InLang<'a>(pub Lang, pub &'a Problem);

impl serde::Serialize for InLang<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let InLang(lang, p) = *self;
        let mut st = s.serialize_struct("Problem", 6)?;
        st.serialize_field("severity", &p.severity)?;
        st.serialize_field("file", &p.file)?;
        st.serialize_field("line", &p.line)?;
        st.serialize_field("column", &p.column)?;
        st.serialize_field("path", &p.path)?;
        st.serialize_field("message", &message(lang, &p.kind))?;
        st.end()
    }
}

/// The names of a duplicate's other files: `a, b, c` or `a, b, c and 5,997 more`.
fn names(lang: Lang, others: &[String], more: usize) -> String {
    let shown = others.join(", ");
    match (more, lang) {
        (0, _) => shown,
        (_, Lang::En) => format!("{shown} and {} more", int(lang, more as u64)),
        (_, Lang::Vi) => format!("{shown} và {} tệp khác", int(lang, more as u64)),
    }
}

/// Why `text` is not a date, in Vietnamese (for `P06_TODAY`, outside any problem).
pub(crate) fn bad_date_vi(text: &str, why: crate::model::DateError) -> String {
    vi::bad_date(text, why)
}

#[cfg(test)]
mod tests;
