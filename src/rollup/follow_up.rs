//! Follow-up judgments of directions (spec section 8): what the data says at a review date R
//! about a direction's subject, as pure functions over the roll-up's own notions (effective
//! snapshots, item completion in a district or the province, `completed_on`).

use serde::Serialize;

use crate::load::Dataset;
use crate::model::{Area, Date, Direction, DirectionState, SubjectArea};

use super::status::{district_status, task_state};

/// The data's judgment of a direction at R.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUp {
    /// Complete at R, on time.
    Met,
    /// A task complete at R whose completion date is after `due`.
    MetLate,
    /// Not complete at R, `due` before R.
    Overdue,
    /// Not complete at R, no `due` or `due` on or after R.
    Open,
    /// A district or general subject: the data cannot judge it.
    Manual,
}

impl FollowUp {
    /// The machine name (`met_late`), as in the minutes' JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            FollowUp::Met => "met",
            FollowUp::MetLate => "met_late",
            FollowUp::Overdue => "overdue",
            FollowUp::Open => "open",
            FollowUp::Manual => "manual",
        }
    }
}

/// What the data says about an item subject at R.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Completion {
    pub complete: bool,
    /// Tasks: `completed_on` in the district, or without one the latest over the task's
    /// districts; `None` when no date is known (which counts as on time).
    pub completed_on: Option<Date>,
}

/// The data's judgment of one direction, and whether the people's word contradicts it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
pub struct Judgment {
    pub follow_up: FollowUp,
    /// Recorded `done`, but the item subject is not complete at R.
    pub contradiction: bool,
}

/// Whether an item is complete at `r`, in `district` (a plan index) or, without one, for the
/// province (complete in every district it applies to), with its completion date.
#[must_use]
pub fn completion(ds: &Dataset, r: Date, area: Area, item: usize, district: Option<usize>) -> Completion {
    let done_on = |d: usize| {
        (area == Area::Task)
            .then(|| task_state(ds.effective(d, r), item).and_then(|s| s.completed_on))
            .flatten()
    };
    if let Some(d) = district {
        return Completion {
            complete: district_status(ds.effective(d, r), area, item).is_complete(),
            completed_on: done_on(d),
        };
    }
    let cat = &ds.catalogue;
    let applicable: Vec<usize> = (0..cat.district_count())
        .filter(|&d| cat.applies(area, item, d))
        .collect();
    let complete = !applicable.is_empty()
        && applicable
            .iter()
            .all(|&d| district_status(ds.effective(d, r), area, item).is_complete());
    Completion {
        complete,
        completed_on: applicable.iter().filter_map(|&d| done_on(d)).max(),
    }
}

/// The judgment from the facts: `item` is the subject's area and completion (`None` for a
/// district or general subject).
#[must_use]
pub fn judge(
    item: Option<(Area, Completion)>,
    due: Option<Date>,
    state: DirectionState,
    r: Date,
) -> Judgment {
    let Some((area, c)) = item else {
        return Judgment {
            follow_up: FollowUp::Manual,
            contradiction: false,
        };
    };
    let follow_up = if c.complete {
        let late = area == Area::Task && matches!((due, c.completed_on), (Some(due), Some(on)) if on > due);
        if late { FollowUp::MetLate } else { FollowUp::Met }
    } else if due.is_some_and(|d| d < r) {
        FollowUp::Overdue
    } else {
        FollowUp::Open
    };
    Judgment {
        follow_up,
        contradiction: state == DirectionState::Done && !c.complete,
    }
}

/// Judges a direction against the data at `r`. A subject the plan does not know (a broken
/// meeting file; `p06` reports it) cannot be judged from the data: `manual`.
#[must_use]
pub fn judge_direction(ds: &Dataset, r: Date, direction: &Direction) -> Judgment {
    let cat = &ds.catalogue;
    let subject = &direction.subject;
    let item = subject.area.item_area().and_then(|area| {
        let index = cat.item_index(area, subject.id.as_deref()?)?;
        let district = match subject.district.as_deref() {
            Some(code) => Some(cat.district_index(code)?),
            None => None,
        };
        Some((area, completion(ds, r, area, index, district)))
    });
    judge(item, direction.due, direction.state, r)
}

/// Whether a direction was still open when a meeting on `date` began: recorded `open`, or
/// closed on or after that day.
#[must_use]
pub fn open_at(direction: &Direction, date: Date) -> bool {
    direction.state == DirectionState::Open || direction.closed_on.is_some_and(|c| c >= date)
}

/// Whether a subject is an item (judged from the data) rather than a district or general one.
#[must_use]
pub fn is_item(area: SubjectArea) -> bool {
    area.item_area().is_some()
}

#[cfg(test)]
#[path = "follow_up/tests.rs"]
mod tests;
