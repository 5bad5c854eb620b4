//! Sparklines: a series as a row of block characters, one cell per point, in Unicode or ASCII
//! (the same width either way, so that a column's width does not depend on the look).

/// Sparkline levels, lowest first, in Unicode and in ASCII (same width, one cell each).
const SPARK: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const SPARK_ASCII: [char; 8] = ['_', '.', ',', '-', '~', '=', '*', '#'];

/// A sparkline of percentages on a fixed 0..100 scale, one cell per point, a space where a
/// point is missing.
#[must_use]
pub fn spark(points: &[Option<f64>], ascii: bool) -> String {
    let levels = if ascii { SPARK_ASCII } else { SPARK };
    points
        .iter()
        .map(|p| p.map_or(' ', |v| levels[level(v / 100.0)]))
        .collect()
}

/// A sparkline scaled between the series' own lowest and highest values, so small moves in a
/// large count still show; a flat series is drawn at mid height, since it did not move.
#[must_use]
pub fn spark_scaled(values: &[f64], ascii: bool) -> String {
    let levels = if ascii { SPARK_ASCII } else { SPARK };
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        });
    values
        .iter()
        .map(|&v| {
            if hi > lo {
                levels[level((v - lo) / (hi - lo))]
            } else {
                levels[3]
            }
        })
        .collect()
}

/// The level (0..=7) of a fraction 0..=1.
fn level(fraction: f64) -> usize {
    let f = if fraction.is_finite() {
        fraction.clamp(0.0, 1.0)
    } else {
        0.0
    };
    ((f * 7.0).round() as usize).min(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_scale_and_gaps() {
        assert_eq!(spark(&[None, Some(0.0), Some(50.0), Some(100.0)], false), " ▁▅█");
        assert_eq!(spark(&[Some(0.0), Some(100.0), Some(f64::NAN)], true), "_#_");
    }

    #[test]
    fn own_scale_and_flat_series() {
        assert_eq!(spark_scaled(&[34.0, 35.0, 37.0, 41.0], false), "▁▂▄█");
        assert_eq!(spark_scaled(&[17.0, 17.0], false), "▄▄");
        assert_eq!(spark_scaled(&[], false), "");
        assert_eq!(spark_scaled(&[1.0, 2.0], true), "_#");
    }
}
