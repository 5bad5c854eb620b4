//! The Overview panel: the headline as tiles (with bars where a ratio is shown, and the change
//! since C), the district league table, and the attention list of overdue and blocked tasks
//! with the districts holding them back.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::table::Align;
use crate::rollup::{Figure, Value, pct};

use super::table::{TableHit, fit, fit_spans, render as table};
use super::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<TableHit> {
    let theme = Theme::new(app.look);
    let inner_w = area.width.saturating_sub(2);
    // Wide tiles read better (whole labels, bars, the change since C) than many columns.
    let ncols: u16 = if inner_w >= 232 {
        4
    } else if inner_w >= 180 {
        3
    } else {
        2
    };
    let nrows = u16::try_from(Figure::ALL.len().div_ceil(usize::from(ncols))).unwrap_or(1);
    // Leave the tables at least a few rows.
    let tiles_h = (nrows + 2).min(area.height.saturating_sub(7));
    let [tiles, bottom] = Layout::vertical([Constraint::Length(tiles_h), Constraint::Min(0)]).areas(area);
    let mut title = format!(" Headline at {} ", app.review.review);
    if let Some(c) = app.review.since {
        title.push_str(&format!("{} change since {c} ", theme.dot()));
    }
    let block = theme.block(false).title(Line::styled(title, theme.heading()));
    let inner = block.inner(tiles);
    ratatui::widgets::Widget::render(block, tiles, buf);
    draw_tiles(app, &theme, inner, ncols, buf);

    // The league takes what its columns need, within limits; attention gets the rest.
    let natural = app
        .view()
        .tables
        .first()
        .map_or(0, |v| super::table::natural_width(app, v));
    let league_w = natural.min(bottom.width * 55 / 100).max(44).min(bottom.width);
    let [left, right] = Layout::horizontal([Constraint::Length(league_w), Constraint::Min(0)]).areas(bottom);
    let mut hits = Vec::new();
    let views = &app.view().tables;
    if let Some(v) = views.first() {
        hits.push(table(
            app,
            v,
            0,
            super::table_title(app, 0, "District league"),
            left,
            buf,
        ));
    }
    if let Some(v) = views.get(1) {
        hits.push(table(
            app,
            v,
            1,
            super::table_title(app, 1, "Needs attention"),
            right,
            buf,
        ));
    }
    hits
}

/// `83 %` for tiles and summaries; `n/a` with nothing to divide by.
#[must_use]
pub fn pct_text(p: Option<f64>) -> String {
    p.map_or_else(|| "n/a".to_owned(), crate::app::table::whole_pct)
}

/// One tile's parts: label, value, ratio for the bar (if any), change since C.
pub struct Tile {
    pub label: &'static str,
    /// `34/41`, `17/17` (count against its target), `98.7 %`, `52,287`.
    pub value: String,
    /// The percentage the bar shows.
    pub ratio: Option<f64>,
    /// `+3` since C.
    pub delta: Option<String>,
}

/// A headline figure as the Overview shows it: security counts against the plan's targets,
/// four-layer districts against all districts.
pub fn tile(app: &App, f: Figure) -> Tile {
    let rv = &app.review;
    let h = &rv.rollup.headline;
    let value = h.value(f);
    let targets = rv.ds.catalogue.plan.security.clone().unwrap_or_default();
    let against = |n: u64, target: Option<u64>| match target {
        Some(t) => (format!("{n}/{t}"), pct(n, t)),
        None => (value.display(), None),
    };
    let (text, ratio) = match (f, value) {
        (_, Value::Ratio(r)) => (value.display(), r.pct()),
        (Figure::Inspections, Value::Count(n)) => against(n, targets.inspection_target),
        (Figure::Trainings, Value::Count(n)) => against(n, targets.training_target),
        (Figure::Drills, Value::Count(n)) => against(n, targets.drill_target),
        (Figure::FourLayerDistricts, Value::Count(n)) => {
            against(n, Some(rv.ds.catalogue.district_count() as u64))
        }
        (_, Value::Pct(p)) => (value.display(), p),
        _ => (value.display(), None),
    };
    let before = rv.before.as_ref().map(|b| b.headline.value(f));
    Tile {
        label: f.label(),
        value: text,
        ratio,
        delta: before.and_then(|b| value.delta(&b)),
    }
}

fn draw_tiles(app: &App, theme: &Theme, area: Rect, ncols: u16, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let gap = 2;
    let w = usize::from((area.width.saturating_sub(gap * (ncols - 1)) / ncols).max(1));
    let nrows = Figure::ALL.len().div_ceil(usize::from(ncols));
    let show_delta = w >= 52 && app.review.before.is_some();
    // Right of the value: a whole percentage, then the bar. Fixed widths, so that values
    // right-align down a column of tiles and the label takes whatever is left.
    let bar_w = (w / 6).clamp(4, 24);
    let tail = 6 + 1 + bar_w;
    let ell = theme.ellipsis();
    for (i, &f) in Figure::ALL.iter().enumerate() {
        let (col, row) = (i / nrows, i % nrows);
        let y = area.y + u16::try_from(row).unwrap_or(u16::MAX);
        if y >= area.bottom() {
            continue;
        }
        let x = area.x + u16::try_from(col).unwrap_or(0) * (u16::try_from(w).unwrap_or(0) + gap);
        let t = tile(app, f);
        let value_style = match f {
            Figure::OverdueTasks | Figure::OpenFindings if t.value != "0" => theme.overdue(),
            _ => theme.heading(),
        };
        let mut right = vec![Span::styled(t.value.clone(), value_style)];
        let vw = t.value.width();
        let is_pct = matches!(app.review.rollup.headline.value(f), Value::Pct(_));
        match t.ratio {
            Some(r) => {
                if is_pct {
                    // The value is the percentage: it stands where the others' percentage is.
                    right[0].style = theme.grade(Some(r));
                } else {
                    right.push(Span::styled(
                        format!(" {:>5}", pct_text(Some(r))),
                        theme.grade(Some(r)),
                    ));
                }
                let (full, empty) = theme.bar(r / 100.0, u16::try_from(bar_w).unwrap_or(0));
                right.push(Span::raw(" "));
                right.push(Span::styled(full, theme.grade(Some(r))));
                right.push(Span::styled(empty, theme.dim()));
            }
            // A long value (incidents) uses the room the bar would have had.
            None if vw > 9 => {}
            None => right.push(Span::raw(" ".repeat(tail))),
        }
        if show_delta {
            right.push(Span::styled(
                format!(" {:>5}", t.delta.unwrap_or_default()),
                theme.dim(),
            ));
        }
        let right_w: usize = right.iter().map(|s| s.content.width()).sum();
        let label_w = w.saturating_sub(right_w + 1);
        let mut spans = vec![Span::raw(format!("{:<label_w$} ", fit(t.label, label_w, ell)))];
        spans.extend(right);
        let fitted = fit_spans(spans, w, Align::Right, ell);
        buf.set_line(x, y, &Line::from(fitted), u16::try_from(w).unwrap_or(0));
    }
}
