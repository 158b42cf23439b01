//! docs/model.md §7, one named test per invariant, and the rules of §2–§3 on
//! what a baseline is and what an unset parameter follows.

use crate::support::{assert_close, assert_rel, catalogue, choices, corridors, scenario, Rng};
use migration_model::{
    Catalogue, Choices, IncomeSplit, Kind, ParamId, ParamId::*, Preset, Run, Scenario, PRESETS_JSON,
};

/// Points drawn per (preset, host) pair in the random tests below.
const POINTS: u64 = 100;

/// Every (preset, host, seed, choices) of a random test: one generator per
/// point, so that a failing seed reproduces its point alone.
fn points(
    base_seed: u64,
    draw: impl Fn(&mut Rng) -> Choices,
) -> Vec<(&'static Preset, usize, u64, Choices)> {
    let mut out = Vec::new();
    for (k, (preset, host)) in corridors().into_iter().enumerate() {
        for i in 0..POINTS {
            let seed = base_seed + 1000 * k as u64 + i;
            out.push((preset, host, seed, draw(&mut Rng::new(seed))));
        }
    }
    out
}

/// With every scenario lever at its default, whatever the assumptions, h, D/L,
/// R/Y, K/Y, income per worker, both stayers' incomes, both wages and income
/// per native are the same in every year (1e-12 relative), and so are the
/// host's immigrant share, surplus and wage change (V = 0), for every preset
/// and host.
#[test]
fn steady_baseline_over_random_assumptions() {
    let mut all = points(101, Rng::assumptions);
    for (preset, host) in corridors() {
        all.push((preset, host, 0, Choices::new()));
    }
    for (preset, host, seed, choices) in all {
        let scenario = Scenario::new(preset, &preset.hosts[host], &choices);
        assert_eq!(scenario.params, scenario.defaults, "seed {seed}");
        let run = scenario.run();
        assert_eq!(run, scenario.baseline().run(), "seed {seed}");
        let outputs = run.outputs();
        let ratios = |t: usize| {
            let (y, x) = (&run.years[t], &run.years[t].stocks);
            let l = x.labour();
            [
                ("h", x.s / l),
                ("D/L", (x.ds + x.du) / l),
                ("R/Y", y.r / y.y),
                ("K/Y", x.k / y.y),
                ("income per worker", outputs[t].income_per_worker_usd),
                (
                    "unskilled stayer's income",
                    outputs[t].unskilled_stayer_income_usd,
                ),
                (
                    "skilled stayer's income",
                    outputs[t].skilled_stayer_income_usd,
                ),
                ("unskilled wage", outputs[t].wage_unskilled_usd),
                ("skilled wage", outputs[t].wage_skilled_usd),
                ("income per native", outputs[t].income_per_native_usd),
                ("host immigrant share", outputs[t].host_immigrant_share),
                ("host surplus", outputs[t].host_surplus_pct_gdp),
            ]
        };
        let first = ratios(0);
        for t in 1..run.years.len() {
            for ((name, got), (_, want)) in ratios(t).into_iter().zip(first) {
                let what = format!("{} seed {seed}: {name} in year {t}", preset.id);
                assert_rel(&what, got, want, 1e-12);
            }
        }
        for out in &outputs {
            let wage = out.host_native_wage_change_pct;
            assert_eq!(wage, 0.0, "{} seed {seed}: V in {}", preset.id, out.year);
        }
    }
}

/// Every year, income per worker = (1 − h)·I_u + h·I_s (1e-12 relative): the
/// stayers' incomes split it exactly (§5), over the whole box.
#[test]
fn income_per_worker_is_the_stayers_weighted_mean() {
    for (preset, host, seed, choices) in points(111, Rng::choices) {
        let run = Scenario::new(preset, &preset.hosts[host], &choices).run();
        for out in run.outputs() {
            let h = out.skilled_share;
            let mean =
                (1.0 - h) * out.unskilled_stayer_income_usd + h * out.skilled_stayer_income_usd;
            let what = format!("{} seed {seed}, {}", preset.id, out.year);
            assert_rel(&what, mean, out.income_per_worker_usd, 1e-12);
        }
    }
}

/// The change in income per worker splits exactly into the stayers' own
/// changes and the composition effect (§5), every year, over the whole box.
#[test]
fn the_income_change_splits_into_stayers_and_composition() {
    for (preset, host, seed, choices) in points(444, Rng::choices) {
        let s = Scenario::new(preset, &preset.hosts[host], &choices);
        let base = s.baseline().run();
        let (x, b) = (s.run_against(&base).outputs(), base.outputs());
        for (x, b) in x.iter().zip(&b) {
            let split = IncomeSplit::of(x, b);
            let change = x.income_per_worker_usd / b.income_per_worker_usd - 1.0;
            let sum = split.unskilled_stayers + split.skilled_stayers + split.composition;
            let what = format!("{} seed {seed}, {}", preset.id, x.year);
            assert_close(&what, sum, change, 1e-12);
        }
    }
}

/// Money sent (R + C) never exceeds what the migrants earn less what they
/// invest, so kept earnings are never negative; income per native is finite
/// and positive; the host's wage change stays above −100 %.
#[test]
fn money_sent_stays_within_earnings_less_investment() {
    for (preset, host, seed, choices) in points(222, Rng::choices) {
        let run = Scenario::new(preset, &preset.hosts[host], &choices).run();
        for (y, out) in run.years.iter().zip(run.outputs()) {
            let what = format!("{} seed {seed}, year {}", preset.id, y.t);
            let room = y.earnings - y.f;
            assert!(
                y.sent <= room + 1e-12 * room.abs(),
                "{what}: sent {} > {room}",
                y.sent
            );
            assert!(y.kept() >= 0.0, "{what}");
            let native = out.income_per_native_usd;
            assert!(native.is_finite() && native > 0.0, "{what}: {native}");
            assert!(out.host_native_wage_change_pct > -100.0, "{what}");
        }
    }
}

/// The cap on money sent binds only at extreme levers: with the default
/// levers it never does, for any preset and host.
#[test]
fn the_cap_on_money_sent_does_not_bind_at_the_default_levers() {
    for (preset, host) in corridors() {
        let run = Scenario::new(preset, &preset.hosts[host], &Choices::new()).run();
        for y in &run.years {
            assert!(y.sent < y.earnings - y.f, "{} year {}", preset.id, y.t);
        }
    }
}

/// With δ_H = 1 every extra migrant takes a place another immigrant would
/// have filled: the host's immigrant share, surplus and wage change stay at
/// their year-0 values whatever the levers (§7).
#[test]
fn full_displacement_holds_the_host_still() {
    let draw = |rng: &mut Rng| {
        let mut c = rng.choices();
        c.set(HostDisplacement, 1.0).unwrap();
        c
    };
    for (preset, host, seed, choices) in points(333, draw) {
        let outputs = Scenario::new(preset, &preset.hosts[host], &choices)
            .run()
            .outputs();
        let first = outputs[0];
        for out in &outputs {
            let what = format!("{} seed {seed}, {}", preset.id, out.year);
            let (share, surplus) = (out.host_immigrant_share, out.host_surplus_pct_gdp);
            assert_rel(&what, share, first.host_immigrant_share, 1e-12);
            assert_rel(&what, surplus, first.host_surplus_pct_gdp, 1e-12);
            assert_eq!(out.host_native_wage_change_pct, 0.0, "{what}");
        }
    }
}

/// A scenario and its baseline start from identical year-0 stocks.
#[test]
fn scenario_and_baseline_share_year0_stocks() {
    for (preset, host, seed, choices) in points(202, Rng::choices) {
        let scenario = Scenario::new(preset, &preset.hosts[host], &choices);
        let (a, b) = (scenario.run(), scenario.baseline().run());
        let (x, y) = (&a.years[0].stocks, &b.years[0].stocks);
        let stocks = |s: &migration_model::Stocks| [s.s, s.u, s.ds, s.du, s.zs, s.zu, s.k];
        assert_eq!(stocks(x), stocks(y), "{} seed {seed}", preset.id);
        assert_eq!(a.calibration, b.calibration, "{} seed {seed}", preset.id);
        assert_eq!(a.calibration, scenario.calibration());
    }
}

/// L' + Ds' + Du' = (1 + n)·(L + Ds + Du), every year, for any parameters.
pub fn assert_people_conserved(run: &Run, context: &str) {
    let n = run.params[LabourGrowth];
    for w in run.years.windows(2) {
        let (x, next) = (&w[0].stocks, &w[1].stocks);
        let before = x.labour() + x.ds + x.du;
        let after = next.labour() + next.ds + next.du;
        let what = format!("{context}: people in year {}", w[1].t);
        assert_rel(&what, after, (1.0 + n) * before, 1e-12);
    }
}

#[test]
fn people_are_conserved() {
    for (preset, host, seed, choices) in points(303, Rng::choices) {
        let run = Scenario::new(preset, &preset.hosts[host], &choices).run();
        assert_people_conserved(&run, &format!("{} seed {seed}", preset.id));
    }
}

/// A test catalogue of one preset, "testland": Mali 2022 without any emigrant
/// (d0 = m_s0 = rem_gdp0 = 0) and with a host that hosts none of them.
fn catalogue_without_migration() -> Catalogue {
    let mut doc: serde_json::Value = serde_json::from_str(PRESETS_JSON).unwrap();
    let mali = doc["presets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "mali-2022")
        .unwrap()
        .clone();
    let mut p = mali;
    p["id"] = "testland".into();
    p["name"] = serde_json::json!({"en": "Testland", "fr": "Testland"});
    p["country"]["en"]["name"] = "Testland".into();
    for field in [
        "emigrant_stock",
        "d0",
        "m_s0",
        "remittances_usd",
        "rem_gdp0",
    ] {
        p["figures"][field]["value"] = 0.0.into();
    }
    let mut host = p["hosts"][0].clone();
    host["figures"]["emigrants_from_origin"]["value"] = 0.0.into();
    // θ = 0 / 0 cannot be derived: a stated choice instead.
    host["figures"]["corridor_share"] = serde_json::json!({
        "value": 0.0, "year": 2020, "status": "C", "source": "CAL"
    });
    p["hosts"] = serde_json::json!([host]);
    doc["presets"] = serde_json::json!([p]);
    Catalogue::from_json(&doc.to_string()).expect("the test preset validates")
}

/// Without migration (d0 = m_s0 = rem_gdp0 = 0, e_u = e_s = ρ_u = ρ_s = 0),
/// h stays at h0 and L grows at n, whatever the other parameters.
#[test]
fn no_migration_keeps_h_and_grows_l_at_n() {
    let catalogue = catalogue_without_migration();
    let preset = &catalogue.presets[0];
    let h0 = preset.figures.h0.value;
    let no_migration = [
        EmigRateUnskilled,
        EmigRateSkilled,
        ReturnRateUnskilled,
        ReturnRateSkilled,
    ];
    for seed in 0..200 {
        let mut choices = if seed == 0 {
            Choices::new()
        } else {
            Rng::new(404 + seed).choices()
        };
        for id in no_migration {
            choices.set(id, 0.0).unwrap();
        }
        let run = Scenario::new(preset, &preset.hosts[0], &choices).run();
        let n = run.params[LabourGrowth];
        assert_eq!(run.years.len(), run.params[HorizonYears] as usize + 1);
        for (y, out) in run.years.iter().zip(run.outputs()) {
            let x = &y.stocks;
            let what = format!("seed {seed}, year {}", y.t);
            assert_rel(&format!("{what}: h"), x.s / x.labour(), h0, 1e-12);
            let grown = (1.0 + n).powi(y.t as i32);
            assert_rel(&format!("{what}: L"), x.labour(), grown, 1e-12);
            assert_eq!(x.ds + x.du, 0.0, "{what}: no diaspora appears");
            assert_eq!(y.r, 0.0, "{what}: no remittances");
            assert!(out.values().iter().all(|v| v.is_finite()), "{what}");
        }
    }
}

/// The remittance levers of §7: at their defaults, R/Y at t = 0 is the data.
const REMITTANCE_LEVERS: [ParamId; 7] = [
    RemitShareUnskilled,
    RemitShareSkilled,
    TransferCost,
    WageRatioUnskilled,
    WageRatioSkilled,
    IrregularShare,
    IrregularPenalty,
];

/// R/Y at t = 0 equals rem_gdp0 (1e-12) whenever the remittance levers are at
/// their defaults, whatever the assumptions and the other levers; and GDP at
/// t = 0 is the observed GDP.
#[test]
fn remittances_to_gdp_at_t0_equal_the_data_whatever_the_assumptions() {
    let draw = |rng: &mut Rng| {
        rng.choices_of(|spec| {
            spec.kind == Kind::Assumption || !REMITTANCE_LEVERS.contains(&spec.id)
        })
    };
    let mut all = points(505, draw);
    for (preset, host) in corridors() {
        all.push((preset, host, 0, Choices::new()));
    }
    for (preset, host, seed, choices) in all {
        let run = Scenario::new(preset, &preset.hosts[host], &choices).run();
        let (y0, out) = (&run.years[0], run.outputs()[0]);
        let what = format!("{} seed {seed}", preset.id);
        let data = preset.figures.rem_gdp0.value;
        assert_rel(&format!("{what}: R/Y at t = 0"), y0.r / y0.y, data, 1e-12);
        assert_rel(
            &format!("{what}: CSV R/Y"),
            out.remittances_to_gdp,
            data,
            1e-12,
        );
        let gdp = preset.figures.gdp_usd.value;
        assert_rel(&format!("{what}: GDP at t = 0"), out.gdp_usd, gdp, 1e-12);
    }
}

/// Remittances sent = received + transfer costs, with "received" recomputed
/// here from §3 step 3: min(κ_R·(1 − c̄)·exp(−η(c − c̄))·(r_u·earn_u·Zu +
/// r_s·earn_s·Zs), (1 − c)·(earn_u·Du + earn_s·Ds − F)), F = f·earn_s·Ds.
pub fn assert_money_conserved(run: &Run, context: &str) {
    let (cal, p) = (&run.calibration, &run.params);
    let regular = 1.0 - p[IrregularPenalty] * p[IrregularShare];
    let earn_u = p[WageRatioUnskilled] * cal.w_u0 * regular;
    let earn_s = p[WageRatioSkilled] * cal.w_s0 * regular;
    let c = p[TransferCost];
    let response = (1.0 - cal.c_bar) * (-p[CostElasticity] * (c - cal.c_bar)).exp();
    let money = run.money_scale();
    for (y, out) in run.years.iter().zip(run.outputs()) {
        let x = &y.stocks;
        let what = |s: &str| format!("{context}, year {}: {s}", y.t);
        let invested = p[DiasporaInvestment] * earn_s * x.ds;
        let earnings = earn_u * x.du + earn_s * x.ds;
        let received = (cal.kappa_r
            * response
            * (p[RemitShareUnskilled] * earn_u * x.zu + p[RemitShareSkilled] * earn_s * x.zs))
            .min((1.0 - c) * (earnings - invested));
        let sent = received / (1.0 - c);
        assert_close(&what("F"), y.f, invested, 1e-12);
        assert_close(&what("R"), y.r, received, 1e-12);
        assert_close(&what("sent"), y.sent, sent, 1e-12);
        assert_close(&what("sent = R + C"), y.r + y.c, sent, 1e-12);
        assert_close(&what("C = c·sent"), y.c, c * sent, 1e-12);
        let usd = out.remittances_usd + out.transfer_costs_usd;
        assert_close(&what("US$ sent"), usd, sent * money, 1e-12);
    }
}

#[test]
fn money_is_conserved() {
    for (preset, host, seed, choices) in points(606, Rng::choices) {
        let run = Scenario::new(preset, &preset.hosts[host], &choices).run();
        assert_money_conserved(&run, &format!("{} seed {seed}", preset.id));
    }
}

/// Runs `base` with `id` set to each value and returns the per-year series `f`.
fn sweep(
    base: &Choices,
    preset: &Preset,
    host: usize,
    id: ParamId,
    values: &[f64],
    f: impl Fn(&Run, usize) -> f64,
) -> Vec<Vec<f64>> {
    values
        .iter()
        .map(|&v| {
            let mut choices = *base;
            choices.set(id, v).unwrap();
            let run = Scenario::new(preset, &preset.hosts[host], &choices).run();
            (0..run.years.len()).map(|t| f(&run, t)).collect()
        })
        .collect()
}

/// Each series strictly above the previous one in every year from `from_year`.
fn assert_rising(what: &str, series: &[Vec<f64>], from_year: usize) {
    assert_rising_where(what, series, from_year, &|_, _| true);
}

/// Each series never below the previous one, and strictly above it where
/// `strict(pair index, year)`, in every year from `from_year`.
fn assert_rising_where(
    what: &str,
    series: &[Vec<f64>],
    from_year: usize,
    strict: &dyn Fn(usize, usize) -> bool,
) {
    for (k, pair) in series.windows(2).enumerate() {
        let years = pair[0].iter().zip(&pair[1]).enumerate().skip(from_year);
        for (t, (before, after)) in years {
            assert!(
                after > before || (!strict(k, t) && after >= before),
                "{what} does not rise in year {t}: {before} then {after}"
            );
        }
    }
}

/// Whether the cap on money sent binds in year t (§3 step 3).
fn capped(run: &Run, t: usize) -> bool {
    let y = &run.years[t];
    let room = (1.0 - run.params[TransferCost]) * (y.earnings - y.f);
    y.r >= room * (1.0 - 1e-12)
}

/// Income per resident worker, (Y + R)/L, in model units.
fn income(run: &Run, t: usize) -> f64 {
    let y = &run.years[t];
    (y.y + y.r) / y.stocks.labour()
}

/// The defaults and random points of the whole box, for every preset and host.
fn points_to_vary(base_seed: u64) -> Vec<(&'static Preset, usize, String, Choices)> {
    let mut out = Vec::new();
    for (k, (preset, host)) in corridors().into_iter().enumerate() {
        out.push((
            preset,
            host,
            format!("{} defaults", preset.id),
            Choices::new(),
        ));
        for i in 0..10 {
            let seed = base_seed + 100 * k as u64 + i;
            let label = format!("{} seed {seed}", preset.id);
            out.push((preset, host, label, Rng::new(seed).choices()));
        }
    }
    out
}

/// Income per worker, R and K never fall as r_u rises; they rise while the
/// cap on money sent does not bind (K: from year 1, while φ > 0).
#[test]
fn income_remittances_and_capital_rise_with_the_unskilled_remittance_share() {
    let values = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5];
    for (preset, host, label, c) in points_to_vary(707) {
        let vary =
            |f: fn(&Run, usize) -> f64| sweep(&c, preset, host, RemitShareUnskilled, &values, f);
        // Where the cap binds at the higher share in year t, or in any year up
        // to t (K and income carry the past), "rises" becomes "never falls".
        let caps = vary(|r, t| (0..=t).any(|s| capped(r, s)) as u8 as f64);
        let free = |k: usize, t: usize| caps[k + 1][t] == 0.0;
        let incomes = vary(income);
        let finals: Vec<Vec<f64>> = incomes.iter().map(|s| vec![s[s.len() - 1]]).collect();
        let last = incomes[0].len() - 1;
        assert_rising_where(
            &format!("{label}: final income per worker"),
            &finals,
            0,
            &|k, _| free(k, last),
        );
        assert_rising_where(&format!("{label}: income per worker"), &incomes, 0, &free);
        assert_rising_where(&format!("{label}: R"), &vary(|r, t| r.years[t].r), 0, &free);
        // Capital rises through invested remittances (φ > 0), from year 1 on:
        // K0 is calibrated with the default levers. With φ = 0 nothing is invested.
        let k = vary(|r, t| r.years[t].stocks.k);
        let phi = Scenario::new(preset, &preset.hosts[host], &c).params[InvestedShare];
        if phi > 0.0 {
            assert_rising_where(&format!("{label}: K"), &k, 1, &free);
        } else {
            assert!(
                k.windows(2).all(|w| w[0] == w[1]),
                "{label}: K moves with φ = 0"
            );
        }
    }
}

/// R never rises as c rises, and falls when η > 0; with η = 0 the families
/// receive the same (unless the cap binds) and the migrants send more.
#[test]
fn remittances_fall_as_transfer_cost_rises() {
    let values = [0.0, 0.03, 0.06, 0.1, 0.15];
    for (preset, host, label, c) in points_to_vary(808) {
        for eta in [None, Some(0.0)] {
            let mut c = c;
            match eta {
                // The default cost elasticity, whatever the point drew.
                None => c.unset(CostElasticity),
                Some(v) => c.set(CostElasticity, v).unwrap(),
            }
            let received = sweep(&c, preset, host, TransferCost, &values, |r, t| {
                -r.years[t].r
            });
            let what = format!("{label}, η {eta:?}: −R");
            if eta.is_none() {
                assert_rising(&what, &received, 0);
            } else {
                assert_rising_where(&what, &received, 0, &|_, _| false);
                let caps = sweep(&c, preset, host, TransferCost, &values, |r, t| {
                    capped(r, t) as u8 as f64
                });
                let sent = sweep(&c, preset, host, TransferCost, &values, |r, t| {
                    r.years[t].sent
                });
                let uncapped = |k: usize, t: usize| caps[k][t] == 0.0 && caps[k + 1][t] == 0.0;
                for (k, pair) in received.windows(2).enumerate() {
                    for t in 0..pair[0].len() {
                        if uncapped(k, t) {
                            assert_eq!(pair[0][t], pair[1][t], "{what}: R same, year {t}");
                            assert!(sent[k + 1][t] > sent[k][t], "{label}: sent, year {t}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn skilled_share_falls_as_skilled_emigration_rises_without_brain_gain() {
    let values = [0.0, 0.005, 0.01, 0.02, 0.05];
    for (preset, host, label, mut c) in points_to_vary(909) {
        c.set(BrainGain, 0.0).unwrap();
        let h = sweep(&c, preset, host, EmigRateSkilled, &values, |r, t| {
            let x = &r.years[t].stocks;
            -x.s / x.labour()
        });
        assert_rising(&format!("{label}: −h"), &h, 1);
    }
}

/// The baseline keeps the assumptions and puts every scenario lever back to
/// its default; the levers change the scenario only.
#[test]
fn the_baseline_keeps_the_assumptions_and_drops_the_levers() {
    let preset = catalogue().preset("mali-2022").unwrap();
    let set = choices(&[
        (TransferCost, 0.03),
        (BrainGain, 1.2),
        (EmigRateSkilled, 0.01),
    ]);
    let host = &preset.hosts[0];
    let s = Scenario::new(preset, host, &set);
    let base = s.baseline();
    assert_eq!(base.params, preset.defaults(host, &set));
    assert_eq!(
        base.params,
        preset.params(host, &set.of_kind(Kind::Assumption))
    );
    assert_eq!(base.params[BrainGain], 1.2);
    assert_eq!(
        base.params[TransferCost],
        preset.figures.transfer_cost.value
    );
    assert_eq!(s.params, preset.params(host, &set));
    assert_eq!(
        (s.params[TransferCost], s.params[EmigRateSkilled]),
        (0.03, 0.01)
    );
    assert_eq!(base.setting, s.setting);
    assert_eq!(base.baseline(), base);
    assert_ne!(s.run().years[5].r, base.run().years[5].r);
}

/// Moving an assumption moves the baseline, and the start-up is re-fitted to
/// the data with it.
#[test]
fn moving_an_assumption_moves_the_baseline() {
    let plain = scenario("bangladesh-2022", "saudi-arabia", &[]);
    let faster = scenario("bangladesh-2022", "saudi-arabia", &[(LabourGrowth, 0.03)]);
    assert_eq!(faster.baseline().params[LabourGrowth], 0.03);
    assert_ne!(faster.calibration(), plain.calibration());
    let (a, b) = (plain.baseline().run(), faster.baseline().run());
    assert_ne!(a.outputs()[10].gdp_usd, b.outputs()[10].gdp_usd);
    let (out_a, out_b) = (a.outputs(), b.outputs());
    // Both start from the observed economy.
    assert_rel("GDP at t = 0", out_b[0].gdp_usd, out_a[0].gdp_usd, 1e-12);
    assert_rel(
        "R/Y",
        out_b[0].remittances_to_gdp,
        out_a[0].remittances_to_gdp,
        1e-12,
    );
    // Moving a scenario lever does not move the baseline.
    let cheaper = scenario("bangladesh-2022", "saudi-arabia", &[(TransferCost, 0.01)]);
    assert_eq!(cheaper.baseline(), plain.baseline());
}

/// An unset emigration rate follows μ and n (§3); a set one keeps its value.
#[test]
fn an_unset_emigration_rate_follows_retirement_and_labour_growth() {
    let preset = catalogue().preset("bangladesh-2022").unwrap();
    let (host, fig) = (&preset.hosts[0], &preset.figures);
    let (h0, ds0) = (fig.h0.value, fig.skilled_diaspora0());
    let du0 = fig.d0.value - ds0;
    for (mu, n) in [
        (0.025, fig.labour_growth.value),
        (0.03, 0.02936),
        (0.015, 0.0),
        (0.04, 0.04),
    ] {
        let assumptions = choices(&[(Retirement, mu), (LabourGrowth, n)]);
        let p = preset.params(host, &assumptions);
        assert_close("ē_s", p[EmigRateSkilled], ds0 * (mu + 0.02 + n) / h0, 1e-15);
        assert_close(
            "ē_u",
            p[EmigRateUnskilled],
            du0 * (mu + 0.1 + n) / (1.0 - h0),
            1e-15,
        );
        assert_eq!(p, preset.defaults(host, &assumptions));
        let mut set = assumptions;
        set.set(EmigRateSkilled, 0.004).unwrap();
        let q = preset.params(host, &set);
        assert_eq!(q[EmigRateSkilled], 0.004);
        assert_eq!(q[EmigRateUnskilled], p[EmigRateUnskilled]);
        assert_eq!(
            preset.defaults(host, &set),
            p,
            "the default follows μ and n still"
        );
    }
    // The return rates that enter ē are the defaults ρ̄, not the scenario's.
    let returns = choices(&[(ReturnRateSkilled, 0.1), (ReturnRateUnskilled, 0.2)]);
    assert_eq!(
        preset.params(host, &returns)[EmigRateSkilled],
        preset.params(host, &Choices::new())[EmigRateSkilled]
    );
}

/// "Reset to baseline" unsets the levers, "Reset assumptions" the assumptions;
/// each keeps the other kind.
#[test]
fn reset_unsets_one_kind_and_keeps_the_other() {
    let preset = catalogue().preset("mali-2022").unwrap();
    let host = &preset.hosts[1];
    let all = choices(&[
        (TransferCost, 0.02),
        (EmigRateUnskilled, 0.03),
        (Retirement, 0.03),
        (HorizonYears, 20.0),
    ]);
    let scenario = Scenario::new(preset, host, &all);

    let mut levers_reset = all;
    levers_reset.unset_kind(Kind::Scenario);
    assert!(!levers_reset.is_set(TransferCost) && !levers_reset.is_set(EmigRateUnskilled));
    assert!(levers_reset.is_set(Retirement) && levers_reset.is_set(HorizonYears));
    assert_eq!(
        Scenario::new(preset, host, &levers_reset),
        scenario.baseline()
    );

    let mut assumptions_reset = all;
    assumptions_reset.unset_kind(Kind::Assumption);
    let ids: Vec<ParamId> = assumptions_reset.iter().map(|(id, _)| id).collect();
    assert_eq!(ids, [EmigRateUnskilled, TransferCost]);
    let reset = Scenario::new(preset, host, &assumptions_reset);
    assert_eq!(reset.params[TransferCost], 0.02);
    assert_eq!(reset.params[Retirement], 0.025);
    assert_eq!(reset.params[HorizonYears], 30.0);
    assert_eq!(reset.defaults, preset.defaults(host, &Choices::new()));

    let mut none = all;
    none.unset_kind(Kind::Scenario);
    none.unset_kind(Kind::Assumption);
    assert_eq!(none, Choices::new());
    assert_eq!(none.iter().count(), 0);
}

/// A parameter the model never reads would still get a slider, a link name
/// and a row in every table: each one, moved from one end of its range to
/// the other, must change the yearly outputs or the optimum's curve, at the
/// defaults or away from them (a high skilled emigration rate and brain gain,
/// a transfer cost off the observed one, which the senders' response to cost
/// needs).
/// `max_study_share` is the one exception: a cap on the study share that no
/// shipped preset reaches (their tertiary shares are too low), kept for
/// presets that will.
#[test]
fn every_parameter_moves_some_number() {
    let moved = [
        (EmigRateSkilled, 0.05),
        (BrainGain, 1.5),
        (TransferCost, 0.01),
    ];
    let contexts: [&[(ParamId, f64)]; 2] = [&[], &moved];
    for spec in migration_model::SPECS
        .iter()
        .filter(|s| s.id != MaxStudyShare)
    {
        let moves = contexts.iter().any(|context| {
            let at = |value: f64| {
                let mut changes = context.to_vec();
                changes.retain(|(id, _)| *id != spec.id);
                changes.push((spec.id, value));
                let s = scenario("mali-2022", "france", &changes);
                (s.run().to_csv(), s.optimum().to_json())
            };
            at(spec.min) != at(spec.max)
        });
        assert!(moves, "{} moves nothing", spec.name);
    }
}
