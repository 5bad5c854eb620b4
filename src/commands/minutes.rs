//! `p06 minutes`: the conclusion notice of a meeting in Markdown, JSON or Word. It reads DATA
//! and MEETINGS and never writes into either: `--out` goes through the safe writer with both
//! protected.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::{EXIT_OK, MinutesFormat};
use crate::meetings::{self, clock};
use crate::minutes::{Notice, dates_for};
use crate::model::Date;
use crate::present::Lang;
use crate::present::directions as words;

use super::directions::cannot;

/// The options of `p06 minutes`.
#[derive(Debug)]
pub struct MinutesArgs<'a> {
    pub data: &'a Path,
    pub meetings: Option<&'a Path>,
    pub meeting: Option<Date>,
    pub as_of: Option<Date>,
    pub format: MinutesFormat,
    pub out: Option<&'a Path>,
}

pub fn minutes(args: &MinutesArgs<'_>) -> color_eyre::Result<ExitCode> {
    let lang = Lang::choose(None);
    if args.format == MinutesFormat::Docx && args.out.is_none() {
        return cannot(words::docx_needs_out(lang));
    }
    let ds = match super::open(Some(args.data)) {
        Ok(ds) => ds,
        Err(code) => return Ok(code),
    };
    let dir = meetings::resolve_dir(args.meetings);
    let date = args.meeting.unwrap_or_else(clock::today);
    let book = meetings::read(&dir, &ds.catalogue, lang);
    let Some((r, c)) = dates_for(&book, date, args.as_of, ds.latest()) else {
        return cannot(&format!("{}: no usable snapshot", ds.source));
    };
    for p in book.problems() {
        eprintln!("{}", crate::present::visible(&p.to_string()));
    }
    let notice = Notice::compute(&ds, &book, date, r, c);
    let bytes = match args.format {
        MinutesFormat::Markdown => crate::minutes::markdown::render(&notice, lang).into_bytes(),
        MinutesFormat::Json => crate::minutes::json::render(&notice).into_bytes(),
        MinutesFormat::Docx => match crate::minutes::docx::render(&notice, lang) {
            Ok(b) => b,
            Err(why) => return cannot(&why),
        },
    };
    match args.out {
        Some(out) => match crate::safe_write::write_atomic(out, &bytes, &[args.data, &dir]) {
            Ok(()) => Ok(ExitCode::from(EXIT_OK)),
            Err(e) => cannot(&e.to_string()),
        },
        None => {
            super::report::write_stdout(&String::from_utf8_lossy(&bytes))?;
            Ok(ExitCode::from(EXIT_OK))
        }
    }
}
