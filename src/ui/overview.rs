//! The Overview panel: the headline as tiles (the value, its change since C, its trend over
//! the dates up to R as a sparkline, and where there is room its percentage and a bar), the
//! district league table (with each district's rank change since C), and the attention list
//! of overdue and blocked tasks with the districts holding them back.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::spark::spark_scaled;
use crate::app::table::Align;
use crate::rollup::{Figure, Value, pct};

use super::table::{TableHit, fit_spans, render as table};
use super::theme::Theme;
use crate::present::layout::fit;
use crate::present::{Lang, console, figures, num};

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
    let lang = app.look.lang;
    let since = app.review.since.map(|c| num::date(lang, c));
    let title = console::headline_title(
        lang,
        &num::date(lang, app.review.review),
        since.as_deref(),
        theme.dot(),
    );
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
    let league_w = natural.min(bottom.width * 58 / 100).max(46).min(bottom.width);
    let [left, right] = Layout::horizontal([Constraint::Length(league_w), Constraint::Min(0)]).areas(bottom);
    let mut hits = Vec::new();
    let views = &app.view().tables;
    if let Some(v) = views.first() {
        hits.push(table(
            app,
            v,
            0,
            super::table_title(
                app,
                0,
                crate::present::console::table(app.look.lang, crate::present::console::Table::League),
            ),
            left,
            buf,
        ));
    }
    if let Some(v) = views.get(1) {
        hits.push(table(
            app,
            v,
            1,
            super::table_title(
                app,
                1,
                crate::present::console::table(app.look.lang, crate::present::console::Table::Attention),
            ),
            right,
            buf,
        ));
    }
    hits
}

/// `83 %` for tiles and summaries; `n/a` with nothing to divide by.
#[must_use]
pub fn pct_text(lang: Lang, p: Option<f64>) -> String {
    p.map_or_else(
        || figures::not_available(lang).to_owned(),
        crate::app::table::whole_pct,
    )
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
    let lang = app.look.lang;
    let value = h.value(f);
    let targets = rv.ds.catalogue.plan.security.clone().unwrap_or_default();
    let against = |n: u64, target: Option<u64>| match target {
        Some(t) => (format!("{n}/{t}"), pct(n, t)),
        None => (figures::value(lang, &value), None),
    };
    let (text, ratio) = match (f, value) {
        (_, Value::Ratio(r)) => (figures::value(lang, &value), r.pct()),
        (Figure::Inspections, Value::Count(n)) => against(n, targets.inspection_target),
        (Figure::Trainings, Value::Count(n)) => against(n, targets.training_target),
        (Figure::Drills, Value::Count(n)) => against(n, targets.drill_target),
        (Figure::FourLayerDistricts, Value::Count(n)) => {
            against(n, Some(rv.ds.catalogue.district_count() as u64))
        }
        (_, Value::Pct(p)) => (figures::value(lang, &value), p),
        _ => (figures::value(lang, &value), None),
    };
    let before = rv.before.as_ref().map(|b| b.headline.value(f));
    Tile {
        label: figures::label(lang, f),
        value: text,
        ratio,
        delta: before.and_then(|b| figures::delta(lang, &value, &b)),
    }
}

/// Which parts a row of tiles shows, and how wide, so that parts line up down a column of
/// tiles. Chosen once per layout from the tile width: the value, the change since C and the
/// trend first (what the meeting asks about), then the percentage, then a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Parts {
    value: usize,
    pct: usize,
    bar: usize,
    delta: usize,
    spark: usize,
}

/// Values are at most this wide (`1,025,612`), incidents aside.
const VALUE_W: usize = 9;

impl Parts {
    fn choose(w: usize, delta: usize, points: usize) -> Self {
        // The label keeps at least this much; more for the optional parts.
        const LABEL_MIN: usize = 13;
        const LABEL_NICE: usize = 20;
        let mut p = Parts {
            value: VALUE_W,
            pct: 0,
            bar: 0,
            delta,
            spark: 0,
        };
        let used = |p: &Parts| 1 + p.value + p.pct + p.bar + p.delta + p.spark;
        let room = w.saturating_sub(LABEL_MIN + used(&p));
        if points >= 2 && room >= 6 {
            p.spark = 1 + points.min(12).min(room - 1);
        }
        if w >= LABEL_NICE + used(&p) + 6 {
            p.pct = 6;
        }
        let left = w.saturating_sub(LABEL_NICE + used(&p));
        if p.pct > 0 && left >= 5 {
            p.bar = 1 + (left - 1).min(24);
        }
        p
    }
}

/// The incidents figure in the room it has: both words, or shorter down to `39/41`.
fn incidents_text(lang: Lang, v: Value, room: usize) -> String {
    let Value::Incidents(i) = v else {
        return figures::value(lang, &v);
    };
    let (r, d) = (i.resolved, i.detected);
    let [long, short] = figures::incidents_short(lang, r, d);
    [figures::value(lang, &v), long, short]
        .into_iter()
        .find(|t| t.width() <= room)
        .unwrap_or_else(|| format!("{r}/{d}"))
}

fn draw_tiles(app: &App, theme: &Theme, area: Rect, ncols: u16, buf: &mut Buffer) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let gap = 2;
    let w = usize::from((area.width.saturating_sub(gap * (ncols - 1)) / ncols).max(1));
    let nrows = Figure::ALL.len().div_ceil(usize::from(ncols));
    let rv = &app.review;
    let points = rv.trend(Figure::PlanTasks).len();
    // The change column is as wide as the widest change (`+16,270`), so that it lines up.
    let delta_w = Figure::ALL
        .iter()
        .filter_map(|&f| tile(app, f).delta)
        .map(|d| d.width())
        .max()
        // Incidents (`+12 / +12`) may run into their label rather than push every trend out.
        .map_or(0, |w| w.clamp(2, 7) + 1);
    let parts = Parts::choose(w, delta_w, points);
    let ell = theme.ellipsis();
    for (i, &f) in Figure::ALL.iter().enumerate() {
        let (col, row) = (i / nrows, i % nrows);
        let y = area.y + u16::try_from(row).unwrap_or(u16::MAX);
        if y >= area.bottom() {
            continue;
        }
        let x = area.x + u16::try_from(col).unwrap_or(0) * (u16::try_from(w).unwrap_or(0) + gap);
        let line = tile_line(app, theme, f, parts, w, ell);
        buf.set_line(x, y, &line, u16::try_from(w).unwrap_or(0));
    }
}

/// One tile: the label, then the parts right-aligned in their columns.
fn tile_line(app: &App, theme: &Theme, f: Figure, parts: Parts, w: usize, ell: &str) -> Line<'static> {
    let t = tile(app, f);
    let value = app.review.rollup.headline.value(f);
    let is_pct = matches!(value, Value::Pct(_));
    let value_style = match f {
        Figure::OverdueTasks | Figure::OpenFindings if t.value != "0" => theme.overdue(),
        _ if is_pct => theme.grade(t.ratio),
        _ => theme.heading(),
    };
    // A percentage is its own percentage column; incidents take the room of both.
    let value_w = match (is_pct, t.ratio, value) {
        (_, _, Value::Incidents(_)) => parts.value + parts.pct + parts.bar,
        (true, _, _) => parts.value + parts.pct,
        _ => parts.value,
    };
    let text = match value {
        // It may take room from its label too, down to a label of 10 cells.
        Value::Incidents(_) => incidents_text(
            theme.lang,
            value,
            w.saturating_sub(1 + 10 + parts.delta + parts.spark),
        ),
        _ => t.value.clone(),
    };
    let mut right = vec![Span::styled(format!("{text:>value_w$}"), value_style)];
    if parts.pct > 0 && !is_pct && !matches!(value, Value::Incidents(_)) {
        let pct = t.ratio.map(|r| pct_text(theme.lang, Some(r))).unwrap_or_default();
        right.push(Span::styled(format!(" {pct:>5}"), theme.grade(t.ratio)));
    }
    if parts.bar > 0 && !matches!(value, Value::Incidents(_)) {
        let bar_w = u16::try_from(parts.bar - 1).unwrap_or(0);
        match t.ratio {
            Some(r) => {
                let (full, empty) = theme.bar(r / 100.0, bar_w);
                right.push(Span::raw(" "));
                right.push(Span::styled(full, theme.grade(Some(r))));
                right.push(Span::styled(empty, theme.dim()));
            }
            None => right.push(Span::raw(" ".repeat(parts.bar))),
        }
    }
    if parts.delta > 0 {
        let d = t.delta.clone().unwrap_or_default();
        let n = parts.delta - 1;
        right.push(Span::styled(format!(" {d:>n$}"), theme.heading()));
    }
    if parts.spark > 0 {
        let series = app.review.trend(f);
        let tail = &series[series.len().saturating_sub(parts.spark - 1)..];
        let line = spark_scaled(tail, theme.ascii);
        right.push(Span::styled(
            format!(" {line:<n$}", n = parts.spark - 1),
            theme.fg(Color::Cyan),
        ));
    }
    let right_w: usize = right.iter().map(|s| s.content.width()).sum();
    let label_w = w.saturating_sub(right_w + 1);
    let label = if t.label.width() <= label_w {
        t.label
    } else {
        figures::short_label(theme.lang, f)
    };
    let mut spans = vec![Span::raw(format!("{:<label_w$} ", fit(label, label_w, ell)))];
    spans.extend(right);
    Line::from(fit_spans(spans, w, Align::Right, ell))
}

#[cfg(test)]
mod tests {
    use super::Parts;

    #[test]
    fn narrow_tiles_keep_the_change_and_the_trend() {
        // 80 columns: two tiles of 38.
        let p = Parts::choose(38, 7, 14);
        assert_eq!((p.delta, p.pct, p.bar), (7, 0, 0));
        assert!(p.spark >= 6, "{p:?}");
        // 120 columns: everything but the bar.
        let p = Parts::choose(58, 7, 14);
        assert_eq!((p.delta, p.spark, p.pct), (7, 13, 6));
        // Wide: a bar as well; without C, no change column.
        let p = Parts::choose(76, 0, 14);
        assert!(p.bar >= 5 && p.delta == 0, "{p:?}");
        // One date: no trend to draw.
        assert_eq!(Parts::choose(58, 7, 1).spark, 0);
    }
}
