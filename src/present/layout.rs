//! Text laid out by display width, for the console and the text report alike: cutting with an
//! ellipsis, padding, greedy word wrap, and a capital first letter. Widths are terminal cells
//! (`unicode-width`), so Vietnamese with its diacritics, and double-width characters, line up.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Cuts `text` to `width` display cells, ending in `ellipsis` when something was cut.
#[must_use]
pub fn fit(text: &str, width: usize, ellipsis: &str) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let room = width.saturating_sub(ellipsis.width());
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if width >= ellipsis.width() {
        out.push_str(ellipsis);
    }
    out
}

/// `s` padded with spaces on the right to `width` columns.
#[must_use]
pub fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// `s` padded with spaces on the left to `width` columns.
#[must_use]
pub fn lpad(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

/// Greedy word wrap of `text` by display width; a word longer than a line is cut to it. Always
/// at least one line (an empty one for empty text).
#[must_use]
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let words = text.split_whitespace().map(|w| {
        if w.width() > width {
            fit(w, width, "")
        } else {
            w.to_owned()
        }
    });
    let lines = wrap_words("", words, width);
    if lines.is_empty() {
        vec![String::new()]
    } else {
        lines
    }
}

/// `prefix` and then `words` separated by spaces, wrapped at `width` with the lines after the
/// first indented under the prefix. A word never splits (a caller that must not overflow cuts
/// the lines). No words, no lines.
#[must_use]
pub fn wrap_words<S: AsRef<str>>(
    prefix: &str,
    words: impl IntoIterator<Item = S>,
    width: usize,
) -> Vec<String> {
    let indent = " ".repeat(prefix.width());
    let mut lines = Vec::new();
    let mut line = prefix.to_owned();
    // Whether the line holds no word yet, only the prefix or the indent.
    let mut bare = true;
    for word in words {
        let word = word.as_ref();
        if !bare && line.width() + 1 + word.width() > width {
            lines.push(std::mem::replace(&mut line, indent.clone()));
            bare = true;
        }
        if !bare {
            line.push(' ');
        }
        line.push_str(word);
        bare = false;
    }
    if !bare {
        lines.push(line);
    }
    lines
}

/// `became complete` -> `Became complete`.
#[must_use]
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("Đông Triều", 20, "…"), "Đông Triều");
        assert_eq!(fit("Đông Triều", 6, "…"), "Đông …");
        assert_eq!(fit("abc", 0, "…"), "");
        assert_eq!(fit("漢字漢字", 5, "…"), "漢字…");
        assert_eq!(fit("short", 80, "…"), "short");
    }

    #[test]
    fn wraps_by_words_and_cuts_only_what_cannot_fit() {
        assert_eq!(
            wrap("chậm tiến độ so với kế hoạch", 12),
            ["chậm tiến độ", "so với kế", "hoạch"]
        );
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd"]);
        assert_eq!(
            wrap_words("Held: ", ["a,", "bb,", "c"], 10),
            ["Held: a,", "      bb,", "      c"]
        );
        assert!(wrap_words("x", Vec::<String>::new(), 10).is_empty());
        assert_eq!(capitalised("ước tính"), "Ước tính");
        assert_eq!(pad("Hà", 4), "Hà  ");
        assert_eq!(lpad("Hà", 4), "  Hà");
    }
}
