//! Property tests over the whole parameter box (every parameter set), every
//! preset and host: each parameter at each end of its range with the others
//! random, all at their low ends, all at their high ends, and at least 10,000
//! random points (one draw in eight on a bound): no panic, every output finite
//! and within its bounds, people and money conserved. Each point has its own
//! seed, named when an assertion fails.

use crate::invariants::{assert_money_conserved, assert_people_conserved};
use crate::support::{corridors, Rng};
use migration_model::{
    Choices, ParamId, ParamProblem, Position, Preset, Run, Scenario, COLUMNS, GRID_POINTS, SPECS,
};

/// Random points of the whole box, at least, over all presets and hosts.
const RANDOM_POINTS: usize = 10_000;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `f`, turning a panic into a failure that names the seed and the point.
fn without_panic<T>(preset: &Preset, seed: u64, choices: &Choices, f: impl FnOnce() -> T) -> T {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| {
        panic!(
            "{} seed {seed} panicked at {:?}",
            preset.id,
            choices.iter().collect::<Vec<_>>()
        )
    })
}

fn check_run(run: &Run, context: &str) {
    for out in run.outputs() {
        let year = out.year;
        for (v, name) in out.values().iter().zip(&COLUMNS[1..]) {
            assert!(v.is_finite(), "{context}: {name} = {v} in {year}");
        }
        let within = |name: &str, v: f64, ok: bool| {
            assert!(ok, "{context}: {name} = {v} in {year}");
        };
        let m = out.host_immigrant_share;
        within("host immigrant share", m, (0.0..1.0).contains(&m));
        let h = out.skilled_share;
        within("skilled share", h, h > 0.0 && h < 1.0);
        let m_s = out.skilled_emigration_rate;
        within("skilled emigration rate", m_s, (0.0..1.0).contains(&m_s));
        for (name, v) in [
            ("GDP", out.gdp_usd),
            ("income per worker", out.income_per_worker_usd),
            ("unskilled stayer's income", out.unskilled_stayer_income_usd),
            ("skilled stayer's income", out.skilled_stayer_income_usd),
            ("unskilled wage", out.wage_unskilled_usd),
            ("skilled wage", out.wage_skilled_usd),
            ("income per native", out.income_per_native_usd),
            ("K/Y", out.capital_to_gdp),
        ] {
            within(name, v, v > 0.0);
        }
        for (name, v) in [
            ("R", out.remittances_usd),
            ("R/Y", out.remittances_to_gdp),
            ("C", out.transfer_costs_usd),
            ("C/Y", out.transfer_costs_to_gdp),
            ("diaspora", out.diaspora_people),
            ("corridor migrants", out.corridor_migrants),
            ("host surplus", out.host_surplus_pct_gdp),
            ("host outflow", out.host_remittance_outflow_pct_gdp),
        ] {
            within(name, v, v >= 0.0);
        }
        let wage = out.host_native_wage_change_pct;
        within("host wage change", wage, wage > -100.0);
    }
    for y in &run.years {
        assert!(
            y.kept() >= 0.0 && y.sent <= y.earnings - y.f + 1e-12,
            "{context}"
        );
    }
    assert_people_conserved(run, context);
    assert_money_conserved(run, context);
}

/// Every parameter at `end` (0: its minimum, 1: its maximum).
fn all_at(end: usize) -> Choices {
    let mut choices = Choices::new();
    for spec in &SPECS {
        choices.set(spec.id, [spec.min, spec.max][end]).unwrap();
    }
    choices
}

/// The points of the property test for one corridor: all low, all high, each
/// parameter at each end with the others random, then `random` random points.
fn box_points(corridor: usize, random: usize) -> Vec<(u64, Choices)> {
    let base = 20_000 + 100_000 * corridor as u64;
    let mut out = vec![(base, all_at(0)), (base + 1, all_at(1))];
    for (k, spec) in SPECS.iter().enumerate() {
        for (end, value) in [spec.min, spec.max].into_iter().enumerate() {
            let seed = base + 10 + 2 * k as u64 + end as u64;
            let mut choices = Rng::new(seed).choices();
            choices.set(spec.id, value).unwrap();
            out.push((seed, choices));
        }
    }
    for i in 0..random as u64 {
        let seed = base + 1_000 + i;
        out.push((seed, Rng::new(seed).choices()));
    }
    out
}

#[test]
fn every_output_is_finite_and_within_its_bounds_over_the_whole_box() {
    let corridors = corridors();
    let per_corridor = RANDOM_POINTS.div_ceil(corridors.len());
    let mut random = 0;
    for (k, (preset, host)) in corridors.into_iter().enumerate() {
        let points = box_points(k, per_corridor);
        random += points.len() - 2 - 2 * SPECS.len();
        for (seed, choices) in points {
            assert_eq!(choices.iter().count(), SPECS.len());
            let context = format!(
                "{} host {host} seed {seed} at {:?}",
                preset.id,
                choices.iter().collect::<Vec<_>>()
            );
            let scenario = Scenario::new(preset, &preset.hosts[host], &choices);
            let run = without_panic(preset, seed, &choices, || scenario.run());
            check_run(&run, &context);
            let base = without_panic(preset, seed, &choices, || scenario.baseline().run());
            check_run(&base, &format!("{context}, baseline"));
        }
    }
    assert!(random >= RANDOM_POINTS, "{random} random points");
}

/// The optimum (303 runs each) on 120 points of the whole box.
#[test]
fn the_optimum_is_finite_over_the_whole_box() {
    for (k, (preset, host)) in corridors().into_iter().enumerate() {
        for i in 0..20 {
            let seed = 90_000 + 1000 * k as u64 + i;
            let choices = Rng::new(seed).choices();
            let context = format!(
                "{} seed {seed} at {:?}",
                preset.id,
                choices.iter().collect::<Vec<_>>()
            );
            let scenario = Scenario::new(preset, &preset.hosts[host], &choices);
            let opt = without_panic(preset, seed, &choices, || scenario.optimum());
            assert_eq!(opt.curve.len(), GRID_POINTS, "{context}");
            for (i, [e, w]) in opt.curve.iter().enumerate() {
                assert_eq!(*e, (0.05 * i as f64) / 100.0, "{context}: grid point {i}");
                assert!(w.is_finite(), "{context}: W({e}) = {w}");
            }
            assert_eq!(opt.curve[0], [0.0, 0.0], "{context}: W(0) = 0");
            assert!(
                opt.objective.is_finite() && opt.objective >= 0.0,
                "{context}"
            );
            let best = opt.curve.iter().map(|p| p[1]).fold(f64::MIN, f64::max);
            assert_eq!(opt.objective, best, "{context}");
            assert!(opt
                .curve
                .iter()
                .any(|p| p == &[opt.emig_rate_skilled, opt.objective]));
            let [low, high] = opt.band;
            let e = opt.emig_rate_skilled;
            assert!(
                low <= e && e <= high,
                "{context}: band {low}–{high} misses {e}"
            );
            assert!(
                opt.curve.iter().any(|p| p[0] == low) && opt.curve.iter().any(|p| p[0] == high)
            );
            assert_eq!(opt.interior, e != 0.0 && e != 0.05, "{context}");
            // The near-optimum range holds the optimum, and every point of it
            // scores within 10 % of the best.
            let [near_lo, near_hi] = opt.near;
            assert!(
                near_lo <= e && e <= near_hi,
                "{context}: near {near_lo}–{near_hi}"
            );
            let floor = opt.objective - 0.1 * opt.objective.abs();
            for [x, w] in &opt.curve {
                if (near_lo..=near_hi).contains(x) {
                    assert!(*w >= floor, "{context}: W({x}) = {w} below {floor}");
                }
            }
            // And it is the whole run: the grid points just outside it, where
            // there are any, score below the floor.
            let inside = |x: f64| (near_lo..=near_hi).contains(&x);
            for pair in opt.curve.windows(2) {
                let ([x0, w0], [x1, w1]) = (pair[0], pair[1]);
                if inside(x0) && !inside(x1) {
                    assert!(w1 < floor, "{context}: W({x1}) = {w1} above the range");
                }
                if !inside(x0) && inside(x1) {
                    assert!(w0 < floor, "{context}: W({x0}) = {w0} below the range");
                }
            }
            // At either end of the skills weights that make the current rate's
            // grid point optimal, it scores at least as well as every other.
            if let Some((lo, hi)) = opt.skills_weight_for_current {
                let current = scenario.params[ParamId::EmigRateSkilled];
                let i = (0..GRID_POINTS)
                    .min_by(|&a, &b| {
                        let gap = |j: usize| (opt.curve[j][0] - current).abs();
                        gap(a).total_cmp(&gap(b))
                    })
                    .unwrap();
                for weight in [Some(lo), hi].into_iter().flatten() {
                    let score = |j: usize| opt.parts[j][0] + weight * opt.parts[j][1];
                    for j in 0..GRID_POINTS {
                        assert!(
                            score(i) >= score(j) - 1e-12 * score(j).abs().max(1e-12),
                            "{context}: at ω = {weight}, {i} loses to {j}"
                        );
                    }
                }
            }
            if !opt.interior {
                let position = opt.position(scenario.params[ParamId::EmigRateSkilled]);
                assert!(matches!(position, Position::NoInterior { .. }), "{context}");
            }
        }
    }
}

/// A bad value is refused with the parameter's name, the reason and the range,
/// reasons in this order: not a number (NaN, ±∞), out of range, not whole.
#[test]
fn bad_values_are_refused_with_the_name_and_range() {
    let mut rng = Rng::new(2003);
    for spec in &SPECS {
        let below = spec.min - 1e-9 - rng.unit();
        let above = spec.max + 1e-9 + rng.unit() * 1e6;
        let mut cases = vec![
            (f64::NAN, ParamProblem::NotANumber),
            (f64::INFINITY, ParamProblem::NotANumber),
            (f64::NEG_INFINITY, ParamProblem::NotANumber),
            (below, ParamProblem::OutOfRange),
            (above, ParamProblem::OutOfRange),
        ];
        if spec.unit == migration_model::Unit::WholeYears {
            // Out of range and not whole: the range is reported first.
            cases.push((spec.max + 0.5, ParamProblem::OutOfRange));
            cases.push((spec.min + 0.5, ParamProblem::NotWhole));
        }
        for (bad, problem) in cases {
            let e = spec.check(bad).unwrap_err();
            assert_eq!(
                (e.id, e.problem),
                (spec.id, problem),
                "{} = {bad}",
                spec.name
            );
            let mut choices = Choices::new();
            let refused = choices.set(spec.id, bad).unwrap_err();
            assert_eq!((refused.id, refused.problem), (e.id, e.problem));
            assert!(!choices.is_set(spec.id), "a refused value is not kept");
            let text = e.to_string();
            assert!(text.starts_with(spec.name), "{text}");
            let range = format!("{}–{}", spec.min, spec.max);
            assert!(text.contains(&range), "{text} lacks {range}");
        }
        for good in [spec.min, spec.max] {
            assert_eq!(spec.check(good), Ok(good), "{}", spec.name);
        }
    }
    let e = ParamId::HorizonYears.spec().check(20.5).unwrap_err();
    assert_eq!(e.problem, ParamProblem::NotWhole);
    assert!(e.to_string().contains("not a whole number"), "{e}");
    let h = ParamId::ProspectHorizon.spec().check(7.5).unwrap_err();
    assert_eq!(h.problem, ParamProblem::NotWhole, "H is whole years too");
    // A value a person sets stays set until reset, and a refused one changes nothing.
    let mut choices = Choices::new();
    choices.set(ParamId::TransferCost, 0.03).unwrap();
    assert!(choices.set(ParamId::TransferCost, 0.5).is_err());
    assert_eq!(choices.get(ParamId::TransferCost), Some(0.03));
}
