//! Start-up (docs/model.md §3, "Start-up") and the yearly loop (§3, steps
//! 1–6), in the model's normalised units.

use crate::math::{exp, ln, pow};
use crate::params::{Choices, ParamId::*, Params};
use crate::preset::{Host, Preset};

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
    /// L_H0, people.
    pub host_labour_force: f64,
    /// G_H0.
    pub host_gdp_usd: f64,
    /// m_H0.
    pub host_immigrant_share: f64,
    /// θ, by head count.
    pub corridor_share: f64,
    /// θ_R, by money: the share of the origin's remittances sent from this host.
    pub corridor_remittance_share: f64,
    /// n_H.
    pub host_labour_growth: f64,
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
            corridor_remittance_share: h.corridor_remittance_share.value,
            host_labour_growth: h.labour_growth.value,
        }
    }

    /// The same origin: everything but the host's figures.
    pub fn same_origin(&self, other: &Setting) -> bool {
        (
            self.base_year,
            self.labour_force,
            self.gdp_usd,
            self.rem_gdp0,
        ) == (
            other.base_year,
            other.labour_force,
            other.gdp_usd,
            other.rem_gdp0,
        ) && (self.h0, self.d0, self.m_s0) == (other.h0, other.d0, other.m_s0)
    }
}

/// Start-up values (§3): the preset's data, the current assumptions and the
/// *default* scenario levers. A scenario and its baseline share them.
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
    pub zs0: f64,
    pub zu0: f64,
    /// Remittance scale κ_R: a calibration factor, shown to users.
    pub kappa_r: f64,
    /// Study share that keeps h steady, q0.
    pub q0: f64,
    /// √P̄, the emigration prospect at the default e_s.
    pub sqrt_prospect0: f64,
    /// Default transfer cost c̄, the point of no cost response.
    pub c_bar: f64,
}

impl Calibration {
    /// The effective remittance shares κ_R·r_u and κ_R·r_s: the shares that
    /// reproduce the observed remittances with the default levers (§3).
    pub fn effective_remit_shares(&self, defaults: &Params) -> [f64; 2] {
        [
            self.kappa_r * defaults[RemitShareUnskilled],
            self.kappa_r * defaults[RemitShareSkilled],
        ]
    }

    /// `defaults` are the baseline's parameters: current assumptions, default levers.
    pub fn new(setting: &Setting, defaults: &Params) -> Calibration {
        let p = defaults;
        let (alpha, n, mu, d) = (
            p[CapitalShare],
            p[LabourGrowth],
            p[Retirement],
            p[RemitDecay],
        );
        let h0 = setting.h0;
        let (s0, u0) = (h0, 1.0 - h0);
        let ds0 = h0 * setting.m_s0 / (1.0 - setting.m_s0);
        let du0 = setting.d0 - ds0;
        let outflow_s = mu + p[ReturnRateSkilled] + n;
        let outflow_u = mu + p[ReturnRateUnskilled] + n;
        let zs0 = ds0 * outflow_s / (outflow_s + d);
        let zu0 = du0 * outflow_u / (outflow_u + d);
        let kappa = p[SkillPremium] * s0 / u0;
        let gamma = (1.0 - alpha) * kappa / (1.0 + kappa);
        let x0 = pow(s0, gamma) * pow(u0, 1.0 - alpha - gamma);
        let regular = 1.0 - p[IrregularPenalty] * p[IrregularShare];
        let v = (p[SavingRate]
            + p[InvestedShare] * setting.rem_gdp0
            + p[DiasporaInvestment] * p[WageRatioSkilled] * regular * gamma * ds0 / s0)
            / (n + p[Depreciation]);
        let k0 = pow(v * x0, 1.0 / (1.0 - alpha));
        let y0 = pow(k0, alpha) * x0;
        let w_u0 = (1.0 - alpha - gamma) * y0 / u0;
        let w_s0 = gamma * y0 / s0;
        let earn_u = p[WageRatioUnskilled] * w_u0 * regular;
        let earn_s = p[WageRatioSkilled] * w_s0 * regular;
        let c_bar = p[TransferCost];
        let sent = (1.0 - c_bar)
            * (p[RemitShareUnskilled] * earn_u * zu0 + p[RemitShareSkilled] * earn_s * zs0);
        let kappa_r = if sent == 0.0 {
            1.0
        } else {
            setting.rem_gdp0 * y0 / sent
        };
        let prospect0 = 1.0 - pow(1.0 - p[EmigRateSkilled], p[ProspectHorizon]);
        Calibration {
            gamma,
            k0,
            y0,
            w_u0,
            w_s0,
            ds0,
            du0,
            zs0,
            zu0,
            kappa_r,
            q0: (s0 + ds0) / (1.0 + ds0 + du0),
            sqrt_prospect0: prospect0.sqrt(),
            c_bar,
        }
    }

    /// The state at t = 0, the same for a scenario and its baseline.
    pub fn start(&self, setting: &Setting) -> Stocks {
        Stocks {
            s: setting.h0,
            u: 1.0 - setting.h0,
            ds: self.ds0,
            du: self.du0,
            zs: self.zs0,
            zu: self.zu0,
            k: self.k0,
        }
    }
}

/// The state of §1 at the start of a year, normalised units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stocks {
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

impl Stocks {
    /// Resident labour force L.
    pub fn labour(&self) -> f64 {
        self.s + self.u
    }
}

/// One recorded year (§3 step 4): the stocks and that year's flows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Year {
    /// t = 0 … T.
    pub t: u32,
    pub stocks: Stocks,
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
    /// What the migrants earn abroad, earn_u·Du + earn_s·Ds.
    pub earnings: f64,
    /// Wages at home, w_u = (1−α−γ)·Y/U and w_s = γ·Y/S.
    pub w_u: f64,
    pub w_s: f64,
    /// Each resident worker's equal share of capital income and remittances,
    /// (α·Y + R)/L: a stayer's income is their wage plus this (§5).
    pub shared: f64,
}

impl Year {
    /// The unskilled stayer's income I_u = w_u + (α·Y + R)/L, model units.
    pub fn unskilled_stayer_income(&self) -> f64 {
        self.w_u + self.shared
    }

    /// The skilled stayer's income I_s = w_s + (α·Y + R)/L, model units.
    pub fn skilled_stayer_income(&self) -> f64 {
        self.w_s + self.shared
    }

    /// The migrants' earnings kept abroad, earn·D − (R + C) − F, never below 0 (§5).
    pub fn kept(&self) -> f64 {
        (self.earnings - self.sent - self.f).max(0.0)
    }
}

/// Runs years 0…T, handing each recorded year to `visit`. No allocation, so the
/// optimum's 303 runs cost only arithmetic. `p` must be in range, except where
/// docs/model.md lets internal runs leave it (β in the optimum's band).
/// `visit` is a `dyn` call, once a year: one copy of the loop in the widget's
/// download instead of one per caller.
pub(crate) fn simulate(
    setting: &Setting,
    cal: &Calibration,
    p: &Params,
    visit: &mut dyn FnMut(&Year),
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

    // What depends on levers only, once per run: earnings abroad (current
    // levers), the senders' response to cost, and step 5's study share.
    let regular = 1.0 - p[IrregularPenalty] * p[IrregularShare];
    let earn_u = p[WageRatioUnskilled] * cal.w_u0 * regular;
    let earn_s = p[WageRatioSkilled] * cal.w_s0 * regular;
    // §3 step 3: the response is on money received, so the factor is (1 − c̄).
    let remit_scale = cal.kappa_r * (1.0 - cal.c_bar) * exp(-p[CostElasticity] * (c - cal.c_bar));
    let (remit_u, remit_s) = (remit_scale * r_u * earn_u, remit_scale * r_s * earn_s);
    let cost_ratio = c / (1.0 - c);
    let prospect = 1.0 - pow(1.0 - e_s, p[ProspectHorizon]);
    let beta = p[BrainGain];
    let q = p[MaxStudyShare]
        .min(cal.q0 * (1.0 + beta * prospect.sqrt()) / (1.0 + beta * cal.sqrt_prospect0));
    let labour_exponent = 1.0 - alpha - gamma;

    let mut x = cal.start(setting);
    for t in 0..=horizon {
        // Steps 1–3. Y = A·K^α·S^γ·U^(1−α−γ) summed in logs: one exp, not four pows.
        let l = x.labour();
        let ln_a = lambda * (x.s / l - h0) + chi * (x.ds / l - cal.ds0);
        let y = exp(ln_a + alpha * ln(x.k) + gamma * ln(x.s) + labour_exponent * ln(x.u));
        let f = f_share * earn_s * x.ds;
        let earnings = earn_u * x.du + earn_s * x.ds;
        // Money sent, R + C, stays within what the migrants earn less what they invest.
        let r = (remit_u * x.zu + remit_s * x.zs).min((1.0 - c) * (earnings - f));
        let cost = r * cost_ratio;
        // Step 4.
        visit(&Year {
            t,
            stocks: x,
            y,
            r,
            c: cost,
            f,
            sent: r + cost,
            earnings,
            w_u: labour_exponent * y / x.u,
            w_s: gamma * y / x.s,
            shared: (alpha * y + r) / l,
        });
        if t == horizon {
            break;
        }
        // Steps 5–6.
        let entrants = (n + mu) * (l + x.ds + x.du);
        let (out_s, out_u) = (e_s * x.s, e_u * x.u);
        let (back_s, back_u) = (rho_s * x.ds, rho_u * x.du);
        x = Stocks {
            s: (1.0 - mu) * x.s + q * entrants - out_s + back_s + g * back_u,
            u: (1.0 - mu) * x.u + (1.0 - q) * entrants - out_u + (1.0 - g) * back_u,
            ds: (1.0 - mu - rho_s) * x.ds + out_s,
            du: (1.0 - mu - rho_u) * x.du + out_u,
            zs: (1.0 - mu - rho_s - d) * x.zs + out_s,
            zu: (1.0 - mu - rho_u - d) * x.zu + out_u,
            k: (1.0 - delta) * x.k + s_rate * y + phi * r + f,
        };
    }
}

/// One preset, one host, one set of parameters, and its baseline's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    pub setting: Setting,
    /// The scenario's values: its defaults with every choice overlaid.
    pub params: Params,
    /// The baseline's: the same assumptions, every scenario lever at its default.
    pub defaults: Params,
}

impl Scenario {
    /// Choices are checked when set, so every scenario can be run.
    pub fn new(preset: &Preset, host: &Host, choices: &Choices) -> Scenario {
        let defaults = preset.defaults(host, choices);
        Scenario {
            setting: Setting::new(preset, host),
            params: defaults.with(choices),
            defaults,
        }
    }

    /// The same preset, host and assumptions with default scenario levers.
    pub fn baseline(&self) -> Scenario {
        Scenario {
            params: self.defaults,
            ..*self
        }
    }

    /// Start-up values: they depend on the defaults only (§3).
    pub fn calibration(&self) -> Calibration {
        Calibration::new(&self.setting, &self.defaults)
    }

    /// Every year of the run, with the baseline's diaspora for the host
    /// block (§4). A scenario with every lever at its default is its own
    /// baseline: one simulation; otherwise two.
    pub fn run(&self) -> Run {
        let calibration = self.calibration();
        let years = self.years(&calibration, &self.params);
        let baseline_diaspora = if self.params == self.defaults {
            diaspora(&years)
        } else {
            diaspora(&self.years(&calibration, &self.defaults))
        };
        self.assemble(calibration, years, baseline_diaspora)
    }

    /// As [`Scenario::run`], reusing the baseline's run (`self.baseline().run()`),
    /// which a caller showing both has already: one simulation.
    pub fn run_against(&self, baseline: &Run) -> Run {
        debug_assert_eq!(
            baseline.params, self.defaults,
            "not this scenario's baseline"
        );
        let calibration = baseline.calibration;
        let years = self.years(&calibration, &self.params);
        self.assemble(calibration, years, diaspora(&baseline.years))
    }

    fn years(&self, calibration: &Calibration, p: &Params) -> Vec<Year> {
        let mut years = Vec::with_capacity(p[HorizonYears] as usize + 1);
        simulate(&self.setting, calibration, p, &mut |y| years.push(*y));
        years
    }

    fn assemble(
        &self,
        calibration: Calibration,
        years: Vec<Year>,
        baseline_diaspora: Vec<f64>,
    ) -> Run {
        Run {
            setting: self.setting,
            calibration,
            params: self.params,
            years,
            baseline_diaspora,
        }
    }

    /// Whether `other` has the same optimum curve: the same origin and every
    /// parameter alike but e_s, ψ (migrants' own income, which the score does
    /// not count) and the host's, which the curve does not read.
    pub fn same_optimum(&self, other: &Scenario) -> bool {
        let key = |s: &Scenario| {
            let mut p = s.params;
            p[EmigRateSkilled] = 0.0;
            p[AbroadPriceLevel] = 0.0;
            for id in crate::params::ParamId::all() {
                if id.spec().group == crate::params::Group::Host {
                    p[id] = 0.0;
                }
            }
            p
        };
        self.setting.same_origin(&other.setting)
            && self.defaults[EmigRateSkilled] == other.defaults[EmigRateSkilled]
            && key(self) == key(other)
    }
}

/// The result of one scenario run.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub setting: Setting,
    pub calibration: Calibration,
    pub params: Params,
    pub years: Vec<Year>,
    /// The baseline's diaspora Ds + Du each year (normalised): the host block
    /// measures the corridor's change against the baseline's path (§4).
    pub baseline_diaspora: Vec<f64>,
}

/// Ds + Du each year.
fn diaspora(years: &[Year]) -> Vec<f64> {
    years.iter().map(|y| y.stocks.ds + y.stocks.du).collect()
}

impl Run {
    /// The share of their earnings the migrants send, (R + C)/(earn_u·Du +
    /// earn_s·Ds) at t = 0 (§3): shown beside κ_R, a figure a reader can
    /// judge against surveys (15–30 %). 0 when there are no earnings.
    pub fn share_of_earnings_sent(&self) -> f64 {
        self.years
            .first()
            .filter(|y| y.earnings > 0.0)
            .map_or(0.0, |y| y.sent / y.earnings)
    }
}
