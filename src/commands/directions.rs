//! `p06 directions`: list a meeting's directions with the follow-up of earlier ones, or add,
//! close, drop and reopen one through the meetings store. Exit 2 with one `p06: ` line for a
//! usage or write error, as the rest of the command line.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::{DirectionAction, DirectionsArgs, EXIT_CANNOT_RUN, EXIT_OK, ListFormat};
use crate::load::{Catalogue, Dataset};
use crate::meetings::digest::data_digest;
use crate::meetings::store::{Change, MeetingInit, NewDirection, Store};
use crate::meetings::{self, clock};
use crate::minutes::{Notice, dates_for};
use crate::model::{Area, Date, DirectionState, Subject, SubjectArea};
use crate::present::Lang;
use crate::present::directions as words;

pub(crate) fn cannot(why: &str) -> color_eyre::Result<ExitCode> {
    eprintln!("p06: {why}");
    Ok(ExitCode::from(EXIT_CANNOT_RUN))
}

pub fn directions(args: &DirectionsArgs, lang: Lang) -> color_eyre::Result<ExitCode> {
    let ds = match super::open(Some(&args.data), lang) {
        Ok(ds) => ds,
        Err(code) => return Ok(code),
    };
    let dir = meetings::resolve_dir(args.meetings.as_deref());
    // The data set's today: `P06_TODAY` pins it, as for every command.
    let today = ds.today().unwrap_or_else(clock::today);
    let date = args.meeting.unwrap_or(today);
    let Some(action) = &args.action else {
        return list(&ds, &dir, date, args, lang);
    };
    let store = match Store::open(&dir, Some(&args.data), &ds.catalogue) {
        Ok(s) => s,
        Err(e) => return cannot(&words::store_error(lang, &e)),
    };
    let (result, now) = match action {
        DirectionAction::Add {
            subject,
            district,
            owner,
            due,
            chair,
            title,
            text,
        } => {
            let subject = match parse_subject(subject, district.as_deref(), &ds.catalogue, lang) {
                Ok(s) => s,
                Err(why) => return cannot(&why),
            };
            let init = || meeting_init(&args.data, &ds, args.as_of, title.clone(), chair.clone());
            let new = NewDirection {
                subject,
                text: text.join(" "),
                owner: owner.clone(),
                due: *due,
            };
            let added = store.add(date, init, new).and_then(|r| {
                if title.is_some() || chair.is_some() {
                    store.describe(
                        date,
                        || meeting_init(&args.data, &ds, args.as_of, None, None),
                        title.clone(),
                        chair.clone(),
                    )?;
                }
                Ok(r)
            });
            match added {
                Ok(r) => {
                    return Ok(say(
                        &words::added(lang, r, &crate::present::visible(&dir.display().to_string())),
                        lang,
                    ));
                }
                Err(e) => return cannot(&words::store_error(lang, &e)),
            }
        }
        DirectionAction::Done { reference, note, on } => (
            store
                .change(
                    *reference,
                    Change::Done {
                        on: on.unwrap_or(today),
                        note: note.clone(),
                    },
                )
                .map(|()| *reference),
            DirectionState::Done,
        ),
        DirectionAction::Drop { reference, note, on } => (
            store
                .change(
                    *reference,
                    Change::Drop {
                        on: on.unwrap_or(today),
                        note: note.clone(),
                    },
                )
                .map(|()| *reference),
            DirectionState::Dropped,
        ),
        DirectionAction::Reopen { reference } => (
            store.change(*reference, Change::Reopen).map(|()| *reference),
            DirectionState::Open,
        ),
    };
    match result {
        Ok(r) => Ok(say(&words::changed(lang, r, now), lang)),
        Err(e) => cannot(&words::store_error(lang, &e)),
    }
}

fn list(
    ds: &Dataset,
    dir: &Path,
    date: Date,
    args: &DirectionsArgs,
    lang: Lang,
) -> color_eyre::Result<ExitCode> {
    let book = meetings::read(dir, &ds.catalogue);
    let Some((r, c)) = dates_for(&book, date, args.as_of, ds.latest()) else {
        return cannot(&words::no_snapshot(lang, &crate::present::visible(&ds.source)));
    };
    let notice = Notice::compute(ds, &book, date, r, c);
    let problems = book.problems();
    if !problems.is_empty() {
        eprintln!("{}", words::Words { lang }.meetings_problems(problems.len()));
        for p in &problems {
            eprintln!("{}", crate::present::visible(&p.to_string()));
        }
    }
    let text = match args.format {
        ListFormat::Text => crate::minutes::text::render(&notice, lang),
        ListFormat::Json => crate::minutes::json::render(&notice),
    };
    Ok(crate::cli::stdout::write(text, lang).map_or_else(|code| code, |()| ExitCode::from(EXIT_OK)))
}

/// One line on standard output, the exit status to end with.
fn say(line: &str, lang: Lang) -> ExitCode {
    crate::cli::stdout::write(format!("{line}\n"), lang)
        .map_or_else(|code| code, |()| ExitCode::from(EXIT_OK))
}

/// What a meeting records when it is first written: R (`--as-of`, else the latest data), C
/// (the snapshot date before R, as the console shows by default) and the data digest.
pub(crate) fn meeting_init(
    data: &Path,
    ds: &Dataset,
    as_of: Option<Date>,
    title: Option<String>,
    chair: Option<String>,
) -> MeetingInit {
    let review_date = as_of.or_else(|| ds.latest()).unwrap_or(Date::EPOCH);
    let since = ds.dates().iter().copied().filter(|&d| d < review_date).max();
    let data =
        data_digest(data, ds).unwrap_or_else(|_| crate::meetings::digest::digest_of::<&str, &[u8]>(&[]));
    MeetingInit {
        review_date,
        since,
        data,
        title,
        chair,
    }
}

/// `--subject`: an item id, `AREA:ID`, `district` or `general`.
pub(crate) fn parse_subject(
    text: &str,
    district: Option<&str>,
    cat: &Catalogue,
    lang: Lang,
) -> Result<Subject, String> {
    let make = |area, id: Option<&str>| Subject {
        area,
        id: id.map(str::to_owned),
        district: district.map(str::to_owned),
    };
    if let Some((area, id)) = text.split_once(':') {
        let area = SubjectArea::parse(area).map_err(|_| words::bad_subject(lang, text))?;
        if area.item_area().is_none() {
            return Err(words::bad_subject(lang, text));
        }
        return Ok(make(area, Some(id)));
    }
    match text {
        "district" => return Ok(make(SubjectArea::District, None)),
        "general" => return Ok(make(SubjectArea::General, None)),
        _ => {}
    }
    let found: Vec<Area> = Area::ALL
        .into_iter()
        .filter(|&a| cat.item_index(a, text).is_some())
        .collect();
    match found.as_slice() {
        [area] => Ok(make((*area).into(), Some(text))),
        [] => Err(words::bad_subject(lang, text)),
        _ => Err(words::ambiguous_subject(lang, text)),
    }
}
