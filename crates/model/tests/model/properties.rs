//! Property tests over the whole parameter box (all 34 parameters set, one
//! draw in eight on a bound), every preset and host: no panic, every output
//! finite, the host's immigrant share in [0, 1), people and money conserved.
//! Each point has its own seed, named when an assertion fails.

use crate::invariants::{assert_money_conserved, assert_people_conserved};
use crate::support::{corridors, Rng};
use migration_model::{
    Choices, ParamId, ParamProblem, Position, Preset, Run, Scenario, COLUMNS, GRID_POINTS, SPECS,
};
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
        let m = out.host_immigrant_share;
        assert!(
            (0.0..1.0).contains(&m),
            "{context}: host share {m} in {year}"
        );
        let h = out.skilled_share;
        assert!(h > 0.0 && h < 1.0, "{context}: skilled share {h} in {year}");
        assert!(
            out.income_per_worker_usd > 0.0,
            "{context}: income in {year}"
        );
        assert!(out.remittances_usd >= 0.0, "{context}: R in {year}");
    }
    assert_people_conserved(run, context);
    assert_money_conserved(run, context);
}

/// 10,200 runs: 1,700 for each of the six (preset, host) pairs.
#[test]
fn host_share_bounded_and_outputs_finite() {
    let mut runs = 0;
    for (k, (preset, host)) in corridors().into_iter().enumerate() {
        for i in 0..1700 {
            let seed = 20_000 + 10_000 * k as u64 + i;
            let choices = Rng::new(seed).choices();
            assert_eq!(choices.iter().count(), SPECS.len());
            let context = format!(
                "{} seed {seed} at {:?}",
                preset.id,
                choices.iter().collect::<Vec<_>>()
            );
            let run = without_panic(preset, seed, &choices, || {
                Scenario::new(preset, &preset.hosts[host], &choices).run()
            });
            check_run(&run, &context);
            runs += 1;
        }
    }
    assert_eq!(runs, 10_200);
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
                assert_eq!(*e, i as f64 / 2000.0, "{context}: grid point {i}");
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
