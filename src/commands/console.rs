//! `p06 [DATA]`: the interactive review console.

use std::process::ExitCode;

use crate::cli::TuiArgs;

pub fn console(args: &TuiArgs) -> color_eyre::Result<ExitCode> {
    let _ = args;
    todo!()
}
