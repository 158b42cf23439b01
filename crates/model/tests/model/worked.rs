//! Worked numbers: values computed by `tests/worked/worked.py`, an independent
//! re-implementation of MODEL.md written from its text, asserted to 1e-9.

use crate::support::{assert_close, scenario};
use migration_model::{ParamId::*, Scenario};

const TOL: f64 = 1e-9;

fn check(s: &Scenario, t: usize, expected: &[(&str, f64)]) {
    let run = s.run();
    let out = run.outputs_of(&run.years[t]);
    let columns = &migration_model::COLUMNS[1..];
    for &(name, want) in expected {
        let i = columns.iter().position(|c| *c == name).unwrap();
        assert_close(&format!("t={t} {name}"), out.values()[i], want, TOL);
    }
}

/// Scenario A: Mali 2022 with France, transfer cost 3 %, 45 % of remittances invested.
fn scenario_a() -> Scenario {
    scenario(
        "mali-2022",
        "france",
        &[(TransferCost, 0.03), (InvestedShare, 0.45)],
    )
}

#[test]
fn scenario_a_calibration() {
    let s = scenario_a();
    assert_close(
        "default e_u",
        s.defaults[EmigRateUnskilled],
        0.02018948252083708,
        TOL,
    );
    assert_close(
        "default e_s",
        s.defaults[EmigRateSkilled],
        0.007941176470588234,
        TOL,
    );
    let cal = s.calibration();
    assert_close("κ_R", cal.kappa_r, 0.5240763324138874, TOL);
    assert_close("Y0", cal.y0, 1.4390038334850732, TOL);
}

#[test]
fn scenario_a_by_hand_at_t0() {
    // By hand: Mali 2022 has R/Y = 0.0583 at default cost c̄ = 0.0424. At c = 0.03,
    // the same sent amount gives R = 0.0583 × GDP × (1 − 0.03)/(1 − 0.0424).
    let by_hand = 0.0583 * 18.780e9 * (1.0 - 0.03) / (1.0 - 0.0424);
    check(&scenario_a(), 0, &[("remittances_usd", by_hand)]);
    // And K/Y at its steady state s/(n + δ) = 0.2/0.07.
    check(
        &scenario_a(),
        0,
        &[("capital_to_gdp", 0.2 / 0.07), ("skilled_share", 0.019)],
    );
}

#[test]
fn scenario_a_years() {
    let s = scenario_a();
    check(
        &s,
        0,
        &[
            ("remittances_usd", 1109051566.41604),
            ("gni_per_worker_usd", 2469.3433066637385),
            ("host_immigrant_share", 0.1),
            ("host_native_wage_change_pct", 0.0),
            ("host_remittance_outflow_pct_gdp", 0.002715312173059759),
        ],
    );
    check(
        &s,
        1,
        &[
            ("remittances_usd", 1075780019.4235587),
            ("gni_per_worker_usd", 2498.978226207459),
            ("skilled_share", 0.019647393207606233),
            ("capital_to_gdp", 2.8512172845372907),
            ("host_remittance_outflow_pct_gdp", 0.002633852807867966),
        ],
    );
    check(
        &s,
        30,
        &[
            ("remittances_usd", 1258016185.385637),
            ("gni_per_worker_usd", 3081.5055000479574),
            ("skilled_share", 0.02926536254177859),
            ("capital_to_gdp", 3.031072710815593),
            ("host_immigrant_share", 0.10104227318169454),
            ("host_native_wage_change_pct", -0.03126819545083584),
            ("host_remittance_outflow_pct_gdp", 0.0030800251002958408),
        ],
    );
}

/// Scenario B: Bangladesh 2022 with Saudi Arabia, e_s = 1 %, β = 1.2, b_f = 0.1,
/// g = 0.1, twelve years.
fn scenario_b() -> Scenario {
    scenario(
        "bangladesh-2022",
        "saudi-arabia",
        &[
            (EmigRateSkilled, 0.01),
            (BrainGain, 1.2),
            (HostFiscalPerMigrant, 0.1),
            (ReturnUpgrade, 0.1),
            (HorizonYears, 12.0),
        ],
    )
}

#[test]
fn scenario_b_years() {
    let s = scenario_b();
    assert_eq!(s.run().years.len(), 13);
    check(
        &s,
        1,
        &[
            ("gdp_usd", 474356769023.464),
            ("gni_per_worker_usd", 6539.324397179633),
            ("remittances_to_gdp", 0.044078560785329804),
            ("skilled_share", 0.04743023262663086),
            ("skilled_emigration_rate", 0.04982886683945599),
            ("diaspora_people", 7428249.177728063),
            ("host_surplus_pct_gdp", 6.117476497560253),
            ("host_fiscal_pct_gdp", 0.6460278647854562),
        ],
    );
    check(
        &s,
        12,
        &[
            ("gdp_usd", 635570643106.4933),
            ("gni_per_worker_usd", 7229.558623232939),
            ("remittances_to_gdp", 0.03205916738118829),
            ("skilled_share", 0.059105952570494946),
            ("skilled_emigration_rate", 0.08666849277848612),
            ("diaspora_people", 8414919.054025657),
            ("host_surplus_pct_gdp", 6.290616839730895),
            ("host_fiscal_pct_gdp", 0.7318376186294462),
        ],
    );
}

#[test]
fn scenario_b_optimum() {
    let opt = scenario_b().optimum();
    assert_eq!(opt.emig_rate_skilled, 19.0 * 0.0005);
    assert_close("W*", opt.objective, 0.056260269737435406, TOL);
    assert_close("W(0.005)", opt.curve[10][1], 0.05186313842179823, TOL);
    assert_eq!(opt.band, [6.0 * 0.0005, 35.0 * 0.0005]);
}
