//! Whole numbers as people and tools write them: `70` and `70.0` are the same count.
//!
//! JSON Schema's `integer` accepts `70.0`, and spreadsheet exports often write it; serde's
//! `u64` does not. These deserializers accept a float whose fraction is zero and that fits,
//! and reject `70.5` with serde's own error, so the loader still places it at its line and column.

use std::fmt;

use serde::Deserializer;
use serde::de::{Error, Unexpected, Visitor};

struct Whole;

/// 2^64, the first float above every `u64`.
const LIMIT: f64 = 18_446_744_073_709_551_616.0;

impl Visitor<'_> for Whole {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The loader's message reads "expected {this}, found …".
        f.write_str("a whole number, 0 or more")
    }

    fn visit_u64<E: Error>(self, v: u64) -> Result<u64, E> {
        Ok(v)
    }

    fn visit_i64<E: Error>(self, v: i64) -> Result<u64, E> {
        u64::try_from(v).map_err(|_| E::invalid_value(Unexpected::Signed(v), &self))
    }

    fn visit_f64<E: Error>(self, v: f64) -> Result<u64, E> {
        if v.fract() == 0.0 && (0.0..LIMIT).contains(&v) {
            // Exact: a whole float below 2^64 converts without loss.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            Ok(v as u64)
        } else {
            Err(E::invalid_value(Unexpected::Float(v), &self))
        }
    }
}

/// A non-negative whole number, written `70` or `70.0`.
pub fn u64<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    d.deserialize_any(Whole)
}

/// An optional whole number (`null` or absent is `None`).
pub fn opt_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    struct Opt;
    impl<'de> Visitor<'de> for Opt {
        type Value = Option<u64>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            Whole.expecting(f)
        }
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            u64(d).map(Some)
        }
    }
    d.deserialize_option(Opt)
}

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize, Debug)]
    struct T {
        #[serde(deserialize_with = "super::u64")]
        n: u64,
        #[serde(default, deserialize_with = "super::opt_u64")]
        o: Option<u64>,
    }

    fn n(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn whole_floats_are_whole_numbers() {
        let t = n(r#"{"n": 70.0, "o": 3.0}"#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((t.n, t.o), (70, Some(3)));
        let t = n(r#"{"n": 0, "o": null}"#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((t.n, t.o), (0, None));
        assert_eq!(n(r#"{"n": 1}"#).map(|t| t.o).ok(), Some(None));
    }

    #[test]
    fn fractions_negatives_and_huge_floats_are_refused() {
        let e = n("{\n \"n\": 70.5}").err().unwrap_or_default();
        assert_eq!(
            e,
            "invalid value: floating point `70.5`, expected a whole number, 0 or more at line 2 column 10"
        );
        assert!(n(r#"{"n": -1}"#).is_err());
        assert!(n(r#"{"n": -0.5}"#).is_err());
        assert!(n(r#"{"n": 1e30}"#).is_err());
        assert!(n(r#"{"n": "7"}"#).is_err());
        assert!(n(r#"{"n": 1, "o": 2.5}"#).is_err());
    }
}
