//! Calibration (MODEL.md §3, start-up values) and the yearly simulation
//! (§3 steps 1–6), in the model's normalised units.

use crate::math::{exp, ln, pow};
use crate::params::{ParamId::*, Params};
use crate::preset::{Host, Preset};
use crate::ModelError;

/// Reference diaspora size in the productivity term (MODEL.md §3, step 1).
const D_REF: f64 = 0.01;

/// The preset and host figures a run needs, as plain numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Setting {
    pub base_year: i32,
    /// L_O, people.
    pub labour_force: f64,
    pub gdp_usd: f64,
    pub rem_gdp0: f64,
    pub h0: f64,
    pub d0: f64,
    pub m_s0: f64,
    /// L_H, people.
    pub host_labour_force: f64,
    pub host_gdp_usd: f64,
    /// m_H0.
    pub host_immigrant_share: f64,
    /// θ.
    pub corridor_share: f64,
}

impl Setting {
    pub fn new(preset: &Preset, host: &Host) -> Setting {
        let (o, h) = (&preset.figures, &host.figures);
        Setting {
            base_year: preset.base_year,
            labour_force: o.labour_force.value,
            gdp_usd: o.gdp_usd.value,
            rem_gdp0: o.rem_gdp0.value,
            h0: o.h0.value,
            d0: o.d0.value,
            m_s0: o.m_s0.value,
            host_labour_force: h.labour_force.value,
            host_gdp_usd: h.gdp_usd.value,
            host_immigrant_share: h.immigrant_share.value,
            corridor_share: h.corridor_share.value,
        }
    }
}

/// Start-up values of MODEL.md §3, computed once per lever set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Calibration {
    /// Skilled labour's output elasticity γ.
    pub gamma: f64,
    pub k0: f64,
    pub y0: f64,
    pub w_u0: f64,
    pub w_s0: f64,
    pub ds0: f64,
    pub du0: f64,
    /// Host earnings of one migrant, current levers.
    pub earn_u: f64,
    pub earn_s: f64,
    /// Remittance scale κ_R, from the preset's default remittance levers.
    pub kappa_r: f64,
}

impl Calibration {
    /// `defaults` are the preset's default levers: they fix κ_R so that moving a
    /// remittance lever changes remittances instead of being re-calibrated away.
    pub fn new(setting: &Setting, p: &Params, defaults: &Params) -> Calibration {
        let (alpha, pi, s, n, delta) = (
            p[CapitalShare],
            p[SkillPremium],
            p[SavingRate],
            p[LabourGrowth],
            p[Depreciation],
        );
        let h0 = setting.h0;
        let (s0, u0) = (h0, 1.0 - h0);
        let kappa = pi * s0 / u0;
        let gamma = (1.0 - alpha) * kappa / (1.0 + kappa);
        let labour = pow(s0, gamma) * pow(u0, 1.0 - alpha - gamma);
        let k0 = pow(s / (n + delta) * labour, 1.0 / (1.0 - alpha));
        let y0 = pow(k0, alpha) * labour;
        let w_u0 = (1.0 - alpha - gamma) * y0 / u0;
        let w_s0 = gamma * y0 / s0;
        let ds0 = h0 * setting.m_s0 / (1.0 - setting.m_s0);
        let du0 = setting.d0 - ds0;
        let earn = |q: &Params, ratio, wage| {
            wage * q[ratio] * (1.0 - q[IrregularPenalty] * q[IrregularShare])
        };
        let earn_u = earn(p, WageRatioUnskilled, w_u0);
        let earn_s = earn(p, WageRatioSkilled, w_s0);
        let sent0 = (1.0 - defaults[TransferCost])
            * (defaults[RemitShareUnskilled] * earn(defaults, WageRatioUnskilled, w_u0) * du0
                + defaults[RemitShareSkilled] * earn(defaults, WageRatioSkilled, w_s0) * ds0);
        let kappa_r = if sent0 == 0.0 {
            1.0
        } else {
            setting.rem_gdp0 * y0 / sent0
        };
        Calibration {
            gamma,
            k0,
            y0,
            w_u0,
            w_s0,
            ds0,
            du0,
            earn_u,
            earn_s,
            kappa_r,
        }
    }
}

/// The state of MODEL.md §1 at the start of a year, normalised units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct State {
    /// Resident tertiary-educated workers S.
    pub s: f64,
    /// Other resident workers U.
    pub u: f64,
    /// Diaspora by skill.
    pub ds: f64,
    pub du: f64,
    /// Remitting-equivalent diaspora.
    pub zs: f64,
    pub zu: f64,
    /// Capital K.
    pub k: f64,
}

impl State {
    /// Resident labour force L.
    pub fn labour(&self) -> f64 {
        self.s + self.u
    }
}

/// One recorded year (MODEL.md §3 step 4): the state and that year's flows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Year {
    /// t = 0 … T.
    pub t: u32,
    pub state: State,
    /// Productivity A.
    pub a: f64,
    /// Output Y.
    pub y: f64,
    /// Remittances received, net of cost, R.
    pub r: f64,
    /// Paid in transfer costs, C.
    pub c: f64,
    /// Diaspora investment F.
    pub f: f64,
    /// Remittances sent by migrants (before cost): R + C.
    pub sent: f64,
}

/// Runs years 0…T, handing each recorded year to `visit`. No allocation, so the
/// optimum's 303 runs cost only arithmetic. Parameters must be validated first.
pub(crate) fn simulate(
    setting: &Setting,
    cal: &Calibration,
    p: &Params,
    mut visit: impl FnMut(&Year),
) {
    let h0 = setting.h0;
    let (alpha, gamma) = (p[CapitalShare], cal.gamma);
    let (e_u, e_s) = (p[EmigRateUnskilled], p[EmigRateSkilled]);
    let (mu, n) = (p[Retirement], p[LabourGrowth]);
    let (rho_u, rho_s) = (p[ReturnRateUnskilled], p[ReturnRateSkilled]);
    let (r_u, r_s, c, d) = (
        p[RemitShareUnskilled],
        p[RemitShareSkilled],
        p[TransferCost],
        p[RemitDecay],
    );
    let (lambda, chi) = (p[SkillSpillover], p[DiasporaProductivity]);
    let (s_rate, delta, phi) = (p[SavingRate], p[Depreciation], p[InvestedShare]);
    let (g, f_share) = (p[ReturnUpgrade], p[DiasporaInvestment]);
    let horizon = p[HorizonYears] as u32;

    // Step 5's study share depends only on levers: compute it once.
    let prospect = 1.0 - pow(1.0 - e_s, p[ProspectHorizon]);
    let q = p[MaxStudyShare].min(h0 * (1.0 + p[BrainGain] * prospect.sqrt()));
    let (ln_h0, ln_diaspora0) = (ln(h0), ln(1.0 + cal.ds0 / D_REF));

    let mut x = State {
        s: h0,
        u: 1.0 - h0,
        ds: cal.ds0,
        du: cal.du0,
        zs: cal.ds0,
        zu: cal.du0,
        k: cal.k0,
    };
    for t in 0..=horizon {
        // Steps 1–3.
        let l = x.labour();
        let h = x.s / l;
        // A = (h/h0)^λ·((1 + Ds/D_ref)/(1 + Ds0/D_ref))^χ and Y = A·K^α·S^γ·U^(1−α−γ),
        // summed in logs: one exp instead of five powf, on the slider's hot path.
        let ln_a = lambda * (ln(h) - ln_h0) + chi * (ln(1.0 + x.ds / D_REF) - ln_diaspora0);
        let a = exp(ln_a);
        let y = exp(ln_a + alpha * ln(x.k) + gamma * ln(x.s) + (1.0 - alpha - gamma) * ln(x.u));
        let r = cal.kappa_r * (1.0 - c) * (r_u * cal.earn_u * x.zu + r_s * cal.earn_s * x.zs);
        let cost = r * c / (1.0 - c);
        let f = f_share * cal.earn_s * x.ds;
        // Step 4.
        visit(&Year {
            t,
            state: x,
            a,
            y,
            r,
            c: cost,
            f,
            sent: r + cost,
        });
        if t == horizon {
            break;
        }
        // Steps 5–6.
        let entrants = (n + mu) * l;
        let (out_s, out_u) = (e_s * x.s, e_u * x.u);
        let (back_s, back_u) = (rho_s * x.ds, rho_u * x.du);
        x = State {
            s: (1.0 - mu) * x.s + q * entrants - out_s + back_s + g * back_u,
            u: (1.0 - mu) * x.u + (1.0 - q) * entrants - out_u + (1.0 - g) * back_u,
            ds: (1.0 - mu - rho_s) * x.ds + out_s,
            du: (1.0 - mu - rho_u) * x.du + out_u,
            zs: (1.0 - mu - rho_s - d).max(0.0) * x.zs + out_s,
            zu: (1.0 - mu - rho_u - d).max(0.0) * x.zu + out_u,
            k: (1.0 - delta) * x.k + s_rate * y + phi * r + f,
        };
    }
}

/// A validated scenario: one preset, one host, one set of levers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    pub setting: Setting,
    pub params: Params,
    /// The preset's defaults (the baseline's levers).
    pub defaults: Params,
}

impl Scenario {
    /// Refuses out-of-range, NaN or infinite levers.
    pub fn new(preset: &Preset, host: &Host, params: Params) -> Result<Scenario, ModelError> {
        params.validate()?;
        Ok(Scenario {
            setting: Setting::new(preset, host),
            params,
            defaults: preset.defaults(),
        })
    }

    /// The same preset and host with its default levers.
    pub fn baseline(&self) -> Scenario {
        Scenario {
            params: self.defaults,
            ..*self
        }
    }

    pub fn calibration(&self) -> Calibration {
        Calibration::new(&self.setting, &self.params, &self.defaults)
    }

    /// Every year of the run.
    pub fn run(&self) -> Run {
        let calibration = self.calibration();
        let mut years = Vec::with_capacity(self.params[HorizonYears] as usize + 1);
        simulate(&self.setting, &calibration, &self.params, |y| {
            years.push(*y)
        });
        Run {
            setting: self.setting,
            calibration,
            params: self.params,
            years,
        }
    }
}

/// The result of one scenario run.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub setting: Setting,
    pub calibration: Calibration,
    pub params: Params,
    pub years: Vec<Year>,
}
