//! The shared table renderer: column choice by priority, widths by content, truncation with an
//! ellipsis by display width (so Vietnamese aligns), the sort arrow, reverse-video selection,
//! and only the visible window of rows built, so a table of thousands of rows costs what a
//! screenful costs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::app::rows;
use crate::app::spark::spark;
use crate::app::table::{Align, Cell, Column};
use crate::app::view::{TableView, window_start};
use crate::rollup::ItemChange;

use super::theme::Theme;
use crate::present::layout::fit;
use crate::present::{Lang, status as words};

/// Where a table landed on screen, for mouse hit-testing and for measuring its height.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableHit {
    pub section: usize,
    /// The rows area (below the heading line).
    pub body: Rect,
    /// Position in the view's rows of the first row shown.
    pub start: usize,
}

impl TableHit {
    /// The row position under a screen cell, if any.
    #[must_use]
    pub fn row_at(&self, rows: usize, x: u16, y: u16) -> Option<usize> {
        let inside = x >= self.body.x && x < self.body.right() && y >= self.body.y && y < self.body.bottom();
        let pos = self.start + usize::from(y.checked_sub(self.body.y)?);
        (inside && pos < rows).then_some(pos)
    }
}

/// Fits styled spans into `width` cells (cutting with an ellipsis), aligned and padded.
#[must_use]
pub fn fit_spans(
    spans: Vec<Span<'static>>,
    width: usize,
    align: Align,
    ellipsis: &str,
) -> Vec<Span<'static>> {
    let total: usize = spans.iter().map(|s| s.content.width()).sum();
    let mut out = Vec::new();
    if total > width {
        let mut left = width;
        let n = spans.len();
        for (i, s) in spans.into_iter().enumerate() {
            let w = s.content.width();
            let last_fits = i + 1 == n && w <= left;
            if w < left || last_fits {
                left -= w;
                out.push(s);
            } else {
                out.push(Span::styled(fit(&s.content, left, ellipsis), s.style));
                break;
            }
        }
        return out;
    }
    let pad = " ".repeat(width - total);
    if align == Align::Right {
        out.push(Span::raw(pad));
        out.extend(spans);
    } else {
        out.extend(spans);
        out.push(Span::raw(pad));
    }
    out
}

/// A cell's symbol (possibly empty) and words with their style.
#[must_use]
pub fn cell_spans(cell: &Cell, theme: &Theme) -> Vec<Span<'static>> {
    let with_symbol = |(sym, style): (&'static str, Style), words: String| {
        if sym.is_empty() {
            vec![Span::styled(words, style)]
        } else {
            vec![Span::styled(format!("{sym} {words}"), style)]
        }
    };
    match cell {
        Cell::Status(s) => with_symbol(theme.status(*s), cell.text(theme.lang)),
        Cell::Fresh(f) => with_symbol(theme.fresh(*f), cell.text(theme.lang)),
        Cell::Flag(f) => with_symbol(theme.flag(*f), cell.text(theme.lang)),
        Cell::Severity(s) => with_symbol(theme.severity(*s), cell.text(theme.lang)),
        Cell::Coverage(c) => vec![Span::styled(cell.text(theme.lang), theme.grade(c.pct()))],
        Cell::Pct(p) | Cell::Share(p) => vec![Span::styled(cell.text(theme.lang), theme.grade(*p))],
        Cell::Progress(p) => vec![Span::styled(
            cell.text(theme.lang),
            theme.grade(Some(f64::from(*p))),
        )],
        Cell::Date(None) => vec![Span::styled(cell.text(theme.lang), theme.dim())],
        Cell::Marks(m) => {
            let mut spans = Vec::new();
            if m.overdue {
                spans.push(Span::styled(words::overdue(theme.lang), theme.overdue()));
            }
            if m.late > 0 {
                if m.overdue {
                    spans.push(Span::raw(" "));
                }
                spans.push(Span::styled(words::late(theme.lang, m.late), theme.late()));
            }
            spans
        }
        Cell::Moved(m) => {
            let style = match m {
                Some(ItemChange::BecameComplete) => theme.fg(Color::Green),
                Some(ItemChange::BecameOverdue | ItemChange::NoLongerComplete) => theme.overdue(),
                Some(ItemChange::Status(_)) | None => theme.dim(),
            };
            vec![Span::styled(cell.text(theme.lang), style)]
        }
        Cell::Rank(n) => {
            let n = n.unwrap_or(0);
            let text = if theme.ascii && n != 0 {
                format!("{n:+}")
            } else {
                cell.text(theme.lang)
            };
            let style = if n > 0 {
                theme.fg(Color::Green)
            } else {
                theme.overdue()
            };
            vec![Span::styled(text, style)]
        }
        Cell::Trend(points) => vec![Span::styled(spark(points, theme.ascii), theme.fg(Color::Cyan))],
        Cell::Text(_) | Cell::Count(_) | Cell::Date(Some(_)) | Cell::Empty => {
            vec![Span::raw(cell.text(theme.lang))]
        }
    }
}

/// Chooses the columns that fit in `width` (by priority) and their widths.
/// `content[c]` is the widest cell of column `c`, symbol included.
#[must_use]
pub fn layout_columns(
    cols: &[Column],
    lang: Lang,
    content: &[u16],
    width: u16,
    sort_extra: Option<usize>,
) -> Vec<(usize, u16)> {
    let title_w = |c: usize| u16::try_from(cols[c].title(lang, false).width()).unwrap_or(0);
    let want = |c: usize| {
        let title = title_w(c) + u16::from(sort_extra == Some(c)) * 2;
        cols[c]
            .max
            .max(title_w(c))
            .min(title.max(content.get(c).copied().unwrap_or(0)))
    };
    let min = |c: usize| cols[c].min.min(want(c)).max(1);
    // A column of words that should not be cut (statuses) asks for its content's width first,
    // and makes do with its minimum only when that does not fit.
    let first_ask = |c: usize| if cols[c].whole { want(c).max(1) } else { min(c) };
    let mut order: Vec<usize> = (0..cols.len()).collect();
    order.sort_by_key(|&c| (cols[c].priority, c));
    let mut chosen: Vec<(usize, u16)> = Vec::new();
    let mut used: u16 = 0;
    for c in order {
        let gap = u16::from(!chosen.is_empty());
        let fits = |w: u16| used.saturating_add(gap).saturating_add(w) <= width;
        if let Some(w) = [first_ask(c), min(c)].into_iter().find(|&w| fits(w)) {
            used = used.saturating_add(gap).saturating_add(w);
            chosen.push((c, w));
        }
    }
    chosen.sort_unstable();
    let (chosen, mut widths): (Vec<usize>, Vec<u16>) = chosen.into_iter().unzip();
    let mut extra = width.saturating_sub(used);
    // First let every heading show whole, then share what is left fairly among the columns that want more, a cell at a time.
    for (i, &c) in chosen.iter().enumerate() {
        let title = title_w(c).min(want(c));
        let add = title.saturating_sub(widths[i]).min(extra);
        widths[i] += add;
        extra -= add;
    }
    while extra > 0 {
        let mut grew = false;
        for (i, &c) in chosen.iter().enumerate() {
            // Titles and messages (unbounded columns) grow twice as fast as the rest.
            let step = if cols[c].max == u16::MAX { 2 } else { 1 };
            let add = step.min(want(c).saturating_sub(widths[i])).min(extra);
            if add > 0 {
                widths[i] += add;
                extra -= add;
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    chosen.into_iter().zip(widths).collect()
}

/// The width (borders included) at which every column of a table shows whole.
#[must_use]
pub fn natural_width(app: &App, view: &TableView) -> u16 {
    let theme = Theme::new(app.look);
    let cols = rows::columns(view.id);
    let first = view
        .rows
        .first()
        .map(|&r| rows::cells(view.id, &app.review, r, app.look.lang));
    let total: u16 = cols
        .iter()
        .enumerate()
        .map(|(c, col)| {
            let symbol = first.as_ref().and_then(|cells| cells.get(c)).map_or(0, |cell| {
                let spans: usize = cell_spans(cell, &theme).iter().map(|s| s.content.width()).sum();
                spans.saturating_sub(cell.text(theme.lang).width())
            });
            let content = view.widths.get(c).copied().unwrap_or(0) + u16::try_from(symbol).unwrap_or(0);
            let title = u16::try_from(col.title(app.look.lang, false).width()).unwrap_or(0);
            col.max.max(title).min(content.max(title))
        })
        .sum();
    total + u16::try_from(cols.len()).unwrap_or(0).saturating_sub(1) + 2
}

/// Draws a table of the focused panel into `area` (borders included) and says where it is.
pub fn render(
    app: &App,
    view: &TableView,
    section: usize,
    title: Line<'static>,
    area: Rect,
    buf: &mut Buffer,
) -> TableHit {
    let theme = Theme::new(app.look);
    let focused = app.view().section == section;
    let block = theme.block(focused).title(title);
    let inner = block.inner(area);
    ratatui::widgets::Widget::render(block, area, buf);
    let mut hit = TableHit {
        section,
        body: Rect::new(
            inner.x,
            inner.y.saturating_add(1),
            inner.width,
            inner.height.saturating_sub(1),
        ),
        start: 0,
    };
    if inner.width == 0 || inner.height == 0 {
        return hit;
    }
    let cols = rows::columns(view.id);
    let height = usize::from(hit.body.height);
    let start = window_start(view.offset, view.selected, view.rows.len(), height);
    hit.start = start;
    let end = (start + height).min(view.rows.len());
    // Only the visible rows are built.
    let shown: Vec<Vec<Cell>> = view.rows[start..end]
        .iter()
        .map(|&r| rows::cells(view.id, &app.review, r, app.look.lang))
        .collect();
    let symbol_w = |c: usize| {
        shown
            .iter()
            .filter_map(|cells| cells.get(c))
            .map(|cell| {
                let words = cell.text(theme.lang).width();
                cell_spans(cell, &theme)
                    .iter()
                    .map(|s| s.content.width())
                    .sum::<usize>()
                    .saturating_sub(words)
            })
            .max()
            .unwrap_or(0)
    };
    let content: Vec<u16> = (0..cols.len())
        .map(|c| {
            let text = view.widths.get(c).copied().unwrap_or(0);
            text.saturating_add(u16::try_from(symbol_w(c)).unwrap_or(0))
        })
        .collect();
    let layout = layout_columns(cols, theme.lang, &content, inner.width, view.sort);
    let ell = theme.ellipsis();
    let mut heading = Vec::new();
    for (i, &(c, w)) in layout.iter().enumerate() {
        if i > 0 {
            heading.push(Span::raw(" "));
        }
        let mut t = cols[c].title(theme.lang, theme.ascii).to_owned();
        if view.sort == Some(c) {
            t = format!("{t} {}", theme.sort_arrow(view.descending));
        }
        heading.extend(fit_spans(
            vec![Span::styled(t, theme.heading())],
            usize::from(w),
            cols[c].align,
            ell,
        ));
    }
    buf.set_line(inner.x, inner.y, &Line::from(heading), inner.width);
    if view.rows.is_empty() {
        let msg = crate::present::console::empty_table(theme.lang, !view.filter.is_empty());
        let line = Line::styled(fit(msg, usize::from(inner.width), ell), theme.dim());
        if hit.body.height > 0 {
            buf.set_line(hit.body.x, hit.body.y, &line, hit.body.width);
        }
        return hit;
    }
    for (k, cells) in shown.iter().enumerate() {
        let y = hit.body.y + u16::try_from(k).unwrap_or(0);
        let mut spans = Vec::new();
        for (i, &(c, w)) in layout.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(" "));
            }
            let cell = match cells.get(c) {
                // A trend cut short keeps its latest points: they lead to R.
                Some(Cell::Trend(points)) if points.len() > usize::from(w) => {
                    Cell::Trend(points[points.len() - usize::from(w)..].to_vec())
                }
                other => other.cloned().unwrap_or(Cell::Empty),
            };
            spans.extend(fit_spans(
                cell_spans(&cell, &theme),
                usize::from(w),
                cols[c].align,
                ell,
            ));
        }
        let row_area = Rect::new(inner.x, y, inner.width, 1);
        buf.set_line(inner.x, y, &Line::from(spans), inner.width);
        if start + k == view.selected && focused {
            buf.set_style(row_area, theme.selected());
        }
    }
    hit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::table::Align::{Left, Right};
    use crate::present::columns::Col;

    #[test]
    fn columns_drop_by_priority_and_share_the_rest() {
        let cols = [
            Column::new(Col::Id, 3, 3, 0, Left),
            Column::new(Col::Task, 10, u16::MAX, 0, Left),
            Column::new(Col::Lead, 8, 20, 2, Left),
            Column::new(Col::Cover, 5, 5, 1, Right),
        ];
        let content = [3, 50, 30, 5];
        // 3 + 1 + 10 + 1 + 5 = 20: Lead (priority 2) does not fit.
        assert_eq!(
            layout_columns(&cols, Lang::En, &content, 20, None),
            vec![(0, 3), (1, 10), (3, 5)]
        );
        let wide = layout_columns(&cols, Lang::En, &content, 60, None);
        assert_eq!(wide.iter().map(|c| c.0).collect::<Vec<_>>(), [0, 1, 2, 3]);
        assert_eq!(wide.iter().map(|c| c.1).sum::<u16>() + 3, 60);
        assert!(layout_columns(&cols, Lang::En, &content, 0, None).is_empty());
    }
}
