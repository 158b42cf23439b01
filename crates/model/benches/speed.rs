//! `cargo bench -p migration-model`: prints the model's speed, no timing asserts.
//!
//! Targets on the 2-core build machine: a 30-year run under 3 µs, an optimum
//! with its band (3 × 101 runs) under 1 ms. The widget redraws on every slider
//! input, so these leave most of a 16 ms frame to drawing. "What drives the
//! result" (docs/model.md §10–§11) is heavier, and is figured here too: the
//! sensitivity (about 40 optima without band) and the uncertainty bands (200
//! draws, about 400 runs).

use migration_model::{
    Catalogue, Choices, ParamId, Scenario, Sensitivity, Uncertainty, DRAWS, SEED,
};
use std::hint::black_box;
use std::time::Instant;

/// Median time per call over `rounds` rounds of `per_round` calls, in ns.
fn median_ns(rounds: usize, per_round: usize, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..per_round {
                f();
            }
            start.elapsed().as_nanos() as f64 / per_round as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[rounds / 2]
}

fn main() {
    let catalogue = Catalogue::embedded();
    let preset = catalogue.preset("bangladesh-2022").expect("preset");
    let scenario = Scenario::new(preset, &preset.hosts[0], &Choices::new());

    let run = median_ns(50, 20_000, || {
        black_box(black_box(&scenario).run());
    });
    // A lever set: the run also needs its baseline's diaspora (host block, §4),
    // which `run_against` takes from a baseline run the caller has already.
    let mut cheaper = Choices::new();
    cheaper.set(ParamId::TransferCost, 0.03).expect("in range");
    let lever = Scenario::new(preset, &preset.hosts[0], &cheaper);
    let baseline = lever.baseline().run();
    let against = median_ns(50, 20_000, || {
        black_box(black_box(&lever).run_against(&baseline));
    });
    let outputs = median_ns(50, 5_000, || {
        black_box(black_box(&scenario).run().outputs());
    });
    let optimum = median_ns(30, 50, || {
        black_box(black_box(&scenario).optimum());
    });
    let (mali, france) = catalogue
        .find("mali-2022", Some("france"))
        .expect("corridor");
    let mut set = Choices::new();
    set.set(ParamId::TransferCost, 0.03).expect("in range");
    set.set(ParamId::EmigRateSkilled, 0.01).expect("in range");
    let sensitivity = median_ns(11, 3, || {
        black_box(Sensitivity::new(mali, france, black_box(&set)));
    });
    let bands = median_ns(11, 5, || {
        black_box(Uncertainty::new(mali, france, black_box(&set), DRAWS, SEED).ok());
    });
    println!("model run (30 years, calibration included): {run:.0} ns   (target < 3000 ns)");
    println!("model run, a lever set, against a baseline: {against:.0} ns");
    println!("model run with outputs converted:           {outputs:.0} ns");
    println!(
        "optimum with band (3 × 101 runs):           {:.1} µs (target < 1000 µs)",
        optimum / 1000.0
    );
    println!(
        "sensitivity (21 assumptions × 2 ends):       {:.2} ms",
        sensitivity / 1e6
    );
    println!(
        "uncertainty bands ({DRAWS} draws × 2 runs):     {:.2} ms",
        bands / 1e6
    );
}
