//! `p06 completions SHELL` and `p06 man`: what the shell and `man` need, generated from the
//! same clap definition as the parser, so they cannot drift from the real options.

use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, EXIT_OK};

/// The completion script for `shell`, as text.
#[must_use]
pub fn completion_script(shell: clap_complete::Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "p06", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The manual page, in roff.
pub fn man_page() -> std::io::Result<String> {
    let mut out = Vec::new();
    // Man pages title themselves in capitals (`P06(1)`), as `man man` does.
    clap_mangen::Man::new(Cli::command())
        .title("P06")
        .render(&mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

pub fn completions(shell: clap_complete::Shell) -> color_eyre::Result<ExitCode> {
    Ok(crate::cli::stdout::write(completion_script(shell))
        .map_or_else(|code| code, |()| ExitCode::from(EXIT_OK)))
}

pub fn man() -> color_eyre::Result<ExitCode> {
    Ok(crate::cli::stdout::write(man_page()?).map_or_else(|code| code, |()| ExitCode::from(EXIT_OK)))
}
