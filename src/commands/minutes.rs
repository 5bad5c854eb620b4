//! `p06 minutes`: the conclusion notice of a meeting in Markdown, JSON or Word. It reads DATA
//! and MEETINGS and never writes into either: `--out` goes through the safe writer with both
//! protected.

use std::io::IsTerminal;
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
    /// `--lang`, settled.
    pub lang: Lang,
}

pub fn minutes(args: &MinutesArgs<'_>) -> color_eyre::Result<ExitCode> {
    let lang = args.lang;
    // `-` is standard output, as in `p06 report` (a file named `-` is `./-`).
    let out = args.out.filter(|o| o.as_os_str() != "-");
    // A Word file is binary: written to a terminal it would only garble the screen.
    if args.format == MinutesFormat::Docx && out.is_none() && std::io::stdout().is_terminal() {
        return cannot(words::docx_needs_out(lang));
    }
    let ds = match super::open(Some(args.data), args.lang) {
        Ok(ds) => ds,
        Err(code) => return Ok(code),
    };
    let dir = meetings::resolve_dir(args.meetings);
    let date = args.meeting.or_else(|| ds.today()).unwrap_or_else(clock::today);
    let book = meetings::read(&dir, &ds.catalogue);
    let Some((r, c)) = dates_for(&book, date, args.as_of, ds.latest()) else {
        return cannot(&words::no_snapshot(lang, &crate::present::visible(&ds.source)));
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
    match out {
        Some(out) => match crate::safe_write::write_atomic(out, &bytes, &[args.data, &dir]) {
            Ok(()) => Ok(ExitCode::from(EXIT_OK)),
            Err(e) => cannot(&crate::present::visible(&e.to_string())),
        },
        None => Ok(crate::cli::stdout::write(&bytes, args.lang)
            .map_or_else(|code| code, |()| ExitCode::from(EXIT_OK))),
    }
}
