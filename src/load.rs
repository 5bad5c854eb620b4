//! Reading a data directory (spec sections 1-4): the plan, every snapshot, and every problem
//! with its file, line, column and JSON path. One bad snapshot never stops the others; a bad
//! plan is fatal.
//!
//! Loading is split in two so live reload can redo one file: [`load_snapshot`] turns one file
//! into a [`FileOutcome`], and [`Dataset::assemble`] applies the cross-file rules (duplicate
//! district and date) and indexes the records by district and date.

mod catalogue;
mod dates;
mod duplicates;
mod edit;
mod locate;
pub(crate) mod parse;
pub mod problem;
mod record;
mod snapshot;
mod walk;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::model::{Date, Nfc, Plan};

pub use catalogue::Catalogue;
pub use duplicates::DUPLICATES_NAMED;
use duplicates::name_some;
#[cfg(test)]
pub use edit::indexed_here;
pub use problem::{DateKind, Expected, IoReason, JsonPath, Msg, Problem, Severity, Tally, Vocab};
pub use record::{FileOutcome, ModelState, Record, ServiceState, TaskState};
pub use snapshot::{MAX_COUNT, load_snapshot};
pub use walk::MAX_FILE_BYTES;

/// A district whose effective snapshot is more than this many days older than the review date
/// is stale (spec section 5.1).
pub const STALE_AFTER_DAYS: i64 = 35;

/// The plan's file name inside a data directory.
pub const PLAN_FILE: &str = "plan.json";

/// Why a data directory cannot be used at all.
#[derive(Debug)]
pub enum LoadError {
    /// The data directory does not exist or is not a folder.
    NoDataDir(PathBuf),
    /// `plan.json` is missing or unreadable.
    NoPlan(PathBuf, Msg),
    /// `plan.json` is broken; every problem found in it.
    BadPlan(Vec<Problem>),
}

/// In English; `crate::present::errors::load` words it in any language.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::present::errors::load(crate::present::Lang::En, self))
    }
}

impl std::error::Error for LoadError {}

/// Parses and checks a plan. Notes (unknown fields) come back with the catalogue.
pub fn load_plan(bytes: &[u8]) -> Result<(Catalogue, Vec<Problem>), LoadError> {
    let bad = |p: Problem| LoadError::BadPlan(vec![p]);
    let text = parse::text_of(PLAN_FILE, bytes).map_err(bad)?;
    let (mut plan, unknown) = parse::parse::<Plan>(PLAN_FILE, text).map_err(bad)?;
    plan.nfc();
    let (catalogue, mut issues) = Catalogue::build(plan);
    issues.extend(unknown.into_iter().map(parse::unknown_field_note));
    let problems = parse::place(PLAN_FILE, text, issues);
    match catalogue {
        Some(c) => Ok((c, problems)),
        None => Err(LoadError::BadPlan(problems)),
    }
}

/// The loaded data: the plan, every file's outcome, and the accepted records indexed by district.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub catalogue: Catalogue,
    /// Where the data came from, for headers and reports.
    pub source: String,
    plan_problems: Vec<Problem>,
    walk_problems: Vec<Problem>,
    /// Every snapshot file read, sorted by path.
    files: Vec<FileOutcome>,
    /// Per district: indices into `files` of its accepted records, by ascending `as_of`.
    timelines: Vec<Vec<usize>>,
    /// Every distinct `as_of` among accepted records, ascending.
    dates: Vec<Date>,
    /// All problems, sorted for display (stale warnings excluded: they depend on the review date).
    problems: Vec<Problem>,
    /// The machine's date, set by the command layer ([`Self::set_today`]); `None` (the default
    /// for a freshly loaded set) puts no date in the future. See `dates.rs`.
    today: Option<Date>,
    /// How many times this data set (and those it was cloned or changed from) was indexed.
    reindexes: u64,
}

/// Loads a data directory from disk, reading snapshots on all cores.
pub fn load_dir(data: &Path) -> Result<Dataset, LoadError> {
    load_dir_with_progress(data, &LoadProgress::default())
}

/// How far a snapshot load has got, for a progress indicator on another thread: `total` is
/// set once the walk has found the files, `done` counts the files read and checked since.
#[derive(Debug, Default)]
pub struct LoadProgress {
    pub total: AtomicUsize,
    pub done: AtomicUsize,
}

/// [`load_dir`], counting its progress in `progress`.
pub fn load_dir_with_progress(data: &Path, progress: &LoadProgress) -> Result<Dataset, LoadError> {
    let (catalogue, plan_problems) = open_plan(data)?;
    Ok(load_snapshots(data, catalogue, plan_problems, progress))
}

/// The first, cheap half of [`load_dir`]: the data directory must exist and its plan load.
/// Its errors are the only fatal ones, so the console checks them before the terminal starts.
pub fn open_plan(data: &Path) -> Result<(Catalogue, Vec<Problem>), LoadError> {
    if !data.is_dir() {
        return Err(LoadError::NoDataDir(data.to_owned()));
    }
    let plan_path = data.join(PLAN_FILE);
    let plan_bytes = walk::read_limited(PLAN_FILE, &plan_path)
        .map_err(|p| LoadError::NoPlan(plan_path.clone(), *p.kind))?;
    load_plan(&plan_bytes)
}

/// The second half of [`load_dir`], after [`open_plan`]: every snapshot file, read and checked
/// in parallel. Problems here are per file, never fatal.
pub fn load_snapshots(
    data: &Path,
    catalogue: Catalogue,
    plan_problems: Vec<Problem>,
    progress: &LoadProgress,
) -> Dataset {
    let (found, walk_problems) = walk::find_snapshots(data);
    progress.total.store(found.len(), Ordering::Relaxed);
    let files = found
        .par_iter()
        .map(|f| {
            let outcome = match walk::read_limited(&f.rel, &f.abs) {
                Ok(bytes) => load_snapshot(&f.rel, &bytes, &catalogue),
                Err(p) => FileOutcome::failed(p),
            };
            // One uncontended-enough atomic add per ~20 KB file: lost in the parse.
            progress.done.fetch_add(1, Ordering::Relaxed);
            outcome
        })
        .collect();
    Dataset::assemble(
        catalogue,
        data.display().to_string(),
        plan_problems,
        walk_problems,
        files,
    )
}

/// Reads one snapshot file again, at `abs`, known as `rel` (relative to DATA, as people see
/// it), against `catalogue`: what live reload puts in place with [`Dataset::change_files`].
/// The file is opened by its real path, never by `rel`, which is a lossy copy of a name
/// that is not UTF-8. Unreadable or too large, it is a failed outcome like any other.
#[must_use]
pub fn load_file(abs: &Path, rel: &str, catalogue: &Catalogue) -> FileOutcome {
    match walk::read_limited(rel, abs) {
        Ok(bytes) => load_snapshot(rel, &bytes, catalogue),
        Err(p) => FileOutcome::failed(p),
    }
}

/// The bytes of `data`'s plan.json, read the way every data file is (never blocking, regular
/// files only, size-limited); `None` when it cannot be read. For live reload's "did the plan
/// change" comparison.
#[must_use]
pub fn plan_bytes(data: &Path) -> Option<Vec<u8>> {
    walk::plan_bytes(data)
}

/// Loads a data set held in memory (the bundled demo): the plan's bytes and `(path, bytes)` of
/// each snapshot, paths relative to the data directory.
pub fn load_memory(source: &str, plan: &[u8], snapshots: &[(String, &[u8])]) -> Result<Dataset, LoadError> {
    let (catalogue, plan_problems) = load_plan(plan)?;
    let files = snapshots
        .par_iter()
        .map(|(rel, bytes)| load_snapshot(rel, bytes, &catalogue))
        .collect();
    Ok(Dataset::assemble(
        catalogue,
        source.to_owned(),
        plan_problems,
        Vec::new(),
        files,
    ))
}

impl Dataset {
    /// Applies the cross-file rules to loaded files and indexes the accepted records.
    #[must_use]
    pub fn assemble(
        catalogue: Catalogue,
        source: String,
        plan_problems: Vec<Problem>,
        walk_problems: Vec<Problem>,
        mut files: Vec<FileOutcome>,
    ) -> Self {
        files.sort_by(|a, b| a.file.cmp(&b.file));
        let mut ds = Self {
            catalogue,
            source,
            plan_problems,
            walk_problems,
            files,
            timelines: Vec::new(),
            dates: Vec::new(),
            problems: Vec::new(),
            today: None,
            reindexes: 0,
        };
        ds.index();
        ds
    }

    /// Rebuilds the indices and the problem list after `files` changed.
    fn index(&mut self) {
        self.reindexes += 1;
        #[cfg(test)]
        edit::INDEXED_HERE.with(|n| n.set(n.get() + 1));
        // Sorting (district, as_of, file index) groups each key's files in one run, in path
        // order, with no per-key allocation: this runs on every live reload, over every file.
        let mut keyed: Vec<(usize, Date, usize)> = self
            .files
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.record.as_ref().map(|r| (r.district, r.as_of, i)))
            .collect();
        keyed.sort_unstable();
        let mut timelines = vec![Vec::new(); self.catalogue.district_count()];
        let mut dates = Vec::new();
        let mut duplicate_problems = Vec::new();
        for run in keyed.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let (district, as_of) = (run[0].0, run[0].1);
            if let [(_, _, only)] = run {
                // Runs come by ascending date, so each timeline is already in order.
                timelines[district].push(*only);
                dates.push(as_of);
                continue;
            }
            let code = &self.catalogue.plan.districts[district].code;
            for &(_, _, i) in run {
                let others = run
                    .iter()
                    .filter(|&&(_, _, j)| j != i)
                    .map(|&(_, _, j)| self.files[j].file.as_str());
                let (others, more) = name_some(others, run.len() - 1);
                duplicate_problems.push(Problem::whole_file(
                    Severity::Error,
                    &self.files[i].file,
                    Msg::Duplicate {
                        others,
                        more,
                        code: code.clone(),
                        as_of,
                        copies: run.len(),
                    },
                ));
            }
        }
        dates.sort_unstable();
        dates.dedup();
        let mut problems: Vec<Problem> = self
            .plan_problems
            .iter()
            .chain(&self.walk_problems)
            .chain(self.files.iter().flat_map(|f| &f.problems))
            .cloned()
            .chain(duplicate_problems)
            .collect();
        problems.sort_by(Problem::order);
        self.timelines = timelines;
        self.dates = dates;
        self.problems = problems;
    }

    /// Every snapshot file read, with its outcome, sorted by path.
    #[must_use]
    pub fn files(&self) -> &[FileOutcome] {
        &self.files
    }

    /// Number of files read, the plan included.
    #[must_use]
    pub fn file_count(&self) -> usize {
        self.files.len() + 1
    }

    /// Load problems, sorted by file and line (stale warnings not included; see [`Self::stale_problems`]).
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Every distinct snapshot date, ascending.
    #[must_use]
    pub fn dates(&self) -> &[Date] {
        &self.dates
    }

    /// A district's accepted records, oldest first.
    pub fn timeline(&self, district: usize) -> impl DoubleEndedIterator<Item = &Record> + '_ {
        self.timelines[district]
            .iter()
            .filter_map(|&i| self.files[i].record.as_ref())
    }

    /// The district's effective snapshot at `r`: the one with the greatest `as_of` <= `r`.
    #[must_use]
    pub fn effective(&self, district: usize, r: Date) -> Option<&Record> {
        let t = &self.timelines[district];
        let n = t.partition_point(|&i| self.files[i].record.as_ref().is_some_and(|rec| rec.as_of <= r));
        n.checked_sub(1).and_then(|k| self.files[t[k]].record.as_ref())
    }
}
