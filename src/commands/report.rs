//! `p06 report`: the province's figures in text, markdown, csv or json, to standard output or a
//! file. It settles the dates, refuses to write into the data directory, and owns exit status 2
//! for everything that stops it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
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
    if let Some(out) = out {
        if inside(data, out) {
            return cannot(format!(
                "{} is inside the data directory {}; p06 never writes there, choose another place",
                out.display(),
                data.display()
            ));
        }
    }
    let computed = ReportData::compute(&ds, r, c);
    let input = computed.input(&ds);
    let text = match format {
        ReportFormat::Text => crate::report::text::render(&input),
        ReportFormat::Markdown => crate::report::markdown::render(&input),
        ReportFormat::Csv => crate::report::csv::render(&input),
        ReportFormat::Json => crate::report::json::render(&input),
    };
    match out {
        Some(out) => match std::fs::write(out, text) {
            Ok(()) => Ok(ExitCode::from(EXIT_OK)),
            Err(e) => cannot(format!("cannot write {}: {e}", out.display())),
        },
        None => {
            write_stdout(&text)?;
            Ok(ExitCode::from(EXIT_OK))
        }
    }
}

/// Whether `out` would land inside `data`, following symbolic links and `..` so that no
/// spelling of the path slips past. A file that does not exist yet is judged by its folder.
fn inside(data: &Path, out: &Path) -> bool {
    let Ok(data) = data.canonicalize() else {
        return false;
    };
    resolve(out).is_some_and(|out| out.starts_with(&data))
}

fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(p) = path.canonicalize() {
        return Some(p);
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(resolve(parent)?.join(path.file_name()?))
}

/// Writes to standard output; a closed pipe (`p06 report … | head`) is not an error.
pub(super) fn write_stdout(text: &str) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
