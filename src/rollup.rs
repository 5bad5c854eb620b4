//! The province's figures (spec section 5), as pure functions over a loaded [`Dataset`]:
//! effective snapshots, item completion and status, the headline, per-district figures, and the
//! changes between a comparison date and the review date. Reports and the TUI only read these.

mod changes;
pub mod follow_up;
mod headline;
mod items;
mod rates;
mod status;
mod trend;

use serde::Serialize;

use crate::load::{Dataset, Record};
use crate::model::{Area, Date};

pub use changes::{Change, ChangeKind, ChangeValue, Changes, ItemChange, changes, item_change};
pub use headline::{Figure, Headline, IncidentCounts, Ratio, Value};
pub use items::{Coverage, ItemRollup, mean_half_away};
pub use rates::{anti_malware_pct, online_rate, online_rates};
pub use status::{
    Status, district_progress, district_status, is_late, model_state, service_state, task_state,
};
pub use trend::{History, history, history_from, league, rank_changes, ranks};

/// A percentage with one decimal, `None` with nothing to divide by.
#[must_use]
pub fn pct(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 1000.0 / whole as f64).round() / 10.0)
}

/// One district's figures at the review date (spec 5.6).
#[derive(Clone, PartialEq, Debug)]
pub struct DistrictRollup {
    pub index: usize,
    /// The effective snapshot's date; `None` when the district has no report.
    pub as_of: Option<Date>,
    pub stale: bool,
    pub tasks: Coverage,
    pub models: Coverage,
    pub services: Coverage,
}

impl DistrictRollup {
    /// The coverage of one area.
    #[must_use]
    pub fn area(&self, area: Area) -> Coverage {
        match area {
            Area::Task => self.tasks,
            Area::Model => self.models,
            Area::Service => self.services,
        }
    }

    /// All items complete out of all applicable items, over the three areas.
    #[must_use]
    pub fn overall(&self) -> Coverage {
        // Item counts come from the plan, far below usize::MAX; saturating like every sum.
        let sum = |f: fn(&Coverage) -> usize| {
            [self.tasks, self.models, self.services]
                .iter()
                .map(f)
                .fold(0usize, usize::saturating_add)
        };
        Coverage {
            complete: sum(|c| c.complete),
            applicable: sum(|c| c.applicable),
        }
    }
}

/// Everything computed for one review date.
#[derive(Clone, PartialEq, Debug)]
pub struct Rollup {
    pub as_of: Date,
    /// Tasks, then models, then services, each in plan order.
    pub items: Vec<ItemRollup>,
    /// In plan order.
    pub districts: Vec<DistrictRollup>,
    pub headline: Headline,
    /// Where each area's items start in `items` (tasks, models, services, end), so that an
    /// item is found by index, not by search: tables ask for one per visible row per frame.
    area_start: [usize; 4],
}

/// The districts' effective records at `r`, in plan order.
#[must_use]
pub fn effective(ds: &Dataset, r: Date) -> Vec<Option<&Record>> {
    (0..ds.catalogue.district_count())
        .map(|d| ds.effective(d, r))
        .collect()
}

/// Rolls the data up at review date `r`.
#[must_use]
pub fn roll_up(ds: &Dataset, r: Date) -> Rollup {
    let eff = effective(ds, r);
    let cat = &ds.catalogue;
    let items: Vec<ItemRollup> = Area::ALL
        .iter()
        .flat_map(|&area| (0..cat.item_count(area)).map(move |i| (area, i)))
        .map(|(area, i)| items::roll_item(ds, &eff, area, i, r))
        .collect();
    let districts = eff
        .iter()
        .enumerate()
        .map(|(d, rec)| {
            let mut cov = [Coverage::default(); 3];
            for (slot, &area) in Area::ALL.iter().enumerate() {
                for item in (0..cat.item_count(area)).filter(|&i| cat.applies(area, i, d)) {
                    cov[slot].applicable += 1;
                    cov[slot].complete += usize::from(district_status(*rec, area, item).is_complete());
                }
            }
            DistrictRollup {
                index: d,
                as_of: rec.map(|r| r.as_of),
                stale: rec.is_some_and(|rec| Dataset::is_stale(rec, r)),
                tasks: cov[0],
                models: cov[1],
                services: cov[2],
            }
        })
        .collect();
    let headline = headline::headline(&cat.plan, &items, &eff);
    let mut area_start = [0; 4];
    for (slot, &area) in Area::ALL.iter().enumerate() {
        area_start[slot + 1] = area_start[slot] + cat.item_count(area);
    }
    Rollup {
        as_of: r,
        items,
        districts,
        headline,
        area_start,
    }
}

impl Rollup {
    /// The roll-up of one item, in constant time.
    #[must_use]
    pub fn item(&self, area: Area, index: usize) -> Option<&ItemRollup> {
        self.area_items(area).get(index)
    }

    /// The items of one area.
    pub fn area(&self, area: Area) -> impl Iterator<Item = &ItemRollup> {
        self.area_items(area).iter()
    }

    fn area_items(&self, area: Area) -> &[ItemRollup] {
        let slot = Area::ALL.iter().position(|&a| a == area).unwrap_or(0);
        self.items
            .get(self.area_start[slot]..self.area_start[slot + 1])
            .unwrap_or_default()
    }
}

/// The JSON shape of a district's figures (spec section 6).
#[derive(Serialize)]
pub struct DistrictJson<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub as_of: Option<Date>,
    pub stale: bool,
    pub tasks: Coverage,
    pub models: Coverage,
    pub services: Coverage,
}

impl DistrictRollup {
    #[must_use]
    pub fn to_json<'a>(&self, ds: &'a Dataset) -> DistrictJson<'a> {
        let d = &ds.catalogue.plan.districts[self.index];
        DistrictJson {
            code: &d.code,
            name: &d.name,
            as_of: self.as_of,
            stale: self.stale,
            tasks: self.tasks,
            models: self.models,
            services: self.services,
        }
    }
}

#[cfg(test)]
mod tests;
