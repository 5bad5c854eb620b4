//! The data digest of a meeting (spec section 8): which data was reviewed, so anyone can say
//! later exactly what the chair saw. SHA-256 of one `PATH<TAB>SHA256-OF-FILE<LF>` line for
//! `plan.json` and every snapshot file read, paths relative to DATA, sorted by byte order.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::load::{Dataset, PLAN_FILE};
use crate::model::DataDigest;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// The digest of `(path, content)` pairs, in any order.
#[must_use]
pub fn digest_of<P: AsRef<str>, B: AsRef<[u8]>>(files: &[(P, B)]) -> DataDigest {
    let mut lines: Vec<(&str, String)> = files
        .iter()
        .map(|(p, b)| (p.as_ref(), hex(&Sha256::digest(b.as_ref()))))
        .collect();
    lines.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let mut whole = Sha256::new();
    for (path, sum) in &lines {
        whole.update(path.as_bytes());
        whole.update(b"\t");
        whole.update(sum.as_bytes());
        whole.update(b"\n");
    }
    DataDigest {
        files: lines.len() as u64,
        sha256: hex(&whole.finalize()),
    }
}

/// The digest of the data directory `data` as `ds` read it: its plan and every snapshot file.
pub fn data_digest(data: &Path, ds: &Dataset) -> std::io::Result<DataDigest> {
    let mut files = vec![(PLAN_FILE.to_owned(), std::fs::read(data.join(PLAN_FILE))?)];
    for f in ds.files() {
        files.push((f.file.clone(), std::fs::read(data.join(&f.file))?));
    }
    Ok(digest_of(&files))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_is_over_sorted_lines_of_path_tab_sum() {
        // sha256("") and sha256("a"), well known.
        let e = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        let a = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb";
        let got = digest_of(&[("snapshots/b.json", "a"), ("plan.json", "")]);
        let text = format!("plan.json\t{e}\nsnapshots/b.json\t{a}\n");
        assert_eq!(got.files, 2);
        assert_eq!(got.sha256, hex(&Sha256::digest(text.as_bytes())));
        // Order of the input does not matter; content does.
        assert_eq!(digest_of(&[("plan.json", ""), ("snapshots/b.json", "a")]), got);
        assert_ne!(digest_of(&[("plan.json", ""), ("snapshots/b.json", "b")]), got);
    }
}
