//! Numbers and dates as people of each language write them: English `52,287`, `82.9 %`,
//! `2024-12-31`; Vietnamese `52.287`, `82,9 %`, `31/12/2024`. CSV and JSON never come here:
//! they keep plain numbers and ISO dates.

use crate::model::Date;

use super::Lang;

/// `52287` -> `52,287` (en) or `52.287` (vi).
#[must_use]
pub fn int(lang: Lang, n: u64) -> String {
    let sep = match lang {
        Lang::En => ',',
        Lang::Vi => '.',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `after - before` with its sign and grouped thousands (`+8,666`, `-3`); `None` when equal.
#[must_use]
pub fn signed(lang: Lang, after: u64, before: u64) -> Option<String> {
    match after.cmp(&before) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(format!("+{}", int(lang, after - before))),
        std::cmp::Ordering::Less => Some(format!("-{}", int(lang, before - after))),
    }
}

/// English counted nouns: `1 file`, `2 files`. (Vietnamese nouns do not change with the count;
/// its messages write `2 tệp` whole.)
#[must_use]
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A number with one decimal: `82.9` (en) or `82,9` (vi).
#[must_use]
pub fn dec1(lang: Lang, x: f64) -> String {
    let s = format!("{x:.1}");
    match lang {
        Lang::En => s,
        Lang::Vi => s.replace('.', ","),
    }
}

/// A percentage with one decimal and a space before the sign, as both languages write it.
#[must_use]
pub fn pct(lang: Lang, x: f64) -> String {
    format!("{} %", dec1(lang, x))
}

/// A date: ISO `2024-12-31` (en) or `31/12/2024` (vi).
#[must_use]
pub fn date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::En => d.to_string(),
        Lang::Vi => format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_per_language() {
        assert_eq!(int(Lang::En, 52287), "52,287");
        assert_eq!(int(Lang::Vi, 52287), "52.287");
        assert_eq!(int(Lang::Vi, 1_021_400), "1.021.400");
        assert_eq!(int(Lang::En, 999), "999");
        assert_eq!(signed(Lang::Vi, 1, 1_234_568).as_deref(), Some("-1.234.567"));
        assert_eq!(signed(Lang::En, 3, 3), None);
        assert_eq!(plural(182, "file"), "182 files");
        assert_eq!(plural(1, "file"), "1 file");
        assert_eq!(pct(Lang::En, 82.94), "82.9 %");
        assert_eq!(pct(Lang::Vi, 82.94), "82,9 %");
        let d: Date = "2024-12-31".parse().unwrap();
        assert_eq!(date(Lang::En, d), "2024-12-31");
        assert_eq!(date(Lang::Vi, d), "31/12/2024");
    }
}
