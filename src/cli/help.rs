//! The command line in the interface language: the language is settled before clap parses
//! (from `--lang` on the command line, else the locale), and when it is Vietnamese every
//! description, option help and heading of the built `clap::Command` is replaced with
//! [`crate::present::help`]'s, so that `p06 --help` and `p06 check --help` speak it. English
//! is the doc comments' own, untouched.

use std::ffi::OsString;

use clap::{ArgMatches, Command, CommandFactory, FromArgMatches, ValueEnum};

use super::Cli;
use crate::present::Lang;
use crate::present::help::{Help, text};

/// Parses the process's command line in its language.
pub fn try_parse() -> Result<Cli, clap::Error> {
    try_parse_from(std::env::args_os(), |k| std::env::var(k).ok())
}

/// Parses `args` (the program name first), the language chosen from `--lang` in them, else
/// from the locale that `env` reads.
pub fn try_parse_from(
    args: impl IntoIterator<Item = impl Into<OsString>>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Cli, clap::Error> {
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let flag = scan_lang(&args);
    let lang = flag.unwrap_or_else(|| Lang::from_locale(env));
    let mut cmd = command(lang);
    // A valid `--lang` is taken out before clap sees it: clap counts it as a top-level
    // argument, which would keep `p06 --lang vi report DATA` from reaching `report`.
    let args = if flag.is_some() { without_lang(args) } else { args };
    let matches: ArgMatches = cmd.try_get_matches_from_mut(args)?;
    let mut cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))?;
    cli.lang = flag.or(cli.lang);
    Ok(cli)
}

/// `args` without `--lang X` and `--lang=X` (before `--`).
fn without_lang(args: Vec<OsString>) -> Vec<OsString> {
    let mut out = Vec::with_capacity(args.len());
    let mut it = args.into_iter();
    out.extend(it.next());
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("--") => {
                out.push(arg);
                out.extend(it);
                break;
            }
            Some("--lang") => {
                it.next();
            }
            Some(a) if a.starts_with("--lang=") => {}
            _ => out.push(arg),
        }
    }
    out
}

/// `--lang vi`, `--lang=vi` anywhere before `--`; `None` when absent or not a language (clap
/// then says what is wrong with it).
#[must_use]
pub fn scan_lang(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().skip(1).map(|a| a.to_str());
    let mut found = None;
    while let Some(arg) = it.next() {
        let value = match arg {
            Some("--") => break,
            Some("--lang") => it.next().flatten(),
            Some(a) => a.strip_prefix("--lang="),
            None => None,
        };
        if let Some(v) = value {
            found = Lang::from_str(v, true).ok();
        }
    }
    found
}

/// The command line's definition in `lang`.
#[must_use]
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    // Built first, so that clap's own help and version flags, the `help` command and the
    // global `--lang` copied into each command exist and can be reworded too.
    cmd.build();
    localise(cmd, lang, "p06")
}

fn localise(cmd: Command, lang: Lang, name: &str) -> Command {
    let mut cmd = cmd;
    if let Some(t) = text(lang, Help::Template) {
        cmd = cmd.help_template(t);
    }
    if let Some(t) = text(lang, Help::Commands) {
        cmd = cmd.subcommand_help_heading(t);
    }
    let (about, long) = if name == "p06" {
        (text(lang, Help::About), text(lang, Help::LongAbout))
    } else {
        (
            text(lang, Help::Command(name)),
            text(lang, Help::CommandLong(name)),
        )
    };
    if let Some(a) = about {
        cmd = cmd.about(a).long_about(long);
    }
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        let Some(help) = text(lang, Help::Arg(name, &id)) else {
            continue;
        };
        let heading = text(
            lang,
            if positional {
                Help::Arguments
            } else {
                Help::Options
            },
        );
        cmd = cmd.mut_arg(id, |a| {
            // The Vietnamese help names the values and the default itself.
            a.help(help)
                .long_help(None::<&str>)
                .help_heading(heading)
                .hide_possible_values(true)
                .hide_default_value(true)
        });
    }
    let subs: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| localise(s, lang, &sub));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        assert_eq!(scan_lang(&os(&["p06", "--lang", "vi", "--help"])), Some(Lang::Vi));
        assert_eq!(
            scan_lang(&os(&["p06", "check", "x", "--lang=vi"])),
            Some(Lang::Vi)
        );
        assert_eq!(
            scan_lang(&os(&["p06", "--lang=vi", "--lang", "en"])),
            Some(Lang::En)
        );
        assert_eq!(scan_lang(&os(&["p06", "--lang", "xx"])), None);
        assert_eq!(scan_lang(&os(&["p06", "--", "--lang", "vi"])), None);
        assert_eq!(scan_lang(&os(&["p06", "--lang"])), None);
        let vi_locale = |k: &str| (k == "LANG").then(|| "vi_VN.UTF-8".to_owned());
        let e = try_parse_from(["p06", "--help"], vi_locale)
            .err()
            .map(|e| e.to_string());
        assert!(e.is_some_and(|h| h.contains("Cách dùng: p06")));
        let e = try_parse_from(["p06", "--lang", "en", "--help"], vi_locale)
            .err()
            .map(|e| e.to_string());
        assert!(e.is_some_and(|h| h.contains("Usage: p06")));
        let cli = try_parse_from(["p06", "--lang", "vi", "report", "d"], |_| None);
        assert!(cli.is_ok_and(|c| c.lang == Some(Lang::Vi)));
    }

    /// Every command and argument has its Vietnamese help: a new option without one fails here.
    #[test]
    fn every_command_and_argument_has_vietnamese_help() {
        fn walk(cmd: &Command, missing: &mut Vec<String>) {
            let name = cmd.get_name();
            if name != "p06" && text(Lang::Vi, Help::Command(name)).is_none() {
                missing.push(format!("command {name}"));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                if text(Lang::Vi, Help::Arg(name, id)).is_none() {
                    missing.push(format!("{name} {id}"));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut cmd = Cli::command();
        cmd.build();
        let mut missing = Vec::new();
        walk(&cmd, &mut missing);
        assert!(missing.is_empty(), "no Vietnamese help for {missing:?}");
        // And what was applied reads Vietnamese, English nowhere.
        let mut vi = command(Lang::Vi);
        let help = vi.render_long_help().to_string();
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Print help",
            "Review the progress",
        ] {
            assert!(!help.contains(english), "{english} in {help}");
        }
    }
}
