//! The README's promises, checked: its minimal snapshot is valid against the demo plan.

use p06::load::{load_plan, load_snapshot};

use crate::common::fixture;

fn readme() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("README.md: {e}"))
}

/// The fenced JSON block that follows `marker` in the README.
fn json_block_after(text: &str, marker: &str) -> String {
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("README has no {marker}"));
    let rest = &text[start..];
    let open = rest
        .find("```json\n")
        .unwrap_or_else(|| panic!("no json block after {marker}"))
        + 8;
    let close = rest[open..]
        .find("```")
        .unwrap_or_else(|| panic!("unclosed block"))
        + open;
    rest[open..close].to_owned()
}

#[test]
fn the_minimal_snapshot_in_the_readme_is_valid() {
    let plan = std::fs::read(fixture("demo/plan.json")).unwrap_or_else(|e| panic!("{e}"));
    let (cat, _) = load_plan(&plan).unwrap_or_else(|e| panic!("{e}"));
    let block = json_block_after(&readme(), "minimal-snapshot");
    let out = load_snapshot("README.md", block.as_bytes(), &cat);
    assert!(out.record.is_some(), "{:#?}", out.problems);
    // It lists only a few items, so the only problems are "not listed" warnings.
    assert!(
        out.problems.iter().all(|p| p.english().contains("is not listed")),
        "{:#?}",
        out.problems
    );
}
