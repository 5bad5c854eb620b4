//! The `p06` binary: everything lives in the library; this only installs error reporting and
//! hands the command line over.

use std::process::ExitCode;

use clap::Parser;

fn main() -> color_eyre::Result<ExitCode> {
    p06::cli::stdout::guard();
    color_eyre::install()?;
    match p06::cli::Cli::try_parse() {
        Ok(cli) => p06::cli::run(cli),
        Err(e) => Ok(p06::cli::stdout::clap_exit(&e)),
    }
}
