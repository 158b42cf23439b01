//! Worked numbers: values computed by `tests/worked/worked.py`, an independent
//! re-implementation of docs/model.md written from its text, asserted here to
//! 1e-9 relative: the start-up values, every CSV column at t = 0, 1, 10 and the
//! last year (scenario and baseline), the optimum and the history check.
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
use migration_model::{Calibration, Kind, ParamId, ParamId::*, Params, Quantity, COLUMNS, SPECS};

const TOL: f64 = 1e-9;

/// One scenario of worked.py.
struct Worked {
    preset: &'static str,
    host: &'static str,
    settings: &'static [(ParamId, f64)],
    /// In the order of [`CALIBRATION`].
    calibration: [f64; 14],
    /// The years of the rows: 0, 1, 10 and the last.
    years: [usize; 4],
    /// One line per CSV column after `year`, its values in `years`.
    scenario: [[f64; 4]; 16],
    baseline: [[f64; 4]; 16],
    /// e_s at the optimum, W there, and the band.
    optimum: (f64, f64, [f64; 2]),
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
    // The calibration is the baseline's: it reads the defaults only.
    assert_eq!(s.baseline().calibration(), cal);
    for (which, run, expected) in [
        ("scenario", s.run(), &w.scenario),
        ("baseline", s.baseline().run(), &w.baseline),
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
    let opt = s.optimum();
    let (e_s, objective, band) = w.optimum;
    assert_eq!(opt.emig_rate_skilled, e_s, "{name}: optimum");
    assert_worked(&format!("{name}: W*"), opt.objective, objective, TOL);
    assert_eq!(opt.band, band, "{name}: band");
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
fn bangladesh_2022_defaults() {
    check("bangladesh_default", &BANGLADESH_DEFAULT);
}

#[test]
fn mali_2022_defaults() {
    check("mali_default", &MALI_DEFAULT);
}

#[test]
fn history_check() {
    let rows = catalogue().history();
    assert_eq!(rows.len(), HISTORY.len());
    for (row, (preset, quantity, model, observed)) in rows.iter().zip(HISTORY) {
        assert_eq!(
            (row.preset.id.as_str(), row.quantity.key()),
            (preset, quantity)
        );
        let what = format!("{preset} {quantity}");
        assert_worked(&format!("{what}: model"), row.model, model, TOL);
        assert_worked(&format!("{what}: observed"), row.observed, observed, TOL);
    }
    let quantities: Vec<Quantity> = rows.iter().take(4).map(|r| r.quantity).collect();
    assert_eq!(quantities, Quantity::ALL);
}

/// By hand (§3 step 3): at t = 0 the stocks are the baseline's, so a cost
/// change c̄ → c scales what arrives by (1 − c)/(1 − c̄)·exp(−η(c − c̄)):
/// R = rem_gdp0·GDP·(1 − c)/(1 − c̄)·exp(−η(c − c̄)).
#[test]
fn remittances_at_t0_after_a_cost_change_by_hand() {
    let (rem_gdp0, gdp, c_bar, eta): (f64, f64, f64, f64) = (0.0581, 18.827e9, 0.0424, 1.6);
    for c in [0.0, 0.03, 0.1] {
        let by_hand = rem_gdp0 * gdp * (1.0 - c) / (1.0 - c_bar) * (-eta * (c - c_bar)).exp();
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
    // And K/Y at t = 0 is at its steady ratio v = (s + φ̄·rem_gdp0 + f̄·ω̄_s·(1 − p̄ῑ)·γ·Ds0/S0)/(n + δ).
    let s = scenario("mali-2022", "france", &[]);
    let gamma = s.calibration().gamma;
    let ds0 = 0.019 * 0.15 / 0.85;
    let v = (0.2 + 0.25 * 0.0581 + 0.02 * 4.0 * (1.0 - 0.25 * 0.2) * gamma * ds0 / 0.019)
        / (0.029859 + 0.05);
    assert_rel(
        "K/Y at t = 0",
        s.run().outputs()[0].capital_to_gdp,
        v,
        1e-12,
    );
}

// Generated by tests/worked/worked_rs.py from worked.py's output: do not edit below.

/// `levers` of worked.py.
#[rustfmt::skip]
const LEVERS: Worked = Worked {
    preset: "mali-2022",
    host: "france",
    settings: &[(TransferCost, 0.03), (InvestedShare, 0.45), (EmigRateSkilled, 0.01)],
    calibration: [
        0.030019445794846868, 3.750160859415037, 1.3934184205352778, 0.8806241841010507,
        2.201560460252627, 0.003352941176470588, 0.1584470588235294, 0.002393669818798689,
        0.1327333431553397, 0.6250575437316429, 0.019239921825159743, 0.025012184589554474,
        0.013210411764705882, 0.12452129798906197,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [18827000000.0, 19420911810.33231, 25589864371.799362, 46602213434.88109], // gdp_usd
        [2477.806260410418, 2481.436312960985, 2506.3247349822814, 2531.815910955054], // income_per_worker_usd
        [1130215487.980802, 1163536173.513215, 1513513094.4161425, 2724031042.124382], // remittances_usd
        [0.06003162946729707, 0.0599115111008429, 0.059145022123840166, 0.058452825334804455], // remittances_to_gdp
        [34955118.18497326, 35985654.85092418, 46809683.33245801, 84248382.7461149], // transfer_costs_usd
        [0.001856648334040116, 0.00185293333301576, 0.0018292274883661907, 0.001807819340251684], // transfer_costs_to_gdp
        [0.019, 0.019025673558414793, 0.019160102900300402, 0.01920339406603084], // skilled_share
        [0.15, 0.14756434950222674, 0.13253124489835033, 0.1210412011157059], // skilled_emigration_rate
        [2.6913386561765296, 2.6990451697792337, 2.752362335455597, 2.808097493649326], // capital_to_gdp
        [1303200.1402, 1341621.0929873725, 1744619.7473864877, 3137675.176064815], // diaspora_people
        [86011.20925320001, 88546.99213716658, 115144.90332750819, 207086.56162027776], // corridor_migrants
        [0.1, 0.10007165275815835, 0.10077756572296331, 0.10284504965151367], // host_immigrant_share
        [0.10500000000000001, 0.10515052470036894, 0.106639236406985, 0.11105959449713428], // host_surplus_pct_gdp
        [0.0, -0.002388425271944847, -0.012366934499204165, -0.021509292175666002], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.0027671282072232435, 0.002830952147374344, 0.0034809703626777263, 0.005528641472123495], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [18827000000.0, 19389155393.000004, 25267298402.670933, 45510769932.038925], // gdp_usd
        [2473.2911087358707, 2473.2911087358707, 2473.2911087358707, 2473.2911087358702], // income_per_worker_usd
        [1093848700.0, 1126509928.3333, 1468030037.1951814, 2644175733.051461], // remittances_usd
        [0.0581, 0.0581, 0.058100000000000006, 0.0581], // remittances_to_gdp
        [48432732.74853802, 49878885.71567661, 65000494.545818396, 117077121.01230365], // transfer_costs_usd
        [0.002572514619883041, 0.002572514619883041, 0.0025725146198830413, 0.0025725146198830413], // transfer_costs_to_gdp
        [0.019, 0.019, 0.01900000000000001, 0.019], // skilled_share
        [0.15, 0.15, 0.14999999999999997, 0.15], // skilled_emigration_rate
        [2.6913386561765296, 2.691338656176529, 2.6913386561765305, 2.69133865617653], // capital_to_gdp
        [1303200.1402, 1342112.3931862318, 1748995.9537279443, 3150243.892072187], // diaspora_people
        [86011.20925320001, 88579.4179502913, 115433.73294604433, 207916.09687676435], // corridor_migrants
        [0.1, 0.10007256892949934, 0.10078526773481952, 0.10286448017492934], // host_immigrant_share
        [0.10500000000000001, 0.10515245004756867, 0.10665553701998215, 0.11110156345741352], // host_surplus_pct_gdp
        [0.0, -0.0024189643166446706, -0.01247942481828328, -0.021623330264555658], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.002712769405973283, 0.0027763566785781973, 0.0034200832815954084, 0.005436060567477284], // host_remittance_outflow_pct_gdp
    ],
    optimum: (0.0055, 0.021352312742594498, [0.0015, 0.0095]),
};

/// `assumptions` of worked.py.
#[rustfmt::skip]
const ASSUMPTIONS: Worked = Worked {
    preset: "bangladesh-2022",
    host: "saudi-arabia",
    settings: &[(LabourGrowth, 0.03), (Retirement, 0.03), (SkillSpillover, 1.2), (BrainGain, 1.1), (CostElasticity, 2.5), (HostWageAdjustment, 0.5)],
    calibration: [
        0.06992516370439662, 3.0803974333793027, 1.1631668403035984, 0.7072576671630861,
        1.7681441679077148, 0.002167539267015707, 0.09723246073298429, 0.0015763921941932414,
        0.0818799669330394, 1.1314624131527946, 0.04381256982628316, 0.016307330940542437,
        0.0037696335078534035, 0.03706326475055011,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460199999999.99994, 474006000000.00006, 618470317774.1648, 1117026189241.482], // gdp_usd
        [6469.184358576696, 6469.1843585766965, 6469.184358576694, 6469.184358576694], // income_per_worker_usd
        [21491340000.0, 22136080199.999996, 28882563840.053493, 52165123037.5772], // remittances_usd
        [0.0467, 0.046699999999999985, 0.0467, 0.0467], // remittances_to_gdp
        [1029188135.8063501, 1060063779.8805404, 1383142793.1367962, 2498109737.8364015], // transfer_costs_usd
        [0.0022363931677669494, 0.002236393167766949, 0.0022363931677669494, 0.002236393167766949], // transfer_costs_to_gdp
        [0.046, 0.046, 0.04599999999999999, 0.045999999999999985], // skilled_share
        [0.045000000000000005, 0.045, 0.045, 0.04499999999999998], // skilled_emigration_rate
        [2.648285118388767, 2.648285118388766, 2.6482851183887663, 2.6482851183887646], // capital_to_gdp
        [7401260.5828, 7623298.400283999, 9946675.325018942, 17964802.052125756], // diaspora_people
        [1280418.0808243998, 1318830.6232491317, 1720774.831228277, 3107910.755017755], // corridor_migrants
        [0.763, 0.7635501119546012, 0.7674529356470249, 0.7716879975863128], // host_immigrant_share
        [6.1127744999999996, 6.121592121391782, 6.184332088548984, 6.252774838997117], // host_surplus_pct_gdp
        [0.0, -0.06963442463305575, -0.1293204134362819, -0.10980829014833686], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.3514388749318508, 0.3488970077993012, 0.3268317574875067, 0.28266572323050115], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460199999999.99994, 474006000000.00006, 618470317774.1648, 1117026189241.482], // gdp_usd
        [6469.184358576696, 6469.1843585766965, 6469.184358576694, 6469.184358576694], // income_per_worker_usd
        [21491340000.0, 22136080199.999996, 28882563840.053493, 52165123037.5772], // remittances_usd
        [0.0467, 0.046699999999999985, 0.0467, 0.0467], // remittances_to_gdp
        [1029188135.8063501, 1060063779.8805404, 1383142793.1367962, 2498109737.8364015], // transfer_costs_usd
        [0.0022363931677669494, 0.002236393167766949, 0.0022363931677669494, 0.002236393167766949], // transfer_costs_to_gdp
        [0.046, 0.046, 0.04599999999999999, 0.045999999999999985], // skilled_share
        [0.045000000000000005, 0.045, 0.045, 0.04499999999999998], // skilled_emigration_rate
        [2.648285118388767, 2.648285118388766, 2.6482851183887663, 2.6482851183887646], // capital_to_gdp
        [7401260.5828, 7623298.400283999, 9946675.325018942, 17964802.052125756], // diaspora_people
        [1280418.0808243998, 1318830.6232491317, 1720774.831228277, 3107910.755017755], // corridor_migrants
        [0.763, 0.7635501119546012, 0.7674529356470249, 0.7716879975863128], // host_immigrant_share
        [6.1127744999999996, 6.121592121391782, 6.184332088548984, 6.252774838997117], // host_surplus_pct_gdp
        [0.0, -0.06963442463305575, -0.1293204134362819, -0.10980829014833686], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.3514388749318508, 0.3488970077993012, 0.3268317574875067, 0.28266572323050115], // host_remittance_outflow_pct_gdp
    ],
    optimum: (0.012, 0.0508754250005137, [0.004, 0.02]),
};

/// `history2000` of worked.py.
#[rustfmt::skip]
const HISTORY2000: Worked = Worked {
    preset: "mali-2000",
    host: "cote-divoire",
    settings: &[(EmigRateUnskilled, 0.03), (ReturnUpgrade, 0.1), (DiasporaInvestment, 0.05), (HostFiscalPerMigrant, 0.2), (HorizonYears, 40.0)],
    calibration: [
        0.011892987835031158, 3.9090795876329367, 1.5129567657366447, 0.9726257518829187,
        2.4315643797072974, 0.0013058823529411767, 0.1819941176470588, 0.0009322714031110685,
        0.1524590475157059, 0.24776844659751895, 0.007357290926173564, 0.028393539255194316,
        0.013210411764705882, 0.12452129798906197,
    ],
    years: [0, 1, 10, 40],
    scenario: [
        [2961000000.0, 3054573204.2943654, 4016174206.4630075, 9841552458.87312], // gdp_usd
        [719.6420215005307, 722.1239285845094, 732.8187315564801, 743.3037727951147], // income_per_worker_usd
        [73136700.0, 76081549.1014044, 101998038.67386627, 246175018.56518194], // remittances_usd
        [0.024700000000000003, 0.024907423725986606, 0.025396816330757382, 0.025013840000744105], // remittances_to_gdp
        [9252282.764447449, 9624825.914259, 12903435.556015752, 31142789.889455814], // transfer_costs_usd
        [0.0031247155570575647, 0.0031509560486969648, 0.0032128674934595626, 0.0031644184207317363], // transfer_costs_to_gdp
        [0.0074, 0.009181391019643334, 0.021146177674551198, 0.03406237076029107], // skilled_share
        [0.15, 0.12468969633700241, 0.08787730598176619, 0.13195978067406092], // skilled_emigration_rate
        [2.583735157646519, 2.5796018633477695, 2.568437629458262, 2.585368665969032], // capital_to_gdp
        [772824.8775, 802623.6540627362, 1075993.0017835856, 2613956.4076939737], // diaspora_people
        [442828.6548074999, 459903.3537779478, 616543.9900219946, 1497797.021608647], // corridor_migrants
        [0.131, 0.13339343517034113, 0.14981845308865702, 0.18071995574633765], // host_immigrant_share
        [0.18019050000000003, 0.18683498973871204, 0.23567847330172031, 0.3429268752520615], // host_surplus_pct_gdp
        [0.0, -0.08262722107046479, -0.3198896912346854, -0.35136861356505633], // host_native_wage_change_pct
        [1.176833010733953, 1.1902363166306302, 1.256950395466455, 1.3785796540670119], // host_fiscal_pct_gdp
        [0.28473393922815676, 0.28845011535915954, 0.3046285761296952, 0.33193085974196185], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [2961000000.0, 3049412498.9999995, 3973892312.6525016, 9606145364.414206], // gdp_usd
        [719.6420215005307, 719.6420215005306, 719.6420215005307, 719.6420215005304], // income_per_worker_usd
        [73136700.0, 75320488.7253, 98155140.12251681, 237271790.50103098], // remittances_usd
        [0.024700000000000003, 0.024700000000000003, 0.024700000000000007, 0.024700000000000014], // remittances_to_gdp
        [9252282.764447449, 9528546.675511084, 12417283.131416738, 30016471.863541488], // transfer_costs_usd
        [0.0031247155570575647, 0.003124715557057565, 0.003124715557057565, 0.003124715557057566], // transfer_costs_to_gdp
        [0.0074, 0.0073999999999999995, 0.007400000000000003, 0.0074], // skilled_share
        [0.15, 0.15000000000000002, 0.14999999999999994, 0.1499999999999999], // skilled_emigration_rate
        [2.583735157646519, 2.5837351576465193, 2.5837351576465184, 2.583735157646518], // capital_to_gdp
        [772824.8775, 795900.6555172725, 1037191.0975089028, 2507216.519588181], // diaspora_people
        [442828.6548074999, 456051.0756113971, 594310.4988726012, 1436635.0657240273], // corridor_migrants
        [0.131, 0.13285459693932788, 0.14745552398059156, 0.17799331302415106], // host_immigrant_share
        [0.18019050000000003, 0.18532861124306832, 0.2283028813001035, 0.33265700455379094], // host_surplus_pct_gdp
        [0.0, -0.06402521079382786, -0.2875063991821179, -0.33729309391612006], // host_native_wage_change_pct
        [1.176833010733953, 1.1802665668170518, 1.2116228990588862, 1.3222858927835743], // host_fiscal_pct_gdp
        [0.28473393922815676, 0.2855646857658424, 0.29315132883034684, 0.3199261642085282], // host_remittance_outflow_pct_gdp
    ],
    optimum: (0.001, 0.0023453146219210817, [0.0005, 0.0015]),
};

/// `bangladesh_default` of worked.py.
#[rustfmt::skip]
const BANGLADESH_DEFAULT: Worked = Worked {
    preset: "bangladesh-2022",
    host: "saudi-arabia",
    settings: &[],
    calibration: [
        0.06992516370439662, 3.706382855516507, 1.2409727544691198, 0.7545671565995585,
        1.8864178914988956, 0.002167539267015707, 0.09723246073298429, 0.0014897313741447176,
        0.08065271683753635, 1.1494160569540626, 0.04381256982628316, 0.01487391655086876,
        0.0031069319371727746, 0.030638512659099226,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [460199999999.99994, 469834747199.9999, 566150369460.9014, 856844782420.266], // gdp_usd
        [6469.184358576696, 6469.1843585766965, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [21491339999.999996, 21941282694.24, 26439222253.82409, 40014651339.02643], // remittances_usd
        [0.0467, 0.04670000000000001, 0.04669999999999999, 0.046700000000000005], // remittances_to_gdp
        [1029188135.8063499, 1050735218.6175919, 1266134818.1910937, 1916241817.2414412], // transfer_costs_usd
        [0.0022363931677669494, 0.00223639316776695, 0.002236393167766949, 0.0022363931677669494], // transfer_costs_to_gdp
        [0.046, 0.046000000000000006, 0.04600000000000002, 0.04599999999999999], // skilled_share
        [0.045000000000000005, 0.045000000000000005, 0.04499999999999999, 0.044999999999999984], // skilled_emigration_rate
        [2.9866754464743055, 2.9866754464743055, 2.9866754464743055, 2.9866754464743037], // capital_to_gdp
        [7401260.5828, 7556213.3743615, 9105229.06003613, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645394, 1575204.6273862503, 2384005.9797282876], // corridor_migrants
        [0.763, 0.7633841742159025, 0.765999544173015, 0.7683238230415663], // host_immigrant_share
        [6.1127744999999996, 6.118931673154602, 6.1609306675693, 6.198375719058685], // host_surplus_pct_gdp
        [0.0, -0.04862964758259697, -0.1950338786270898, -0.15952136300873193], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.3514388749318508, 0.34582671413066746, 0.2991831862182814, 0.21682629507869694], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [460199999999.99994, 469834747199.9999, 566150369460.9014, 856844782420.266], // gdp_usd
        [6469.184358576696, 6469.1843585766965, 6469.184358576696, 6469.184358576695], // income_per_worker_usd
        [21491339999.999996, 21941282694.24, 26439222253.82409, 40014651339.02643], // remittances_usd
        [0.0467, 0.04670000000000001, 0.04669999999999999, 0.046700000000000005], // remittances_to_gdp
        [1029188135.8063499, 1050735218.6175919, 1266134818.1910937, 1916241817.2414412], // transfer_costs_usd
        [0.0022363931677669494, 0.00223639316776695, 0.002236393167766949, 0.0022363931677669494], // transfer_costs_to_gdp
        [0.046, 0.046000000000000006, 0.04600000000000002, 0.04599999999999999], // skilled_share
        [0.045000000000000005, 0.045000000000000005, 0.04499999999999999, 0.044999999999999984], // skilled_emigration_rate
        [2.9866754464743055, 2.9866754464743055, 2.9866754464743055, 2.9866754464743037], // capital_to_gdp
        [7401260.5828, 7556213.3743615, 9105229.06003613, 13780381.385712646], // diaspora_people
        [1280418.0808243998, 1307224.9137645394, 1575204.6273862503, 2384005.9797282876], // corridor_migrants
        [0.763, 0.7633841742159025, 0.765999544173015, 0.7683238230415663], // host_immigrant_share
        [6.1127744999999996, 6.118931673154602, 6.1609306675693, 6.198375719058685], // host_surplus_pct_gdp
        [0.0, -0.04862964758259697, -0.1950338786270898, -0.15952136300873193], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.3514388749318508, 0.34582671413066746, 0.2991831862182814, 0.21682629507869694], // host_remittance_outflow_pct_gdp
    ],
    optimum: (0.0045, 0.019614824506346856, [0.0015, 0.009]),
};

/// `mali_default` of worked.py.
#[rustfmt::skip]
const MALI_DEFAULT: Worked = Worked {
    preset: "mali-2022",
    host: "france",
    settings: &[],
    calibration: [
        0.030019445794846868, 3.750160859415037, 1.3934184205352778, 0.8806241841010507,
        2.201560460252627, 0.003352941176470588, 0.1584470588235294, 0.002393669818798689,
        0.1327333431553397, 0.6250575437316429, 0.019239921825159743, 0.025012184589554474,
        0.013210411764705882, 0.12452129798906197,
    ],
    years: [0, 1, 10, 30],
    scenario: [
        [18827000000.0, 19389155393.000004, 25267298402.670933, 45510769932.038925], // gdp_usd
        [2473.2911087358707, 2473.2911087358707, 2473.2911087358707, 2473.2911087358702], // income_per_worker_usd
        [1093848700.0, 1126509928.3333, 1468030037.1951814, 2644175733.051461], // remittances_usd
        [0.0581, 0.0581, 0.058100000000000006, 0.0581], // remittances_to_gdp
        [48432732.74853802, 49878885.71567661, 65000494.545818396, 117077121.01230365], // transfer_costs_usd
        [0.002572514619883041, 0.002572514619883041, 0.0025725146198830413, 0.0025725146198830413], // transfer_costs_to_gdp
        [0.019, 0.019, 0.01900000000000001, 0.019], // skilled_share
        [0.15, 0.15, 0.14999999999999997, 0.15], // skilled_emigration_rate
        [2.6913386561765296, 2.691338656176529, 2.6913386561765305, 2.69133865617653], // capital_to_gdp
        [1303200.1402, 1342112.3931862318, 1748995.9537279443, 3150243.892072187], // diaspora_people
        [86011.20925320001, 88579.4179502913, 115433.73294604433, 207916.09687676435], // corridor_migrants
        [0.1, 0.10007256892949934, 0.10078526773481952, 0.10286448017492934], // host_immigrant_share
        [0.10500000000000001, 0.10515245004756867, 0.10665553701998215, 0.11110156345741352], // host_surplus_pct_gdp
        [0.0, -0.0024189643166446706, -0.01247942481828328, -0.021623330264555658], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.002712769405973283, 0.0027763566785781973, 0.0034200832815954084, 0.005436060567477284], // host_remittance_outflow_pct_gdp
    ],
    baseline: [
        [18827000000.0, 19389155393.000004, 25267298402.670933, 45510769932.038925], // gdp_usd
        [2473.2911087358707, 2473.2911087358707, 2473.2911087358707, 2473.2911087358702], // income_per_worker_usd
        [1093848700.0, 1126509928.3333, 1468030037.1951814, 2644175733.051461], // remittances_usd
        [0.0581, 0.0581, 0.058100000000000006, 0.0581], // remittances_to_gdp
        [48432732.74853802, 49878885.71567661, 65000494.545818396, 117077121.01230365], // transfer_costs_usd
        [0.002572514619883041, 0.002572514619883041, 0.0025725146198830413, 0.0025725146198830413], // transfer_costs_to_gdp
        [0.019, 0.019, 0.01900000000000001, 0.019], // skilled_share
        [0.15, 0.15, 0.14999999999999997, 0.15], // skilled_emigration_rate
        [2.6913386561765296, 2.691338656176529, 2.6913386561765305, 2.69133865617653], // capital_to_gdp
        [1303200.1402, 1342112.3931862318, 1748995.9537279443, 3150243.892072187], // diaspora_people
        [86011.20925320001, 88579.4179502913, 115433.73294604433, 207916.09687676435], // corridor_migrants
        [0.1, 0.10007256892949934, 0.10078526773481952, 0.10286448017492934], // host_immigrant_share
        [0.10500000000000001, 0.10515245004756867, 0.10665553701998215, 0.11110156345741352], // host_surplus_pct_gdp
        [0.0, -0.0024189643166446706, -0.01247942481828328, -0.021623330264555658], // host_native_wage_change_pct
        [0.0, 0.0, 0.0, 0.0], // host_fiscal_pct_gdp
        [0.002712769405973283, 0.0027763566785781973, 0.0034200832815954084, 0.005436060567477284], // host_remittance_outflow_pct_gdp
    ],
    optimum: (0.0055, 0.02133050064440887, [0.0015, 0.0095]),
};

/// `history` of worked.py: preset, quantity, model, observed.
#[rustfmt::skip]
const HISTORY: [(&str, &str, f64, f64); 8] = [
    ("bangladesh-2000", "remittances_to_gdp", 0.036899999999999995, 0.0467),
    ("bangladesh-2000", "skilled_share", 0.041999999999999954, 0.046),
    ("bangladesh-2000", "diaspora_people", 8585164.523595054, 7401763.0),
    ("bangladesh-2000", "gdp_per_worker_usd", 1130.6945150701854, 6180.552554291293),
    ("mali-2000", "remittances_to_gdp", 0.024699999999999996, 0.0581),
    ("mali-2000", "skilled_share", 0.0073999999999999995, 0.019),
    ("mali-2000", "diaspora_people", 1476359.0973162283, 1303511.0),
    ("mali-2000", "gdp_per_worker_usd", 702.2953269254713, 2337.4833274131656),
];

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
