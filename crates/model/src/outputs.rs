//! Outputs a person reads (docs/model.md §4–§6): money in current US$ of the
//! base year, people in people, the host block, and the CSV that carries them.

use crate::math::{exp, ln, pow};
use crate::params::ParamId;
use crate::sim::{Run, Setting, Year};
use serde::Serialize;
use std::fmt::Write;

/// The immigrant share up to which the surplus formula ½·s_L·ε·m² holds (§4).
pub const SURPLUS_MAX_SHARE: f64 = 0.25;

/// One year of results in the units shown to users. Field order is the CSV's.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Outputs {
    pub year: i32,
    pub gdp_usd: f64,
    /// (Y + R)/L: GDP plus remittances per resident worker; not GNI.
    pub income_per_worker_usd: f64,
    /// I_u = w_u + (α·Y + R)/L: an unskilled stayer's wage plus an equal share
    /// of capital income and remittances; the optimum's measure.
    pub unskilled_stayer_income_usd: f64,
    /// I_s = w_s + (α·Y + R)/L.
    pub skilled_stayer_income_usd: f64,
    /// Wages at home, w_u and w_s.
    pub wage_unskilled_usd: f64,
    pub wage_skilled_usd: f64,
    /// (Y + R + kept/ψ)/(L + Ds + Du): every native worker, at home or abroad,
    /// the migrants' kept earnings at home prices.
    pub income_per_native_usd: f64,
    pub remittances_usd: f64,
    pub remittances_to_gdp: f64,
    pub transfer_costs_usd: f64,
    pub transfer_costs_to_gdp: f64,
    pub skilled_share: f64,
    pub skilled_emigration_rate: f64,
    pub capital_to_gdp: f64,
    pub diaspora_people: f64,
    /// M, the corridor's migrants in the host, people.
    pub corridor_migrants: f64,
    pub host_immigrant_share: f64,
    pub host_surplus_pct_gdp: f64,
    pub host_native_wage_change_pct: f64,
    pub host_fiscal_pct_gdp: f64,
    pub host_remittance_outflow_pct_gdp: f64,
}

/// The CSV columns, in the order the command line and the widget's download use.
pub const COLUMNS: [&str; 22] = [
    "year",
    "gdp_usd",
    "income_per_worker_usd",
    "unskilled_stayer_income_usd",
    "skilled_stayer_income_usd",
    "wage_unskilled_usd",
    "wage_skilled_usd",
    "income_per_native_usd",
    "remittances_usd",
    "remittances_to_gdp",
    "transfer_costs_usd",
    "transfer_costs_to_gdp",
    "skilled_share",
    "skilled_emigration_rate",
    "capital_to_gdp",
    "diaspora_people",
    "corridor_migrants",
    "host_immigrant_share",
    "host_surplus_pct_gdp",
    "host_native_wage_change_pct",
    "host_fiscal_pct_gdp",
    "host_remittance_outflow_pct_gdp",
];

impl Outputs {
    /// The values after the year, in CSV order (`COLUMNS[1..]`).
    pub fn values(&self) -> [f64; 21] {
        [
            self.gdp_usd,
            self.income_per_worker_usd,
            self.unskilled_stayer_income_usd,
            self.skilled_stayer_income_usd,
            self.wage_unskilled_usd,
            self.wage_skilled_usd,
            self.income_per_native_usd,
            self.remittances_usd,
            self.remittances_to_gdp,
            self.transfer_costs_usd,
            self.transfer_costs_to_gdp,
            self.skilled_share,
            self.skilled_emigration_rate,
            self.capital_to_gdp,
            self.diaspora_people,
            self.corridor_migrants,
            self.host_immigrant_share,
            self.host_surplus_pct_gdp,
            self.host_native_wage_change_pct,
            self.host_fiscal_pct_gdp,
            self.host_remittance_outflow_pct_gdp,
        ]
    }

    /// Whether the skilled wage at home is below the unskilled wage this year:
    /// possible at extreme settings (§8), where no one would study; the widget
    /// says so.
    pub fn skilled_wage_below_unskilled(&self) -> bool {
        self.wage_skilled_usd < self.wage_unskilled_usd
    }
}

/// The change in income per worker against the baseline, split into the
/// stayers' own changes and the composition effect (§5), each as a share of
/// the baseline's income per worker: `(1 − h_b)·(I_u − I_u,b)`,
/// `h_b·(I_s − I_s,b)` and `(h − h_b)·(I_s − I_u)`. They sum to the change
/// exactly (to rounding).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct IncomeSplit {
    pub unskilled_stayers: f64,
    pub skilled_stayers: f64,
    /// The part that comes from a different mix of who stays.
    pub composition: f64,
}

impl IncomeSplit {
    /// The split of one year: `scenario` against `baseline`, the same year.
    pub fn of(scenario: &Outputs, baseline: &Outputs) -> IncomeSplit {
        let (x, b) = (scenario, baseline);
        let (h, h_b) = (x.skilled_share, b.skilled_share);
        let base = b.income_per_worker_usd;
        IncomeSplit {
            unskilled_stayers: (1.0 - h_b)
                * (x.unskilled_stayer_income_usd - b.unskilled_stayer_income_usd)
                / base,
            skilled_stayers: h_b * (x.skilled_stayer_income_usd - b.skilled_stayer_income_usd)
                / base,
            composition: (h - h_b) * (x.skilled_stayer_income_usd - x.unskilled_stayer_income_usd)
                / base,
        }
    }
}

/// The first year, if any, whose skilled wage is below the unskilled wage (§8).
pub fn first_wage_inversion(rows: &[Outputs]) -> Option<i32> {
    rows.iter()
        .find(|o| o.skilled_wage_below_unskilled())
        .map(|o| o.year)
}

impl Setting {
    /// Whether the surplus *level* is inside its formula's range (m(0) ≤ 0.25).
    /// Where it is not (Gulf hosts), only its change since year 0 is shown.
    pub fn surplus_level_holds(&self) -> bool {
        self.host_immigrant_share <= SURPLUS_MAX_SHARE
    }
}

impl Setting {
    /// Income per resident worker in US$, `(Y + R)/L` (§5), with `money` the
    /// run's US$ per normalised unit.
    pub(crate) fn income_per_worker_usd(&self, year: &Year, money: f64) -> f64 {
        (year.y + year.r) / year.stocks.labour() * money / self.labour_force
    }

    /// The unskilled stayer's income in US$ (§5, §6): one formula for the CSV
    /// and for the effects of §10, so that they agree to the last bit.
    pub(crate) fn unskilled_stayer_income_usd(&self, year: &Year, money: f64) -> f64 {
        year.unskilled_stayer_income() * money / self.labour_force
    }
}

impl Run {
    /// US$ per normalised money unit: every run starts at the observed GDP (§6).
    pub fn money_scale(&self) -> f64 {
        self.setting.gdp_usd / self.calibration.y0
    }

    /// Every year, converted (§4–§6). The host's wage effect is a recursion
    /// over the years, so the years are converted in order.
    pub fn outputs(&self) -> Vec<Outputs> {
        let set = &self.setting;
        let p = &self.params;
        let money = self.money_scale();
        // A quantity already per worker in model units (§6).
        let per_worker = money / set.labour_force;
        let (eps, adjust) = (
            p[ParamId::HostWageElasticity],
            p[ParamId::HostWageAdjustment],
        );
        let price_level = p[ParamId::AbroadPriceLevel];
        let kept_share = 1.0 - p[ParamId::HostDisplacement];
        let fiscal = p[ParamId::HostFiscalPerMigrant] * (1.0 - p[ParamId::IrregularShare]);
        let people = |diaspora: f64| set.corridor_share * diaspora * set.labour_force;
        // ΔM(t − 1) and V(t − 1); ΔM(0) = 0 since both runs start alike.
        let (mut previous, mut wage) = (0.0, 0.0);
        self.years
            .iter()
            .zip(&self.baseline_diaspora)
            .map(|(year, &baseline)| {
                let x = &year.stocks;
                let l = x.labour();
                let natives = l + x.ds + x.du;
                let growth = pow(1.0 + set.host_labour_growth, year.t as f64);
                let l_h = set.host_labour_force * growth;
                let migrants = people(x.ds + x.du);
                let added = kept_share * (migrants - people(baseline));
                let m = ((set.host_immigrant_share * l_h + added) / (l_h + added)).max(0.0);
                if year.t > 0 {
                    wage = (1.0 - adjust) * wage - eps * ln((l_h + added) / (l_h + previous));
                }
                previous = added;
                Outputs {
                    year: set.base_year + year.t as i32,
                    gdp_usd: year.y * money,
                    income_per_worker_usd: set.income_per_worker_usd(year, money),
                    unskilled_stayer_income_usd: set.unskilled_stayer_income_usd(year, money),
                    skilled_stayer_income_usd: year.skilled_stayer_income() * per_worker,
                    wage_unskilled_usd: year.w_u * per_worker,
                    wage_skilled_usd: year.w_s * per_worker,
                    income_per_native_usd: (year.y + year.r + year.kept() / price_level) / natives
                        * per_worker,
                    remittances_usd: year.r * money,
                    remittances_to_gdp: year.r / year.y,
                    transfer_costs_usd: year.c * money,
                    transfer_costs_to_gdp: year.c / year.y,
                    skilled_share: x.s / l,
                    skilled_emigration_rate: x.ds / (x.ds + x.s),
                    capital_to_gdp: x.k / year.y,
                    diaspora_people: (x.ds + x.du) * set.labour_force,
                    corridor_migrants: migrants,
                    host_immigrant_share: m,
                    host_surplus_pct_gdp: 100.0 * 0.5 * p[ParamId::HostLabourShare] * eps * m * m,
                    host_native_wage_change_pct: 100.0 * (exp(wage) - 1.0),
                    host_fiscal_pct_gdp: 100.0 * fiscal * migrants / l_h,
                    host_remittance_outflow_pct_gdp: 100.0
                        * set.corridor_remittance_share
                        * year.sent
                        * money
                        / (set.host_gdp_usd * growth),
                }
            })
            .collect()
    }

    /// The run as CSV (see [`csv`]).
    pub fn to_csv(&self) -> String {
        csv(&self.outputs(), None)
    }
}

/// Rows as CSV: the header, then one row per year. With a pinned run A, every
/// column but `year` again as `a_<column>`, A's value of the same year, empty
/// where A has no such year (a shorter horizon). Numbers use Rust's shortest
/// round-trip form, so a reader gets back the exact f64.
pub fn csv(rows: &[Outputs], pinned: Option<&[Outputs]>) -> String {
    let mut out = String::with_capacity(600 * (rows.len() + 1));
    // A plain loop, not `join`: the widget's download then holds no copy of
    // the standard library's join (see the widget's `format::joined`).
    for (i, column) in COLUMNS.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(column);
    }
    if pinned.is_some() {
        for column in &COLUMNS[1..] {
            let _ = write!(out, ",a_{column}");
        }
    }
    out.push('\n');
    for o in rows {
        let _ = write!(out, "{}", o.year);
        push_values(&mut out, Some(o));
        if let Some(a) = pinned {
            push_values(&mut out, a.iter().find(|p| p.year == o.year));
        }
        out.push('\n');
    }
    out
}

/// A row's values after the year, or as many empty cells.
fn push_values(out: &mut String, row: Option<&Outputs>) {
    match row {
        Some(o) => {
            for v in o.values() {
                // `+ 0.0` turns -0 (no change times a negative factor) into 0.
                let _ = write!(out, ",{}", v + 0.0);
            }
        }
        None => out.push_str(&",".repeat(COLUMNS.len() - 1)),
    }
}
