//! `write_atomic` against every path trick. Each case builds DATA (a protected folder with one
//! file, `DATA/snap.json`) beside an ordinary folder `out/`, tries a write, and checks both the
//! answer and that DATA is byte for byte as it was, with nothing added.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use super::{WriteError, inside, write_atomic};

const SNAP: &[u8] = b"{\"original\": true}";

struct Setup {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    data: PathBuf,
    out: PathBuf,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let data = root.join("DATA");
    let out = root.join("out");
    fs::create_dir_all(data.join("snapshots")).unwrap();
    fs::create_dir(&out).unwrap();
    fs::write(data.join("snap.json"), SNAP).unwrap();
    Setup {
        _tmp: tmp,
        root,
        data,
        out,
    }
}

/// Every name under DATA, with its bytes.
fn listing(dir: &Path) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    let mut all: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| {
            let e = e.unwrap();
            let bytes = e.file_type().is_file().then(|| fs::read(e.path()).unwrap());
            (e.path().to_path_buf(), bytes)
        })
        .collect();
    all.sort();
    all
}

/// Writes to `target` and returns the answer, asserting DATA did not change.
fn attempt(s: &Setup, target: &Path) -> Result<(), WriteError> {
    let before = listing(&s.data);
    let result = write_atomic(target, b"report", &[&s.data]);
    assert_eq!(
        listing(&s.data),
        before,
        "DATA changed writing {}",
        target.display()
    );
    result
}

fn assert_protected(s: &Setup, target: &Path) {
    match attempt(s, target) {
        Err(WriteError::Protected { .. }) => {}
        other => panic!("{}: {other:?}", target.display()),
    }
}

#[test]
fn a_plain_write_creates_and_then_replaces() {
    let s = setup();
    let target = s.out.join("r.txt");
    attempt(&s, &target).unwrap();
    assert_eq!(fs::read(&target).unwrap(), b"report");
    let ino = fs::metadata(&target).unwrap().ino();
    write_atomic(&target, b"second", &[&s.data]).unwrap();
    assert_eq!(fs::read(&target).unwrap(), b"second");
    // Renamed over, never written into: a new inode.
    assert_ne!(fs::metadata(&target).unwrap().ino(), ino);
    // No temporary file left behind.
    assert_eq!(fs::read_dir(&s.out).unwrap().count(), 1);
}

#[test]
fn a_relative_target_lands_in_the_current_folder_s_terms() {
    let s = setup();
    let rel = s.out.join("sub/../r.txt");
    fs::create_dir(s.out.join("sub")).unwrap();
    attempt(&s, &rel).unwrap();
    assert_eq!(fs::read(s.out.join("r.txt")).unwrap(), b"report");
}

#[test]
fn the_new_file_has_a_new_file_s_mode() {
    let s = setup();
    let target = s.out.join("r.txt");
    attempt(&s, &target).unwrap();
    let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    // 0666 less the umask: readable by the owner, never executable, never more than 0666.
    assert_eq!(mode & 0o600, 0o600, "{mode:o}");
    assert_eq!(mode & !0o666, 0, "{mode:o}");
}

#[test]
fn inside_data_in_every_spelling_is_refused() {
    let s = setup();
    assert_protected(&s, &s.data.join("new.json"));
    assert_protected(&s, &s.data.join("snap.json"));
    assert_protected(&s, &s.data.join("snapshots/new.json"));
    assert_protected(&s, &s.out.join("../DATA/new.json"));
    assert_protected(&s, &s.data.join("snapshots/../snap.json"));
}

#[test]
fn data_itself_is_refused() {
    let s = setup();
    assert_protected(&s, &s.data);
    assert_protected(&s, &s.data.join("snapshots/.."));
    assert_protected(&s, &s.out.join("../DATA"));
}

#[test]
fn a_symlinked_folder_into_data_is_refused() {
    let s = setup();
    symlink(&s.data, s.out.join("d")).unwrap();
    assert_protected(&s, &s.out.join("d/new.json"));
    assert_protected(&s, &s.out.join("d/snap.json"));
    // A relative link, reached through `..`.
    symlink("../DATA/snapshots", s.out.join("rel")).unwrap();
    assert_protected(&s, &s.out.join("rel/x.json"));
    assert_protected(&s, &s.out.join("d/snapshots/../../out/../DATA/x.json"));
}

#[test]
fn a_dangling_link_into_data_is_refused() {
    let s = setup();
    // Before: the old `fs::write` followed it and created DATA/new.json.
    symlink(s.data.join("new.json"), s.out.join("r.txt")).unwrap();
    assert_protected(&s, &s.out.join("r.txt"));
    symlink("../DATA/snapshots/also-new.json", s.out.join("rel.txt")).unwrap();
    assert_protected(&s, &s.out.join("rel.txt"));
}

#[test]
fn a_link_to_a_file_in_data_is_refused() {
    let s = setup();
    symlink(s.data.join("snap.json"), s.out.join("r.txt")).unwrap();
    assert_protected(&s, &s.out.join("r.txt"));
}

#[test]
fn a_chain_of_links_into_data_is_refused() {
    let s = setup();
    symlink(s.data.join("chain-end.json"), s.out.join("c3")).unwrap();
    symlink("c3", s.out.join("c2")).unwrap();
    symlink(s.out.join("c2"), s.out.join("c1")).unwrap();
    assert_protected(&s, &s.out.join("c1"));
}

#[test]
fn a_chain_of_links_elsewhere_is_followed_to_its_file() {
    let s = setup();
    fs::create_dir(s.root.join("elsewhere")).unwrap();
    symlink(s.root.join("elsewhere/final.txt"), s.out.join("c2")).unwrap();
    symlink("c2", s.out.join("c1")).unwrap();
    attempt(&s, &s.out.join("c1")).unwrap();
    assert_eq!(fs::read(s.root.join("elsewhere/final.txt")).unwrap(), b"report");
    // The links are still links.
    assert!(
        fs::symlink_metadata(s.out.join("c1"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_loop_of_links_is_refused() {
    let s = setup();
    symlink("b", s.out.join("a")).unwrap();
    symlink("a", s.out.join("b")).unwrap();
    match attempt(&s, &s.out.join("a")) {
        Err(WriteError::TooManyLinks { .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_hard_link_to_a_file_in_data_is_refused() {
    let s = setup();
    // Before: the old `fs::write` wrote into the shared inode, overwriting DATA/snap.json.
    fs::hard_link(s.data.join("snap.json"), s.out.join("r.txt")).unwrap();
    match attempt(&s, &s.out.join("r.txt")) {
        Err(WriteError::HardLink { .. }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read(s.out.join("r.txt")).unwrap(), SNAP);
    assert!(inside(&s.data, &s.out.join("r.txt")));
}

#[test]
fn a_hard_link_elsewhere_is_replaced_not_written_into() {
    let s = setup();
    fs::write(s.root.join("other.txt"), b"other").unwrap();
    fs::hard_link(s.root.join("other.txt"), s.out.join("r.txt")).unwrap();
    attempt(&s, &s.out.join("r.txt")).unwrap();
    assert_eq!(fs::read(s.out.join("r.txt")).unwrap(), b"report");
    assert_eq!(fs::read(s.root.join("other.txt")).unwrap(), b"other");
}

#[test]
fn a_folder_and_a_missing_folder_are_refused() {
    let s = setup();
    match attempt(&s, &s.out) {
        Err(WriteError::IsFolder { .. }) => {}
        other => panic!("{other:?}"),
    }
    match attempt(&s, &s.out.join("missing/r.txt")) {
        Err(WriteError::NoFolder { .. }) => {}
        other => panic!("{other:?}"),
    }
    fs::write(s.out.join("file"), b"").unwrap();
    match attempt(&s, &s.out.join("file/r.txt")) {
        Err(WriteError::NoFolder { .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_refused_write_creates_nothing() {
    let s = setup();
    let target = s.out.join("r.txt");
    fs::create_dir(&target).unwrap();
    fs::write(target.join("keep"), b"").unwrap();
    assert!(attempt(&s, &target).is_err());
    assert_eq!(fs::read_dir(&s.out).unwrap().count(), 1);
}

#[test]
fn inside_follows_links_and_dots() {
    let s = setup();
    symlink(&s.data, s.out.join("d")).unwrap();
    assert!(inside(&s.data, &s.out.join("d/x.json")));
    assert!(inside(&s.data, &s.out.join("../DATA/x.json")));
    assert!(!inside(&s.data, &s.out.join("x.json")));
}

#[test]
fn a_file_or_folder_that_a_link_in_data_points_at_is_refused() {
    let s = setup();
    // DATA holds links to a snapshot and a folder kept elsewhere; both are part of the data.
    fs::create_dir(s.root.join("archive")).unwrap();
    fs::write(s.root.join("linked.json"), SNAP).unwrap();
    symlink(s.root.join("linked.json"), s.data.join("snapshots/linked.json")).unwrap();
    symlink(s.root.join("archive"), s.data.join("snapshots/archive")).unwrap();
    assert_protected(&s, &s.root.join("linked.json"));
    assert_eq!(fs::read(s.root.join("linked.json")).unwrap(), SNAP);
    assert_protected(&s, &s.root.join("archive/new.json"));
    assert!(!s.root.join("archive/new.json").exists());
    // Its neighbours are not.
    attempt(&s, &s.root.join("r.txt")).unwrap();
}
