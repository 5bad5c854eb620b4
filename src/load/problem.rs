//! A problem found while loading: severity, where it is (file, line, column, JSON path) and
//! what it says as data ([`Msg`], a kind with its values), which `crate::present::problems`
//! renders in each language as `FILE:LINE:COL: SEVERITY: PATH: MESSAGE`.

use std::fmt;

use serde::Serialize;

use crate::present::num::plural;

mod meeting;
mod msg;
pub use meeting::MeetingIssue;
pub use msg::{DateKind, Expected, IoReason, Msg, Vocab};

/// How bad a problem is (spec section 4). Ordered from worst to mildest.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The file is rejected whole.
    Error,
    /// The file is used, but its data is doubtful.
    Warning,
    /// Informational: unknown fields, which are ignored.
    Note,
}

impl Severity {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// One step of a JSON path.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A JSON path such as `tasks[3].status`; empty for the document itself.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct JsonPath(pub Vec<Seg>);

impl JsonPath {
    #[must_use]
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// This path extended by an object key.
    #[must_use]
    pub fn key(&self, key: &str) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Key(key.to_owned()));
        Self(segs)
    }

    /// This path extended by an array index.
    #[must_use]
    pub fn index(&self, index: usize) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Index(index));
        Self(segs)
    }

    #[must_use]
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if i == 0 => f.write_str(k)?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// One problem in one file.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    pub severity: Severity,
    /// Relative to the data directory, with `/` separators.
    pub file: String,
    /// 1-based; `None` when the problem has no place in the text.
    pub line: Option<u32>,
    /// 1-based, counted in characters (not bytes), so Vietnamese text does not shift it.
    pub column: Option<u32>,
    /// The JSON path of the value, e.g. `tasks[3].status`; `None` for whole-file problems.
    pub path: Option<String>,
    /// What it says, rendered per language by `crate::present::problems`. Boxed: most
    /// kinds are small, a few carry lists, and problems travel in `Result`s.
    pub kind: Box<Msg>,
}

impl Problem {
    /// A problem about a whole file, with no place in its text.
    #[must_use]
    pub fn whole_file(severity: Severity, file: &str, kind: Msg) -> Self {
        Self {
            severity,
            file: file.to_owned(),
            line: None,
            column: None,
            path: None,
            kind: Box::new(kind),
        }
    }

    /// The message in English, for tests and logs (people get it through
    /// `crate::present::problems`, in their language).
    #[must_use]
    pub fn english(&self) -> String {
        crate::present::problems::message(crate::present::Lang::En, &self.kind)
    }

    /// The order problems are listed in: by file, then line, then column, then severity, then
    /// path, then the English message (the same order in every language).
    #[must_use]
    pub fn order(&self, other: &Self) -> std::cmp::Ordering {
        fn key(p: &Problem) -> (&str, u32, u32, Severity, Option<&str>) {
            (
                &p.file,
                p.line.unwrap_or(0),
                p.column.unwrap_or(0),
                p.severity,
                p.path.as_deref(),
            )
        }
        key(self).cmp(&key(other)).then_with(|| {
            let en = |p: &Self| crate::present::problems::message(crate::present::Lang::En, &p.kind);
            en(self).cmp(&en(other))
        })
    }
}

/// The text form in English; `crate::present::problems::line` gives it in any language.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::present::problems::line(crate::present::Lang::En, self))
    }
}

/// The JSON form of spec section 6, with the message in English (`p06 check --format json`
/// writes it in the chosen language through `crate::present::problems::InLang`).
impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::present::problems::InLang(crate::present::Lang::En, self).serialize(s)
    }
}

/// Counts by severity, for summary lines such as `3 errors, 5 warnings, 1 note in 182 files`.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug, Serialize)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Tally {
    #[must_use]
    pub fn of<'a>(problems: impl IntoIterator<Item = &'a Problem>) -> Self {
        let mut t = Self::default();
        for p in problems {
            match p.severity {
                Severity::Error => t.errors += 1,
                Severity::Warning => t.warnings += 1,
                Severity::Note => t.notes += 1,
            }
        }
        t
    }

    /// `3 errors, 5 warnings, 1 note`.
    #[must_use]
    pub fn summary(&self) -> String {
        format!(
            "{}, {}, {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.notes, "note")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_form_omits_what_is_unknown() {
        let mut p = Problem::whole_file(Severity::Warning, "snapshots/a.json", Msg::EmptyUnit);
        assert_eq!(
            p.to_string(),
            "snapshots/a.json: warning: name the inspected unit; `unit` must not be empty"
        );
        p.line = Some(9);
        p.column = Some(17);
        p.path = Some(JsonPath::root().key("tasks").index(1).key("status").to_string());
        assert_eq!(
            p.to_string(),
            "snapshots/a.json:9:17: warning: tasks[1].status: name the inspected unit; `unit` must not be empty"
        );
        let hostile = Problem {
            file: "snapshots/x\n0 errors\u{1b}[2J.json".into(),
            path: Some("tasks[0].\u{9b}31m".into()),
            kind: Box::new(Msg::UnknownField {
                name: "\u{202e}a".into(),
                guess: None,
            }),
            ..p
        };
        assert_eq!(
            hostile.to_string(),
            "snapshots/x\\u{a}0 errors\\u{1b}[2J.json:9:17: warning: tasks[0].\\u{9b}31m: unknown field `\\u{202e}a` is ignored"
        );
    }

    #[test]
    fn summary_pluralises() {
        let t = Tally {
            errors: 3,
            warnings: 5,
            notes: 1,
        };
        assert_eq!(t.summary(), "3 errors, 5 warnings, 1 note");
    }
}
