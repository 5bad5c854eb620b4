//! Slide 9, directions: at the top the counts as the Overview counts them (open, overdue, met
//! since the last meeting), in big digits where they fit; below, the follow-up of earlier
//! meetings' directions (overdue first) and this meeting's own. Each direction says the data's
//! judgment at R first, then its subject, owner, deadline and recorded state, then its text;
//! the contradiction flag (recorded done, not complete in the data) is said in words.
//!
//! The rows and judgments are the Directions panel's ([`crate::app::directions`]), without
//! the panel's filter: the shared screen shows them all.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::directions::{Row, Section, count};
use crate::app::table::Align;
use crate::present::directions as words;
use crate::present::slides::directions::{self as says, Count};
use crate::present::{Lang, num, visible};
use crate::rollup::follow_up::FollowUp;

use super::super::table::fit_spans;
use super::super::theme::Theme;
use super::big::Big;
use super::figures::Card;
use super::lists::{Starts, put};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.look.lang;
    let rv = &app.review;
    let rows = app.directions.slide_rows(&rv.ds, rv.review);
    let (open, overdue, met) = count(&rows);
    let card = |c: Count, n: usize, style: Style| Card {
        label: says::count(lang, c, false),
        short: says::count(lang, c, true),
        value: num::int(lang, n as u64),
        sub: None,
        delta: None,
        style: style.patch(theme.heading()),
    };
    let cards = [
        card(Count::Open, open, Style::new()),
        card(
            Count::Overdue,
            overdue,
            if overdue > 0 {
                theme.overdue()
            } else {
                Style::new()
            },
        ),
        card(Count::Met, met, Style::new()),
    ];
    // Big counts only where the list keeps room beneath them; else label over value; on a
    // very small screen the three on one line.
    let big_h = Big::new(theme.ascii).height() + 2;
    let top = if area.height >= big_h + 12 {
        big_h
    } else if area.height >= 8 {
        2
    } else {
        0
    };
    let list_y = if top == 0 {
        one_line(theme, &cards, Rect { height: 1, ..area }, buf);
        1
    } else {
        super::cards::render(theme, &cards, Rect { height: top, ..area }, buf);
        top + 1
    };
    let list = Rect {
        y: area.y + list_y.min(area.height),
        height: area.height.saturating_sub(list_y),
        ..area
    };
    if list.height > 0 {
        lines(app, theme, &rows, list, buf);
    }
}

/// `Open 2  Overdue 1  Met 0`, short labels, as much as fits.
fn one_line(theme: &Theme, cards: &[Card], area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for c in cards {
        spans.push(Span::raw(format!("{} ", c.short)));
        spans.push(Span::styled(format!("{}   ", c.value), c.style));
    }
    let l = Line::from(fit_spans(
        spans,
        usize::from(area.width),
        Align::Left,
        theme.ellipsis(),
    ));
    buf.set_line(area.x, area.y, &l, area.width);
}

/// The two lists, two lines a direction where they all fit that way, else one.
fn lines(app: &App, theme: &Theme, rows: &[Row<'_>], area: Rect, buf: &mut Buffer) {
    let lang = app.look.lang;
    let rv = &app.review;
    let follow = rows.iter().filter(|r| r.section == Section::FollowUp).count();
    let own = rows.len() - follow;
    // Headings, the blank line between the lists, and "none" under an empty one.
    let fixed = 3 + usize::from(follow == 0) + usize::from(own == 0);
    let two = usize::from(area.height) >= fixed + 2 * rows.len();
    // Every judgment as wide as the widest, so subjects line up under each other; on a
    // narrow screen the room goes to the owner and deadline instead.
    let jw = if area.width < 100 {
        0
    } else {
        rows.iter()
            .map(|r| words::follow_up(lang, r.judgment.follow_up).width())
            .max()
            .unwrap_or(0)
    };
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut starts: Starts = Vec::new();
    let heading = |text: String| Line::styled(text, theme.heading());
    let none = || Line::styled(format!("  {}", says::none(lang)), theme.dim());
    starts.push((0, false));
    out.push(heading(says::earlier(lang, &num::date(lang, rv.review))));
    if follow == 0 {
        out.push(none());
    }
    for (i, r) in rows.iter().enumerate() {
        if r.section == Section::Own && (i == follow) {
            out.push(Line::raw(""));
            starts.push((out.len(), false));
            out.push(heading(this_meeting(app)));
        }
        starts.push((out.len(), true));
        out.extend(direction(lang, theme, r, (jw, usize::from(area.width)), two));
    }
    if own == 0 {
        out.push(Line::raw(""));
        starts.push((out.len(), false));
        out.push(heading(this_meeting(app)));
        out.push(none());
    }
    put(theme, lang, out, &starts, area, buf);
}

fn this_meeting(app: &App) -> String {
    let lang = app.look.lang;
    match app.directions.date {
        Some(d) => format!("{} ({})", says::this_meeting(lang), num::date(lang, d)),
        None => says::this_meeting(lang).to_owned(),
    }
}

/// One direction: `overdue  task T13 in CT · UBND huyện Cô Tô · due 31/01/2025 · recorded
/// open`, then its text beneath (with the contradiction flag first); or all on one line, the
/// subject left out for the text.
fn direction(
    lang: Lang,
    theme: &Theme,
    r: &Row<'_>,
    (jw, width): (usize, usize),
    two: bool,
) -> Vec<Line<'static>> {
    let d = r.direction;
    let judged = words::follow_up(lang, r.judgment.follow_up);
    let style = match r.judgment.follow_up {
        FollowUp::Overdue => theme.overdue(),
        FollowUp::MetLate => theme.late(),
        FollowUp::Met => theme.fg(Color::Green),
        FollowUp::Open | FollowUp::Manual => Style::new(),
    }
    .patch(theme.heading());
    let pad = " ".repeat(jw.saturating_sub(judged.width()));
    let gap = if jw == 0 { ": " } else { "  " };
    let dot = format!(" {} ", theme.dot());
    let due = says::due(lang, d.due.map(|x| num::date(lang, x)).as_deref());
    let flag = if theme.ascii { "!" } else { "⚠" };
    let mut head = vec![
        Span::styled(format!("  {judged}"), style),
        Span::raw(format!("{pad}{gap}")),
    ];
    let text = visible(&d.text).into_owned();
    if two {
        head.push(Span::styled(
            visible(&words::subject(lang, &d.subject)).into_owned(),
            theme.heading(),
        ));
        head.push(Span::raw(format!("{dot}{}", visible(&d.owner))));
        head.push(Span::raw(format!("{dot}{due}")));
        head.push(Span::raw(format!(
            "{dot}{}",
            says::recorded(lang, words::state(lang, d.state))
        )));
        let indent = " ".repeat(if jw == 0 { 4 } else { jw + 4 });
        let mut second = vec![Span::raw(indent)];
        if r.judgment.contradiction {
            second.push(Span::styled(
                format!("{flag} {}: ", words::contradiction(lang)),
                theme.overdue().patch(theme.heading()),
            ));
        }
        second.push(Span::raw(text));
        vec![Line::from(whole(head, width)), Line::from(second)]
    } else {
        if r.judgment.contradiction {
            head.push(Span::styled(
                format!("{flag} "),
                theme.overdue().patch(theme.heading()),
            ));
        }
        head.push(Span::styled(visible(&d.owner).into_owned(), theme.heading()));
        head.push(Span::raw(format!("{dot}{due}{dot}{text}")));
        vec![Line::from(head)]
    }
}

/// The judgment and the subject always (cut with an ellipsis if they must be), then the
/// parts after them whole or not at all: `recorded op…` or a date cut short would misread.
fn whole(spans: Vec<Span<'static>>, width: usize) -> Vec<Span<'static>> {
    let mut used = 0;
    let mut out = Vec::new();
    for (i, span) in spans.into_iter().enumerate() {
        used += span.content.width();
        if i > 2 && used > width {
            break;
        }
        out.push(span);
    }
    out
}
