//! The commands behind the command line, one file each. They load, roll up, and hand the result
//! to a consumer (`report` or the TUI); they own the exit status and what goes to stderr.

mod check;
mod console;
mod directions;
mod minutes;
mod report;
mod schema;
mod shell;
mod today;

use std::path::Path;
use std::process::ExitCode;

use crate::cli::EXIT_CANNOT_RUN;
use crate::load::{Dataset, load_dir};
use crate::present::Lang;

pub use check::check;
pub use console::{console, present};
pub use directions::directions;
pub use minutes::{MinutesArgs, minutes};
pub use report::report;
pub use schema::schema;
pub use shell::{completions, man};
pub use today::{TODAY_VAR, TodayError};

/// Loads DATA (or the bundled demo when `None`) as seen on the machine's date; on failure prints why to stderr and returns
/// the exit status to end with.
pub(crate) fn open(data: Option<&Path>, lang: Lang) -> Result<Dataset, ExitCode> {
    let today = clock(lang)?;
    let loaded = match data {
        Some(path) => load_dir(path),
        None => crate::demo::load(),
    };
    let mut ds = loaded.map_err(|e| {
        let why = crate::present::errors::cannot_load(lang, &e);
        eprintln!("p06: {}", crate::present::visible_lines(&why));
        ExitCode::from(EXIT_CANNOT_RUN)
    })?;
    ds.set_today(Some(today));
    Ok(ds)
}

/// The machine's date (or `P06_TODAY`); on failure prints why and returns the exit status.
pub(crate) fn clock(lang: Lang) -> Result<crate::model::Date, ExitCode> {
    today::today().map_err(|why| {
        eprintln!(
            "p06: {}",
            crate::present::visible(&crate::present::errors::today(lang, &why))
        );
        ExitCode::from(EXIT_CANNOT_RUN)
    })
}
