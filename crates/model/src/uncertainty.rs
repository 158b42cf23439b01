//! The uncertainty bands (docs/model.md §10): a scenario's effects over
//! triangular draws of its assumptions from their ranges, by a generator anyone
//! can reimplement, and their percentiles per year.
//!
//! Defined exactly, so that the widget, the command line and an independent
//! reimplementation agree to rounding.

use crate::params::{Choices, DefaultValue, ParamId, Unit};
use crate::preset::{Host, Preset};
use crate::sim::{Scenario, Year};
use serde::Serialize;
use std::fmt;

/// Draws of the uncertainty bands, unless asked otherwise.
pub const DRAWS: usize = 200;
/// The bands' seed, unless asked otherwise.
pub const SEED: u64 = 2001;
/// The fewest and most draws accepted.
pub const DRAWS_RANGE: [usize; 2] = [10, 10_000];
/// The percentiles reported per year.
pub const PERCENTILES: [usize; 3] = [10, 50, 90];

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny generator anyone can
/// reimplement, so the bands can be reproduced outside this crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1): the top 53 bits times 2⁻⁵³.
    pub fn next_unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (f64::EPSILON / 2.0)
    }
}

/// `x` drawn from the triangular distribution on [lo, hi] peaking at `mode`,
/// by inverting its distribution function at `u` (docs/model.md §10).
pub fn triangular(lo: f64, mode: f64, hi: f64, u: f64) -> f64 {
    let width = hi - lo;
    if u < (mode - lo) / width {
        lo + (u * width * (mode - lo)).sqrt()
    } else {
        hi - ((1.0 - u) * width * (hi - mode)).sqrt()
    }
}

/// `choices` with the [`ParamId::sampled`] assumptions drawn from `rng`, in
/// order, each from the triangular distribution on its range peaking at its
/// default in the table (even where the user set it), whole-year ones rounded
/// to the nearest whole number, halves up. The user's own values of these are
/// replaced; everything else is kept.
pub fn sample(choices: &Choices, rng: &mut SplitMix64) -> Choices {
    let mut drawn = *choices;
    for id in ParamId::sampled() {
        let spec = id.spec();
        // Every sampled assumption has a fixed default (a test checks it).
        let DefaultValue::Fixed(mode) = spec.default else {
            continue;
        };
        let mut value = triangular(spec.min, mode, spec.max, rng.next_unit());
        if spec.unit == Unit::WholeYears {
            // Halves away from zero: halves up, since every range is positive.
            value = value.round();
        }
        // In range: the inverse is monotone in u and lands on [lo, hi].
        drawn.put(id, value.clamp(spec.min, spec.max));
    }
    drawn
}

/// The value of rank ⌈p/100·N⌉ (1-based) in `sorted`: the nearest-rank
/// percentile. Computed in whole numbers, so no rounding can move the rank.
/// `sorted` must not be empty.
pub fn nearest_rank(sorted: &[f64], p: usize) -> f64 {
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted[rank.min(sorted.len()) - 1]
}

/// p10, p50 and p90 of one effect, per year.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Percentiles {
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

impl Percentiles {
    /// Sorts each year's values and reads the nearest ranks.
    fn of(mut per_year: Vec<Vec<f64>>) -> Percentiles {
        let mut out = Percentiles::default();
        for values in &mut per_year {
            sort_ascending(values);
            let [p10, p50, p90] = PERCENTILES.map(|p| nearest_rank(values, p));
            out.p10.push(p10);
            out.p50.push(p50);
            out.p90.push(p90);
        }
        out
    }
}

/// Sorts `values` ascending, by `total_cmp`. A heapsort: O(n log n) for the
/// command line's 10,000 draws, in a few hundred bytes of the widget's
/// download where the standard library's sort costs several kilobytes.
fn sort_ascending(values: &mut [f64]) {
    fn sift(v: &mut [f64], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && v[child].total_cmp(&v[child + 1]).is_lt() {
                child += 1;
            }
            if v[root].total_cmp(&v[child]).is_ge() {
                return;
            }
            v.swap(root, child);
            root = child;
        }
    }
    let n = values.len();
    for start in (0..n / 2).rev() {
        sift(values, start, n);
    }
    for end in (1..n).rev() {
        values.swap(0, end);
        sift(values, 0, end);
    }
}

/// A number of draws outside [`DRAWS_RANGE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DrawsOutOfRange(pub usize);

impl fmt::Display for DrawsOutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [lo, hi] = DRAWS_RANGE;
        write!(
            f,
            "draws = {} is out of range; allowed range {lo}–{hi}",
            self.0
        )
    }
}

impl std::error::Error for DrawsOutOfRange {}

/// Uncertainty bands: the scenario's effects over triangular draws of the
/// [`ParamId::sampled`] assumptions, per year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Uncertainty {
    pub draws: usize,
    pub seed: u64,
    pub years: Vec<i32>,
    /// The unskilled stayer's income, scenario over baseline, minus 1.
    pub income_effect: Percentiles,
    /// Remittances received, scenario over baseline, minus 1.
    pub remittances_effect: Percentiles,
}

impl Uncertainty {
    /// Two runs per draw, the scenario and its baseline, on one calibration.
    pub fn new(
        preset: &Preset,
        host: &Host,
        choices: &Choices,
        draws: usize,
        seed: u64,
    ) -> Result<Uncertainty, DrawsOutOfRange> {
        if !(DRAWS_RANGE[0]..=DRAWS_RANGE[1]).contains(&draws) {
            return Err(DrawsOutOfRange(draws));
        }
        let mut rng = SplitMix64(seed);
        // horizon_years is not drawn: every draw has the same years.
        let first = Scenario::new(preset, host, choices);
        let len = first.params[ParamId::HorizonYears] as usize + 1;
        let years = (0..len)
            .map(|t| first.setting.base_year + t as i32)
            .collect();
        let mut income = vec![Vec::with_capacity(draws); len];
        let mut remittances = vec![Vec::with_capacity(draws); len];
        for _ in 0..draws {
            let s = Scenario::new(preset, host, &sample(choices, &mut rng));
            // The widget's own runs (`Scenario::run`): no second copy of the
            // yearly loop in its download.
            let base = s.baseline().run();
            let run = s.run_against(&base);
            let money = s.setting.gdp_usd / run.calibration.y0;
            let at = |y: &Year| [s.setting.unskilled_stayer_income_usd(y, money), y.r * money];
            for (t, (x, b)) in run.years.iter().zip(&base.years).enumerate() {
                let ([x_income, x_remit], [b_income, b_remit]) = (at(x), at(b));
                income[t].push(x_income / b_income - 1.0);
                remittances[t].push(x_remit / b_remit - 1.0);
            }
        }
        Ok(Uncertainty {
            draws,
            seed,
            years,
            income_effect: Percentiles::of(income),
            remittances_effect: Percentiles::of(remittances),
        })
    }

    /// `{"draws", "seed", "years": […], "income_effect": {"p10": […], "p50":
    /// […], "p90": […]}, "remittances_effect": {…}}`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
