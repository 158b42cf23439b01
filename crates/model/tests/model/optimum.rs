//! The migration optimum (MODEL.md §5).

use crate::support::scenario;
use migration_model::{ParamId::*, Position};

#[test]
fn with_bangladesh_defaults_the_optimum_is_interior_and_the_curve_humped() {
    let opt = scenario("bangladesh-2022", "saudi-arabia", &[]).optimum();
    assert!(opt.interior, "{opt:?}");
    let best = opt
        .curve
        .iter()
        .position(|p| p[0] == opt.emig_rate_skilled)
        .unwrap();
    assert!(best > 0 && best < 100);
    // Rising then falling.
    assert!(opt.curve[..=best].windows(2).all(|w| w[1][1] >= w[0][1]));
    assert!(opt.curve[best..].windows(2).all(|w| w[1][1] <= w[0][1]));
    assert!(opt.curve[100][1] < opt.objective);
    assert_eq!(opt.curve[0], [0.0, 0.0]);
    assert!(opt.band[0] < opt.emig_rate_skilled && opt.emig_rate_skilled < opt.band[1]);
}

#[test]
fn without_brain_gain_there_is_no_interior_optimum() {
    let opt = scenario("bangladesh-2022", "saudi-arabia", &[(BrainGain, 0.0)]).optimum();
    assert!(!opt.interior);
    assert_eq!(opt.emig_rate_skilled, 0.0);
    assert_eq!(opt.position(0.01), Position::NoInterior { rises: false });
    // The band's runs multiply a zero brain gain: nothing moves.
    assert_eq!(opt.band, [0.0, 0.0]);
}

#[test]
fn the_grid_runs_from_zero_to_the_lever_maximum_in_clean_steps() {
    let opt = scenario("mali-2022", "france", &[]).optimum();
    assert_eq!(opt.curve.len(), 101);
    assert_eq!(opt.curve[0][0], 0.0);
    assert_eq!(opt.curve[6][0], 0.003);
    assert_eq!(opt.curve[100][0], 0.05);
}

#[test]
fn the_current_rate_is_placed_against_the_optimum() {
    let opt = scenario("bangladesh-2022", "saudi-arabia", &[]).optimum();
    let e = opt.emig_rate_skilled;
    assert_eq!(opt.position(e), Position::At);
    assert_eq!(opt.position(e + 0.0002), Position::At);
    assert_eq!(opt.position(e - 0.001), Position::Below);
    assert_eq!(opt.position(e + 0.001), Position::Above);
}

#[test]
fn the_optimum_does_not_depend_on_the_current_skilled_rate() {
    let a = scenario("mali-2022", "france", &[(EmigRateSkilled, 0.0)]).optimum();
    let b = scenario("mali-2022", "france", &[(EmigRateSkilled, 0.04)]).optimum();
    assert_eq!(a, b);
}

#[test]
fn a_heavier_skills_weight_lowers_the_optimum() {
    let light = scenario("bangladesh-2022", "saudi-arabia", &[(SkillsWeight, 0.0)]).optimum();
    let heavy = scenario("bangladesh-2022", "saudi-arabia", &[(SkillsWeight, 2.0)]).optimum();
    assert!(
        heavy.emig_rate_skilled <= light.emig_rate_skilled,
        "{} vs {}",
        heavy.emig_rate_skilled,
        light.emig_rate_skilled
    );
}
