//! The command line: `p06 [DATA]` opens the review console; `check`, `report` and `schema` are
//! the non-interactive commands. Parsing is clap's; each command lives in `commands/`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::Date;
use crate::present::Lang;

pub mod help;
pub mod stdout;

/// Exit status: success, or `check` found no errors.
pub const EXIT_OK: u8 = 0;
/// Exit status: `check` found errors (or warnings under `--strict`).
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit status: p06 could not run (bad usage, missing data directory, broken plan).
pub const EXIT_CANNOT_RUN: u8 = 2;

/// Review the progress of Project 06 (population data, electronic identification and digital
/// transformation) across a province's districts.
///
/// With no command, opens the review console on DATA (a data directory holding plan.json and
/// snapshots/), or on the bundled demo data when DATA is left out.
#[derive(Debug, Parser)]
#[command(
    name = "p06",
    version,
    args_conflicts_with_subcommands = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub tui: TuiArgs,

    /// Interface language (vi or en); default: from LC_ALL, LC_MESSAGES or LANG (a vi locale
    /// is Vietnamese, anything else English).
    #[arg(long, value_enum, global = true, value_name = "LANG")]
    pub lang: Option<Lang>,
}

/// Options of the review console.
#[derive(Debug, Clone, clap::Args)]
pub struct TuiArgs {
    /// Data directory (plan.json and snapshots/); the bundled demo when left out.
    pub data: Option<PathBuf>,

    /// Review date R (YYYY-MM-DD); default: the latest snapshot date.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,

    /// Comparison date C (YYYY-MM-DD); default: the snapshot date before R.
    #[arg(long, value_name = "DATE")]
    pub since: Option<Date>,

    /// Use colour: auto honours NO_COLOR and TERM=dumb.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Draw with ASCII only, for old consoles.
    #[arg(long)]
    pub ascii: bool,

    /// Do not watch DATA for changes.
    #[arg(long)]
    pub no_watch: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a data directory: list every error, warning and note with file:line:column.
    ///
    /// Exits 0 when there are no errors, 1 when there are (or warnings, with --strict),
    /// 2 when it cannot run at all (no such directory, broken plan.json).
    Check {
        /// Data directory (plan.json and snapshots/).
        data: PathBuf,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Print the province's figures at a review date, with changes since a comparison date.
    Report {
        /// Data directory (plan.json and snapshots/).
        data: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Review date R (YYYY-MM-DD); default: the latest snapshot date.
        #[arg(long, value_name = "DATE")]
        as_of: Option<Date>,
        /// Comparison date C (YYYY-MM-DD), before R; default: no comparison.
        #[arg(long, value_name = "DATE")]
        since: Option<Date>,
        /// Write to FILE instead of standard output (`-` is standard output). Never into DATA.
        /// xlsx: required unless standard output is a pipe or a file.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// csv: start with a UTF-8 byte-order mark, so that spreadsheets importing the file read
        /// its Vietnamese correctly.
        #[arg(long)]
        bom: bool,
    },
    /// Open the review console in presentation mode: slides for the meeting's shared screen.
    ///
    /// One slide at a time, big and plain, for the screen shared with the district meeting
    /// rooms. `Esc` shows the console, `p` the slides again.
    Present {
        #[command(flatten)]
        tui: TuiArgs,
        /// Advance to the next slide every SECS seconds, looping after the last (a screen in
        /// the lobby). Keys still work.
        #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=86_400))]
        interval: Option<u64>,
    },
    /// Print the JSON Schema (draft 2020-12) of a file kind, for editors.
    Schema {
        #[arg(value_enum)]
        kind: SchemaKind,
    },
    /// Print a shell completion script, e.g. `p06 completions bash > ~/.local/share/bash-completion/completions/p06`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `p06 man > ~/.local/share/man/man1/p06.1`.
    Man,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Markdown,
    Csv,
    Json,
    /// An Excel workbook (.xlsx): one sheet per area, typed cells.
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Plan,
    Snapshot,
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> color_eyre::Result<ExitCode> {
    let lang = Lang::choose(cli.lang);
    match cli.command {
        Some(Command::Check { data, format, strict }) => crate::commands::check(&data, format, strict, lang),
        Some(Command::Report {
            data,
            format,
            as_of,
            since,
            out,
            bom,
        }) => crate::commands::report(&data, format, as_of, since, out.as_deref(), bom, lang),
        Some(Command::Schema { kind }) => crate::commands::schema(kind, lang),
        Some(Command::Present { tui, interval }) => crate::commands::present(&tui, interval, lang),
        Some(Command::Completions { shell }) => crate::commands::completions(shell, lang),
        Some(Command::Man) => crate::commands::man(lang),
        None => crate::commands::console(&cli.tui, lang),
    }
}
