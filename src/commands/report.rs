//! `p06 report`: the province's figures in text, markdown, csv or json, to standard output or a
//! file. It settles the dates, refuses to write into the data directory, and owns exit status 2
//! for everything that stops it.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{EXIT_CANNOT_RUN, EXIT_OK, ReportFormat};
use crate::model::Date;
use crate::report::{ReportData, resolve_dates};

pub fn report(
    data: &Path,
    format: ReportFormat,
    as_of: Option<Date>,
    since: Option<Date>,
    out: Option<&Path>,
    lang: crate::present::Lang,
) -> color_eyre::Result<ExitCode> {
    let cannot = |why: String| {
        eprintln!("p06: {why}");
        Ok(ExitCode::from(EXIT_CANNOT_RUN))
    };
    let ds = match super::open(Some(data)) {
        Ok(ds) => ds,
        Err(code) => return Ok(code),
    };
    let (r, c) = match resolve_dates(&ds, as_of, since) {
        Ok(dates) => dates,
        Err(why) => return cannot(why),
    };
    let computed = ReportData::compute(&ds, r, c);
    let input = computed.input(&ds);
    let text = match format {
        ReportFormat::Text => crate::report::text::render(&input, lang),
        ReportFormat::Markdown => crate::report::markdown::render(&input, lang),
        ReportFormat::Csv => crate::report::csv::render(&input),
        ReportFormat::Json => crate::report::json::render(&input),
    };
    match out {
        Some(out) => match crate::safe_write::write_atomic(out, text.as_bytes(), &[data]) {
            Ok(()) => Ok(ExitCode::from(EXIT_OK)),
            Err(e) => cannot(e.to_string()),
        },
        None => {
            write_stdout(&text)?;
            Ok(ExitCode::from(EXIT_OK))
        }
    }
}

/// Writes to standard output; a closed pipe (`p06 report … | head`) is not an error.
pub(super) fn write_stdout(text: &str) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
