//! What the screen depends on, summed up cheaply: `App::update` compares it before and after
//! an action to tell the event loop whether to draw.

use super::table::StatusFilter;
use super::{App, Detail, Panel, directions};

impl App {
    /// A cheap summary of everything the screen depends on, to tell whether an action
    /// changed anything. Data changes (a new Review) always redraw via `reload`.
    pub(super) fn fingerprint(&self) -> Fingerprint {
        let v = self.view();
        Fingerprint {
            panel: self.panel,
            section: v.section,
            tables: v
                .tables
                .iter()
                .map(|t| {
                    (
                        t.selected,
                        t.offset,
                        t.filter.clone(),
                        t.status,
                        t.sort,
                        t.descending,
                        t.rows.len(),
                    )
                })
                .collect(),
            detail: self.detail,
            help: self.help,
            typing: self.typing,
            size: self.size,
            quit: self.quit,
            dates: (self.review.review, self.review.since),
            generation: self.live.generation,
            notice: self.live.notice.clone(),
            presentation: self.presentation,
            directions: (
                self.directions.selected,
                self.directions.form.clone(),
                self.directions.status.clone(),
                self.directions.pending.is_some(),
                self.directions.generation,
            ),
        }
    }
}

/// What of one table's view shows on screen: selection, offset, filter, status filter, sort
/// column and direction, and how many rows pass.
type TableMark = (usize, usize, String, StatusFilter, Option<usize>, bool, usize);

#[derive(PartialEq)]
pub(super) struct Fingerprint {
    panel: Panel,
    section: usize,
    tables: Vec<TableMark>,
    detail: Option<Detail>,
    help: bool,
    typing: bool,
    size: (u16, u16),
    quit: bool,
    dates: (crate::model::Date, Option<crate::model::Date>),
    generation: u64,
    notice: Option<String>,
    presentation: super::Presentation,
    directions: DirectionsMark,
}

/// What of the directions shows on screen: selection, form, status, a write pending, and
/// which reading of the meetings book.
type DirectionsMark = (
    usize,
    Option<directions::Form>,
    Option<Result<String, String>>,
    bool,
    u64,
);
