//! The commands behind the command line, one file each. They load, roll up, and hand the result
//! to a consumer (`report` or the TUI); they own the exit status and what goes to stderr.

mod check;
mod console;
mod directions;
mod minutes;
mod report;
mod schema;

use std::path::Path;
use std::process::ExitCode;

use crate::cli::EXIT_CANNOT_RUN;
use crate::load::{Dataset, LoadError, load_dir};

pub use check::check;
pub use console::console;
pub use directions::directions;
pub use minutes::{MinutesArgs, minutes};
pub use report::report;
pub use schema::schema;

/// Loads DATA (or the bundled demo when `None`); on failure prints why to stderr and returns
/// the exit status to end with.
pub(crate) fn open(data: Option<&Path>) -> Result<Dataset, ExitCode> {
    let loaded = match data {
        Some(path) => load_dir(path),
        None => crate::demo::load(),
    };
    loaded.map_err(|e| {
        eprintln!("p06: {}", describe(&e));
        ExitCode::from(EXIT_CANNOT_RUN)
    })
}

fn describe(e: &LoadError) -> String {
    match e {
        LoadError::BadPlan(_) => format!("plan.json is broken, so nothing can be checked:\n{e}"),
        other => other.to_string(),
    }
}
