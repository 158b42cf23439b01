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

/// The cap on money sent binds (from year 1) at extreme levers for Nepal.
#[test]
fn cap_on_money_sent_nepal_2022() {
    check("cap", &CAP);
    let s = scenario(CAP.preset, CAP.host, CAP.settings);
    let run = s.run();
    let y = &run.years[5];
    assert_rel("R + C = earnings − F", y.sent, y.earnings - y.f, 1e-12);
    assert!(y.kept() <= 1e-12 * y.earnings, "nothing kept: {}", y.kept());
}

#[test]
fn nepal_2022_defaults() {
    check("nepal_default", &NEPAL_DEFAULT);
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

/// The names a Python `dict(` block or `[` list of `worked/` sets, in order:
/// from `start` to the first line that closes it.
fn python_names(file: &str, start: &str) -> Vec<String> {
    let from = file.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    let body = &file[from..];
    let close = if start.ends_with('[') { "\n]" } else { "\n)" };
    let body = &body[..body.find(close).expect("closed")];
    body.split(',')
        .map(|item| item.split('=').next().unwrap_or_default())
        .map(|name| name.trim().trim_matches('"').to_string())
        .filter(|name| !name.is_empty() && !name.starts_with('#'))
        .collect()
}

/// The Python re-implementations keep their own lists of parameters, which no
/// compiler sees: a new parameter would leave them computing without it, and
/// worked numbers at its default would still agree. Each list is checked
/// against `SPECS`: the levers and assumptions with their defaults and
/// ranges in `worked.py`, the bands' draws in `what_drives.py`.
#[test]
fn the_python_re_implementations_list_every_parameter() {
    let worked = include_str!("../worked/worked.py");
    let drives = include_str!("../worked/what_drives.py");
    let names = |kind: Kind| -> Vec<String> {
        SPECS
            .iter()
            .filter(|s| s.kind == kind)
            .map(|s| s.name.to_string())
            .collect()
    };
    assert_eq!(
        python_names(worked, "LEVERS = dict("),
        names(Kind::Scenario),
        "worked.py: LEVERS, in table order"
    );
    assert_eq!(
        python_names(worked, "ASSUMPTIONS = dict("),
        names(Kind::Assumption),
        "worked.py: ASSUMPTIONS, in table order"
    );
    let mut ranges = python_names(worked, "RANGES = dict(");
    ranges.retain(|name| !name.starts_with('(') && !name.ends_with(')'));
    let all: Vec<String> = SPECS.iter().map(|s| s.name.to_string()).collect();
    assert_eq!(ranges, all, "worked.py: RANGES, in table order");
    let sampled: Vec<String> = ParamId::sampled().map(|id| id.name().to_string()).collect();
    assert_eq!(
        python_names(drives, "SAMPLED = ["),
        sampled,
        "what_drives.py: SAMPLED, in table order"
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
        0.06992516370439662, 3.5812329967900953, 1.2261427973805712, 0.7455498767982894,
        1.8638746919957232, 0.0020769230769230773, 0.09732307692307693, 0.0014274516344229488,
        0.08072788146738674, 1.1490896186098363, 0.043730146513482886, 0.014887778358329305,
        0.0029770434782608697, 0.029374759080464052, 0.2754624462216545,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460200000000.00006, 469844573921.0972, 566247030519.6152, 857139387518.933], // gdp_usd
        [6476.526622246591, 6476.655890178646, 6477.581852068134, 6478.651653912102], // income_per_worker_usd
        [6217.2209327611245, 6217.344777244392, 6218.231890311858, 6219.256808514384], // unskilled_stayer_income_usd
        [11854.301138966934, 11854.542884510773, 11856.274537187452, 11858.27518672568], // skilled_stayer_income_usd
        [3758.053470803874, 3758.1320715109223, 3758.695097917066, 3759.3455854742033], // wage_unskilled_usd
        [9395.133677009682, 9395.330178777302, 9396.737744792661, 9398.363963685499], // wage_skilled_usd
        [6371.072667105522, 6371.190247542174, 6372.032490483312, 6373.005568383957], // income_per_native_usd
        [22038040268.49615, 22499428679.55739, 27111787571.063282, 41032550671.07486], // remittances_usd
        [0.047887962339191986, 0.04788696077042661, 0.047879787636474165, 0.04787150289505103], // remittances_to_gdp
        [681588874.2833862, 695858618.9553832, 838508893.9504107, 1269047958.8992226], // transfer_costs_usd
        [0.0014810710001811954, 0.0014810400238276272, 0.0014808181743239434, 0.0014805619452077637], // transfer_costs_to_gdp
        [0.046, 0.04600000000000001, 0.04600000000000001, 0.046000000000000034], // skilled_share
        [0.04320000000000001, 0.04320000000000001, 0.043199999999999995, 0.04319999999999998], // skilled_emigration_rate
        [2.920730770054468, 2.920844219983563, 2.921656935059962, 2.922596028133591], // capital_to_gdp
        [7401260.5828, 7556213.374361502, 9105229.060036132, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645396, 1575204.6273862508, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.44267002479166345, 0.435600985086035, 0.37684911348005395, 0.2731129316202818], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460200000000.00006, 469834747200.00006, 566150369460.9015, 856844782420.266], // gdp_usd
        [6469.1843585766965, 6469.184358576698, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [6209.878669091229, 6209.87866909123, 6209.878669091228, 6209.8786690912275], // unskilled_stayer_income_usd
        [11846.95887529704, 11846.95887529704, 11846.95887529703, 11846.958875297028], // skilled_stayer_income_usd
        [3758.053470803874, 3758.053470803875, 3758.053470803873, 3758.053470803872], // wage_unskilled_usd
        [9395.133677009682, 9395.133677009682, 9395.133677009677, 9395.133677009671], // wage_skilled_usd
        [6366.015702587221, 6366.015702587221, 6366.015702587219, 6366.015702587219], // income_per_native_usd
        [21491339999.999996, 21941282694.239998, 26439222253.8241, 40014651339.02643], // remittances_usd
        [0.04669999999999999, 0.04669999999999999, 0.0467, 0.046700000000000005], // remittances_to_gdp
        [1029188135.80635, 1050735218.6175919, 1266134818.1910942, 1916241817.2414415], // transfer_costs_usd
        [0.002236393167766949, 0.0022363931677669494, 0.0022363931677669494, 0.00223639316776695], // transfer_costs_to_gdp
        [0.046, 0.04600000000000001, 0.04600000000000001, 0.046000000000000034], // skilled_share
        [0.04320000000000001, 0.04320000000000001, 0.043199999999999995, 0.04319999999999998], // skilled_emigration_rate
        [2.920730770054468, 2.920730770054468, 2.9207307700544676, 2.920730770054467], // capital_to_gdp
        [7401260.5828, 7556213.374361502, 9105229.060036132, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645396, 1575204.6273862508, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895824, 0.43178364307644035, 0.3735466371280278, 0.2707195360520147], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0045000000000000005,
        objective: 0.020510819496398915,
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
        0.06992516370439662, 3.5812329967900953, 1.2261427973805712, 0.7455498767982894,
        1.8638746919957232, 0.0020769230769230773, 0.09732307692307693, 0.0014274516344229488,
        0.08072788146738674, 1.1490896186098363, 0.043730146513482886, 0.014887778358329305,
        0.0029770434782608697, 0.029374759080464052, 0.2754624462216545,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460200000000.00006, 468502666924.32153, 557606666762.2056, 840333969396.8052], // gdp_usd
        [6469.1843585766965, 6500.833023964519, 6623.274989338068, 6644.611652292277], // income_per_worker_usd
        [6209.878669091229, 6241.766550751663, 6365.409930338891, 6387.899555670573], // unskilled_stayer_income_usd
        [11846.95887529704, 11849.54068607829, 11846.322185145273, 11800.62067586947], // skilled_stayer_income_usd
        [3758.053470803874, 3766.6821452216273, 3801.8697575888855, 3808.764082670515], // wage_unskilled_usd
        [9395.133677009682, 9374.456280548255, 9282.782012395268, 9221.485202869413], // wage_skilled_usd
        [6212.73816550361, 6227.638932222643, 6284.601909916866, 6295.369669470281], // income_per_native_usd
        [21491339999.999996, 23251198867.713547, 33704982116.08311, 52402874974.03891], // remittances_usd
        [0.04669999999999999, 0.049628743888173794, 0.06044580189794751, 0.062359581883443184], // remittances_to_gdp
        [1029188135.80635, 1113465145.399255, 1614081193.2358778, 2509495322.55431], // transfer_costs_usd
        [0.002236393167766949, 0.0023766463331127974, 0.0028946590660549106, 0.0029863071278144744], // transfer_costs_to_gdp
        [0.046, 0.04619773674207843, 0.04704783565419173, 0.04742754908685764], // skilled_share
        [0.04320000000000001, 0.045930866441929015, 0.06332140949952392, 0.07809597553663576], // skilled_emigration_rate
        [2.920730770054468, 2.92903520058183, 2.9612175796849742, 2.9618162400348735], // capital_to_gdp
        [7401260.5828, 7929710.130200462, 11429296.492122749, 18061002.11169236], // diaspora_people
        [1280418.0808243998, 1371839.8525246799, 1977268.2931372356, 3124553.365322778], // corridor_migrants
        [0.763, 0.7636474856101944, 0.7658654267786301, 0.7655308817095442], // host_immigrant_share
        [6.1127744999999996, 6.123153563927106, 6.158773445315539, 6.153394073935417], // host_surplus_pct_gdp
        [0.0, -0.08203869591639767, -0.2561453459296703, -0.11094931487818371], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895824, 0.45756155156925793, 0.4762009488422878, 0.3545321907360323], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460200000000.00006, 469834747200.00006, 566150369460.9015, 856844782420.266], // gdp_usd
        [6469.1843585766965, 6469.184358576698, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [6209.878669091229, 6209.87866909123, 6209.878669091228, 6209.8786690912275], // unskilled_stayer_income_usd
        [11846.95887529704, 11846.95887529704, 11846.95887529703, 11846.958875297028], // skilled_stayer_income_usd
        [3758.053470803874, 3758.053470803875, 3758.053470803873, 3758.053470803872], // wage_unskilled_usd
        [9395.133677009682, 9395.133677009682, 9395.133677009677, 9395.133677009671], // wage_skilled_usd
        [6212.73816550361, 6212.738165503612, 6212.73816550361, 6212.73816550361], // income_per_native_usd
        [21491339999.999996, 21941282694.239998, 26439222253.8241, 40014651339.02643], // remittances_usd
        [0.04669999999999999, 0.04669999999999999, 0.0467, 0.046700000000000005], // remittances_to_gdp
        [1029188135.80635, 1050735218.6175919, 1266134818.1910942, 1916241817.2414415], // transfer_costs_usd
        [0.002236393167766949, 0.0022363931677669494, 0.0022363931677669494, 0.00223639316776695], // transfer_costs_to_gdp
        [0.046, 0.04600000000000001, 0.04600000000000001, 0.046000000000000034], // skilled_share
        [0.04320000000000001, 0.04320000000000001, 0.043199999999999995, 0.04319999999999998], // skilled_emigration_rate
        [2.920730770054468, 2.920730770054468, 2.9207307700544676, 2.920730770054467], // capital_to_gdp
        [7401260.5828, 7556213.374361502, 9105229.060036132, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645396, 1575204.6273862508, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895824, 0.43178364307644035, 0.3735466371280278, 0.2707195360520147], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0045000000000000005,
        objective: 0.02044541078846337,
        near: [0.0025, 0.008],
        skills_weight_for_current: Some((0.13383607905479541, Some(0.17957131721938094))),
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
        0.030019445794846868, 3.593365072131585, 1.3727439973781768, 0.8675581898841177,
        2.168895474710294, 0.0027316710511266157, 0.15906832894887338, 0.0019501441289377862,
        0.1332537899301283, 0.6243585096813167, 0.01870517391214203, 0.025110257240258494,
        0.01076264016927828, 0.10256067311319284, 0.15228582453631817,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [18826999999.999996, 19394011414.586033, 25317652696.7708, 45685899569.136116], // gdp_usd
        [2503.7624368088864, 2504.347860426618, 2508.42072362081, 2512.7572880817147], // income_per_worker_usd
        [2461.6604643827036, 2462.2353435448995, 2466.234847681558, 2470.493303385402], // unskilled_stayer_income_usd
        [4677.553749971266, 4678.683600477447, 4686.544107642146, 4694.913550559776], // skilled_stayer_income_usd
        [1477.262190392375, 1477.6321712883646, 1480.2061733070564, 1482.946831449583], // wage_unskilled_usd
        [3693.1554759809374, 3694.080428220911, 3700.515433267643, 3707.3670786239572], // wage_skilled_usd
        [2547.2286398219017, 2547.7325334505226, 2551.2381826106116, 2554.97080824403], // income_per_native_usd
        [1339276629.6466937, 1379266090.5313144, 1797413408.668743, 3237452093.653115], // remittances_usd
        [0.07113595525822987, 0.07111814369120062, 0.07099447291565059, 0.07086326687633465], // remittances_to_gdp
        [59299633.5599622, 61070261.31842913, 79584720.68458094, 143345832.04980376], // transfer_costs_usd
        [0.0031497123046668194, 0.003148923655500111, 0.003143447840041338, 0.0031376383829956034], // transfer_costs_to_gdp
        [0.019, 0.019000000000000003, 0.018999999999999993, 0.018999999999999996], // skilled_share
        [0.1257, 0.1257, 0.1257, 0.12569999999999995], // skilled_emigration_rate
        [2.617651272920956, 2.618868931213351, 2.62734756154982, 2.636389050348354], // capital_to_gdp
        [1303200.1402, 1342112.3931862316, 1748995.9537279443, 3150243.8920721887], // diaspora_people
        [86011.20925320001, 88579.41795029129, 115433.73294604433, 207916.09687676447], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.013587931870204895, 0.013906432781511699, 0.01713078100866892, 0.027228565933597158], // host_fiscal_pct_gdp
        [0.015248411635119885, 0.015605834166242259, 0.019224205931151685, 0.030555965805209112], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [18826999999.999996, 19389155392.999996, 25267298402.670937, 45510769932.03892], // gdp_usd
        [2473.2911087358702, 2473.2911087358707, 2473.2911087358702, 2473.2911087358693], // income_per_worker_usd
        [2431.1891363096875, 2431.189136309688, 2431.1891363096875, 2431.189136309687], // unskilled_stayer_income_usd
        [4647.08242189825, 4647.08242189825, 4647.082421898251, 4647.082421898249], // skilled_stayer_income_usd
        [1477.262190392375, 1477.2621903923753, 1477.2621903923748, 1477.2621903923746], // wage_unskilled_usd
        [3693.1554759809374, 3693.1554759809374, 3693.1554759809383, 3693.155475980937], // wage_skilled_usd
        [2581.414230684771, 2581.414230684772, 2581.4142306847716, 2581.4142306847716], // income_per_native_usd
        [1093848700.0, 1126509928.3332999, 1468030037.1951811, 2644175733.051461], // remittances_usd
        [0.058100000000000006, 0.0581, 0.05809999999999999, 0.058100000000000006], // remittances_to_gdp
        [48432732.74853801, 49878885.715676606, 65000494.54581837, 117077121.01230364], // transfer_costs_usd
        [0.0025725146198830413, 0.002572514619883041, 0.0025725146198830404, 0.0025725146198830413], // transfer_costs_to_gdp
        [0.019, 0.019000000000000003, 0.018999999999999993, 0.018999999999999996], // skilled_share
        [0.1257, 0.1257, 0.1257, 0.12569999999999995], // skilled_emigration_rate
        [2.617651272920956, 2.6176512729209556, 2.617651272920956, 2.6176512729209556], // capital_to_gdp
        [1303200.1402, 1342112.3931862316, 1748995.9537279443, 3150243.8920721887], // diaspora_people
        [86011.20925320001, 88579.41795029129, 115433.73294604433, 207916.09687676447], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.021740690992327835, 0.022250292450418718, 0.027409249613870278, 0.043565705493755456], // host_fiscal_pct_gdp
        [0.012454077727422802, 0.012746001115290813, 0.01570129142914255, 0.024956459877963903], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0055000000000000005,
        objective: 0.021656466119632376,
        near: [0.0025, 0.009000000000000001],
        skills_weight_for_current: Some((0.007497074216942362, Some(0.009982123275022611))),
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
        0.030019445794846868, 3.593365072131585, 1.3727439973781768, 0.8675581898841177,
        2.168895474710294, 0.0027316710511266157, 0.15906832894887338, 0.0019501441289377862,
        0.1332537899301283, 0.6243585096813167, 0.01870517391214203, 0.025110257240258494,
        0.01076264016927828, 0.10256067311319284, 0.15228582453631817,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [18826999999.999996, 19434530619.298943, 25730502828.43255, 47088902751.41055], // gdp_usd
        [2476.0124414731326, 2481.4357510757127, 2518.5498704865477, 2556.579264723166], // income_per_worker_usd
        [2433.9104690469503, 2439.244404338736, 2475.733547288865, 2513.0901370797924], // unskilled_stayer_income_usd
        [4649.803754635513, 4659.1789455144335, 4725.105006830967, 4796.891089405141], // skilled_stayer_income_usd
        [1477.262190392375, 1480.7070616454027, 1504.2525262311212, 1528.3199879758301], // wage_unskilled_usd
        [3693.1554759809374, 3700.6416028210997, 3753.6239857732235, 3812.1209403011794], // wage_skilled_usd
        [2583.1870377156156, 2587.7811964094017, 2619.270186713325, 2651.6477117155473], // income_per_native_usd
        [1115767372.4643464, 1148983180.5243297, 1496669694.3150344, 2695280496.2528768], // remittances_usd
        [0.05926421482256051, 0.05912070649050625, 0.058167137435852764, 0.05723812488223967], // remittances_to_gdp
        [34508269.251474634, 35535562.28425761, 46288753.43242375, 83359190.60575907], // transfer_costs_usd
        [0.0018329138604915622, 0.0018284754584692654, 0.0017989836320366835, 0.001770251285017722], // transfer_costs_to_gdp
        [0.019, 0.0190056715431942, 0.01903479437157943, 0.01904243344810445], // skilled_share
        [0.1257, 0.12509936274203706, 0.12141335033425092, 0.11862072520420766], // skilled_emigration_rate
        [2.617651272920956, 2.6289323014172514, 2.7067789981936063, 2.78777932415668], // capital_to_gdp
        [1303200.1402, 1341995.6837750142, 1747957.9659574, 3147264.0233537722], // diaspora_people
        [86011.20925320001, 88571.71512915094, 115365.2257531884, 207719.425541349], // corridor_migrants
        [0.1, 0.09999978232660922, 0.0999981699878065, 0.09999536390353579], // host_immigrant_share
        [0.10500000000000001, 0.10499954288637688, 0.10499615700955757, 0.10499026442310576], // host_surplus_pct_gdp
        [0.0, 7.255779066461798e-06, 2.670491074940884e-05, 2.721034237929132e-05], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.012541237070990386, 0.012834087706900409, 0.01580297309775513, 0.025113603688394534], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [18826999999.999996, 19389155392.999996, 25267298402.670937, 45510769932.03892], // gdp_usd
        [2473.2911087358702, 2473.2911087358707, 2473.2911087358702, 2473.2911087358693], // income_per_worker_usd
        [2431.1891363096875, 2431.189136309688, 2431.1891363096875, 2431.189136309687], // unskilled_stayer_income_usd
        [4647.08242189825, 4647.08242189825, 4647.082421898251, 4647.082421898249], // skilled_stayer_income_usd
        [1477.262190392375, 1477.2621903923753, 1477.2621903923748, 1477.2621903923746], // wage_unskilled_usd
        [3693.1554759809374, 3693.1554759809374, 3693.1554759809383, 3693.155475980937], // wage_skilled_usd
        [2581.414230684771, 2581.414230684772, 2581.4142306847716, 2581.4142306847716], // income_per_native_usd
        [1093848700.0, 1126509928.3332999, 1468030037.1951811, 2644175733.051461], // remittances_usd
        [0.058100000000000006, 0.0581, 0.05809999999999999, 0.058100000000000006], // remittances_to_gdp
        [48432732.74853801, 49878885.715676606, 65000494.54581837, 117077121.01230364], // transfer_costs_usd
        [0.0025725146198830413, 0.002572514619883041, 0.0025725146198830404, 0.0025725146198830413], // transfer_costs_to_gdp
        [0.019, 0.019000000000000003, 0.018999999999999993, 0.018999999999999996], // skilled_share
        [0.1257, 0.1257, 0.1257, 0.12569999999999995], // skilled_emigration_rate
        [2.617651272920956, 2.6176512729209556, 2.617651272920956, 2.6176512729209556], // capital_to_gdp
        [1303200.1402, 1342112.3931862316, 1748995.9537279443, 3150243.8920721887], // diaspora_people
        [86011.20925320001, 88579.41795029129, 115433.73294604433, 207916.09687676447], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.012454077727422802, 0.012746001115290813, 0.01570129142914255, 0.024956459877963903], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0055000000000000005,
        objective: 0.021751443626885053,
        near: [0.0025, 0.009000000000000001],
        skills_weight_for_current: Some((0.0191877072530823, Some(0.023115123733308398))),
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
        0.06992516370439662, 2.9763846212557974, 1.1492666847470776, 0.6988057484430314,
        1.7470143711075778, 0.0020769230769230773, 0.09732307692307693, 0.001510489510489511,
        0.08195627530364373, 1.1311715836903538, 0.043730146513482886, 0.016322528624415418,
        0.0036120401337792654, 0.03553891330186376, 0.2754624462216545,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460200000000.0, 474006000000.0, 618470317774.1648, 1117026189241.4807], // gdp_usd
        [6469.1843585766965, 6469.1843585766965, 6469.184358576696, 6469.184358576696], // income_per_worker_usd
        [6209.878669091229, 6209.878669091228, 6209.8786690912275, 6209.878669091228], // unskilled_stayer_income_usd
        [11846.958875297036, 11846.958875297038, 11846.958875297036, 11846.958875297028], // skilled_stayer_income_usd
        [3758.053470803874, 3758.053470803873, 3758.053470803873, 3758.053470803873], // wage_unskilled_usd
        [9395.13367700968, 9395.133677009682, 9395.13367700968, 9395.133677009673], // wage_skilled_usd
        [6366.015702587221, 6366.01570258722, 6366.015702587219, 6366.01570258722], // income_per_native_usd
        [21491340000.000004, 22136080200.000004, 28882563840.0535, 52165123037.57717], // remittances_usd
        [0.046700000000000005, 0.046700000000000005, 0.046700000000000005, 0.04670000000000002], // remittances_to_gdp
        [1029188135.8063504, 1060063779.880541, 1383142793.1367965, 2498109737.8364], // transfer_costs_usd
        [0.00223639316776695, 0.00223639316776695, 0.00223639316776695, 0.0022363931677669502], // transfer_costs_to_gdp
        [0.046, 0.046, 0.046, 0.04600000000000003], // skilled_share
        [0.04320000000000001, 0.04320000000000001, 0.0432, 0.04319999999999999], // skilled_emigration_rate
        [2.5898119738072967, 2.5898119738072967, 2.5898119738072958, 2.5898119738072967], // capital_to_gdp
        [7401260.5828, 7623298.400284001, 9946675.325018944, 17964802.05212575], // diaspora_people
        [1280418.0808243998, 1318830.6232491322, 1720774.8312282772, 3107910.755017754], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.43561707332167116, 0.4080673966318004, 0.35292367755946946], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460200000000.0, 474006000000.0, 618470317774.1648, 1117026189241.4807], // gdp_usd
        [6469.1843585766965, 6469.1843585766965, 6469.184358576696, 6469.184358576696], // income_per_worker_usd
        [6209.878669091229, 6209.878669091228, 6209.8786690912275, 6209.878669091228], // unskilled_stayer_income_usd
        [11846.958875297036, 11846.958875297038, 11846.958875297036, 11846.958875297028], // skilled_stayer_income_usd
        [3758.053470803874, 3758.053470803873, 3758.053470803873, 3758.053470803873], // wage_unskilled_usd
        [9395.13367700968, 9395.133677009682, 9395.13367700968, 9395.133677009673], // wage_skilled_usd
        [6366.015702587221, 6366.01570258722, 6366.015702587219, 6366.01570258722], // income_per_native_usd
        [21491340000.000004, 22136080200.000004, 28882563840.0535, 52165123037.57717], // remittances_usd
        [0.046700000000000005, 0.046700000000000005, 0.046700000000000005, 0.04670000000000002], // remittances_to_gdp
        [1029188135.8063504, 1060063779.880541, 1383142793.1367965, 2498109737.8364], // transfer_costs_usd
        [0.00223639316776695, 0.00223639316776695, 0.00223639316776695, 0.0022363931677669502], // transfer_costs_to_gdp
        [0.046, 0.046, 0.046, 0.04600000000000003], // skilled_share
        [0.04320000000000001, 0.04320000000000001, 0.0432, 0.04319999999999999], // skilled_emigration_rate
        [2.5898119738072967, 2.5898119738072967, 2.5898119738072958, 2.5898119738072967], // capital_to_gdp
        [7401260.5828, 7623298.400284001, 9946675.325018944, 17964802.05212575], // diaspora_people
        [1280418.0808243998, 1318830.6232491322, 1720774.8312282772, 3107910.755017754], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895835, 0.43561707332167116, 0.4080673966318004, 0.35292367755946946], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.011500000000000002,
        objective: 0.05310151819703303,
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
        0.011892987835031158, 3.8359160099990577, 1.5029849079152375, 0.9662152014092616,
        2.4155380035231544, 0.0009090051650572647, 0.18239099483494273, 0.0006489401734807862,
        0.15279151715169073, 0.24761273878979853, 0.007021892305465447, 0.02845545745430626,
        0.00919556995284078, 0.08824238927697481, 0.061680347189760704,
    ],
    years: [0, 1, 10, 40],
    scenario: [
        [2961000000.0, 3050837631.905585, 3992784945.322951, 9738152933.151815], // gdp_usd
        [719.6420215005307, 721.2122934198796, 728.576906282575, 735.3495986405001], // income_per_worker_usd
        [714.6305876326965, 716.6006046306849, 726.7610155362387, 736.840000125871], // unskilled_stayer_income_usd
        [1391.85138058328, 1272.3685771230425, 852.678803054276, 667.2777177036751], // skilled_stayer_income_usd
        [451.4805286337222, 452.774507611872, 459.96397283468565, 467.67523158013483], // wage_unskilled_usd
        [1128.7013215843058, 1008.5424801042298, 585.8817603527231, 398.11294915793894], // wage_skilled_usd
        [775.5375882129822, 777.2893072286337, 785.3633515550379, 792.7712013913797], // income_per_native_usd
        [73136700.0, 76051755.52316129, 101986689.43675071, 246332087.80924577], // remittances_usd
        [0.0247, 0.024928155706424333, 0.0255427454354173, 0.025295565750528708], // remittances_to_gdp
        [9252282.764447447, 9621056.826913385, 12901999.80144993, 31162660.20162025], // transfer_costs_usd
        [0.0031247155570575643, 0.0031535787831828907, 0.0032313285033202235, 0.0032000586164068648], // transfer_costs_to_gdp
        [0.0074, 0.00829786712701998, 0.014421240891612107, 0.021425425294775806], // skilled_share
        [0.1094, 0.09886380236115269, 0.0750211011608881, 0.0975640002144105], // skilled_emigration_rate
        [2.5521986214218115, 2.551168057305432, 2.5455540491941298, 2.551138208522082], // capital_to_gdp
        [772824.8775, 802364.5279285226, 1075393.352748034, 2607554.8164971224], // diaspora_people
        [442828.6548074999, 459754.8745030434, 616200.3911246235, 1494128.909852851], // corridor_migrants
        [0.131, 0.1315202998577858, 0.13341706230457745, 0.133864613595935], // host_immigrant_share
        [0.18019050000000003, 0.18162468738415985, 0.18690118139682677, 0.18815721511848432], // host_surplus_pct_gdp
        [0.0, -0.01796578574987384, -0.03324658634922262, -0.014140359209235953], // host_native_wage_change_pct
        [1.176833010733953, 1.1898520501889824, 1.2562498991889435, 1.3752035061895422], // host_fiscal_pct_gdp
        [0.28473393922815676, 0.2883371581286261, 0.3045946803608389, 0.3321426445506927], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [2961000000.0, 3049412499.0, 3973892312.6525006, 9606145364.4142], // gdp_usd
        [719.6420215005307, 719.6420215005307, 719.6420215005305, 719.6420215005306], // income_per_worker_usd
        [714.6305876326965, 714.6305876326965, 714.6305876326962, 714.6305876326963], // unskilled_stayer_income_usd
        [1391.85138058328, 1391.8513805832802, 1391.8513805832797, 1391.85138058328], // skilled_stayer_income_usd
        [451.4805286337222, 451.48052863372226, 451.4805286337221, 451.48052863372214], // wage_unskilled_usd
        [1128.7013215843058, 1128.7013215843062, 1128.7013215843056, 1128.7013215843058], // wage_skilled_usd
        [775.6034849806365, 775.6034849806366, 775.6034849806364, 775.6034849806365], // income_per_native_usd
        [73136700.0, 75320488.7253, 98155140.1225168, 237271790.50103068], // remittances_usd
        [0.0247, 0.024699999999999996, 0.024700000000000007, 0.024699999999999996], // remittances_to_gdp
        [9252282.764447447, 9528546.675511083, 12417283.131416734, 30016471.86354145], // transfer_costs_usd
        [0.0031247155570575643, 0.003124715557057564, 0.0031247155570575647, 0.0031247155570575643], // transfer_costs_to_gdp
        [0.0074, 0.007399999999999999, 0.0074, 0.0074], // skilled_share
        [0.1094, 0.1094, 0.10939999999999998, 0.1094], // skilled_emigration_rate
        [2.5521986214218115, 2.5521986214218115, 2.552198621421812, 2.5521986214218106], // capital_to_gdp
        [772824.8775, 795900.6555172724, 1037191.0975089028, 2507216.519588179], // diaspora_people
        [442828.6548074999, 456051.07561139704, 594310.4988726012, 1436635.0657240262], // corridor_migrants
        [0.131, 0.131, 0.131, 0.131], // host_immigrant_share
        [0.18019050000000003, 0.18019050000000003, 0.18019050000000003, 0.18019050000000003], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [1.176833010733953, 1.1802665668170516, 1.2116228990588862, 1.3222858927835732], // host_fiscal_pct_gdp
        [0.28473393922815676, 0.2855646857658424, 0.2931513288303468, 0.3199261642085278], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0015000000000000002,
        objective: 0.0052073422339471735,
        near: [0.001, 0.0025],
        skills_weight_for_current: Some((0.002933584167776677, Some(0.0034895435040439788))),
        income_alone: 0.013000000000000001,
        skills_alone: 0.0015000000000000002,
        band: [0.0005, 0.0030000000000000005],
    },
};

/// `cap` of worked.py.
#[rustfmt::skip]
const CAP: Worked = Worked {
    preset: "nepal-2022",
    host: "malaysia",
    settings: &[(RemitShareUnskilled, 0.5), (RemitShareSkilled, 0.3), (TransferCost, 0.0), (CostElasticity, 3.2), (DiasporaInvestment, 0.1), (EmigRateUnskilled, 0.1), (RemitDecay, 0.1), (ReturnRateUnskilled, 0.3)],
    calibration: [
        0.051832896929302555, 5.0877092936671655, 1.452044208193312, 0.898670540657608,
        2.2466763516440205, 0.0026575822989746358, 0.2961424177010254, 0.001015994873500313,
        0.17371437461507946, 2.5811707397211174, 0.02783922258929368, 0.04347640330058581,
        0.0049098634646519155, 0.04802791246579563, 0.44642548067118715,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [40828000000.0, 41763100304.99081, 50224925744.0301, 72483278657.01802], // gdp_usd
        [6758.974165969686, 6985.740368934592, 7222.307895629215, 7378.132409481497], // income_per_worker_usd
        [6613.0357161558095, 6839.146189245124, 7070.962598367565, 7221.891570294507], // unskilled_stayer_income_usd
        [10969.407352390961, 11234.88007683452, 11635.588610053614, 11934.33097462168], // skilled_stayer_income_usd
        [2904.247757490101, 2907.814197192796, 2989.614927435968, 3086.243930361094], // wage_unskilled_usd
        [7260.619393725254, 7303.548084782193, 7554.240939122016, 7798.683334688267], // wage_skilled_usd
        [5426.946369337497, 5488.28181353736, 5618.427694168084, 5739.845305025929], // income_per_native_usd
        [17978576392.554245, 20322577452.23564, 24841583754.89981, 34722868023.38206], // remittances_usd
        [0.4403491817515981, 0.4866156320728669, 0.49460667958981624, 0.47904659759785984], // remittances_to_gdp
        [0.0, 0.0, 0.0, 0.0], // transfer_costs_usd
        [0.0, 0.0, 0.0, 0.0], // transfer_costs_to_gdp
        [0.0335, 0.033349193431237927, 0.03315612207313058, 0.03315498105790429], // skilled_share
        [0.0735, 0.07349999999999997, 0.07349999999999995, 0.07349999999999995], // skilled_emigration_rate
        [3.5038253415145566, 3.51534497915096, 3.705984548766772, 3.931545793564303], // capital_to_gdp
        [2599714.7784, 2603617.860963673, 2967067.0011408925, 4147277.221770163], // diaspora_people
        [584935.82514, 585814.0187168263, 667590.0752567009, 933137.3748982868], // corridor_migrants
        [0.155, 0.15478629023693025, 0.15455687004342128, 0.1546449032802772], // host_immigrant_share
        [0.2522625, 0.25156735427576765, 0.25082217381499966, 0.25110798416094604], // host_surplus_pct_gdp
        [0.0, 0.007586657341085434, 0.004370918995633133, 0.0011322296360027906], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.9054880869895634, 0.9952958296274362, 0.9457280708843914, 0.7553038623295487], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [40828000000.0, 41517625748.00001, 48272761332.907425, 67482352616.766846], // gdp_usd
        [5760.628597055945, 5760.628597055946, 5760.628597055945, 5760.628597055945], // income_per_worker_usd
        [5614.690147242068, 5614.690147242068, 5614.690147242068, 5614.690147242069], // unskilled_stayer_income_usd
        [9971.06178347722, 9971.061783477218, 9971.061783477217, 9971.061783477222], // skilled_stayer_income_usd
        [2904.247757490101, 2904.247757490101, 2904.247757490101, 2904.2477574901013], // wage_unskilled_usd
        [7260.619393725254, 7260.619393725253, 7260.619393725252, 7260.619393725254], // wage_skilled_usd
        [5146.909301431914, 5146.909301431916, 5146.909301431914, 5146.909301431915], // income_per_native_usd
        [9292452799.999998, 9449411620.244797, 10986880479.369728, 15358983455.576136], // remittances_usd
        [0.22759999999999997, 0.2275999999999999, 0.22759999999999997, 0.2276], // remittances_to_gdp
        [441941501.2780221, 449406335.1761092, 522527104.29853934, 730460767.7384837], // transfer_costs_usd
        [0.010824470982610516, 0.010824470982610515, 0.010824470982610516, 0.010824470982610518], // transfer_costs_to_gdp
        [0.0335, 0.03350000000000001, 0.033500000000000016, 0.0335], // skilled_share
        [0.0735, 0.07349999999999997, 0.07349999999999995, 0.07349999999999997], // skilled_emigration_rate
        [3.5038253415145566, 3.5038253415145557, 3.503825341514555, 3.5038253415145557], // capital_to_gdp
        [2599714.7784, 2643626.5607219543, 3073758.4753437727, 4296925.379127282], // diaspora_people
        [584935.82514, 594815.9761624398, 691595.6569523489, 966808.2103036384], // corridor_migrants
        [0.155, 0.155, 0.155, 0.155], // host_immigrant_share
        [0.2522625, 0.2522625, 0.2522625, 0.2522625], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.4902711917455701, 0.48479343982954226, 0.4381673060187976, 0.34998316833799703], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.005,
        objective: 0.017889398749753396,
        near: [0.0025, 0.0085],
        skills_weight_for_current: Some((0.4737302493108371, Some(0.5854456001481293))),
        income_alone: 0.05,
        skills_alone: 0.0030000000000000005,
        band: [0.0015000000000000002, 0.009500000000000001],
    },
};

/// `bangladesh_default` of worked.py.
#[rustfmt::skip]
const BANGLADESH_DEFAULT: Worked = Worked {
    preset: "bangladesh-2022",
    host: "saudi-arabia",
    settings: &[],
    calibration: [
        0.06992516370439662, 3.5812329967900953, 1.2261427973805712, 0.7455498767982894,
        1.8638746919957232, 0.0020769230769230773, 0.09732307692307693, 0.0014274516344229488,
        0.08072788146738674, 1.1490896186098363, 0.043730146513482886, 0.014887778358329305,
        0.0029770434782608697, 0.029374759080464052, 0.2754624462216545,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460200000000.00006, 469834747200.00006, 566150369460.9015, 856844782420.266], // gdp_usd
        [6469.1843585766965, 6469.184358576698, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [6209.878669091229, 6209.87866909123, 6209.878669091228, 6209.8786690912275], // unskilled_stayer_income_usd
        [11846.95887529704, 11846.95887529704, 11846.95887529703, 11846.958875297028], // skilled_stayer_income_usd
        [3758.053470803874, 3758.053470803875, 3758.053470803873, 3758.053470803872], // wage_unskilled_usd
        [9395.133677009682, 9395.133677009682, 9395.133677009677, 9395.133677009671], // wage_skilled_usd
        [6366.015702587221, 6366.015702587221, 6366.015702587219, 6366.015702587219], // income_per_native_usd
        [21491339999.999996, 21941282694.239998, 26439222253.8241, 40014651339.02643], // remittances_usd
        [0.04669999999999999, 0.04669999999999999, 0.0467, 0.046700000000000005], // remittances_to_gdp
        [1029188135.80635, 1050735218.6175919, 1266134818.1910942, 1916241817.2414415], // transfer_costs_usd
        [0.002236393167766949, 0.0022363931677669494, 0.0022363931677669494, 0.00223639316776695], // transfer_costs_to_gdp
        [0.046, 0.04600000000000001, 0.04600000000000001, 0.046000000000000034], // skilled_share
        [0.04320000000000001, 0.04320000000000001, 0.043199999999999995, 0.04319999999999998], // skilled_emigration_rate
        [2.920730770054468, 2.920730770054468, 2.9207307700544676, 2.920730770054467], // capital_to_gdp
        [7401260.5828, 7556213.374361502, 9105229.060036132, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645396, 1575204.6273862508, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895824, 0.43178364307644035, 0.3735466371280278, 0.2707195360520147], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460200000000.00006, 469834747200.00006, 566150369460.9015, 856844782420.266], // gdp_usd
        [6469.1843585766965, 6469.184358576698, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [6209.878669091229, 6209.87866909123, 6209.878669091228, 6209.8786690912275], // unskilled_stayer_income_usd
        [11846.95887529704, 11846.95887529704, 11846.95887529703, 11846.958875297028], // skilled_stayer_income_usd
        [3758.053470803874, 3758.053470803875, 3758.053470803873, 3758.053470803872], // wage_unskilled_usd
        [9395.133677009682, 9395.133677009682, 9395.133677009677, 9395.133677009671], // wage_skilled_usd
        [6366.015702587221, 6366.015702587221, 6366.015702587219, 6366.015702587219], // income_per_native_usd
        [21491339999.999996, 21941282694.239998, 26439222253.8241, 40014651339.02643], // remittances_usd
        [0.04669999999999999, 0.04669999999999999, 0.0467, 0.046700000000000005], // remittances_to_gdp
        [1029188135.80635, 1050735218.6175919, 1266134818.1910942, 1916241817.2414415], // transfer_costs_usd
        [0.002236393167766949, 0.0022363931677669494, 0.0022363931677669494, 0.00223639316776695], // transfer_costs_to_gdp
        [0.046, 0.04600000000000001, 0.04600000000000001, 0.046000000000000034], // skilled_share
        [0.04320000000000001, 0.04320000000000001, 0.043199999999999995, 0.04319999999999998], // skilled_emigration_rate
        [2.920730770054468, 2.920730770054468, 2.9207307700544676, 2.920730770054467], // capital_to_gdp
        [7401260.5828, 7556213.374361502, 9105229.060036132, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645396, 1575204.6273862508, 2384005.9797282876], // corridor_migrants
        [0.763, 0.763, 0.763, 0.763], // host_immigrant_share
        [6.1127744999999996, 6.1127744999999996, 6.1127744999999996, 6.1127744999999996], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.43879073401895824, 0.43178364307644035, 0.3735466371280278, 0.2707195360520147], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0045000000000000005,
        objective: 0.020499547529141696,
        near: [0.0025, 0.008],
        skills_weight_for_current: None,
        income_alone: 0.013500000000000002,
        skills_alone: 0.004,
        band: [0.0015000000000000002, 0.009000000000000001],
    },
};

/// `mali_default` of worked.py.
#[rustfmt::skip]
const MALI_DEFAULT: Worked = Worked {
    preset: "mali-2022",
    host: "france",
    settings: &[],
    calibration: [
        0.030019445794846868, 3.593365072131585, 1.3727439973781768, 0.8675581898841177,
        2.168895474710294, 0.0027316710511266157, 0.15906832894887338, 0.0019501441289377862,
        0.1332537899301283, 0.6243585096813167, 0.01870517391214203, 0.025110257240258494,
        0.01076264016927828, 0.10256067311319284, 0.15228582453631817,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [18826999999.999996, 19389155392.999996, 25267298402.670937, 45510769932.03892], // gdp_usd
        [2473.2911087358702, 2473.2911087358707, 2473.2911087358702, 2473.2911087358693], // income_per_worker_usd
        [2431.1891363096875, 2431.189136309688, 2431.1891363096875, 2431.189136309687], // unskilled_stayer_income_usd
        [4647.08242189825, 4647.08242189825, 4647.082421898251, 4647.082421898249], // skilled_stayer_income_usd
        [1477.262190392375, 1477.2621903923753, 1477.2621903923748, 1477.2621903923746], // wage_unskilled_usd
        [3693.1554759809374, 3693.1554759809374, 3693.1554759809383, 3693.155475980937], // wage_skilled_usd
        [2581.414230684771, 2581.414230684772, 2581.4142306847716, 2581.4142306847716], // income_per_native_usd
        [1093848700.0, 1126509928.3332999, 1468030037.1951811, 2644175733.051461], // remittances_usd
        [0.058100000000000006, 0.0581, 0.05809999999999999, 0.058100000000000006], // remittances_to_gdp
        [48432732.74853801, 49878885.715676606, 65000494.54581837, 117077121.01230364], // transfer_costs_usd
        [0.0025725146198830413, 0.002572514619883041, 0.0025725146198830404, 0.0025725146198830413], // transfer_costs_to_gdp
        [0.019, 0.019000000000000003, 0.018999999999999993, 0.018999999999999996], // skilled_share
        [0.1257, 0.1257, 0.1257, 0.12569999999999995], // skilled_emigration_rate
        [2.617651272920956, 2.6176512729209556, 2.617651272920956, 2.6176512729209556], // capital_to_gdp
        [1303200.1402, 1342112.3931862316, 1748995.9537279443, 3150243.8920721887], // diaspora_people
        [86011.20925320001, 88579.41795029129, 115433.73294604433, 207916.09687676447], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.012454077727422802, 0.012746001115290813, 0.01570129142914255, 0.024956459877963903], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [18826999999.999996, 19389155392.999996, 25267298402.670937, 45510769932.03892], // gdp_usd
        [2473.2911087358702, 2473.2911087358707, 2473.2911087358702, 2473.2911087358693], // income_per_worker_usd
        [2431.1891363096875, 2431.189136309688, 2431.1891363096875, 2431.189136309687], // unskilled_stayer_income_usd
        [4647.08242189825, 4647.08242189825, 4647.082421898251, 4647.082421898249], // skilled_stayer_income_usd
        [1477.262190392375, 1477.2621903923753, 1477.2621903923748, 1477.2621903923746], // wage_unskilled_usd
        [3693.1554759809374, 3693.1554759809374, 3693.1554759809383, 3693.155475980937], // wage_skilled_usd
        [2581.414230684771, 2581.414230684772, 2581.4142306847716, 2581.4142306847716], // income_per_native_usd
        [1093848700.0, 1126509928.3332999, 1468030037.1951811, 2644175733.051461], // remittances_usd
        [0.058100000000000006, 0.0581, 0.05809999999999999, 0.058100000000000006], // remittances_to_gdp
        [48432732.74853801, 49878885.715676606, 65000494.54581837, 117077121.01230364], // transfer_costs_usd
        [0.0025725146198830413, 0.002572514619883041, 0.0025725146198830404, 0.0025725146198830413], // transfer_costs_to_gdp
        [0.019, 0.019000000000000003, 0.018999999999999993, 0.018999999999999996], // skilled_share
        [0.1257, 0.1257, 0.1257, 0.12569999999999995], // skilled_emigration_rate
        [2.617651272920956, 2.6176512729209556, 2.617651272920956, 2.6176512729209556], // capital_to_gdp
        [1303200.1402, 1342112.3931862316, 1748995.9537279443, 3150243.8920721887], // diaspora_people
        [86011.20925320001, 88579.41795029129, 115433.73294604433, 207916.09687676447], // corridor_migrants
        [0.1, 0.1, 0.1, 0.1], // host_immigrant_share
        [0.10500000000000001, 0.10500000000000001, 0.10500000000000001, 0.10500000000000001], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.012454077727422802, 0.012746001115290813, 0.01570129142914255, 0.024956459877963903], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0055000000000000005,
        objective: 0.021722052721185936,
        near: [0.0025, 0.009000000000000001],
        skills_weight_for_current: Some((0.00924981513588673, Some(0.01185585007108241))),
        income_alone: 0.014000000000000002,
        skills_alone: 0.005,
        band: [0.0015000000000000002, 0.009500000000000001],
    },
};

/// `nepal_default` of worked.py.
#[rustfmt::skip]
const NEPAL_DEFAULT: Worked = Worked {
    preset: "nepal-2022",
    host: "malaysia",
    settings: &[],
    calibration: [
        0.051832896929302555, 5.0877092936671655, 1.452044208193312, 0.898670540657608,
        2.2466763516440205, 0.0026575822989746358, 0.2961424177010254, 0.0017899514214214578,
        0.24445691624352753, 1.8319760571727581, 0.02783922258929368, 0.04347640330058581,
        0.0049098634646519155, 0.04802791246579563, 0.4464254806711872,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [40828000000.0, 41517625748.00001, 48272761332.907425, 67482352616.766846], // gdp_usd
        [5760.628597055945, 5760.628597055946, 5760.628597055945, 5760.628597055945], // income_per_worker_usd
        [5614.690147242068, 5614.690147242068, 5614.690147242068, 5614.690147242068], // unskilled_stayer_income_usd
        [9971.061783477222, 9971.061783477218, 9971.061783477217, 9971.06178347722], // skilled_stayer_income_usd
        [2904.247757490101, 2904.247757490101, 2904.247757490101, 2904.2477574901013], // wage_unskilled_usd
        [7260.619393725254, 7260.619393725253, 7260.619393725252, 7260.619393725254], // wage_skilled_usd
        [5146.909301431914, 5146.909301431916, 5146.909301431914, 5146.909301431915], // income_per_native_usd
        [9292452800.0, 9449411620.244799, 10986880479.369728, 15358983455.576128], // remittances_usd
        [0.2276, 0.22759999999999997, 0.22759999999999997, 0.2275999999999999], // remittances_to_gdp
        [441941501.2780222, 449406335.1761092, 522527104.29853934, 730460767.7384834], // transfer_costs_usd
        [0.010824470982610518, 0.010824470982610515, 0.010824470982610516, 0.010824470982610513], // transfer_costs_to_gdp
        [0.0335, 0.03350000000000001, 0.033500000000000016, 0.0335], // skilled_share
        [0.0735, 0.07349999999999997, 0.07349999999999995, 0.07349999999999997], // skilled_emigration_rate
        [3.5038253415145566, 3.5038253415145557, 3.5038253415145553, 3.5038253415145557], // capital_to_gdp
        [2599714.7784, 2643626.5607219543, 3073758.4753437727, 4296925.379127282], // diaspora_people
        [584935.82514, 594815.9761624398, 691595.6569523489, 966808.2103036384], // corridor_migrants
        [0.155, 0.155, 0.155, 0.155], // host_immigrant_share
        [0.2522625, 0.2522625, 0.2522625, 0.2522625], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.4902711917455702, 0.4847934398295424, 0.4381673060187976, 0.3499831683379969], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [40828000000.0, 41517625748.00001, 48272761332.907425, 67482352616.766846], // gdp_usd
        [5760.628597055945, 5760.628597055946, 5760.628597055945, 5760.628597055945], // income_per_worker_usd
        [5614.690147242068, 5614.690147242068, 5614.690147242068, 5614.690147242068], // unskilled_stayer_income_usd
        [9971.061783477222, 9971.061783477218, 9971.061783477217, 9971.06178347722], // skilled_stayer_income_usd
        [2904.247757490101, 2904.247757490101, 2904.247757490101, 2904.2477574901013], // wage_unskilled_usd
        [7260.619393725254, 7260.619393725253, 7260.619393725252, 7260.619393725254], // wage_skilled_usd
        [5146.909301431914, 5146.909301431916, 5146.909301431914, 5146.909301431915], // income_per_native_usd
        [9292452800.0, 9449411620.244799, 10986880479.369728, 15358983455.576128], // remittances_usd
        [0.2276, 0.22759999999999997, 0.22759999999999997, 0.2275999999999999], // remittances_to_gdp
        [441941501.2780222, 449406335.1761092, 522527104.29853934, 730460767.7384834], // transfer_costs_usd
        [0.010824470982610518, 0.010824470982610515, 0.010824470982610516, 0.010824470982610513], // transfer_costs_to_gdp
        [0.0335, 0.03350000000000001, 0.033500000000000016, 0.0335], // skilled_share
        [0.0735, 0.07349999999999997, 0.07349999999999995, 0.07349999999999997], // skilled_emigration_rate
        [3.5038253415145566, 3.5038253415145557, 3.5038253415145553, 3.5038253415145557], // capital_to_gdp
        [2599714.7784, 2643626.5607219543, 3073758.4753437727, 4296925.379127282], // diaspora_people
        [584935.82514, 594815.9761624398, 691595.6569523489, 966808.2103036384], // corridor_migrants
        [0.155, 0.155, 0.155, 0.155], // host_immigrant_share
        [0.2522625, 0.2522625, 0.2522625, 0.2522625], // host_surplus_pct_gdp
        [0.0, 0.0, 0.0, 0.0], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.4902711917455702, 0.4847934398295424, 0.4381673060187976, 0.3499831683379969], // host_remittance_outflow_pct_gdp
    ],
    optimum: Opt {
        emig_rate_skilled: 0.0035000000000000005,
        objective: 0.015687015372989967,
        near: [0.002, 0.006000000000000001],
        skills_weight_for_current: Some((0.11132983761316094, Some(0.14890799421935322))),
        income_alone: 0.020500000000000004,
        skills_alone: 0.0030000000000000005,
        band: [0.001, 0.007000000000000001],
    },
};

/// The scenarios above, in worked.py's order.
const SCENARIOS: [(&str, &Worked); 10] = [
    ("cost", &COST),
    ("displacement", &DISPLACEMENT),
    ("theta_r", &THETA_R),
    ("levers", &LEVERS),
    ("assumptions", &ASSUMPTIONS),
    ("history2000", &HISTORY2000),
    ("cap", &CAP),
    ("bangladesh_default", &BANGLADESH_DEFAULT),
    ("mali_default", &MALI_DEFAULT),
    ("nepal_default", &NEPAL_DEFAULT),
];

/// `history` of worked.py: preset, quantity, year, model, observed.
#[rustfmt::skip]
const HISTORY: [(&str, &str, i32, f64, f64); 12] = [
    ("bangladesh-2000", "remittances_to_gdp", 2022, 0.036900000000000016, 0.0467),
    ("bangladesh-2000", "skilled_share", 2010, 0.041999999999999975, 0.046),
    ("bangladesh-2000", "diaspora_people", 2020, 8236668.476765161, 7401763.0),
    ("mali-2000", "remittances_to_gdp", 2022, 0.0247, 0.0581),
    ("mali-2000", "skilled_share", 2010, 0.0074, 0.019),
    ("mali-2000", "diaspora_people", 2020, 1391991.1277076122, 1303511.0),
    ("nepal-2000", "remittances_to_gdp", 2022, 0.020299999999999988, 0.2276),
    ("nepal-2000", "skilled_share", 2010, 0.03729999999999998, 0.0335),
    ("nepal-2000", "diaspora_people", 2020, 1366403.7048774243, 2599701.0),
    ("senegal-2000", "remittances_to_gdp", 2022, 0.03889999999999999, 0.0979),
    ("senegal-2000", "skilled_share", 2010, 0.0126, 0.0298),
    ("senegal-2000", "diaspora_people", 2020, 708520.8885179342, 693765.0),
];
