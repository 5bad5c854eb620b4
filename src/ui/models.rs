//! The Models panel: one row per utility model, new or maintained, with its province status
//! and coverage.

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
        crate::present::console::Table::Models,
        &[Figure::ModelsMaintained, Figure::ModelsNew],
    )
}
