//! The row model: for every table, its columns, how many rows it has, the cells of one row,
//! what Enter opens, and which rows a status filter keeps. Cells are built on demand, one row
//! at a time, so the renderer only builds the rows it shows; the filter's folded text is
//! cached per table by [`super::view::TableView`].
//!
//! A row is named by its index in the table's natural order (plan order, league rank, load
//! order); filter and sort only reorder those indices.

mod districts;
mod items;
mod records;

use crate::model::Area;

use super::detail::Target;
use super::review::Review;
use super::table::{Cell, Column, StatusFilter, TableId};

/// The columns of a table, in display order.
#[must_use]
pub fn columns(id: TableId) -> &'static [Column] {
    match id {
        TableId::League => districts::LEAGUE,
        TableId::Districts => districts::DISTRICTS,
        TableId::Freshness => districts::FRESHNESS,
        TableId::SecDistricts => districts::SECURITY,
        TableId::Attention => items::ATTENTION,
        TableId::Tasks => items::TASKS,
        TableId::Models => items::MODELS,
        TableId::Services => items::SERVICES,
        TableId::SecEvents => records::EVENTS,
        TableId::Problems => records::PROBLEMS,
    }
}

/// How many rows a table has before any filter.
#[must_use]
pub fn len(id: TableId, rv: &Review) -> usize {
    let cat = &rv.ds.catalogue;
    match id {
        TableId::League => rv.league.len(),
        TableId::Districts | TableId::Freshness | TableId::SecDistricts => cat.district_count(),
        TableId::Attention => rv.attention.len(),
        TableId::Tasks => cat.item_count(Area::Task),
        TableId::Models => cat.item_count(Area::Model),
        TableId::Services => cat.item_count(Area::Service),
        TableId::SecEvents => rv.events.len(),
        TableId::Problems => rv.problems.len(),
    }
}

/// The cells of one row, one per column.
#[must_use]
pub fn cells(id: TableId, rv: &Review, row: usize) -> Vec<Cell> {
    match id {
        TableId::League => districts::league(rv, row),
        TableId::Districts => districts::matrix(rv, row),
        TableId::Freshness => districts::freshness(rv, row),
        TableId::SecDistricts => districts::security(rv, row),
        TableId::Attention => items::attention(rv, row),
        TableId::Tasks => items::task(rv, row),
        TableId::Models => items::model(rv, row),
        TableId::Services => items::service(rv, row),
        TableId::SecEvents => records::event(rv, row),
        TableId::Problems => records::problem(rv, row),
    }
}

/// What Enter on a row opens.
#[must_use]
pub fn target(id: TableId, rv: &Review, row: usize) -> Option<Target> {
    match id {
        TableId::League => rv.league.get(row).map(|&d| Target::District(d)),
        TableId::Districts | TableId::Freshness | TableId::SecDistricts => Some(Target::District(row)),
        TableId::Attention => rv.attention.get(row).map(|&t| Target::Item(Area::Task, t)),
        TableId::Tasks => Some(Target::Item(Area::Task, row)),
        TableId::Models => Some(Target::Item(Area::Model, row)),
        TableId::Services => Some(Target::Item(Area::Service, row)),
        TableId::SecEvents => rv.events.get(row).map(|&e| Target::Event(e)),
        TableId::Problems => Some(Target::Problem(row)),
    }
}

/// Whether a row passes a status filter (tables without one keep every row).
#[must_use]
pub fn keeps(id: TableId, rv: &Review, row: usize, filter: StatusFilter) -> bool {
    let area = match id {
        TableId::Tasks => Area::Task,
        TableId::Models => Area::Model,
        TableId::Services => Area::Service,
        _ => return true,
    };
    let Some(it) = rv.item(area, row) else {
        return false;
    };
    use crate::rollup::Status;
    match filter {
        StatusFilter::All => true,
        StatusFilter::NotComplete => !it.complete,
        StatusFilter::Overdue => it.overdue,
        StatusFilter::Lagging => matches!(
            it.status,
            Status::Blocked | Status::Behind | Status::Suspended | Status::Offline
        ),
    }
}
