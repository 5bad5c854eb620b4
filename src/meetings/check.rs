//! Reading and checking one meeting file (spec section 8) with the loader's machinery, so its
//! problems carry file, line, column and JSON path like a snapshot's; and the one cross-file
//! rule, a unique date.

use std::path::Path;

use crate::load::parse::{parse, place, text_of, unknown_field_note};
use crate::load::{Catalogue, JsonPath, Problem, Severity};
use crate::model::{Date, DirectionState, MEETING_FORMAT, Meeting, Subject, SubjectArea};

use super::{MAX_BYTES, MeetingFile};

pub use crate::load::problem::MeetingIssue as Issue;

/// Reads `dir/name`; a symbolic link is never followed, a hard-linked file is reported.
pub(super) fn read_file(dir: &Path, name: &str, cat: &Catalogue) -> MeetingFile {
    let path = dir.join(name);
    let whole = |issue: Issue| MeetingFile {
        file: name.to_owned(),
        meeting: None,
        problems: vec![Problem::whole_file(
            Severity::Error,
            name,
            crate::load::problem::Msg::Meeting(issue),
        )],
    };
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(e) => return whole(Issue::Unreadable(e.to_string())),
    };
    if meta.file_type().is_symlink() {
        return whole(Issue::Symlink);
    }
    if meta.len() > MAX_BYTES {
        return whole(Issue::TooLarge);
    }
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => return whole(Issue::Unreadable(e.to_string())),
    };
    let mut file = parse_meeting(name, &bytes, cat);
    if link_count(&meta) > 1 {
        file.problems.push(Problem::whole_file(
            Severity::Error,
            name,
            crate::load::problem::Msg::Meeting(Issue::HardLink),
        ));
    }
    file
}

#[cfg(unix)]
pub(crate) fn link_count(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.nlink()
}

#[cfg(not(unix))]
pub(crate) fn link_count(_: &std::fs::Metadata) -> u64 {
    1
}

/// Parses and checks one meeting file's bytes.
#[must_use]
pub fn parse_meeting(name: &str, bytes: &[u8], cat: &Catalogue) -> MeetingFile {
    let failed = |p: Problem| MeetingFile {
        file: name.to_owned(),
        meeting: None,
        problems: vec![p],
    };
    let text = match text_of(name, bytes) {
        Ok(t) => t,
        Err(p) => return failed(p),
    };
    let (meeting, unknown) = match parse::<Meeting>(name, text) {
        Ok(parsed) => parsed,
        Err(p) => return failed(p),
    };
    let mut issues: Vec<(Severity, JsonPath, crate::load::problem::Msg)> = check_meeting(&meeting, cat)
        .into_iter()
        .map(|(path, issue)| (Severity::Error, path, crate::load::problem::Msg::Meeting(issue)))
        .collect();
    issues.extend(unknown.into_iter().map(unknown_field_note));
    MeetingFile {
        file: name.to_owned(),
        meeting: Some(meeting),
        problems: place(name, text, issues),
    }
}

/// The rules of section 8 for one meeting, each with the JSON path of the value at fault.
#[must_use]
pub fn check_meeting(m: &Meeting, cat: &Catalogue) -> Vec<(JsonPath, Issue)> {
    let mut out = Vec::new();
    let root = JsonPath::root();
    if m.format != MEETING_FORMAT {
        out.push((root.key("format"), Issue::Format(m.format.clone())));
    }
    let list = root.key("directions");
    for (i, d) in m.directions.iter().enumerate() {
        let at = list.index(i);
        if d.id == 0 {
            out.push((at.key("id"), Issue::IdZero));
        } else if m.directions[..i].iter().any(|e| e.id == d.id) {
            out.push((at.key("id"), Issue::DuplicateId(d.id)));
        }
        if let Some(issue) = check_subject(&d.subject, cat) {
            out.push((at.key("subject"), issue));
        }
        if d.text.trim().is_empty() {
            out.push((at.key("text"), Issue::EmptyText));
        }
        if d.owner.trim().is_empty() {
            out.push((at.key("owner"), Issue::EmptyOwner));
        }
        match (d.state, d.closed_on) {
            (DirectionState::Open, Some(_)) => out.push((at.key("closed_on"), Issue::ClosedOnWithOpen)),
            (state @ (DirectionState::Done | DirectionState::Dropped), None) => {
                out.push((at.key("state"), Issue::ClosedOnMissing(state)));
            }
            _ => {}
        }
        for (field, value) in [("created", Some(&d.created)), ("updated", d.updated.as_ref())] {
            if let Some(v) = value.filter(|v| !is_rfc3339(v)) {
                out.push((at.key(field), Issue::BadTimestamp(v.clone())));
            }
        }
    }
    out
}

/// Whether a subject names what its area needs, in the plan's catalogue.
#[must_use]
pub fn check_subject(s: &Subject, cat: &Catalogue) -> Option<Issue> {
    match (s.area.item_area(), s.id.as_deref()) {
        (Some(_), None) => return Some(Issue::ItemIdMissing(s.area)),
        (Some(area), Some(id)) if cat.item_index(area, id).is_none() => {
            return Some(Issue::UnknownItem(s.area, id.to_owned()));
        }
        (None, Some(_)) => return Some(Issue::IdNotAllowed(s.area)),
        _ => {}
    }
    match s.district.as_deref() {
        None if s.area == SubjectArea::District => Some(Issue::DistrictMissing),
        Some(code) if cat.district_index(code).is_none() => Some(Issue::UnknownDistrict(code.to_owned())),
        _ => None,
    }
}

/// Two files with one date are both errors.
pub(super) fn cross_file(files: &mut [MeetingFile]) {
    let dates: Vec<Option<Date>> = files.iter().map(|f| f.meeting.as_ref().map(|m| m.date)).collect();
    for i in 0..files.len() {
        let Some(date) = dates[i] else { continue };
        let others: Vec<&str> = (0..files.len())
            .filter(|&j| j != i && dates[j] == Some(date))
            .map(|j| files[j].file.as_str())
            .collect();
        if others.is_empty() {
            continue;
        }
        let issue = Issue::DuplicateDate {
            date,
            others: others.join(", "),
        };
        let problem = Problem::whole_file(
            Severity::Error,
            &files[i].file,
            crate::load::problem::Msg::Meeting(issue),
        );
        files[i].problems.push(problem);
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, with a real date and time (RFC 3339, section 5.6).
#[must_use]
pub fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 20 || Date::parse(s.get(..10).unwrap_or("")).is_err() || !matches!(b[10], b'T' | b't') {
        return false;
    }
    let two = |i: usize| -> Option<u8> {
        let (h, l) = (*b.get(i)?, *b.get(i + 1)?);
        (h.is_ascii_digit() && l.is_ascii_digit()).then(|| (h - b'0') * 10 + (l - b'0'))
    };
    let time_ok = matches!((two(11), two(14), two(17)), (Some(h), Some(m), Some(s)) if h < 24 && m < 60 && s < 61)
        && b[13] == b':'
        && b[16] == b':';
    if !time_ok {
        return false;
    }
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    match b.get(i) {
        Some(b'Z' | b'z') => i + 1 == b.len(),
        Some(b'+' | b'-') => {
            i + 6 == b.len()
                && b[i + 3] == b':'
                && matches!((two(i + 1), two(i + 4)), (Some(h), Some(m)) if h < 24 && m < 60)
        }
        _ => false,
    }
}

#[cfg(test)]
#[path = "check_tests.rs"]
pub(crate) mod tests;
