//! A lesson step's words with their figures filled in from the step's own
//! model run (or from `presets.json`), never written into the prose.
//!
//! One fixed table of named figures is computed for every step (`figures`);
//! each template takes the holes it needs. A hole that is not in the table
//! stays visible as `{name}`, which the tests catch.

use crate::config::LessonAt;
use crate::content::PolicyKey;
use crate::format;
use crate::i18n::{fill, Lang, Role, Texts};
use crate::results::{self, Results};
use crate::summary;
use migration_model::{
    Catalogue, Choices, Figure, IncomeSplit, Kind, Outputs, ParamId, Quantity, SPECS,
};

/// A step's sentences, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct StepWords {
    pub title: String,
    pub notice: String,
    pub question: String,
    pub teacher: String,
}

/// The words of step `at`, whose own run is `results`.
pub fn step_words(
    at: LessonAt,
    results: &Results,
    catalogue: &'static Catalogue,
    texts: &Texts,
) -> StepWords {
    let words = texts.step(at.lesson.lesson().steps[at.step]);
    let table = figures(at, results, catalogue, texts);
    let pairs: Vec<(&str, &str)> = table
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    StepWords {
        title: fill(words.title, &pairs),
        notice: fill(words.notice, &pairs),
        question: fill(words.question, &pairs),
        teacher: fill(words.teacher, &pairs),
    }
}

/// How a yearly result reads.
#[derive(Clone, Copy)]
enum Show {
    Usd,
    People,
    /// A share, with this many decimals.
    Share(usize),
    /// Already in percent (the host block's % of GDP), two decimals.
    Percent,
    /// A ratio such as capital / GDP.
    Ratio,
}

impl Show {
    fn text(self, lang: Lang, value: f64) -> String {
        match self {
            Show::Usd => format::usd(lang, value),
            Show::People => format::people(lang, value),
            Show::Share(decimals) => format::percent(lang, value, decimals),
            Show::Percent => format::percent(lang, value / 100.0, 2),
            Show::Ratio => format::number(lang, value, 2),
        }
    }
}

/// A yearly result: its hole's name, how to read it from a year, how it reads.
type Series = (&'static str, fn(&Outputs) -> f64, Show);

/// Yearly results a step can quote: `{name}` in the final year, `{name_base}`
/// in the baseline's final year, `{name_start}` in the first year.
const SERIES: [Series; 15] = [
    ("income", |o| o.income_per_worker_usd, Show::Usd),
    ("remittances", |o| o.remittances_usd, Show::Usd),
    ("rem_gdp", |o| o.remittances_to_gdp, Show::Share(2)),
    ("costs", |o| o.transfer_costs_usd, Show::Usd),
    ("costs_gdp", |o| o.transfer_costs_to_gdp, Show::Share(2)),
    ("skilled_share", |o| o.skilled_share, Show::Share(2)),
    (
        "skilled_rate",
        |o| o.skilled_emigration_rate,
        Show::Share(1),
    ),
    ("capital_gdp", |o| o.capital_to_gdp, Show::Ratio),
    ("diaspora", |o| o.diaspora_people, Show::People),
    ("corridor", |o| o.corridor_migrants, Show::People),
    ("host_share", |o| o.host_immigrant_share, Show::Share(1)),
    ("surplus", |o| o.host_surplus_pct_gdp, Show::Percent),
    (
        "host_wage",
        |o| o.host_native_wage_change_pct,
        Show::Percent,
    ),
    ("fiscal", |o| o.host_fiscal_pct_gdp, Show::Percent),
    (
        "outflow",
        |o| o.host_remittance_outflow_pct_gdp,
        Show::Percent,
    ),
];

/// A share from `presets.json` at the precision it is given (0.23 → 23 %,
/// 0.0424 → 4.24 %).
fn data_share(lang: Lang, figure: &Figure) -> String {
    let percent = figure.value * 100.0;
    let decimals = (0..=2)
        .find(|&d| {
            let scaled = percent * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(2) as usize;
    format::percent(lang, figure.value, decimals)
}

/// The named figures of a step: its preset and host, its run against its
/// baseline, its optimum, the levers, figures of `presets.json` and, for a
/// country with a history check, that check's numbers.
fn figures(
    at: LessonAt,
    results: &Results,
    catalogue: &'static Catalogue,
    texts: &Texts,
) -> Vec<(String, String)> {
    let lang = texts.lang;
    let step = at.lesson.lesson().steps[at.step].step();
    let mut table: Vec<(String, String)> = Vec::with_capacity(112);
    let mut put = |name: &str, value: String| table.push((name.to_string(), value));
    let preset = catalogue.preset(step.preset);
    if let Some(preset) = preset {
        for (hole, name) in lang.place_holes(Role::Origin, &preset.country) {
            put(hole, name.to_string());
        }
        put("cost_year", preset.figures.transfer_cost.year.to_string());
        if let Some(doctors) = &preset.figures.doctors_abroad {
            put("doctors_abroad", data_share(lang, doctors));
            put("doctors_year", doctors.year.to_string());
        }
        if let Some(host) = preset.host(step.host) {
            for (hole, name) in lang.place_holes(Role::Host, &host.country) {
                put(hole, name.to_string());
            }
            if let Some(cost) = &host.figures.send_cost {
                put("send_cost", data_share(lang, cost));
            }
            // θ and θ_R: the corridor's share of the emigrants, and of the money.
            put(
                "heads_share",
                data_share(lang, &host.figures.corridor_share),
            );
            let money = &host.figures.corridor_remittance_share;
            put("money_share", data_share(lang, money));
        }
    }
    if let (Some(first), Some(last), Some(base)) = (
        results.run.first(),
        results.run.last(),
        results.baseline.last(),
    ) {
        put("start_year", first.year.to_string());
        put("year", last.year.to_string());
        for (name, get, show) in SERIES {
            put(name, show.text(lang, get(last)));
            put(&format!("{name}_base"), show.text(lang, get(base)));
            put(&format!("{name}_start"), show.text(lang, get(first)));
        }
        let change =
            |get: fn(&Outputs) -> f64| format::signed_percent(lang, get(last) / get(base) - 1.0, 2);
        put("income_change", change(|o| o.income_per_worker_usd));
        put("remittances_change", change(|o| o.remittances_usd));
        // Who gains (docs/model.md §5): the stayers, the wages at home, the natives.
        put(
            "unskilled_change",
            change(|o| o.unskilled_stayer_income_usd),
        );
        put("skilled_change", change(|o| o.skilled_stayer_income_usd));
        put("wage_unskilled_change", change(|o| o.wage_unskilled_usd));
        put("wage_skilled_change", change(|o| o.wage_skilled_usd));
        put("native_change", change(|o| o.income_per_native_usd));
        // The change in income per worker split as the summary splits it, in
        // points of the baseline's: the stayers' own changes, who stays.
        let split = IncomeSplit::of(last, base);
        let stayers = split.unskilled_stayers + split.skilled_stayers;
        let composition = split.composition;
        put("stayers", format::signed(lang, 100.0 * stayers, 2));
        put("composition", format::signed(lang, 100.0 * composition, 2));
        let wage_low = results
            .run
            .iter()
            .map(|o| o.host_native_wage_change_pct)
            .fold(0.0, f64::min);
        put("host_wage_low", Show::Percent.text(lang, wage_low));
    }
    if let Some(chart) = step.chart {
        put("chart", texts.chart(chart).title.to_string());
    }
    let opt = &results.optimum;
    put("optimum", format::percent(lang, opt.emig_rate_skilled, 2));
    put("near_low", format::percent(lang, opt.near[0], 2));
    put("near_high", format::percent(lang, opt.near[1], 2));
    put("optimum_low", format::percent(lang, opt.band[0], 2));
    put("optimum_high", format::percent(lang, opt.band[1], 2));
    let base_optimum = results.baseline_optimum.emig_rate_skilled;
    put("optimum_base", format::percent(lang, base_optimum, 2));
    put("verdict", summary::optimum_sentence(results, texts));
    // Every parameter and its default: a scenario lever's is its baseline's
    // (steady rates follow the assumptions), an assumption's the preset's.
    let scenario = &results.scenario;
    let unset = preset
        .zip(preset.and_then(|p| p.host(step.host)))
        .map(|(p, h)| p.defaults(h, &Choices::new()));
    for spec in SPECS.iter() {
        put(
            spec.name,
            format::lever_value(lang, spec, scenario.params[spec.id]),
        );
        let default = match (spec.kind, &unset) {
            (Kind::Assumption, Some(unset)) => unset[spec.id],
            _ => scenario.defaults[spec.id],
        };
        put(
            &format!("{}_default", spec.name),
            format::lever_value(lang, spec, default),
        );
    }
    // SDG target 10.c, as the named policy sets it.
    let sdg = PolicyKey::Sdg10c.policy().changes;
    if let Some(&(id, value)) = sdg.iter().find(|(id, _)| *id == ParamId::TransferCost) {
        put("sdg_target", format::lever_value(lang, id.spec(), value));
    }
    // The history check of the step's country: its 2000 preset's run read at
    // the year of each observation (docs/model.md §5).
    let rows: Vec<_> = results::history(catalogue)
        .iter()
        .filter(|row| {
            preset.is_some_and(|p| std::ptr::eq(row.preset, p) || std::ptr::eq(row.observed_in, p))
        })
        .collect();
    if let Some(row) = rows.first() {
        put("hist_from", row.preset.base_year.to_string());
    }
    for row in rows {
        let (name, show) = match row.quantity {
            Quantity::RemittancesToGdp => ("rem_gdp", Show::Share(2)),
            Quantity::SkilledShare => ("skilled_share", Show::Share(2)),
            Quantity::DiasporaPeople => ("diaspora", Show::People),
        };
        put(&format!("hist_{name}_year"), row.year.to_string());
        put(&format!("hist_{name}_model"), show.text(lang, row.model));
        put(
            &format!("hist_{name}_observed"),
            show.text(lang, row.observed),
        );
    }
    table
}
