//! Rows of the item tables (tasks, models, services) and of the Overview's attention list.

use crate::model::Area;
use crate::present::{Lang, status as words};

use super::super::review::Review;
use crate::present::columns::Col;

use super::super::table::{Align, Cell, Column, Marks};

const L: Align = Align::Left;
const R: Align = Align::Right;
const WIDE: u16 = u16::MAX;

pub const TASKS: &[Column] = &[
    Column::new(Col::Id, 3, 6, 0, L),
    Column::new(Col::Task, 24, WIDE, 0, L),
    Column::new(Col::Kind, 4, 9, 5, L).whole(),
    Column::new(Col::Group, 10, 12, 6, L).whole(),
    Column::new(Col::Lead, 12, 48, 4, L),
    Column::new(Col::Due, 10, 10, 2, L),
    Column::new(Col::Status, 11, 17, 0, L).whole(),
    Column::new(Col::Progress, 5, 5, 3, R),
    Column::new(Col::Cover, 5, 5, 1, R),
    Column::new(Col::Marks, 8, 16, 1, L),
    Column::new(Col::SinceC, 10, 22, 2, L),
];

pub const MODELS: &[Column] = &[
    Column::new(Col::Id, 3, 6, 0, L),
    Column::new(Col::Model, 24, WIDE, 0, L),
    Column::new(Col::Kind, 8, 12, 2, L).whole(),
    Column::new(Col::Group, 10, 12, 4, L).whole(),
    Column::new(Col::Status, 11, 17, 0, L).whole(),
    Column::new(Col::Cover, 5, 5, 1, R),
    Column::new(Col::CoverPct, 7, 7, 3, R),
    Column::new(Col::SinceC, 10, 22, 2, L),
];

pub const SERVICES: &[Column] = &[
    Column::new(Col::Id, 3, 6, 0, L),
    Column::new(Col::Service, 24, WIDE, 0, L),
    Column::new(Col::Status, 11, 17, 0, L).whole(),
    Column::new(Col::Cover, 5, 5, 1, R),
    Column::new(Col::CoverPct, 7, 7, 3, R),
    Column::new(Col::OnlineApps, 11, 11, 2, R),
    Column::new(Col::SinceC, 10, 22, 2, L),
];

pub const ATTENTION: &[Column] = &[
    Column::new(Col::Id, 3, 6, 0, L),
    Column::new(Col::Task, 16, WIDE, 0, L),
    Column::new(Col::Status, 11, 17, 3, L).whole(),
    Column::new(Col::Marks, 7, 16, 4, L),
    Column::new(Col::Lead, 12, 48, 2, L),
    Column::new(Col::HeldBackBy, 8, 40, 1, L),
];

fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

fn opt(s: Option<&str>) -> Cell {
    Cell::Text(s.unwrap_or("").to_owned())
}

fn marks(rv: &Review, area: Area, row: usize) -> Cell {
    let it = rv.item(area, row);
    Cell::Marks(Marks {
        overdue: it.is_some_and(|it| it.overdue),
        late: it.map_or(0, |it| it.late),
    })
}

fn status(rv: &Review, area: Area, row: usize) -> Cell {
    rv.item(area, row)
        .map_or(Cell::Status(crate::rollup::Status::NoReport), |it| {
            Cell::Status(it.status)
        })
}

fn coverage(rv: &Review, area: Area, row: usize) -> (Cell, Cell) {
    let cov = rv.item(area, row).map(|it| it.coverage).unwrap_or_default();
    (Cell::Coverage(cov), Cell::Pct(cov.pct()))
}

pub fn task(rv: &Review, row: usize, lang: Lang) -> Vec<Cell> {
    let t = &rv.ds.catalogue.plan.tasks[row];
    let progress = rv.item(Area::Task, row).and_then(|it| it.progress).unwrap_or(0);
    vec![
        text(&t.id),
        text(t.title.get(lang)),
        text(words::task_kind(lang, t.kind)),
        opt(t.group.map(|g| words::group(lang, g))),
        opt(t.lead.as_ref().map(|l| l.get(lang))),
        Cell::Date(t.due),
        status(rv, Area::Task, row),
        Cell::Progress(progress),
        coverage(rv, Area::Task, row).0,
        marks(rv, Area::Task, row),
        Cell::Moved(rv.item_change(Area::Task, row)),
    ]
}

pub fn model(rv: &Review, row: usize, lang: Lang) -> Vec<Cell> {
    let m = &rv.ds.catalogue.plan.models[row];
    let (cov, pct) = coverage(rv, Area::Model, row);
    vec![
        text(&m.id),
        text(m.title.get(lang)),
        text(words::model_kind(lang, m.new)),
        opt(m.group.map(|g| words::group(lang, g))),
        status(rv, Area::Model, row),
        cov,
        pct,
        Cell::Moved(rv.item_change(Area::Model, row)),
    ]
}

pub fn service(rv: &Review, row: usize, lang: Lang) -> Vec<Cell> {
    let s = &rv.ds.catalogue.plan.services[row];
    let (cov, pct) = coverage(rv, Area::Service, row);
    vec![
        text(&s.id),
        text(s.title.get(lang)),
        status(rv, Area::Service, row),
        cov,
        pct,
        Cell::Pct(rv.online_rate.get(row).copied().flatten()),
        Cell::Moved(rv.item_change(Area::Service, row)),
    ]
}

/// The district codes holding an item back, with their statuses folded in when there are
/// few: `BC TY` reads faster than a count, and the detail pane has the full list.
pub fn held_back_by(rv: &Review, area: Area, item: usize) -> String {
    let codes: Vec<&str> = rv
        .holding_back(area, item)
        .into_iter()
        .map(|d| rv.code(d))
        .collect();
    codes.join(" ")
}

pub fn attention(rv: &Review, row: usize, lang: Lang) -> Vec<Cell> {
    let Some(&task) = rv.attention.get(row) else {
        return Vec::new();
    };
    let t = &rv.ds.catalogue.plan.tasks[task];
    vec![
        text(&t.id),
        text(t.title.get(lang)),
        status(rv, Area::Task, task),
        marks(rv, Area::Task, task),
        opt(t.lead.as_ref().map(|l| l.get(lang))),
        Cell::Text(rv.attention_held.get(row).cloned().unwrap_or_default()),
    ]
}
