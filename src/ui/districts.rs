//! The Districts panel: the districts x areas matrix (complete % per area, colour-graded), the
//! report date and freshness; Enter opens a district with its own status of every item.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::App;

use super::table::{TableHit, render as table};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Vec<TableHit> {
    let Some(v) = app.view().tables.first() else {
        return Vec::new();
    };
    vec![table(
        app,
        v,
        0,
        super::table_title(
            app,
            0,
            crate::present::console::table(app.look.lang, crate::present::console::Table::DistrictAreas),
        ),
        area,
        buf,
    )]
}
