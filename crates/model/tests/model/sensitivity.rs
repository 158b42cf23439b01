//! What drives the result (docs/model.md §10–§11): the sensitivity to each
//! assumption and the uncertainty bands, checked against their definitions,
//! recomputed here from the public runs (`run().outputs()`, `optimum()`).

use crate::support::{catalogue, choices, ok, sim};
use migration_model::{
    nearest_rank, sample, sort_by_swing, triangular, Choices, DefaultValue, DrawsOutOfRange, Kind,
    ParamId, ParamId::*, Scenario, Sensitivity, SplitMix64, Swing, Uncertainty, DRAWS, SEED, SPECS,
    SWING_TIE,
};
use serde_json::Value;

/// The first scenario of the brief: two levers set.
const MALI: [&str; 2] = ["mali-2022", "france"];
fn mali_choices() -> Choices {
    choices(&[(TransferCost, 0.03), (EmigRateSkilled, 0.01)])
}
/// The second: nothing set.
const BANGLADESH: [&str; 2] = ["bangladesh-2022", "saudi-arabia"];

fn build(corridor: [&str; 2], c: &Choices) -> Scenario {
    let (p, h) = catalogue().find(corridor[0], Some(corridor[1])).unwrap();
    Scenario::new(p, h, c)
}

fn sensitivity(corridor: [&str; 2], c: &Choices) -> Sensitivity {
    let (p, h) = catalogue().find(corridor[0], Some(corridor[1])).unwrap();
    Sensitivity::new(p, h, c)
}

fn bands(corridor: [&str; 2], c: &Choices, draws: usize, seed: u64) -> Uncertainty {
    let (p, h) = catalogue().find(corridor[0], Some(corridor[1])).unwrap();
    Uncertainty::new(p, h, c, draws, seed).unwrap()
}

/// The definition (docs/model.md §10): the unskilled stayer's income of the
/// final year, as the CSV prints it, scenario over baseline, minus 1.
fn income_effect(s: &Scenario) -> f64 {
    let last = |s: &Scenario| {
        s.run()
            .outputs()
            .last()
            .unwrap()
            .unskilled_stayer_income_usd
    };
    last(s) / last(&s.baseline()) - 1.0
}

/// The assumptions of the tornado: all but horizon_years, in table order.
fn tornado_params() -> Vec<ParamId> {
    SPECS
        .iter()
        .filter(|s| s.kind == Kind::Assumption && s.id != HorizonYears)
        .map(|s| s.id)
        .collect()
}

#[test]
fn the_optimum_rate_is_the_optimum_without_its_band() {
    for (corridor, c) in [
        (MALI, mali_choices()),
        (BANGLADESH, Choices::new()),
        (MALI, choices(&[(BrainGain, 0.0)])),
        (
            BANGLADESH,
            choices(&[(SkillsWeight, 0.0), (SkillPremium, 4.0)]),
        ),
    ] {
        let s = build(corridor, &c);
        assert_eq!(s.optimum_rate(), s.optimum().emig_rate_skilled, "{c:?}");
    }
}

#[test]
fn the_income_effect_is_final_year_income_over_the_baseline() {
    let s = build(MALI, &mali_choices());
    assert_eq!(s.income_effect(), income_effect(&s));
    assert!(s.income_effect() > 0.0);
    let longer = build(
        MALI,
        &choices(&[
            (TransferCost, 0.03),
            (HorizonYears, 50.0),
            (Retirement, 0.02),
        ]),
    );
    assert_eq!(longer.income_effect(), income_effect(&longer));
    assert_eq!(build(BANGLADESH, &Choices::new()).income_effect(), 0.0);
}

/// Every entry of the tornado is its definition: the assumption at the end of
/// its range, all else as set, unset levers following their defaults.
fn assert_tornado_follows_definition(corridor: [&str; 2], c: &Choices) -> Sensitivity {
    let sens = sensitivity(corridor, c);
    let current = build(corridor, c);
    assert_eq!(sens.central.income_effect, income_effect(&current));
    assert_eq!(sens.central.optimum, current.optimum().emig_rate_skilled);
    let mut names: Vec<ParamId> = sens.assumptions.iter().map(|a| a.name).collect();
    assert_eq!(names.len(), 21, "every assumption but horizon_years");
    names.sort();
    assert_eq!(names, tornado_params());
    for a in &sens.assumptions {
        let spec = a.name.spec();
        assert_eq!((a.low, a.high), (spec.min, spec.max), "{}", a.name);
        for (i, end) in [spec.min, spec.max].into_iter().enumerate() {
            let mut at = *c;
            at.set(a.name, end).unwrap();
            let s = build(corridor, &at);
            assert_eq!(a.income_effect[i], income_effect(&s), "{} at {end}", a.name);
            assert_eq!(
                a.optimum[i],
                s.optimum().emig_rate_skilled,
                "{} at {end}",
                a.name
            );
        }
        assert_eq!(
            a.income_swing(),
            (a.income_effect[1] - a.income_effect[0]).abs()
        );
        assert_eq!(a.optimum_swing(), (a.optimum[1] - a.optimum[0]).abs());
    }
    // Largest income swing first; swings within 1e-12 are ties, in table order.
    for w in sens.assumptions.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        assert!(
            a.income_swing() >= b.income_swing() - SWING_TIE,
            "{} before {}",
            a.name,
            b.name
        );
        if (a.income_swing() - b.income_swing()).abs() <= SWING_TIE {
            assert!(a.name < b.name, "tie: {} before {}", a.name, b.name);
        }
    }
    sens
}

#[test]
fn the_tornado_follows_its_definition_with_two_levers_set() {
    let sens = assert_tornado_follows_definition(MALI, &mali_choices());
    let order: Vec<&str> = sens.assumptions.iter().map(|a| a.name.name()).collect();
    // The host's assumptions never move the origin's income, nor do the
    // optimum's weights, nor ψ (migrants' own income), nor q_max, which never
    // binds for Mali (q0 ≈ 0.02): nine zero swings, tied, so in table order
    // at the end.
    assert_eq!(
        order[12..],
        [
            "max_study_share",
            "abroad_price_level",
            "skills_weight",
            "discount_rate",
            "host_wage_elasticity",
            "host_wage_adjustment",
            "host_labour_share",
            "host_fiscal_per_migrant",
            "host_displacement"
        ]
    );
    assert!(sens.assumptions[..12]
        .iter()
        .all(|a| a.income_swing() > 0.0));
    let swing = |id: ParamId| sens.assumptions.iter().find(|a| a.name == id).unwrap();
    // The optimum's weights move the optimum, not the income.
    assert!(swing(SkillsWeight).optimum_swing() > 0.0);
    assert!(swing(BrainGain).optimum_swing() > 0.0);
    assert_eq!(swing(HostLabourShare).optimum, [sens.central.optimum; 2]);
    // A zero swing is still listed, with its ends.
    assert_eq!(
        swing(HostFiscalPerMigrant).income_effect,
        [sens.central.income_effect; 2]
    );
}

#[test]
fn with_nothing_set_every_income_effect_is_zero_and_the_order_is_the_table_order() {
    // Nothing set: the scenario is its baseline at every end of every range
    // (unset emigration rates follow retirement and labour_growth in both), so
    // every income effect is exactly 0, every swing ties, and the stable sort
    // keeps table order.
    let sens = assert_tornado_follows_definition(BANGLADESH, &Choices::new());
    assert_eq!(sens.central.income_effect, 0.0);
    assert!(sens
        .assumptions
        .iter()
        .all(|a| a.income_effect == [0.0, 0.0]));
    let order: Vec<ParamId> = sens.assumptions.iter().map(|a| a.name).collect();
    assert_eq!(order, tornado_params());
    assert!(sens.levers.is_empty());
    // The optimum still moves: with no brain gain the curve only falls.
    let brain = sens
        .assumptions
        .iter()
        .find(|a| a.name == BrainGain)
        .unwrap();
    assert_eq!(brain.optimum[0], 0.0);
    assert!(brain.optimum[1] > sens.central.optimum);
    // And the bands are 0 in every year.
    let b = bands(BANGLADESH, &Choices::new(), DRAWS, SEED);
    for p in [&b.income_effect, &b.remittances_effect] {
        for v in [&p.p10, &p.p50, &p.p90] {
            assert_eq!(v.len(), 31);
            assert!(v.iter().all(|&x| x == 0.0), "{v:?}");
        }
    }
}

#[test]
fn the_lever_list_unsets_each_set_lever_alone() {
    // Set in reverse table order, listed in table order; assumptions are not levers.
    let c = choices(&[
        (Retirement, 0.03),
        (InvestedShare, 0.4),
        (TransferCost, 0.03),
        (EmigRateSkilled, 0.01),
    ]);
    let sens = sensitivity(MALI, &c);
    let names: Vec<ParamId> = sens.levers.iter().map(|l| l.name).collect();
    assert_eq!(names, [EmigRateSkilled, TransferCost, InvestedShare]);
    for lever in &sens.levers {
        let mut without = c;
        without.unset(lever.name);
        assert_eq!(
            lever.income_effect_without,
            income_effect(&build(MALI, &without)),
            "{}",
            lever.name
        );
    }
    // Without e_s set, it follows μ = 0.03: the scenario is then the defaults
    // but for the other two levers.
    let follows = build(MALI, &choices(&[(Retirement, 0.03)]));
    let mut unset = c;
    unset.unset(EmigRateSkilled);
    let s = build(MALI, &unset);
    assert_eq!(s.params[EmigRateSkilled], follows.params[EmigRateSkilled]);
    assert_ne!(s.params[EmigRateSkilled], 0.01);
}

#[test]
fn the_tornado_computed_in_parts_is_the_tornado_computed_at_once() {
    // The widget computes one part per slice, in `varied`'s order (table
    // order, which ties keep); `from_parts` sorts.
    for (corridor, c) in [(MALI, mali_choices()), (BANGLADESH, Choices::new())] {
        let (p, h) = catalogue().find(corridor[0], Some(corridor[1])).unwrap();
        let central = Sensitivity::central(p, h, &c);
        assert_eq!(Sensitivity::varied().collect::<Vec<_>>(), tornado_params());
        let swings = Sensitivity::varied()
            .map(|id| Swing::of(p, h, &c, &central, id))
            .collect();
        let parts = Sensitivity::from_parts(central, swings, Sensitivity::levers(p, h, &c));
        assert_eq!(parts, Sensitivity::new(p, h, &c), "{corridor:?}");
    }
}

#[test]
fn the_csv_holds_every_number_of_the_sensitivity_exactly() {
    let sens = sensitivity(MALI, &mali_choices());
    let csv = sens.to_csv();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("name,low,high,income_effect_at_low,income_effect_at_high,optimum_at_low,optimum_at_high")
    );
    // Shortest round-trip text: each number reads back as the same f64.
    let numbers =
        |cells: &[&str]| -> Vec<f64> { cells.iter().map(|c| c.parse().unwrap()).collect() };
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(row[..3], ["central", "", ""]);
    let (i, o) = (sens.central.income_effect, sens.central.optimum);
    assert_eq!(numbers(&row[3..]), [i, i, o, o]);
    for (line, a) in lines.by_ref().zip(&sens.assumptions) {
        let row: Vec<&str> = line.split(',').collect();
        assert_eq!(row[0], a.name.name());
        let want = [
            a.low,
            a.high,
            a.income_effect[0],
            a.income_effect[1],
            a.optimum[0],
            a.optimum[1],
        ];
        assert_eq!(numbers(&row[1..]), want, "{}", row[0]);
    }
    assert_eq!(csv.lines().count(), 2 + sens.assumptions.len());
}

/// SplitMix64 written out again from the formula of docs/model.md §11.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let z = *state;
    let z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[test]
fn splitmix64_seeded_with_2001_starts_as_the_formula_says() {
    // The first three outputs, also computed in Python from the formula.
    let want: [u64; 3] = [
        0x01ea_b141_a7d7_a84c,
        0xf61c_a1c5_df72_91b4,
        0xaea7_9d9b_a7fc_8989,
    ];
    let mut rng = SplitMix64(2001);
    let mut state = 2001u64;
    for w in want {
        assert_eq!(splitmix(&mut state), w);
        assert_eq!(rng.next_u64(), w);
    }
    let mut rng = SplitMix64(SEED);
    let mut state = SEED;
    for _ in 0..1000 {
        let u = (splitmix(&mut state) >> 11) as f64 / 9_007_199_254_740_992.0;
        assert_eq!(rng.next_unit(), u);
        assert!((0.0..1.0).contains(&u));
    }
    assert_eq!(SplitMix64(2001).next_unit(), 0.007487371949393862);
}

/// Swings within 1e-12 of each other are ties and keep their order; a
/// larger swing by more than that goes first (docs/model.md §10).
#[test]
fn swings_within_1e_12_are_ties() {
    let mut items = [(0, 1e-13), (1, 0.0), (2, 5e-13), (3, 2e-12), (4, 0.5)];
    sort_by_swing(&mut items, |x| x.1);
    let order: Vec<i32> = items.iter().map(|x| x.0).collect();
    assert_eq!(order, [4, 3, 0, 1, 2]);
}

/// The triangular inverse of docs/model.md §10, written out again.
fn inverse(lo: f64, m: f64, hi: f64, u: f64) -> f64 {
    let f = (m - lo) / (hi - lo);
    if u < f {
        lo + (u * (hi - lo) * (m - lo)).sqrt()
    } else {
        hi - ((1.0 - u) * (hi - lo) * (hi - m)).sqrt()
    }
}

#[test]
fn the_triangular_draw_inverts_its_distribution_function() {
    // At u = f the draw is the peak; at u = 0 the low end; the median of a
    // symmetric triangle is its peak.
    assert_eq!(triangular(0.0, 1.6, 3.2, 0.0), 0.0);
    assert!((triangular(0.0, 1.6, 3.2, 0.5) - 1.6).abs() < 1e-15);
    assert!((triangular(5.0, 10.0, 20.0, 1.0 / 3.0) - 10.0).abs() < 1e-12);
    // F(x) = (x − lo)²/((hi − lo)(m − lo)) below the peak, inverted.
    let x = triangular(0.0, 0.8, 1.5, 0.2);
    assert!((x * x / (1.5 * 0.8) - 0.2).abs() < 1e-15, "{x}");
    for u in [0.0, 0.1, 0.5, 0.9, 1.0 - f64::EPSILON / 2.0] {
        assert_eq!(triangular(0.3, 0.35, 0.45, u), inverse(0.3, 0.35, 0.45, u));
    }
}

#[test]
fn a_draw_is_triangular_around_each_default_in_order_and_rounds_whole_years_half_up() {
    let order = [
        "prospect_horizon",
        "brain_gain",
        "max_study_share",
        "skill_spillover",
        "capital_share",
        "skill_premium",
        "saving_rate",
        "depreciation",
        "retirement",
        "remit_decay",
        "cost_elasticity",
        "diaspora_productivity",
        "abroad_price_level",
        "host_wage_adjustment",
        "host_fiscal_per_migrant",
    ];
    assert_eq!(
        ParamId::sampled().map(ParamId::name).collect::<Vec<_>>(),
        order
    );
    // A user's own brain_gain is drawn over too, around the table's default
    // (0.8), not the user's 0.2; the levers are kept.
    let mut user = mali_choices();
    user.set(BrainGain, 0.2).unwrap();
    let (mut rng, mut state) = (SplitMix64(SEED), SEED);
    for draw in 0..50 {
        let drawn = sample(&user, &mut rng);
        for name in order {
            let spec = ParamId::from_name(name).unwrap().spec();
            let DefaultValue::Fixed(peak) = spec.default else {
                panic!("{name}: a drawn assumption has a fixed default");
            };
            let u = (splitmix(&mut state) >> 11) as f64 / 9_007_199_254_740_992.0;
            let mut want = inverse(spec.min, peak, spec.max, u);
            if name == "prospect_horizon" {
                // Halves up.
                let whole = want.floor();
                want = if want - whole >= 0.5 {
                    whole + 1.0
                } else {
                    whole
                };
            }
            assert_eq!(drawn.get(spec.id), Some(want), "draw {draw}: {name}");
        }
        let others: Vec<(ParamId, f64)> = drawn
            .iter()
            .filter(|(id, _)| !ParamId::sampled().any(|s| s == *id))
            .collect();
        assert_eq!(others, [(EmigRateSkilled, 0.01), (TransferCost, 0.03)]);
    }
    // The first draw: u = 0.00749 < f = 1/3, H = 5 + √(0.00749 × 15 × 5) = 5.75,
    // rounded to 6.
    let first = sample(&Choices::new(), &mut SplitMix64(2001));
    assert_eq!(first.get(ProspectHorizon), Some(6.0));
}

/// The table's `sampled` column marks assumptions only: a draw never
/// replaces a lever the user set.
#[test]
fn only_assumptions_are_drawn() {
    for spec in SPECS.iter().filter(|s| s.sampled) {
        assert_eq!(spec.kind, Kind::Assumption, "{}", spec.name);
    }
}

#[test]
fn unset_emigration_rates_follow_each_draw_in_scenario_and_baseline() {
    let mut rng = SplitMix64(SEED);
    for _ in 0..20 {
        let drawn = sample(&mali_choices(), &mut rng);
        let s = build(MALI, &drawn);
        let mu = drawn.get(Retirement).unwrap();
        // §3: ē_u = Du0·(μ + ρ̄_u + n)/U0, with the draw's μ.
        let fig = &catalogue().preset("mali-2022").unwrap().figures;
        let (h0, d0, m_s0, n) = (
            fig.h0.value,
            fig.d0.value,
            fig.m_s0.value,
            fig.labour_growth.value,
        );
        let ds0 = h0 * m_s0 / (1.0 - m_s0);
        let e_u = (d0 - ds0) * (mu + 0.1 + n) / (1.0 - h0);
        let e_s = ds0 * (mu + 0.02 + n) / h0;
        for p in [&s.params, &s.baseline().params] {
            assert!(
                (p[EmigRateUnskilled] - e_u).abs() < 1e-15,
                "{}",
                p[EmigRateUnskilled]
            );
        }
        // The set skilled rate keeps its value; its baseline follows the draw.
        assert_eq!(s.params[EmigRateSkilled], 0.01);
        assert!((s.defaults[EmigRateSkilled] - e_s).abs() < 1e-15);
    }
}

#[test]
fn the_nearest_rank_is_index_ceil_p_n_over_100_minus_1() {
    let ranks = |n: usize| -> Vec<f64> {
        let v: Vec<f64> = (1..=n).map(|i| i as f64).collect();
        [10, 50, 90].map(|p| nearest_rank(&v, p)).to_vec()
    };
    assert_eq!(ranks(200), [20.0, 100.0, 180.0]);
    assert_eq!(ranks(10), [1.0, 5.0, 9.0]);
    assert_eq!(ranks(11), [2.0, 6.0, 10.0]);
    assert_eq!(ranks(10_000), [1000.0, 5000.0, 9000.0]);
    assert_eq!(ranks(1), [1.0, 1.0, 1.0]);
}

/// The bands written out from their definition, with the public runs.
fn bands_by_definition(corridor: [&str; 2], c: &Choices, draws: usize, seed: u64) -> Uncertainty {
    let mut rng = SplitMix64(seed);
    let mut income: Vec<Vec<f64>> = Vec::new();
    let mut remittances: Vec<Vec<f64>> = Vec::new();
    for _ in 0..draws {
        let s = build(corridor, &sample(c, &mut rng));
        let (scen, base) = (s.run().outputs(), s.baseline().run().outputs());
        income.resize(scen.len(), Vec::new());
        remittances.resize(scen.len(), Vec::new());
        for (t, (a, b)) in scen.iter().zip(&base).enumerate() {
            income[t].push(a.unskilled_stayer_income_usd / b.unskilled_stayer_income_usd - 1.0);
            remittances[t].push(a.remittances_usd / b.remittances_usd - 1.0);
        }
    }
    let pick = |values: &mut Vec<Vec<f64>>, p: usize| -> Vec<f64> {
        values
            .iter_mut()
            .map(|v| {
                v.sort_by(f64::total_cmp);
                v[(p * draws).div_ceil(100) - 1]
            })
            .collect()
    };
    let percentiles = |values: &mut Vec<Vec<f64>>| migration_model::Percentiles {
        p10: pick(values, 10),
        p50: pick(values, 50),
        p90: pick(values, 90),
    };
    let base = build(corridor, c);
    let years = (0..=base.params[HorizonYears] as i32)
        .map(|t| base.setting.base_year + t)
        .collect();
    Uncertainty {
        draws,
        seed,
        years,
        income_effect: percentiles(&mut income),
        remittances_effect: percentiles(&mut remittances),
    }
}

#[test]
fn the_bands_follow_their_definition() {
    let c = mali_choices();
    let b = bands(MALI, &c, DRAWS, SEED);
    assert_eq!((b.draws, b.seed), (200, 2001));
    assert_eq!(b, bands_by_definition(MALI, &c, DRAWS, SEED));
    assert_eq!(b.years.first(), Some(&2022));
    assert_eq!(b.years.len(), 31);
    for p in [&b.income_effect, &b.remittances_effect] {
        for t in 0..31 {
            assert!(p.p10[t] < p.p50[t] && p.p50[t] < p.p90[t], "year {t}");
        }
    }
    // Cheaper transfers raise remittances in every draw, the income in most.
    assert!(b.remittances_effect.p10.iter().all(|&x| x > 0.0));
    assert!(b.income_effect.p50.iter().all(|&x| x > 0.0));
    // Another seed and size, and a shorter horizon.
    let c = choices(&[
        (InvestedShare, 0.5),
        (HorizonYears, 12.0),
        (Retirement, 0.02),
    ]);
    let small = bands(BANGLADESH, &c, 11, 7);
    assert_eq!(small, bands_by_definition(BANGLADESH, &c, 11, 7));
    assert_eq!(small.years.len(), 13);
    assert_ne!(small, bands(BANGLADESH, &c, 11, 8));
}

#[test]
fn the_number_of_draws_is_checked() {
    let (p, h) = catalogue().find("mali-2022", None).unwrap();
    for n in [0, 9, 10_001] {
        let e = Uncertainty::new(p, h, &Choices::new(), n, SEED).unwrap_err();
        assert_eq!(e, DrawsOutOfRange(n));
        assert!(e.to_string().contains("allowed range 10–10000"), "{e}");
    }
    assert!(Uncertainty::new(p, h, &Choices::new(), 10, SEED).is_ok());
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

const MALI_ARGS: [&str; 8] = [
    "--preset",
    "mali-2022",
    "--host",
    "france",
    "--set",
    "transfer_cost=0.03",
    "--set",
    "emig_rate_skilled=0.01",
];

#[test]
fn cli_sensitivity_prints_the_tornado_as_json() {
    let out = ok(&[&MALI_ARGS[..], &["--sensitivity"]].concat());
    assert_eq!(out, sensitivity(MALI, &mali_choices()).to_json() + "\n");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(keys(&v), ["assumptions", "central", "levers"]);
    assert_eq!(keys(&v["central"]), ["income_effect", "optimum"]);
    let list = v["assumptions"].as_array().unwrap();
    assert_eq!(list.len(), 21);
    for a in list {
        assert_eq!(keys(a), ["high", "income_effect", "low", "name", "optimum"]);
        assert_eq!(a["income_effect"].as_array().unwrap().len(), 2);
        assert_eq!(a["optimum"].as_array().unwrap().len(), 2);
    }
    assert_eq!(list[0]["name"], "cost_elasticity");
    let levers = v["levers"].as_array().unwrap();
    assert_eq!(levers.len(), 2);
    assert_eq!(keys(&levers[0]), ["income_effect_without", "name"]);
    assert_eq!(
        (&levers[0]["name"], &levers[1]["name"]),
        (
            &Value::from("emig_rate_skilled"),
            &Value::from("transfer_cost")
        )
    );
}

#[test]
fn cli_uncertainty_prints_the_bands_as_json() {
    let out = ok(&[&MALI_ARGS[..], &["--uncertainty"]].concat());
    assert_eq!(
        out,
        bands(MALI, &mali_choices(), 200, 2001).to_json() + "\n"
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        keys(&v),
        [
            "draws",
            "income_effect",
            "remittances_effect",
            "seed",
            "years"
        ]
    );
    assert_eq!(
        (&v["draws"], &v["seed"]),
        (&Value::from(200), &Value::from(2001))
    );
    assert_eq!(v["years"].as_array().unwrap().len(), 31);
    for effect in ["income_effect", "remittances_effect"] {
        assert_eq!(keys(&v[effect]), ["p10", "p50", "p90"]);
        for p in ["p10", "p50", "p90"] {
            assert_eq!(v[effect][p].as_array().unwrap().len(), 31, "{effect} {p}");
        }
    }
    let other = ok(&[
        &MALI_ARGS[..],
        &[
            "--uncertainty",
            "--draws",
            "10",
            "--seed",
            "18446744073709551615",
        ],
    ]
    .concat());
    assert_eq!(
        other,
        bands(MALI, &mali_choices(), 10, u64::MAX).to_json() + "\n"
    );
    assert!(other.starts_with("{\"draws\":10,\"seed\":18446744073709551615,"));
}

#[test]
fn cli_refuses_bad_draws_seeds_and_combinations_in_one_line() {
    let cases: &[(&[&str], &str)] = &[
        (&["--uncertainty", "--draws", "9"], "allowed range 10–10000"),
        (
            &["--uncertainty", "--draws", "10001"],
            "allowed range 10–10000",
        ),
        (
            &["--uncertainty", "--draws", "1.5"],
            "allowed range 10–10000",
        ),
        (
            &["--uncertainty", "--draws", "-20"],
            "allowed range 10–10000",
        ),
        (
            &["--uncertainty", "--draws", "many"],
            "allowed range 10–10000",
        ),
        (&["--uncertainty", "--draws"], "--draws needs a value"),
        (&["--uncertainty", "--seed", "-1"], "--seed"),
        (
            &["--uncertainty", "--seed", "18446744073709551616"],
            "--seed",
        ),
        (&["--sensitivity", "--draws", "20"], "go with --uncertainty"),
        (&["--seed", "3"], "go with --uncertainty"),
        (&["--sensitivity", "--uncertainty"], "cannot be combined"),
        (&["--uncertainty", "--optimum"], "cannot be combined"),
        (&["--params", "--sensitivity"], "cannot be combined"),
    ];
    for (args, message) in cases {
        let args = [&["--preset", "mali-2022"][..], args].concat();
        let (code, out, err) = sim(&args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err:?} lacks {message:?}");
    }
}

/// docs/model.md §11 names the drawn assumptions in the order they are drawn,
/// and the defaults of the command line.
#[test]
fn the_document_describes_the_draws_as_the_code_makes_them() {
    let doc = include_str!("../../../../docs/model.md");
    let section = doc
        .split("## 11. What drives the result")
        .nth(1)
        .expect("docs/model.md has §11");
    // Line breaks as spaces: the document wraps its lines.
    let section = section.split_whitespace().collect::<Vec<_>>().join(" ");
    let drawn: Vec<String> = ParamId::sampled()
        .map(|id| format!("`{}`", id.name()))
        .collect();
    let drawn = drawn.join(", ");
    assert!(section.contains(&drawn), "§11 must list, in order: {drawn}");
    assert!(section.contains("N = 200") && section.contains("seeded with 2001"));
    assert_eq!((DRAWS, SEED), (200, 2001));
    assert!(section.contains("not a probability statement"));
}

/// Worked numbers from `tests/worked/what_drives.py`, an independent Python
/// reimplementation written from the specification (docs/model.md §10–§11),
/// for the scenarios of this module and a third, "triangular" (a drawn
/// assumption set by the user, a whole-year one among them), at the default
/// draws and seed; key values to 1e-9.
#[test]
fn worked_numbers_from_an_independent_reimplementation() {
    const TOL: f64 = 1e-9;
    let close = |what: &str, got: f64, want: f64| crate::support::assert_rel(what, got, want, TOL);
    let last = |p: &Vec<f64>| *p.last().unwrap();
    let grid = |i: f64| (0.05 * i) / 100.0;

    let sens = sensitivity(MALI, &mali_choices());
    close(
        "central income effect",
        sens.central.income_effect,
        0.0013938589823152547,
    );
    assert_eq!(sens.central.optimum, grid(11.0));
    let first: [(&str, [f64; 2], [f64; 2]); 3] = [
        (
            "cost_elasticity",
            [-5.449343238872473e-05, 0.0028709605756271905],
            [grid(11.0), grid(11.0)],
        ),
        (
            "brain_gain",
            [0.001690795093045816, 0.0012178166598728613],
            [0.0, grid(25.0)],
        ),
        (
            "saving_rate",
            [0.0016512453118655568, 0.0012743916572779401],
            [grid(11.0), grid(11.0)],
        ),
    ];
    for (a, (name, income, optimum)) in sens.assumptions.iter().zip(first) {
        assert_eq!(a.name.name(), name);
        close(&format!("{name} at low"), a.income_effect[0], income[0]);
        close(&format!("{name} at high"), a.income_effect[1], income[1]);
        assert_eq!(a.optimum, optimum, "{name}");
    }
    close(
        "without e_s",
        sens.levers[0].income_effect_without,
        0.00144949001908512,
    );
    close(
        "without c",
        sens.levers[1].income_effect_without,
        -5.449343238872473e-05,
    );

    let b = bands(MALI, &mali_choices(), DRAWS, SEED);
    let income = &b.income_effect;
    close("income p10 2052", last(&income.p10), 0.0005316028867541345);
    close("income p50 2052", last(&income.p50), 0.001392491081962044);
    close("income p90 2052", last(&income.p90), 0.002124192662697366);
    let remit = &b.remittances_effect;
    close(
        "remittances p10 2052",
        last(&remit.p10),
        0.009248673460059642,
    );
    close(
        "remittances p50 2052",
        last(&remit.p50),
        0.01964209074628842,
    );
    close(
        "remittances p90 2052",
        last(&remit.p90),
        0.02829701689307096,
    );

    // The triangular draws with a user's own brain gain (drawn around 0.8 all
    // the same) and prospect horizon.
    let user = choices(&[
        (TransferCost, 0.03),
        (BrainGain, 0.2),
        (ProspectHorizon, 15.0),
    ]);
    let b = bands(BANGLADESH, &user, DRAWS, SEED);
    let income = &b.income_effect;
    close(
        "triangular income p10",
        last(&income.p10),
        0.0007442866716691476,
    );
    close(
        "triangular income p50",
        last(&income.p50),
        0.0015528021623480992,
    );
    close(
        "triangular income p90",
        last(&income.p90),
        0.002321897605991996,
    );
    let remit = &b.remittances_effect;
    close(
        "triangular remittances p10",
        last(&remit.p10),
        0.01280217673507944,
    );
    close(
        "triangular remittances p50",
        last(&remit.p50),
        0.025964373290507492,
    );
    close(
        "triangular remittances p90",
        last(&remit.p90),
        0.036841627274952105,
    );
    let sens = sensitivity(BANGLADESH, &user);
    close(
        "triangular central",
        sens.central.income_effect,
        0.0015101968851396474,
    );
    assert_eq!(sens.central.optimum, grid(1.0));
    let names: Vec<&str> = sens.assumptions.iter().map(|a| a.name.name()).collect();
    assert_eq!(
        names[..3],
        ["cost_elasticity", "saving_rate", "capital_share"]
    );

    // Bangladesh with nothing set: zero income effects (exactly), and the
    // first three entries in table order with their optima.
    let sens = sensitivity(BANGLADESH, &Choices::new());
    assert_eq!(
        (sens.central.income_effect, sens.central.optimum),
        (0.0, grid(9.0))
    );
    let first = [
        ("prospect_horizon", [grid(5.0), grid(15.0)]),
        ("brain_gain", [0.0, grid(24.0)]),
        ("max_study_share", [grid(9.0), grid(9.0)]),
    ];
    for (a, (name, optimum)) in sens.assumptions.iter().zip(first) {
        assert_eq!(
            (a.name.name(), a.income_effect, a.optimum),
            (name, [0.0; 2], optimum)
        );
    }
}
