//! What drives the result (docs/model.md §10): how much each assumption
//! moves a scenario's effect, one at a time (the sensitivity, or "tornado"),
//! and what each lever set adds. The assumptions all together are the
//! uncertainty bands (`uncertainty.rs`).
//!
//! Defined exactly, so that the widget, the command line and an independent
//! reimplementation agree to rounding.

use crate::params::{Choices, Kind, ParamId, SPECS};
use crate::preset::{Host, Preset};
use crate::sim::{simulate, Scenario};
use serde::Serialize;

impl Scenario {
    /// The unskilled stayer's income in the final year, scenario over
    /// baseline, minus 1 (docs/model.md §10). Both share one calibration
    /// (§3), so this costs two runs.
    pub fn income_effect(&self) -> f64 {
        let cal = self.calibration();
        let money = self.setting.gdp_usd / cal.y0;
        let last = |p| {
            let mut income = f64::NAN;
            simulate(&self.setting, &cal, p, &mut |y| {
                income = self.setting.unskilled_stayer_income_usd(y, money)
            });
            income
        };
        last(&self.params) / last(&self.defaults) - 1.0
    }
}

/// The scenario as set: its income effect and its optimum (without band).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Effect {
    pub income_effect: f64,
    /// The optimum's skilled emigration rate.
    pub optimum: f64,
}

/// One assumption at the low and the high end of its range, all else as set.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Swing {
    pub name: ParamId,
    pub low: f64,
    pub high: f64,
    /// Income effect at low, at high.
    pub income_effect: [f64; 2],
    /// Optimum at low, at high.
    pub optimum: [f64; 2],
}

impl Swing {
    /// |income effect at high − at low|: the order of the tornado.
    pub fn income_swing(&self) -> f64 {
        (self.income_effect[1] - self.income_effect[0]).abs()
    }

    /// |optimum at high − at low|.
    pub fn optimum_swing(&self) -> f64 {
        (self.optimum[1] - self.optimum[0]).abs()
    }
}

/// Swings closer than this are ties (rounding noise), and keep their order
/// (docs/model.md §10).
pub const SWING_TIE: f64 = 1e-12;

/// Sorts `items` by `swing`, largest first; swings within [`SWING_TIE`] of
/// each other keep their order. An insertion sort, which moves an item before
/// another only when its swing is larger by more than the tie: there are 21
/// assumptions, and the standard library's stable sort would add 17 KB to the
/// widget's download.
pub fn sort_by_swing<T>(items: &mut [T], swing: impl Fn(&T) -> f64) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && swing(&items[j]) - swing(&items[j - 1]) > SWING_TIE {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// A lever the user set, and the income effect with it alone back at its default.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LeverEffect {
    pub name: ParamId,
    pub income_effect_without: f64,
}

/// The sensitivity of a scenario to its assumptions, one at a time.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sensitivity {
    pub central: Effect,
    /// Every assumption but `horizon_years`, by income swing, largest first;
    /// equal swings in table order.
    pub assumptions: Vec<Swing>,
    /// Every lever the user set, in table order.
    pub levers: Vec<LeverEffect>,
}

impl Swing {
    /// `id` at the low and at the high end of its range, all else as
    /// `choices`: two optima and four runs, one part of [`Sensitivity`].
    /// `central` is the scenario's own: its optimum is reused where the curve
    /// is the same (the host's assumptions leave it alone).
    pub fn of(
        preset: &Preset,
        host: &Host,
        choices: &Choices,
        central: &Effect,
        id: ParamId,
    ) -> Swing {
        let current = Scenario::new(preset, host, choices);
        let spec = id.spec();
        let at = |value: f64| {
            let mut c = *choices;
            c.put(id, value);
            let s = Scenario::new(preset, host, &c);
            let optimum = if s.same_optimum(&current) {
                central.optimum
            } else {
                s.optimum_rate()
            };
            (s.income_effect(), optimum)
        };
        let (low, high) = (at(spec.min), at(spec.max));
        Swing {
            name: id,
            low: spec.min,
            high: spec.max,
            income_effect: [low.0, high.0],
            optimum: [low.1, high.1],
        }
    }
}

impl Sensitivity {
    /// About 40 optima, in the parts a caller may also compute one by one
    /// (the widget does, one per slice of the main thread): [`Self::central`],
    /// [`Swing::of`] for each of [`Self::varied`], [`Self::levers`], then
    /// [`Self::from_parts`].
    pub fn new(preset: &Preset, host: &Host, choices: &Choices) -> Sensitivity {
        let central = Sensitivity::central(preset, host, choices);
        let assumptions = Sensitivity::varied()
            .map(|id| Swing::of(preset, host, choices, &central, id))
            .collect();
        let levers = Sensitivity::levers(preset, host, choices);
        Sensitivity::from_parts(central, assumptions, levers)
    }

    /// The assumptions varied, in table order: all but `horizon_years`.
    pub fn varied() -> impl Iterator<Item = ParamId> {
        SPECS
            .iter()
            .filter(|s| s.kind == Kind::Assumption && s.id != ParamId::HorizonYears)
            .map(|s| s.id)
    }

    /// The scenario as set: one optimum and two runs.
    pub fn central(preset: &Preset, host: &Host, choices: &Choices) -> Effect {
        let current = Scenario::new(preset, host, choices);
        Effect {
            income_effect: current.income_effect(),
            optimum: current.optimum_rate(),
        }
    }

    /// Every lever the user set, with it alone back at its default: two runs each.
    pub fn levers(preset: &Preset, host: &Host, choices: &Choices) -> Vec<LeverEffect> {
        choices
            .of_kind(Kind::Scenario)
            .iter()
            .map(|(id, _)| {
                let mut c = *choices;
                c.unset(id);
                LeverEffect {
                    name: id,
                    income_effect_without: Scenario::new(preset, host, &c).income_effect(),
                }
            })
            .collect()
    }

    /// The parts together, the assumptions sorted by income swing, largest
    /// first; equal swings keep the order they came in ([`Self::varied`]'s).
    pub fn from_parts(
        central: Effect,
        mut assumptions: Vec<Swing>,
        levers: Vec<LeverEffect>,
    ) -> Sensitivity {
        sort_by_swing(&mut assumptions, Swing::income_swing);
        Sensitivity {
            central,
            assumptions,
            levers,
        }
    }

    /// Both tornados' numbers as CSV, fractions as in the JSON: a row
    /// `central` (the scenario as set, its range's ends empty), then one per
    /// assumption in the order of `assumptions`, with the ends of its range
    /// and the income effect and the optimum at either end.
    pub fn to_csv(&self) -> String {
        use std::fmt::Write;
        let mut out = String::from(
            "name,low,high,income_effect_at_low,income_effect_at_high,optimum_at_low,optimum_at_high\n",
        );
        // `+ 0.0` turns -0 into 0, as the run's CSV does.
        let (i, o) = (self.central.income_effect + 0.0, self.central.optimum + 0.0);
        let _ = writeln!(out, "central,,,{i},{i},{o},{o}");
        for a in &self.assumptions {
            let ([il, ih], [ol, oh]) = (a.income_effect, a.optimum);
            let _ = writeln!(
                out,
                "{},{},{},{},{},{},{}",
                a.name.name(),
                a.low,
                a.high,
                il + 0.0,
                ih + 0.0,
                ol + 0.0,
                oh + 0.0
            );
        }
        out
    }

    /// `{"central": {…}, "assumptions": [{"name", "low", "high",
    /// "income_effect": [low, high], "optimum": [low, high]}, …], "levers": […]}`.
    pub fn to_json(&self) -> String {
        // Only finite numbers and names: serialization cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}
