//! A problem found while loading: severity, where it is (file, line, column, JSON path) and a
//! message an officer can act on. The text form is `FILE:LINE:COL: SEVERITY: PATH: MESSAGE`.

use std::fmt;

use serde::Serialize;

use crate::present::num::plural;

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
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
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
    pub message: String,
}

impl Problem {
    /// A problem about a whole file, with no place in its text.
    #[must_use]
    pub fn whole_file(severity: Severity, file: &str, message: impl Into<String>) -> Self {
        Self {
            severity,
            file: file.to_owned(),
            line: None,
            column: None,
            path: None,
            message: message.into(),
        }
    }

    /// The order problems are listed in: by file, then line, then column, then severity.
    #[must_use]
    pub fn sort_key(&self) -> (&str, u32, u32, Severity, Option<&str>, &str) {
        (
            &self.file,
            self.line.unwrap_or(0),
            self.column.unwrap_or(0),
            self.severity,
            self.path.as_deref(),
            &self.message,
        )
    }
}

/// The text form, for people: the file name, the path (it holds the data's own keys) and the
/// message (it quotes the data's values) come out with control characters visibly escaped, so
/// a file named `x\n0 errors` or a key holding ESC cannot forge a line or drive the terminal.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::present::visible;
        f.write_str(&visible(&self.file))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}: ", self.severity.as_str())?;
        if let Some(path) = &self.path {
            write!(f, "{}: ", visible(path))?;
        }
        f.write_str(&visible(&self.message))
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
        let mut p = Problem::whole_file(Severity::Warning, "snapshots/a.json", "stale");
        assert_eq!(p.to_string(), "snapshots/a.json: warning: stale");
        p.line = Some(9);
        p.column = Some(17);
        p.path = Some(JsonPath::root().key("tasks").index(1).key("status").to_string());
        assert_eq!(
            p.to_string(),
            "snapshots/a.json:9:17: warning: tasks[1].status: stale"
        );
        let hostile = Problem {
            file: "snapshots/x\n0 errors\u{1b}[2J.json".into(),
            path: Some("tasks[0].\u{9b}31m".into()),
            message: "unknown field `\u{202e}a`".into(),
            ..p
        };
        assert_eq!(
            hostile.to_string(),
            "snapshots/x\\u{a}0 errors\\u{1b}[2J.json:9:17: warning: tasks[0].\\u{9b}31m: unknown field `\\u{202e}a`"
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
