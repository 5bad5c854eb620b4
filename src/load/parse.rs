//! Turning the bytes of one JSON file into a typed value, or into problems with a place.
//!
//! The fast path is a plain typed parse (wrapped by `serde_ignored` to collect unknown fields
//! as notes). Only a file that fails is parsed a second time with `serde_path_to_error`, which
//! is 1.3-1.6x slower, to learn the JSON path of the failure.

use serde::de::DeserializeOwned;

use super::locate::{line_col, line_cols, locate, locate_all, offset_of};
use super::problem::{Expected, JsonPath, Msg, Problem, Seg, Severity, Vocab};

/// The outcome of parsing one file: the value and the unknown fields it carried, or one error.
pub(crate) type Parsed<T> = Result<(T, Vec<JsonPath>), Problem>;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Checks the encoding and strips a UTF-8 byte-order mark; the error is a whole-file problem.
pub(crate) fn text_of<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if let Some(encoding) = wide_encoding(bytes) {
        return Err(Problem::whole_file(
            Severity::Error,
            file,
            Msg::WideEncoding { encoding },
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_col(bytes, e.valid_up_to());
        Problem {
            line: Some(line),
            column: Some(column),
            ..Problem::whole_file(Severity::Error, file, Msg::NotUtf8)
        }
    })
}

/// UTF-16 or UTF-32, told by the byte-order mark or, without one, by where the zero bytes of
/// the first (ASCII) character fall. UTF-32 is tested first: its little-endian mark begins
/// with UTF-16's.
fn wide_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] | [0, 0, 0xFE, 0xFF, ..] => Some("UTF-32"),
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => Some("UTF-16"),
        [a, 0, 0, 0, ..] | [0, 0, 0, a, ..] if *a != 0 => Some("UTF-32"),
        [a, 0, ..] | [0, a, ..] if *a != 0 => Some("UTF-16"),
        _ => None,
    }
}

/// Parses `text` as a `T`; on failure returns one error placed at the start of the bad value.
pub(crate) fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Parsed<T> {
    // serde would read a struct from a JSON array too; the contract says object, and "expected
    // a text, found sequence" about element [0] would only confuse.
    let first = text.bytes().position(|b| !b.is_ascii_whitespace());
    if let Some(at) = first.filter(|&i| text.as_bytes()[i] != b'{') {
        let (line, column) = line_col(text.as_bytes(), at);
        return Err(Problem {
            line: Some(line),
            column: Some(column),
            ..Problem::whole_file(Severity::Error, file, Msg::NotObject)
        });
    }
    let mut unknown = Vec::new();
    let mut de = serde_json::Deserializer::from_str(text);
    let fast = serde_ignored::deserialize(&mut de, |path| unknown.push(ignored_path(&path)))
        .and_then(|value: T| de.end().map(|()| value));
    match fast {
        Ok(value) => Ok((value, unknown)),
        Err(fast_err) => Err(explain::<T>(file, text, &fast_err)),
    }
}

/// Builds the problem for a failed parse, re-parsing with path tracking to find the value.
fn explain<T: DeserializeOwned>(file: &str, text: &str, fast_err: &serde_json::Error) -> Problem {
    let mut de = serde_json::Deserializer::from_str(text);
    let slow: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let (path, err) = match slow {
        Err(e) => {
            let path = JsonPath(
                e.path()
                    .iter()
                    .filter_map(|s| match s {
                        serde_path_to_error::Segment::Seq { index } => Some(Seg::Index(*index)),
                        serde_path_to_error::Segment::Map { key } => Some(Seg::Key(key.clone())),
                        _ => None,
                    })
                    .collect(),
            );
            (path, e.into_inner())
        }
        // Only trailing characters fail after a successful typed parse.
        Ok(_) => (JsonPath::root(), clone_error(fast_err)),
    };
    let bytes = text.as_bytes();
    let is_data = err.classify() == serde_json::error::Category::Data;
    let message = humanize(&err);
    // Syntax errors have no meaningful path; data errors point at the start of the value.
    let (offset, path) = if is_data {
        let at = locate(bytes, &path.0).unwrap_or_else(|| offset_of(bytes, err.line(), err.column()));
        (at, (!path.is_root()).then(|| path.to_string()))
    } else {
        (offset_of(bytes, err.line(), err.column()), None)
    };
    let message = too_large(bytes, offset, is_data).unwrap_or(message);
    let (line, column) = line_col(bytes, offset);
    Problem {
        severity: Severity::Error,
        file: file.to_owned(),
        line: Some(line),
        column: Some(column),
        path,
        kind: Box::new(message),
    }
}

/// serde_json reads a whole number beyond 2^64 - 1 as a floating-point one, and the message
/// would say so; the number as written, all digits, says what is really wrong.
fn too_large(bytes: &[u8], offset: usize, is_data: bool) -> Option<Msg> {
    let rest = bytes.get(offset..).filter(|_| is_data)?;
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let whole = digits > 0 && !matches!(rest.get(digits), Some(b'.' | b'e' | b'E'));
    let number = std::str::from_utf8(&rest[..digits]).ok()?;
    (whole && number.parse::<u64>().is_err()).then(|| Msg::TooLarge {
        number: number.to_owned(),
    })
}

fn clone_error(err: &serde_json::Error) -> serde_json::Error {
    serde::de::Error::custom(err.to_string())
}

/// serde's message without its " at line X column Y" suffix, reworded for a district officer.
fn humanize(err: &serde_json::Error) -> Msg {
    let full = err.to_string();
    let msg = match full.rfind(" at line ") {
        Some(i) => &full[..i],
        None => full.as_str(),
    };
    if let Some(known) = custom(msg) {
        return known;
    }
    if let Some(field) = msg.strip_prefix("missing field ") {
        return Msg::MissingField {
            field: field.to_owned(),
        };
    }
    if let Some(field) = msg.strip_prefix("duplicate field ") {
        return Msg::DuplicateField {
            field: field.to_owned(),
        };
    }
    if msg == "EOF while parsing a value" || msg.starts_with("EOF while parsing") {
        return Msg::CutOff;
    }
    if msg == "trailing characters" {
        return Msg::TrailingText;
    }
    if msg == "recursion limit exceeded" {
        return Msg::TooDeep;
    }
    if let Some(rest) = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
    {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let expected = match expected {
                "u64" | "a whole number, 0 or more" => Expected::WholeNumber,
                "a boolean" => Expected::Bool,
                "a string" => Expected::Text,
                "a sequence" => Expected::List,
                other if other.starts_with("struct ") => Expected::Object,
                other => Expected::Other(other.to_owned()),
            };
            return Msg::Expected {
                expected,
                found: found.to_owned(),
            };
        }
    }
    // serde_json's words for an escaped half of a UTF-16 pair with no other half.
    if msg == "unexpected end of hex escape" || msg == "lone leading surrogate in hex escape" {
        return Msg::LoneSurrogate;
    }
    if err.classify() == serde_json::error::Category::Syntax {
        // serde's syntax messages ("expected `,` or `}`") are terse; say what kind of problem.
        return Msg::Syntax {
            detail: msg.to_owned(),
        };
    }
    Msg::Data {
        detail: msg.to_owned(),
    }
}

/// The model's own messages (a word outside its vocabulary, a date that is not one), known by
/// parsing the quoted value again and getting the very same message: so the message becomes
/// typed without reading its English words.
fn custom(msg: &str) -> Option<Msg> {
    use crate::model::{Date, DistrictKind, Group, ModelStatus, ServiceStatus, TaskKind, TaskStatus};
    let value = msg.strip_prefix('`')?.split_once("` is not a")?.0;
    if let Err(why) = Date::check(value) {
        if why.english(value) == msg {
            return Some(Msg::BadDate {
                text: value.to_owned(),
                why,
            });
        }
    }
    macro_rules! vocab {
        ($($ty:ident),+) => {
            $(if $ty::parse(value).err().as_deref() == Some(msg) {
                let allowed: Vec<&str> = $ty::ALL.iter().map(|v| v.as_str()).collect();
                return Some(Msg::NotOneOf {
                    value: value.to_owned(),
                    vocab: Vocab::$ty,
                    allowed: allowed.join(", "),
                });
            })+
        };
    }
    vocab!(
        TaskStatus,
        ModelStatus,
        ServiceStatus,
        TaskKind,
        DistrictKind,
        Group
    );
    None
}

/// serde_ignored's path as ours (`tasks.1.remarks` -> `tasks[1].remarks`).
fn ignored_path(path: &serde_ignored::Path<'_>) -> JsonPath {
    fn walk(path: &serde_ignored::Path<'_>, out: &mut Vec<Seg>) {
        use serde_ignored::Path as P;
        match path {
            P::Root => {}
            P::Seq { parent, index } => {
                walk(parent, out);
                out.push(Seg::Index(*index));
            }
            P::Map { parent, key } => {
                walk(parent, out);
                out.push(Seg::Key(key.clone()));
            }
            P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
                walk(parent, out)
            }
        }
    }
    let mut segs = Vec::new();
    walk(path, &mut segs);
    JsonPath(segs)
}

/// Places a list of (severity, path, message) in the text and makes them problems, all of
/// them in one pass over the text (see [`locate_all`]).
pub(crate) fn place(file: &str, text: &str, issues: Vec<(Severity, JsonPath, Msg)>) -> Vec<Problem> {
    // Most files have nothing to place; the walk would still read the whole text once.
    if issues.is_empty() {
        return Vec::new();
    }
    let paths: Vec<&[Seg]> = issues.iter().map(|(_, path, _)| path.0.as_slice()).collect();
    let places = line_cols(text.as_bytes(), &locate_all(text.as_bytes(), &paths));
    issues
        .into_iter()
        .zip(places)
        .map(|((severity, path, message), place)| {
            let (line, column) = place.unzip();
            Problem {
                severity,
                file: file.to_owned(),
                line,
                column,
                path: (!path.is_root()).then(|| path.to_string()),
                kind: Box::new(message),
            }
        })
        .collect()
}

/// Every field name the contract knows, to suggest a fix for a misspelt one.
const KNOWN_FIELDS: &[&str] = &[
    "format",
    "province",
    "title",
    "issued",
    "districts",
    "code",
    "name",
    "kind",
    "tasks",
    "id",
    "group",
    "lead",
    "due",
    "applies_to",
    "models",
    "new",
    "services",
    "security",
    "inspection_target",
    "training_target",
    "drill_target",
    "district",
    "as_of",
    "reported_by",
    "role",
    "contact",
    "status",
    "progress",
    "completed_on",
    "note",
    "blocker",
    "applications",
    "online",
    "total",
    "identity",
    "residents",
    "residents_in_database",
    "eligible_for_id",
    "chip_id_cards",
    "eid_accounts",
    "org_eid_applications",
    "digital_signatures",
    "inspections",
    "unit",
    "date",
    "findings",
    "high",
    "medium",
    "low",
    "resolved",
    "trainings",
    "participants",
    "drills",
    "four_layer",
    "on_site",
    "monitoring",
    "inspection",
    "national_connection",
    "anti_malware",
    "endpoints",
    "protected",
    "centrally_managed",
    "incidents",
    "detected",
];

/// The note for an unknown field, with a suggestion when it looks like a typo.
pub(crate) fn unknown_field_note(path: JsonPath) -> (Severity, JsonPath, Msg) {
    let name = match path.0.last() {
        Some(Seg::Key(k)) => k.clone(),
        _ => String::new(),
    };
    let guess = KNOWN_FIELDS
        .iter()
        .map(|k| (edit_distance(k, &name), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.len() / 2 + 1)
        .min();
    let message = Msg::UnknownField {
        name,
        guess: guess.map(|(_, k)| k),
    };
    (Severity::Note, path, message)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
