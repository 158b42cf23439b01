//! Outputs a person reads (MODEL.md §4–§6): money in current US$ of the base
//! year, people in people, the host block, and the CSV that carries them.

use crate::params::ParamId;
use crate::sim::{Run, Year};
use serde::Serialize;
use std::fmt::Write;

/// One year of results in the units shown to users. Field order is the CSV's.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Outputs {
    pub year: i32,
    pub gdp_usd: f64,
    pub gni_per_worker_usd: f64,
    pub remittances_usd: f64,
    pub remittances_to_gdp: f64,
    pub transfer_costs_usd: f64,
    pub skilled_share: f64,
    pub skilled_emigration_rate: f64,
    pub capital_to_gdp: f64,
    pub diaspora_people: f64,
    pub host_immigrant_share: f64,
    pub host_surplus_pct_gdp: f64,
    pub host_native_wage_change_pct: f64,
    pub host_fiscal_pct_gdp: f64,
    pub host_remittance_outflow_pct_gdp: f64,
}

/// The CSV columns, in the order the command line and the widget's download use.
pub const COLUMNS: [&str; 15] = [
    "year",
    "gdp_usd",
    "gni_per_worker_usd",
    "remittances_usd",
    "remittances_to_gdp",
    "transfer_costs_usd",
    "skilled_share",
    "skilled_emigration_rate",
    "capital_to_gdp",
    "diaspora_people",
    "host_immigrant_share",
    "host_surplus_pct_gdp",
    "host_native_wage_change_pct",
    "host_fiscal_pct_gdp",
    "host_remittance_outflow_pct_gdp",
];

impl Outputs {
    /// The values after the year, in CSV order (`COLUMNS[1..]`).
    pub fn values(&self) -> [f64; 14] {
        [
            self.gdp_usd,
            self.gni_per_worker_usd,
            self.remittances_usd,
            self.remittances_to_gdp,
            self.transfer_costs_usd,
            self.skilled_share,
            self.skilled_emigration_rate,
            self.capital_to_gdp,
            self.diaspora_people,
            self.host_immigrant_share,
            self.host_surplus_pct_gdp,
            self.host_native_wage_change_pct,
            self.host_fiscal_pct_gdp,
            self.host_remittance_outflow_pct_gdp,
        ]
    }
}

impl Run {
    /// US$ per normalised money unit: every run starts at the observed GDP (§6).
    pub fn money_scale(&self) -> f64 {
        self.setting.gdp_usd / self.calibration.y0
    }

    /// Corridor migrants M in people (§4).
    fn corridor_migrants(&self, year: &Year) -> f64 {
        let x = &year.state;
        self.setting.corridor_share * (x.ds + x.du) * self.setting.labour_force
    }

    /// Converts one recorded year (§4–§6).
    pub fn outputs_of(&self, year: &Year) -> Outputs {
        let set = &self.setting;
        let p = &self.params;
        let money = self.money_scale();
        let x = &year.state;
        let l = x.labour();
        let (l_h, eps) = (set.host_labour_force, p[ParamId::HostWageElasticity]);
        let m0 = self
            .years
            .first()
            .map_or(0.0, |y0| self.corridor_migrants(y0));
        let migrants = self.corridor_migrants(year);
        let added = migrants - m0;
        let m = set.host_immigrant_share + added / l_h;
        Outputs {
            year: set.base_year + year.t as i32,
            gdp_usd: year.y * money,
            gni_per_worker_usd: (year.y + year.r) / l * money / set.labour_force,
            remittances_usd: year.r * money,
            remittances_to_gdp: year.r / year.y,
            transfer_costs_usd: year.c * money,
            skilled_share: x.s / l,
            skilled_emigration_rate: x.ds / (x.ds + x.s),
            capital_to_gdp: x.k / year.y,
            diaspora_people: (x.ds + x.du) * set.labour_force,
            host_immigrant_share: m,
            host_surplus_pct_gdp: 100.0 * 0.5 * p[ParamId::HostLabourShare] * eps * m * m,
            host_native_wage_change_pct: -100.0 * eps * added / l_h,
            host_fiscal_pct_gdp: 100.0
                * p[ParamId::HostFiscalPerMigrant]
                * (1.0 - p[ParamId::IrregularShare])
                * migrants
                / l_h,
            host_remittance_outflow_pct_gdp: 100.0 * set.corridor_share * (year.r + year.c) * money
                / set.host_gdp_usd,
        }
    }

    /// Every year, converted.
    pub fn outputs(&self) -> Vec<Outputs> {
        self.years.iter().map(|y| self.outputs_of(y)).collect()
    }

    /// The run as CSV: the header, then one row per year. Numbers use Rust's
    /// shortest round-trip form, so a reader gets back the exact f64.
    pub fn to_csv(&self) -> String {
        let mut out = String::with_capacity(256 * (self.years.len() + 1));
        out.push_str(&COLUMNS.join(","));
        out.push('\n');
        for o in self.outputs() {
            let _ = write!(out, "{}", o.year);
            for v in o.values() {
                // `+ 0.0` turns -0 (no change times a negative factor) into 0.
                let _ = write!(out, ",{}", v + 0.0);
            }
            out.push('\n');
        }
        out
    }
}
