//! The two header lines: the panel tabs (always visible, clickable), then the review date R,
//! the comparison date C, the province and where the data came from.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Panel};
use crate::load::Tally;
use crate::present::{Lang, console, num};
use ratatui::style::Style;

use super::table::fit_spans;
use super::theme::Theme;

/// Draws the header and returns each tab's cells.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<(Rect, Panel)> {
    let theme = Theme::new(app.look);
    let tabs = tabs(app, area, buf, &theme);
    if area.height > 1 {
        let line = Line::from(fit_spans(
            dates_line(app, &theme),
            usize::from(area.width),
            crate::app::table::Align::Left,
            theme.ellipsis(),
        ));
        buf.set_line(area.x, area.y + 1, &line, area.width);
    }
    tabs
}

/// How the tabs are written, roomiest first.
#[derive(Clone, Copy)]
enum Tabs {
    /// ` 1 Overview ` each.
    Roomy,
    /// One space between them, the current one padded.
    Tight,
    /// The current one spelled out, the others by digit only.
    Digits,
}

fn tab_label(lang: Lang, style: Tabs, i: usize, p: Panel, current: bool) -> String {
    let title = console::panel(lang, p);
    match style {
        Tabs::Roomy => format!(" {} {title} ", i + 1),
        _ if current => format!(" {} {title} ", i + 1),
        Tabs::Tight => format!(" {} {title}", i + 1),
        Tabs::Digits => format!(" {} ", i + 1),
    }
}

/// The tab labels, in the roomiest style that fits.
fn tabs(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) -> Vec<(Rect, Panel)> {
    let labels_in = |style: Tabs| -> Vec<String> {
        Panel::ALL
            .iter()
            .enumerate()
            .map(|(i, &p)| tab_label(theme.lang, style, i, p, p == app.panel))
            .collect()
    };
    let labels = [Tabs::Roomy, Tabs::Tight]
        .into_iter()
        .map(labels_in)
        .find(|ls| ls.iter().map(|l| l.width()).sum::<usize>() <= usize::from(area.width))
        .unwrap_or_else(|| labels_in(Tabs::Digits));
    let mut x = area.x;
    let mut out = Vec::new();
    for (label, p) in labels.into_iter().zip(Panel::ALL) {
        let w = u16::try_from(label.width()).unwrap_or(0);
        if x + w > area.right() {
            break;
        }
        let style = if p == app.panel {
            theme.selected().patch(theme.heading())
        } else {
            theme.dim()
        };
        buf.set_span(x, area.y, &Span::styled(label, style), w);
        out.push((Rect::new(x, area.y, w, 1), p));
        x += w;
    }
    out
}

fn dates_line(app: &App, theme: &Theme) -> Vec<Span<'static>> {
    let rv = &app.review;
    let sep = || Span::styled(format!(" {} ", theme.dot()), theme.dim());
    let mut spans = Vec::new();
    let lang = theme.lang;
    let review = (!rv.ds.dates().is_empty()).then(|| num::date(lang, rv.review));
    spans.push(Span::styled(
        console::review_date(lang, review.as_deref()),
        theme.heading(),
    ));
    let since = rv.since.map(|c| num::date(lang, c));
    let style = if since.is_some() {
        Style::new()
    } else {
        theme.dim()
    };
    spans.push(Span::styled(console::since_date(lang, since.as_deref()), style));
    if app.live.lost {
        // Early in the line, where a narrow terminal does not cut it off: until this goes,
        // what is on screen may be out of date.
        let (sym, style) = theme.severity(crate::load::Severity::Warning);
        spans.push(sep());
        let word = crate::present::watch::not_watching(lang);
        spans.push(Span::styled(format!("{sym} {word}"), style));
    }
    spans.push(sep());
    spans.push(Span::raw(rv.ds.catalogue.plan.province.clone()));
    let tally = Tally::of(&rv.problems);
    if tally.errors + tally.warnings > 0 {
        spans.push(sep());
        let (sym, style) = theme.severity(if tally.errors > 0 {
            crate::load::Severity::Error
        } else {
            crate::load::Severity::Warning
        });
        let counts = console::problem_counts(lang, tally.errors, tally.warnings);
        spans.push(Span::styled(format!("{sym} {counts}"), style));
    }
    spans.push(sep());
    spans.push(Span::styled(rv.ds.source.clone(), theme.dim()));
    spans
}
