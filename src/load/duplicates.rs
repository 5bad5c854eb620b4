//! Naming the other files of a duplicated snapshot (same district, same date) in its message,
//! with the list capped so that output and memory stay linear in the number of files.

/// At most this many other files are named in a duplicate's message; the rest are counted.
/// Thousands of copies of one snapshot would otherwise make each message name all the others:
/// output and memory growing with the square of the number of files.
pub const DUPLICATES_NAMED: usize = 3;

/// `a, b, c` for up to [`DUPLICATES_NAMED`] names, else the first ones `and 5,997 more`, where
/// `count` is how many `names` yields. Only the names shown are ever collected.
pub(super) fn name_some<'a>(names: impl Iterator<Item = &'a str>, count: usize) -> String {
    let shown: Vec<&str> = names.take(DUPLICATES_NAMED).collect();
    let mut out = shown.join(", ");
    if count > shown.len() {
        // Load messages are English for now (another change moves them to `present`).
        let more = crate::present::num::int(crate::present::Lang::En, (count - shown.len()) as u64);
        out.push_str(&format!(" and {more} more"));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::load::load_memory;

    const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/demo");

    #[test]
    fn short_lists_are_named_whole_and_long_ones_counted() {
        let names = ["a", "b", "c", "d", "e"];
        assert_eq!(name_some(names[..1].iter().copied(), 1), "a");
        assert_eq!(name_some(names[..3].iter().copied(), 3), "a, b, c");
        assert_eq!(name_some(names.iter().copied(), 5), "a, b, c and 2 more");
        assert_eq!(name_some(names.iter().copied(), 5_999), "a, b, c and 5,996 more");
    }

    /// Bytes of every message about `n` copies of one snapshot.
    fn duplicate_output(n: usize) -> usize {
        let plan = std::fs::read(format!("{DEMO}/plan.json")).unwrap();
        let snap = std::fs::read(format!("{DEMO}/snapshots/2025-02/HL.json")).unwrap();
        let files: Vec<(String, &[u8])> = (0..n)
            .map(|i| (format!("snapshots/dup/{i:06}.json"), snap.as_slice()))
            .collect();
        let ds = load_memory("dups", &plan, &files).unwrap();
        let dups: Vec<_> = ds
            .problems()
            .iter()
            .filter(|p| p.message.contains("also have a snapshot"))
            .collect();
        assert_eq!(dups.len(), n, "one error per copy");
        dups.iter().map(|p| p.message.len()).sum()
    }

    /// Doubling the copies at most about doubles the output (it was quadratic: each message
    /// named every other copy).
    #[test]
    fn duplicate_messages_grow_linearly() {
        let (small, big) = (duplicate_output(200), duplicate_output(400));
        assert!(
            big <= small * 5 / 2,
            "200 copies: {small} bytes; 400 copies: {big} bytes"
        );
    }
}
