//! The migration optimum of ¶7 (docs/model.md §5): the skilled emigration rate
//! that best balances the unskilled stayer's income against the skilled share,
//! over the whole path, discounted.

use crate::math::{ln, pow};
use crate::params::{ParamId, Params};
use crate::sim::{simulate, Calibration, Scenario};
use serde::Serialize;

/// Points on the e_s grid, from 0 to the lever's maximum.
pub const GRID_POINTS: usize = 101;

/// Factors applied to `brain_gain` for the band.
pub const BAND_FACTORS: [f64; 2] = [0.5, 1.5];

/// How far below the best score the near-optimum range reaches: 10 % of |W*|.
pub const NEAR_TOLERANCE: f64 = 0.1;

/// Where the optimum lies and how sure we are of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Optimum {
    /// e_s at the highest W on the grid.
    pub emig_rate_skilled: f64,
    /// W at the optimum: a discounted mean of log differences against e_s = 0.
    pub objective: f64,
    /// Neither end of the grid.
    pub interior: bool,
    /// The run of consecutive grid points around the optimum whose score is
    /// at least W* − 0.1·|W*|: `[lowest e_s, highest e_s]`.
    pub near: [f64; 2],
    /// The skills weights ω ≥ 0 that make the grid point nearest the current
    /// e_s optimal, `(lo, hi)` with `hi` None when unbounded; None when no
    /// weight does.
    pub skills_weight_for_current: Option<(f64, Option<f64>)>,
    /// e_s of the highest income part A (skills weighed 0).
    pub income_alone: f64,
    /// e_s of the highest skills part B (income weighed 0).
    pub skills_alone: f64,
    /// Lowest and highest optimum over brain_gain × {0.5, 1, 1.5}.
    pub band: [f64; 2],
    /// The whole curve, `[e_s, W]`.
    pub curve: Vec<[f64; 2]>,
    /// W's two parts at each grid point, `[A, B]` (W = A + ω_h·B).
    #[serde(skip)]
    pub parts: Vec<[f64; 2]>,
}

/// Where the current skilled emigration rate stands against the optimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// Below the near-optimum range.
    Below,
    /// Inside the near-optimum range, but not at the optimum.
    Within,
    /// Within half a grid step of the optimum.
    At,
    /// Above the near-optimum range.
    Above,
    /// The best point is an end of the grid: the curve only falls (or only rises).
    NoInterior { rises: bool },
}

/// e_s at grid point `i`, computed exactly as docs/model.md §5 writes it,
/// (0.05·i)/100 in that order, so that any reimplementation finds the same
/// floating-point grid.
fn grid_point(i: usize) -> f64 {
    (0.05 * i as f64) / 100.0
}

/// The grid point nearest `e_s`; the lower on ties.
fn nearest_grid_index(e_s: f64) -> usize {
    (1..GRID_POINTS).fold(0, |best, i| {
        if (grid_point(i) - e_s).abs() < (grid_point(best) - e_s).abs() {
            i
        } else {
            best
        }
    })
}

/// Longest run: `horizon_years` at its maximum.
const MAX_YEARS: usize = 51;

/// ln I_u and ln h for t = 1…T, with e_s as given and the rest as in `p`.
/// Year 0 is the same for every e_s and weighs nothing: left at 0, unlogged.
fn log_path(scenario: &Scenario, cal: &Calibration, p: &Params, e_s: f64) -> [[f64; 2]; MAX_YEARS] {
    let mut q = *p;
    q[ParamId::EmigRateSkilled] = e_s;
    let mut path = [[0.0; 2]; MAX_YEARS];
    simulate(&scenario.setting, cal, &q, &mut |y| {
        if y.t > 0 {
            path[y.t as usize] = [
                ln(y.unskilled_stayer_income()),
                ln(y.stocks.s / y.stocks.labour()),
            ];
        }
    });
    path
}

/// The score's parts `[A, B]` over the grid, with every other parameter as
/// in `p`: A the discounted mean of ln(I_u/I_u(0)), B that of ln(h/h(0)).
/// The discount weights are computed once per curve, and the e_s = 0 path
/// is the first grid point's: 101 runs.
fn parts(scenario: &Scenario, cal: &Calibration, p: &Params) -> [[f64; 2]; GRID_POINTS] {
    let years = p[ParamId::HorizonYears] as usize;
    let discount = 1.0 + p[ParamId::DiscountRate];
    let mut weights = [0.0; MAX_YEARS];
    for (t, w) in weights.iter_mut().enumerate().take(years + 1).skip(1) {
        *w = pow(discount, -(t as f64));
    }
    let total: f64 = weights.iter().sum();
    let zero = log_path(scenario, cal, p, grid_point(0));
    let mut out = [[0.0; 2]; GRID_POINTS];
    for (i, part) in out.iter_mut().enumerate() {
        let path = if i == 0 {
            zero
        } else {
            log_path(scenario, cal, p, grid_point(i))
        };
        let (mut a, mut b) = (0.0, 0.0);
        for t in 1..=years {
            a += weights[t] * (path[t][0] - zero[t][0]);
            b += weights[t] * (path[t][1] - zero[t][1]);
        }
        *part = [a / total, b / total];
    }
    out
}

/// W = A + ω_h·B at each grid point.
fn scores(parts: &[[f64; 2]], skills_weight: f64) -> [f64; GRID_POINTS] {
    let mut w = [0.0; GRID_POINTS];
    for (wi, [a, b]) in w.iter_mut().zip(parts) {
        *wi = a + skills_weight * b;
    }
    w
}

/// Index of the highest value; the first one on ties.
fn argmax(w: &[f64]) -> usize {
    (1..w.len()).fold(0, |best, i| if w[i] > w[best] { i } else { best })
}

/// The run of consecutive indices around `best` with `w ≥ w[best] − 0.1·|w[best]|`.
fn near_range(w: &[f64], best: usize) -> [usize; 2] {
    let floor = w[best] - NEAR_TOLERANCE * w[best].abs();
    let (mut lo, mut hi) = (best, best);
    while lo > 0 && w[lo - 1] >= floor {
        lo -= 1;
    }
    while hi + 1 < w.len() && w[hi + 1] >= floor {
        hi += 1;
    }
    [lo, hi]
}

/// The weights ω ≥ 0 at which grid point `i` has the highest A + ω·B
/// (`A_i + ω·B_i ≥ A_j + ω·B_j` for every j): an interval, `hi` None when
/// unbounded; None when empty.
fn weights_making_optimal(parts: &[[f64; 2]], i: usize) -> Option<(f64, Option<f64>)> {
    let [a_i, b_i] = parts[i];
    let (mut lo, mut hi) = (0.0_f64, f64::INFINITY);
    for (j, &[a_j, b_j]) in parts.iter().enumerate() {
        if j == i {
            continue;
        }
        let (gain, cost) = (b_i - b_j, a_j - a_i);
        if gain > 0.0 {
            lo = lo.max(cost / gain);
        } else if gain < 0.0 {
            hi = hi.min(cost / gain);
        } else if cost > 0.0 {
            return None;
        }
    }
    (lo <= hi).then_some((lo, hi.is_finite().then_some(hi)))
}

impl Scenario {
    /// The optimum's skilled emigration rate alone: the main curve's argmax,
    /// without the band's extra runs (what "What drives the result" needs,
    /// docs/model.md §10). Equals `self.optimum().emig_rate_skilled`.
    pub fn optimum_rate(&self) -> f64 {
        let cal = self.calibration();
        let w = scores(
            &parts(self, &cal, &self.params),
            self.params[ParamId::SkillsWeight],
        );
        grid_point(argmax(&w))
    }

    /// The optimum, its curve, its near-optimum range and its band: 3 × 101 runs.
    pub fn optimum(&self) -> Optimum {
        // The calibration depends on the defaults only: once for all 303 runs.
        let cal = self.calibration();
        let skills_weight = self.params[ParamId::SkillsWeight];
        let ab = parts(self, &cal, &self.params);
        let w = scores(&ab, skills_weight);
        let best = argmax(&w);
        let (mut low, mut high) = (grid_point(best), grid_point(best));
        for factor in BAND_FACTORS {
            let mut p = self.params;
            // docs/model.md §5: these internal runs are not bound by β's range.
            p[ParamId::BrainGain] *= factor;
            let e = grid_point(argmax(&scores(&parts(self, &cal, &p), skills_weight)));
            low = low.min(e);
            high = high.max(e);
        }
        let [near_lo, near_hi] = near_range(&w, best);
        let column = |k: usize| ab.map(|part| part[k]);
        Optimum {
            emig_rate_skilled: grid_point(best),
            objective: w[best],
            interior: best != 0 && best != GRID_POINTS - 1,
            near: [grid_point(near_lo), grid_point(near_hi)],
            skills_weight_for_current: weights_making_optimal(
                &ab,
                nearest_grid_index(self.params[ParamId::EmigRateSkilled]),
            ),
            income_alone: grid_point(argmax(&column(0))),
            skills_alone: grid_point(argmax(&column(1))),
            band: [low, high],
            curve: w
                .iter()
                .enumerate()
                .map(|(i, &wi)| [grid_point(i), wi])
                .collect(),
            parts: ab.to_vec(),
        }
    }
}

impl Optimum {
    /// `{"emig_rate_skilled", "objective", "interior", "near": [lo, hi],
    /// "skills_weight_for_current": [lo, hi or null] or null, "income_alone",
    /// "skills_alone", "band": […], "curve": [[e_s, W], …]}`.
    pub fn to_json(&self) -> String {
        // Only finite numbers, strings and booleans: serialization cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The skills weights that make the grid point nearest `emig_rate_skilled`
    /// optimal (as `skills_weight_for_current`, for another current e_s on
    /// the same curve).
    pub fn skills_weight_for(&self, emig_rate_skilled: f64) -> Option<(f64, Option<f64>)> {
        weights_making_optimal(&self.parts, nearest_grid_index(emig_rate_skilled))
    }

    /// Where `emig_rate_skilled` stands against the optimum and its near range.
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
        } else if emig_rate_skilled < self.near[0] - half_step {
            Position::Below
        } else if emig_rate_skilled > self.near[1] + half_step {
            Position::Above
        } else {
            Position::Within
        }
    }
}
