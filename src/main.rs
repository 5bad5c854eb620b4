//! The `p06` binary: everything lives in the library; this only installs error reporting and
//! hands the command line over.

use std::process::ExitCode;

use clap::Parser;

fn main() -> color_eyre::Result<ExitCode> {
    color_eyre::install()?;
    p06::cli::run(p06::cli::Cli::parse())
}
