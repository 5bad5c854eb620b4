//! Movement over time (issue 4): the district league and its rank changes, and the history of
//! every headline figure and every district's task completion over all review dates, for
//! sparklines.

use rayon::prelude::*;

use crate::load::Dataset;
use crate::model::Date;

use super::headline::{Figure, Headline};
use super::{Rollup, roll_up};

/// District indices in league order: best overall completion share first (all areas together),
/// then tasks share, then plan order so that ties are stable. A district with no report ranks
/// last whatever its (zero) share.
#[must_use]
pub fn league(r: &Rollup) -> Vec<usize> {
    let mut order: Vec<usize> = (0..r.districts.len()).collect();
    let key = |d: usize| {
        let dr = &r.districts[d];
        let share = |c: super::Coverage| {
            // Compare fractions exactly: complete/applicable as a cross-multiplied pair.
            (c.complete as u64, c.applicable.max(1) as u64)
        };
        (dr.as_of.is_some(), share(dr.overall()), share(dr.tasks))
    };
    order.sort_by(|&a, &b| {
        let (ra, oa, ta) = key(a);
        let (rb, ob, tb) = key(b);
        rb.cmp(&ra)
            .then_with(|| frac_cmp(ob, oa))
            .then_with(|| frac_cmp(tb, ta))
            .then(a.cmp(&b))
    });
    order
}

fn frac_cmp(a: (u64, u64), b: (u64, u64)) -> std::cmp::Ordering {
    (u128::from(a.0) * u128::from(b.1)).cmp(&(u128::from(b.0) * u128::from(a.1)))
}

/// Each district's 1-based rank in the league.
#[must_use]
pub fn ranks(r: &Rollup) -> Vec<usize> {
    let mut rank = vec![0; r.districts.len()];
    for (pos, d) in league(r).into_iter().enumerate() {
        rank[d] = pos + 1;
    }
    rank
}

/// Per district, how many places it moved up from `before` to `after` (negative: down).
#[must_use]
pub fn rank_changes(before: &Rollup, after: &Rollup) -> Vec<i64> {
    let (b, a) = (ranks(before), ranks(after));
    b.iter().zip(&a).map(|(&b, &a)| b as i64 - a as i64).collect()
}

/// The data set rolled up at every snapshot date, oldest first.
#[derive(Clone, Debug, Default)]
pub struct History {
    pub dates: Vec<Date>,
    pub headlines: Vec<Headline>,
    /// `[district][date]`: the district's task completion share in percent, `None` before it
    /// first reported.
    pub district_tasks: Vec<Vec<Option<f64>>>,
}

/// Rolls up at every date in the data (in parallel: each date is independent).
#[must_use]
pub fn history(ds: &Dataset) -> History {
    history_from(ds, &History::default(), None)
}

/// [`history`] after a change of the data that touched no record dated before `from`: the
/// figures at earlier dates cannot have moved (a roll-up at D reads only records dated D or
/// before), so they are taken from `old`, and only D >= `from` is rolled up again. With
/// `from` `None`, or a different number of districts (a new plan), everything is. Live reload
/// of one file at the latest date is then one roll-up instead of one per date.
#[must_use]
pub fn history_from(ds: &Dataset, old: &History, from: Option<Date>) -> History {
    let districts = ds.catalogue.district_count();
    let reusable = |d: Date| -> Option<usize> {
        let from = from?;
        if d >= from || old.district_tasks.len() != districts {
            return None;
        }
        old.dates.binary_search(&d).ok()
    };
    let rows: Vec<(Headline, Vec<Option<f64>>)> = ds
        .dates()
        .par_iter()
        .map(|&d| match reusable(d) {
            Some(i) => (
                old.headlines[i].clone(),
                old.district_tasks.iter().map(|row| row[i]).collect(),
            ),
            None => {
                let r = roll_up(ds, d);
                let tasks = r
                    .districts
                    .iter()
                    .map(|dr| dr.as_of.and(dr.tasks.pct()))
                    .collect();
                (r.headline, tasks)
            }
        })
        .collect();
    let district_tasks = (0..districts)
        .map(|d| rows.iter().map(|(_, tasks)| tasks[d]).collect())
        .collect();
    History {
        dates: ds.dates().to_vec(),
        headlines: rows.into_iter().map(|(h, _)| h).collect(),
        district_tasks,
    }
}

impl History {
    /// One figure over time as plain numbers for a sparkline: a ratio's complete count, a
    /// count, a percentage (missing as 0), incidents detected.
    #[must_use]
    pub fn series(&self, figure: Figure) -> Vec<f64> {
        self.headlines
            .iter()
            .map(|h| h.value(figure).magnitude())
            .collect()
    }
}
