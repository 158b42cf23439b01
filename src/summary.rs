//! The key results in sentences, for the `role="status"` region: what a screen
//! reader announces after each change, and what anyone can read without charts.

use crate::format;
use crate::i18n::{fill, Role, Texts};
use crate::results::Results;
use migration_model::{
    Choices, Host, IncomeSplit, Kind, ParamId, Position, Preset, Scenario, Uncertainty, SPECS,
};

/// The sentences after the current change, in reading order; with the
/// uncertainty bands while the switch is on.
pub fn sentences(
    results: &Results,
    pinned: Option<&Results>,
    bands: Option<&Uncertainty>,
    preset: &Preset,
    host: &Host,
    texts: &Texts,
) -> Vec<String> {
    let lang = texts.lang;
    let (Some(last), Some(base)) = (results.run.last(), results.baseline.last()) else {
        return Vec::new();
    };
    let words = &texts.summary;
    let year = last.year.to_string();
    let change = last.income_per_worker_usd / base.income_per_worker_usd - 1.0;
    let (value, baseline) = (
        format::usd(lang, last.income_per_worker_usd),
        format::usd(lang, base.income_per_worker_usd),
    );
    let change = format::signed_percent(lang, change, 1);
    let mut values = lang.place_holes(Role::Origin, &preset.country).to_vec();
    values.extend([
        ("year", year.as_str()),
        ("value", &value),
        ("change", &change),
        ("baseline", &baseline),
    ]);
    let income = fill(words.income, &values);
    let who = who_sentences(results, texts);
    let share = |value: f64| format::percent(lang, value, 2);
    let remittances = fill(
        words.remittances,
        &[
            ("year", &year),
            ("share", &share(last.remittances_to_gdp)),
            ("baseline_share", &share(base.remittances_to_gdp)),
            (
                "change",
                &format::signed_percent(lang, last.remittances_usd / base.remittances_usd - 1.0, 2),
            ),
            ("cost", &share(last.transfer_costs_to_gdp)),
        ],
    );
    let skills = fill(
        words.skills,
        &[
            ("year", &year),
            ("share", &format::percent(lang, last.skilled_share, 1)),
            ("baseline", &format::percent(lang, base.skilled_share, 1)),
            (
                "rate",
                &format::percent(lang, last.skilled_emigration_rate, 1),
            ),
        ],
    );
    let (share, migrants) = (
        format::percent(lang, last.host_immigrant_share, 1),
        format::people(lang, last.corridor_migrants),
    );
    let mut values = lang.place_holes(Role::Host, &host.country).to_vec();
    values.extend([
        ("year", year.as_str()),
        ("share", &share),
        ("migrants", &migrants),
    ]);
    let host_sentence = fill(words.host, &values);
    // Who gains explains the income sentence; the band is the unskilled
    // stayer's, which the split has just named.
    let mut sentences = vec![income];
    sentences.extend(who.into_iter().flatten());
    sentences.extend(bands.and_then(|b| band_sentence(b, texts)));
    sentences.extend([
        remittances,
        skills,
        optimum_sentence(results, texts),
        host_sentence,
    ]);
    sentences.extend(pinned.and_then(|a| against_pinned(results, a, texts)));
    sentences
}

/// Who gains, final year (docs/model.md §5): the change in income per worker
/// split into the stayers' own changes and the composition effect, in points
/// of the baseline's income per worker; then income per native, which counts
/// the migrants themselves at home prices (ψ, an assumption).
fn who_sentences(results: &Results, texts: &Texts) -> Option<[String; 2]> {
    let lang = texts.lang;
    let (s, b) = (results.run.last()?, results.baseline.last()?);
    let points = |share: f64| format::signed(lang, 100.0 * share, 2);
    let split = IncomeSplit::of(s, b);
    let split = fill(
        texts.who.split,
        &[
            ("unskilled", &points(split.unskilled_stayers)),
            ("skilled", &points(split.skilled_stayers)),
            ("composition", &points(split.composition)),
        ],
    );
    let psi = results.scenario.params[ParamId::AbroadPriceLevel];
    let migrants = fill(
        texts.who.migrants,
        &[
            ("year", &s.year.to_string()),
            (
                "change",
                &format::signed_percent(
                    lang,
                    s.income_per_native_usd / b.income_per_native_usd - 1.0,
                    1,
                ),
            ),
            ("psi", &format::number(lang, psi, 1)),
        ],
    );
    Some([split, migrants])
}

/// Where the income effect lies in the final year in 8 of 10 draws (p10 to p90).
fn band_sentence(bands: &Uncertainty, texts: &Texts) -> Option<String> {
    let effect = &bands.income_effect;
    let change = |value: f64| format::signed_percent(texts.lang, value, 1);
    Some(fill(
        texts.uncertainty.summary,
        &[
            ("year", &bands.years.last()?.to_string()),
            ("low", &change(*effect.p10.last()?)),
            ("high", &change(*effect.p90.last()?)),
        ],
    ))
}

/// How the scenario B differs from the pinned A, in the last year both run
/// (A's horizon may differ): income per worker, remittances, the optimum.
fn against_pinned(results: &Results, a: &Results, texts: &Texts) -> Option<String> {
    let lang = texts.lang;
    let year = results.run.last()?.year.min(a.run.last()?.year);
    let at = |rows: &[migration_model::Outputs]| rows.iter().find(|o| o.year == year).copied();
    let (b_row, a_row) = (at(&results.run)?, at(&a.run)?);
    let pct = |value: f64| format::percent(lang, value, 2);
    Some(fill(
        texts.summary.pinned,
        &[
            ("year", &year.to_string()),
            (
                "change",
                &format::signed_percent(
                    lang,
                    b_row.income_per_worker_usd / a_row.income_per_worker_usd - 1.0,
                    1,
                ),
            ),
            ("value", &format::usd(lang, b_row.income_per_worker_usd)),
            ("a_value", &format::usd(lang, a_row.income_per_worker_usd)),
            ("share", &pct(b_row.remittances_to_gdp)),
            ("a_share", &pct(a_row.remittances_to_gdp)),
            ("optimum", &pct(results.optimum.emig_rate_skilled)),
            ("a_optimum", &pct(a.optimum.emig_rate_skilled)),
        ],
    ))
}

/// Where the current skilled emigration rate stands against the optimum.
pub fn optimum_sentence(results: &Results, texts: &Texts) -> String {
    let lang = texts.lang;
    let words = &texts.summary;
    let opt = &results.optimum;
    let rate = |r: f64| format::percent(lang, r, 2);
    let current = results.scenario.params[ParamId::EmigRateSkilled];
    let template = match opt.position(current) {
        Position::Below => words.optimum_below,
        Position::Within => words.optimum_within,
        Position::At => words.optimum_at,
        Position::Above => words.optimum_above,
        Position::NoInterior { rises: false } => words.no_optimum_falls,
        Position::NoInterior { rises: true } => words.no_optimum_rises,
    };
    fill(
        template,
        &[
            ("optimum", &rate(opt.emig_rate_skilled)),
            ("low", &rate(opt.band[0])),
            ("high", &rate(opt.band[1])),
            ("near_low", &rate(opt.near[0])),
            ("near_high", &rate(opt.near[1])),
            ("current", &rate(current)),
        ],
    )
}

/// The optimum view's sentences beside the verdict: the near-optimum range
/// (only for an interior optimum), then the skills weights that would make
/// the current rate the optimum, or, when none does, which way it misses.
pub fn optimum_details(results: &Results, texts: &Texts) -> Vec<String> {
    let lang = texts.lang;
    let (opt, words) = (&results.optimum, &texts.optimum);
    let rate = |r: f64| format::percent(lang, r, 2);
    let weight = |w: f64| format::number(lang, w, 2);
    let params = &results.scenario.params;
    let current = params[ParamId::EmigRateSkilled];
    let mut out = Vec::with_capacity(2);
    if opt.interior {
        out.push(fill(
            words.near_range,
            &[("low", &rate(opt.near[0])), ("high", &rate(opt.near[1]))],
        ));
    }
    let skills_weight = ParamId::SkillsWeight;
    let assumed = format::lever_value(lang, skills_weight.spec(), params[skills_weight]);
    out.push(match opt.skills_weight_for(current) {
        Some((lo, Some(hi))) => fill(
            words.weight_between,
            &[
                ("lo", &weight(lo)),
                ("hi", &weight(hi)),
                ("weight", &assumed),
            ],
        ),
        Some((lo, None)) => fill(
            words.weight_from,
            &[("lo", &weight(lo)), ("weight", &assumed)],
        ),
        None if current < opt.skills_alone => fill(
            words.weight_none_below,
            &[("rate", &rate(opt.skills_alone))],
        ),
        None => fill(
            words.weight_none_above,
            &[("rate", &rate(opt.income_alone))],
        ),
    });
    out
}

/// While δ_H > 0, what share of the extra arrivals take places other
/// immigrants would have filled; at the host's default, also why.
pub fn displacement_sentence(results: &Results, host: &Host, texts: &Texts) -> Option<String> {
    let scenario = &results.scenario;
    let delta = scenario.params[ParamId::HostDisplacement];
    if delta <= 0.0 {
        return None;
    }
    let share = fill(
        texts.displacement,
        &[("share", &format::percent(texts.lang, delta, 0))],
    );
    // At the host's default, why: the default's own note in presets.json
    // (the Gulf's visas and sponsorship, Malaysia's levy and quotas).
    let default = &host.figures.host_displacement;
    let why = default
        .note
        .as_ref()
        .filter(|_| (delta - default.value).abs() < 1e-12);
    Some(match why {
        Some(note) => format!("{share} {}", texts.lang.pick(note)),
        None => share,
    })
}

/// Why the host's baseline moves with nothing changed: the corridor grows at
/// the origin's pace, the host's labour force at its own.
pub fn host_baseline_sentence(
    results: &Results,
    preset: &Preset,
    host: &Host,
    texts: &Texts,
) -> String {
    let lang = texts.lang;
    let growth = ParamId::LabourGrowth;
    let rate = |value: f64| format::lever_value(lang, growth.spec(), value);
    let (n, n_host) = (
        rate(results.scenario.params[growth]),
        rate(results.scenario.setting.host_labour_growth),
    );
    let mut values = lang.place_holes(Role::Origin, &preset.country).to_vec();
    values.extend(lang.place_holes(Role::Host, &host.country));
    values.extend([("n", n.as_str()), ("n_host", &n_host)]);
    fill(texts.host_baseline, &values)
}

/// What a brief lists: each scenario lever whose value differs from the
/// baseline's, as `(lever, scenario's value, baseline's)`, then each
/// assumption set away from the preset's default, as `(assumption, value,
/// default)` (the baseline uses it too); each kind in table order.
pub fn moved_levers(scenario: &Scenario, preset: &Preset, host: &Host) -> Vec<(ParamId, f64, f64)> {
    let untouched = preset.defaults(host, &Choices::new());
    [
        (Kind::Scenario, &scenario.defaults),
        (Kind::Assumption, &untouched),
    ]
    .into_iter()
    .flat_map(|(kind, other)| {
        SPECS
            .iter()
            .filter(move |spec| spec.kind == kind)
            .map(move |spec| (spec.id, scenario.params[spec.id], other[spec.id]))
    })
    .filter(|&(_, value, other)| (value - other).abs() > 1e-12 * other.abs().max(1e-9))
    .collect()
}
