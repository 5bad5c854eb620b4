//! `p06 check`: every problem in a data directory, as text or JSON.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::CheckFormat;

pub fn check(data: &Path, format: CheckFormat, strict: bool) -> color_eyre::Result<ExitCode> {
    let _ = (data, format, strict);
    todo!()
}
