//! Text helpers for Vietnamese: folding for the `/` filter (so `ha long` finds `Hạ Long`) and
//! the collation key that sorts names in Vietnamese alphabetical order.
//!
//! Both work on the canonical decomposition (NFD), where a letter such as `ấ` is `a` followed
//! by a circumflex (part of the letter: `â` is its own letter of the alphabet) and an acute
//! accent (a tone mark, which only breaks ties). `đ` has no decomposition and is mapped by hand.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower case, no diacritics, `đ` as `d`: the form the filter compares.
#[must_use]
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|&c| !is_combining_mark(c))
        .flat_map(|c| match c {
            'đ' | 'Đ' => 'd'.to_lowercase(),
            other => other.to_lowercase(),
        })
        .collect()
}

/// Whether every whitespace-separated term of an already folded query occurs in `haystack`
/// (already folded). Terms may match different columns, so `t13 behind` narrows as expected.
#[must_use]
pub fn matches(haystack: &str, folded_query: &str) -> bool {
    folded_query
        .split_whitespace()
        .all(|term| haystack.contains(term))
}

// The combining marks that make a new letter of the alphabet (ă â ê ô ơ ư)...
const BREVE: char = '\u{306}';
const CIRCUMFLEX: char = '\u{302}';
const HORN: char = '\u{31B}';
// ...and the five tone marks, which only break ties, in dictionary order:
// level (none), grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot below (nặng).
const TONES: [char; 5] = ['\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}'];

/// A sort key: compare it with `Ord` to get Vietnamese alphabetical order.
///
/// Primary weights order letters as the Vietnamese alphabet does (a ă â b c d đ e ê g h i k l m
/// n o ô ơ p q r s t u ư v x y, with f j w z at their Latin places), runs of digits by their
/// numeric value, and spaces first. Tone marks are compared only when the letters tie, and
/// case only after that.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Default)]
pub struct CollationKey {
    primary: Vec<u32>,
    tones: Vec<u8>,
    case: Vec<bool>,
}

const SPACE: u32 = 0;
const PUNCT: u32 = 0x100;
const DIGITS: u32 = 0x1000_0000;
const LETTER: u32 = 0x2000_0000;
const OTHER: u32 = 0x3000_0000;

/// The rank of a base letter (lower case) with its letter-forming mark, if any.
fn letter_rank(base: char, mark: Option<char>) -> Option<u32> {
    const ORDER: &str = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    let letter = match (base, mark) {
        ('a', Some(BREVE)) => 'ă',
        ('a', Some(CIRCUMFLEX)) => 'â',
        ('e', Some(CIRCUMFLEX)) => 'ê',
        ('o', Some(CIRCUMFLEX)) => 'ô',
        ('o', Some(HORN)) => 'ơ',
        ('u', Some(HORN)) => 'ư',
        (c, _) => c,
    };
    ORDER.chars().position(|c| c == letter).map(|p| p as u32)
}

/// Builds the collation key of `text`.
#[must_use]
pub fn collation_key(text: &str) -> CollationKey {
    let mut key = CollationKey::default();
    let chars: Vec<char> = text.nfd().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c.is_ascii_digit() {
            // A run of digits weighs its value, so `T2` sorts before `T10`.
            let mut value: u64 = u64::from(c as u8 - b'0');
            while let Some(d) = chars.get(i).filter(|d| d.is_ascii_digit()) {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u64::from(*d as u8 - b'0'));
                i += 1;
            }
            key.primary
                .push(DIGITS + u32::try_from(value.min(0x0FFF_FFFF)).unwrap_or(0));
            key.tones.push(0);
            key.case.push(false);
            continue;
        }
        let mut letter_mark = None;
        let mut tone = 0u8;
        while let Some(&m) = chars.get(i).filter(|m| is_combining_mark(**m)) {
            if let Some(t) = TONES.iter().position(|&t| t == m) {
                tone = u8::try_from(t + 1).unwrap_or(0);
            } else if letter_mark.is_none() {
                letter_mark = Some(m);
            }
            i += 1;
        }
        let upper = c.is_uppercase();
        let lower = match c {
            'Đ' => 'đ',
            other => other.to_lowercase().next().unwrap_or(other),
        };
        let weight = if c.is_whitespace() {
            SPACE
        } else if let Some(rank) = letter_rank(lower, letter_mark) {
            LETTER + rank
        } else if c.is_ascii() {
            PUNCT + c as u32
        } else {
            OTHER + lower as u32
        };
        key.primary.push(weight);
        key.tones.push(tone);
        key.case.push(upper);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_strips_marks_and_maps_d_bar() {
        assert_eq!(fold("Hạ Long"), "ha long");
        assert_eq!(fold("Đông Triều"), "dong trieu");
        assert_eq!(fold("Cẩm Phả · ĐẦM HÀ"), "cam pha · dam ha");
        assert!(matches(&fold("T13 Behind Ba Chẽ"), &fold("ba che t13")));
        assert!(!matches(&fold("Hạ Long"), "mong"));
        assert!(matches("anything", ""));
    }

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut v: Vec<&str> = names.to_vec();
        v.sort_by_key(|n| collation_key(n));
        v.into_iter().map(str::to_owned).collect()
    }

    #[test]
    fn vietnamese_alphabet_order() {
        // d < đ < e; a < ă < â < b; o < ô < ơ < p; u < ư < v.
        assert_eq!(
            sorted(&[
                "Đông Triều",
                "Đầm Hà",
                "Dương",
                "Em",
                "Ân",
                "Ăn",
                "An",
                "Ba Chẽ",
                "Bình Liêu"
            ]),
            [
                "An",
                "Ăn",
                "Ân",
                "Ba Chẽ",
                "Bình Liêu",
                "Dương",
                "Đầm Hà",
                "Đông Triều",
                "Em"
            ]
        );
        assert_eq!(sorted(&["Ơn", "Ôn", "On", "Pa"]), ["On", "Ôn", "Ơn", "Pa"]);
        assert_eq!(
            sorted(&["Vân Đồn", "Uông Bí", "Ưng"]),
            ["Uông Bí", "Ưng", "Vân Đồn"]
        );
    }

    #[test]
    fn tones_break_ties_only() {
        // Same letters: level, grave, hook, tilde, acute, dot below.
        assert_eq!(
            sorted(&["mạ", "má", "mã", "mả", "mà", "ma"]),
            ["ma", "mà", "mả", "mã", "má", "mạ"]
        );
        // A tone never outweighs a letter: "mà" < "mb".
        assert_eq!(sorted(&["mb", "mà"]), ["mà", "mb"]);
        // Spaces first: "Hạ Long" before "Hải Hà" (space < i).
        assert_eq!(sorted(&["Hải Hà", "Hạ Long"]), ["Hạ Long", "Hải Hà"]);
    }

    #[test]
    fn digit_runs_sort_by_value() {
        assert_eq!(sorted(&["T10", "T2", "T01"]), ["T01", "T2", "T10"]);
    }
}
