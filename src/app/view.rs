//! Per-table and per-panel view state: selection, scroll offset, filter text, status filter,
//! sort column and direction, and the rows they leave, in order.
//!
//! The rows are computed here, in `update`, and cached (`rows`), so that `update` and the
//! renderer always agree on what the selected row is. The folded text the filter matches is
//! cached per row too, and rebuilt only when the data changes.

use unicode_width::UnicodeWidthStr;

use crate::present::Lang;

use super::review::Review;
use super::rows;
use super::table::{StatusFilter, TableId};
use super::text::{fold, matches};

/// How many rows PgUp/PgDn move before a frame has measured the table.
const DEFAULT_PAGE: usize = 10;

/// The view state of one table.
#[derive(Clone, Debug)]
pub struct TableView {
    pub id: TableId,
    /// The language its cells are written in, which the filter matches.
    pub lang: Lang,
    /// Position of the selected row in `rows`.
    pub selected: usize,
    /// Position in `rows` of the first row on screen.
    pub offset: usize,
    /// Body rows the last frame showed (0 before the first frame).
    pub page: usize,
    /// The filter text as typed.
    pub filter: String,
    pub status: StatusFilter,
    /// Sort column (index into the table's columns); `None` for natural order.
    pub sort: Option<usize>,
    pub descending: bool,
    /// Row indices (natural order) that pass the filters, in display order.
    pub rows: Vec<usize>,
    /// Rows in the table before any filter (natural order: `0..len`).
    len: usize,
    /// Per row (natural order): every cell's text, folded, for the filter. Built on the first
    /// query after a reload, not by the reload: folding every cell of every table is most of
    /// the cost of moving R at nation scale, and almost always no filter is set.
    haystack: Vec<String>,
    /// Per column: the widest cell text over all rows, so columns are no wider than needed.
    pub widths: Vec<u16>,
}

impl TableView {
    #[must_use]
    pub fn new(id: TableId, rv: &Review, lang: Lang) -> Self {
        let mut view = Self {
            id,
            lang,
            selected: 0,
            offset: 0,
            page: 0,
            filter: String::new(),
            status: StatusFilter::All,
            sort: None,
            descending: false,
            rows: Vec::new(),
            len: 0,
            haystack: Vec::new(),
            widths: Vec::new(),
        };
        view.reload(rv, None);
        view
    }

    /// The data changed (new R, C or files): rebuild the caches and the rows, keeping on
    /// `keep` (the natural-order row that is now what was selected) when there is one, else on
    /// the same position.
    pub fn reload(&mut self, rv: &Review, keep: Option<usize>) {
        let n = rows::len(self.id, rv);
        let cols = rows::columns(self.id).len();
        self.len = n;
        self.haystack.clear();
        self.widths = vec![0; cols];
        for row in 0..n {
            let cells = rows::cells(self.id, rv, row, self.lang);
            for (c, cell) in cells.iter().enumerate() {
                if let Some(w) = self.widths.get_mut(c) {
                    *w = (*w).max(u16::try_from(cell.text(self.lang).width()).unwrap_or(u16::MAX));
                }
            }
        }
        self.requery_keeping(rv, keep);
    }

    /// Fills `haystack` for the current data, if a reload emptied it.
    fn build_haystack(&mut self, rv: &Review) {
        if self.haystack.len() == self.len {
            return;
        }
        self.haystack = (0..self.len)
            .map(|row| {
                let mut text = String::new();
                for cell in rows::cells(self.id, rv, row, self.lang) {
                    text.push_str(&cell.text(self.lang));
                    // A separator no query contains, so terms cannot match across two cells.
                    text.push('\u{1f}');
                }
                fold(&text)
            })
            .collect();
    }

    /// The filter, status filter or sort changed: recompute `rows`, keeping the selection on
    /// the same row when it survives, else on the nearest position.
    pub fn requery(&mut self, rv: &Review) {
        self.requery_keeping(rv, self.selected_row());
    }

    fn requery_keeping(&mut self, rv: &Review, keep: Option<usize>) {
        let query = fold(&self.filter);
        let filtering = !query.trim().is_empty();
        if filtering {
            self.build_haystack(rv);
        }
        let mut rows: Vec<usize> = (0..self.len)
            .filter(|&r| rows::keeps(self.id, rv, r, self.status))
            .filter(|&r| !filtering || matches(&self.haystack[r], &query))
            .collect();
        if let Some(col) = self.sort {
            let mut keyed: Vec<(usize, _)> = rows
                .iter()
                .map(|&r| {
                    let key = rows::cells(self.id, rv, r, self.lang)
                        .get(col)
                        .map_or(super::table::SortKey::Missing, super::table::Cell::sort_key);
                    (r, key)
                })
                .collect();
            // Stable, so ties keep the natural order.
            keyed.sort_by(|a, b| a.1.compare(&b.1, self.descending));
            rows = keyed.into_iter().map(|(r, _)| r).collect();
        }
        self.rows = rows;
        self.selected = keep
            .and_then(|k| self.rows.iter().position(|&r| r == k))
            .unwrap_or(self.selected)
            .min(self.rows.len().saturating_sub(1));
        self.offset = window_start(self.offset, self.selected, self.rows.len(), self.page);
    }

    /// The selected row (natural-order index), if the table has any row.
    #[must_use]
    pub fn selected_row(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }

    /// Rows PgUp/PgDn move: one screenful less one row of context.
    fn page_step(&self) -> usize {
        if self.page == 0 {
            DEFAULT_PAGE
        } else {
            self.page.saturating_sub(1).max(1)
        }
    }

    /// Moves the selection by `delta` rows, clamped to the table.
    pub fn move_by(&mut self, delta: isize) {
        let last = self.rows.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
        self.offset = window_start(self.offset, self.selected, self.rows.len(), self.page);
    }

    pub fn page_down(&mut self) {
        self.move_by(isize::try_from(self.page_step()).unwrap_or(1));
    }

    pub fn page_up(&mut self) {
        self.move_by(-isize::try_from(self.page_step()).unwrap_or(1));
    }

    pub fn top(&mut self) {
        self.move_by(isize::MIN / 2);
    }

    pub fn bottom(&mut self) {
        self.move_by(isize::MAX / 2);
    }

    /// Selects a row by its position on screen (a click).
    pub fn select(&mut self, position: usize) {
        self.selected = position.min(self.rows.len().saturating_sub(1));
        self.offset = window_start(self.offset, self.selected, self.rows.len(), self.page);
    }

    /// A frame measured how many rows the table shows.
    pub fn set_page(&mut self, rows: usize) {
        self.page = rows;
        self.offset = window_start(self.offset, self.selected, self.rows.len(), self.page);
    }
}

/// The first row to show so that `selected` is visible, moving the window as little as
/// possible from `offset`, and never leaving empty rows below the last one. The renderer uses
/// the same function, so a stale offset can never hide the selection.
#[must_use]
pub fn window_start(offset: usize, selected: usize, len: usize, height: usize) -> usize {
    if height == 0 || len == 0 {
        return 0;
    }
    let mut start = offset.min(len.saturating_sub(height));
    if selected < start {
        start = selected;
    } else if selected >= start + height {
        start = selected + 1 - height;
    }
    start
}

/// The view state of one panel: which of its tables has the focus, and each table's view.
#[derive(Clone, Debug)]
pub struct PanelView {
    pub section: usize,
    pub tables: Vec<TableView>,
}

impl PanelView {
    #[must_use]
    pub fn new(tables: &[TableId], rv: &Review, lang: Lang) -> Self {
        Self {
            section: 0,
            tables: tables.iter().map(|&id| TableView::new(id, rv, lang)).collect(),
        }
    }

    /// The table with the focus.
    #[must_use]
    pub fn focused(&self) -> Option<&TableView> {
        self.tables.get(self.section)
    }

    pub fn focused_mut(&mut self) -> Option<&mut TableView> {
        self.tables.get_mut(self.section)
    }
}

#[cfg(test)]
mod tests {
    use super::window_start;

    #[test]
    fn window_follows_the_selection() {
        assert_eq!(window_start(0, 0, 100, 10), 0);
        assert_eq!(window_start(0, 9, 100, 10), 0);
        assert_eq!(window_start(0, 10, 100, 10), 1);
        assert_eq!(window_start(50, 45, 100, 10), 45);
        // Never past the end, even with a stale offset.
        assert_eq!(window_start(95, 99, 100, 10), 90);
        assert_eq!(window_start(7, 3, 5, 10), 0);
        assert_eq!(window_start(3, 0, 0, 10), 0);
    }
}
