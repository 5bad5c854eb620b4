//! `p06 [DATA]`: the interactive review console. Checks that it can run (a real terminal, not
//! TERM=dumb), loads the data, settles R and C the way `p06 report` does, picks colour and
//! symbols, and hands over to the TUI. A data directory's snapshots are read behind the TUI's
//! loading screen, after its plan has been checked here.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use crate::app::{App, Look, Review};
use crate::cli::{ColorChoice, EXIT_CANNOT_RUN, TuiArgs};
use crate::load::LoadProgress;
use crate::present::Lang;
use crate::present::console::{CannotStart, cannot_start};

/// How the console starts: on its panels, or in presentation mode (`p06 present`).
#[derive(Clone, Copy)]
struct Start {
    present: bool,
    interval: Option<Duration>,
}

impl Start {
    /// The meeting date on the title slide is the data set's "today" (the machine's date, or
    /// `P06_TODAY`), read once by the command layer: one clock for the whole program.
    fn app(self, app: App) -> App {
        let meeting = app.review.ds.today();
        app.with_presentation(self.present, self.interval, meeting)
    }
}

pub fn console(args: &TuiArgs, lang: Lang) -> color_eyre::Result<ExitCode> {
    open_console(args, lang, false, None)
}

/// `p06 present [DATA] [--interval SECS]`: the console, starting in presentation mode.
pub fn present(args: &TuiArgs, interval: Option<u64>, lang: Lang) -> color_eyre::Result<ExitCode> {
    open_console(args, lang, true, interval.map(Duration::from_secs))
}

fn open_console(
    args: &TuiArgs,
    lang: Lang,
    present: bool,
    interval: Option<Duration>,
) -> color_eyre::Result<ExitCode> {
    let start = Start { present, interval };
    let cannot = |why: &str| {
        eprintln!("p06: {why}");
        Ok(ExitCode::from(EXIT_CANNOT_RUN))
    };
    if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
        return cannot(cannot_start(lang, CannotStart::DumbTerminal));
    }
    if !std::io::stdout().is_terminal() {
        return cannot(cannot_start(lang, CannotStart::NotATerminal));
    }
    let look = Look {
        color: use_color(args.color),
        ascii: args.ascii,
        lang,
    };
    // A data directory, with no dates to check against it: only the plan can make the start
    // fail, and it is cheap, so it is read here (errors on the normal screen, status 2); the
    // snapshots are read behind a loading screen, which takes seconds for a whole nation.
    // Dates given on the command line need the snapshots to be checked, so they load first.
    if let (Some(data), None, None) = (&args.data, args.as_of, args.since) {
        let (catalogue, plan_problems) = match crate::load::open_plan(data) {
            Ok(plan) => plan,
            Err(e) => {
                eprintln!(
                    "p06: {}",
                    crate::present::visible_lines(&crate::present::errors::cannot_load(lang, &e))
                );
                return Ok(ExitCode::from(EXIT_CANNOT_RUN));
            }
        };
        let today = match super::clock(lang) {
            Ok(today) => today,
            Err(code) => return Ok(code),
        };
        let progress = Arc::new(LoadProgress::default());
        let counter = Arc::clone(&progress);
        let (data, watch) = (data.clone(), !args.no_watch);
        let (meetings, meeting) = meetings_of(args, today);
        crate::tui::run_loading(progress, data.display().to_string(), lang, move || {
            let mut ds = crate::load::load_snapshots(&data, catalogue, plan_problems, &counter);
            ds.set_today(Some(today));
            // As below with no dates given: R the latest date, C the one before.
            start.app(
                App::new(Review::new(ds, None, None), look)
                    .with_source(Some(data), watch)
                    .with_meetings(meetings, meeting),
            )
        })?;
        return Ok(ExitCode::SUCCESS);
    }
    let ds = match super::open(args.data.as_deref(), lang) {
        Ok(ds) => ds,
        Err(code) => return Ok(code),
    };
    // With no usable snapshot the console still opens (the Data panel says why); only dates
    // asked for on the command line must exist, exactly as `p06 report` requires.
    let (review, since) = if ds.dates().is_empty() && args.as_of.is_none() && args.since.is_none() {
        (None, None)
    } else {
        match crate::report::resolve_dates(&ds, args.as_of, args.since) {
            Ok((r, c)) => (Some(r), c),
            Err(why) => return cannot(&crate::present::errors::dates(lang, &why)),
        }
    };
    let (meetings, meeting) = meetings_of(args, ds.today().unwrap_or_else(crate::meetings::clock::today));
    let app = start.app(
        App::new(Review::new(ds, review, since), look)
            .with_source(args.data.clone(), !args.no_watch)
            .with_meetings(meetings, meeting),
    );
    crate::tui::run(app)?;
    Ok(ExitCode::SUCCESS)
}

/// Where directions live and which meeting is current (`--meetings`, `--meeting`, else
/// `today`, which is the data set's: `P06_TODAY` pins it).
fn meetings_of(args: &TuiArgs, today: crate::model::Date) -> (std::path::PathBuf, crate::model::Date) {
    (
        crate::meetings::resolve_dir(args.meetings.as_deref()),
        args.meeting.unwrap_or(today),
    )
}

/// `--color always|never` wins; `auto` is on unless NO_COLOR is set to a non-empty value
/// (<https://no-color.org>).
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}
