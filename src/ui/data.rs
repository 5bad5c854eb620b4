//! The Data panel, the operator's worklist: every problem the loader found (with the stale
//! warnings at R, and "showing last good version of FILE" for a file that turned bad while the
//! console ran), and per district the last report date and its freshness.

use crate::present::console::Table;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::live::is_held;
use crate::app::table::Align;
use crate::load::Tally;
use crate::present::console;

use super::table::{TableHit, fit_spans};
use super::theme::Theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<TableHit> {
    let theme = Theme::new(app.look);
    let rv = &app.review;
    let [summary, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let held = rv.ds.files().iter().filter(|f| is_held(f)).count();
    let text = console::data_summary(
        theme.lang,
        &console::tally(theme.lang, Tally::of(&rv.problems)),
        rv.ds.file_count(),
        held,
        &rv.ds.source,
        theme.dot(),
    );
    let spans = fit_spans(
        vec![Span::raw(text)],
        usize::from(summary.width),
        Align::Left,
        theme.ellipsis(),
    );
    buf.set_line(summary.x, summary.y, &Line::from(spans), summary.width);
    let views = &app.view().tables;
    let districts = views.get(1).map_or(0, |v| v.rows.len());
    let want = u16::try_from(districts + 3).unwrap_or(u16::MAX);
    let bottom_h = want.min(rest.height * 45 / 100);
    let [top, bottom] = Layout::vertical([Constraint::Min(0), Constraint::Length(bottom_h)]).areas(rest);
    super::two_tables(app, [top, bottom], [Table::Problems, Table::Freshness], buf)
}
