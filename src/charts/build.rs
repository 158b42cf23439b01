//! Line charts built from model results: each chart's series, the pinned
//! scenario's, the uncertainty bands, and the words of the catalogue.

use super::axes::{y_axis, year};
use super::line::Points;
use super::{palette, Band, Line, LineChart, Mark, Marker, Scale, Series, Spread, Ticks};
use super::{BASELINE, PINNED, SCENARIO};
use crate::content::{ChartId, View};
use crate::format;
use crate::i18n::{fill, ChartText, Texts};
use crate::results::Results;
use migration_model::{first_wage_inversion, Outputs, Percentiles, Uncertainty};

/// What a time chart plots: points from a run's rows and its baseline's.
type Plot<'a> = &'a dyn Fn(&[Outputs], &[Outputs]) -> Points;

/// One output of each year, in display units.
fn each(value: fn(&Outputs) -> f64) -> impl Fn(&[Outputs], &[Outputs]) -> Points {
    move |rows, _| rows.iter().map(|o| (f64::from(o.year), value(o))).collect()
}

/// An output as a change against the baseline, in %: the baseline is a
/// steady path at base-year prices, so the difference is what the scenario
/// does, while the level would read as a forecast. The baseline against
/// itself is 0; A against its own baseline (its assumptions may differ).
fn effect(value: fn(&Outputs) -> f64) -> impl Fn(&[Outputs], &[Outputs]) -> Points {
    move |rows, base| {
        rows.iter()
            .zip(base)
            .map(|(s, b)| (f64::from(s.year), 100.0 * (value(s) / value(b) - 1.0)))
            .collect()
    }
}

/// The scenario B (solid, circles), its baseline (dashed) and, when one is
/// pinned, A (dotted, triangles).
fn three(
    texts: &Texts,
    colour: (u8, u8, u8),
    [b, base]: [Points; 2],
    a: Option<Points>,
) -> Vec<Series> {
    let mut series = vec![
        Series::new(texts.scenario, b, colour, SCENARIO),
        Series::new(texts.baseline, base, palette::GREY, BASELINE),
    ];
    series.extend(a.map(|a| Series::new(texts.compare.pinned, a, palette::PURPLE, PINNED)));
    series
}

/// A time chart's lines, A's over B's years.
fn lines(
    texts: &Texts,
    colour: (u8, u8, u8),
    results: &Results,
    pinned: Option<&Results>,
    plot: Plot,
) -> Vec<Series> {
    let (run, base) = (&results.run[..], &results.baseline[..]);
    let last = f64::from(run.last().map_or(0, |o| o.year));
    let a = pinned.map(|p| {
        let mut points = plot(&p.run, &p.baseline);
        points.retain(|pt| pt.0 <= last);
        points
    });
    three(texts, colour, [plot(run, base), plot(base, base)], a)
}

/// A further quantity on a chart that shows several (who gains, wages at
/// home): its label, what it plots, its colour and its own mark.
type Other<'a> = (&'a str, Plot<'a>, (u8, u8, u8), Mark);

/// A time chart of several quantities: the first, `label`, as scenario,
/// baseline and A (`main`'s lines, the scenario's and A's named after it),
/// then each of `others` as the scenario's solid line with its own mark,
/// before A's line.
fn several(
    texts: &Texts,
    (results, pinned): (&Results, Option<&Results>),
    (label, mut main): (&str, Vec<Series>),
    others: &[Other],
) -> Vec<Series> {
    if let Some(first) = main.first_mut() {
        first.label = label.to_string();
    }
    if let Some(a) = main.last_mut().filter(|_| pinned.is_some()) {
        a.label = format!("{} – {label}", texts.compare.pinned);
    }
    let (run, base) = (&results.run[..], &results.baseline[..]);
    let others = others.iter().map(|(name, plot, colour, mark)| {
        Series::new(name, plot(run, base), *colour, (Line::Solid, *mark))
    });
    several_with(main, pinned.is_some(), others)
}

/// `series` with `others` put before A's line, which stays last.
fn several_with(
    mut series: Vec<Series>,
    pinned: bool,
    others: impl IntoIterator<Item = Series>,
) -> Vec<Series> {
    let a = if pinned { series.pop() } else { None };
    series.extend(others);
    series.extend(a);
    series
}

/// A chart over the years from its series and band, with `words`' title;
/// the description reads the last year.
fn over_years(
    id: ChartId,
    texts: &Texts,
    words: &ChartText,
    (y_label, note): (&str, String),
    series: Vec<Series>,
    band: Option<Band>,
) -> LineChart {
    let years = series
        .first()
        .map(|s| {
            (
                s.points.first().map_or(0.0, |p| p.0),
                s.points.last().map_or(1.0, |p| p.0),
            )
        })
        .unwrap_or((0.0, 1.0));
    let (y_range, y_ticks, at_zero) = y_axis(&series, band.as_ref());
    // Lines that stay at 0 say so in words: the axis has no scale to read.
    let note = match (at_zero, words.at_zero, note.is_empty()) {
        (false, ..) | (true, "", _) => note,
        (true, at_zero, true) => at_zero.to_string(),
        (true, at_zero, false) => format!("{at_zero} {note}"),
    };
    let mut chart = LineChart {
        id,
        lang: texts.lang,
        title: words.title.to_string(),
        x_label: texts.year.to_string(),
        y_label: y_label.to_string(),
        note,
        x_scale: Scale::Year,
        x_range: years,
        y_range,
        x_ticks: Ticks::round(years, true),
        y_ticks,
        series,
        markers: Vec::new(),
        band,
        description: String::new(),
    };
    // A line that ends before the last year (A's shorter horizon) says when.
    let mut last: Vec<String> = chart
        .series
        .iter()
        .filter_map(|s| {
            s.points.last().map(|p| {
                if p.0 < years.1 {
                    format!("{} ({}) {}", s.label, year(p.0), chart.y_text(p.1))
                } else {
                    format!("{} {}", s.label, chart.y_text(p.1))
                }
            })
        })
        .collect();
    let spread = chart
        .band
        .as_ref()
        .and_then(|b| Some((b, b.spread.last()?)));
    if let Some((band, at)) = spread {
        last.push(fill(
            texts.uncertainty.described,
            &[
                ("label", &band.label),
                ("low", &chart.y_text(at.p10)),
                ("high", &chart.y_text(at.p90)),
            ],
        ));
    }
    chart.description = format!(
        "{} ({}), {}: {}.",
        chart.title,
        chart.y_label,
        year(years.1),
        crate::format::joined(&last, "; ")
    );
    chart
}

/// A chart over the years with the words of the catalogue.
fn standard(id: ChartId, texts: &Texts, series: Vec<Series>) -> LineChart {
    let words = texts.chart(id);
    let axis = (words.y_axis, words.note.to_string());
    over_years(id, texts, words, axis, series, None)
}

/// While the uncertainty switch is on, an origin chart as the effect against
/// the baseline: the scenario's own run (the central line), A's effect when
/// one is pinned, and the scenario's band from `draws` (fractions, shown in
/// %). The baseline is the axis's 0: its line would only crowd the legend.
fn with_band(
    id: ChartId,
    words: &ChartText,
    texts: &Texts,
    series: Vec<Series>,
    (years, draws): (&[i32], &Percentiles),
) -> LineChart {
    let spread: Vec<Spread> = years
        .iter()
        .zip(&draws.p10)
        .zip(&draws.p50)
        .zip(&draws.p90)
        .map(|(((year, p10), p50), p90)| Spread {
            x: f64::from(*year),
            p10: 100.0 * p10,
            p50: 100.0 * p50,
            p90: 100.0 * p90,
        })
        .collect();
    let band = Band {
        from: spread.first().map_or(0.0, |s| s.x),
        to: spread.last().map_or(0.0, |s| s.x),
        label: texts.uncertainty.band.to_string(),
        colour: palette::BLUE,
        spread,
    };
    let axis = (words.y_axis, words.note.to_string());
    over_years(id, texts, words, axis, series, Some(band))
}

/// Every line chart, in `ChartId::LINES` order; with the pinned scenario A's
/// results when one is pinned, a third line on each; with the uncertainty
/// bands while the switch is on, income and remittances as effects with
/// their band. Each chart is built by its own arm of one `match`, so that a
/// new chart cannot be forgotten or put in another's place.
pub fn build_all(
    results: &Results,
    pinned: Option<&Results>,
    bands: Option<&Uncertainty>,
    texts: &Texts,
) -> Vec<LineChart> {
    let time = |id: ChartId, plot: Plot| {
        let colour = match id.view() {
            View::Host => palette::GREEN,
            _ => palette::BLUE,
        };
        standard(id, texts, lines(texts, colour, results, pinned, plot))
    };
    // With the bands on, a chart of effects: the band of `draws` in place of
    // the baseline's line; else the chart as it is.
    let banded =
        |id, mut series: Vec<Series>, words, draws: fn(&Uncertainty) -> &Percentiles| match bands {
            Some(b) => {
                series.retain(|s| (s.line, s.mark) != BASELINE);
                with_band(id, words, texts, series, (&b.years, draws(b)))
            }
            None => standard(id, texts, series),
        };
    let who = &texts.who;
    // Who gains: the unskilled stayer's income carries the band (the measure
    // the bands, the optimum and the drivers use); the others are beside it.
    let unskilled = effect(|o| o.unskilled_stayer_income_usd);
    let per_worker = effect(|o| o.income_per_worker_usd);
    let skilled = effect(|o| o.skilled_stayer_income_usd);
    let per_native = effect(|o| o.income_per_native_usd);
    let who_gains: [Other; 3] = [
        (who.per_worker, &per_worker, palette::BLACK, Mark::Square),
        (who.skilled, &skilled, palette::ORANGE, Mark::Diamond),
        (
            who.per_native,
            &per_native,
            palette::GREEN,
            Mark::TriangleDown,
        ),
    ];
    let wage_unskilled = effect(|o| o.wage_unskilled_usd);
    let wage_skilled = effect(|o| o.wage_skilled_usd);
    let wages: [Other; 1] = [(
        who.wage_skilled,
        &wage_skilled,
        palette::ORANGE,
        Mark::Diamond,
    )];
    let remittances = effect(|o| o.remittances_usd);
    let words = &texts.uncertainty;
    let mut charts = Vec::with_capacity(ChartId::LINES.len());
    for id in ChartId::ALL {
        charts.push(match id {
            ChartId::Income => {
                let main = lines(texts, palette::BLUE, results, pinned, &unskilled);
                let series = several(texts, (results, pinned), (who.unskilled, main), &who_gains);
                banded(id, series, &words.income, |b| &b.income_effect)
            }
            ChartId::HomeWages => {
                let main = lines(texts, palette::BLUE, results, pinned, &wage_unskilled);
                let series = several(texts, (results, pinned), (who.wage_unskilled, main), &wages);
                let mut chart = standard(id, texts, series);
                let inverted = [Some(results), pinned]
                    .into_iter()
                    .flatten()
                    .filter_map(|r| first_wage_inversion(&r.run))
                    .min();
                if let Some(year) = inverted {
                    let note = fill(who.wages_inverted, &[("year", &year.to_string())]);
                    chart.note = format!("{note} {}", chart.note);
                }
                chart
            }
            ChartId::Skills => time(id, &each(|o| 100.0 * o.skilled_share)),
            ChartId::SkilledEmigration => time(id, &each(|o| 100.0 * o.skilled_emigration_rate)),
            // With the bands, the effect on remittances; without, their share of GDP.
            ChartId::Remittances => match bands {
                Some(_) => banded(
                    id,
                    lines(texts, palette::BLUE, results, pinned, &remittances),
                    &words.remittances,
                    |b| &b.remittances_effect,
                ),
                None => time(id, &each(|o| 100.0 * o.remittances_to_gdp)),
            },
            ChartId::TransferCosts => time(id, &each(|o| 100.0 * o.transfer_costs_to_gdp)),
            ChartId::Capital => time(id, &each(|o| o.capital_to_gdp)),
            ChartId::HostImmigrants => time(id, &each(|o| 100.0 * o.host_immigrant_share)),
            ChartId::HostSurplus => surplus_chart(texts, results, pinned),
            ChartId::HostWages => time(id, &each(|o| o.host_native_wage_change_pct)),
            ChartId::HostFiscal => time(id, &each(|o| o.host_fiscal_pct_gdp)),
            ChartId::HostOutflow => time(id, &each(|o| o.host_remittance_outflow_pct_gdp)),
            ChartId::Optimum => optimum_chart(results, pinned, texts),
            // The tornados come from the sensitivity (`tornado`), not from a run.
            ChartId::DriversIncome | ChartId::DriversOptimum => continue,
        });
    }
    charts
}

/// The surplus level where the formula holds; its change since the first year
/// where immigrants are too many for it (Gulf hosts). The model says which.
fn surplus_chart(texts: &Texts, results: &Results, pinned: Option<&Results>) -> LineChart {
    let setting = &results.scenario.setting;
    let id = ChartId::HostSurplus;
    let green = palette::GREEN;
    if setting.surplus_level_holds() {
        let plot = each(|o| o.host_surplus_pct_gdp);
        return standard(id, texts, lines(texts, green, results, pinned, &plot));
    }
    // Each line as its change since its own first year.
    let change = |rows: &[Outputs], _: &[Outputs]| -> Points {
        let first = rows.first().map_or(0.0, |o| o.host_surplus_pct_gdp);
        rows.iter()
            .map(|o| (f64::from(o.year), o.host_surplus_pct_gdp - first))
            .collect()
    };
    let year = results.run.first().map_or(0, |o| o.year).to_string();
    let note = fill(
        texts.surplus_outside_range,
        &[
            (
                "share",
                &format::percent(texts.lang, setting.host_immigrant_share, 0),
            ),
            ("year", &year),
        ],
    );
    let series = lines(texts, green, results, pinned, &change);
    let axis = (texts.surplus_change_axis, note);
    over_years(id, texts, texts.chart(id), axis, series, None)
}

/// W(e_s) against the skilled emigration rate in % a year, with the current
/// rate, the optimum and its band; A's curve when one is pinned.
fn optimum_chart(results: &Results, pinned: Option<&Results>, texts: &Texts) -> LineChart {
    let words = texts.chart(ChartId::Optimum);
    let opt = &results.optimum;
    let percent_points =
        |o: &migration_model::Optimum| o.curve.iter().map(|p| (100.0 * p[0], p[1])).collect();
    let series = three(
        texts,
        palette::BLUE,
        [
            percent_points(opt),
            percent_points(&results.baseline_optimum),
        ],
        pinned.map(|p| percent_points(&p.optimum)),
    );
    // The near-optimum range on the scenario's curve: squares, not a shade,
    // so that it reads apart from the brain-gain band without colour.
    let near =
        |p: &&(f64, f64)| p.0 >= 100.0 * opt.near[0] - 1e-9 && p.0 <= 100.0 * opt.near[1] + 1e-9;
    let on_range: Points = series[0].points.iter().filter(near).copied().collect();
    let range = Series::new(
        texts.optimum.near,
        on_range,
        palette::GREEN,
        (Line::Solid, Mark::Square),
    );
    let series = several_with(series, pinned.is_some(), [range]);
    let current = 100.0 * results.scenario.params[migration_model::ParamId::EmigRateSkilled];
    let x_range = (
        0.0,
        100.0 * migration_model::ParamId::EmigRateSkilled.spec().max,
    );
    let (y_range, y_ticks, _) = y_axis(&series, None);
    let mut chart = LineChart {
        id: ChartId::Optimum,
        lang: texts.lang,
        title: words.title.to_string(),
        x_label: texts.optimum.x_axis.to_string(),
        y_label: words.y_axis.to_string(),
        note: texts.optimum.explanation.to_string(),
        x_scale: Scale::Number,
        x_range,
        y_range,
        x_ticks: Ticks::round(x_range, false),
        y_ticks,
        series,
        markers: vec![
            Marker {
                x: 100.0 * opt.emig_rate_skilled,
                label: texts.optimum.optimum.to_string(),
                colour: palette::GREEN,
                line: Line::Solid,
            },
            Marker {
                x: current,
                label: texts.optimum.current.to_string(),
                colour: palette::ORANGE,
                line: Line::Dashed,
            },
        ],
        band: Some(Band {
            from: 100.0 * opt.band[0],
            to: 100.0 * opt.band[1],
            label: texts.optimum.band.to_string(),
            colour: palette::GREEN,
            spread: Vec::new(),
        }),
        description: String::new(),
    };
    // Rates to the grid's precision (0.05 point), not the axis's.
    let rate = |v: f64| format::number(texts.lang, 100.0 * v, 2);
    let words = &texts.optimum;
    chart.description = format!(
        "{}: {} {} %, {} {} %, {} {}–{} %, {} {}–{} %.",
        chart.title,
        words.optimum,
        rate(opt.emig_rate_skilled),
        words.current,
        rate(current / 100.0),
        words.near,
        rate(opt.near[0]),
        rate(opt.near[1]),
        words.band,
        rate(opt.band[0]),
        rate(opt.band[1]),
    );
    if let Some(p) = pinned {
        let optimum = rate(p.optimum.emig_rate_skilled);
        chart.description += &format!(" {}: {} {optimum} %.", texts.compare.pinned, words.optimum);
    }
    chart
}
