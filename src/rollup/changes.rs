//! What changed between a comparison date C and the review date R (spec 5.7): items that became
//! (or stopped being) complete or overdue, every district's status changes, districts that
//! started reporting, went stale or reported again after going stale, and each headline figure
//! that moved. [`item_change`] sums up one item's move for the views' change markers.

use serde::Serialize;

use crate::load::Dataset;
use crate::model::{Area, Date};

use super::Rollup;
use super::headline::{Figure, Value};
use super::items::ItemRollup;
use super::status::{Status, district_status};

/// What kind of change.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    BecameComplete,
    NoLongerComplete,
    BecameOverdue,
    StatusChanged,
    StartedReporting,
    WentStale,
    /// Stale at C, current again at R.
    ResumedReporting,
    Headline,
}

impl ChangeKind {
    /// Every kind, in the one order every listing groups changes by (the report's sections,
    /// the console's summary line): item events, district status changes, reporting, figures.
    pub const ALL: [ChangeKind; 8] = [
        ChangeKind::BecameComplete,
        ChangeKind::NoLongerComplete,
        ChangeKind::BecameOverdue,
        ChangeKind::StatusChanged,
        ChangeKind::StartedReporting,
        ChangeKind::WentStale,
        ChangeKind::ResumedReporting,
        ChangeKind::Headline,
    ];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::BecameComplete => "became complete",
            ChangeKind::NoLongerComplete => "no longer complete",
            ChangeKind::BecameOverdue => "became overdue",
            ChangeKind::StatusChanged => "status changed",
            ChangeKind::StartedReporting => "started reporting",
            ChangeKind::WentStale => "went stale",
            ChangeKind::ResumedReporting => "resumed reporting",
            ChangeKind::Headline => "headline",
        }
    }
}

/// One change. Which fields are set depends on `kind`; the JSON form leaves the others out.
#[derive(Clone, PartialEq, Debug, Serialize)]
pub struct Change {
    pub kind: ChangeKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<Area>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A district code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// A headline figure's key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<ChangeValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<ChangeValue>,
}

/// The before and after of a change: a status or a headline value.
#[derive(Clone, Copy, PartialEq, Debug, Serialize)]
#[serde(untagged)]
pub enum ChangeValue {
    Status(Status),
    Figure(Value),
}

/// The changes from `before` (at C) to `after` (at R), in a stable order: item changes in plan
/// order, then status changes, then districts, then headline figures.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Changes {
    pub since: Option<Date>,
    pub list: Vec<Change>,
}

impl Changes {
    /// The changes grouped by kind in [`ChangeKind::ALL`] order, kinds without a change left
    /// out; within a kind, the list's order.
    #[must_use]
    pub fn by_kind(&self) -> Vec<(ChangeKind, Vec<&Change>)> {
        ChangeKind::ALL
            .into_iter()
            .map(|k| (k, self.list.iter().filter(|c| c.kind == k).collect::<Vec<_>>()))
            .filter(|(_, l)| !l.is_empty())
            .collect()
    }
}

fn blank(kind: ChangeKind) -> Change {
    Change {
        kind,
        area: None,
        id: None,
        district: None,
        figure: None,
        from: None,
        to: None,
    }
}

/// Compares two roll-ups of the same data set.
#[must_use]
pub fn changes(ds: &Dataset, before: &Rollup, after: &Rollup) -> Changes {
    let cat = &ds.catalogue;
    let mut list = Vec::new();
    for (b, a) in before.items.iter().zip(&after.items) {
        let item = |kind| Change {
            area: Some(a.area),
            id: Some(cat.item_id(a.area, a.index).to_owned()),
            ..blank(kind)
        };
        if a.complete && !b.complete {
            list.push(item(ChangeKind::BecameComplete));
        }
        if !a.complete && b.complete {
            list.push(item(ChangeKind::NoLongerComplete));
        }
        if a.overdue && !b.overdue {
            list.push(item(ChangeKind::BecameOverdue));
        }
    }
    let eff_before = super::effective(ds, before.as_of);
    let eff_after = super::effective(ds, after.as_of);
    for area in Area::ALL {
        for item in 0..cat.item_count(area) {
            for d in (0..cat.district_count()).filter(|&d| cat.applies(area, item, d)) {
                let from = district_status(eff_before[d], area, item);
                let to = district_status(eff_after[d], area, item);
                if from != to {
                    list.push(Change {
                        area: Some(area),
                        id: Some(cat.item_id(area, item).to_owned()),
                        district: Some(cat.plan.districts[d].code.clone()),
                        from: Some(ChangeValue::Status(from)),
                        to: Some(ChangeValue::Status(to)),
                        ..blank(ChangeKind::StatusChanged)
                    });
                }
            }
        }
    }
    for (b, a) in before.districts.iter().zip(&after.districts) {
        let code = || Some(cat.plan.districts[a.index].code.clone());
        if b.as_of.is_none() && a.as_of.is_some() {
            list.push(Change {
                district: code(),
                ..blank(ChangeKind::StartedReporting)
            });
        }
        if a.stale && !b.stale {
            list.push(Change {
                district: code(),
                ..blank(ChangeKind::WentStale)
            });
        }
        if b.stale && !a.stale {
            list.push(Change {
                district: code(),
                ..blank(ChangeKind::ResumedReporting)
            });
        }
    }
    for figure in Figure::ALL {
        let (from, to) = (before.headline.value(figure), after.headline.value(figure));
        if from != to {
            list.push(Change {
                figure: Some(figure.key()),
                from: Some(ChangeValue::Figure(from)),
                to: Some(ChangeValue::Figure(to)),
                ..blank(ChangeKind::Headline)
            });
        }
    }
    Changes {
        since: Some(before.as_of),
        list,
    }
}

/// How one item moved between C and R, as a row's change marker shows it: the province-level
/// events first (they are what the meeting discusses), then a plain change of status.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ItemChange {
    BecameComplete,
    BecameOverdue,
    NoLongerComplete,
    /// The province status moved; the status it had at C.
    Status(Status),
}

/// The change marker of one item from `before` (at C) to `after` (at R), if it moved.
#[must_use]
pub fn item_change(before: &ItemRollup, after: &ItemRollup) -> Option<ItemChange> {
    if after.complete && !before.complete {
        Some(ItemChange::BecameComplete)
    } else if after.overdue && !before.overdue {
        Some(ItemChange::BecameOverdue)
    } else if before.complete && !after.complete {
        Some(ItemChange::NoLongerComplete)
    } else {
        (before.status != after.status).then_some(ItemChange::Status(before.status))
    }
}
