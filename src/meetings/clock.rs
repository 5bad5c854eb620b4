//! The wall clock as the meeting records need it: today's local date (the current meeting) and
//! an RFC 3339 timestamp with the local offset (`created`, `updated`). Read through libc's
//! `localtime_r` because the records need only these two things, not a date crate.

use crate::model::Date;

/// The local civil time now: (date, hour, minute, second, offset from UTC in seconds).
fn local_now() -> (Date, u8, u8, u8, i64) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let t = libc::time_t::try_from(secs).unwrap_or(0);
    // SAFETY: `localtime_r` writes only into the `tm` we own; a zeroed tm is a valid value.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the duration of the call.
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if !ok {
        return (from_days(secs / 86_400), 0, 0, 0, 0);
    }
    let date = u16::try_from(tm.tm_year + 1900)
        .ok()
        .zip(u8::try_from(tm.tm_mon + 1).ok())
        .zip(u8::try_from(tm.tm_mday).ok())
        .and_then(|((y, m), d)| Date::new(y, m, d))
        .unwrap_or_else(|| from_days(secs / 86_400));
    let part = |v: libc::c_int| u8::try_from(v).unwrap_or(0);
    // `tm_gmtoff` is a C long: 64 bits here, 32 on 32-bit targets.
    #[allow(clippy::useless_conversion)]
    let offset = i64::from(tm.tm_gmtoff);
    (date, part(tm.tm_hour), part(tm.tm_min), part(tm.tm_sec), offset)
}

/// The civil date `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
fn from_days(days: u64) -> Date {
    let z = i64::try_from(days).unwrap_or(0) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let parts = (u16::try_from(y), u8::try_from(m), u8::try_from(d));
    match parts {
        (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d),
        _ => None,
    }
    .unwrap_or(Date::EPOCH)
}

/// Today's local date: the current meeting when `--meeting` is not given.
#[must_use]
pub fn today() -> Date {
    local_now().0
}

/// Now, as `2025-02-18T09:41:00+07:00`.
#[must_use]
pub fn now_rfc3339() -> String {
    let (date, h, m, s, off) = local_now();
    let sign = if off < 0 { '-' } else { '+' };
    let off = off.abs() / 60;
    format!("{date}T{h:02}:{m:02}:{s:02}{sign}{:02}:{:02}", off / 60, off % 60)
}

/// The date `months` calendar months after `d`, on the same day or the month's last (a due
/// date one month after the meeting).
#[must_use]
pub fn add_months(d: Date, months: u8) -> Date {
    let total = u32::from(d.month()) - 1 + u32::from(months);
    let year = d.year().saturating_add(u16::try_from(total / 12).unwrap_or(0));
    let month = u8::try_from(total % 12 + 1).unwrap_or(1);
    (1..=d.day())
        .rev()
        .find_map(|day| Date::new(year, month, day))
        .unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_and_months_clamp() {
        assert!(
            super::super::check::is_rfc3339(&now_rfc3339()),
            "{}",
            now_rfc3339()
        );
        assert_eq!(from_days(0).to_string(), "1970-01-01");
        assert_eq!(from_days(20_137).to_string(), "2025-02-18");
        let d = |s: &str| Date::parse(s).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(add_months(d("2025-02-18"), 1), d("2025-03-18"));
        assert_eq!(add_months(d("2025-01-31"), 1), d("2025-02-28"));
        assert_eq!(add_months(d("2024-12-15"), 1), d("2025-01-15"));
    }
}
