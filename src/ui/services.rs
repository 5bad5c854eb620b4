//! The Services panel: one row per public service, with its province status, coverage and
//! online application rate. Also the layout the three item panels share: a line of headline
//! figures over the table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::rollup::Figure;

use super::table::{TableHit, fit_spans, render as table};
use super::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<TableHit> {
    item_panel(
        app,
        area,
        buf,
        crate::present::console::Table::Services,
        &[Figure::Services],
    )
}

/// A summary line of headline figures (with the change since C), then the panel's table.
pub fn item_panel(
    app: &App,
    area: Rect,
    buf: &mut Buffer,
    name: crate::present::console::Table,
    figures: &[Figure],
) -> Vec<TableHit> {
    let [summary, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let line = Line::from(figure_spans(app, figures));
    let theme = Theme::new(app.look);
    let fitted = fit_spans(
        line.spans,
        usize::from(summary.width),
        crate::app::table::Align::Left,
        theme.ellipsis(),
    );
    buf.set_line(summary.x, summary.y, &Line::from(fitted), summary.width);
    let Some(view) = app.view().tables.first() else {
        return Vec::new();
    };
    vec![table(
        app,
        view,
        0,
        super::table_title(app, 0, crate::present::console::table(app.look.lang, name)),
        body,
        buf,
    )]
}

/// `Plan tasks 37/41 (90 %) +3 · ...` for a few headline figures, as the Overview's tiles
/// show them (security counts against their targets).
pub fn figure_spans(app: &App, figures: &[Figure]) -> Vec<Span<'static>> {
    let theme = Theme::new(app.look);
    let mut spans = vec![Span::raw(" ")];
    for (i, &f) in figures.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(format!(" {} ", theme.dot()), theme.dim()));
        }
        let t = super::overview::tile(app, f);
        let is_pct = matches!(app.review.rollup.headline.value(f), crate::rollup::Value::Pct(_));
        spans.push(Span::raw(format!("{} ", t.label)));
        spans.push(Span::styled(
            t.value,
            theme.heading().patch(theme.grade(t.ratio.filter(|_| is_pct))),
        ));
        if let (Some(r), false) = (t.ratio, is_pct) {
            spans.push(Span::styled(
                format!(" ({})", super::overview::pct_text(app.look.lang, Some(r))),
                theme.grade(Some(r)),
            ));
        }
        if let Some(d) = t.delta {
            spans.push(Span::styled(format!(" {d}"), theme.dim()));
        }
    }
    spans
}
