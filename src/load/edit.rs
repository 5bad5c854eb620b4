//! Changing a data set's files in place, as live reload does: any number of files put and
//! removed, then one re-index. A burst of thousands of files landing in DATA used to re-index
//! the whole data set once per file.

use super::{Dataset, FileOutcome};

#[cfg(test)]
thread_local! {
    /// Re-indexes done on this thread: the console's tests check that the UI thread does none.
    pub(super) static INDEXED_HERE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Re-indexes done on the calling thread so far (tests only).
#[cfg(test)]
#[must_use]
pub fn indexed_here() -> u64 {
    INDEXED_HERE.with(std::cell::Cell::get)
}

impl Dataset {
    /// Replaces (or adds) one file's outcome.
    pub fn put_file(&mut self, outcome: FileOutcome) {
        self.change_files(vec![outcome], &[]);
    }

    /// Forgets one file. Returns whether it was known.
    pub fn remove_file(&mut self, file: &str) -> bool {
        let known = self.file(file).is_some();
        if known {
            self.change_files(Vec::new(), &[file.to_owned()]);
        }
        known
    }

    /// Removes `gone` (files, or folders with everything under them, relative to DATA), then
    /// puts `puts` (replacing files of the same path; of two puts for one path the later
    /// wins), and re-indexes once. Linear in the files, whatever the number of changes.
    pub fn change_files(&mut self, mut puts: Vec<FileOutcome>, gone: &[String]) {
        if !gone.is_empty() {
            let mut doomed = vec![false; self.files.len()];
            for rel in gone {
                for i in self.under(rel).into_iter().flatten() {
                    doomed[i] = true;
                }
            }
            let mut i = 0;
            self.files.retain(|_| {
                i += 1;
                !doomed[i - 1]
            });
        }
        if !puts.is_empty() {
            // Stable, so the later of two puts for one path comes last and is kept.
            puts.sort_by(|a, b| a.file.cmp(&b.file));
            let mut kept: Vec<FileOutcome> = Vec::with_capacity(puts.len());
            for p in puts {
                match kept.last_mut() {
                    Some(last) if last.file == p.file => *last = p,
                    _ => kept.push(p),
                }
            }
            let old = std::mem::take(&mut self.files);
            self.files = merge(old, kept);
        }
        self.index();
    }

    /// The file at `file`, if known.
    #[must_use]
    pub fn file(&self, file: &str) -> Option<&FileOutcome> {
        let i = self.files.binary_search_by(|f| f.file.as_str().cmp(file)).ok()?;
        self.files.get(i)
    }

    /// The file `rel` and every file under the folder `rel` (paths relative to DATA), found by
    /// binary search: what removing `rel` removes.
    pub fn files_at(&self, rel: &str) -> impl Iterator<Item = &FileOutcome> + '_ {
        self.under(rel).into_iter().flatten().map(|i| &self.files[i])
    }

    /// Indices of the file `rel`, and of every file under the folder `rel`: each a run of the
    /// sorted list, found by binary search. (`rel/...` need not follow `rel` itself:
    /// `rel.json` and `rel-x` sort between them.)
    fn under(&self, rel: &str) -> [std::ops::Range<usize>; 2] {
        let files = &self.files;
        let exact = files.partition_point(|f| f.file.as_str() < rel);
        let exact_end = exact + usize::from(files.get(exact).is_some_and(|f| f.file == rel));
        let folder = format!("{rel}/");
        let start = files.partition_point(|f| f.file.as_str() < folder.as_str());
        let end = start + files[start..].partition_point(|f| f.file.starts_with(&folder));
        [exact..exact_end, start..end]
    }

    /// How many times this data set was indexed, counting those it was cloned and changed
    /// from: a measure of the work live reload does, for tests and benches.
    #[must_use]
    pub fn reindexes(&self) -> u64 {
        self.reindexes
    }
}

/// Merges two lists sorted by path; on equal paths the one from `new` replaces the old.
fn merge(old: Vec<FileOutcome>, new: Vec<FileOutcome>) -> Vec<FileOutcome> {
    let mut out = Vec::with_capacity(old.len() + new.len());
    let mut old = old.into_iter().peekable();
    for n in new {
        while let Some(o) = old.next_if(|o| o.file < n.file) {
            out.push(o);
        }
        old.next_if(|o| o.file == n.file);
        out.push(n);
    }
    out.extend(old);
    out
}
