//! Axes: the y range that shows every value, round ticks, and the decimals
//! a span of values needs.

use super::{Band, Series};
use crate::format;

/// A calendar year as written: "2052", no grouping, no decimals.
pub(super) fn year(value: f64) -> String {
    (value.round() as i64).to_string()
}

/// Every y value a chart draws: its lines' points and its band's edges.
fn y_values(series: &[Series], band: Option<&Band>) -> Vec<f64> {
    let mut values = Vec::new();
    for s in series {
        values.extend(s.points.iter().map(|p| p.1));
    }
    for s in band.map_or(&[][..], |b| &b.spread[..]) {
        values.extend([s.p10, s.p90]);
    }
    values
}

/// A y range that shows every value with a margin, and a visible span even
/// when all values are equal (a flat zero line).
pub(super) fn y_range_of(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    let span = hi - lo;
    // Below a billionth of the values' size (or of one unit), a span is
    // rounding noise of a steady path, not a change to draw.
    let pad = if span > 1e-9 * hi.abs().max(lo.abs()).max(1.0) {
        span * 0.08
    } else {
        hi.abs().max(1.0) * 0.05
    };
    let (lo, hi) = (lo - pad, hi + pad);
    // Ticks show at most four decimals: a smaller span would label two
    // ticks alike, so it is widened about its middle.
    let middle = (lo + hi) / 2.0;
    if hi - lo < MIN_SPAN {
        return (middle - MIN_SPAN / 2.0, middle + MIN_SPAN / 2.0);
    }
    (lo, hi)
}

/// The narrowest y range: five ticks of 0.0002, the finest step that four
/// decimals label apart.
const MIN_SPAN: f64 = 0.001;

/// Decimals for axis labels and descriptions over a span of values.
pub fn decimals_for(span: f64) -> usize {
    match span.abs() {
        s if s >= 20.0 => 0,
        s if s >= 2.0 => 1,
        s if s >= 0.2 => 2,
        s if s >= 0.02 => 3,
        _ => 4,
    }
}

/// At most this many ticks on an axis.
pub const MAX_TICKS: usize = 6;

/// An axis's labelled values: multiples of a round step (1, 2, 2.5 or 5
/// times a power of ten), at most [`MAX_TICKS`], with the decimals the step
/// needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    pub values: Vec<f64>,
    pub decimals: usize,
}

impl Ticks {
    /// The multiples of the smallest round step that puts at most
    /// [`MAX_TICKS`] inside `(lo, hi)`; `whole`: steps of whole units (years).
    pub fn round((lo, hi): (f64, f64), whole: bool) -> Ticks {
        let span = hi - lo;
        if !(span.is_finite() && span > 0.0) {
            return Ticks::zero();
        }
        // Powers of ten as integers, so that 3 × 0.1 is 0.3, not 0.30000000000000004.
        let mut exp = (span / MAX_TICKS as f64).log10().floor() as i32 - 1;
        loop {
            let ten = 10f64.powi(exp.abs());
            for m in [1.0, 2.0, 2.5, 5.0] {
                let at = |i: f64| if exp < 0 { i * m / ten } else { i * m * ten };
                let step = at(1.0);
                if whole && step.fract() != 0.0 {
                    continue;
                }
                let (first, last) = ((lo / step - 1e-9).ceil(), (hi / step + 1e-9).floor());
                if last - first < MAX_TICKS as f64 {
                    return Ticks {
                        values: (first as i64..=last as i64).map(|i| at(i as f64)).collect(),
                        decimals: format::decimals_for_step(step),
                    };
                }
            }
            exp += 1;
        }
    }

    /// One tick at 0: what a line that stays at 0 needs.
    fn zero() -> Ticks {
        Ticks {
            values: vec![0.0],
            decimals: 0,
        }
    }
}

/// Every value drawn at 0 (a flat line at 0 has no scale to read).
fn all_zero(values: &[f64]) -> bool {
    values.iter().all(|v| v.abs() < 1e-9)
}

/// The y range and its ticks, and whether every value drawn is 0.
pub(super) fn y_axis(series: &[Series], band: Option<&Band>) -> ((f64, f64), Ticks, bool) {
    let values = y_values(series, band);
    let range = y_range_of(values.iter().copied());
    let zero = all_zero(&values);
    let ticks = if zero {
        Ticks::zero()
    } else {
        Ticks::round(range, false)
    };
    (range, ticks, zero)
}
