//! A direction's reference, `DATE#ID` (spec section 8), e.g. `2025-02-18#1`.

use std::fmt;
use std::str::FromStr;

use crate::model::Date;

/// `DATE#ID`: the meeting's date and the direction's id in it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct DirRef {
    pub date: Date,
    pub id: u64,
}

impl fmt::Display for DirRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.date, self.id)
    }
}

impl FromStr for DirRef {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("`{s}` is not a direction reference; write it as DATE#ID, e.g. 2025-02-18#1");
        let (date, id) = s.split_once('#').ok_or_else(bad)?;
        let date = Date::parse(date)?;
        let id: u64 = id.parse().map_err(|_| bad())?;
        if id == 0 {
            return Err(bad());
        }
        Ok(DirRef { date, id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let r: DirRef = "2025-02-18#12".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.id, 12);
        assert_eq!(r.to_string(), "2025-02-18#12");
        for bad in ["2025-02-18", "2025-02-18#0", "2025-02-18#x", "2025-02-30#1", "#1"] {
            assert!(bad.parse::<DirRef>().is_err(), "{bad}");
        }
    }
}
