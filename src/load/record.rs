//! What a loaded snapshot keeps: the record the roll-ups read, compact and indexed by plan
//! position, and the outcome of loading one file (its record unless rejected, its problems).

use crate::model::{
    Applications, Date, Identity, ModelStatus, Reporter, Security, ServiceStatus, TaskStatus,
};

use super::problem::Problem;

/// A district's reported state of one task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskState {
    pub status: TaskStatus,
    /// 0..=100; 100 whenever the status is done.
    pub progress: u8,
    pub completed_on: Option<Date>,
    pub note: Option<Box<str>>,
    pub blocker: Option<Box<str>>,
}

/// A district's reported state of one model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelState {
    pub status: ModelStatus,
    pub note: Option<Box<str>>,
}

/// A district's reported state of one service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceState {
    pub status: ServiceStatus,
    pub applications: Option<Applications>,
    pub note: Option<Box<str>>,
}

/// A snapshot that passed every check. Item lists are indexed by plan position; `None` in a
/// slot means "not listed"; a list that is `None` was left out of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The file it came from, relative to the data directory.
    pub file: String,
    pub district: usize,
    pub as_of: Date,
    /// Where `as_of` stands in the file (line, column), for a warning about the date that
    /// depends on the machine's clock and so is made after loading.
    pub as_of_at: Option<(u32, u32)>,
    pub reported_by: Option<Reporter>,
    pub tasks: Option<Vec<Option<TaskState>>>,
    pub models: Option<Vec<Option<ModelState>>>,
    pub services: Option<Vec<Option<ServiceState>>>,
    pub identity: Option<Identity>,
    pub security: Option<Security>,
}

/// What loading one file produced: a record unless an error rejected it, and its problems.
#[derive(Debug, Clone)]
pub struct FileOutcome {
    pub file: String,
    pub record: Option<Record>,
    pub problems: Vec<Problem>,
}

impl FileOutcome {
    pub(crate) fn failed(problem: Problem) -> Self {
        Self {
            file: problem.file.clone(),
            record: None,
            problems: vec![problem],
        }
    }
}
