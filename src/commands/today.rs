//! The machine's date, read once per command and handed to the data set
//! ([`crate::load::Dataset::set_today`]): snapshots dated after it never choose the default
//! review date. `P06_TODAY=YYYY-MM-DD` stands in for the clock, for tests and for replaying a
//! meeting as it was on its day.

use crate::model::Date;

/// The variable that stands in for the machine's date.
pub const TODAY_VAR: &str = "P06_TODAY";

/// `P06_TODAY` when it is set and not empty, else the machine's local date. The error is a
/// sentence for the user.
pub fn today() -> Result<Date, String> {
    match std::env::var(TODAY_VAR) {
        Ok(v) if !v.is_empty() => Date::parse(&v).map_err(|e| format!("{TODAY_VAR}: {e}")),
        Ok(_) | Err(std::env::VarError::NotPresent) => local_date(),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(format!("{TODAY_VAR} is not a date; write it as YYYY-MM-DD"))
        }
    }
}

/// The local calendar date: an officer in Hà Nội dates a snapshot by the wall clock there, so
/// the UTC date (seven hours behind in the morning) would call this morning's files "future".
fn local_date() -> Result<Date, String> {
    let cannot = || "cannot read the machine's date".to_owned();
    // SAFETY: time(2) with a null pointer only returns the time.
    let now = unsafe { libc::time(std::ptr::null_mut()) };
    // SAFETY: an all-zero `tm` is a valid value of the plain C struct (its one pointer field,
    // where there is one, may be null).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are to live locals for the whole call; localtime_r is the
    // thread-safe form, writing only to `tm`.
    if unsafe { libc::localtime_r(&raw const now, &raw mut tm) }.is_null() {
        return Err(cannot());
    }
    let year = u16::try_from(tm.tm_year + 1900).map_err(|_| cannot())?;
    let month = u8::try_from(tm.tm_mon + 1).map_err(|_| cannot())?;
    let day = u8::try_from(tm.tm_mday).map_err(|_| cannot())?;
    Date::new(year, month, day).ok_or_else(cannot)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_date_is_a_real_recent_date() {
        let d = local_date().unwrap();
        assert!(d > Date::new(2020, 1, 1).unwrap(), "{d}");
    }
}
