//! Rows with one record each: security events and load problems.

use crate::present::{Lang, status as words};

use super::super::review::{EventKind, Review};
use crate::present::columns::Col;

use super::super::table::{Align, Cell, Column};

const L: Align = Align::Left;
const R: Align = Align::Right;
const WIDE: u16 = u16::MAX;

pub const EVENTS: &[Column] = &[
    Column::new(Col::Date, 10, 10, 0, L),
    Column::new(Col::District, 8, 14, 0, L),
    Column::new(Col::Kind, 10, 10, 1, L),
    Column::new(Col::UnitTitle, 12, WIDE, 0, L),
    Column::new(Col::High, 4, 4, 2, R),
    Column::new(Col::Medium, 4, 4, 2, R),
    Column::new(Col::Low, 4, 4, 2, R),
    Column::new(Col::Open, 4, 4, 1, R),
    Column::new(Col::People, 6, 6, 3, R),
];

pub const PROBLEMS: &[Column] = &[
    Column::new(Col::Severity, 9, 10, 0, L).whole(),
    Column::new(Col::File, 25, 36, 0, L),
    Column::new(Col::LineCol, 8, 8, 1, R),
    Column::new(Col::Path, 8, 28, 3, L),
    Column::new(Col::Message, 16, WIDE, 0, L),
];

pub fn event(rv: &Review, row: usize, lang: Lang) -> Vec<Cell> {
    let Some(&e) = rv.events.get(row) else {
        return Vec::new();
    };
    let sec = rv.record(e.district).and_then(|r| r.security.as_ref());
    let date = Cell::Date(rv.event_date(e));
    let district = Cell::Text(rv.name(e.district).to_owned());
    let kind = Cell::Text(words::event_kind(lang, e.kind).to_owned());
    let empty = || Cell::Empty;
    match e.kind {
        EventKind::Inspection => {
            let Some(i) = rv.inspection(e) else {
                return Vec::new();
            };
            vec![
                date,
                district,
                kind,
                Cell::Text(i.unit.clone()),
                Cell::Count(i.findings.high),
                Cell::Count(i.findings.medium),
                Cell::Count(i.findings.low),
                Cell::Count(i.open_findings()),
                empty(),
            ]
        }
        EventKind::Training => {
            let t = sec
                .and_then(|s| s.trainings.as_ref())
                .and_then(|l| l.get(e.index));
            vec![
                date,
                district,
                kind,
                Cell::Text(t.and_then(|t| t.title.clone()).unwrap_or_default()),
                empty(),
                empty(),
                empty(),
                empty(),
                t.and_then(|t| t.participants).map_or(Cell::Empty, Cell::Count),
            ]
        }
        EventKind::Drill => {
            let d = sec.and_then(|s| s.drills.as_ref()).and_then(|l| l.get(e.index));
            let what = d.map(|d| match (&d.title, &d.unit) {
                (Some(t), Some(u)) => format!("{t} ({u})"),
                (Some(x), None) | (None, Some(x)) => x.clone(),
                (None, None) => String::new(),
            });
            vec![
                date,
                district,
                kind,
                Cell::Text(what.unwrap_or_default()),
                empty(),
                empty(),
                empty(),
                empty(),
                empty(),
            ]
        }
    }
}

pub fn problem(rv: &Review, row: usize) -> Vec<Cell> {
    let Some(p) = rv.problems.get(row) else {
        return Vec::new();
    };
    let place = match (p.line, p.column) {
        (Some(l), Some(c)) => format!("{l}:{c}"),
        (Some(l), None) => l.to_string(),
        _ => String::new(),
    };
    vec![
        Cell::Severity(p.severity),
        Cell::Text(p.file.clone()),
        Cell::Text(place),
        Cell::Text(p.path.clone().unwrap_or_default()),
        Cell::Text(p.message.clone()),
    ]
}
