//! The migration optimum of ¶7 (docs/model.md §5): the skilled emigration rate
//! that best balances income per worker against the skilled share, over the
//! whole path, discounted.

use crate::math::{ln, pow};
use crate::params::{ParamId, Params};
use crate::sim::{simulate, Calibration, Scenario};
use serde::Serialize;

/// Points on the e_s grid, from 0 to the lever's maximum.
pub const GRID_POINTS: usize = 101;

/// Factors applied to `brain_gain` for the band.
pub const BAND_FACTORS: [f64; 2] = [0.5, 1.5];

/// Where the optimum lies and how sure we are of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Optimum {
    /// e_s at the highest W on the grid.
    pub emig_rate_skilled: f64,
    /// W at the optimum: a discounted mean of log differences against e_s = 0.
    pub objective: f64,
    /// Neither end of the grid.
    pub interior: bool,
    /// Lowest and highest optimum over brain_gain × {0.5, 1, 1.5}.
    pub band: [f64; 2],
    /// The whole curve, `[e_s, W]`.
    pub curve: Vec<[f64; 2]>,
}

/// Where the current skilled emigration rate stands against the optimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Below,
    /// Within half a grid step of the optimum.
    At,
    Above,
    /// The best point is an end of the grid: the curve only falls (or only rises).
    NoInterior {
        rises: bool,
    },
}

/// e_s at grid point `i`. Dividing a whole number of steps by steps-per-unit
/// gives the correctly rounded decimal (0.003, not 0.0030000000000000005), so
/// grid points print cleanly and match the slider's values.
fn grid_point(i: usize) -> f64 {
    let steps_per_unit = ((GRID_POINTS - 1) as f64 / ParamId::EmigRateSkilled.spec().max).round();
    i as f64 / steps_per_unit
}

/// Longest run: `horizon_years` at its maximum.
const MAX_YEARS: usize = 51;

/// ln I_t and ln h_t for t = 1…T, with e_s as given and the rest as in `p`.
fn log_path(scenario: &Scenario, cal: &Calibration, p: &Params, e_s: f64) -> [[f64; 2]; MAX_YEARS] {
    let mut q = *p;
    q[ParamId::EmigRateSkilled] = e_s;
    let mut path = [[0.0; 2]; MAX_YEARS];
    simulate(&scenario.setting, cal, &q, &mut |y| {
        let l = y.stocks.labour();
        path[y.t as usize] = [ln((y.y + y.r) / l), ln(y.stocks.s / l)];
    });
    path
}

/// W(e_s) over the grid, with every other parameter as in `p`. The discount
/// weights and the e_s = 0 path are computed once per curve.
fn curve(scenario: &Scenario, cal: &Calibration, p: &Params) -> [f64; GRID_POINTS] {
    let years = p[ParamId::HorizonYears] as usize;
    let discount = 1.0 + p[ParamId::DiscountRate];
    let mut weights = [0.0; MAX_YEARS];
    for (t, w) in weights.iter_mut().enumerate().take(years + 1).skip(1) {
        *w = pow(discount, -(t as f64));
    }
    let total: f64 = weights.iter().sum();
    let skills_weight = p[ParamId::SkillsWeight];
    let zero = log_path(scenario, cal, p, 0.0);
    let mut w = [0.0; GRID_POINTS];
    for (i, wi) in w.iter_mut().enumerate() {
        let path = log_path(scenario, cal, p, grid_point(i));
        let score: f64 = (1..=years)
            .map(|t| {
                let [income, skills] = path[t];
                let [income0, skills0] = zero[t];
                weights[t] * ((income - income0) + skills_weight * (skills - skills0))
            })
            .sum();
        *wi = score / total;
    }
    w
}

/// Index of the highest value; the first one on ties.
fn argmax(w: &[f64]) -> usize {
    (1..w.len()).fold(0, |best, i| if w[i] > w[best] { i } else { best })
}

impl Scenario {
    /// The optimum's skilled emigration rate alone: the main curve's argmax,
    /// without the band's extra runs (what "What drives the result" needs,
    /// docs/model.md §11). Equals `self.optimum().emig_rate_skilled`.
    pub fn optimum_rate(&self) -> f64 {
        let cal = self.calibration();
        grid_point(argmax(&curve(self, &cal, &self.params)))
    }

    /// The optimum, its curve and its band: 3 × 101 runs.
    pub fn optimum(&self) -> Optimum {
        // The calibration depends on the defaults only: once for all 303 runs.
        let cal = self.calibration();
        let w = curve(self, &cal, &self.params);
        let best = argmax(&w);
        let (mut low, mut high) = (grid_point(best), grid_point(best));
        for factor in BAND_FACTORS {
            let mut p = self.params;
            // docs/model.md §5: these internal runs are not bound by β's range.
            p[ParamId::BrainGain] *= factor;
            let e = grid_point(argmax(&curve(self, &cal, &p)));
            low = low.min(e);
            high = high.max(e);
        }
        Optimum {
            emig_rate_skilled: grid_point(best),
            objective: w[best],
            interior: best != 0 && best != GRID_POINTS - 1,
            band: [low, high],
            curve: w
                .iter()
                .enumerate()
                .map(|(i, &wi)| [grid_point(i), wi])
                .collect(),
        }
    }
}

impl Optimum {
    /// `{"emig_rate_skilled": …, "objective": …, "interior": …, "band": […], "curve": [[e_s, W], …]}`.
    pub fn to_json(&self) -> String {
        // Only finite numbers, strings and booleans: serialization cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Where `emig_rate_skilled` stands against the optimum.
    pub fn position(&self, emig_rate_skilled: f64) -> Position {
        if !self.interior {
            return Position::NoInterior {
                rises: self.emig_rate_skilled > 0.0,
            };
        }
        let half_step = grid_point(1) / 2.0;
        let gap = emig_rate_skilled - self.emig_rate_skilled;
        if gap.abs() <= half_step {
            Position::At
        } else if gap < 0.0 {
            Position::Below
        } else {
            Position::Above
        }
    }
}
