//! The Tasks panel: one row per task of the plan (plan and key tasks), with its province
//! status, progress, coverage, and overdue and late markers.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::App;
use crate::rollup::Figure;

use super::table::TableHit;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<TableHit> {
    super::services::item_panel(
        app,
        area,
        buf,
        crate::present::console::Table::Tasks,
        &[Figure::PlanTasks, Figure::KeyTasks, Figure::OverdueTasks],
    )
}
