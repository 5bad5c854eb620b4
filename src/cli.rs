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

    /// Meetings directory, where directions are kept; default $P06_MEETINGS, else
    /// ./p06-meetings (created on the first direction only).
    #[arg(long, value_name = "DIR")]
    pub meetings: Option<PathBuf>,

    /// The current meeting's date; default today.
    #[arg(long, value_name = "DATE")]
    pub meeting: Option<Date>,
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
    /// List the directions of a review conference and follow earlier ones up from the data;
    /// add, close, drop or reopen one.
    ///
    /// Directions live in a meetings directory (--meetings, else $P06_MEETINGS, else
    /// ./p06-meetings), one file per meeting; the current meeting is today's (--meeting).
    /// A direction is named DATE#ID, e.g. 2025-02-18#1.
    Directions(DirectionsArgs),
    /// Print the conclusion notice of a meeting: headline, follow-up of earlier directions with
    /// the data's judgment, and this meeting's directions by owner.
    Minutes {
        /// Data directory (plan.json and snapshots/).
        data: PathBuf,
        /// Meetings directory; default $P06_MEETINGS, else ./p06-meetings.
        #[arg(long, value_name = "DIR")]
        meetings: Option<PathBuf>,
        /// The meeting's date; default today.
        #[arg(long, value_name = "DATE")]
        meeting: Option<Date>,
        /// Review date R for the judgments; default the R recorded in the meeting.
        #[arg(long, value_name = "DATE")]
        as_of: Option<Date>,
        #[arg(long, value_enum, default_value_t = MinutesFormat::Markdown)]
        format: MinutesFormat,
        /// Write to FILE instead of standard output (`-` is standard output; docx needs a FILE).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
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
    Meeting,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinutesFormat {
    Markdown,
    Json,
    Docx,
}

/// `p06 directions DATA [ACTION]`.
#[derive(Debug, Clone, clap::Args)]
pub struct DirectionsArgs {
    /// Data directory (plan.json and snapshots/).
    pub data: PathBuf,
    /// Meetings directory; default $P06_MEETINGS, else ./p06-meetings.
    #[arg(long, value_name = "DIR", global = true)]
    pub meetings: Option<PathBuf>,
    /// The meeting's date; default today.
    #[arg(long, value_name = "DATE", global = true)]
    pub meeting: Option<Date>,
    /// Review date R: the judgments' date, and what a new meeting records; default the
    /// meeting's recorded R, else the latest snapshot date.
    #[arg(long, value_name = "DATE", global = true)]
    pub as_of: Option<Date>,
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    #[command(subcommand)]
    pub action: Option<DirectionAction>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum DirectionAction {
    /// Add a direction to the meeting.
    Add {
        /// What it is about: an item id (T13, M03, S01), task:ID, model:ID, service:ID,
        /// district (with --district), or general.
        #[arg(long, value_name = "SUBJECT")]
        subject: String,
        /// A district code: where an item must be done, or the district a direction is about.
        #[arg(long, value_name = "CODE")]
        district: Option<String>,
        /// The agency that must act.
        #[arg(long, value_name = "AGENCY")]
        owner: String,
        /// The deadline (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        due: Option<Date>,
        /// The meeting's chair, recorded in the meeting.
        #[arg(long, value_name = "TEXT")]
        chair: Option<String>,
        /// The meeting's title, recorded in the meeting.
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// What must be done.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
    /// Record a direction done.
    Done {
        #[arg(value_name = "REF")]
        reference: crate::meetings::DirRef,
        #[arg(long)]
        note: Option<String>,
        /// The day it was closed; default today.
        #[arg(long, value_name = "DATE")]
        on: Option<Date>,
    },
    /// Drop a direction, with a closing note.
    Drop {
        #[arg(value_name = "REF")]
        reference: crate::meetings::DirRef,
        #[arg(long)]
        note: String,
        /// The day it was closed; default today.
        #[arg(long, value_name = "DATE")]
        on: Option<Date>,
    },
    /// Reopen a direction recorded done or dropped.
    Reopen {
        #[arg(value_name = "REF")]
        reference: crate::meetings::DirRef,
    },
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
        Some(Command::Directions(args)) => crate::commands::directions(&args, lang),
        Some(Command::Minutes {
            data,
            meetings,
            meeting,
            as_of,
            format,
            out,
        }) => crate::commands::minutes(&crate::commands::MinutesArgs {
            data: &data,
            meetings: meetings.as_deref(),
            meeting,
            as_of,
            format,
            out: out.as_deref(),
            lang,
        }),
        Some(Command::Schema { kind }) => crate::commands::schema(kind, lang),
        Some(Command::Present { tui, interval }) => crate::commands::present(&tui, interval, lang),
        Some(Command::Completions { shell }) => crate::commands::completions(shell, lang),
        Some(Command::Man) => crate::commands::man(lang),
        None => crate::commands::console(&cli.tui, lang),
    }
}
