//! `p06 report`: the province's figures in text, markdown, csv or json, to standard output or a
//! file. It settles the dates, refuses to write into the data directory, and owns exit status 2
//! for everything that stops it.

use std::io::{self, IsTerminal};
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
    bom: bool,
    lang: crate::present::Lang,
) -> color_eyre::Result<ExitCode> {
    let cannot = |why: String| {
        // Every message here is one line; a path in it must not start another.
        eprintln!("p06: {}", crate::present::visible(&why));
        Ok(ExitCode::from(EXIT_CANNOT_RUN))
    };
    if bom && format != ReportFormat::Csv {
        return cannot("--bom applies to --format csv only".to_owned());
    }
    // A workbook is binary: written to a terminal it would only garble the screen.
    if format == ReportFormat::Xlsx && out.is_none_or(|o| o.as_os_str() == "-") && io::stdout().is_terminal()
    {
        return cannot(
            "--format xlsx writes a binary workbook: give --out FILE (or redirect standard output)"
                .to_owned(),
        );
    }
    let ds = match super::open(Some(data)) {
        Ok(ds) => ds,
        Err(code) => return Ok(code),
    };
    let (r, c) = match resolve_dates(&ds, as_of, since) {
        Ok(dates) => dates,
        Err(why) => return cannot(why),
    };
    let computed = ReportData::compute(&ds, r, c);
    let input = computed.input(&ds).with_lang(lang);
    let bytes: Vec<u8> = match format {
        ReportFormat::Text => crate::report::text::render(&input, lang).into(),
        ReportFormat::Markdown => crate::report::markdown::render(&input, lang).into(),
        ReportFormat::Csv if bom => format!("\u{feff}{}", crate::report::csv::render(&input)).into(),
        ReportFormat::Csv => crate::report::csv::render(&input).into(),
        ReportFormat::Json => crate::report::json::render(&input).into(),
        ReportFormat::Xlsx => match crate::report::xlsx::render(&input, lang) {
            Ok(bytes) => bytes,
            Err(e) => return cannot(format!("cannot build the workbook: {e}")),
        },
    };
    match out {
        // `-` is standard output, as for most tools (a file named `-` is `./-`).
        Some(out) if out.as_os_str() != "-" => match crate::safe_write::write_atomic(out, &bytes, &[data]) {
            Ok(()) => Ok(ExitCode::from(EXIT_OK)),
            Err(e) => cannot(e.to_string()),
        },
        _ => Ok(crate::cli::stdout::write(&bytes).map_or_else(|code| code, |()| ExitCode::from(EXIT_OK))),
    }
}
