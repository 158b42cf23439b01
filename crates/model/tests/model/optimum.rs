//! The migration optimum (docs/model.md §5).

use crate::support::{catalogue, scenario};
use migration_model::{Choices, Optimum, ParamId::*, Position, Scenario};

/// The optimum of a preset's defaults, and its current (default) e_s.
fn default_optimum(preset: &str) -> (Optimum, f64) {
    let (p, h) = catalogue().find(preset, None).unwrap();
    let s = Scenario::new(p, h, &Choices::new());
    (s.optimum(), s.params[EmigRateSkilled])
}

/// Rising up to the optimum, falling after it, and the optimum inside the grid.
fn assert_humped(what: &str, opt: &Optimum) {
    assert!(opt.interior, "{what}: {opt:?}");
    let best = opt
        .curve
        .iter()
        .position(|p| p[0] == opt.emig_rate_skilled)
        .unwrap();
    assert!(best > 0 && best < 100, "{what}");
    assert!(
        opt.curve[..=best].windows(2).all(|w| w[1][1] > w[0][1]),
        "{what}: rises"
    );
    assert!(
        opt.curve[best..].windows(2).all(|w| w[1][1] < w[0][1]),
        "{what}: falls"
    );
    assert_eq!(opt.curve[0], [0.0, 0.0], "{what}");
    assert!(opt.curve[100][1] < opt.objective, "{what}");
}

#[test]
fn bangladesh_2022_lies_below_its_optimum() {
    let (opt, current) = default_optimum("bangladesh-2022");
    assert_eq!(opt.emig_rate_skilled, 0.0045);
    assert_eq!((current * 1e4).round(), 31.0, "current e_s {current}");
    assert_eq!(opt.position(current), Position::Below);
}

#[test]
fn mali_2022_lies_above_its_optimum() {
    let (opt, current) = default_optimum("mali-2022");
    assert_eq!(opt.emig_rate_skilled, 0.0055);
    assert_eq!((current * 1e4).round(), 132.0, "current e_s {current}");
    assert_eq!(opt.position(current), Position::Above);
}

#[test]
fn with_default_levers_the_curve_is_humped_for_every_preset() {
    for preset in &catalogue().presets {
        let (opt, _) = default_optimum(&preset.id);
        assert_humped(&preset.id, &opt);
        let [low, high] = opt.band;
        assert!(
            low <= opt.emig_rate_skilled && opt.emig_rate_skilled <= high,
            "{}",
            preset.id
        );
        assert!(low < high, "{}: β moves the optimum", preset.id);
    }
}

#[test]
fn without_brain_gain_the_curve_falls_from_the_start() {
    for preset in &catalogue().presets {
        let s = scenario(&preset.id, &preset.hosts[0].id, &[(BrainGain, 0.0)]);
        let opt = s.optimum();
        assert!(!opt.interior, "{}", preset.id);
        assert_eq!(opt.emig_rate_skilled, 0.0, "{}", preset.id);
        assert!(opt.curve[1..].iter().all(|p| p[1] < 0.0), "{}", preset.id);
        assert!(
            opt.curve.windows(2).all(|w| w[1][1] < w[0][1]),
            "{}",
            preset.id
        );
        assert_eq!(opt.position(0.01), Position::NoInterior { rises: false });
        // The band's runs multiply a zero brain gain: nothing moves.
        assert_eq!(opt.band, [0.0, 0.0]);
    }
}

#[test]
fn the_band_contains_the_optimum() {
    let cases: &[&[(migration_model::ParamId, f64)]] = &[
        &[],
        &[(BrainGain, 1.5)],
        &[(SkillsWeight, 0.0)],
        &[(SkillsWeight, 2.0), (TransferCost, 0.02)],
        &[(HorizonYears, 50.0), (DiscountRate, 0.0)],
    ];
    for changes in cases {
        let opt = scenario("mali-2022", "cote-divoire", changes).optimum();
        let [low, high] = opt.band;
        assert!(
            low <= opt.emig_rate_skilled && opt.emig_rate_skilled <= high,
            "{changes:?}"
        );
    }
}

#[test]
fn the_grid_runs_from_zero_to_the_lever_maximum_in_clean_steps() {
    let opt = scenario("mali-2022", "france", &[]).optimum();
    assert_eq!(opt.curve.len(), 101);
    assert_eq!(opt.curve[0][0], 0.0);
    assert_eq!(opt.curve[6][0], 0.003);
    assert_eq!(opt.curve[9][0], 0.0045);
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
fn a_heavier_skills_weight_lowers_the_optimum() {
    let light = scenario("bangladesh-2022", "saudi-arabia", &[(SkillsWeight, 0.0)]).optimum();
    let heavy = scenario("bangladesh-2022", "saudi-arabia", &[(SkillsWeight, 2.0)]).optimum();
    assert!(
        heavy.emig_rate_skilled < light.emig_rate_skilled,
        "{} vs {}",
        heavy.emig_rate_skilled,
        light.emig_rate_skilled
    );
}

/// `same_optimum` says whether a change can move the curve: e_s and the host's
/// assumptions (and the host itself) cannot, anything else can.
#[test]
fn same_optimum_ignores_only_the_skilled_rate_and_the_host() {
    let base = scenario("mali-2022", "france", &[]);
    let same = [
        scenario("mali-2022", "france", &[(EmigRateSkilled, 0.0)]),
        scenario("mali-2022", "france", &[(EmigRateSkilled, 0.04)]),
        scenario("mali-2022", "france", &[(HostWageElasticity, 0.9)]),
        scenario(
            "mali-2022",
            "france",
            &[(HostFiscalPerMigrant, -0.2), (HostLabourShare, 0.5)],
        ),
        scenario("mali-2022", "cote-divoire", &[(HostWageAdjustment, 1.0)]),
    ];
    let optimum = base.optimum();
    for s in &same {
        assert!(
            base.same_optimum(s) && s.same_optimum(&base),
            "{:?}",
            s.params
        );
        assert_eq!(s.optimum(), optimum, "same_optimum promised the same curve");
    }
    let different = [
        scenario("mali-2022", "france", &[(TransferCost, 0.03)]),
        scenario("mali-2022", "france", &[(SkillsWeight, 1.0)]),
        scenario("mali-2022", "france", &[(LabourGrowth, 0.02)]),
        scenario("mali-2022", "france", &[(EmigRateUnskilled, 0.01)]),
        scenario("mali-2022", "france", &[(Retirement, 0.03)]),
        scenario("mali-2000", "france", &[]),
        scenario("bangladesh-2022", "saudi-arabia", &[]),
    ];
    for s in &different {
        assert!(
            !base.same_optimum(s) && !s.same_optimum(&base),
            "{:?}",
            s.params
        );
    }
    assert!(base.same_optimum(&base));
}
