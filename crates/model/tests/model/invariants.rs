//! MODEL.md §7, one test per invariant.

use crate::support::{assert_close, catalog, corridors, scenario, Rng};
use migration_model::{ParamId::*, Scenario, Setting};

/// With e_u = e_s = 0, ρ_u = ρ_s = 0 and no initial diaspora, h stays at h0
/// and L grows at n.
#[test]
fn without_migration_skills_stay_and_labour_grows_at_n() {
    for (preset, host) in corridors() {
        let mut setting = Setting::new(preset, &preset.hosts[host]);
        setting.d0 = 0.0;
        setting.m_s0 = 0.0;
        let mut params = preset.defaults();
        for id in [
            EmigRateUnskilled,
            EmigRateSkilled,
            ReturnRateUnskilled,
            ReturnRateSkilled,
        ] {
            params.set(id, 0.0).unwrap();
        }
        let n = params[LabourGrowth];
        let run = Scenario {
            setting,
            params,
            defaults: params,
        }
        .run();
        assert_eq!(run.years.len(), 31);
        for y in &run.years {
            let x = &y.state;
            assert_close("h", x.s / x.labour(), setting.h0, 1e-12);
            assert_close("L", x.labour(), (1.0 + n).powi(y.t as i32), 1e-12);
            assert_eq!(x.ds + x.du, 0.0, "no diaspora appears");
        }
    }
}

/// People are conserved: L' + Ds' + Du' = (1 − μ)(L + Ds + Du) + E, every year.
pub fn assert_people_conserved(scenario: &Scenario) {
    let run = scenario.run();
    let (mu, n) = (run.params[Retirement], run.params[LabourGrowth]);
    for w in run.years.windows(2) {
        let (x, next) = (&w[0].state, &w[1].state);
        let before = x.labour() + x.ds + x.du;
        let after = next.labour() + next.ds + next.du;
        let entrants = (n + mu) * x.labour();
        assert_close("people", after, (1.0 - mu) * before + entrants, 1e-12);
    }
}

#[test]
fn people_are_conserved_every_year() {
    let mut rng = Rng(7);
    for (preset, host) in corridors() {
        assert_people_conserved(
            &Scenario::new(preset, &preset.hosts[host], preset.defaults()).unwrap(),
        );
        for _ in 0..50 {
            let s = Scenario::new(preset, &preset.hosts[host], rng.params()).unwrap();
            assert_people_conserved(&s);
        }
    }
}

/// At t = 0, R/Y equals rem_gdp0 whenever the remittance levers are at their
/// defaults, whatever the other levers.
#[test]
fn first_year_reproduces_observed_remittances_whatever_the_other_levers() {
    const REMITTANCE_LEVERS: [migration_model::ParamId; 7] = [
        TransferCost,
        RemitShareUnskilled,
        RemitShareSkilled,
        WageRatioUnskilled,
        WageRatioSkilled,
        IrregularShare,
        IrregularPenalty,
    ];
    let mut rng = Rng(11);
    for (preset, host) in corridors() {
        let defaults = preset.defaults();
        for i in 0..200 {
            let mut params = if i == 0 { defaults } else { rng.params() };
            for id in REMITTANCE_LEVERS {
                params[id] = defaults[id];
            }
            let run = Scenario::new(preset, &preset.hosts[host], params)
                .unwrap()
                .run();
            let y0 = &run.years[0];
            assert!(
                (y0.r / y0.y - preset.figures.rem_gdp0.value).abs() <= 1e-9,
                "{}: R/Y = {} at t = 0",
                preset.id,
                y0.r / y0.y
            );
            let out = run.outputs_of(y0);
            assert_close(
                "GDP at t = 0",
                out.gdp_usd,
                preset.figures.gdp_usd.value,
                1e-12,
            );
        }
    }
}

/// Money is conserved: remittances sent by migrants = received + transfer costs,
/// with "sent" recomputed here from MODEL.md §3 step 3.
pub fn assert_money_conserved(scenario: &Scenario) {
    let run = scenario.run();
    let (cal, p) = (&run.calibration, &run.params);
    for y in &run.years {
        let x = &y.state;
        let sent = cal.kappa_r
            * (p[RemitShareUnskilled] * cal.earn_u * x.zu
                + p[RemitShareSkilled] * cal.earn_s * x.zs);
        assert_close("sent = R + C", y.r + y.c, sent, 1e-12);
        assert_close("C = c × sent", y.c, p[TransferCost] * sent, 1e-12);
    }
}

#[test]
fn money_is_conserved() {
    let mut rng = Rng(13);
    for (preset, host) in corridors() {
        for _ in 0..50 {
            assert_money_conserved(
                &Scenario::new(preset, &preset.hosts[host], rng.params()).unwrap(),
            );
        }
    }
}

/// Runs `scenario` with `id` at each value and returns the per-year series `f`.
fn sweep(
    base: &Scenario,
    id: migration_model::ParamId,
    values: &[f64],
    f: impl Fn(&migration_model::Run, usize) -> f64,
) -> Vec<Vec<f64>> {
    values
        .iter()
        .map(|&v| {
            let mut s = *base;
            s.params.set(id, v).unwrap();
            let run = s.run();
            (0..run.years.len()).map(|t| f(&run, t)).collect()
        })
        .collect()
}

/// Each series strictly above the previous one in every year from `from_year`.
fn assert_rising(what: &str, series: &[Vec<f64>], from_year: usize) {
    for pair in series.windows(2) {
        let years = pair[0].iter().zip(&pair[1]).enumerate().skip(from_year);
        for (t, (before, after)) in years {
            assert!(
                after > before,
                "{what} does not rise in year {t}: {before} then {after}"
            );
        }
    }
}

fn gnipc(run: &migration_model::Run, t: usize) -> f64 {
    let y = &run.years[t];
    (y.y + y.r) / y.state.labour()
}

fn scenarios_to_vary() -> Vec<Scenario> {
    let mut rng = Rng(17);
    let mut out = Vec::new();
    for (preset, host) in corridors() {
        out.push(Scenario::new(preset, &preset.hosts[host], preset.defaults()).unwrap());
        for _ in 0..10 {
            out.push(Scenario::new(preset, &preset.hosts[host], rng.params()).unwrap());
        }
    }
    out
}

#[test]
fn income_remittances_and_capital_rise_with_unskilled_remittance_share() {
    let values = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5];
    for s in scenarios_to_vary() {
        assert_rising("GNIpc", &sweep(&s, RemitShareUnskilled, &values, gnipc), 0);
        assert_rising(
            "R",
            &sweep(&s, RemitShareUnskilled, &values, |r, t| r.years[t].r),
            0,
        );
        // Capital rises through invested remittances (φ > 0), from year 1 on:
        // K0 is calibrated without them. With φ = 0 remittances are all consumed.
        let k = sweep(&s, RemitShareUnskilled, &values, |r, t| r.years[t].state.k);
        if s.params[InvestedShare] > 0.0 {
            assert_rising("K", &k, 1);
        } else {
            assert!(k.windows(2).all(|w| w[0] == w[1]), "K moves with φ = 0");
        }
    }
}

#[test]
fn remittances_fall_as_transfer_cost_rises() {
    let values = [0.0, 0.03, 0.06, 0.1, 0.15];
    for s in scenarios_to_vary() {
        let received = sweep(&s, TransferCost, &values, |r, t| -r.years[t].r);
        assert_rising("−R", &received, 0);
    }
}

#[test]
fn skilled_share_falls_as_skilled_emigration_rises_without_brain_gain() {
    let values = [0.0, 0.005, 0.01, 0.02, 0.05];
    for mut s in scenarios_to_vary() {
        s.params.set(BrainGain, 0.0).unwrap();
        let h = sweep(&s, EmigRateSkilled, &values, |r, t| {
            let x = &r.years[t].state;
            -x.s / x.labour()
        });
        assert_rising("−h", &h, 1);
    }
}

#[test]
fn the_baseline_is_the_preset_with_its_defaults() {
    let s = scenario("mali-2022", "france", &[(TransferCost, 0.03)]);
    let base = s.baseline();
    assert_eq!(
        base.params,
        catalog().preset("mali-2022").unwrap().defaults()
    );
    assert_eq!(base.setting, s.setting);
    assert_ne!(s.run().years[5].r, base.run().years[5].r);
}
