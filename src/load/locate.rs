//! Finds where a JSON path's value starts in the text, for line:column in problem messages.
//!
//! serde reports positions only for syntax and type errors, and then at the end of the token;
//! an officer needs the start of the offending value for every problem, including the ones the
//! validator finds after parsing. This scanner walks the raw bytes once along the path and
//! never recurses, so it is safe on arbitrarily deep input. It is only run for files that have
//! problems, so the common, clean file pays nothing.

mod many;

pub use many::{line_cols, locate_all};

use super::problem::Seg;

#[cfg(test)]
thread_local! {
    /// Bytes the scanners stepped over on this thread: the work the tests double the input of.
    static SCANNED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` bytes scanned (tests only: free in the program).
#[inline]
fn scanned(n: usize) {
    #[cfg(test)]
    SCANNED.with(|c| c.set(c.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The bytes scanned on this thread so far.
#[cfg(test)]
pub(crate) fn scanned_so_far() -> u64 {
    SCANNED.with(std::cell::Cell::get)
}

/// Byte offset of the first byte of the value at `path`, or `None` if the text has no such value.
#[must_use]
pub fn locate(text: &[u8], path: &[Seg]) -> Option<usize> {
    let mut pos = skip_ws(text, 0);
    for seg in path {
        match (seg, text.get(pos)?) {
            (Seg::Key(want), b'{') => {
                pos = skip_ws(text, pos + 1);
                loop {
                    if text.get(pos)? != &b'"' {
                        return None;
                    }
                    let (key, after) = read_string(text, pos)?;
                    pos = skip_ws(text, after);
                    if text.get(pos)? != &b':' {
                        return None;
                    }
                    pos = skip_ws(text, pos + 1);
                    // A duplicated key is rejected by the parser; the first one is reported.
                    if &key == want {
                        break;
                    }
                    pos = next_member(text, pos)?;
                }
            }
            (Seg::Index(want), b'[') => {
                pos = skip_ws(text, pos + 1);
                for _ in 0..*want {
                    pos = next_member(text, pos)?;
                }
                if text.get(pos)? == &b']' {
                    return None;
                }
            }
            _ => return None,
        }
    }
    (pos < text.len()).then_some(pos)
}

/// 1-based line and column (in characters) of a byte offset.
#[must_use]
pub fn line_col(text: &[u8], offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    scanned(offset);
    let before = &text[..offset];
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    // Count characters, not bytes: UTF-8 continuation bytes are 0b10xx_xxxx.
    let col = before[line_start..].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
    (to_u32(line), to_u32(col))
}

/// Byte offset of a 1-based line and byte column as serde_json reports them.
#[must_use]
pub fn offset_of(text: &[u8], line: usize, byte_col: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].iter().position(|&b| b == b'\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    (start + byte_col.saturating_sub(1)).min(text.len())
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn skip_ws(text: &[u8], mut pos: usize) -> usize {
    let start = pos;
    while matches!(text.get(pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        pos += 1;
    }
    scanned(pos - start);
    pos
}

/// Reads the string starting at `pos` (a `"`); returns its decoded value and the offset after it.
fn read_string(text: &[u8], pos: usize) -> Option<(String, usize)> {
    let end = string_end(text, pos)?;
    let raw = &text[pos..end];
    let value = serde_json::from_slice::<String>(raw).ok()?;
    Some((value, end))
}

/// Offset just after the string starting at `pos`.
fn string_end(text: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        match text.get(i)? {
            b'\\' => i += 2,
            b'"' => {
                scanned(i + 1 - pos);
                return Some(i + 1);
            }
            _ => i += 1,
        }
    }
}

/// Offset just after the value starting at `pos`, without recursion.
fn skip_value(text: &[u8], mut pos: usize) -> Option<usize> {
    let start = pos;
    let mut depth = 0usize;
    loop {
        match text.get(pos)? {
            b'"' => pos = string_end(text, pos)?,
            b'{' | b'[' => {
                depth += 1;
                pos += 1;
            }
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                pos += 1;
            }
            _ => pos += 1,
        }
        if depth == 0 {
            // A scalar ends at the next delimiter.
            while matches!(text.get(pos), Some(c) if !matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
            {
                pos += 1;
            }
            scanned(pos - start);
            return Some(pos);
        }
    }
}

/// From the start of a member's value, the start of the next member (key or element).
fn next_member(text: &[u8], pos: usize) -> Option<usize> {
    let after = skip_ws(text, skip_value(text, pos)?);
    match text.get(after)? {
        b',' => Some(skip_ws(text, after + 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, path: &[Seg]) -> Option<(u32, u32)> {
        locate(text.as_bytes(), path).map(|o| line_col(text.as_bytes(), o))
    }

    fn k(s: &str) -> Seg {
        Seg::Key(s.to_owned())
    }

    const DOC: &str = "{\n  \"district\": \"Hạ Long\", \"x\": {\"a\": [1, {\"b\": \"}\"}]},\n  \"tasks\": [\n    { \"id\": \"T01\", \"status\": \"done\" },\n    { \"id\": \"T\\\"2\", \"status\": \"finished\" }\n  ]\n}\n";

    #[test]
    fn finds_nested_values_past_tricky_strings() {
        assert_eq!(at(DOC, &[]), Some((1, 1)));
        assert_eq!(at(DOC, &[k("tasks")]), Some((3, 12)));
        assert_eq!(at(DOC, &[k("tasks"), Seg::Index(1), k("status")]), Some((5, 31)));
        assert_eq!(at(DOC, &[k("tasks"), Seg::Index(1)]), Some((5, 5)));
        assert_eq!(at(DOC, &[k("x"), k("a"), Seg::Index(1), k("b")]), Some((2, 47)));
    }

    #[test]
    fn counts_columns_in_characters() {
        // "Hạ Long" has a two-byte character before `x`; the column must not shift.
        assert_eq!(at(DOC, &[k("x")]), Some((2, 31)));
    }

    #[test]
    fn missing_paths_are_none() {
        assert_eq!(at(DOC, &[k("nope")]), None);
        assert_eq!(at(DOC, &[k("tasks"), Seg::Index(2)]), None);
        assert_eq!(at(DOC, &[k("district"), k("a")]), None);
        assert_eq!(at("{\"a\": [", &[k("a"), Seg::Index(0)]), None);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let deep = format!(
            "{{\"a\": {}1{}, \"b\": 2}}",
            "[".repeat(200_000),
            "]".repeat(200_000)
        );
        assert_eq!(at(&deep, &[k("b")]).map(|p| p.0), Some(1));
    }

    #[test]
    fn serde_positions_map_back_to_offsets() {
        let text = b"ab\ncde\nf";
        assert_eq!(offset_of(text, 2, 2), 4);
        assert_eq!(offset_of(text, 9, 1), text.len());
    }

    /// Every path `locate` can be asked about in DOC, found and not.
    fn doc_paths() -> Vec<Vec<Seg>> {
        vec![
            vec![],
            vec![k("district")],
            vec![k("x")],
            vec![k("x"), k("a")],
            vec![k("x"), k("a"), Seg::Index(0)],
            vec![k("x"), k("a"), Seg::Index(1), k("b")],
            vec![k("x"), k("a"), Seg::Index(2)],
            vec![k("tasks")],
            vec![k("tasks"), Seg::Index(0), k("id")],
            vec![k("tasks"), Seg::Index(1)],
            vec![k("tasks"), Seg::Index(1), k("status")],
            vec![k("tasks"), Seg::Index(2)],
            vec![k("tasks"), k("id")],
            vec![k("district"), k("a")],
            vec![k("nope")],
            vec![k("x")],
        ]
    }

    #[test]
    fn one_pass_finds_what_one_path_at_a_time_finds() {
        let check = |text: &str, paths: &[Vec<Seg>]| {
            let refs: Vec<&[Seg]> = paths.iter().map(Vec::as_slice).collect();
            let offsets = locate_all(text.as_bytes(), &refs);
            let places = line_cols(text.as_bytes(), &offsets);
            for (i, p) in paths.iter().enumerate() {
                assert_eq!(offsets[i], locate(text.as_bytes(), p), "{p:?}");
                assert_eq!(places[i], at(text, p), "{p:?}");
            }
        };
        check(DOC, &doc_paths());
        // A repeated key: the first one is found, as `locate` does, and nothing under the second.
        let twice = "{\"a\": {\"b\": 1}, \"a\": {\"c\": 2}, \"d\": [[], {}, 3]}";
        check(
            twice,
            &[
                vec![k("a")],
                vec![k("a"), k("b")],
                vec![k("a"), k("c")],
                vec![k("d"), Seg::Index(2)],
                vec![k("d"), Seg::Index(0), Seg::Index(0)],
            ],
        );
    }

    /// A file with `n` unknown fields, all placed: the bytes scanned to place them.
    fn scanned_placing(n: usize) -> u64 {
        let mut text = String::from("{\"format\": \"p06.snapshot/1\"");
        for i in 0..n {
            text.push_str(&format!(",\n  \"unknown_{i}\": [{i}, \"x\"]"));
        }
        text.push('}');
        let issues = (0..n)
            .map(|i| {
                let path = super::super::problem::JsonPath(vec![k(&format!("unknown_{i}"))]);
                (super::super::Severity::Note, path, super::super::Msg::EmptyUnit)
            })
            .collect();
        let before = scanned_so_far();
        let placed = super::super::parse::place("f.json", &text, issues);
        assert_eq!(placed[n - 1].line, Some(u32::try_from(n).unwrap() + 1));
        scanned_so_far() - before
    }

    /// Doubling the problems of a file at most about doubles the work of placing them (each was
    /// placed by its own scan from the start: 20,000 unknown fields in 260 KB took 18 s).
    #[test]
    fn placing_grows_linearly() {
        let (small, big) = (scanned_placing(20_000), scanned_placing(40_000));
        assert!(
            big <= small * 5 / 2,
            "20,000 problems: {small} bytes scanned; 40,000: {big}"
        );
    }

    /// Placing one value near the top of a file (the record's `as_of`, placed for every file)
    /// costs the same whatever follows it, and a file with nothing to place is not read at all:
    /// every snapshot is placed on every load, so a whole-file walk each time cost 12 % of
    /// `check` on a province-year.
    #[test]
    fn placing_stops_once_everything_is_found() {
        let scanned_for = |tail: usize, wanted: usize| {
            let mut text = String::from("{\"format\": \"p06.snapshot/1\", \"as_of\": \"2024-12-31\"");
            for i in 0..tail {
                text.push_str(&format!(",\n  \"t{i}\": [{i}, \"x\"]"));
            }
            text.push('}');
            let issues = (0..wanted)
                .map(|_| {
                    let path = super::super::problem::JsonPath(vec![k("as_of")]);
                    (super::super::Severity::Note, path, super::super::Msg::EmptyUnit)
                })
                .collect();
            let before = scanned_so_far();
            let placed = super::super::parse::place("f.json", &text, issues);
            assert!(placed.iter().all(|p| p.line == Some(1)));
            scanned_so_far() - before
        };
        assert_eq!(scanned_for(10_000, 0), 0);
        let (short, long) = (scanned_for(10, 1), scanned_for(10_000, 1));
        assert_eq!(short, long, "placing `as_of` read the rest of the file");
    }
}
