//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

/// A path under the repository's `fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

/// The `p06` binary built for these tests.
pub fn p06() -> assert_cmd::Command {
    assert_cmd::Command::new(env!("CARGO_BIN_EXE_p06"))
}

/// Every `.json` file under `dir`, recursively, hidden files and folders left out as the loader
/// leaves them out; sorted.
pub fn json_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            out.extend(json_files(&path));
        } else if name.ends_with(".json") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A copy of a fixture directory in a fresh temporary directory, at `<tmp>/data`.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
        for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            let target = to.join(path.file_name().unwrap_or_default());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            }
        }
    }
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    copy(&fixture(name), &tmp.path().join("data"));
    tmp
}
