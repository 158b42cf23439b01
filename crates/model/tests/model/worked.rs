//! Worked numbers: values computed by `tests/worked/worked.py`, an independent
//! re-implementation of docs/model.md written from its text, asserted here to
//! 1e-9 relative: the start-up values, every CSV column at t = 0, 1, 10 and the
//! last year (scenario and baseline), the optimum (point, near-optimum range,
//! skills weights, band) and the history check. One scenario per mechanism of
//! version 3: the cost response (`cost`), displacement (`displacement`), θ_R
//! (`theta_r`), the near-optimum range (`bangladesh_default`); the triangular
//! draws are checked in `sensitivity.rs` against what_drives.py.
//!
//! To regenerate the numbers after a change of the model or of the presets,
//! run from the repository root
//!
//! ```text
//! python3 crates/model/tests/worked/worked.py | python3 crates/model/tests/worked/worked_rs.py
//! ```
//!
//! and replace everything below the "Generated" line at the end of this file
//! with its output.

use crate::support::{assert_rel, catalogue, scenario};
use migration_model::{
    Calibration, Kind, ParamId, ParamId::*, Params, Quantity, Run, COLUMNS, SPECS,
};

const TOL: f64 = 1e-9;

/// One scenario of worked.py.
struct Worked {
    preset: &'static str,
    host: &'static str,
    settings: &'static [(ParamId, f64)],
    /// In the order of [`CALIBRATION`], then the share of earnings sent.
    calibration: [f64; 15],
    /// The years of the rows: 0, 1, 10 and the last.
    years: [usize; 4],
    /// One line per CSV column after `year`, its values in `years`.
    scenario: [[f64; 4]; 21],
    baseline: [[f64; 4]; 21],
    optimum: Opt,
}

/// The optimum's numbers in worked.py.
struct Opt {
    emig_rate_skilled: f64,
    objective: f64,
    near: [f64; 2],
    skills_weight_for_current: Option<(f64, Option<f64>)>,
    income_alone: f64,
    skills_alone: f64,
    band: [f64; 2],
}

/// Reads one calibration value from the calibration or the defaults.
type Read = fn(&Calibration, &Params) -> f64;

/// worked.py's calibration keys, and the crate's value for each.
const CALIBRATION: [(&str, Read); 14] = [
    ("gamma", |c, _| c.gamma),
    ("K0", |c, _| c.k0),
    ("Y0", |c, _| c.y0),
    ("w_u0", |c, _| c.w_u0),
    ("w_s0", |c, _| c.w_s0),
    ("Ds0", |c, _| c.ds0),
    ("Du0", |c, _| c.du0),
    ("Zs0", |c, _| c.zs0),
    ("Zu0", |c, _| c.zu0),
    ("kappa_R", |c, _| c.kappa_r),
    ("q0", |c, _| c.q0),
    ("e_u_bar", |_, d| d[EmigRateUnskilled]),
    ("e_s_bar", |_, d| d[EmigRateSkilled]),
    ("P_bar", |c, _| c.sqrt_prospect0 * c.sqrt_prospect0),
];

/// `got` equals `want` to `tol` relative; exactly zero where `want` is.
fn assert_worked(what: &str, got: f64, want: f64, tol: f64) {
    if want == 0.0 {
        assert!(got.abs() <= 1e-15, "{what}: got {got}, want 0");
    } else {
        assert_rel(what, got, want, tol);
    }
}

fn check(name: &str, w: &Worked) {
    let s = scenario(w.preset, w.host, w.settings);
    let cal = s.calibration();
    for ((key, value), want) in CALIBRATION.iter().zip(w.calibration) {
        assert_worked(
            &format!("{name}: {key}"),
            value(&cal, &s.defaults),
            want,
            TOL,
        );
    }
    let baseline = s.baseline().run();
    assert_worked(
        &format!("{name}: share of earnings sent"),
        baseline.share_of_earnings_sent(),
        w.calibration[14],
        TOL,
    );
    // The calibration is the baseline's: it reads the defaults only.
    assert_eq!(s.baseline().calibration(), cal);
    // Both ways to run a scenario agree to the last bit.
    let run: Run = s.run();
    assert_eq!(run, s.run_against(&baseline), "{name}: run_against");
    for (which, run, expected) in [
        ("scenario", run, &w.scenario),
        ("baseline", baseline, &w.baseline),
    ] {
        assert_eq!(run.years.len(), w.years[3] + 1, "{name}: years");
        let outputs = run.outputs();
        for (k, &t) in w.years.iter().enumerate() {
            let out = outputs[t];
            assert_eq!(
                out.year,
                catalogue().preset(w.preset).unwrap().base_year + t as i32
            );
            for ((column, got), want) in COLUMNS[1..].iter().zip(out.values()).zip(expected) {
                let what = format!("{name} {which}, t = {t}: {column}");
                assert_worked(&what, got, want[k], TOL);
            }
        }
    }
    let (opt, want) = (s.optimum(), &w.optimum);
    assert_eq!(
        opt.emig_rate_skilled, want.emig_rate_skilled,
        "{name}: optimum"
    );
    assert_worked(&format!("{name}: W*"), opt.objective, want.objective, TOL);
    assert_eq!(opt.near, want.near, "{name}: near-optimum range");
    assert_eq!(
        (opt.income_alone, opt.skills_alone),
        (want.income_alone, want.skills_alone),
        "{name}: income alone, skills alone"
    );
    assert_eq!(opt.band, want.band, "{name}: band");
    match (
        opt.skills_weight_for_current,
        want.skills_weight_for_current,
    ) {
        (None, None) => {}
        (Some((lo, hi)), Some((want_lo, want_hi))) => {
            assert_worked(&format!("{name}: weight lo"), lo, want_lo, TOL);
            match (hi, want_hi) {
                (None, None) => {}
                (Some(hi), Some(want_hi)) => {
                    assert_worked(&format!("{name}: weight hi"), hi, want_hi, TOL)
                }
                other => panic!("{name}: weight hi {other:?}"),
            }
        }
        other => panic!("{name}: skills weights {other:?}"),
    }
}

#[test]
fn cost_response_bangladesh_2022() {
    check("cost", &COST);
}

#[test]
fn displacement_bangladesh_2022_saudi_arabia() {
    check("displacement", &DISPLACEMENT);
}

#[test]
fn corridor_remittance_share_mali_2022_france() {
    check("theta_r", &THETA_R);
}

#[test]
fn levers_mali_2022_france() {
    check("levers", &LEVERS);
}

#[test]
fn assumptions_bangladesh_2022() {
    check("assumptions", &ASSUMPTIONS);
}

#[test]
fn history2000_mali_2000_cote_divoire() {
    check("history2000", &HISTORY2000);
}

#[test]
fn near_optimum_bangladesh_2022_defaults() {
    check("bangladesh_default", &BANGLADESH_DEFAULT);
}

#[test]
fn mali_2022_defaults() {
    check("mali_default", &MALI_DEFAULT);
}

/// Every scenario worked.py computed (Nepal's once its data are shipped).
#[test]
fn every_worked_scenario() {
    for (name, worked) in SCENARIOS {
        check(name, worked);
    }
}

#[test]
fn history_check() {
    let rows = catalogue().history();
    assert_eq!(rows.len(), HISTORY.len());
    for (row, (preset, quantity, year, model, observed)) in rows.iter().zip(HISTORY) {
        assert_eq!(
            (row.preset.id.as_str(), row.quantity.key(), row.year),
            (preset, quantity, year)
        );
        let what = format!("{preset} {quantity}");
        assert_worked(&format!("{what}: model"), row.model, model, TOL);
        assert_worked(&format!("{what}: observed"), row.observed, observed, TOL);
    }
    let quantities: Vec<Quantity> = rows.iter().take(3).map(|r| r.quantity).collect();
    assert_eq!(quantities, Quantity::ALL);
}

/// By hand (§3 step 3): at t = 0 the stocks are the baseline's, so a cost
/// change c̄ → c scales what arrives by exp(−η(c − c̄)) alone (the response is
/// on money received: no (1 − c)/(1 − c̄) on top, v2's double count):
/// R = rem_gdp0·GDP·exp(−η(c − c̄)).
#[test]
fn remittances_at_t0_after_a_cost_change_by_hand() {
    let fig = &catalogue().preset("mali-2022").unwrap().figures;
    let (rem_gdp0, gdp, c_bar, eta) = (
        fig.rem_gdp0.value,
        fig.gdp_usd.value,
        fig.transfer_cost.value,
        1.6,
    );
    for c in [0.0, 0.03, 0.1] {
        let by_hand = rem_gdp0 * gdp * (-eta * (c - c_bar)).exp();
        let s = scenario("mali-2022", "france", &[(TransferCost, c)]);
        let out = s.run().outputs()[0];
        assert_rel(
            &format!("R at c = {c}"),
            out.remittances_usd,
            by_hand,
            1e-12,
        );
        // The cost paid is c/(1 − c) of what arrives.
        assert_rel("C", out.transfer_costs_usd, by_hand * c / (1.0 - c), 1e-12);
    }
    // And K/Y at t = 0 is at its steady ratio v = (s + φ̄·rem_gdp0 + f̄·ω̄_s·(1 − p̄ῑ)·γ·Ds0/S0)/(n + δ),
    // with φ̄ = 0.15 since version 3.
    let s = scenario("mali-2022", "france", &[]);
    let gamma = s.calibration().gamma;
    let (h0, m_s0) = (fig.h0.value, fig.m_s0.value);
    let ds0 = h0 * m_s0 / (1.0 - m_s0);
    let v = (0.2
        + 0.15 * rem_gdp0
        + 0.02 * fig.wage_ratio_skilled.value * (1.0 - 0.25 * 0.2) * gamma * ds0 / h0)
        / (fig.labour_growth.value + 0.05);
    assert_rel(
        "K/Y at t = 0",
        s.run().outputs()[0].capital_to_gdp,
        v,
        1e-12,
    );
}

// Generated by tests/worked/worked_rs.py from worked.py's output: do not edit below.

/// `cost` of worked.py.
#[rustfmt::skip]
const COST: Worked = Worked {
    preset: "bangladesh-2022",
    host: "saudi-arabia",
    settings: &[(TransferCost, 0.03)],
    calibration: [
        0.06992516370439662, 3.581441792583437, 1.2261678175377668, 0.7455650901773139,
        1.8639127254432841, 0.002167539267015707, 0.09723246073298429, 0.0014897313741447176,
        0.08065271683753635, 1.1494160569540628, 0.04381256982628316, 0.01487391655086876,
        0.0031069319371727746, 0.030638512659099226, 0.2750976965025683,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460200000000.0, 469844573548.721, 566247026486.6683, 857139373316.4623], // gdp_usd
        [6476.526622246591, 6476.655885280134, 6477.581808041246, 6478.651551467508], // income_per_worker_usd
        [6217.220932761123, 6217.344772551398, 6218.231848132122, 6219.256710367862], // unskilled_stayer_income_usd
        [11854.301138966932, 11854.542875350007, 11856.274454852226, 11858.274995142796], // skilled_stayer_income_usd
        [3758.053470803873, 3758.132068532407, 3758.6950711467416, 3759.3455231832895], // wage_unskilled_usd
        [9395.13367700968, 9395.330171331017, 9396.737677866846, 9398.363807958223], // wage_skilled_usd
        [6371.926031707652, 6372.04360768868, 6372.885815039156, 6373.858839803811], // income_per_native_usd
        [22038040268.49616, 22499428679.557392, 27111787571.063274, 41032550671.07487], // remittances_usd
        [0.047887962339192, 0.04788696080837953, 0.04787978797748547, 0.04787150368826347], // remittances_to_gdp
        [681588874.2833863, 695858618.9553833, 838508893.9504106, 1269047958.8992226], // transfer_costs_usd
        [0.0014810710001811958, 0.0014810400250014288, 0.0014808181848706846, 0.0014805619697401073], // transfer_costs_to_gdp
        [0.046, 0.046000000000000006, 0.04600000000000002, 0.04599999999999999], // skilled_share
        [0.045000000000000005, 0.045000000000000005, 0.04499999999999999, 0.044999999999999984], // skilled_emigration_rate
        [2.9208414552709674, 2.920954905200108, 2.9217676167285274, 2.9227066940987227], // capital_to_gdp
        [7401260.5828, 7556213.3743615, 9105229.06003613, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645394, 1575204.6273862503, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.44267002479166356, 0.4356009850860352, 0.3768491134800539, 0.2731129316202818], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460200000000.0, 469834747199.99994, 566150369460.9014, 856844782420.2661], // gdp_usd
        [6469.184358576696, 6469.184358576696, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [6209.878669091228, 6209.878669091228, 6209.878669091228, 6209.878669091227], // unskilled_stayer_income_usd
        [11846.958875297038, 11846.958875297038, 11846.95887529703, 11846.958875297034], // skilled_stayer_income_usd
        [3758.053470803873, 3758.053470803873, 3758.053470803873, 3758.053470803872], // wage_unskilled_usd
        [9395.13367700968, 9395.133677009682, 9395.133677009675, 9395.13367700968], // wage_skilled_usd
        [6366.86906718935, 6366.86906718935, 6366.86906718935, 6366.869067189349], // income_per_native_usd
        [21491340000.000004, 21941282694.240005, 26439222253.824093, 40014651339.026436], // remittances_usd
        [0.046700000000000005, 0.04670000000000001, 0.046700000000000005, 0.04670000000000001], // remittances_to_gdp
        [1029188135.8063502, 1050735218.6175922, 1266134818.191094, 1916241817.241442], // transfer_costs_usd
        [0.00223639316776695, 0.0022363931677669502, 0.0022363931677669494, 0.0022363931677669502], // transfer_costs_to_gdp
        [0.046, 0.046000000000000006, 0.04600000000000002, 0.04599999999999999], // skilled_share
        [0.045000000000000005, 0.045000000000000005, 0.04499999999999999, 0.044999999999999984], // skilled_emigration_rate
        [2.9208414552709674, 2.9208414552709674, 2.920841455270968, 2.9208414552709665], // capital_to_gdp
        [7401260.5828, 7556213.3743615, 9105229.06003613, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645394, 1575204.6273862503, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.4317836430764405, 0.37354663712802777, 0.27071953605201476], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0045000000000000005,
        objective: 0.020487264462507832,
        near: [0.0025, 0.008],
        skills_weight_for_current: None,
        income_alone: 0.013500000000000002,
        skills_alone: 0.004,
        band: [0.0015000000000000002, 0.009000000000000001],
    },
};

/// `displacement` of worked.py.
#[rustfmt::skip]
const DISPLACEMENT: Worked = Worked {
    preset: "bangladesh-2022",
    host: "saudi-arabia",
    settings: &[(EmigRateUnskilled, 0.02), (EmigRateSkilled, 0.006), (HostDisplacement, 0.3), (HostWageAdjustment, 0.1), (AbroadPriceLevel, 2.2)],
    calibration: [
        0.06992516370439662, 3.581441792583437, 1.2261678175377668, 0.7455650901773139,
        1.8639127254432841, 0.002167539267015707, 0.09723246073298429, 0.0014897313741447176,
        0.08065271683753635, 1.1494160569540628, 0.04381256982628316, 0.01487391655086876,
        0.0031069319371727746, 0.030638512659099226, 0.2750976965025683,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460200000000.0, 468500155584.8608, 557587666533.164, 840273181990.3826], // gdp_usd
        [6469.184358576696, 6500.879736622931, 6623.360441067376, 6644.345572211242], // income_per_worker_usd
        [6209.878669091228, 6241.815024869558, 6365.494439933244, 6387.591457158364], // unskilled_stayer_income_usd
        [11846.958875297038, 11849.482752736354, 11846.518317915563, 11802.852095923627], // skilled_stayer_income_usd
        [3758.053470803873, 3766.691053817605, 3801.8342634561536, 3808.470536368493], // wage_unskilled_usd
        [9395.13367700968, 9374.3587816844, 9282.858141438473, 9223.731175133755], // wage_skilled_usd
        [6213.320005005063, 6228.200478428104, 6284.881787971612, 6295.1441978025305], // income_per_native_usd
        [21491340000.000004, 23253734743.18866, 33716494848.095715, 52418567840.66978], // remittances_usd
        [0.046700000000000005, 0.049634422669848285, 0.0604685090287777, 0.06238276903768867], // remittances_to_gdp
        [1029188135.8063502, 1113586584.68377, 1614632520.7565482, 2510246830.4711394], // transfer_costs_usd
        [0.00223639316776695, 0.0023769182814754966, 0.0028957464765955575, 0.002987417525958684], // transfer_costs_to_gdp
        [0.046, 0.04619829924408209, 0.047047049397102476, 0.047413066919604445], // skilled_share
        [0.045000000000000005, 0.04760606439073594, 0.0642121613720111, 0.07833329859218406], // skilled_emigration_rate
        [2.9208414552709674, 2.9291619018468906, 2.9614022763504653, 2.9619795764830537], // capital_to_gdp
        [7401260.5828, 7930249.908096555, 11431578.784097945, 18062408.623224378], // diaspora_people
        [1280418.0808243998, 1371933.234100704, 1977663.1296489444, 3124796.691817817], // corridor_migrants
        [0.763, 0.7636484187969136, 0.7658682066444861, 0.7655317044146167], // host_immigrant_share
        [6.1127744999999996, 6.123168529075776, 6.158818154462832, 6.153407299871455], // host_surplus_pct_gdp
        [0.0, -0.0821570474096256, -0.25637518538507154, -0.11093614044829225], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.45761145519459695, 0.4763636065137645, 0.3546383609869646], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460200000000.0, 469834747199.99994, 566150369460.9014, 856844782420.2661], // gdp_usd
        [6469.184358576696, 6469.184358576696, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [6209.878669091228, 6209.878669091228, 6209.878669091228, 6209.878669091227], // unskilled_stayer_income_usd
        [11846.958875297038, 11846.958875297038, 11846.95887529703, 11846.958875297034], // skilled_stayer_income_usd
        [3758.053470803873, 3758.053470803873, 3758.053470803873, 3758.053470803872], // wage_unskilled_usd
        [9395.13367700968, 9395.133677009682, 9395.133677009675, 9395.13367700968], // wage_skilled_usd
        [6213.320005005063, 6213.320005005063, 6213.320005005061, 6213.320005005061], // income_per_native_usd
        [21491340000.000004, 21941282694.240005, 26439222253.824093, 40014651339.026436], // remittances_usd
        [0.046700000000000005, 0.04670000000000001, 0.046700000000000005, 0.04670000000000001], // remittances_to_gdp
        [1029188135.8063502, 1050735218.6175922, 1266134818.191094, 1916241817.241442], // transfer_costs_usd
        [0.00223639316776695, 0.0022363931677669502, 0.0022363931677669494, 0.0022363931677669502], // transfer_costs_to_gdp
        [0.046, 0.046000000000000006, 0.04600000000000002, 0.04599999999999999], // skilled_share
        [0.045000000000000005, 0.045000000000000005, 0.04499999999999999, 0.044999999999999984], // skilled_emigration_rate
        [2.9208414552709674, 2.9208414552709674, 2.920841455270968, 2.9208414552709665], // capital_to_gdp
        [7401260.5828, 7556213.3743615, 9105229.06003613, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645394, 1575204.6273862503, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.4317836430764405, 0.37354663712802777, 0.27071953605201476], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0045000000000000005,
        objective: 0.020421754238322112,
        near: [0.0025, 0.008],
        skills_weight_for_current: Some((0.13331150842865677, Some(0.1787931542455348))),
        income_alone: 0.014000000000000002,
        skills_alone: 0.004,
        band: [0.0015000000000000002, 0.009000000000000001],
    },
};

/// `theta_r` of worked.py.
#[rustfmt::skip]
const THETA_R: Worked = Worked {
    preset: "mali-2022",
    host: "france",
    settings: &[(RemitShareUnskilled, 0.4), (IrregularShare, 0.5), (HostFiscalPerMigrant, 0.1)],
    calibration: [
        0.030019445794846868, 3.595338118009472, 1.3730077616424772, 0.867724885821692,
        2.16931221455423, 0.003352941176470588, 0.1584470588235294, 0.002393669818798689,
        0.1327333431553397, 0.6250575437316429, 0.019239921825159743, 0.025012184589554474,
        0.013210411764705882, 0.12452129798906197, 0.1514351594860401,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [18827000000.0, 19393976315.68419, 25317287396.361706, 45684620969.0922], // gdp_usd
        [2503.6474898145093, 2504.228682041227, 2508.271982605317, 2512.576670779198], // income_per_worker_usd
        [2461.5455173883265, 2462.1162413739166, 2466.086715352737, 2470.3138689146385], // unskilled_stayer_income_usd
        [4677.438802976889, 4678.560487021838, 4686.363939172739, 4694.671861786209], // skilled_stayer_income_usd
        [1477.2621903923753, 1477.6294970986141, 1480.1848158800028, 1482.905328581046], // wage_unskilled_usd
        [3693.155475980938, 3694.0737427465356, 3700.462039700005, 3707.263321452615], // wage_skilled_usd
        [2549.8712884695124, 2550.3715399987923, 2553.8517436173925, 2557.5569322676606], // income_per_native_usd
        [1338350801.839596, 1378312618.4317243, 1796170875.738832, 3235214077.17011], // remittances_usd
        [0.07108677972271717, 0.07106910908811738, 0.07094641884884381, 0.07081626176473885], // remittances_to_gdp
        [59258640.348787464, 61028044.0909619, 79529704.60664836, 143246738.58815023], // transfer_costs_usd
        [0.0031475349417744445, 0.0031467525327236604, 0.0031413201328226582, 0.003135557120744493], // transfer_costs_to_gdp
        [0.019, 0.019, 0.01900000000000001, 0.019], // skilled_share
        [0.15, 0.15, 0.14999999999999997, 0.15], // skilled_emigration_rate
        [2.618585428612949, 2.619794716241315, 2.628214750107118, 2.6371928183175277], // capital_to_gdp
        [1303200.1402, 1342112.3931862318, 1748995.9537279443, 3150243.892072187], // diaspora_people
        [86011.20925320001, 88579.4179502913, 115433.73294604433, 207916.09687676435], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.013587931870204895, 0.0139064327815117, 0.01713078100866892, 0.027228565933597144], // host_fiscal_pct_gdp
        [0.015237870569000044, 0.01559504601769682, 0.019210916440372525, 0.030534842788358833], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [18827000000.0, 19389155393.0, 25267298402.670933, 45510769932.0389], // gdp_usd
        [2473.2911087358707, 2473.2911087358707, 2473.2911087358707, 2473.29110873587], // income_per_worker_usd
        [2431.189136309688, 2431.189136309688, 2431.189136309688, 2431.1891363096875], // unskilled_stayer_income_usd
        [4647.082421898251, 4647.082421898251, 4647.082421898249, 4647.082421898248], // skilled_stayer_income_usd
        [1477.2621903923753, 1477.262190392375, 1477.2621903923753, 1477.2621903923746], // wage_unskilled_usd
        [3693.155475980938, 3693.155475980938, 3693.155475980936, 3693.155475980936], // wage_skilled_usd
        [2584.3160276393332, 2584.3160276393332, 2584.316027639333, 2584.3160276393314], // income_per_native_usd
        [1093848700.0000002, 1126509928.3332999, 1468030037.1951816, 2644175733.051461], // remittances_usd
        [0.05810000000000001, 0.05809999999999999, 0.05810000000000002, 0.05810000000000002], // remittances_to_gdp
        [48432732.74853802, 49878885.7156766, 65000494.5458184, 117077121.01230362], // transfer_costs_usd
        [0.0025725146198830413, 0.0025725146198830404, 0.002572514619883042, 0.0025725146198830417], // transfer_costs_to_gdp
        [0.019, 0.019, 0.01900000000000001, 0.019], // skilled_share
        [0.15, 0.15, 0.14999999999999997, 0.15], // skilled_emigration_rate
        [2.618585428612949, 2.618585428612949, 2.6185854286129504, 2.6185854286129477], // capital_to_gdp
        [1303200.1402, 1342112.3931862318, 1748995.9537279443, 3150243.892072187], // diaspora_people
        [86011.20925320001, 88579.4179502913, 115433.73294604433, 207916.09687676435], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.021740690992327835, 0.02225029245041872, 0.027409249613870278, 0.04356570549375543], // host_fiscal_pct_gdp
        [0.012454077727422802, 0.01274600111529081, 0.015701291429142557, 0.0249564598779639], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0055000000000000005,
        objective: 0.02170812599518256,
        near: [0.0025, 0.009000000000000001],
        skills_weight_for_current: Some((0.0008517632192558135, Some(0.0023144968566307413))),
        income_alone: 0.013500000000000002,
        skills_alone: 0.005,
        band: [0.0015000000000000002, 0.009500000000000001],
    },
};

/// `levers` of worked.py.
#[rustfmt::skip]
const LEVERS: Worked = Worked {
    preset: "mali-2022",
    host: "france",
    settings: &[(TransferCost, 0.03), (InvestedShare, 0.45), (EmigRateSkilled, 0.01)],
    calibration: [
        0.030019445794846868, 3.595338118009472, 1.3730077616424772, 0.867724885821692,
        2.16931221455423, 0.003352941176470588, 0.1584470588235294, 0.002393669818798689,
        0.1327333431553397, 0.6250575437316429, 0.019239921825159743, 0.025012184589554474,
        0.013210411764705882, 0.12452129798906197, 0.1514351594860401,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [18827000000.0, 19435460939.199303, 25737975209.445774, 47105732443.04415], // gdp_usd
        [2476.0124414731326, 2481.3971415246424, 2518.2317926623177, 2555.8731419877768], // income_per_worker_usd
        [2433.9104690469503, 2439.2358720412954, 2475.6084304823935, 2512.640665176088], // unskilled_stayer_income_usd
        [4649.803754635513, 4655.255680953639, 4700.197849532748, 4763.934195009087], // skilled_stayer_income_usd
        [1477.2621903923753, 1480.7412670084386, 1504.417060532431, 1528.3645240274325], // wage_unskilled_usd
        [3693.155475980938, 3696.7610759207814, 3729.006479582785, 3779.6580538604317], // wage_skilled_usd
        [2586.088834670176, 2590.4127160710955, 2620.1987625230345, 2651.108920046213], // income_per_native_usd
        [1115767372.4643464, 1148662102.8414996, 1494165091.9720595, 2689208377.255987], // remittances_usd
        [0.05926421482256049, 0.059101356352437594, 0.05805293850091613, 0.057088771106733695], // remittances_to_gdp
        [34508269.25147463, 35525632.046644315, 46211291.5042905, 83171393.11100991], // transfer_costs_usd
        [0.0018329138604915613, 0.0018278770005908534, 0.001795451706213901, 0.0017656320960845473], // transfer_costs_to_gdp
        [0.019, 0.019025673558414793, 0.019160102900300402, 0.01920339406603084], // skilled_share
        [0.15, 0.14756434950222674, 0.13253124489835033, 0.1210412011157059], // skilled_emigration_rate
        [2.618585428612949, 2.62973839198982, 2.706816004668059, 2.787265036829671], // capital_to_gdp
        [1303200.1402, 1341621.0929873725, 1744619.7473864877, 3137675.176064815], // diaspora_people
        [86011.20925320001, 88546.99213716658, 115144.90332750819, 207086.56162027776], // corridor_migrants
        [0.1, 0.09999908368089534, 0.09999228453016097, 0.09998044519700618], // host_immigrant_share
        [0.10500000000000001, 0.10499807573869645, 0.10498379813838701, 0.10495893892881134], // host_surplus_pct_gdp
        [0.0, 3.054395927293285e-05, 0.00011263917316650662, 0.00011476455206160807], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.012541237070990382, 0.012830501284390474, 0.015776527607746914, 0.02505702598145507], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [18827000000.0, 19389155393.0, 25267298402.670933, 45510769932.0389], // gdp_usd
        [2473.2911087358707, 2473.2911087358707, 2473.2911087358707, 2473.29110873587], // income_per_worker_usd
        [2431.189136309688, 2431.189136309688, 2431.189136309688, 2431.1891363096875], // unskilled_stayer_income_usd
        [4647.082421898251, 4647.082421898251, 4647.082421898249, 4647.082421898248], // skilled_stayer_income_usd
        [1477.2621903923753, 1477.262190392375, 1477.2621903923753, 1477.2621903923746], // wage_unskilled_usd
        [3693.155475980938, 3693.155475980938, 3693.155475980936, 3693.155475980936], // wage_skilled_usd
        [2584.3160276393332, 2584.3160276393332, 2584.316027639333, 2584.3160276393314], // income_per_native_usd
        [1093848700.0000002, 1126509928.3332999, 1468030037.1951816, 2644175733.051461], // remittances_usd
        [0.05810000000000001, 0.05809999999999999, 0.05810000000000002, 0.05810000000000002], // remittances_to_gdp
        [48432732.74853802, 49878885.7156766, 65000494.5458184, 117077121.01230362], // transfer_costs_usd
        [0.0025725146198830413, 0.0025725146198830404, 0.002572514619883042, 0.0025725146198830417], // transfer_costs_to_gdp
        [0.019, 0.019, 0.01900000000000001, 0.019], // skilled_share
        [0.15, 0.15, 0.14999999999999997, 0.15], // skilled_emigration_rate
        [2.618585428612949, 2.618585428612949, 2.6185854286129504, 2.6185854286129477], // capital_to_gdp
        [1303200.1402, 1342112.3931862318, 1748995.9537279443, 3150243.892072187], // diaspora_people
        [86011.20925320001, 88579.4179502913, 115433.73294604433, 207916.09687676435], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.012454077727422802, 0.01274600111529081, 0.015701291429142557, 0.0249564598779639], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0055000000000000005,
        objective: 0.021803622040108238,
        near: [0.0025, 0.009000000000000001],
        skills_weight_for_current: Some((0.019892624385697118, Some(0.023895492006951197))),
        income_alone: 0.0155,
        skills_alone: 0.005,
        band: [0.0015000000000000002, 0.009500000000000001],
    },
};

/// `assumptions` of worked.py.
#[rustfmt::skip]
const ASSUMPTIONS: Worked = Worked {
    preset: "bangladesh-2022",
    host: "saudi-arabia",
    settings: &[(LabourGrowth, 0.03), (Retirement, 0.03), (SkillSpillover, 1.2), (BrainGain, 1.1), (CostElasticity, 2.5), (HostWageAdjustment, 0.5)],
    calibration: [
        0.06992516370439662, 2.9765581527151697, 1.1492901362024655, 0.6988200079809191,
        1.7470500199522976, 0.002167539267015707, 0.09723246073298429, 0.0015763921941932414,
        0.0818799669330394, 1.131462413152795, 0.04381256982628316, 0.016307330940542437,
        0.0037696335078534035, 0.03706326475055011, 0.2750976965025684,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460200000000.0, 474006000000.00006, 618470317774.1649, 1117026189241.482], // gdp_usd
        [6469.184358576696, 6469.184358576697, 6469.184358576695, 6469.184358576695], // income_per_worker_usd
        [6209.878669091228, 6209.878669091228, 6209.878669091228, 6209.878669091227], // unskilled_stayer_income_usd
        [11846.958875297036, 11846.95887529704, 11846.958875297036, 11846.958875297036], // skilled_stayer_income_usd
        [3758.053470803873, 3758.053470803874, 3758.053470803872, 3758.053470803872], // wage_unskilled_usd
        [9395.133677009682, 9395.133677009682, 9395.133677009682, 9395.133677009682], // wage_skilled_usd
        [6366.869067189349, 6366.86906718935, 6366.869067189349, 6366.869067189347], // income_per_native_usd
        [21491340000.0, 22136080200.0, 28882563840.053497, 52165123037.57721], // remittances_usd
        [0.0467, 0.04669999999999999, 0.0467, 0.04670000000000001], // remittances_to_gdp
        [1029188135.8063502, 1060063779.8805406, 1383142793.1367965, 2498109737.836402], // transfer_costs_usd
        [0.0022363931677669494, 0.002236393167766949, 0.0022363931677669494, 0.00223639316776695], // transfer_costs_to_gdp
        [0.046, 0.046, 0.04599999999999999, 0.045999999999999985], // skilled_share
        [0.045000000000000005, 0.045, 0.045, 0.04499999999999998], // skilled_emigration_rate
        [2.5899101183887674, 2.5899101183887665, 2.589910118388766, 2.5899101183887643], // capital_to_gdp
        [7401260.5828, 7623298.400283999, 9946675.325018942, 17964802.052125756], // diaspora_people
        [1280418.0808243998, 1318830.6232491317, 1720774.831228277, 3107910.755017755], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.43561707332167116, 0.4080673966318004, 0.35292367755946985], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460200000000.0, 474006000000.00006, 618470317774.1649, 1117026189241.482], // gdp_usd
        [6469.184358576696, 6469.184358576697, 6469.184358576695, 6469.184358576695], // income_per_worker_usd
        [6209.878669091228, 6209.878669091228, 6209.878669091228, 6209.878669091227], // unskilled_stayer_income_usd
        [11846.958875297036, 11846.95887529704, 11846.958875297036, 11846.958875297036], // skilled_stayer_income_usd
        [3758.053470803873, 3758.053470803874, 3758.053470803872, 3758.053470803872], // wage_unskilled_usd
        [9395.133677009682, 9395.133677009682, 9395.133677009682, 9395.133677009682], // wage_skilled_usd
        [6366.869067189349, 6366.86906718935, 6366.869067189349, 6366.869067189347], // income_per_native_usd
        [21491340000.0, 22136080200.0, 28882563840.053497, 52165123037.57721], // remittances_usd
        [0.0467, 0.04669999999999999, 0.0467, 0.04670000000000001], // remittances_to_gdp
        [1029188135.8063502, 1060063779.8805406, 1383142793.1367965, 2498109737.836402], // transfer_costs_usd
        [0.0022363931677669494, 0.002236393167766949, 0.0022363931677669494, 0.00223639316776695], // transfer_costs_to_gdp
        [0.046, 0.046, 0.04599999999999999, 0.045999999999999985], // skilled_share
        [0.045000000000000005, 0.045, 0.045, 0.04499999999999998], // skilled_emigration_rate
        [2.5899101183887674, 2.5899101183887665, 2.589910118388766, 2.5899101183887643], // capital_to_gdp
        [7401260.5828, 7623298.400283999, 9946675.325018942, 17964802.052125756], // diaspora_people
        [1280418.0808243998, 1318830.6232491317, 1720774.831228277, 3107910.755017755], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.43561707332167116, 0.4080673966318004, 0.35292367755946985], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.011500000000000002,
        objective: 0.052993771113574235,
        near: [0.0055000000000000005, 0.020500000000000004],
        skills_weight_for_current: None,
        income_alone: 0.0245,
        skills_alone: 0.01,
        band: [0.004, 0.019500000000000003],
    },
};

/// `history2000` of worked.py.
#[rustfmt::skip]
const HISTORY2000: Worked = Worked {
    preset: "mali-2000",
    host: "cote-divoire",
    settings: &[(EmigRateUnskilled, 0.03), (ReturnUpgrade, 0.05), (DiasporaInvestment, 0.05), (HostFiscalPerMigrant, 0.2), (HorizonYears, 40.0)],
    calibration: [
        0.011892987835031158, 3.8373197096354796, 1.503177383708885, 0.9663389372077691,
        2.415847343019423, 0.0013058823529411767, 0.1819941176470588, 0.0009322714031110685,
        0.1524590475157059, 0.24776844659751895, 0.007357290926173564, 0.028393539255194316,
        0.013210411764705882, 0.12452129798906197, 0.06148214187132559,
    ],
    years: [0, 1, 10, 40],
    scenario: [
        [2961000000.0, 3050742719.4049797, 3991732660.0587974, 9732814878.272596], // gdp_usd
        [719.6420215005307, 721.2403802489074, 728.7175173732916, 735.6749976408807], // income_per_worker_usd
        [714.6305876326963, 716.6279046253741, 726.8503324728118, 736.912046599276], // unskilled_stayer_income_usd
        [1391.8513805832797, 1272.58677049439, 857.3145882372129, 677.7065564711526], // skilled_stayer_income_usd
        [451.4805286337222, 452.78682875873073, 459.9739871383511, 467.57622666308396], // wage_unskilled_usd
        [1128.7013215843058, 1008.7456946277466, 590.4382429027522, 408.37073653496054], // wage_skilled_usd
        [776.0650552602368, 777.8574288151077, 786.2633964819928, 794.5436486338398], // income_per_native_usd
        [73136700.0, 76081549.1014044, 102206335.87243687, 247308577.37507144], // remittances_usd
        [0.0247, 0.024938697261315906, 0.025604504253281177, 0.025409768958737696], // remittances_to_gdp
        [9252282.764447449, 9624825.914258998, 12929786.547791664, 31286192.676828343], // transfer_costs_usd
        [0.0031247155570575647, 0.0031549123605337116, 0.0032391414077317516, 0.003214506087716845], // transfer_costs_to_gdp
        [0.0074, 0.008296433255585597, 0.01431185031899984, 0.020894159574024865], // skilled_share
        [0.15, 0.1361787842788546, 0.10487458747585353, 0.13503984859711438], // skilled_emigration_rate
        [2.5528056443793856, 2.551924761031169, 2.5472474246010837, 2.5544782030110773], // capital_to_gdp
        [772824.8775, 802623.6540627362, 1077620.4240300495, 2619489.152084674], // diaspora_people
        [442828.6548074999, 459903.3537779478, 617476.5029692183, 1500967.2841445182], // corridor_migrants
        [0.131, 0.13154114484433058, 0.13355755472806133, 0.13420407728708553], // host_immigrant_share
        [0.18019050000000003, 0.18168226426305015, 0.1872950144618605, 0.18911271078501926], // host_surplus_pct_gdp
        [0.0, -0.01868571334254776, -0.035526855927647816, -0.016394891773563458], // host_native_wage_change_pct
        [1.176833010733953, 1.1902363166306302, 1.2588515128834759, 1.3814975791042168], // host_fiscal_pct_gdp
        [0.2847339392281568, 0.2884501153591595, 0.3052506790626275, 0.3334592973248154], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [2961000000.0, 3049412498.9999995, 3973892312.6525016, 9606145364.4142], // gdp_usd
        [719.6420215005307, 719.6420215005305, 719.6420215005309, 719.6420215005302], // income_per_worker_usd
        [714.6305876326963, 714.6305876326962, 714.6305876326965, 714.6305876326959], // unskilled_stayer_income_usd
        [1391.8513805832797, 1391.8513805832797, 1391.8513805832797, 1391.851380583279], // skilled_stayer_income_usd
        [451.4805286337222, 451.48052863372214, 451.48052863372226, 451.4805286337219], // wage_unskilled_usd
        [1128.7013215843058, 1128.7013215843056, 1128.7013215843056, 1128.701321584305], // wage_skilled_usd
        [776.1597229577417, 776.1597229577413, 776.1597229577417, 776.1597229577412], // income_per_native_usd
        [73136700.0, 75320488.72530001, 98155140.12251683, 237271790.501031], // remittances_usd
        [0.0247, 0.024700000000000007, 0.02470000000000001, 0.024700000000000027], // remittances_to_gdp
        [9252282.764447449, 9528546.675511086, 12417283.131416738, 30016471.86354149], // transfer_costs_usd
        [0.0031247155570575647, 0.003124715557057565, 0.0031247155570575656, 0.0031247155570575677], // transfer_costs_to_gdp
        [0.0074, 0.0073999999999999995, 0.007400000000000003, 0.0074], // skilled_share
        [0.15, 0.15000000000000002, 0.14999999999999994, 0.1499999999999999], // skilled_emigration_rate
        [2.5528056443793856, 2.552805644379386, 2.5528056443793865, 2.5528056443793843], // capital_to_gdp
        [772824.8775, 795900.6555172725, 1037191.0975089028, 2507216.519588181], // diaspora_people
        [442828.6548074999, 456051.0756113971, 594310.4988726012, 1436635.0657240273], // corridor_migrants
        [0.131, 0.131, 0.131, 0.131], // host_immigrant_share
        [0.18019050000000003, 0.18019050000000003, 0.18019050000000003, 0.18019050000000003], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [1.176833010733953, 1.1802665668170518, 1.2116228990588862, 1.3222858927835743], // host_fiscal_pct_gdp
        [0.2847339392281568, 0.28556468576584243, 0.29315132883034684, 0.3199261642085282], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0015000000000000002,
        objective: 0.005280608736752687,
        near: [0.001, 0.0025],
        skills_weight_for_current: Some((0.00015244056858410447, Some(0.0004278033326769902))),
        income_alone: 0.013500000000000002,
        skills_alone: 0.0015000000000000002,
        band: [0.0005, 0.0030000000000000005],
    },
};

/// `bangladesh_default` of worked.py.
#[rustfmt::skip]
const BANGLADESH_DEFAULT: Worked = Worked {
    preset: "bangladesh-2022",
    host: "saudi-arabia",
    settings: &[],
    calibration: [
        0.06992516370439662, 3.581441792583437, 1.2261678175377668, 0.7455650901773139,
        1.8639127254432841, 0.002167539267015707, 0.09723246073298429, 0.0014897313741447176,
        0.08065271683753635, 1.1494160569540628, 0.04381256982628316, 0.01487391655086876,
        0.0031069319371727746, 0.030638512659099226, 0.2750976965025683,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460200000000.0, 469834747199.99994, 566150369460.9014, 856844782420.2661], // gdp_usd
        [6469.184358576696, 6469.184358576696, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [6209.878669091228, 6209.878669091228, 6209.878669091228, 6209.878669091227], // unskilled_stayer_income_usd
        [11846.958875297038, 11846.958875297038, 11846.95887529703, 11846.958875297034], // skilled_stayer_income_usd
        [3758.053470803873, 3758.053470803873, 3758.053470803873, 3758.053470803872], // wage_unskilled_usd
        [9395.13367700968, 9395.133677009682, 9395.133677009675, 9395.13367700968], // wage_skilled_usd
        [6366.86906718935, 6366.86906718935, 6366.86906718935, 6366.869067189349], // income_per_native_usd
        [21491340000.000004, 21941282694.240005, 26439222253.824093, 40014651339.026436], // remittances_usd
        [0.046700000000000005, 0.04670000000000001, 0.046700000000000005, 0.04670000000000001], // remittances_to_gdp
        [1029188135.8063502, 1050735218.6175922, 1266134818.191094, 1916241817.241442], // transfer_costs_usd
        [0.00223639316776695, 0.0022363931677669502, 0.0022363931677669494, 0.0022363931677669502], // transfer_costs_to_gdp
        [0.046, 0.046000000000000006, 0.04600000000000002, 0.04599999999999999], // skilled_share
        [0.045000000000000005, 0.045000000000000005, 0.04499999999999999, 0.044999999999999984], // skilled_emigration_rate
        [2.9208414552709674, 2.9208414552709674, 2.920841455270968, 2.9208414552709665], // capital_to_gdp
        [7401260.5828, 7556213.3743615, 9105229.06003613, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645394, 1575204.6273862503, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.4317836430764405, 0.37354663712802777, 0.27071953605201476], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460200000000.0, 469834747199.99994, 566150369460.9014, 856844782420.2661], // gdp_usd
        [6469.184358576696, 6469.184358576696, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [6209.878669091228, 6209.878669091228, 6209.878669091228, 6209.878669091227], // unskilled_stayer_income_usd
        [11846.958875297038, 11846.958875297038, 11846.95887529703, 11846.958875297034], // skilled_stayer_income_usd
        [3758.053470803873, 3758.053470803873, 3758.053470803873, 3758.053470803872], // wage_unskilled_usd
        [9395.13367700968, 9395.133677009682, 9395.133677009675, 9395.13367700968], // wage_skilled_usd
        [6366.86906718935, 6366.86906718935, 6366.86906718935, 6366.869067189349], // income_per_native_usd
        [21491340000.000004, 21941282694.240005, 26439222253.824093, 40014651339.026436], // remittances_usd
        [0.046700000000000005, 0.04670000000000001, 0.046700000000000005, 0.04670000000000001], // remittances_to_gdp
        [1029188135.8063502, 1050735218.6175922, 1266134818.191094, 1916241817.241442], // transfer_costs_usd
        [0.00223639316776695, 0.0022363931677669502, 0.0022363931677669494, 0.0022363931677669502], // transfer_costs_to_gdp
        [0.046, 0.046000000000000006, 0.04600000000000002, 0.04599999999999999], // skilled_share
        [0.045000000000000005, 0.045000000000000005, 0.04499999999999999, 0.044999999999999984], // skilled_emigration_rate
        [2.9208414552709674, 2.9208414552709674, 2.920841455270968, 2.9208414552709665], // capital_to_gdp
        [7401260.5828, 7556213.3743615, 9105229.06003613, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645394, 1575204.6273862503, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.4317836430764405, 0.37354663712802777, 0.27071953605201476], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0045000000000000005,
        objective: 0.020475977454322617,
        near: [0.0025, 0.008],
        skills_weight_for_current: None,
        income_alone: 0.013500000000000002,
        skills_alone: 0.004,
        band: [0.0015000000000000002, 0.0085],
    },
};

/// `mali_default` of worked.py.
#[rustfmt::skip]
const MALI_DEFAULT: Worked = Worked {
    preset: "mali-2022",
    host: "france",
    settings: &[],
    calibration: [
        0.030019445794846868, 3.595338118009472, 1.3730077616424772, 0.867724885821692,
        2.16931221455423, 0.003352941176470588, 0.1584470588235294, 0.002393669818798689,
        0.1327333431553397, 0.6250575437316429, 0.019239921825159743, 0.025012184589554474,
        0.013210411764705882, 0.12452129798906197, 0.1514351594860401,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [18827000000.0, 19389155393.0, 25267298402.670933, 45510769932.0389], // gdp_usd
        [2473.2911087358707, 2473.2911087358707, 2473.2911087358707, 2473.29110873587], // income_per_worker_usd
        [2431.189136309688, 2431.189136309688, 2431.189136309688, 2431.1891363096875], // unskilled_stayer_income_usd
        [4647.082421898251, 4647.082421898251, 4647.082421898249, 4647.082421898248], // skilled_stayer_income_usd
        [1477.2621903923753, 1477.262190392375, 1477.2621903923753, 1477.2621903923746], // wage_unskilled_usd
        [3693.155475980938, 3693.155475980938, 3693.155475980936, 3693.155475980936], // wage_skilled_usd
        [2584.3160276393332, 2584.3160276393332, 2584.316027639333, 2584.3160276393314], // income_per_native_usd
        [1093848700.0000002, 1126509928.3332999, 1468030037.1951816, 2644175733.051461], // remittances_usd
        [0.05810000000000001, 0.05809999999999999, 0.05810000000000002, 0.05810000000000002], // remittances_to_gdp
        [48432732.74853802, 49878885.7156766, 65000494.5458184, 117077121.01230362], // transfer_costs_usd
        [0.0025725146198830413, 0.0025725146198830404, 0.002572514619883042, 0.0025725146198830417], // transfer_costs_to_gdp
        [0.019, 0.019, 0.01900000000000001, 0.019], // skilled_share
        [0.15, 0.15, 0.14999999999999997, 0.15], // skilled_emigration_rate
        [2.618585428612949, 2.618585428612949, 2.6185854286129504, 2.6185854286129477], // capital_to_gdp
        [1303200.1402, 1342112.3931862318, 1748995.9537279443, 3150243.892072187], // diaspora_people
        [86011.20925320001, 88579.4179502913, 115433.73294604433, 207916.09687676435], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.012454077727422802, 0.01274600111529081, 0.015701291429142557, 0.0249564598779639], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [18827000000.0, 19389155393.0, 25267298402.670933, 45510769932.0389], // gdp_usd
        [2473.2911087358707, 2473.2911087358707, 2473.2911087358707, 2473.29110873587], // income_per_worker_usd
        [2431.189136309688, 2431.189136309688, 2431.189136309688, 2431.1891363096875], // unskilled_stayer_income_usd
        [4647.082421898251, 4647.082421898251, 4647.082421898249, 4647.082421898248], // skilled_stayer_income_usd
        [1477.2621903923753, 1477.262190392375, 1477.2621903923753, 1477.2621903923746], // wage_unskilled_usd
        [3693.155475980938, 3693.155475980938, 3693.155475980936, 3693.155475980936], // wage_skilled_usd
        [2584.3160276393332, 2584.3160276393332, 2584.316027639333, 2584.3160276393314], // income_per_native_usd
        [1093848700.0000002, 1126509928.3332999, 1468030037.1951816, 2644175733.051461], // remittances_usd
        [0.05810000000000001, 0.05809999999999999, 0.05810000000000002, 0.05810000000000002], // remittances_to_gdp
        [48432732.74853802, 49878885.7156766, 65000494.5458184, 117077121.01230362], // transfer_costs_usd
        [0.0025725146198830413, 0.0025725146198830404, 0.002572514619883042, 0.0025725146198830417], // transfer_costs_to_gdp
        [0.019, 0.019, 0.01900000000000001, 0.019], // skilled_share
        [0.15, 0.15, 0.14999999999999997, 0.15], // skilled_emigration_rate
        [2.618585428612949, 2.618585428612949, 2.6185854286129504, 2.6185854286129477], // capital_to_gdp
        [1303200.1402, 1342112.3931862318, 1748995.9537279443, 3150243.892072187], // diaspora_people
        [86011.20925320001, 88579.4179502913, 115433.73294604433, 207916.09687676435], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.012454077727422802, 0.01274600111529081, 0.015701291429142557, 0.0249564598779639], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0055000000000000005,
        objective: 0.021773978691146875,
        near: [0.0025, 0.009000000000000001],
        skills_weight_for_current: Some((0.0022835252518808983, Some(0.003817524021763517))),
        income_alone: 0.014000000000000002,
        skills_alone: 0.005,
        band: [0.0015000000000000002, 0.009500000000000001],
    },
};

/// The scenarios above, in worked.py's order.
const SCENARIOS: [(&str, &Worked); 8] = [
    ("cost", &COST),
    ("displacement", &DISPLACEMENT),
    ("theta_r", &THETA_R),
    ("levers", &LEVERS),
    ("assumptions", &ASSUMPTIONS),
    ("history2000", &HISTORY2000),
    ("bangladesh_default", &BANGLADESH_DEFAULT),
    ("mali_default", &MALI_DEFAULT),
];

/// `history` of worked.py: preset, quantity, year, model, observed.
#[rustfmt::skip]
const HISTORY: [(&str, &str, i32, f64, f64); 6] = [
    ("bangladesh-2000", "remittances_to_gdp", 2022, 0.0369, 0.0467),
    ("bangladesh-2000", "skilled_share", 2010, 0.041999999999999975, 0.046),
    ("bangladesh-2000", "diaspora_people", 2020, 8236668.4767651595, 7401763.0),
    ("mali-2000", "remittances_to_gdp", 2022, 0.02470000000000001, 0.0581),
    ("mali-2000", "skilled_share", 2010, 0.007400000000000003, 0.019),
    ("mali-2000", "diaspora_people", 2020, 1391991.1277076127, 1303511.0),
];
