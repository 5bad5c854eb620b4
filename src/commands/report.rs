//! `p06 report`: the province's figures in text, markdown, csv or json.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::ReportFormat;
use crate::model::Date;

pub fn report(
    data: &Path,
    format: ReportFormat,
    as_of: Option<Date>,
    since: Option<Date>,
    out: Option<&Path>,
) -> color_eyre::Result<ExitCode> {
    let _ = (data, format, as_of, since, out);
    todo!()
}
