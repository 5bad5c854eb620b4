//! The Security panel: the security headline, then per district the four layers, anti-malware
//! coverage, incidents and counts, and below it every inspection, training and drill.

use crate::present::console::Table;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use crate::app::App;
use crate::app::table::Align;
use crate::rollup::Figure;

use super::table::{TableHit, fit_spans};
use super::theme::Theme;

const FIGURES: &[Figure] = &[
    Figure::Inspections,
    Figure::OpenFindings,
    Figure::Trainings,
    Figure::Drills,
    Figure::FourLayerDistricts,
    Figure::AntiMalware,
    Figure::Incidents,
];

pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<TableHit> {
    let theme = Theme::new(app.look);
    let [summary, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    let spans = fit_spans(
        super::services::figure_spans(app, FIGURES),
        usize::from(summary.width),
        Align::Left,
        theme.ellipsis(),
    );
    buf.set_line(summary.x, summary.y, &Line::from(spans), summary.width);
    let views = &app.view().tables;
    let districts = views.first().map_or(0, |v| v.rows.len());
    // The district matrix gets what it needs up to a little over half; events the rest.
    let want = u16::try_from(districts + 3).unwrap_or(u16::MAX);
    let top_h = want.min(rest.height * 55 / 100).max(rest.height.min(5));
    let [top, bottom] = Layout::vertical([Constraint::Length(top_h), Constraint::Min(0)]).areas(rest);
    super::two_tables(app, [top, bottom], [Table::SecDistricts, Table::SecEvents], buf)
}
