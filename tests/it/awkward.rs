//! The awkward files district offices really send (issue 6): each is loaded next to a good one,
//! and must yield a clear problem (or be ignored) without stopping the good one from loading.

use std::fs;
use std::path::Path;

use p06::load::{Dataset, MAX_FILE_BYTES, Severity, load_dir};

use crate::common::fixture;

const GOOD: &str = r#"{"format": "p06.snapshot/1", "district": "HL", "as_of": "2024-12-31", "tasks": [], "models": [], "services": []}"#;

/// A temp data directory with the warnings fixture's plan and one good snapshot.
fn data_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    fs::copy(fixture("warnings/plan.json"), dir.path().join("plan.json")).unwrap_or_else(|e| panic!("{e}"));
    fs::create_dir(dir.path().join("snapshots")).unwrap_or_else(|e| panic!("{e}"));
    write(dir.path(), "snapshots/good.json", GOOD.as_bytes());
    dir
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    fs::write(root.join(rel), bytes).unwrap_or_else(|e| panic!("{rel}: {e}"));
}

fn load(root: &Path) -> Dataset {
    load_dir(root).unwrap_or_else(|e| panic!("{e}"))
}

/// Loads a directory holding the good file plus `rel` = `bytes`; returns the error on `rel`.
fn error_for(rel: &str, bytes: &[u8]) -> p06::load::Problem {
    let dir = data_dir();
    write(dir.path(), rel, bytes);
    let ds = load(dir.path());
    assert!(
        ds.files()
            .iter()
            .any(|f| f.file == "snapshots/good.json" && f.record.is_some()),
        "good file lost"
    );
    let errors: Vec<_> = ds
        .problems()
        .iter()
        .filter(|p| p.file == rel && p.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{rel}: {:#?}", ds.problems());
    errors[0].clone()
}

#[test]
fn empty_and_blank_files() {
    let p = error_for("snapshots/empty.json", b"");
    assert!(p.message.contains("ends too early"), "{p}");
    let p = error_for("snapshots/blank.json", b"  \n\t\n");
    assert_eq!(p.line, Some(3), "{p}");
}

#[test]
fn encodings() {
    let utf16: Vec<u8> = "\u{feff}{}".encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(
        error_for("snapshots/utf16.json", &utf16)
            .message
            .contains("UTF-16")
    );
    let p = error_for(
        "snapshots/latin.json",
        b"{\n  \"format\": \"p06.snapshot/1\", \"district\": \"H\xe0\"}",
    );
    assert!(p.message.contains("not valid UTF-8"), "{p}");
    assert_eq!((p.line, p.column), (Some(2), Some(45)));
}

#[test]
fn bom_and_crlf_are_accepted() {
    let dir = data_dir();
    let crlf = GOOD.replace("2024-12-31", "2024-11-30").replace(", ", ",\r\n");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(crlf.as_bytes());
    write(dir.path(), "snapshots/bom-crlf.json", &bom);
    let ds = load(dir.path());
    assert!(
        ds.problems().iter().all(|p| p.severity != Severity::Error),
        "{:#?}",
        ds.problems()
    );
    assert_eq!(ds.dates().len(), 2);
}

#[test]
fn crlf_positions_count_lines_not_carriage_returns() {
    let text = "{\r\n\"format\": \"p06.snapshot/1\",\r\n\"district\": \"ZZ\",\r\n\"as_of\": \"2024-12-31\"}";
    let p = error_for("snapshots/crlf.json", text.as_bytes());
    assert_eq!(
        (p.line, p.column, p.path.as_deref()),
        (Some(3), Some(13), Some("district"))
    );
}

#[test]
fn deep_nesting_and_huge_numbers() {
    // Deep nesting in an unknown field is skipped without recursion: a note, not a crash.
    let dir = data_dir();
    let deep = GOOD.replace("2024-12-31", "2024-11-30").replace(
        "\"tasks\": []",
        &format!("\"x\": {}{}", "[".repeat(100_000), "]".repeat(100_000)),
    );
    write(dir.path(), "snapshots/deep.json", deep.as_bytes());
    let ds = load(dir.path());
    let notes: Vec<_> = ds
        .problems()
        .iter()
        .filter(|p| p.file == "snapshots/deep.json")
        .collect();
    assert!(
        notes.iter().all(|p| p.severity != Severity::Error) && !notes.is_empty(),
        "{notes:#?}"
    );
    // In a typed field, serde's recursion limit turns it into an error.
    let deep = GOOD.replace(
        "\"tasks\": []",
        &format!(
            "\"identity\": {{\"residents\": {}1{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
    );
    let p = error_for("snapshots/deep.json", deep.as_bytes());
    assert_eq!(p.path.as_deref(), Some("identity.residents"), "{p}");
    let p = error_for("snapshots/array.json", "[".repeat(100_000).as_bytes());
    assert!(p.message.contains("one JSON object"), "{p}");
    let big = GOOD.replace(
        "\"tasks\": []",
        "\"identity\": {\"residents\": 12345678901234567890123}",
    );
    let p = error_for("snapshots/big.json", big.as_bytes());
    assert_eq!(p.path.as_deref(), Some("identity.residents"), "{p}");
}

#[test]
fn a_sparse_gigabyte_is_rejected_unread() {
    let dir = data_dir();
    let f = fs::File::create(dir.path().join("snapshots/huge.json")).unwrap_or_else(|e| panic!("{e}"));
    f.set_len(1 << 30).unwrap_or_else(|e| panic!("{e}"));
    let ds = load(dir.path());
    let p = ds
        .problems()
        .iter()
        .find(|p| p.file == "snapshots/huge.json")
        .unwrap_or_else(|| panic!("no problem"));
    assert!(p.message.contains("at most 16 MiB"), "{p}");
    assert_eq!(MAX_FILE_BYTES, 16 << 20);
}

#[test]
fn a_folder_named_like_a_file_is_walked_and_warned_about() {
    let dir = data_dir();
    fs::create_dir(dir.path().join("snapshots/x.json")).unwrap_or_else(|e| panic!("{e}"));
    write(
        dir.path(),
        "snapshots/x.json/inner.json",
        GOOD.replace("2024-12-31", "2024-11-30").as_bytes(),
    );
    let ds = load(dir.path());
    assert!(
        ds.problems().iter().all(|p| p.severity != Severity::Error),
        "{:#?}",
        ds.problems()
    );
    // The README promises a problem for it (issue 9): a warning, since its files are read.
    let p = ds
        .problems()
        .iter()
        .find(|p| p.file == "snapshots/x.json")
        .unwrap_or_else(|| panic!("{:#?}", ds.problems()));
    assert_eq!(p.severity, Severity::Warning, "{p}");
    assert!(p.message.contains("is a folder"), "{p}");
    assert!(
        ds.files()
            .iter()
            .any(|f| f.file == "snapshots/x.json/inner.json" && f.record.is_some())
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_symlink_loops() {
    let dir = data_dir();
    // As root (CI) permissions do not bind, so use a file the kernel refuses to read.
    std::os::unix::fs::symlink("/proc/self/mem", dir.path().join("snapshots/locked.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("..", dir.path().join("snapshots/loop")).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink("nowhere.json", dir.path().join("snapshots/dangling.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let ds = load(dir.path());
    let about = |rel: &str| {
        ds.problems()
            .iter()
            .find(|p| p.file == rel)
            .map(|p| (p.severity, p.message.clone()))
    };
    let (sev, msg) = about("snapshots/locked.json").unwrap_or_else(|| panic!("{:#?}", ds.problems()));
    assert_eq!(sev, Severity::Error, "{msg}");
    assert!(msg.starts_with("cannot be read"), "{msg}");
    let (sev, msg) = about("snapshots/loop").unwrap_or_else(|| panic!("{:#?}", ds.problems()));
    assert_eq!(sev, Severity::Warning, "{msg}");
    assert!(about("snapshots/dangling.json").is_some(), "{:#?}", ds.problems());
    assert!(
        ds.files()
            .iter()
            .any(|f| f.file == "snapshots/good.json" && f.record.is_some())
    );
}

#[test]
fn a_file_cut_off_mid_write_is_an_error_not_a_hang() {
    let cut = &GOOD.as_bytes()[..GOOD.len() / 2];
    assert!(
        error_for("snapshots/cut.json", cut)
            .message
            .contains("ends too early")
    );
}

#[test]
fn the_year_9999_is_a_date_like_any_other() {
    let dir = data_dir();
    write(
        dir.path(),
        "snapshots/far.json",
        GOOD.replace("2024-12-31", "9999-12-31")
            .replace("HL", "CP")
            .as_bytes(),
    );
    let ds = load(dir.path());
    assert_eq!(ds.latest().map(|d| d.to_string()).as_deref(), Some("9999-12-31"));
    assert!(
        ds.problems_at(ds.latest())
            .iter()
            .any(|p| p.message.contains("is stale"))
    );
}

#[test]
fn no_snapshots_and_no_directory() {
    let dir = data_dir();
    fs::remove_dir_all(dir.path().join("snapshots")).unwrap_or_else(|e| panic!("{e}"));
    let ds = load(dir.path());
    assert!(ds.files().is_empty() && ds.latest().is_none());
    let gone = dir.path().join("nope");
    assert!(matches!(load_dir(&gone), Err(p06::load::LoadError::NoDataDir(_))));
}
