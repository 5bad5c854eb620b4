//! Per-item roll-ups (spec 5.2-5.4): completion, coverage, province status, progress, overdue
//! and late completions.

use serde::Serialize;

use crate::load::{Dataset, Record};
use crate::model::{Area, Date};

use super::status::{Status, district_progress, district_status, is_late, task_state};

/// Complete districts out of applicable districts.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize)]
pub struct Coverage {
    pub complete: usize,
    pub applicable: usize,
}

impl Coverage {
    /// The share in percent, `None` with nothing to divide by.
    #[must_use]
    pub fn pct(self) -> Option<f64> {
        super::pct(self.complete as u64, self.applicable as u64)
    }
}

/// One item of the catalogue rolled up over the province.
#[derive(Clone, PartialEq, Debug)]
pub struct ItemRollup {
    pub area: Area,
    /// Position in its area's list in the plan.
    pub index: usize,
    pub status: Status,
    /// Tasks only: the mean of the applicable districts' progress, halves away from zero.
    pub progress: Option<u8>,
    pub complete: bool,
    pub overdue: bool,
    pub coverage: Coverage,
    /// Tasks only: districts that completed it after its due date.
    pub late: usize,
}

/// Rolls up one item over the districts' effective records.
pub(super) fn roll_item(
    ds: &Dataset,
    effective: &[Option<&Record>],
    area: Area,
    item: usize,
    r: Date,
) -> ItemRollup {
    let cat = &ds.catalogue;
    let mut coverage = Coverage::default();
    let mut shown = Vec::new();
    let mut progress_sum = 0u64;
    let mut late = 0;
    let due = match area {
        Area::Task => cat.plan.tasks[item].due,
        _ => None,
    };
    for (district, record) in effective.iter().enumerate() {
        if !cat.applies(area, item, district) {
            continue;
        }
        coverage.applicable += 1;
        let status = district_status(*record, area, item);
        if status.is_complete() {
            coverage.complete += 1;
        }
        shown.push(status);
        if area == Area::Task {
            progress_sum += u64::from(district_progress(*record, item));
            late += usize::from(is_late(task_state(*record, item), due));
        }
    }
    let complete = coverage.applicable > 0 && coverage.complete == coverage.applicable;
    let status = if complete {
        Status::complete_for(area)
    } else {
        Status::severity_order(area)
            .iter()
            .copied()
            .find(|s| shown.contains(s))
            .unwrap_or(Status::NoReport)
    };
    let progress = (area == Area::Task).then(|| mean_half_away(progress_sum, coverage.applicable));
    ItemRollup {
        area,
        index: item,
        status,
        progress,
        complete,
        overdue: area == Area::Task && !complete && due.is_some_and(|d| d < r),
        coverage,
        late,
    }
}

/// The mean of non-negative values, rounded to the nearest integer with halves away from zero,
/// in integer arithmetic so no float can round 62.5 the wrong way.
#[must_use]
pub fn mean_half_away(sum: u64, count: usize) -> u8 {
    if count == 0 {
        return 0;
    }
    let n = count as u64;
    u8::try_from((2 * sum + n) / (2 * n)).unwrap_or(u8::MAX)
}

#[cfg(test)]
mod tests {
    use super::mean_half_away;

    #[test]
    fn rounds_halves_away_from_zero() {
        assert_eq!(mean_half_away(125, 2), 63); // 62.5
        assert_eq!(mean_half_away(124, 2), 62);
        assert_eq!(mean_half_away(100, 3), 33); // 33.33
        assert_eq!(mean_half_away(200, 3), 67); // 66.67
        assert_eq!(mean_half_away(0, 0), 0);
        assert_eq!(mean_half_away(1300, 13), 100);
    }
}
