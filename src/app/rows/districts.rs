//! Rows with one district each: the league table, the districts x areas matrix, report
//! freshness, and the security matrix.

use crate::present::{Lang, status as words};
use crate::rollup::anti_malware_pct;

use super::super::review::Review;
use crate::present::columns::Col;

use super::super::table::{Align, Cell, Column, Fresh};

const L: Align = Align::Left;
const R: Align = Align::Right;

pub const LEAGUE: &[Column] = &[
    Column::new(Col::Rank, 2, 3, 0, R),
    // Places moved since C: `▲2`, `▼1`.
    Column::new(Col::RankMove, 2, 3, 1, R),
    Column::new(Col::District, 8, 14, 0, L),
    Column::new(Col::Tasks, 5, 5, 0, R),
    Column::new(Col::Models, 6, 6, 0, R),
    Column::new(Col::ServicesShort, 5, 5, 0, R),
    // Wide enough for `✔ current`, so that a new column never squeezes it.
    Column::new(Col::Fresh, 9, 14, 1, L).whole(),
    Column::new(Col::All, 5, 5, 3, R),
    Column::new(Col::Report, 10, 10, 4, L),
];

pub const DISTRICTS: &[Column] = &[
    Column::new(Col::Code, 4, 4, 3, L),
    Column::new(Col::District, 8, 14, 0, L),
    Column::new(Col::Kind, 8, 9, 5, L).whole(),
    Column::new(Col::Tasks, 7, 7, 0, R),
    Column::new(Col::Models, 7, 7, 0, R),
    Column::new(Col::Services, 8, 8, 0, R),
    Column::new(Col::Overall, 7, 7, 2, R),
    Column::new(Col::TasksCount, 7, 7, 5, R),
    Column::new(Col::ModelsCount, 8, 8, 5, R),
    Column::new(Col::ServicesCount, 7, 7, 5, R),
    Column::new(Col::Report, 10, 10, 1, L),
    Column::new(Col::Fresh, 9, 14, 0, L).whole(),
    // Cut to the most recent points when narrow (see `ui::table`).
    Column::new(Col::TasksTrend, 8, 16, 2, L),
];

pub const FRESHNESS: &[Column] = &[
    Column::new(Col::Code, 4, 4, 2, L),
    Column::new(Col::District, 8, 14, 0, L),
    Column::new(Col::LastReport, 11, 11, 0, L),
    Column::new(Col::AgeDays, 10, 10, 1, R),
    Column::new(Col::Freshness, 9, 14, 0, L).whole(),
    Column::new(Col::Reports, 7, 7, 3, R),
    Column::new(Col::ReportedBy, 12, 40, 2, L),
];

pub const SECURITY: &[Column] = &[
    Column::new(Col::District, 8, 14, 0, L),
    Column::new(Col::OnSite, 7, 7, 0, L).whole(),
    Column::new(Col::Monitor, 7, 7, 0, L).whole(),
    Column::new(Col::Inspect, 7, 7, 0, L).whole(),
    Column::new(Col::National, 8, 8, 0, L).whole(),
    Column::new(Col::AntiMalware, 7, 7, 1, R),
    Column::new(Col::Central, 7, 7, 4, L).whole(),
    Column::new(Col::Incidents, 11, 11, 3, R),
    Column::new(Col::Inspections, 5, 5, 2, R).whole(),
    Column::new(Col::Open, 4, 4, 2, R).whole(),
    Column::new(Col::Trainings, 6, 6, 3, R).whole(),
    Column::new(Col::Drills, 6, 6, 3, R).whole(),
];

fn fresh(rv: &Review, d: usize) -> Fresh {
    Fresh::of(&rv.rollup.districts[d])
}

pub fn league(rv: &Review, row: usize) -> Vec<Cell> {
    let Some(&d) = rv.league.get(row) else {
        return Vec::new();
    };
    let dr = &rv.rollup.districts[d];
    vec![
        Cell::Count(row as u64 + 1),
        Cell::Rank(rv.rank_moves.get(d).copied()),
        Cell::Text(rv.name(d).to_owned()),
        Cell::Share(dr.tasks.pct()),
        Cell::Share(dr.models.pct()),
        Cell::Share(dr.services.pct()),
        Cell::Fresh(fresh(rv, d)),
        Cell::Share(dr.overall().pct()),
        Cell::Date(dr.as_of),
    ]
}

pub fn matrix(rv: &Review, d: usize, lang: Lang) -> Vec<Cell> {
    let dr = &rv.rollup.districts[d];
    let kind = words::district_kind(lang, rv.ds.catalogue.plan.districts[d].kind);
    vec![
        Cell::Text(rv.code(d).to_owned()),
        Cell::Text(rv.name(d).to_owned()),
        Cell::Text(kind.to_owned()),
        Cell::Pct(dr.tasks.pct()),
        Cell::Pct(dr.models.pct()),
        Cell::Pct(dr.services.pct()),
        Cell::Pct(dr.overall().pct()),
        Cell::Coverage(dr.tasks),
        Cell::Coverage(dr.models),
        Cell::Coverage(dr.services),
        Cell::Date(dr.as_of),
        Cell::Fresh(fresh(rv, d)),
        Cell::Trend(trend(rv, d)),
    ]
}

/// The district's task completion over the dates up to R: the most recent points that fit the
/// column's widest (16 cells).
fn trend(rv: &Review, d: usize) -> Vec<Option<f64>> {
    let mut points = rv.district_trend(d);
    let cut = points.len().saturating_sub(16);
    points.drain(..cut);
    points
}

pub fn freshness(rv: &Review, d: usize) -> Vec<Cell> {
    let dr = &rv.rollup.districts[d];
    let rec = rv.record(d);
    let reporter = rec
        .and_then(|r| r.reported_by.as_ref())
        .and_then(|p| p.name.clone())
        .unwrap_or_default();
    vec![
        Cell::Text(rv.code(d).to_owned()),
        Cell::Text(rv.name(d).to_owned()),
        Cell::Date(dr.as_of),
        dr.as_of.map_or(Cell::Empty, |a| {
            Cell::Count(u64::try_from(rv.review.days_since(a)).unwrap_or(0))
        }),
        Cell::Fresh(fresh(rv, d)),
        Cell::Count(rv.ds.timeline(d).filter(|r| r.as_of <= rv.review).count() as u64),
        Cell::Text(reporter),
    ]
}

pub fn security(rv: &Review, d: usize) -> Vec<Cell> {
    let sec = rv.record(d).and_then(|r| r.security.as_ref());
    let layers = sec.and_then(|s| s.four_layer);
    let layer = |f: fn(&crate::model::FourLayer) -> bool| Cell::Flag(layers.as_ref().map(f));
    let am = sec.and_then(|s| s.anti_malware);
    let count = |n: Option<usize>| n.map_or(Cell::Empty, |n| Cell::Count(n as u64));
    let inspections = sec.and_then(|s| s.inspections.as_deref());
    vec![
        Cell::Text(rv.name(d).to_owned()),
        layer(|l| l.on_site),
        layer(|l| l.monitoring),
        layer(|l| l.inspection),
        layer(|l| l.national_connection),
        Cell::Pct(anti_malware_pct(rv.record(d))),
        Cell::Flag(am.and_then(|a| a.centrally_managed)),
        sec.and_then(|s| s.incidents).map_or(Cell::Empty, |i| {
            Cell::Text(format!("{}/{}", i.resolved, i.detected))
        }),
        count(inspections.map(<[_]>::len)),
        inspections.map_or(Cell::Empty, |l| {
            Cell::Count(l.iter().map(crate::model::Inspection::open_findings).sum())
        }),
        count(sec.and_then(|s| s.trainings.as_ref()).map(Vec::len)),
        count(sec.and_then(|s| s.drills.as_ref()).map(Vec::len)),
    ]
}
