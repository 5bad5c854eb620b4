//! Which dates a data set offers as the review date (spec section 5): the default R is the
//! latest `as_of` not after the machine's date, and a snapshot dated after it is a warning
//! (one typo'd year must not move every review two centuries ahead). Stale districts are
//! judged here too, as they also depend on R.
//!
//! The machine's date is given by the command layer ([`Dataset::set_today`]); loading and
//! rolling up never read the clock, so tests and replays choose their own "today".

use crate::model::Date;

use super::{Dataset, Problem, Record, STALE_AFTER_DAYS, Severity};

impl Dataset {
    /// Sets the machine's date: snapshots dated after it are warned about and never chosen as
    /// the default review date. `None`: no date is in the future.
    pub fn set_today(&mut self, today: Option<Date>) {
        self.today = today;
    }

    /// The machine's date, as set by [`Self::set_today`].
    #[must_use]
    pub fn today(&self) -> Option<Date> {
        self.today
    }

    /// Whether `date` is after the machine's date.
    #[must_use]
    pub fn is_future(&self, date: Date) -> bool {
        self.today.is_some_and(|today| date > today)
    }

    /// The default review date: the latest snapshot date not after the machine's date. `None`
    /// when there is no snapshot, or every one is dated in the future.
    #[must_use]
    pub fn latest(&self) -> Option<Date> {
        let dates = self.dates();
        let usable = match self.today {
            Some(today) => dates.partition_point(|&d| d <= today),
            None => dates.len(),
        };
        usable.checked_sub(1).map(|i| dates[i])
    }

    /// Whether a record is stale at review date `r`.
    #[must_use]
    pub fn is_stale(record: &Record, r: Date) -> bool {
        r.days_since(record.as_of) > STALE_AFTER_DAYS
    }

    /// The stale-district warnings at review date `r`, each on the district's effective file.
    #[must_use]
    pub fn stale_problems(&self, r: Date) -> Vec<Problem> {
        (0..self.catalogue.district_count())
            .filter_map(|d| self.effective(d, r))
            .filter(|rec| Self::is_stale(rec, r))
            .map(|rec| {
                let code = &self.catalogue.plan.districts[rec.district].code;
                Problem::whole_file(
                    Severity::Warning,
                    &rec.file,
                    format!(
                        "{code} is stale: its latest snapshot ({}) is {} days older than the review date {r} (more than {STALE_AFTER_DAYS})",
                        rec.as_of,
                        r.days_since(rec.as_of)
                    ),
                )
            })
            .collect()
    }

    /// A warning on every accepted snapshot dated after the machine's date, at its `as_of`.
    #[must_use]
    pub fn future_problems(&self) -> Vec<Problem> {
        let Some(today) = self.today else {
            return Vec::new();
        };
        self.files()
            .iter()
            .filter_map(|f| f.record.as_ref())
            .filter(|rec| rec.as_of > today)
            .map(|rec| Problem {
                line: rec.as_of_at.map(|(l, _)| l),
                column: rec.as_of_at.map(|(_, c)| c),
                path: Some("as_of".to_owned()),
                ..Problem::whole_file(
                    Severity::Warning,
                    &rec.file,
                    format!(
                        "the snapshot date {} is after today ({today}); it is never the default review date (give --as-of {} to review it)",
                        rec.as_of, rec.as_of
                    ),
                )
            })
            .collect()
    }

    /// Load problems plus the future-dated and stale warnings at `r`, sorted: what `p06 check`
    /// prints.
    #[must_use]
    pub fn problems_at(&self, r: Option<Date>) -> Vec<Problem> {
        let mut all = self.problems().to_vec();
        all.extend(self.future_problems());
        if let Some(r) = r {
            all.extend(self.stale_problems(r));
        }
        all.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        all
    }
}
