//! Slide 7: the district league as horizontal bars, best first: rank, name, a bar of the items
//! complete out of those that apply, the percentage, the places moved since C, and a word when
//! the report is out of date or missing. Rows are spaced out when the screen is tall.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::present::{num, slides, visible};
use crate::rollup::DistrictRollup;

use super::super::table::fit_spans;
use super::super::theme::Theme;
use crate::present::layout::fit;

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.look.lang;
    let rv = &app.review;
    let ell = theme.ellipsis();
    let w = usize::from(area.width);
    let n = rv.league.len();
    let mut rows = usize::from(area.height);
    // The note on what the bars are, where there is a spare line for it.
    if rows > n + 1 {
        let note = Line::styled(fit(slides::league_note(lang), w, ell), theme.dim());
        buf.set_line(area.x, area.bottom() - 1, &note, area.width);
        rows -= 2;
    }
    let spacing = if rows >= 2 * n { 2 } else { 1 };
    let shown = if rows >= n { n } else { rows.saturating_sub(1) };
    let names: Vec<String> = rv
        .league
        .iter()
        .map(|&d| visible(rv.name(d)).into_owned())
        .collect();
    let name_w = names
        .iter()
        .map(|s| s.width())
        .max()
        .unwrap_or(0)
        .min(w / 4)
        .max(4);
    let rank_w = n.to_string().len();
    // One bar width for every row, so the bars compare: room for the longest note.
    let note_w = rv
        .rollup
        .districts
        .iter()
        .map(|dr| note(lang, dr).width())
        .max()
        .unwrap_or(0);
    let fixed = rank_w + 1 + name_w + 1 + 1 + 5 + 1 + 3 + 1 + note_w;
    let bar_w = w.saturating_sub(fixed).min(60);
    let mut y = area.y;
    for (place, (&d, name)) in rv.league.iter().zip(&names).take(shown).enumerate() {
        let Some(dr) = rv.rollup.districts.get(d) else {
            continue;
        };
        let mark = rv.rank_moves.get(d).copied().unwrap_or(0);
        let line = row(
            app,
            theme,
            (place + 1, rank_w),
            (name, name_w),
            dr,
            mark,
            (bar_w, w),
        );
        buf.set_line(area.x, y, &line, area.width);
        y += u16::try_from(spacing).unwrap_or(1);
    }
    if shown < n && y < area.bottom() {
        let more = slides::and_more(lang, &num::int(lang, (n - shown) as u64));
        buf.set_line(
            area.x,
            y,
            &Line::styled(fit(&more, w, ell), theme.dim()),
            area.width,
        );
    }
}

/// What the districts slide says of a district's report: out of date, missing, or nothing.
fn note(lang: crate::present::Lang, dr: &DistrictRollup) -> &'static str {
    match (dr.as_of, dr.stale) {
        (None, _) => slides::no_report(lang),
        (Some(_), true) => slides::stale(lang),
        _ => "",
    }
}

/// One district's row: `(place, width)`, `(name, width)`, and `(bar, line)` widths.
fn row(
    app: &App,
    theme: &Theme,
    (place, rank_w): (usize, usize),
    (name, name_w): (&str, usize),
    dr: &DistrictRollup,
    moved: i64,
    (bar_w, w): (usize, usize),
) -> Line<'static> {
    let lang = app.look.lang;
    let ell = theme.ellipsis();
    let cov = dr.overall();
    let pct = crate::rollup::pct(cov.complete as u64, cov.applicable as u64);
    let pct_text = pct.map_or_else(
        || "-".to_owned(),
        |p| format!("{} %", num::int(lang, p.round() as u64)),
    );
    let moved_text = match (moved.signum(), theme.ascii) {
        (0, _) => String::new(),
        (1, false) => format!("▲{moved}"),
        (1, true) => format!("+{moved}"),
        (_, false) => format!("▼{}", moved.unsigned_abs()),
        (_, true) => format!("-{}", moved.unsigned_abs()),
    };
    let note = note(lang, dr);
    let mut spans = vec![
        Span::raw(format!("{place:>rank_w$} ")),
        Span::styled(format!("{:<name_w$} ", fit(name, name_w, ell)), theme.heading()),
    ];
    if bar_w >= 4 {
        let (full, empty) = theme.bar(pct.unwrap_or(0.0) / 100.0, u16::try_from(bar_w).unwrap_or(0));
        spans.push(Span::styled(full, theme.grade(pct)));
        spans.push(Span::styled(empty, theme.dim()));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(
        format!("{pct_text:>5}"),
        theme.grade(pct).patch(theme.heading()),
    ));
    spans.push(Span::styled(format!(" {moved_text:<3}"), Style::new()));
    if !note.is_empty() {
        spans.push(Span::styled(format!(" {note}"), theme.late()));
    }
    Line::from(fit_spans(spans, w, crate::app::table::Align::Left, ell))
}
