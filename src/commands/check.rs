//! `p06 check`: every problem in a data directory, as text or JSON, and the exit status that
//! lets a script or CI job act on it.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::cli::{CheckFormat, EXIT_OK, EXIT_PROBLEMS};
use crate::load::{Problem, Tally};
use crate::present::num::plural;

/// The JSON form: the problems of spec section 6, then a summary (an addition to the spec).
#[derive(Serialize)]
struct CheckJson<'a> {
    problems: &'a [Problem],
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    #[serde(flatten)]
    tally: Tally,
    files: usize,
}

pub fn check(data: &Path, format: CheckFormat, strict: bool) -> color_eyre::Result<ExitCode> {
    let ds = match super::open(Some(data)) {
        Ok(ds) => ds,
        Err(code) => return Ok(code),
    };
    // Stale warnings are judged at the latest date, the date a report defaults to.
    let problems = ds.problems_at(ds.latest());
    let tally = Tally::of(&problems);
    let files = ds.file_count();
    let out = match format {
        CheckFormat::Text => {
            let mut text: String = problems.iter().map(|p| format!("{p}\n")).collect();
            text.push_str(&format!("{} in {}\n", tally.summary(), plural(files, "file")));
            text
        }
        CheckFormat::Json => {
            let json = CheckJson {
                problems: &problems,
                summary: Summary { tally, files },
            };
            crate::present::escape::json::to_string_pretty(&json)? + "\n"
        }
    };
    if let Err(code) = crate::cli::stdout::write(&out) {
        return Ok(code);
    }
    let failed = tally.errors > 0 || (strict && tally.warnings > 0);
    Ok(ExitCode::from(if failed { EXIT_PROBLEMS } else { EXIT_OK }))
}
