//! Naming the other files of a duplicated snapshot (same district, same date) in its message,
//! with the list capped so that output and memory stay linear in the number of files.

/// At most this many other files are named in a duplicate's message; the rest are counted.
/// Thousands of copies of one snapshot would otherwise make each message name all the others:
/// output and memory growing with the square of the number of files.
pub const DUPLICATES_NAMED: usize = 3;

/// Up to [`DUPLICATES_NAMED`] of the names and how many more there are, where `count` is how
/// many `names` yields. Only the names shown are ever collected.
pub(super) fn name_some<'a>(names: impl Iterator<Item = &'a str>, count: usize) -> (Vec<String>, usize) {
    let shown: Vec<String> = names.take(DUPLICATES_NAMED).map(str::to_owned).collect();
    let more = count.saturating_sub(shown.len());
    (shown, more)
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
        let abc: Vec<String> = ["a", "b", "c"].map(String::from).into();
        assert_eq!(
            name_some(names[..1].iter().copied(), 1),
            (vec!["a".to_owned()], 0)
        );
        assert_eq!(name_some(names[..3].iter().copied(), 3), (abc.clone(), 0));
        assert_eq!(name_some(names.iter().copied(), 5), (abc.clone(), 2));
        assert_eq!(name_some(names.iter().copied(), 5_999), (abc, 5_996));
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
            .map(ToString::to_string)
            .filter(|m| m.contains("also have a snapshot"))
            .collect();
        assert_eq!(dups.len(), n, "one error per copy");
        dups.iter().map(String::len).sum()
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
