//! Text from a data file on its way to a person: every character that a terminal would act on
//! instead of showing (C0 and C1 controls, DEL, bidirectional overrides and isolates) comes out
//! visibly escaped as `\u{1b}`, so no file can clear a screen, set a window title, write the
//! clipboard (OSC 52), forge an output line or reorder what is read. Everything else, all of
//! Vietnamese included, passes unchanged.

pub mod json;

use std::borrow::Cow;

/// Whether `c` must never reach a terminal raw.
#[must_use]
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{061c}' | '\u{200e}' | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{2028}' | '\u{2029}')
}

/// `text` with every unsafe character written as `\u{XX}`; borrowed when nothing needed it.
#[must_use]
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`visible`], but line breaks stay line breaks: for messages of several lines written
/// whole to stderr, where each line still must not carry a control character.
#[must_use]
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    let lines: Vec<Cow<'_, str>> = text.split('\n').map(visible).collect();
    Cow::Owned(lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_text_is_not() {
        assert!(matches!(visible("Hạ Long"), Cow::Borrowed("Hạ Long")));
        assert_eq!(visible("a\u{1b}]52;c;x\u{7}b"), "a\\u{1b}]52;c;x\\u{7}b");
        assert_eq!(visible("x\ny"), "x\\u{a}y");
        assert_eq!(visible("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(visible("\u{7f}"), "\\u{7f}");
        assert_eq!(visible("\u{202e}abc\u{2066}"), "\\u{202e}abc\\u{2066}");
        assert_eq!(visible_lines("a\u{1b}\nb\rc"), "a\\u{1b}\nb\\u{d}c");
        assert!(matches!(visible_lines("a\nb"), Cow::Borrowed("a\nb")));
    }
}
