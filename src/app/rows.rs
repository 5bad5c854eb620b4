//! The row model: for every table, its columns, how many rows it has, the cells of one row,
//! what Enter opens, and which rows a status filter keeps. Cells are built on demand, one row
//! at a time, so the renderer only builds the rows it shows; the filter's folded text is
//! cached per table by [`super::view::TableView`].
//!
//! A row is named by its index in the table's natural order (plan order, league rank, load
//! order); filter and sort only reorder those indices. When the data or the dates change,
//! rows are found again by [`key`] (an item's id, a district's code), not by index, since a
//! district's place in the league, or a problem's place in the list, moves.

mod changes;
mod districts;
mod items;
mod records;

pub(crate) use items::held_back_by;

use crate::model::Area;
use crate::present::Lang;

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
        TableId::Changes => changes::CHANGES,
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
        TableId::Changes => rv.changes.list.len(),
    }
}

/// The cells of one row, one per column.
#[must_use]
pub fn cells(id: TableId, rv: &Review, row: usize, lang: Lang) -> Vec<Cell> {
    match id {
        TableId::League => districts::league(rv, row),
        TableId::Districts => districts::matrix(rv, row, lang),
        TableId::Freshness => districts::freshness(rv, row),
        TableId::SecDistricts => districts::security(rv, row),
        TableId::Attention => items::attention(rv, row, lang),
        TableId::Tasks => items::task(rv, row, lang),
        TableId::Models => items::model(rv, row, lang),
        TableId::Services => items::service(rv, row, lang),
        TableId::SecEvents => records::event(rv, row, lang),
        TableId::Problems => records::problem(rv, row),
        TableId::Changes => changes::change(rv, row, lang),
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
        TableId::Changes => changes::target(rv, row),
    }
}

/// What a row is about, stable across dates and reloads: an item's id, a district's code, a
/// record's district, kind and place, a problem's file, place and message.
#[must_use]
pub fn key(id: TableId, rv: &Review, row: usize) -> String {
    let cat = &rv.ds.catalogue;
    let item = |area: Area, i: Option<usize>| i.map_or_else(String::new, |i| cat.item_id(area, i).to_owned());
    let district = |d: Option<usize>| d.map_or_else(String::new, |d| rv.code(d).to_owned());
    match id {
        TableId::League => district(rv.league.get(row).copied()),
        TableId::Districts | TableId::Freshness | TableId::SecDistricts => {
            district((row < cat.district_count()).then_some(row))
        }
        TableId::Attention => item(Area::Task, rv.attention.get(row).copied()),
        TableId::Tasks => item(Area::Task, (row < cat.item_count(Area::Task)).then_some(row)),
        TableId::Models => item(Area::Model, (row < cat.item_count(Area::Model)).then_some(row)),
        TableId::Services => item(
            Area::Service,
            (row < cat.item_count(Area::Service)).then_some(row),
        ),
        TableId::SecEvents => rv.events.get(row).map_or_else(String::new, |e| {
            format!("{} {:?} {}", rv.code(e.district), e.kind, e.index)
        }),
        TableId::Problems => rv.problems.get(row).map_or_else(String::new, |p| {
            format!("{}:{:?}:{:?}:{}", p.file, p.line, p.column, p.message)
        }),
        TableId::Changes => changes::key(rv, row),
    }
}

/// The row of a table whose [`key`] is `key`, if it is still there.
#[must_use]
pub fn find(id: TableId, rv: &Review, key: &str) -> Option<usize> {
    (0..len(id, rv)).find(|&r| self::key(id, rv, r) == key)
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
