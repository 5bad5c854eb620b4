//! The machine's date, read once per command and handed to the data set
//! ([`crate::load::Dataset::set_today`]): snapshots dated after it never choose the default
//! review date. `P06_TODAY=YYYY-MM-DD` stands in for the clock, for tests and for replaying a
//! meeting as it was on its day.

use crate::model::Date;

/// The variable that stands in for the machine's date.
pub const TODAY_VAR: &str = "P06_TODAY";

/// Why the date cannot be had; `crate::present::errors::today` words it.
#[derive(Clone, Debug)]
pub enum TodayError {
    BadVar {
        text: String,
        why: crate::model::DateError,
    },
    NotUnicode,
}

/// `P06_TODAY` when it is set and not empty, else the machine's local date.
pub fn today() -> Result<Date, TodayError> {
    match std::env::var(TODAY_VAR) {
        Ok(v) if !v.is_empty() => Date::check(&v).map_err(|why| TodayError::BadVar { text: v, why }),
        // The local calendar date: an officer in Hà Nội dates a snapshot by the wall clock
        // there, so the UTC date (seven hours behind in the morning) would call this morning's
        // files "future". One clock serves this and the meeting records.
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(crate::meetings::clock::today()),
        Err(std::env::VarError::NotUnicode(_)) => Err(TodayError::NotUnicode),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_date_is_a_real_recent_date() {
        let d = crate::meetings::clock::today();
        assert!(d > Date::new(2020, 1, 1).unwrap(), "{d}");
    }
}
