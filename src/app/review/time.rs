//! Dates and trends: which snapshot dates lie before and after a date (for the `[` `]` `{` `}`
//! keys), and each figure's series over the dates up to R (for the sparklines).

use crate::load::Dataset;
use crate::model::Date;
use crate::rollup::Figure;

use super::Review;

/// The review date to use when the data has no snapshot at all: nothing is reported at any
/// date, so the roll-up is the same whichever date it is; the header says "no snapshots".
pub(super) fn fallback_date(ds: &Dataset) -> Date {
    ds.catalogue
        .plan
        .issued
        .or_else(|| Date::new(2000, 1, 1))
        .unwrap_or_else(|| unreachable!("2000-01-01 is a real date"))
}

/// The latest snapshot date before `d`.
pub(super) fn date_before(ds: &Dataset, d: Date) -> Option<Date> {
    let dates = ds.dates();
    dates[..dates.partition_point(|&x| x < d)].last().copied()
}

impl Review {
    /// The latest snapshot date before `d`.
    #[must_use]
    pub fn date_before(&self, d: Date) -> Option<Date> {
        date_before(&self.ds, d)
    }

    /// The earliest snapshot date after `d`.
    #[must_use]
    pub fn date_after(&self, d: Date) -> Option<Date> {
        let dates = self.ds.dates();
        dates.get(dates.partition_point(|&x| x <= d)).copied()
    }

    /// How many history points lie before R: the dates whose roll-ups lead up to it.
    fn points_before_r(&self) -> usize {
        self.history.dates.partition_point(|&x| x < self.review)
    }

    /// A headline figure at every snapshot date before R, then at R itself, so the series
    /// always ends at the value the tile shows (R need not be a snapshot date).
    #[must_use]
    pub fn trend(&self, figure: Figure) -> Vec<f64> {
        let n = self.points_before_r();
        self.history.headlines[..n]
            .iter()
            .chain(std::iter::once(&self.rollup.headline))
            .map(|h| h.value(figure).magnitude())
            .collect()
    }

    /// A district's task completion % at every snapshot date before R, then at R; `None`
    /// where it had no report yet.
    #[must_use]
    pub fn district_trend(&self, district: usize) -> Vec<Option<f64>> {
        let n = self.points_before_r();
        let now = &self.rollup.districts[district];
        self.history
            .district_tasks
            .get(district)
            .map_or(&[][..], |s| &s[..n.min(s.len())])
            .iter()
            .copied()
            .chain(std::iter::once(now.as_of.and(now.tasks.pct())))
            .collect()
    }
}
