//! Rows of the Changes panel: one per change between C and R, keyed by what changed (an item,
//! a district's status of an item, a district, a headline figure), in the roll-up's order.

use crate::model::Area;
use crate::present::{Lang, figures, status as words};
use crate::rollup::{Change, ChangeKind, ChangeValue, Figure, Rollup};

use super::super::detail::Target;
use super::super::review::Review;
use crate::present::columns::Col;

use super::super::table::{Align, Cell, Column, Fresh};

const L: Align = Align::Left;
const WIDE: u16 = u16::MAX;

pub const CHANGES: &[Column] = &[
    Column::new(Col::Change, 14, 20, 0, L),
    Column::new(Col::Id, 3, 6, 0, L),
    Column::new(Col::District, 8, 14, 1, L),
    Column::new(Col::Was, 9, 18, 0, L),
    Column::new(Col::Now, 9, 24, 0, L),
    Column::new(Col::What, 12, WIDE, 0, L),
];

/// A status or headline value as a cell: statuses with their symbol.
fn value(lang: Lang, v: Option<ChangeValue>) -> Cell {
    match v {
        Some(ChangeValue::Status(s)) => Cell::Status(s),
        Some(ChangeValue::Figure(f)) => Cell::Text(figures::value(lang, &f)),
        None => Cell::Empty,
    }
}

fn figure(c: &Change) -> Option<Figure> {
    Figure::ALL.into_iter().find(|f| Some(f.key()) == c.figure)
}

/// The plan index of a change's district.
fn district(rv: &Review, c: &Change) -> Option<usize> {
    rv.ds.catalogue.district_index(c.district.as_deref()?)
}

/// The plan index of a change's item.
fn item(rv: &Review, c: &Change) -> Option<(Area, usize)> {
    let area = c.area?;
    Some((area, rv.ds.catalogue.item_index(area, c.id.as_deref()?)?))
}

/// What a change was at C and is at R: the statuses or values it carries, or for an item the
/// province status, for a district how current its report was.
fn was_and_now(rv: &Review, c: &Change, lang: Lang) -> (Cell, Cell) {
    if c.from.is_some() || c.to.is_some() {
        let mut now = value(lang, c.to);
        // A figure's change reads best as the new value and the difference: `37/41 +3`.
        if let (Some(ChangeValue::Figure(to)), Some(ChangeValue::Figure(from))) = (c.to, c.from) {
            if let Some(delta) = figures::delta(lang, &to, &from) {
                now = Cell::Text(format!("{} {delta}", figures::value(lang, &to)));
            }
        }
        return (value(lang, c.from), now);
    }
    let status = |r: Option<&Rollup>, (area, i): (Area, usize)| {
        r.and_then(|r| r.item(area, i))
            .map_or(Cell::Empty, |it| Cell::Status(it.status))
    };
    if let Some(it) = item(rv, c) {
        return (status(rv.before.as_ref(), it), status(Some(&rv.rollup), it));
    }
    let fresh = |r: Option<&Rollup>, d: usize| {
        r.and_then(|r| r.districts.get(d))
            .map_or(Cell::Empty, |dr| Cell::Fresh(Fresh::of(dr)))
    };
    district(rv, c).map_or((Cell::Empty, Cell::Empty), |d| {
        (fresh(rv.before.as_ref(), d), fresh(Some(&rv.rollup), d))
    })
}

pub fn change(rv: &Review, row: usize, lang: Lang) -> Vec<Cell> {
    let Some(c) = rv.changes.list.get(row) else {
        return Vec::new();
    };
    let cat = &rv.ds.catalogue;
    let what = match (item(rv, c), figure(c)) {
        (Some((area, i)), _) => cat.item_title(area, i, lang).to_owned(),
        (None, Some(f)) => figures::label(lang, f).to_owned(),
        (None, None) => String::new(),
    };
    let id = match c.kind {
        ChangeKind::StartedReporting | ChangeKind::WentStale | ChangeKind::ResumedReporting => {
            c.district.clone()
        }
        _ => c.id.clone(),
    };
    let (was, now) = was_and_now(rv, c, lang);
    vec![
        Cell::Text(words::change_kind(lang, c.kind).to_owned()),
        Cell::Text(id.unwrap_or_default()),
        Cell::Text(district(rv, c).map_or_else(String::new, |d| rv.name(d).to_owned())),
        was,
        now,
        Cell::Text(what),
    ]
}

/// Enter on a change opens its item (with every district's status), or its district.
pub fn target(rv: &Review, row: usize) -> Option<Target> {
    let c = rv.changes.list.get(row)?;
    if let Some((area, i)) = item(rv, c) {
        return Some(Target::Item(area, i));
    }
    district(rv, c).map(Target::District)
}

/// What a change is about, to find it again after the data or the dates moved.
pub fn key(rv: &Review, row: usize) -> String {
    rv.changes.list.get(row).map_or_else(String::new, |c| {
        format!(
            "{:?} {:?} {} {} {}",
            c.kind,
            c.area,
            c.id.as_deref().unwrap_or(""),
            c.district.as_deref().unwrap_or(""),
            c.figure.unwrap_or("")
        )
    })
}
