//! The key results in sentences, for the `role="status"` region: what a screen
//! reader announces after each change, and what anyone can read without charts.

use crate::format;
use crate::i18n::{fill, Texts};
use crate::results::Results;
use migration_model::{Host, ParamId, Position, Preset};

/// The sentences after the current change, in reading order.
pub fn sentences(
    results: &Results,
    pinned: Option<&Results>,
    preset: &Preset,
    host: &Host,
    texts: &Texts,
) -> Vec<String> {
    let _ = pinned;
    let lang = texts.lang;
    let (Some(last), Some(base)) = (results.run.last(), results.baseline.last()) else {
        return Vec::new();
    };
    let words = &texts.summary;
    let year = last.year.to_string();
    let change = last.income_per_worker_usd / base.income_per_worker_usd - 1.0;
    let income = fill(
        words.income,
        &[
            ("year", &year),
            ("country", &preset.country),
            ("value", &format::usd(lang, last.income_per_worker_usd)),
            ("change", &format::signed_percent(lang, change, 1)),
            ("baseline", &format::usd(lang, base.income_per_worker_usd)),
        ],
    );
    let share = |value: f64| format::percent(lang, value, 2);
    let remittances = fill(
        words.remittances,
        &[
            ("year", &year),
            ("share", &share(last.remittances_to_gdp)),
            ("baseline_share", &share(base.remittances_to_gdp)),
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
    let host_sentence = fill(
        words.host,
        &[
            ("host", &host.name),
            ("year", &year),
            (
                "share",
                &format::percent(lang, last.host_immigrant_share, 1),
            ),
            ("migrants", &format::people(lang, last.corridor_migrants)),
        ],
    );
    vec![
        income,
        remittances,
        skills,
        optimum_sentence(results, texts),
        host_sentence,
    ]
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
            ("current", &rate(current)),
        ],
    )
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
    fill(
        texts.host_baseline,
        &[
            ("origin", &preset.country),
            ("n", &rate(results.scenario.params[growth])),
            ("host", &host.name),
            ("n_host", &rate(results.scenario.setting.host_labour_growth)),
        ],
    )
}
