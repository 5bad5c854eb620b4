//! The calendar date used everywhere in the contract: strict ISO `YYYY-MM-DD`, real dates only.
//!
//! Hand-written rather than taken from a date crate because the contract needs exactly one
//! textual form, an error message a district officer can act on ("February 2024 has 29 days"),
//! and day arithmetic for the 35-day staleness rule; nothing else.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A proleptic Gregorian date. Ordered chronologically.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Why a text is not a `YYYY-MM-DD` date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DateError {
    /// Not ten characters shaped `YYYY-MM-DD`.
    Shape,
    NotADate,
    NoMonth(u8),
    /// The day is past the month's end; `days` is how many it has.
    ShortMonth {
        year: u16,
        month: u8,
        days: u8,
    },
}

impl DateError {
    /// The English sentence about `text` (`crate::present::problems` has every language).
    #[must_use]
    pub fn english(self, text: &str) -> String {
        match self {
            DateError::Shape => format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2024-12-31"),
            DateError::NotADate => format!("`{text}` is not a date"),
            DateError::NoMonth(month) => format!("`{text}` is not a real date: there is no month {month}"),
            DateError::ShortMonth { year, month, days } => {
                let name = MONTHS[usize::from(month - 1)];
                format!("`{text}` is not a real date: {name} {year} has {days} days")
            }
        }
    }
}

impl Date {
    /// 1970-01-01, the Unix epoch: a fallback for a clock that cannot be read.
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// A date from its parts, or `None` when it is not a real calendar date.
    #[must_use]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Self {
            year,
            month,
            day,
        })
    }

    /// Parses `YYYY-MM-DD` exactly; the error explains what is wrong in plain words.
    pub fn parse(text: &str) -> Result<Self, String> {
        Self::check(text).map_err(|e| e.english(text))
    }

    /// Parses `YYYY-MM-DD` exactly; the error says what is wrong, as data.
    pub fn check(text: &str) -> Result<Self, DateError> {
        let b = text.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shaped {
            return Err(DateError::Shape);
        }
        let num = |r: std::ops::Range<usize>| b[r].iter().fold(0u16, |acc, c| acc * 10 + u16::from(c - b'0'));
        let (year, month, day) = (num(0..4), num(5..7), num(8..10));
        let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
            return Err(DateError::NotADate);
        };
        if !(1..=12).contains(&month) {
            return Err(DateError::NoMonth(month));
        }
        Self::new(year, month, day).ok_or(DateError::ShortMonth {
            year,
            month,
            days: days_in_month(year, month),
        })
    }

    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }

    #[must_use]
    pub fn month(self) -> u8 {
        self.month
    }

    #[must_use]
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 0000-03-01, so that differences between dates are plain subtraction.
    #[must_use]
    pub fn day_number(self) -> i64 {
        // Howard Hinnant's days_from_civil, shifted so the year starts in March.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let m = i64::from(self.month);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe
    }

    /// Whole days from `earlier` to `self` (negative when `self` is before).
    #[must_use]
    pub fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written as YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                Date::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A real calendar date, YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn parses_and_prints_real_dates() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        assert_eq!(d("9999-12-31").to_string(), "9999-12-31");
        assert!(d("2024-01-31") < d("2024-02-01"));
    }

    #[test]
    fn rejects_unreal_dates_with_a_reason() {
        assert_eq!(
            Date::parse("2023-02-29").unwrap_err(),
            "`2023-02-29` is not a real date: February 2023 has 28 days"
        );
        assert!(Date::parse("2024-13-01").unwrap_err().contains("no month 13"));
        assert!(Date::parse("2024-1-01").unwrap_err().contains("YYYY-MM-DD"));
        assert!(Date::parse("2024-04-31").is_err());
        assert!(Date::parse("2024-00-10").is_err());
        assert!(Date::parse("2024-01-00").is_err());
        assert!(Date::parse("２０２４-01-01").is_err());
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2000-02-29").is_ok());
    }

    #[test]
    fn counts_days_across_months_leap_years_and_centuries() {
        assert_eq!(d("2024-12-31").days_since(d("2024-11-30")), 31);
        assert_eq!(d("2025-02-14").days_since(d("2024-12-31")), 45);
        assert_eq!(d("2024-03-01").days_since(d("2024-02-28")), 2);
        assert_eq!(d("2023-03-01").days_since(d("2023-02-28")), 1);
        assert_eq!(d("2001-01-01").days_since(d("2000-01-01")), 366);
        assert_eq!(d("2000-01-01").days_since(d("2001-01-01")), -366);
        assert_eq!(d("2101-01-01").days_since(d("2100-01-01")), 365);
    }
}
