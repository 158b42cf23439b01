//! Property tests over the whole parameter box: thousands of random points,
//! every preset and host. No panic, every output finite, people and money conserved.

use crate::invariants::{assert_money_conserved, assert_people_conserved};
use crate::support::{corridors, Rng};
use migration_model::{ModelError, ParamId, Problem, Scenario, SPECS};

#[test]
fn every_output_is_finite_over_the_whole_box() {
    let mut rng = Rng(2001);
    let mut runs = 0;
    for (preset, host) in corridors() {
        for _ in 0..1000 {
            let params = rng.params();
            let scenario = Scenario::new(preset, &preset.hosts[host], params).unwrap();
            let run = scenario.run();
            for out in run.outputs() {
                for (v, name) in out.values().iter().zip(&migration_model::COLUMNS[1..]) {
                    assert!(v.is_finite(), "{name} = {v} for {} {params:?}", preset.id);
                }
                assert!(out.skilled_share > 0.0 && out.skilled_share < 1.0);
                assert!(out.gni_per_worker_usd > 0.0 && out.remittances_usd >= 0.0);
            }
            assert_people_conserved(&scenario);
            assert_money_conserved(&scenario);
            runs += 1;
        }
    }
    assert_eq!(runs, 6000);
}

#[test]
fn the_optimum_is_finite_over_the_whole_box() {
    let mut rng = Rng(2002);
    for (preset, host) in corridors() {
        for _ in 0..40 {
            let opt = Scenario::new(preset, &preset.hosts[host], rng.params())
                .unwrap()
                .optimum();
            assert_eq!(opt.curve.len(), 101);
            assert!(opt
                .curve
                .iter()
                .all(|[e, w]| e.is_finite() && w.is_finite()));
            assert!(opt.band[0] <= opt.emig_rate_skilled && opt.emig_rate_skilled <= opt.band[1]);
            assert!(
                opt.objective >= 0.0,
                "W(0) = 0, so the best W is at least 0"
            );
        }
    }
}

#[test]
fn bad_values_are_refused_with_the_name_and_range() {
    let mut rng = Rng(2003);
    let (preset, host) = corridors()[0];
    for spec in &SPECS {
        let below = spec.min - 1e-9 - rng.unit();
        let above = spec.max + 1e-9 + rng.unit() * 1e6;
        for (bad, problem) in [
            (f64::NAN, Problem::NotANumber),
            (f64::INFINITY, Problem::Infinite),
            (f64::NEG_INFINITY, Problem::Infinite),
            (below, Problem::OutOfRange),
            (above, Problem::OutOfRange),
        ] {
            let mut params = preset.defaults();
            assert!(params.set(spec.id, bad).is_err());
            params[spec.id] = bad;
            match Scenario::new(preset, &preset.hosts[host], params) {
                Err(ModelError::Param(e)) => {
                    assert_eq!((e.id, e.problem), (spec.id, problem));
                    let text = e.to_string();
                    assert!(text.starts_with(spec.name), "{text}");
                    assert!(
                        text.contains(&format!("{}–{}", spec.min, spec.max)),
                        "{text}"
                    );
                }
                other => panic!("{} = {bad}: {other:?}", spec.name),
            }
        }
    }
    let mut params = preset.defaults();
    assert_eq!(
        params.set(ParamId::HorizonYears, 20.5).unwrap_err().problem,
        Problem::NotWhole
    );
    assert!(
        params.set(ParamId::ProspectHorizon, 7.5).is_ok(),
        "H need not be whole"
    );
}
